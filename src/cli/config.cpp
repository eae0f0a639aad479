// The configuration file of config.hpp: found, parsed line by line, applied through the options
// themselves, so that a setting is checked exactly as the same option on the command line.
#include "config.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>

#include "resdiff/load.hpp"

namespace resdiff_cli {
namespace {

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string where(const std::string& path, int line) { return path + ":" + std::to_string(line); }

std::string known_keys() {
  std::string out;
  for (const std::string& k : config_keys()) out += (out.empty() ? "" : ", ") + k;
  return out;
}

// The keys of flags (no value on the command line): their setting is true or false.
bool is_flag(const std::string& key) {
  static const std::vector<std::string> flags = {"all", "side-by-side", "stat", "no-pager", "ignore-technical", "ignore-case",
                                                 "ignore-all-space", "ignore-punctuation", "quiet"};
  return std::find(flags.begin(), flags.end(), key) != flags.end();
}

// A flag's value as CLI11 reads it ("true"/"false"), nullopt for one that is neither.
std::optional<std::string> flag_value(std::string value) {
  for (char& c : value) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (value == "true" || value == "yes" || value == "on" || value == "1") return "true";
  if (value == "false" || value == "no" || value == "off" || value == "0") return "false";
  return std::nullopt;
}

// The option's message for a refused value, without CLI11's "--width: " in front and the value
// it repeats: "fewer than 20 columns (0: do not wrap)".
std::string refusal(const std::string& message, const Setting& s) {
  std::string m = message;
  std::string name = "--" + s.key + ": ";
  if (m.rfind(name, 0) == 0) m = m.substr(name.size());
  if (m.rfind(s.value + ": ", 0) == 0) m = m.substr(s.value.size() + 2);
  return m;
}

}  // namespace

const std::vector<std::string>& config_keys() {
  static const std::vector<std::string> keys = {"color",       "context",          "all",         "width",
                                                "side-by-side", "stat",            "no-pager",    "threshold",
                                                "ignore-technical", "ignore-case", "ignore-all-space",
                                                "ignore-punctuation", "quiet", "docx-numbering"};
  return keys;
}

std::optional<std::string> config_path(const Terminal& terminal) {
  if (terminal.config_home) return *terminal.config_home + "/resdiff/config";
  if (terminal.home) return *terminal.home + "/.config/resdiff/config";
  return std::nullopt;
}

resdiff::Expected<std::vector<Setting>> parse_config(std::string_view text, const std::string& path) {
  std::vector<Setting> settings;
  int number = 0;
  size_t from = 0;
  while (from <= text.size()) {
    size_t end = text.find('\n', from);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = trimmed(text.substr(from, end - from));
    ++number;
    from = end + 1;
    if (line.empty() || line.front() == '#') {
      if (end == text.size()) break;
      continue;
    }
    size_t equals = line.find('=');
    if (equals == std::string_view::npos) {
      return resdiff::Error{where(path, number), "not KEY = VALUE: \"" + std::string(line) + "\""};
    }
    std::string key(trimmed(line.substr(0, equals)));
    std::string_view value = trimmed(line.substr(equals + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    if (key.rfind("--", 0) == 0) key = key.substr(2);
    const std::vector<std::string>& keys = config_keys();
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
      return resdiff::Error{where(path, number), "unknown key \"" + key + "\" (known: " + known_keys() + ")"};
    }
    if (value.empty()) return resdiff::Error{where(path, number), key + " = : no value"};
    if (is_flag(key) && !flag_value(std::string(value))) {
      return resdiff::Error{where(path, number), key + " = " + std::string(value) + ": not true or false"};
    }
    settings.push_back({key, std::string(value), number});
    if (end == text.size()) break;
  }
  return settings;
}

std::optional<resdiff::Error> apply_config(const std::vector<Setting>& settings, const std::string& path, CLI::App& app) {
  for (const Setting& s : settings) {
    CLI::Option* option = app.get_option_no_throw("--" + s.key);
    if (option == nullptr || option->count() > 0) continue;  // not this command's, or the command line said
    std::string value = is_flag(s.key) ? flag_value(s.value).value_or(s.value) : s.value;
    try {
      option->add_result(value);
      option->run_callback();
    } catch (const CLI::Error& error) {
      return resdiff::Error{where(path, s.line), s.key + " = " + s.value + ": " + refusal(error.what(), s)};
    }
  }
  return std::nullopt;
}

std::optional<resdiff::Error> load_config(const Terminal& terminal, CLI::App& app) {
  std::optional<std::string> path = config_path(terminal);
  if (!path) return std::nullopt;
  std::FILE* probe = std::fopen(path->c_str(), "rb");
  if (probe == nullptr && errno == ENOENT) return std::nullopt;  // no file: nothing to set
  if (probe != nullptr) std::fclose(probe);
  resdiff::Expected<std::string> text = resdiff::read_file(*path);
  if (!text) return text.error();
  resdiff::Expected<std::vector<Setting>> settings = parse_config(*text, *path);
  if (!settings) return settings.error();
  return apply_config(*settings, *path, app);
}

}  // namespace resdiff_cli
