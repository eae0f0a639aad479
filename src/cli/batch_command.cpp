// BatchCommand: OLD_DIR NEW_DIR → run_batch() (src/batch) → one report per pair, index.html,
// index.jsonl and problems.jsonl in OUT_DIR, each file written whole or not at all.
//
// A file that cannot be read is a row of the index (and a line on standard error unless -q),
// not trouble; trouble is a folder that cannot be read, an OUT_DIR that cannot be made or
// written, or a wrong command line. On a terminal, standard error shows a progress bar:
//   resdiff batch [###############               ] 17/34
#include "batch_command.hpp"

#include <filesystem>
#include <optional>
#include <unistd.h>

#include "command.hpp"
#include "output.hpp"
#include "signals.hpp"
#include "resdiff/batch.hpp"

namespace resdiff_cli {

using namespace resdiff;

namespace {

BatchFormat batch_format(const std::string& format) {
  if (format == "json") return BatchFormat::Json;
  if (format == "html") return BatchFormat::Html;
  if (format == "text") return BatchFormat::Text;
  if (format == "markdown") return BatchFormat::Markdown;
  throw UsageError{"--format " + format + ": unknown format for batch reports (html, json, text, markdown)"};
}

}  // namespace

std::string pair_list(const BatchResult& result) {
  std::string out;
  for (const BatchRow& row : result.rows)
    if (row.kind == BatchRow::Kind::Pair && row.how)
      out += row.old_path + "\t" + row.new_path + "\t" + paired_by_name(*row.how) + "\n";
  return out;
}

std::string progress_line(size_t done, size_t total) {
  constexpr size_t kWidth = 30;
  size_t filled = total ? std::min(done, total) * kWidth / total : kWidth;
  std::string line = "\rresdiff batch [" + std::string(filled, '#') + std::string(kWidth - filled, ' ') + "] " +
                     std::to_string(done) + "/" + std::to_string(total);
  if (done >= total) line += "\r\033[K";
  return line;
}

CLI::App* BatchCommand::attach(CLI::App& app) {
  CLI::App* batch = app.add_subcommand("batch", "Pair the documents of two sessions and compare each pair into OUT_DIR");
  batch->footer("Exit status: 0, or 2 on trouble (a file that cannot be read is a row of the index). See resdiff(1).\n");
  batch->add_option("OLD_DIR NEW_DIR", dirs, "The folders of the two sessions")->type_name("")->required()->expected(2);
  add_output_options(*batch, output, "html, json, text or markdown, for each pair's report");
  add_reading_options(*batch, reading);
  add_engine_options(*batch, engine);
  batch->add_option("-j,--jobs", jobs, "Read and compare on N threads (default: one per core)")
      ->type_name("N")
      ->check(CLI::Range(1u, 1024u).description(""));
  batch->add_flag("--list", list,
                  "Only pair: print OLD<TAB>NEW<TAB>HOW a line (to -o FILE or standard output), compare nothing");
  return batch;
}

int BatchCommand::run(const Terminal& terminal) {
  if (output.to_stdout() && !list) throw UsageError{"batch needs -o OUT_DIR"};
  // a signal removes the report being written; no time limit for a whole batch (signals.hpp)
  watch_run(RunWatch{0, output.to_stdout(), ""});
  BatchOptions options;
  options.format = batch_format(output.format);
  options.load = load_options(reading);
  options.compare = engine.compare;
  options.threads = jobs;
  if (!reading.quiet && terminal.stderr_tty)
    options.progress = [](size_t done, size_t total) { print_warnings(progress_line(done, total)); };
  Expected<std::vector<std::string>> olds = batch_inputs(dirs[0]);
  if (!olds) return trouble(olds.error());
  Expected<std::vector<std::string>> news = batch_inputs(dirs[1]);
  if (!news) return trouble(news.error());
  if (list) {
    options.compare_pairs = false;
    BatchResult result = run_batch(*olds, *news, options);
    if (std::optional<Error> e = write_output(output.path, pair_list(result))) return trouble(*e);
    if (!reading.quiet) {
      std::string lines;
      for (const BatchRow& row : result.rows)
        if (row.kind != BatchRow::Kind::Pair)
          lines += "resdiff: " + (row.old_path.empty() ? row.new_path : row.old_path) + ": " + one_line(row.message) + "\n";
      print_warnings(lines);
    }
    return kSame;
  }
  std::error_code error;
  std::filesystem::create_directories(output.path, error);
  if (error || !std::filesystem::is_directory(output.path))
    return trouble(Error{output.path, "cannot make the output folder" + (error ? ": " + error.message() : std::string())});

  BatchResult result = run_batch(*olds, *news, options);
  const std::string dir = output.path + (output.path.back() == '/' ? "" : "/");
  for (const BatchRow& row : result.rows) {
    if (row.kind != BatchRow::Kind::Pair) continue;
    if (std::optional<Error> e = write_output(dir + row.report_name, row.report)) return trouble(*e);
  }
  if (std::optional<Error> e = write_output(dir + "index.jsonl", render_batch_index_jsonl(result))) return trouble(*e);
  if (std::optional<Error> e = write_output(dir + "problems.jsonl", render_batch_problems_jsonl(result))) return trouble(*e);
  if (std::optional<Error> e = write_output(dir + "index.html", render_batch_index_html(result))) return trouble(*e);
  if (!reading.quiet) {
    std::string lines;
    for (const BatchRow& row : result.rows)
      if (row.kind == BatchRow::Kind::Error)
        lines += "resdiff: " + (row.old_path.empty() ? row.new_path : row.old_path) + ": " + one_line(row.message) + "\n";
    print_warnings(lines);
  }
  return kSame;
}

}  // namespace resdiff_cli
