// `resdiff [options] OLD NEW`: compare two documents (exit 0 same, 1 different, 2 trouble).
// Git's external-diff arguments are understood too (git.hpp); then the exit status is 0 unless
// there is trouble, as git wants, and so it is under `git difftool`.
#pragma once
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "options.hpp"
#include "terminal.hpp"

namespace resdiff_cli {

/// The comparison's options and its run.
struct CompareCommand {
  std::vector<std::string> files;  ///< OLD NEW, or git's seven (nine) arguments
  OutputOptions output;
  ReadingOptions reading;
  ViewOptions view;
  EngineOptions engine;

  /// Declares the positional files and the options on the top-level app.
  void attach(CLI::App& app);
  /// Reads, compares, renders and writes; the exit status.
  int run(const Terminal& terminal);
};

}  // namespace resdiff_cli
