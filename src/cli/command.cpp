// trouble() and print_warnings(): the command line's only writes to standard error.
#include "command.hpp"

#include <unistd.h>

#include "options.hpp"
#include "output.hpp"

namespace resdiff_cli {

int trouble(const std::string& message) {
  write_all(STDERR_FILENO, "resdiff: " + one_line(message) + "\n");
  return kTrouble;
}

int trouble(const resdiff::Error& error) { return trouble(error.what()); }

void print_warnings(const std::string& text) { write_all(STDERR_FILENO, text); }

}  // namespace resdiff_cli
