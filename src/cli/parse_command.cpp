// ParseCommand: FILE → read → render_parse_{text,json,markdown} → write.
#include "parse_command.hpp"

#include <optional>

#include "command.hpp"
#include "input.hpp"
#include "output.hpp"
#include "signals.hpp"
#include "resdiff/render.hpp"

namespace resdiff_cli {

using namespace resdiff;

CLI::App* ParseCommand::attach(CLI::App& app) {
  CLI::App* parse = app.add_subcommand("parse", "Print the structure resdiff reads from FILE: metadata, then one clause per line");
  parse->footer("Exit status: 0, or 2 on trouble. See resdiff(1).\n");
  parse->add_option("FILE", file, "The document (- for standard input)")->type_name("")->required();
  add_output_options(*parse, output, "text, json or markdown");
  add_reading_options(*parse, reading);
  parse->add_flag("--no-labels", no_labels,
                  "With --format text: the clause and footnote lines without their PP3: / FN1: labels, so that git's "
                  "diff of a renumbered document shows only the clauses that changed");
  return parse;
}

int ParseCommand::run(const Terminal&) {
  std::string format = check_output_format(output.format, Formats::Parse);
  if (no_labels && format != "text") throw UsageError{"--no-labels: only with --format text"};
  input_format(reading.from);
  if (std::optional<Error> error = check_output(output.path, {file})) return trouble(*error);
  watch_run(RunWatch{reading.time_limit, output.to_stdout(), file});
  Expected<Document> doc = read_input(file, reading);
  if (!doc) return trouble(doc.error());
  stop_watch();
  std::optional<Error> error;
  if (format == "json") {  // written as it is rendered, never whole in memory
    error = write_output(output.path, [&doc](Sink& sink) { render_parse_json(*doc, sink); });
  } else {
    error = write_output(output.path, format == "markdown" ? render_parse_markdown(*doc) : render_parse_text(*doc, !no_labels));
  }
  if (error) return trouble(*error);
  print_warnings(warning_lines(*doc, reading.quiet));
  return kSame;
}

}  // namespace resdiff_cli
