// The plain line diff: two texts compared line by line and written as `diff -u` writes them. It
// is what git's routes fall back to for a file that is not a resolution (source code, notes),
// where every byte of a line counts: indentation, trailing blanks, tabs.
//
// Lines are numbered by their exact bytes (a missing final newline kept apart, as "\ No newline
// at end of file"), dtl finds the shortest edit script over the numbers, and the script is cut
// into hunks of `context` common lines around each change, two hunks closer than 2 × context
// joined into one.
//
// Worked example: "a\n  b\nc\n" → "a\n    b\nc\n" (context 3):
//   --- a/f.py
//   +++ b/f.py
//   @@ -1,3 +1,3 @@
//    a
//   -  b
//   +    b
//    c
#include <dtl/dtl.hpp>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "resdiff/diff.hpp"

namespace resdiff {

namespace {

// The lines of text without their newlines; `complete` is false when the last one had none.
std::vector<std::string_view> lines_of(std::string_view text, bool& complete) {
  std::vector<std::string_view> lines;
  size_t from = 0;
  while (from < text.size()) {
    size_t end = text.find('\n', from);
    if (end == std::string_view::npos) {
      lines.push_back(text.substr(from));
      complete = false;
      return lines;
    }
    lines.push_back(text.substr(from, end - from));
    from = end + 1;
  }
  complete = true;
  return lines;
}

// One line of the edit script: ' ' common, '-' old only, '+' new only, with its line numbers.
struct Op {
  char kind;
  size_t old_line, new_line;  // 0-based; the side's next line for a line it does not have
};

// "start,count" of a hunk side as diff -u writes it (",1" left out; an empty side names the
// line before it).
std::string range(size_t first, size_t count) {
  if (count == 1) return std::to_string(first + 1);
  return std::to_string(count == 0 ? first : first + 1) + "," + std::to_string(count);
}

}  // namespace

std::string unified_line_diff(std::string_view old_text, std::string_view new_text, const std::string& old_name,
                              const std::string& new_name, int context) {
  if (old_text == new_text) return "";
  context = std::max(context, 0);
  bool old_complete = true, new_complete = true;
  std::vector<std::string_view> a = lines_of(old_text, old_complete), b = lines_of(new_text, new_complete);
  // a last line without its newline differs from the same line with one
  std::unordered_map<std::string, int> ids;
  auto id = [&](std::string_view line, bool last_incomplete) {
    std::string key(line);
    if (last_incomplete) key += '\0';
    return ids.emplace(std::move(key), static_cast<int>(ids.size())).first->second;
  };
  std::vector<int> ia, ib;
  for (size_t i = 0; i < a.size(); ++i) ia.push_back(id(a[i], !old_complete && i + 1 == a.size()));
  for (size_t i = 0; i < b.size(); ++i) ib.push_back(id(b[i], !new_complete && i + 1 == b.size()));

  std::vector<Op> ops;
  size_t i = 0, j = 0;
  if (!ia.empty() && !ib.empty()) {
    dtl::Diff<int> diff(ia, ib);
    diff.compose();
    for (const auto& [value, info] : diff.getSes().getSequence()) {
      (void)value;
      if (info.type == dtl::SES_COMMON) ops.push_back({' ', i++, j++});
      else if (info.type == dtl::SES_DELETE) ops.push_back({'-', i++, j});
      else ops.push_back({'+', i, j++});
    }
  }
  while (i < a.size()) ops.push_back({'-', i++, j});
  while (j < b.size()) ops.push_back({'+', i, j++});

  std::string out = "--- " + old_name + "\n+++ " + new_name + "\n";
  auto c = static_cast<size_t>(context);
  size_t k = 0;
  while (k < ops.size()) {
    if (ops[k].kind == ' ') {
      ++k;
      continue;
    }
    // a hunk: from `context` common lines before this change to `context` after the last change
    // that is no more than 2 × context common lines from the one before it
    size_t begin = k >= c ? k - c : 0;
    while (begin < k && ops[begin].kind != ' ') ++begin;  // never reaches back into another hunk
    size_t end = k;
    size_t last_change = k;
    for (size_t m = k; m < ops.size(); ++m) {
      if (ops[m].kind != ' ') last_change = m;
      else if (m - last_change > 2 * c) break;
    }
    end = std::min(ops.size(), last_change + 1 + c);
    size_t old_first = ops[begin].old_line, new_first = ops[begin].new_line, old_count = 0, new_count = 0;
    for (size_t m = begin; m < end; ++m) {
      if (ops[m].kind != '+') ++old_count;
      if (ops[m].kind != '-') ++new_count;
    }
    out += "@@ -" + range(old_first, old_count) + " +" + range(new_first, new_count) + " @@\n";
    for (size_t m = begin; m < end; ++m) {
      const Op& op = ops[m];
      bool from_old = op.kind != '+';
      std::string_view line = from_old ? a[op.old_line] : b[op.new_line];
      out += op.kind;
      out += line;
      out += '\n';
      bool incomplete = from_old ? !old_complete && op.old_line + 1 == a.size() : !new_complete && op.new_line + 1 == b.size();
      // a common last line is incomplete on both sides or on neither (it has one id)
      if (incomplete) out += "\\ No newline at end of file\n";
    }
    k = end;
  }
  return out;
}

}  // namespace resdiff
