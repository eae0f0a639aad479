// detect_terminal() and the decisions of terminal.hpp. The only place of the command line that
// reads the environment and asks the terminal for its size.
#include "terminal.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace resdiff_cli {
namespace {

std::optional<std::string> env(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr) return std::nullopt;
  return std::string(value);
}

bool env_set(const char* name) {
  std::optional<std::string> value = env(name);
  return value && !value->empty();
}

}  // namespace

Terminal detect_terminal() {
  Terminal t;
  t.stdout_tty = isatty(STDOUT_FILENO) != 0;
  t.stderr_tty = isatty(STDERR_FILENO) != 0;
  winsize size{};
  if (t.stdout_tty && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0) {
    t.columns = size.ws_col;
    t.rows = size.ws_row;
  }
  if (std::optional<std::string> columns = env("COLUMNS")) {
    char* end = nullptr;
    errno = 0;
    long n = std::strtol(columns->c_str(), &end, 10);
    if (errno == 0 && end != columns->c_str() && n > 0 && n <= 1000000) t.columns_env = static_cast<int>(n);
  }
  t.no_color = env_set("NO_COLOR");
  std::optional<std::string> term = env("TERM");
  t.dumb = term && *term == "dumb";
  t.git_pager = env_set("GIT_PAGER_IN_USE");
  t.difftool_trust = env_set("GIT_DIFFTOOL_TRUST_EXIT_CODE");
  if (t.difftool_trust && env_set("BASE")) t.difftool_path = env("BASE");  // git-difftool--helper exports it
  t.pager = env("RESDIFF_PAGER");
  if (!t.pager) t.pager = env("PAGER");
  if (env_set("SOURCE_DATE_EPOCH")) t.source_date = env("SOURCE_DATE_EPOCH");
  if (env_set("RESDIFF_BIDI")) t.bidi = env("RESDIFF_BIDI");
  // Terminals that run the bidirectional algorithm themselves: VTE from 0.58 (GNOME Terminal,
  // Tilix…), Konsole, mlterm.
  std::optional<std::string> vte = env("VTE_VERSION");
  t.bidi_terminal = (vte && std::atoi(vte->c_str()) >= 5800) || env_set("KONSOLE_VERSION") || env_set("MLTERM");
  if (env_set("XDG_CONFIG_HOME")) t.config_home = env("XDG_CONFIG_HOME");
  if (env_set("HOME")) t.home = env("HOME");
  return t;
}

bool use_visual_order(bool to_stdout, const Terminal& terminal) {
  if (terminal.bidi == "visual") return true;
  if (terminal.bidi == "logical") return false;
  return to_stdout && terminal.stdout_tty && !terminal.bidi_terminal;
}

bool use_color(const std::string& when, bool to_stdout, const Terminal& terminal) {
  if (when == "always") return true;
  if (when == "never") return false;
  if (!to_stdout || terminal.no_color || terminal.dumb) return false;
  return terminal.stdout_tty || terminal.git_pager;
}

int output_width(int width, bool to_stdout, const Terminal& terminal) {
  if (width >= 0) return width;
  if (!to_stdout || !terminal.stdout_tty) return 0;
  if (terminal.columns > 0) return terminal.columns;
  if (terminal.columns_env) return *terminal.columns_env;
  return 80;
}

std::string source_date_iso(const Terminal& terminal) {
  if (!terminal.source_date) return "";
  const std::string& text = *terminal.source_date;
  char* end = nullptr;
  errno = 0;
  long long seconds = std::strtoll(text.c_str(), &end, 10);
  if (errno != 0 || end == text.c_str() || *end != '\0' || seconds < 0) return "";
  std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  char buffer[32];
  if (gmtime_r(&t, &tm) == nullptr || std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0) return "";
  return buffer;
}

}  // namespace resdiff_cli
