// Footnote markers: find them in the body text, take them out, remember which clause cited what.
//
// Markers come as `[^2]`, superscripts `¹²³`, or bare digits that an extractor glued on: to a
// word (`Amendment2`), to punctuation (`Terrorism,1`, `weapons;19`, `Development.2`), standing
// alone (`Material 3 by`, `Rights, 1 the`, `Conference, 15`), or to a year (`20055` is 2005 +
// marker 5, `of 19721` is 1972 + 1). Bare digits are mostly real numbers, so one rule decides:
// markers run 1, 2, 3 … in reading order. A bare candidate is a marker only when its value is
// the next one expected AND a footnote with that number is defined, and it is not guarded by
// context: after a reference word ("paragraph 5", "No. 39", "Goal 16"), after a quantity word
// ("the 13 steps", "of 2 December"), before a month ("1 April") or a range ("1 to 10",
// "8 and 9"). Worked example, A/RES/80/41 recital 15, with marker 5 expected next:
//
//   "… General Assembly on 16 September 20055 and the adoption … on 8 September 2006,6"
//        "16": standalone, 16 != 5      "20055": year 2005 + 5 == 5: marker, keep "2005"
//        "2006": 4 digits, no marker    "6" after ',': 6 == 6: marker
//
// A bare number followed by '.' is a paragraph number of run-on page text ("… insecurity.\n3. We
// recognize"), never a marker.
//
// Removal keeps the text readable: "Material 3 by" -> "Material  by" (white space collapses
// later), "Conference, 15" -> "Conference,", "Treaty 5, and" -> "Treaty, and".
#include <string>

#include "segment/passes.hpp"

