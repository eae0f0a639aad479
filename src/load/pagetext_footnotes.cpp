// Footnotes in page text: the areas at the page bottoms, their numbered definitions, and the
// markers in the body that cite them.
//
// An area starts at a separator line ("__________________"); at the first line, below some body
// text, that opens with a superscript number ("¹ United Nations…") or a number glued to a capital
// ("1Resolution 98/1.", as pdftotext writes it), which no body line does; or, when font sizes are
// known, at the smaller-type block that ends the page, provided it starts with a number. A
// footnote that runs on from the page before opens the next area without a number: there the
// area starts below the widest gap above its first numbered footnote. A definition starts at a
// In text without layout (pdftotext), an area may be footnote numbers on lines of their own, each
// followed by its text ("1", "", "United Nations, Treaty Series, …"), consecutive up to the page's
// end. A definition starts at a
// line that begins with the next footnote number ("3 Resolution S-24/2, annex."); other lines
// continue the definition before them, also across a page break.
//
// Markers in extracted text are bare digits, and most digits in a resolution are not markers.
// The numbering decides: markers run 1, 2, 3… in reading order, so the reader looks only for the
// next number, only from where the previous marker stood, and only when a definition for it
// exists. A candidate is the number as a superscript; glued to a word ("Development6") or to
// punctuation ("Development.2", "session,3", "2030;15"); after a word and a space ("Social
// Development 1 and", "Commitment, 7 which", but not "resolution 1", "on 4 November", "all 17
// Goals"); in parentheses ("Terrorism (1)"); or glued to a year ("2024–203412" is 2034 + 12).
// Glued markers may also run together: "2016,23" after "2016," is markers 2 and 3 when 2 is next.
//
//   next marker 12, definition 12 exists:
//   "…for the Decade 2024–203412 and the Antigua…"  →  "…for the Decade 2024–2034[^12] and the Antigua…"
#include <set>
#include <string>

#include "load/pagetext_parts.hpp"
#include "resdiff/language.hpp"

