// LogCommand: `resdiff log` and `resdiff blame` — read a series, trace it, render it.
//
//   resdiff log A_RES_72_42.txt … A_RES_80_41.pdf     the files, oldest first, any mix of formats
//   resdiff log --git resolutions/wmd.md              the file's committed versions, oldest first
//   resdiff blame [--words] FILES… | --git PATH       the newest text, annotated
//
// A file's git versions are named "3f2c1a9 80/41" (short commit, then the symbol the text
// prints, when it prints one) and their documents "3f2c1a9:resolutions/wmd.md", so that every
// view says which commit each change came in. Reading stops at the first file that cannot be
// read (its one-line Error); the reader's warnings are printed once the output is written.
#include "log_command.hpp"

#include <optional>
#include <string>
#include <vector>

#include "command.hpp"
#include "git_history.hpp"
#include "input.hpp"
#include "output.hpp"
#include "signals.hpp"
#include "resdiff/render_history.hpp"
#include "resdiff/resdiff.hpp"

namespace resdiff_cli {

using namespace resdiff;

namespace {

constexpr size_t kShortCommit = 7;

std::string render(const History& history, const LogRequest& request, const RenderOptions& options) {
  if (request.blame) {
    return request.format == "json" ? render_blame_json(history) : render_blame_text(history, options, request.words);
  }
  if (request.format == "json") return render_log_json(history);
  if (request.format == "html") return render_log_html(history);
  if (request.format == "markdown") return render_log_markdown(history);
  return render_log_text(history, options, request.verbose);
}

}  // namespace

const char* log_formats(bool blame) { return blame ? "text or json" : "text, json, html or markdown"; }

void check_request(const LogRequest& request) {
  const std::string command = request.blame ? "blame" : "log";
  const std::string& f = request.format;
  bool known = f == "text" || f == "json" || (!request.blame && (f == "html" || f == "markdown"));
  if (!known) throw UsageError{"--format " + f + ": " + command + " writes " + log_formats(request.blame)};
  if (!request.git_path.empty()) {
    if (!request.files.empty()) throw UsageError{command + ": give FILES or --git PATH, not both"};
    return;
  }
  if (request.files.size() < 2) {
    // one file given: the message names it, as every message about a file does
    std::string who = request.files.empty() ? command : request.files.front() + ": " + command;
    throw UsageError{who + " needs at least two versions, oldest first (or --git PATH) (try resdiff " + command + " --help)"};
  }
  int stdin_count = 0;
  for (const std::string& file : request.files) stdin_count += file == "-" ? 1 : 0;
  if (stdin_count > 1) throw UsageError{"-: standard input can be read only once"};
}

Expected<History> load_history(const LogRequest& request, const ReadingOptions& reading, const HistoryOptions& options,
                               std::string& warnings) {
  std::vector<Document> versions;
  std::vector<std::string> labels;
  if (!request.git_path.empty()) {
    Expected<std::vector<GitVersion>> commits = git_versions(request.git_path);
    if (!commits) return commits.error();
    if (commits->size() < 2) return Error{request.git_path, "only one committed version in git: nothing to trace"};
    for (const GitVersion& commit : *commits) {
      std::string name = commit.commit.substr(0, kShortCommit);
      Expected<Document> doc = parse_document(commit.bytes, name + ":" + commit.path, load_options(reading));
      if (!doc) return doc.error();
      warnings += warning_lines(*doc, reading.quiet);
      labels.push_back(doc->meta.symbol ? name + " " + *doc->meta.symbol : name);
      versions.push_back(std::move(*doc));
    }
  } else {
    for (const std::string& file : request.files) {
      Expected<Document> doc = read_input(file, reading);
      if (!doc) return doc.error();
      warnings += warning_lines(*doc, reading.quiet);
      versions.push_back(std::move(*doc));
    }
  }
  History history = trace_history(std::move(versions), options);
  if (!labels.empty()) history.labels = std::move(labels);
  return history;
}

CLI::App* LogCommand::attach(CLI::App& app) {
  CLI::App* sub =
      request.blame
          ? app.add_subcommand("blame", "Print the newest version with each clause annotated by the version it came from")
          : app.add_subcommand("log", "Follow every clause through a series of versions: when it came, each version that "
                                      "changed it, what was dropped");
  sub->footer("Exit status: 0, or 2 on trouble. See resdiff(1).\n");
  sub->add_option("FILES", request.files, "The versions, oldest first, in any mix of formats (- for standard input, once)")
      ->type_name("");
  sub->add_option("--git", request.git_path, "Take the versions from PATH's history in its git repository (git log --follow)")
      ->type_name("PATH");
  add_output_options(*sub, output, log_formats(request.blame));
  add_reading_options(*sub, reading);
  add_display_options(*sub, view);
  add_engine_options(*sub, engine);
  if (request.blame) {
    sub->add_flag("--words", request.words, "Annotate each run of words with the version that brought it");
  } else {
    sub->add_flag("-v,--verbose", request.verbose, "Show the word changes of every step");
  }
  return sub;
}

int LogCommand::run(const Terminal& terminal) {
  request.format = output.format;
  check_request(request);
  input_format(reading.from);  // a bad --from is a usage error before any file is read
  std::vector<std::string> inputs = request.files;
  if (!request.git_path.empty()) inputs.push_back(request.git_path);
  if (std::optional<Error> error = check_output(output.path, inputs)) return trouble(*error);  // never an input
  std::string names;
  for (const std::string& file : inputs) names += (names.empty() ? "" : ", ") + file;
  watch_run(RunWatch{reading.time_limit, output.to_stdout(), names});
  HistoryOptions options;
  options.align = engine.compare.align;
  options.ignore_technical = engine.compare.ignore_technical;
  std::string warnings;
  Expected<History> history = load_history(request, reading, options, warnings);
  if (!history) return trouble(history.error());
  RenderOptions render_options;
  render_options.color = use_color(view.color, output.to_stdout(), terminal);
  render_options.width = output_width(view.width, output.to_stdout(), terminal);
  std::string text = render(*history, request, render_options);
  stop_watch();  // no time limit on a reader in the pager; a write notices a broken pipe
  if (!page(output, view, terminal, output.format, text)) {
    if (std::optional<Error> error = write_output(output.path, text)) return trouble(*error);
  }
  print_warnings(warnings);
  return kSame;
}

}  // namespace resdiff_cli
