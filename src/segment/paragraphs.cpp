// Paragraphs out of lines: a paged source's measured Lines in, the paragraphs a person reads out.
//
// A PDF (or text copied out of one) knows lines and pages, not paragraphs; the reader measured
// each line (load.hpp's Line) and this pass reads them, in stages over the whole document:
//   1. footnote areas: each page's bottom below the rule, or set in smaller type, or opened by
//      superscript numbers, becomes numbered definitions (notes.cpp);
//   2. paragraphs: the remaining lines, page after page, are joined into paragraphs (wraps.cpp
//      joins a line to the one before, end-of-line hyphens undone where the document says so);
//   3. operative numbers that column extraction pushed into a sentence go back to its start (and,
//      in pdftotext's plain text, hyphens it dropped when it joined a line go back in);
//   4. the definitions follow the body as "[^N]: text" blocks. References to them stay in the
//      text as they stand, raised digits written as superscripts: markers.cpp decides them.
//
// Stage 2 decides for each line whether it starts a paragraph. It does when it is an operative
// number alone ("1." — the text on the next line joins it) or at the start ("12. We…", if 12 is
// the next number or a fresh 1), a sub-paragraph label ("(a)"), after a gap (a blank line, or a
// vertical space wider than the usual line spacing), when indented past the line before (a first
// line), when it changes between bold and plain or between centred and not, or when the line
// before ended a clause (".", ";", ":", ",") and left room on the right for this line's first
// word, and this one starts with a capital — a line that ends a paragraph stops short, a line
// that is wrapped does not. A page break is just a wrap unless what survives it (numbers, labels,
// indentation, a short last line) says otherwise, or the line after it opens as a recital or an
// operative paragraph does ("Noting", "Calls upon") after a clause's end: so a sentence split by a
// page break, with a footnote area and a running header between its halves, reads as one
// paragraph, and two recitals on either side of a page break read as two.
//
// Raw text has no positions, fonts or italics. There indentation counts unless it is the hanging
// indent of a numbered paragraph (pdftotext -layout: "    1.   Calls upon …" / "         prevent"),
// and, in pdftotext's plain text (pages cut by form feeds, no blank lines), a few more lines start
// a paragraph: header lines ("[on the report …]", "80/41. Title", "The General Assembly,"), a
// capitalised line after a line far too short to be wrapped, a short heading after a clause's end,
// and a recital opener after a line ending a clause.
//
//   A/RES/75/58, the foot of page 1 and the top of page 2:
//   "Atomic Energy Agency on 8 July 2005, and their entry into force on 8 May 2016,"
//   (footnotes 1 and 2 below the rule; the running title and page number "2/3")
//   "Noting the support expressed in the Final Document of the Eighteenth Summit"
//   → a page break after "2016," before "Noting": two recitals, not one.
//   A/RES/76/28 at the same place: "… held in Baku on" / "25 and 26 October 2019,3 for …" → one.
#include <algorithm>
#include <cmath>

#include "segment/lines.hpp"
#include "segment/passes.hpp"

