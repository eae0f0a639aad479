// Rows of page text: pages flattened into one trimmed sequence, and the small shapes the furniture
// finder looks for in a line: the case of its first letter, a number ("12. We reaffirm") or a
// label ("(a) Taking") at its start, a footnote separator rule.
#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "load/pagetext_parts.hpp"

namespace resdiff::load_detail::pagetext {
namespace {

/// The code point at s[i], advancing i past it (U+FFFD for a broken sequence).
char32_t next_code_point(std::string_view s, size_t& i) {
  UChar32 c = 0;
  int32_t at = static_cast<int32_t>(i);
  U8_NEXT(s.data(), at, static_cast<int32_t>(s.size()), c);
  i = static_cast<size_t>(at);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

/// Byte length of the blank at s[i] (an ASCII blank or the no-break space), or 0.
size_t blank_length(std::string_view s, size_t i) {
  if (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v')) return 1;
  if (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  return 0;
}

/// Byte length of the blank that ends s (an ASCII blank or the no-break space), or 0.
size_t trailing_blank_length(std::string_view s) {
  if (s.empty()) return 0;
  char c = s.back();
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (s.size() >= 2 && static_cast<unsigned char>(s[s.size() - 2]) == 0xC2 && static_cast<unsigned char>(c) == 0xA0) return 2;
  return 0;
}

/// Moves spans by -shift and clips them to [0, size), dropping the empty ones.
void clip_spans(std::vector<Span>& spans, size_t shift, size_t size) {
  std::vector<Span> kept;
  for (Span s : spans) {
    size_t b = s.begin > shift ? s.begin - shift : 0;
    size_t e = s.end > shift ? s.end - shift : 0;
    b = std::min(b, size);
    e = std::min(e, size);
    if (b < e) kept.push_back({b, e});
  }
  spans = std::move(kept);
}

/// True for the code points that may open a clause before its first letter.
bool is_opener(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 || c == 0x201E ||
         c == 0x00AB || c == ' ';
}

}  // namespace

std::vector<Row> flatten(const std::vector<Page>& pages) {
  std::vector<Row> lines;
  for (size_t p = 0; p < pages.size(); ++p) {
    for (const PageLine& in : pages[p].lines) {
      Row line{in, static_cast<int>(p), 0, false};
      std::string_view t = in.text;
      size_t lead = 0;
      while (size_t n = blank_length(t, lead)) {
        lead += n;
        ++line.indent;
      }
      size_t end = t.size();
      while (end > lead) {
        size_t n = trailing_blank_length(t.substr(0, end));
        if (n == 0) break;
        end -= n;
      }
      line.in.text = std::string(t.substr(lead, end - lead));
      clip_spans(line.in.italics, lead, line.in.text.size());
      clip_spans(line.in.bold, lead, line.in.text.size());
      clip_spans(line.in.raised, lead, line.in.text.size());
      line.blank = line.in.text.empty();
      lines.push_back(std::move(line));
    }
  }
  return lines;
}

char32_t first_letter(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    char32_t c = next_code_point(s, i);
    if (!is_opener(c)) return c;
  }
  return 0;
}

char32_t last_code_point(std::string_view s) {
  if (s.empty()) return 0;
  size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return next_code_point(s, i);
}

bool is_upper(char32_t c) { return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c)); }

bool is_lower(char32_t c) { return u_islower(static_cast<UChar32>(c)); }

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool is_separator(std::string_view t) {
  return t.size() >= 5 && t.find_first_not_of('_') == std::string_view::npos;
}

int leading_number(std::string_view s) {
  size_t i = 0;
  int value = 0;
  while (i < s.size() && i < 4 && s[i] >= '0' && s[i] <= '9') value = value * 10 + (s[i++] - '0');
  if (i == 0 || i > 3 || i >= s.size() || s[i] != '.') return 0;
  if (i + 1 < s.size() && s[i + 1] != ' ' && s[i + 1] != '\t') return 0;
  return value;
}

size_t sub_label_length(std::string_view s) {
  if (s.size() < 3 || s[0] != '(') return 0;
  size_t close = s.find(')');
  if (close == std::string_view::npos || close < 2 || close > 7) return 0;
  std::string_view inner = s.substr(1, close - 1);
  bool roman = inner.find_first_not_of("ivxlc") == std::string_view::npos;
  bool letters = inner.size() <= 2 && inner.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos;
  bool capital = inner.size() == 1 && inner[0] >= 'A' && inner[0] <= 'Z';
  if (!roman && !letters && !capital) return 0;
  if (close + 1 < s.size() && s[close + 1] != ' ' && s[close + 1] != '\t') return 0;
  return close + 1;
}

bool is_bare_label(std::string_view s) {
  if (sub_label_length(s) == s.size() && !s.empty()) return true;
  return leading_number(s) > 0 && s.back() == '.' && s.find(' ') == std::string_view::npos;
}

}  // namespace resdiff::load_detail::pagetext
