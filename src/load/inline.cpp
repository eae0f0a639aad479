// Markdown inline markup: emphasis out of the text and into spans, links to their text, escapes.
//
// Emphasis is read with a small state machine rather than full CommonMark, because converted
// resolutions glue runs together with no spaces. A run of 1, 2 or 3 asterisks first CLOSES what is
// open (innermost first: italic takes one asterisk, bold two), then OPENS with what is left
// (two: bold, one: italic). A run can close only when it does not follow white space and open
// only when it is not followed by white space. Worked example, the seed's first page:
//
//   destruction**Resolution…2021***[on the report…]***76/28. Measures…***The General Assembly,**Recalling* its
//              ^^ nothing open: open bold
//                              ^^^ close bold (2), open italic with the 1 left
//                                                  ^^^ close italic (1), open bold (2)
//                                                                   ^^^ close bold, open italic
//                                                                                          ^^ close italic, open italic
//                                                                                                    ^ close italic
//
// giving bold "Resolution…2021", italic "[on the report…]", bold "76/28. Measures…", italic
// "The General Assembly,", italic "Recalling": each boundary survives as a span edge, which is
// where the segmenter later cuts the run-together clauses apart.
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "load/loader.hpp"

namespace resdiff::loader {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_escapable(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }

/// Index just past the ']' that closes the '[' at `open`, or npos.
size_t closing_bracket(std::string_view s, size_t open) {
  int depth = 0;
  for (size_t i = open; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == '[') {
      ++depth;
    } else if (s[i] == ']' && --depth == 0) {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

/// Index just past the ')' that closes the '(' at `open`, or npos (URLs stay on one line).
size_t closing_paren(std::string_view s, size_t open) {
  int depth = 0;
  for (size_t i = open; i < s.size() && s[i] != '\n'; ++i) {
    if (s[i] == '(') ++depth;
    if (s[i] == ')' && --depth == 0) return i + 1;
  }
  return std::string_view::npos;
}

/// The emphasis state machine: which spans are open, in opening order.
class Emphasis {
 public:
  explicit Emphasis(Inline& out) : out_(out) {}

  /// Applies a run of n asterisks at the current end of the text; false when it is plain text.
  bool run(int n, bool can_close, bool can_open) {
    int left = n;
    if (can_close) {
      while (!stack_.empty()) {
        bool bold = stack_.back();
        int need = bold ? 2 : 1;
        if (left < need) break;
        close(bold);
        left -= need;
      }
    }
    if (can_open) {
      if (left >= 2 && !bold_open_) open(true), left -= 2;
      if (left >= 1 && !italic_open_) open(false), left -= 1;
    }
    return left < n;  // consumed something: the run was markup
  }

  /// Closes whatever is still open at the end of the paragraph.
  void finish() {
    while (!stack_.empty()) close(stack_.back());
  }

 private:
  void open(bool bold) {
    (bold ? bold_open_ : italic_open_) = true;
    (bold ? bold_begin_ : italic_begin_) = out_.text.size();
    stack_.push_back(bold);
  }

  void close(bool bold) {
    size_t begin = bold ? bold_begin_ : italic_begin_;
    if (out_.text.size() > begin) (bold ? out_.bold : out_.italics).push_back(Span{begin, out_.text.size()});
    (bold ? bold_open_ : italic_open_) = false;
    stack_.pop_back();
  }

  Inline& out_;
  std::vector<bool> stack_;  // true = bold, false = italic
  bool italic_open_ = false, bold_open_ = false;
  size_t italic_begin_ = 0, bold_begin_ = 0;
};

}  // namespace

Inline parse_inline(std::string_view raw) {
  Inline out;
  Emphasis emphasis(out);
  std::vector<std::pair<size_t, size_t>> link_tails;  // [']' position, index after the "(url)")
  for (size_t i = 0; i < raw.size();) {
    char c = raw[i];
    if (!link_tails.empty() && i == link_tails.back().first) {  // end of a link's text: skip "](url)"
      i = link_tails.back().second;
      link_tails.pop_back();
      continue;
    }
    if (c == '\\' && i + 1 < raw.size() && is_escapable(raw[i + 1])) {
      out.text += raw[i + 1];
      i += 2;
      continue;
    }
    if ((c == '[' || (c == '!' && i + 1 < raw.size() && raw[i + 1] == '[')) &&
        !(c == '[' && i + 1 < raw.size() && raw[i + 1] == '^')) {
      size_t open = c == '!' ? i + 1 : i;
      size_t close = closing_bracket(raw, open);
      size_t url_end = close != std::string_view::npos && close < raw.size() && raw[close] == '('
                           ? closing_paren(raw, close)
                           : std::string_view::npos;
      if (url_end != std::string_view::npos) {
        link_tails.emplace_back(close - 1, url_end);
        i = open + 1;
        continue;
      }
    }
    if (c == '*') {
      size_t end = raw.find_first_not_of('*', i);
      if (end == std::string_view::npos) end = raw.size();
      int n = static_cast<int>(end - i);
      bool space_before = i == 0 || is_space(raw[i - 1]);
      bool space_after = end == raw.size() || is_space(raw[end]);
      if (n > 3 || !emphasis.run(n, !space_before, !space_after)) out.text.append(raw.substr(i, end - i));
      i = end;
      continue;
    }
    // Plain text up to the next byte that may be markup (or the end of a link's text): at once.
    const size_t limit = !link_tails.empty() && link_tails.back().first > i ? link_tails.back().first : raw.size();
    size_t plain = i + 1;
    while (plain < limit && raw[plain] != '\\' && raw[plain] != '[' && raw[plain] != '!' && raw[plain] != '*') ++plain;
    out.text.append(raw, i, plain - i);
    i = plain;
  }
  emphasis.finish();
  return out;
}

}  // namespace resdiff::loader
