// What every command shares: its exit statuses and how trouble is reported.
//
// A command is a unit of its own (compare_command.cpp, parse_command.cpp, …): a struct holding
// its options, attach() to declare them on the CLI11 app, and run() to do the work and return the
// exit status. app.cpp lists the commands; adding one is a file and two lines there.
#pragma once
#include <string>

#include "options.hpp"
#include "resdiff/expected.hpp"
#include "terminal.hpp"

namespace resdiff_cli {

constexpr int kSame = 0;       ///< no differences (or a command that succeeded)
constexpr int kDifferent = 1;  ///< differences
constexpr int kTrouble = 2;    ///< trouble: a bad input, a bad command line, an output that failed

/// Prints "resdiff: message" on standard error and returns kTrouble.
int trouble(const std::string& message);

/// Prints "resdiff: FILE: message" on standard error and returns kTrouble.
int trouble(const resdiff::Error& error);

/// Prints text on standard error as it is (warning lines).
void print_warnings(const std::string& text);

/// Pages text like git when it is long and going to a terminal; false when it was not paged (or
/// the pager could not start), and the caller writes it.
bool page(const OutputOptions& output, const ViewOptions& view, const Terminal& terminal, const std::string& format,
          const std::string& text);

}  // namespace resdiff_cli