namespace resdiff::load_detail::pagetext {
namespace {

/// A separator line: five or more underscores.
bool is_separator(std::string_view t) {
  return t.size() >= 5 && t.find_first_not_of('_') == std::string_view::npos;
}

/// Byte length of the superscript digit at s[i], or 0.
size_t superscript_at(std::string_view s, size_t i) {
  auto b = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  if (b(0) == 0xC2 && (b(1) == 0xB9 || b(1) == 0xB2 || b(1) == 0xB3)) return 2;
  if (b(0) == 0xE2 && b(1) == 0x81 && (b(2) == 0xB0 || (b(2) >= 0xB4 && b(2) <= 0xB9))) return 3;
  return 0;
}

/// True for an ASCII digit.
bool digit(char c) { return c >= '0' && c <= '9'; }

/// A footnote number opening a line and where the footnote's text starts after it.
struct NoteNumber {
  int number = 0;
  size_t text_at = 0;
};

/// Reads the footnote number opening a definition line: "3 Resolution…", "¹Resolution…", "1Report…".
NoteNumber note_number(std::string_view t) {
  size_t i = 0;
  while (size_t len = superscript_at(t, i)) i += len;
  if (i > 0) {
    int value = superscript_value(t.substr(0, i));
    while (i < t.size() && t[i] == ' ') ++i;
    return {value > 0 ? value : 0, i};
  }
  while (i < t.size() && digit(t[i])) ++i;
  if (i == 0 || i > 3) return {};
  int value = std::stoi(std::string(t.substr(0, i)));
  if (i == t.size()) return {value, i};
  if (t[i] == ' ' || t[i] == '\t') {
    size_t at = i;
    while (at < t.size() && (t[at] == ' ' || t[at] == '\t')) ++at;
    return {value, at};
  }
  char32_t next = first_letter(t.substr(i));  // glued: "1Report of the…"
  if (is_letter(next) && !is_lower(next)) return {value, i};
  return {};
}

/// True for a word after which a number is never a footnote marker, in any language: nouns that
/// take a number ("resolution 1", "principle 7") and small words a marker never follows ("on 4").
bool blocks_marker(std::string_view word) { return lang::listed_in_any(&Language::marker_blockers, word); }

/// True for a word after a number that makes it a quantity or a date ("17 Goals", "4 November").
bool counts(std::string_view word) {
  return lang::listed_in_any(&Language::count_nouns, word) || lang::listed_in_any(&Language::months, word);
}

/// Lower-case ASCII copy without trailing punctuation, for looking words up.
std::string bare_word(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ';' || w.back() == ':')) w.remove_suffix(1);
  std::string out(w);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

/// The white-space-delimited token that ends at byte end of s.
std::string_view token_before(std::string_view s, size_t end) {
  size_t begin = s.find_last_of(" \t\n", end == 0 ? 0 : end - 1);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  return begin >= end ? std::string_view() : s.substr(begin, end - begin);
}

/// The white-space-delimited token that starts after the spaces at byte begin of s.
std::string_view token_after(std::string_view s, size_t begin) {
  while (begin < s.size() && (s[begin] == ' ' || s[begin] == '\t')) ++begin;
  size_t end = s.find_first_of(" \t\n", begin);
  return s.substr(begin, (end == std::string_view::npos ? s.size() : end) - begin);
}

/// True when what follows a digit run at byte e may follow a footnote marker.
bool marker_may_end(std::string_view s, size_t e) {
  if (e >= s.size()) return true;
  char c = s[e];
  if (c == ' ' || c == '\t' || c == '\n' || c == ')' || c == ';' || c == ':') return true;
  if (c == '.' || c == ',') return e + 1 >= s.size() || !digit(s[e + 1]);
  return s.substr(e, 3) == "\u201D" || s.substr(e, 3) == "\u2019" || s.substr(e, 3) == "\u2013";
}

/// True for punctuation that a marker may be glued to: ".2", ",3", ";15", ")4", "”5".
bool marker_may_follow(char32_t c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '"' || c == '\'' ||
         c == 0x201D || c == 0x2019;
}

/// Byte range [begin, end) to replace by the marker for number n, found at or after from.
struct Hit {
  size_t begin = 0;
  size_t end = 0;
};

/// Judges the ASCII digit run s[b, e) as the marker of n; fills hit when it is one.
bool judge_digits(std::string_view s, size_t b, size_t e, const std::string& n, Hit& hit) {
  std::string_view run = s.substr(b, e - b);
  if (b >= 2 && s[b - 2] == '[' && s[b - 1] == '^') return false;
  if (!marker_may_end(s, e)) return false;
  char32_t before = b == 0 ? 0 : last_code_point(s.substr(0, b));
  std::string_view previous = token_before(s, b);
  // Glued to a year: "20055" = 2005 + 5, "2024–203412" = 2034 + 12.
  if (run.size() == 4 + n.size() && run.substr(4) == n) {
    int year = std::stoi(std::string(run.substr(0, 4)));
    bool free_before = b == 0 || before == ' ' || before == 0x2013 || before == '-' || before == '(';
    std::string_view word = token_before(s, b > 0 && s[b - 1] == ' ' ? b - 1 : 0);
    if (year >= 1900 && year <= 2099 && free_before && !blocks_marker(bare_word(word))) {
      hit = {b + 4, e};
      return true;
    }
    return false;
  }
  // Markers glued together: "2016,23" cites 2 and 3, "2006,56" 5 and 6; the run is n, n+1, …
  size_t glued_end = e;
  if (run.size() > n.size() && run.substr(0, n.size()) == n && (is_letter(before) || marker_may_follow(before))) {
    std::string_view rest = run.substr(n.size());
    for (int k = std::stoi(n) + 1; !rest.empty(); ++k) {
      std::string next = std::to_string(k);
      if (rest.substr(0, next.size()) != next) return false;
      rest.remove_prefix(next.size());
    }
    glued_end = b + n.size();
    run = run.substr(0, n.size());
  }
  if (run != n) return false;
  if (is_letter(before)) {  // "Development6", but not "G20", "COP28"
    bool acronym = true;
    for (size_t i = previous.size(); i > 0;) {
      char32_t c = last_code_point(previous.substr(0, i));
      if (!is_letter(c)) break;
      if (!is_upper(c)) acronym = false;
      --i;
      while (i > 0 && (static_cast<unsigned char>(previous[i]) & 0xC0) == 0x80) --i;
    }
    if (acronym) return false;
    hit = {b, glued_end};
    return true;
  }
  if (marker_may_follow(before)) {  // "Development.2", "session,3", "2030;15", not "0.7", "A/80/L.5"
    if (previous.find('/') != std::string_view::npos && before != ',' && before != ';') return false;  // "A/80/L.5", not "79/42,7"
    size_t at = b - (before < 0x80 ? 1 : 3);
    char32_t before_that = at == 0 ? 0 : last_code_point(s.substr(0, at));
    size_t lead = at;  // the digits before the punctuation: "1,234" is a number, "2024,234" a year and markers
    while (lead > 0 && digit(s[lead - 1])) --lead;
    bool grouping = at - lead <= 3 && e - b == 3;
    if (before_that >= '0' && before_that <= '9' && (before == '.' || (before == ',' && grouping))) return false;
    hit = {b, glued_end};
    return true;
  }
  if (glued_end != e) return false;
  if (before == '(' && e < s.size() && s[e] == ')') {  // "Terrorism (1)"
    size_t p = b - 1;
    while (p > 0 && s[p - 1] == ' ') --p;
    if (p == 0) return false;
    std::string_view word = token_before(s, p);
    if (blocks_marker(bare_word(word))) return false;
    hit = {p, e + 1};
    return true;
  }
  if (before == ' ' || before == '\t') {  // "Social Development 1 and", "Commitment, 7 which"
    size_t p = b;
    while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\t')) --p;
    if (p == 0) return false;
    char32_t last = last_code_point(s.substr(0, p));
    if (!is_letter(last) && !marker_may_follow(last)) return false;
    std::string_view word = token_before(s, p);
    if (word.find('/') != std::string_view::npos || blocks_marker(bare_word(word))) return false;
    if (e < s.size() && s[e] == '.' && (e + 1 == s.size() || s[e + 1] == ' ')) return false;  // "all. 8. We"
    std::string_view next = token_after(s, e);
    if (!next.empty() && (digit(next[0]) || counts(bare_word(next)))) return false;
    hit = {p, e};
    return true;
  }
  return false;
}

/// Finds the marker of footnote n in s at or after byte from.
bool find_marker(std::string_view s, size_t from, int n, Hit& hit) {
  const std::string number = std::to_string(n);
  for (size_t i = from; i < s.size();) {
    if (superscript_at(s, i) > 0) {  // "2006,⁵⁶" holds markers 5 and 6: n may be a prefix of the run
      size_t e = i;
      std::string digits;
      while (size_t l = superscript_at(s, e)) {
        e += l;
        digits += std::to_string(superscript_value(s.substr(e - l, l)));
        if (digits == number) {
          hit = {i, e};
          return true;
        }
      }
      i = e;
      continue;
    }
    if (digit(s[i]) && (i == 0 || !digit(s[i - 1]))) {
      size_t e = i;
      while (e < s.size() && digit(s[e])) ++e;
      if (judge_digits(s, i, e, number, hit)) return true;
      i = e;
      continue;
    }
    ++i;
  }
  return false;
}

/// True when a line opens with a footnote number that no body line opens with: a superscript
/// ("¹ United Nations…") or digits glued to a capital ("1Resolution 98/1", as pdftotext writes it).
bool opens_with_note_number(std::string_view t) {
  NoteNumber number = note_number(t);
  if (number.number <= 0) return false;
  return superscript_at(t, 0) > 0 || (number.text_at > 0 && digit(t[number.text_at - 1]));
}

/// The first line after some body text that opens with a superscript or glued footnote number, or page.size().
size_t marked_area_start(const std::vector<Line>& page) {
  bool body_above = false;
  for (size_t i = 0; i < page.size(); ++i) {
    if (page[i].blank) continue;
    if (body_above && opens_with_note_number(page[i].in.text)) return i;
    body_above = true;
  }
  return page.size();
}

/// The value of a line that is nothing but a number of one to three digits ("4"), else 0.
int bare_number(const Line& line) {
  const std::string& t = line.in.text;
  if (line.blank || t.size() > 3 || t.find_first_not_of("0123456789") != std::string::npos) return 0;
  return std::stoi(t);
}

/// For text without layout (pdftotext): the first line, below some body text, from which the rest
/// of the page is footnotes with their numbers on lines of their own — "4", "See A/59/361.", "5",
/// "Resolution 60/1." — numbered one after the other, each followed by its text; or page.size().
size_t bare_number_area_start(const std::vector<Line>& page) {
  bool body_above = false;
  for (size_t i = 0; i < page.size(); ++i) {
    if (page[i].blank || page[i].in.positioned) continue;
    int first = bare_number(page[i]);
    if (body_above && first > 0) {
      int expected = first;
      bool text_after = true, ok = true;
      for (size_t j = i; j < page.size() && ok; ++j) {
        if (page[j].blank) continue;
        int n = bare_number(page[j]);
        if (n > 0) {
          ok = text_after && n == expected;
          ++expected;
          text_after = false;
        } else {
          text_after = true;
        }
      }
      if (ok && text_after) return i;
    }
    body_above = true;
  }
  return page.size();
}

}  // namespace

