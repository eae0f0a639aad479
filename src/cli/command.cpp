// trouble() and print_warnings(): the command line's only writes to standard error; page() and
// deliver(): a command's output, paged like git or written whole.
#include "command.hpp"

#include <unistd.h>

#include "options.hpp"
#include "output.hpp"
#include "pager.hpp"

namespace resdiff_cli {

int trouble(const std::string& message) {
  write_all(STDERR_FILENO, "resdiff: " + one_line(message) + "\n");
  return kTrouble;
}

int trouble(const resdiff::Error& error) { return trouble(error.what()); }

void print_warnings(const std::string& text) { write_all(STDERR_FILENO, text); }

bool page(const OutputOptions& output, const ViewOptions& view, const Terminal& terminal, const std::string& format,
          const std::string& text) {
  PagerContext context;
  context.to_stdout = output.to_stdout();
  context.is_tty = terminal.stdout_tty;
  context.no_pager = view.no_pager;
  context.machine_format = format != "text";
  context.lines = count_lines(text);
  if (terminal.rows > 0) context.height = terminal.rows;
  context.pager_env = terminal.pager;
  std::string command = pager_command(context);
  return !command.empty() && run_pager(command, text);
}

}  // namespace resdiff_cli
