// git_diff_call(): recognises git's external-diff arguments by their hashes and modes.
#include "git.hpp"

#include <algorithm>
#include <cctype>

namespace resdiff_cli {
namespace {

/// An object name (4 to 64 hex digits) or "." (no object: the work tree's file).
bool is_hex(const std::string& s) {
  if (s == ".") return true;
  return s.size() >= 4 && s.size() <= 64 &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) || (c >= 'a' && c <= 'f'); });
}

/// A file mode (six octal digits) or ".".
bool is_mode(const std::string& s) {
  if (s == ".") return true;
  return s.size() == 6 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '7'; });
}

}  // namespace

std::optional<GitDiffCall> git_diff_call(const std::vector<std::string>& a) {
  if (a.size() != 7 && a.size() != 9) return std::nullopt;
  if (!is_hex(a[2]) || !is_mode(a[3]) || !is_hex(a[5]) || !is_mode(a[6])) return std::nullopt;
  GitDiffCall call;
  call.old_file = a[1];
  call.new_file = a[4];
  call.old_name = a[0];
  call.new_name = a.size() == 9 ? a[7] : a[0];
  return call;
}

}  // namespace resdiff_cli