namespace resdiff::segmenter {
namespace {

enum class Kind { Explicit, Superscript, Glued, Standalone };

struct Candidate {
  Kind kind;
  size_t begin = 0, end = 0;  // bytes of the digits (of "[^N]" for Explicit)
  int value = 0;              // as written (plain digits); -1 when too long to be a marker
  int year_rest = -1;         // for 5-7 digit runs "YYYYn": n
};

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

bool closing_punct(char32_t c) {
  return c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == '"';
}

/// The word ending at byte i (skipping blanks before it), as written: "vol." for "vol. 2445".
std::string_view word_before(std::string_view s, size_t i) {
  while (i > 0 && is_blank(char_before(s, i))) i -= 1;
  size_t end = i;
  while (i > 0 && !is_blank(char_before(s, i))) {
    size_t start = 0;
    char_before(s, i, &start);
    i = start;
  }
  return s.substr(i, end - i);
}

/// The word starting after byte i (skipping blanks), letters and digits only.
std::string_view word_after(std::string_view s, size_t i) {
  while (i < s.size() && is_blank(char_at(s, i))) ++i;
  size_t b = i;
  while (i < s.size()) {
    size_t next = 0;
    char32_t c = char_at(s, i, &next);
    if (!is_letter(c) && !is_digit(c) && c != 0x2013 && c != '-') break;
    i = next;
  }
  return s.substr(b, i - b);
}

/// "1 April", "1 to 10", "8 and 9 December": the number dates or counts.
bool guarded_after(std::string_view s, size_t end, const Lexicon& lex) {
  std::string_view next = word_after(s, end);
  if (month_number(lex, next) > 0) return true;
  if (listed(lex.range_words, next)) {
    size_t at = static_cast<size_t>(next.data() - s.data()) + next.size();
    std::string_view then = word_after(s, at);
    return !then.empty() && is_digit(static_cast<unsigned char>(then[0]));
  }
  return false;
}

/// The bare-digit candidate for the run [b, e), or nullopt when its neighbours rule it out.
std::optional<Candidate> digit_candidate(std::string_view s, size_t b, size_t e, const Lexicon& lex) {
  if (b == 0) return std::nullopt;
  char32_t after = char_at(s, e);
  if (e < s.size() && !is_blank(after) && after != ',' && after != ';' && after != ':' && after != '.' && after != ')')
    return std::nullopt;  // "22-point", "2nd", "16.4", "A/80/164"
  size_t before_start = 0;
  char32_t before = char_before(s, b, &before_start);
  Candidate c{Kind::Glued, b, e, e - b <= 3 ? std::stoi(std::string(s.substr(b, e - b))) : -1, -1};
  if (is_blank(before)) {
    if (after == '.') return std::nullopt;  // "insecurity.\n3. We recognize": a paragraph number
    c.kind = Kind::Standalone;
    if (e - b >= 5 && e - b <= 7) {
      int year = std::stoi(std::string(s.substr(b, 4)));
      if (year >= 1800 && year <= 2099 && s[b + 4] != '0') c.year_rest = std::stoi(std::string(s.substr(b + 4, e - b - 4)));
    }
    return c;
  }
  if (before == '.') {  // "Development.2": a sentence end, not "L.11", "Corr.2" or "16.4"
    std::string_view word = word_before(s, b);
    if (word.find('/') != std::string_view::npos || word.size() < 4) return std::nullopt;
    char32_t last = char_before(s, before_start);
    if (!is_lower(last) && last != ')') return std::nullopt;
    for (std::string_view abbr : lex.abbreviations)
      if (word.size() >= abbr.size() && word.substr(word.size() - abbr.size()) == abbr) return std::nullopt;
    return c;
  }
  if (is_letter(before) || closing_punct(before)) return c;
  return std::nullopt;  // after '/', '(', '-', '§' …
}

std::vector<Candidate> candidates(std::string_view s, const Lexicon& lex) {
  std::vector<Candidate> out;
  for (size_t i = 0; i < s.size();) {
    if (s.compare(i, 2, "[^") == 0) {
      size_t j = i + 2;
      while (j < s.size() && is_digit(static_cast<unsigned char>(s[j]))) ++j;
      if (j > i + 2 && j - i - 2 <= 4 && j < s.size() && s[j] == ']') {
        out.push_back({Kind::Explicit, i, j + 1, std::stoi(std::string(s.substr(i + 2, j - i - 2))), -1});
        i = j + 1;
        continue;
      }
    }
    size_t next = 0;
    char32_t c = char_at(s, i, &next);
    if (superscript_digit(c) >= 0) {
      Candidate sup{Kind::Superscript, i, next, 0, -1};
      for (size_t j = i; j < s.size() && superscript_digit(char_at(s, j)) >= 0; j = next) {
        sup.value = sup.value * 10 + superscript_digit(char_at(s, j, &next));
        sup.end = next;
      }
      out.push_back(sup);
      i = sup.end;
      continue;
    }
    if (is_digit(c)) {
      size_t e = i;
      while (e < s.size() && is_digit(static_cast<unsigned char>(s[e]))) ++e;
      if (auto cand = digit_candidate(s, i, e, lex)) out.push_back(*cand);
      i = e;
      continue;
    }
    i = next;
  }
  return out;
}

bool defined(const std::vector<std::string>& footnotes, int n) {
  return n >= 1 && static_cast<size_t>(n) <= footnotes.size() && !footnotes[static_cast<size_t>(n - 1)].empty();
}

/// Takes the markers out of one piece, advancing `expected`.
void take_from(Piece& piece, const std::vector<std::string>& footnotes, const Lexicon& lex, int& expected,
               Warnings& warnings) {
  const std::string& s = piece.text;
  std::string out;
  size_t copied = 0;
  for (const Candidate& c : candidates(s, lex)) {
    int number = 0;
    size_t cut_begin = c.begin, cut_end = c.end;
    switch (c.kind) {
      case Kind::Explicit:
      case Kind::Superscript:
        number = c.value;  // unambiguous: always taken out
        if (!defined(footnotes, number))
          warnings.push_back("line " + std::to_string(piece.line) + ": footnote " + std::to_string(number) +
                             " is cited but not defined");
        break;
      case Kind::Glued:
        if (c.value != expected || !defined(footnotes, c.value)) continue;
        number = c.value;
        break;
      case Kind::Standalone: {
        std::string_view prev = word_before(s, c.begin);
        bool reference = listed_exactly(lex.reference_words, prev);
        if (c.value == expected && defined(footnotes, expected) && !reference &&
            !listed(lex.quantity_words, prev) && !guarded_after(s, c.end, lex)) {
          number = c.value;
        } else if (c.year_rest == expected && defined(footnotes, expected) && !reference) {
          number = c.year_rest;
          cut_begin = c.begin + 4;  // keep the year
        } else {
          continue;
        }
        break;
      }
    }
    if (c.kind == Kind::Standalone && cut_begin == c.begin) {
      char32_t after = char_at(s, c.end);  // "Treaty 5, and" -> "Treaty, and"
      if (c.end >= s.size() || after == ',' || after == ';' || after == '.' || after == ':' || after == ')')
        while (cut_begin > copied && is_blank(static_cast<unsigned char>(s[cut_begin - 1]))) --cut_begin;
    }
    out.append(s, copied, cut_begin - copied);
    copied = cut_end;
    if (defined(footnotes, number)) piece.cites.push_back(Cite{out.size(), number});
    expected = number + 1;
  }
  out.append(s, copied, std::string::npos);
  piece.text = std::move(out);
}

}  // namespace

void take_markers(std::vector<Piece>& body, const std::vector<std::string>& footnotes, const Lexicon& lex,
                  Warnings& warnings) {
  int expected = 1;
  for (Piece& piece : body) take_from(piece, footnotes, lex, expected, warnings);
  for (size_t n = static_cast<size_t>(expected); n <= footnotes.size(); ++n)
    if (!footnotes[n - 1].empty())
      warnings.push_back("footnote " + std::to_string(n) + " is defined but no marker for it was found");
}

}  // namespace resdiff::segmenter