namespace resdiff::segmenter {
namespace {

/// What the paragraph rules know about the whole document.
struct Context {
  const Lexicon& lex;
  bool unmarked = false;  ///< pdftotext's plain text: see raw_header_line
};

/// The region of a line: its page and column, inside which positions compare.
int region(const Line& line) { return line.page * 3 + line.column; }

/// The most common font size of the lines, weighted by their length (0 when unknown).
double body_font_size(const std::vector<Line>& lines) {
  std::map<long, size_t> weight;
  for (const Line& line : lines)
    if (line.font_size > 0) weight[std::lround(line.font_size * 2)] += line.text.size();
  long best = 0;
  size_t most = 0;
  for (auto [size, w] : weight)
    if (w > most) most = w, best = size;
  return static_cast<double>(best) / 2;
}

/// Superscript digit for 0-9.
const char* superscript(int d) {
  static const char* const digits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  return digits[d];
}

/// The line with its raised digits written as superscript digits, the emphasis runs moved to match:
/// the page says they are footnote references.
Line with_superscripts(const Line& in) {
  if (in.raised.empty()) return in;
  Line out = in;
  out.text.clear();
  std::vector<size_t> map(in.text.size() + 1, 0);
  auto raised = [&](size_t i) {
    for (Span s : in.raised)
      if (i >= s.begin && i < s.end) return true;
    return false;
  };
  for (size_t i = 0; i < in.text.size(); ++i) {
    map[i] = out.text.size();
    char c = in.text[i];
    if (c >= '0' && c <= '9' && raised(i)) out.text += superscript(c - '0');
    else out.text += c;
  }
  map[in.text.size()] = out.text.size();
  for (auto* spans : {&out.italics, &out.bold, &out.raised})
    for (Span& s : *spans) s = {map[std::min(s.begin, in.text.size())], map[std::min(s.end, in.text.size())]};
  return out;
}

/// True when s ends a sentence or a clause: ".", ";", ":", "?", "!" or "," (recitals end with one),
/// or their Chinese ("。", "；", "：", "，", "？", "！") and Arabic ("،", "؛") forms,
/// maybe before closing quotes or brackets and a footnote number, glued or not ("annexes.5",
/// "2030;15", "Terrorism, 1").
bool ends_clause_line(std::string_view s) {
  while (!s.empty()) {
    char32_t c = last_code_point(s);
    size_t length = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    bool closing = c == ')' || c == ']' || c == '"' || c == '\'' || c == 0x201D || c == 0x2019 ||
                   superscript_value(s.substr(s.size() - std::min(length, s.size()))) >= 0;
    if (c >= '0' && c <= '9') {
      size_t i = s.size();
      while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') --i;
      if (i == 0 || s.size() - i > 3) return false;
      size_t p = i;
      if (s[p - 1] == ' ' && p >= 2 && s[p - 2] == ',') --p;  // "Terrorism, 1"
      char before = s[p - 1];
      if (before != '.' && before != ';' && before != ':' && before != ',' && before != ')') return false;
      s = s.substr(0, p);
      continue;
    }
    if (!closing)
      return c == '.' || c == ';' || c == ':' || c == '?' || c == '!' || c == ',' || c == 0x3002 || c == 0xFF1B ||
             c == 0xFF1A || c == 0xFF0C || c == 0xFF1F || c == 0xFF01 || c == 0x060C || c == 0x061B;
    s.remove_suffix(std::min(length, s.size()));
  }
  return false;
}

/// True when the whole of a line is bold.
bool all_bold(const Line& line) {
  size_t covered = 0;
  for (Span s : line.bold) covered += s.end - s.begin;
  return !line.text.empty() && covered + 2 >= line.text.size() && !line.bold.empty();
}

/// True when the first word of cur would have fitted at the end of prev: prev stopped short.
bool stopped_short(const Line& prev, const Line& cur) { return prev.room > cur.first_word; }

/// True when cur continues prev's paragraph under a hanging indent, aligned with the text after
/// prev's number or label ("1.  Calls upon …" / "    prevent …").
bool hanging(const Line& prev, const Line& cur) {
  // A label, or a first word set apart from the rest ("80/41.  Measures … weapons of" / "  mass destruction").
  bool set_apart = prev.positioned && prev.second_indent > prev.indent + prev.first_word + 0.7 * std::max(prev.font_size, 6.0);
  if (leading_number(prev.text) == 0 && sub_label_length(prev.text) == 0 && !set_apart) return false;
  return cur.positioned ? std::abs(cur.indent - prev.second_indent) < 2 : cur.indent == prev.second_indent;
}

/// True when t opens as a recital or an operative paragraph does: a capitalised opener word of the
/// lexicon ("Noting", "Deeply concerned", "Calls upon").
bool opens_clause(std::string_view t, const Lexicon& lex) {
  std::string_view word = first_word(t);
  if (word.empty() || !is_upper(char_at(word, 0))) return false;
  return listed(lex.recital_openers, word) || listed(lex.operative_openers, word);
}

/// Plain pdftotext text: cur opens a paragraph of its own — a report line ("[on the report of
/// …]"), the symbol and title ("80/41. Measures …"), "The General Assembly," and the other header
/// lines of the lexicon, a closing line, any capitalised line after a line far too short to be
/// wrapped ("Eightieth session", "Agenda item 99 (t)"), or a short line without an end after a
/// clause's end (a section heading: "Peacebuilding financing").
bool raw_header_line(const Context& c, const Line& prev, const Line& cur) {
  const std::string& t = cur.text;
  if (t.empty() || last_code_point(prev.text) == '-') return false;
  if (t[0] == '[') return true;
  size_t slash = t.find('/');
  if (slash > 0 && slash <= 3 && t.find_first_not_of("0123456789") == slash) {
    size_t dot = t.find_first_not_of("0123456789", slash + 1);
    if (dot > slash + 1 && dot + 1 < t.size() && t[dot] == '.' && t[dot + 1] == ' ') return true;
  }
  if (read_closing(t, c.lex)) return true;
  if (t.rfind(c.lex.assembly, 0) == 0) return true;
  if (!c.lex.adopted_by.empty() && t.rfind(c.lex.adopted_by, 0) == 0) return true;
  if (cur.width <= 0 || prev.width <= 0 || !is_upper(first_letter(t))) return false;
  bool heading = cur.width < 0.6 && !ends_clause_line(t) && ends_clause_line(prev.text);  // "Peacebuilding financing"
  return heading || prev.width < 0.6;
}

/// True when the operative number n may start a paragraph where next is expected.
bool expected_number(int n, int next) { return n == 1 || (n >= next && n <= next + 3); }

/// True when s is nothing but a number of one to three digits ("1"): a marker set apart.
bool is_bare_number(std::string_view s) {
  return !s.empty() && s.size() <= 3 && s.find_first_not_of("0123456789") == std::string_view::npos;
}

/// Decides whether cur starts a new paragraph after prev (see the essay above).
bool starts_paragraph(const Context& c, const Line& prev, const Line& cur, int next_op) {
  const std::string& text = cur.text;
  if (is_bare_label(text)) return true;
  if (int n = leading_number(text); n > 0 && expected_number(n, next_op)) return true;
  if (sub_label_length(text) > 0) {
    bool indented = !cur.positioned || cur.indent > 0.5 * cur.font_size;
    if (indented || ends_clause_line(prev.text)) return true;
  }
  const double size = std::max(cur.font_size, 6.0);
  const bool same_region = region(prev) == region(cur);
  if (same_region) {
    if (cur.gap > (cur.positioned ? 0.2 : 0.5)) return true;  // a fifth of an em of white space, or a blank line
    if (cur.positioned && prev.positioned) {
      bool flush_right = prev.flush_right && cur.flush_right;  // "Distr.: General" / "4 November 2025"
      if (cur.indent > prev.indent + 0.8 * size && !hanging(prev, cur) && !flush_right) return true;
      if (all_bold(prev) != all_bold(cur)) return true;
      if (prev.centred != cur.centred) return true;
      if (prev.font_size > 0 && cur.font_size > 0 && std::abs(prev.font_size - cur.font_size) > 0.15 * size) return true;
    } else if (!cur.positioned && cur.indent > prev.indent && !hanging(prev, cur)) {
      return true;
    }
  } else if (cur.positioned) {  // a page or column break: indented past the margin, unless aligned as before
    bool aligned = prev.positioned && prev.column == cur.column && std::abs(cur.left - prev.left) < 2;
    if (cur.indent > 0.8 * size && !aligned) return true;
  }
  if (!cur.positioned && c.unmarked && raw_header_line(c, prev, cur)) return true;
  // After a clause's end, a recital or operative opener opens a clause across a page break (where
  // the blank line between paragraphs is lost) and in text that shows no blank lines at all.
  if ((!same_region || c.unmarked) && ends_clause_line(prev.text) && opens_clause(text, c.lex)) return true;
  // The closing alone at the top of the last page: "52nd plenary meeting" after the last clause.
  if (!same_region && ends_clause_line(prev.text) && !c.lex.plenary_meeting.empty() &&
      !text.empty() && text[0] >= '0' && text[0] <= '9' && text.find(c.lex.plenary_meeting) != std::string::npos)
    return true;
  // A line after a clause's end that stopped short opens a paragraph, when it opens as clauses do
  // in the language: with a capital, or with anything where clauses need none (zh, ar, ru).
  const bool opens = is_upper(first_letter(text)) || !c.lex.capitalised_clauses;
  return ends_clause_line(prev.text) && opens && stopped_short(prev, cur);
}

/// Joins the body lines into paragraphs.
std::vector<Para> build_paragraphs(const Context& c, const std::vector<const Line*>& body, const WordSet& words) {
  std::vector<Para> paras;
  const Line* prev = nullptr;
  bool label_only = false;
  int next_op = 1;
  const Line* before = nullptr;  // the line before prev
  for (const Line* at : body) {
    const Line& line = *at;
    // A footnote's marker set apart onto a line of its own ("… Celestial Bodies," / "1") ends its
    // line's clause as it would at that line's end ("… Celestial Bodies, 1").
    Line marked;
    const Line* end = prev;
    if (prev && before && !label_only && !paras.empty() && is_bare_number(prev->text)) {
      marked = *prev;
      marked.text = before->text + " " + prev->text;
      end = &marked;
    }
    bool start = !prev || (label_only ? is_bare_label(line.text) : starts_paragraph(c, *end, line, next_op));
    if (start) {
      paras.push_back(para_from_line(line));
      if (int n = leading_number(line.text); n > 0 && expected_number(n, next_op)) next_op = n + 1;
      label_only = is_bare_label(line.text);
    } else {
      append_line(paras.back(), line, words, c.lex);
      label_only = false;
    }
    before = prev;
    prev = &line;
  }
  return paras;
}

/// Puts operative numbers that column extraction left inside a sentence ("…to prevent 1.
/// terrorists…") back at the start of their paragraph, when each is the next number expected.
void restore_displaced_numbers(std::vector<Para>& paras) {
  int next = 1;
  for (Para& para : paras) {
    if (int n = leading_number(para.text); n > 0) {
      next = n + 1;
      continue;
    }
    if (sub_label_length(para.text) > 0) continue;
    std::string label(1, ' ');  // built step by step: g++ 12 warns falsely on " " + std::string
    label.append(std::to_string(next)).append(". ");
    for (size_t at = para.text.find(label); at != std::string::npos; at = para.text.find(label, at + 1)) {
      char32_t before = last_code_point(std::string_view(para.text).substr(0, at));
      if (before == '.' || before == ';' || before == ':' || (before >= '0' && before <= '9')) continue;
      if (!is_lower(first_letter(std::string_view(para.text).substr(at + label.size())))) continue;
      replace_range(para, at, at + label.size() - 1, "");
      replace_range(para, 0, 0, label.substr(1));
      ++next;
      break;
    }
  }
}

/// True for an ASCII letter.
bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// pdftotext (default mode) joins a line that ends with a hyphen to the next one and drops the
/// hyphen, compounds included ("nuclear-" + "weapon" → "nuclearweapon", "Non-" + "Proliferation"
/// → "NonProliferation"). Puts the hyphen back into a word when the document writes that word with
/// a hyphen elsewhere ("nuclear-weapon States"). A hyphen the document shows nowhere else
/// ("dealert" for "de-alert") cannot be told from a real word and stays out.
void restore_dropped_hyphens(std::vector<Para>& paras, std::map<int, Para>& defs) {
  std::map<std::string, size_t> hyphenated;  // "nuclearweapon" -> 7, where its hyphen goes
  auto scan = [&](const std::string& text, auto&& visit) {
    size_t i = 0;
    while (i < text.size()) {
      if (!ascii_letter(text[i])) {
        ++i;
        continue;
      }
      size_t e = i;
      while (e < text.size() && ascii_letter(text[e])) ++e;
      visit(i, e);
      i = e;
    }
  };
  auto learn = [&](const std::string& text) {
    scan(text, [&](size_t b, size_t e) {
      std::string word = text.substr(b, e - b);
      if (e < text.size() && text[e] == '-' && (b == 0 || text[b - 1] != '-')) {
        size_t f = e + 1;
        while (f < text.size() && ascii_letter(text[f])) ++f;
        if (f > e + 1) hyphenated.emplace(word + text.substr(e + 1, f - e - 1), word.size());
      }
    });
  };
  for (const Para& para : paras) learn(para.text);
  for (const auto& [n, def] : defs) learn(def.text);
  std::vector<Para*> all;
  for (Para& para : paras) all.push_back(&para);
  for (auto& [n, def] : defs) all.push_back(&def);
  for (Para* p : all) {
    Para& para = *p;
    std::vector<size_t> at;
    scan(para.text, [&](size_t b, size_t e) {
      auto it = hyphenated.find(para.text.substr(b, e - b));
      if (it != hyphenated.end() && (b == 0 || para.text[b - 1] != '-')) at.push_back(b + it->second);
    });
    for (size_t k = at.size(); k-- > 0;) replace_range(para, at[k], at[k], "-");
  }
}

/// True for an opening quote or bracket, or a blank, that may stand before a clause's first letter.
bool is_opener(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 || c == 0x201E ||
         c == 0x00AB || c == ' ';
}

}  // namespace

char32_t first_letter(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t next = 0;
    char32_t c = char_at(s, i, &next);
    if (!is_opener(c)) return c;
    i = next;
  }
  return 0;
}

