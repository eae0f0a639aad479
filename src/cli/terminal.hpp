// What the command line learns from its surroundings: whether standard output is a terminal,
// its size, and the environment variables that change the views (NO_COLOR, TERM, COLUMNS,
// GIT_PAGER_IN_USE, the pager). detect_terminal() asks the system once; the decisions made from
// it are pure functions, so tests give them any surroundings they like.
//
//   Terminal{stdout_tty = true, columns = 120}  →  use_color(auto) = true, output_width(-1) = 120
//   Terminal{stdout_tty = false}                →  use_color(auto) = false, output_width(-1) = 0
#pragma once
#include <optional>
#include <string>

namespace resdiff_cli {

/// The surroundings of one run, as detect_terminal() found them.
struct Terminal {
  bool stdout_tty = false;        ///< standard output is a terminal
  bool stderr_tty = false;        ///< standard error is a terminal (batch's progress bar)
  int columns = 0;                ///< the terminal's width (0: unknown)
  int rows = 0;                   ///< the terminal's height (0: unknown)
  std::optional<int> columns_env; ///< $COLUMNS, when set to a positive number
  bool no_color = false;          ///< $NO_COLOR set and not empty
  bool dumb = false;              ///< $TERM is "dumb"
  bool git_pager = false;         ///< $GIT_PAGER_IN_USE set: git pages our output
  bool difftool_trust = false;    ///< $GIT_DIFFTOOL_TRUST_EXIT_CODE set: run by git difftool
  std::optional<std::string> difftool_path;  ///< $BASE under git difftool: the file's path in the repository
  std::optional<std::string> pager;       ///< $RESDIFF_PAGER, else $PAGER; unset: nullopt
  std::optional<std::string> source_date; ///< $SOURCE_DATE_EPOCH, when set and not empty
  std::optional<std::string> bidi;        ///< $RESDIFF_BIDI: "visual" or "logical"
  bool bidi_terminal = false;     ///< the terminal orders right-to-left text itself (VTE 0.58+, Konsole, mlterm)
  std::optional<std::string> config_home; ///< $XDG_CONFIG_HOME, when set and not empty
  std::optional<std::string> home;        ///< $HOME, when set and not empty
};

/// Reads the terminal's state and the environment.
Terminal detect_terminal();

/// --color WHEN: always, never, or (auto) colour on a terminal or git's pager unless NO_COLOR or
/// TERM=dumb, and never into a file.
bool use_color(const std::string& when, bool to_stdout, const Terminal& terminal);

/// --width N when given (N >= 0); else the terminal's width on a terminal ($COLUMNS, then 80,
/// when it cannot tell); else 0: no wrapping in a file or a pipe.
int output_width(int width, bool to_stdout, const Terminal& terminal);

/// True when right-to-left text should be written in visual order: RESDIFF_BIDI=visual, or on a
/// terminal that does not order it itself, unless RESDIFF_BIDI=logical. Files and pipes get the
/// text in logical order (as it is stored), unless RESDIFF_BIDI=visual.
bool use_visual_order(bool to_stdout, const Terminal& terminal);

/// "2025-12-01T00:00:00Z" for $SOURCE_DATE_EPOCH (seconds since 1970), empty when unset or bad.
std::string source_date_iso(const Terminal& terminal);

}  // namespace resdiff_cli
