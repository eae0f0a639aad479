// `resdiff batch [options] OLD_DIR NEW_DIR -o OUT_DIR`: every pair of two sessions (exit 0, or 2).
#pragma once
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "options.hpp"
#include "resdiff/batch.hpp"
#include "terminal.hpp"

namespace resdiff_cli {

/// batch's options and its run.
struct BatchCommand {
  std::vector<std::string> dirs;  ///< OLD_DIR NEW_DIR
  OutputOptions output{"html", ""};  ///< --format of each pair's report (html by default), -o OUT_DIR
  ReadingOptions reading;
  EngineOptions engine;
  unsigned jobs = 0;              ///< -j N; 0: one thread per core
  bool list = false;              ///< --list: print the pairs, compare nothing

  /// Adds the `batch` subcommand to app; returns it.
  CLI::App* attach(CLI::App& app);
  /// Reads, pairs and compares both folders and writes OUT_DIR; the exit status.
  int run(const Terminal& terminal);
};

/// The pair list of --list: "OLD<TAB>NEW<TAB>HOW" a line, HOW as paired_by_name() says.
std::string pair_list(const resdiff::BatchResult& result);

/// "resdiff batch [#####     ] 12/30", the line the progress bar redraws in place (a "\r" first;
/// at the end the line is cleared).
std::string progress_line(size_t done, size_t total);

}  // namespace resdiff_cli
