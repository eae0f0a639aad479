// Footnotes of a paged source: the areas at the page bottoms and their numbered definitions.
//
// An area is what the reader found below a page's separator rule (Line::note_area). Without a
// rule, it starts at the first line, below some text, that opens with a superscript number
// ("¹ United Nations…") or a number glued to a capital ("1Resolution 98/1.", as pdftotext writes
// it), which no text line does; or, when font sizes are known, at the smaller-type block that
// ends the page, provided it starts with a number. A footnote that runs on from the page before
// opens the next area without a number: there the area starts below the widest gap above its
// first numbered footnote (in text without layout, after a blank line, or where the brackets of
// the run-on text balance). In text without layout (pdftotext), an area may be footnote numbers on
// lines of their own, each followed by its text ("1", "United Nations, Treaty Series, …"),
// consecutive up to the page's end.
//
// A definition starts at a line that begins with the next footnote number ("3 Resolution S-24/2,
// annex."); other lines continue the definition before them, also across a page break. The
// references to the footnotes in the text are left where they stand: markers.cpp decides them
// over the whole document.
//
//   "__________________"                         (the rule: the reader marks what follows)
//   "3  See A/74/548, annex."                     → definition 3
//   "4  See A/59/361."                            → definition 4
#include <string>

#include "segment/lines.hpp"
#include "segment/passes.hpp"

