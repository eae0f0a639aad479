// `resdiff parse [options] FILE`: the structure resdiff read from one document (exit 0, or 2).
#pragma once
#include <CLI/CLI.hpp>
#include <string>

#include "options.hpp"
#include "terminal.hpp"

namespace resdiff_cli {

/// parse's options and its run.
struct ParseCommand {
  std::string file;
  OutputOptions output;
  ReadingOptions reading;
  bool no_labels = false;  ///< --no-labels: the text format without PP3: / FN1: labels (a stable git textconv)

  /// Adds the `parse` subcommand to app; returns it.
  CLI::App* attach(CLI::App& app);
  /// Reads the file and writes its structure; the exit status.
  int run(const Terminal& terminal);
};

}  // namespace resdiff_cli
