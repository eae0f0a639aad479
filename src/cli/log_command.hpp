// `resdiff log` and `resdiff blame`: read a series (files, or a file's git history), trace it,
// render it (exit 0, or 2 on trouble).
#pragma once
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "options.hpp"
#include "resdiff/expected.hpp"
#include "resdiff/history.hpp"
#include "terminal.hpp"

namespace resdiff_cli {

/// What `log` or `blame` is asked, beside the shared option groups.
struct LogRequest {
  bool blame = false;              ///< blame instead of log
  std::vector<std::string> files;  ///< the versions, oldest first (at least two), unless git_path is set
  std::string git_path;            ///< --git PATH: the versions are the file's commits
  std::string format = "text";     ///< log: text, json, html, markdown; blame: text, json
  bool verbose = false;            ///< log -v: the word changes of every step
  bool words = false;              ///< blame --words: each run of words with its version
};

/// The formats a command writes: "text, json, html or markdown" for log, "text or json" for blame.
const char* log_formats(bool blame);

/// Checks the request before anything is read: the format, the number of files, standard input
/// at most once, files or --git but not both. Throws UsageError.
void check_request(const LogRequest& request);

/// Reads every version (a file's git commits are named "3f2c1a9 80/41", short commit and symbol,
/// and their documents "3f2c1a9:path") and traces the series; warnings gets the reader's
/// "resdiff: FILE: warning: …" lines (none with reading.quiet).
resdiff::Expected<resdiff::History> load_history(const LogRequest& request, const ReadingOptions& reading,
                                                 const resdiff::HistoryOptions& options, std::string& warnings);

/// log's or blame's options and its run.
struct LogCommand {
  explicit LogCommand(bool blame) { request.blame = blame; }
  LogRequest request;
  OutputOptions output;
  ReadingOptions reading;
  ViewOptions view;      ///< --color, --width, --no-pager
  EngineOptions engine;  ///< --threshold, --ignore-technical

  /// Adds the `log` (or `blame`) subcommand to app; returns it.
  CLI::App* attach(CLI::App& app);
  /// Reads the versions, traces them and writes the view; the exit status.
  int run(const Terminal& terminal);
};

}  // namespace resdiff_cli