namespace resdiff::segmenter {
namespace {

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
  char32_t next = first_letter(t.substr(i));  // glued: "1Report of the…", but not an ordinal: "52ª sesión"
  if (is_letter(next) && !is_lower(next) && next != 0xAA && next != 0xBA) return {value, i};
  return {};
}

/// True when a line opens with a footnote number that no body line opens with: a superscript
/// ("¹ United Nations…") or digits glued to a capital ("1Resolution 98/1", as pdftotext writes it).
/// A number alone on its line is neither (bare_number_area_start reads those).
bool opens_with_note_number(std::string_view t) {
  NoteNumber number = note_number(t);
  if (number.number <= 0) return false;
  return superscript_at(t, 0) > 0 || (number.text_at > 0 && number.text_at < t.size() && digit(t[number.text_at - 1]));
}

/// The first line after some body text that opens with a superscript or glued footnote number, or page.size().
size_t marked_area_start(const std::vector<const Line*>& page) {
  for (size_t i = 1; i < page.size(); ++i)
    if (opens_with_note_number(page[i]->text)) return i;
  return page.size();
}

/// The value of a line that is nothing but a number of one to three digits ("4"), else 0.
int bare_number(const Line& line) {
  const std::string& t = line.text;
  if (t.empty() || t.size() > 3 || t.find_first_not_of("0123456789") != std::string::npos) return 0;
  return std::stoi(t);
}

/// For text without layout (pdftotext): the first line, below some body text, from which the rest
/// of the page is footnotes with their numbers on lines of their own — "4", "See A/59/361.", "5",
/// "Resolution 60/1." — numbered one after the other, each followed by its text; or page.size().
size_t bare_number_area_start(const std::vector<const Line*>& page) {
  bool body_above = false;
  for (size_t i = 0; i < page.size(); ++i) {
    if (page[i]->positioned) continue;
    int first = bare_number(*page[i]);
    if (body_above && first > 0) {
      int expected = first;
      bool text_after = true, ok = true;
      for (size_t j = i; j < page.size() && ok; ++j) {
        int n = bare_number(*page[j]);
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

/// Closing brackets minus opening ones in s.
int closing_brackets(std::string_view s) {
  int n = 0;
  for (char c : s) n += (c == ')' || c == ']') - (c == '(' || c == '[');
  return n;
}

/// Text without layout (pdftotext) may run a footnote on from the page before right below the
/// body's last line, with no blank line between them: "…bring to a" / "(NPT/CONF.2010/50 (Vol. I),
/// NPT/CONF.2010/50 (Vol. II) and" / "NPT/CONF.2010/50 (Vol. III))." / "8". When the line above the
/// area's first number ends a footnote and closes a bracket it did not open, the run-on starts at
/// the nearest line above (at most three more) from which its brackets balance: a page break
/// cuts a footnote's sentence, never its reference. Else at, as it was.
size_t run_on_start(const std::vector<const Line*>& page, size_t at) {
  if (at < 2 || !ends_footnote(page[at - 1]->text) || closing_brackets(page[at - 1]->text) <= 0) return at;
  int depth = 0;
  for (size_t k = at; k-- > 1 && k + 5 > at;) {
    if (page[k]->gap >= 1) break;
    depth += closing_brackets(page[k]->text);
    if (depth == 0) return k;
  }
  return at;
}

}  // namespace

size_t footnote_area_start(const std::vector<const Line*>& page, double body_size, bool continuing) {
  for (size_t i = 0; i < page.size(); ++i)
    if (page[i]->note_area) return i;
  // A line that opens with a superscript or glued number: no body line does, every footnote may.
  size_t at = marked_area_start(page);
  if (at == page.size()) at = bare_number_area_start(page);
  if (at < page.size() && continuing && !page[at]->positioned) {
    // Text without layout: a footnote run on from the page before tops the area as a block of
    // its own after a blank line.
    size_t k = at;
    while (k > 0 && page[k]->gap < 1 && k + 4 > at) --k;
    if (k < at && k > 0 && page[k]->gap >= 1) at = k;
    else at = run_on_start(page, at);
  }
  if (at == page.size() && body_size > 0) {
    // Or the block of smaller type that ends the page, opening with a number or continuing a footnote.
    size_t k = page.size();
    while (k > 0) {
      const Line& line = *page[k - 1];
      if (!(line.font_size > 0 && line.font_size < 0.93 * body_size)) break;
      --k;
    }
    for (size_t i = k; k > 0 && i < page.size() && at == page.size(); ++i)
      if (continuing || note_number(page[i]->text).number > 0) at = i;
  }
  if (at == page.size() || !continuing || !page[at]->positioned) return at;
  // A footnote continued from the page before tops the area without a number: the area then
  // starts below the widest gap just above the first numbered footnote.
  size_t best = at;
  for (size_t j = at; j > 0 && j + 6 > at && page[j - 1]->positioned; --j)
    if (page[j]->gap > page[best]->gap) best = j;
  return best;
}

bool ends_footnote(std::string_view text) {
  char32_t last = last_code_point(text);
  return last == '.' || last == ')' || last == ';' || last == 0x201D || last == ']';
}

std::vector<const Line*> parse_footnotes(const std::vector<const Line*>& area, const WordSet& words, const Lexicon& lex,
                                         std::map<int, Para>& defs, int& last_number, std::vector<std::string>& warnings) {
  std::vector<const Line*> unplaced;
  bool first = true;
  int open = defs.count(last_number) ? last_number : -1;  // the definition a line without a number continues
  for (const Line* at : area) {
    const Line& line = *at;
    // "* Any changes to the list of sponsors …": a note marked by an asterisk, kept as note 0.
    if (line.text.size() > 2 && line.text[0] == '*' && line.text[1] == ' ') {
      Para def = para_from_line(line);
      replace_range(def, 0, 2, "");
      defs[0] = std::move(def);
      open = 0;
      first = false;
      continue;
    }
    NoteNumber number = note_number(line.text);
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
      last_number = open = number.number;
    } else if (open >= 0 && defs.count(open)) {
      append_line(defs[open], line, words, lex);
    } else {
      warnings.push_back("line " + std::to_string(line.source_line) +
                         ": text in a footnote area without a footnote number, read as text: " + line.text.substr(0, 60));
      unplaced.push_back(at);
    }
  }
  return unplaced;
}

}  // namespace resdiff::segmenter