size_t footnote_area_start(const std::vector<Line>& page, double body_size, bool continuing) {
  for (size_t i = page.size(); i-- > 0;)
    if (!page[i].blank && is_separator(page[i].in.text)) return i;
  // A line that opens with a superscript or glued number: no body line does, every footnote may.
  size_t at = marked_area_start(page);
  if (at == page.size()) at = bare_number_area_start(page);
  if (at < page.size() && continuing && !page[at].in.positioned) {
    // Text without layout: a footnote run on from the page before tops the area as a block of
    // its own after a blank line.
    size_t k = at;
    while (k > 0 && !page[k - 1].blank && k + 4 > at) --k;
    if (k < at && k > 1 && page[k - 1].blank) at = k;
  }
  if (at == page.size() && body_size > 0) {
    // Or the block of smaller type that ends the page, opening with a number or continuing a footnote.
    size_t k = page.size();
    while (k > 0) {
      const Line& line = page[k - 1];
      if (!line.blank && !(line.in.font_size > 0 && line.in.font_size < 0.93 * body_size)) break;
      --k;
    }
    bool body_above = false;
    for (size_t i = 0; i < k; ++i) body_above = body_above || !page[i].blank;
    for (size_t i = k; body_above && i < page.size() && at == page.size(); ++i)
      if (!page[i].blank && (continuing || note_number(page[i].in.text).number > 0)) at = i;
  }
  if (at == page.size() || !continuing || !page[at].in.positioned) return at;
  // A footnote continued from the page before tops the area without a number: the area then
  // starts below the widest gap just above the first numbered footnote.
  size_t best = at;
  auto gap_above = [&](size_t i) { return page[i].in.top - page[i - 1].in.top; };
  for (size_t j = at; j > 0 && j + 6 > at && page[j - 1].in.positioned && !page[j - 1].blank; --j)
    if (gap_above(j) > gap_above(best)) best = j;
  return best;
}