char32_t last_code_point(std::string_view s) { return char_before(s, s.size()); }

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

int superscript_value(std::string_view s) {
  if (s.empty()) return -1;
  int value = 0;
  for (size_t i = 0, next = 0; i < s.size(); i = next) {
    int d = superscript_digit(char_at(s, i, &next));
    if (d < 0 || value > 9999) return -1;
    value = value * 10 + d;
  }
  return value;
}

std::vector<Block> paragraphs_from_lines(const std::vector<Line>& input, bool unmarked, const Lexicon& lex,
                                         std::vector<std::string>& warnings) {
  std::vector<Line> lines;
  lines.reserve(input.size());
  for (const Line& line : input)
    if (!line.text.empty()) lines.push_back(with_superscripts(line));
  const double body_size = body_font_size(lines);

  WordSet words;
  for (const Line& line : lines) add_words(line.text, words);

  // Split each page into body and footnote area; what the area holds that is no footnote is text.
  std::vector<const Line*> body;
  std::map<int, Para> defs;
  int last_note = 0;
  bool continuing = false;  // the last footnote of the page before runs on
  for (size_t i = 0; i < lines.size();) {
    std::vector<const Line*> page;
    for (const int number = lines[i].page; i < lines.size() && lines[i].page == number; ++i) page.push_back(&lines[i]);
    size_t start = footnote_area_start(page, body_size, continuing);
    body.insert(body.end(), page.begin(), page.begin() + static_cast<long>(start));
    std::vector<const Line*> area(page.begin() + static_cast<long>(start), page.end());
    std::vector<const Line*> text = parse_footnotes(area, words, lex, defs, last_note, warnings);
    body.insert(body.end(), text.begin(), text.end());
    continuing = !area.empty() && !ends_footnote(area.back()->text);
  }

  const Context context{lex, unmarked};
  std::vector<Para> paras = build_paragraphs(context, body, words);
  restore_displaced_numbers(paras);
  if (unmarked) restore_dropped_hyphens(paras, defs);

  std::vector<Block> blocks;
  for (Para& para : paras) {
    Block block = finish(std::move(para));
    if (!block.text.empty()) blocks.push_back(std::move(block));
  }
  for (auto& [n, def] : defs) {
    replace_range(def, 0, 0, n == 0 ? std::string("[^*]: ") : "[^" + std::to_string(n) + "]: ");
    blocks.push_back(finish(std::move(def)));
  }
  return blocks;
}

}  // namespace resdiff::segmenter
