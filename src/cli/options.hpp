// The command line's option groups: what a user can say, with the defaults written once (the
// library's own option structs provide the engine's defaults). Each command attaches the groups
// it takes to its CLI11 (sub)command; the help texts name the same defaults.
//
//   resdiff --format json -o r.json --from pdf OLD NEW
//     → OutputOptions{format "json", path "r.json"}, ReadingOptions{from "pdf"}
#pragma once
#include <CLI/CLI.hpp>
#include <string>

#include "resdiff/load.hpp"
#include "resdiff/report.hpp"

namespace resdiff_cli {

/// Thrown for a problem with the command line itself; printed as one line, exit status 2.
struct UsageError {
  std::string message;
};

/// How inputs are read (every command that reads documents).
struct ReadingOptions {
  std::string from = "auto";   ///< --from: auto, text, markdown, html, docx, pdf
  bool docx_original = false;  ///< --docx-original: a DOCX's text before its tracked changes
  std::string lang = "auto";   ///< --lang: auto, en, fr, es, ru, zh, ar
  bool quiet = false;          ///< -q: no warnings about the input
  int time_limit = resdiff::Limits{}.max_seconds;  ///< --time-limit: seconds before giving up (0: none)
};

/// Where and in which format the output goes.
struct OutputOptions {
  std::string format = "text";  ///< --format
  std::string path;             ///< -o FILE; empty or "-": standard output
  std::string docx_numbering = "text";  ///< --docx-numbering: text or auto (the comparison's docx only)
  bool to_stdout() const { return path.empty() || path == "-"; }
};

/// How the human-readable comparison views look (the comparison only).
struct ViewOptions {
  std::string color = "auto";  ///< --color: auto, always, never
  int context = 1;             ///< --context N (-1: all)
  bool all = false;            ///< --all
  int width = -1;              ///< --width N; -1: the terminal's width on a terminal, no wrapping otherwise
  bool side_by_side = false;   ///< -y
  bool stat = false;           ///< --stat
  bool no_pager = false;       ///< --no-pager
};

/// How the two documents are compared (the engine's options as the command line sets them).
struct EngineOptions {
  resdiff::CompareOptions compare;  ///< --threshold, --ignore-technical, -i, -w, --ignore-punctuation (compare.align.tolerance)
};

/// --docx-numbering (the comparison's Word output).
void add_docx_options(CLI::App& app, OutputOptions& options);

/// The output formats a command accepts; the first is the default.
enum class Formats { Parse, Compare };

/// format when the command writes it; a UsageError naming the formats it does write otherwise.
std::string check_output_format(const std::string& format, Formats formats);

/// The Format --from names; a UsageError for an unknown name.
resdiff::Format input_format(const std::string& name);

/// The language code --lang names ("" for auto); a UsageError for a language resdiff does not know.
std::string input_language(const std::string& name);

/// The load options ReadingOptions stand for (a UsageError for a bad --from or --lang).
resdiff::LoadOptions load_options(const ReadingOptions& options);

/// Adds --format and -o to app; formats is the help text's list ("text, json or markdown").
void add_output_options(CLI::App& app, OutputOptions& options, const std::string& formats);

/// Adds --from, --lang, --docx-original and -q to app.
void add_reading_options(CLI::App& app, ReadingOptions& options);

/// The widest --width accepted.
constexpr int kWidest = 1000000;

/// Why --width N cannot be ("fewer than 20 columns (0: do not wrap)"), "" when it can: 0 (no wrapping), or at least
/// RenderOptions::kNarrowest columns. -y needs RenderOptions::kNarrowestColumns (compare's check).
std::string width_error(int width);

/// Adds --color, --width and --no-pager to app (the views of every command that writes text).
void add_display_options(CLI::App& app, ViewOptions& options);

/// Adds --color, --width, --no-pager, --context, --all, -y and --stat to app.
void add_view_options(CLI::App& app, ViewOptions& options);

/// Adds --threshold, --ignore-technical, -i, -w and --ignore-punctuation to app.
void add_engine_options(CLI::App& app, EngineOptions& options);

/// message on one line: CLI11's messages may span lines; ours never do.
std::string one_line(std::string message);

}  // namespace resdiff_cli