bool ends_footnote(std::string_view text) {
  char32_t last = last_code_point(text);
  return last == '.' || last == ')' || last == ';' || last == 0x201D || last == ']';
}

void parse_footnotes(const std::vector<Line>& area, const WordSet& words, std::map<int, Para>& defs,
                     int& last_number, std::vector<std::string>& warnings) {
  bool first = true;
  for (const Line& line : area) {
    if (line.blank || is_separator(line.in.text)) continue;
    NoteNumber number = note_number(line.in.text);
    bool starts = number.number > 0 &&
                  (number.number == last_number + 1 || (first && number.number > last_number && !defs.count(number.number)));
    first = false;
    if (starts) {
      if (last_number > 0 && number.number != last_number + 1)
        warnings.push_back("footnote " + std::to_string(number.number) + " follows footnote " +
                           std::to_string(last_number) + ": numbers missing in between");
      Para def = para_from_line(line);
      replace_range(def, 0, number.text_at, "");
      defs[number.number] = std::move(def);
      last_number = number.number;
    } else if (defs.count(last_number)) {
      Para& def = defs[last_number];
      append_line(def, line, words);
    } else {
      warnings.push_back("line " + std::to_string(line.in.source_line) +
                         ": text in a footnote area without a footnote number, dropped: " + line.in.text.substr(0, 60));
    }
  }
}

void link_markers(std::vector<Para>& body, const std::map<int, Para>& defs, std::vector<std::string>& warnings) {
  size_t para = 0, offset = 0;
  for (const auto& [n, def] : defs) {
    bool found = false;
    for (size_t p = para; p < body.size() && !found; ++p) {
      Hit hit;
      if (!find_marker(body[p].text, p == para ? offset : 0, n, hit)) continue;
      std::string marker = "[^" + std::to_string(n) + "]";
      replace_range(body[p], hit.begin, hit.end, marker);
      para = p;
      offset = hit.begin + marker.size();
      found = true;
    }
    if (!found) warnings.push_back("footnote " + std::to_string(n) + ": no marker for it found in the text");
  }
}

}  // namespace resdiff::load_detail::pagetext
