// The pager, as git does it: long output to a terminal goes through $PAGER or `less -FRX`.
#pragma once
#include <optional>
#include <string>

namespace resdiff_cli {

/// What decides whether to page.
struct PagerContext {
  bool to_stdout = true;         ///< no -o FILE (or -o -)
  bool is_tty = false;           ///< standard output is a terminal
  bool no_pager = false;         ///< --no-pager
  bool machine_format = false;   ///< json (or any format meant for a program or a file)
  int lines = 0;                 ///< lines in the output
  int height = 24;               ///< the terminal's height in lines
  std::optional<std::string> pager_env;  ///< $RESDIFF_PAGER, else $PAGER; nullopt when unset
};

/// The pager command to run, or "" not to page: never with --no-pager, -o, json or off a
/// terminal, nor when the output fits the screen; $PAGER empty or "cat" means no pager;
/// $PAGER unset means "less -FRX".
std::string pager_command(const PagerContext& context);

/// Runs `sh -c command` with text on its standard input and waits for it (LESS=FRX when LESS is
/// unset). False when the pager could not be started; a pager that quits early is fine.
bool run_pager(const std::string& command, const std::string& text);

/// Lines in text (a last line without '\n' counts).
int count_lines(const std::string& text);

}  // namespace resdiff_cli
