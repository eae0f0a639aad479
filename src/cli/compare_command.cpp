// CompareCommand: OLD NEW → read both (read_inputs) → compare() → render in the chosen format → page or write
// (JSON and HTML are rendered into the output as it is written: write_output() with a Render).
#include "compare_command.hpp"

#include <optional>

#include "command.hpp"
#include "git.hpp"
#include "git_fallback.hpp"
#include "input.hpp"
#include "output.hpp"
#include "signals.hpp"
#include "resdiff/render.hpp"
#include "resdiff/load.hpp"
#include "resdiff/resdiff.hpp"

namespace resdiff_cli {
using namespace resdiff;

void CompareCommand::attach(CLI::App& app) {
  app.add_option("OLD NEW", files, "The two documents (- for standard input, once); git's external-diff arguments work too")
      ->type_name("");
  add_output_options(app, output, "text, json, html, markdown or docx (with -o)");
  add_docx_options(app, output);
  add_reading_options(app, reading);
  add_view_options(app, view);
  add_engine_options(app, engine);
}

int CompareCommand::run(const Terminal& terminal) {
  std::string old_path, new_path;
  std::optional<GitDiffCall> git = git_diff_call(files);
  if (git) {
    old_path = git->old_file;
    new_path = git->new_file;
  } else if (files.size() == 2) {
    old_path = files[0];
    new_path = files[1];
  } else if (files.empty()) {
    throw UsageError{"missing OLD and NEW (try resdiff --help)"};
  } else {
    throw UsageError{"expected two files, OLD and NEW, not " + std::to_string(files.size()) + " (try resdiff --help)"};
  }
  if (old_path == "-" && new_path == "-") throw UsageError{"-: standard input can be read only once"};
  std::string format = check_output_format(output.format, Formats::Compare);
  if (format == "docx" && output.to_stdout()) {
    throw UsageError{"--format docx needs -o FILE"};  // a binary file has no place on a terminal
  }
  input_format(reading.from);  // a bad --from is a usage error before any file is read
  if (view.side_by_side && view.width > 0 && view.width < RenderOptions::kNarrowestColumns) {
    throw UsageError{"--width " + std::to_string(view.width) + ": -y needs at least " +
                     std::to_string(RenderOptions::kNarrowestColumns) + " columns"};
  }
  if (std::optional<Error> error = check_output(output.path, {old_path, new_path})) return trouble(*error);
  watch_run(RunWatch{reading.time_limit, output.to_stdout(), old_path + ", " + new_path});

  Expected<Document> old_doc = Document{};
  Expected<Document> new_doc = Document{};
  if (git || terminal.difftool_trust) {
    // Under git every file of a commit comes here: what is no document is shown as git shows it.
    std::string old_name = git ? git->old_name : difftool_name(old_path, terminal.difftool_path);
    std::string new_name = git ? git->new_name : difftool_name(new_path, terminal.difftool_path);
    auto side = [](const std::string& path, const std::string& name) -> Expected<GitSide> {
      GitSide s{"", name, path == "/dev/null"};
      if (s.absent) return s;
      Expected<std::string> bytes = read_file(path);
      if (!bytes) return bytes.error();
      s.bytes = std::move(*bytes);
      return s;
    };
    Expected<GitSide> old_side = side(old_path, old_name);
    if (!old_side) return trouble(old_side.error());
    Expected<GitSide> new_side = side(new_path, new_name);
    if (!new_side) return trouble(new_side.error());
    GitView view = git_view(*old_side, *new_side, reading);
    if (view.plain) {
      stop_watch();
      if (std::optional<Error> error = write_output(output.path, *view.plain)) return trouble(*error);
      return kSame;
    }
    old_doc = std::move(view.old_doc);
    new_doc = std::move(view.new_doc);
  } else {
    Expected<std::pair<Document, Document>> docs = read_inputs(old_path, new_path, reading);
    if (!docs) return trouble(docs.error());
    old_doc = std::move(docs->first);
    new_doc = std::move(docs->second);
  }
  std::string warnings = warning_lines(*old_doc, reading.quiet) + warning_lines(*new_doc, reading.quiet);

  Report report = compare(std::move(*old_doc), std::move(*new_doc), engine.compare);

  std::string text;
  Render streamed;  // a format written as it is rendered, never whole in memory
  if (format == "docx") {
    DocxOptions docx;
    docx.date = source_date_iso(terminal);
    docx.numbering = output.docx_numbering == "auto" ? DocxNumbering::Automatic : DocxNumbering::Text;
    Expected<std::string> bytes = render_docx(report, docx);
    if (!bytes) return trouble(Error{output.path, bytes.error().message});
    text = std::move(*bytes);
  } else if (format == "json") {
    streamed = [&report](Sink& sink) { render_json(report, sink); };
  } else if (format == "markdown") {
    text = render_markdown_summary(report);
  } else if (format == "html") {
    streamed = [&report](Sink& sink) { render_html(report, RenderOptions{}, sink); };
  } else {
    RenderOptions render;
    render.color = use_color(view.color, output.to_stdout(), terminal);
    render.context = view.all ? -1 : view.context;
    render.width = output_width(view.width, output.to_stdout(), terminal);
    render.visual_order = use_visual_order(output.to_stdout(), terminal);
    if (view.side_by_side && render.width <= 0) render.width = 160;  // not a terminal: 2 × 80
    text = view.stat           ? render_stat(report, render)
           : view.side_by_side ? render_side_by_side(report, render)
                               : render_text(report, render);
  }
  stop_watch();  // no time limit on a reader in the pager; a write notices a broken pipe
  if (streamed) {
    if (std::optional<Error> error = write_output(output.path, streamed)) return trouble(*error);
  } else if (!page(output, view, terminal, format, text)) {
    if (std::optional<Error> error = write_output(output.path, text)) return trouble(*error);
  }
  print_warnings(warnings);
  // Git wants 0 from an external diff; under git difftool (which exports
  // GIT_DIFFTOOL_TRUST_EXIT_CODE to its tools) 1 would stop `difftool --trust-exit-code`, which
  // is meant to stop on trouble only.
  if (git || terminal.difftool_trust) return kSame;
  return report.has_differences() ? kDifferent : kSame;
}

}  // namespace resdiff_cli
