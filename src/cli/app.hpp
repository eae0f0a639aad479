// The command line as one call: arguments in, exit status out. main() is this and a last catch.
//
//   resdiff [options] OLD NEW         compare two documents (exit 0 same, 1 different, 2 trouble)
//   resdiff parse [options] FILE      what resdiff read from one document
//   resdiff log [options] FILE…       every clause through a series of versions (log_command.cpp)
//   resdiff blame [options] FILE…     the newest version, each clause with the version it came from
//   resdiff --version
#pragma once

namespace resdiff_cli {

/// Parses the arguments, runs the command they name and returns its exit status. Problems with
/// the command line are one line on standard error and exit status 2; unexpected exceptions
/// propagate to main().
int run(int argc, char** argv);

}  // namespace resdiff_cli
