// The configuration file: defaults for the options a user sets every time, so that
// `resdiff OLD NEW` means `resdiff --ignore-technical --context 0 OLD NEW` for one who wants it so.
// The command line wins: a setting applies only to an option the command line did not give.
//
// Where: $XDG_CONFIG_HOME/resdiff/config, else ~/.config/resdiff/config; no file, no settings.
// Syntax: one KEY = VALUE per line, KEY an option's long name without its dashes; blank lines
// and lines starting with # are skipped; a value may be quoted ("..."); a flag takes true or
// false (yes/no, on/off, 1/0). Any other line, an unknown key or a value the option refuses is
// trouble: one line naming the file and the line ("…/config:3: unknown key "colour" …").
//
//   # ~/.config/resdiff/config
//   ignore-technical = true
//   context = 0
//   color = never
#pragma once
#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "resdiff/expected.hpp"
#include "terminal.hpp"

namespace resdiff_cli {

/// One line of the configuration file that sets something.
struct Setting {
  std::string key;    ///< an option's long name without dashes: "context"
  std::string value;  ///< "0", quotes taken off
  int line = 0;       ///< 1-based
};

/// The keys a configuration file may set: the view and tolerance options and -q.
const std::vector<std::string>& config_keys();

/// Where the configuration file is for these surroundings; nullopt when neither $XDG_CONFIG_HOME
/// nor $HOME is set.
std::optional<std::string> config_path(const Terminal& terminal);

/// The settings of a configuration file's text (path only names it in errors). An Error's file is
/// "PATH:LINE" for a line that is not KEY = VALUE, names a key config_keys() does not hold, or
/// gives a flag a value that is not true or false.
resdiff::Expected<std::vector<Setting>> parse_config(std::string_view text, const std::string& path);

/// Gives each setting to the option of app it names, unless the command line gave that option
/// (the command line wins); the option checks the value as it checks its command-line value.
/// Keys of options app does not have (`stat` for parse) are passed over. An Error "PATH:LINE"
/// with the option's message for a value it refuses.
std::optional<resdiff::Error> apply_config(const std::vector<Setting>& settings, const std::string& path, CLI::App& app);

/// The configuration file for these surroundings read, parsed and applied to app: no file is no
/// error; a file that cannot be read is one.
std::optional<resdiff::Error> load_config(const Terminal& terminal, CLI::App& app);

}  // namespace resdiff_cli
