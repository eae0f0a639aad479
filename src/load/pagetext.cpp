// Page text repair: pages of lines in, the paragraphs a person reads out.
//
// A PDF (or text copied out of one) knows lines and pages, not paragraphs. The repair runs in
// stages over the whole document:
//   1. furniture: symbols, job numbers, barcodes, page numbers and running titles go
//      (pagetext_furniture.cpp);
//   2. footnote areas: the page bottoms below a separator, or set in smaller type, become
//      numbered definitions (pagetext_footnotes.cpp);
//   3. paragraphs: the remaining lines, page after page, are joined into paragraphs;
//   4. operative numbers that column extraction pushed into a sentence go back to its start (and,
//      in pdftotext's plain text, hyphens it dropped when it joined a line go back in);
//   5. markers: the digits citing footnotes become "[^N]", and the definitions follow the body
//      as "[^N]: text" blocks.
//
// Stage 3 decides for each line whether it starts a paragraph. It does when it is an operative
// number alone ("1." — the text on the next line joins it) or at the start ("12. We…", if 12 is
// the next number or a fresh 1), a sub-paragraph label ("(a)"), after a blank line, after a
// vertical gap wider than the usual line spacing, when indented past the line before (a first
// line), when it changes between bold and plain or between centred and not, or when the line
// before ended a clause (".", ";", ":", ",") and left room on the right for this line's first
// word, and this one starts with a capital — a line that ends a paragraph stops short, a line
// that is wrapped does not. A page break is
// just a wrap unless those signals that survive it (numbers, labels, indentation, a short last
// line) say otherwise: so a sentence split by a page break, with a footnote area and a running
// header between its halves, is read as one paragraph.
//
// Raw text has no positions, fonts or italics. There indentation counts unless it is the hanging
// indent of a numbered paragraph (pdftotext -layout: "    1.   Calls upon …" / "         prevent"),
// and, in pdftotext's plain text (pages cut by form feeds), a few more lines start a paragraph:
// header lines ("[on the report …]", "80/41. Title", "The General Assembly,"), a capitalised line
// after a line far too short to be wrapped, a short heading after a clause's end, and a recital
// opener ("Emphasizing", "Deeply concerned") after a line ending in a comma — character counts
// cannot tell a full line of narrow letters from a short one.
//
//   "We acknowledge the urgent need to address profound social challenges,"   ← after "2." alone
//   "…their distressing"                                   (page 1 ends, footnotes, header)
//   "consequences in accordance with international law, …" (page 2 starts: continues)
//   "3."                                                    (operative number alone: new)
//   → "2. We acknowledge … their distressing consequences in accordance with … insecurity."
//   → "3. We recognize that …"
#include <algorithm>
#include <cmath>

#include "load/pagetext_parts.hpp"
#include "resdiff/language.hpp"

namespace resdiff::load_detail {
namespace {
using namespace pagetext;

/// What the paragraph rules need to know about the layout of the whole document.
struct Layout {
  double pitch = 0;             ///< usual distance between the baselines of one paragraph's lines
  double line_gap = 0;          ///< usual white space between them (PDF: gap_before), 0 when unknown
  std::map<int, double> left;   ///< left margin per region (page and column)
  std::map<int, double> right;  ///< right margin per region
  double raw_width = 0;         ///< usual length of a full line in characters (raw text)
  bool plain_text_pages = false;  ///< pdftotext's text: see raw_header_line
};

/// The region of a line: its page and column, inside which positions compare.
int region(const Line& line) { return line.page * 3 + line.in.column; }

/// Number of code points in s.
size_t code_points(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

/// The value at fraction q of sorted values (0 when there are none).
double quantile(std::vector<double> values, double q) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, static_cast<size_t>(q * static_cast<double>(values.size())))];
}

/// The most common font size of the text lines, weighted by their length (0 when unknown).
double body_font_size(const std::vector<Line>& lines, const std::vector<bool>& furniture) {
  std::map<long, size_t> weight;
  for (size_t i = 0; i < lines.size(); ++i)
    if (!furniture[i] && !lines[i].blank && lines[i].in.font_size > 0)
      weight[std::lround(lines[i].in.font_size * 2)] += lines[i].in.text.size();
  long best = 0;
  size_t most = 0;
  for (auto [size, w] : weight)
    if (w > most) most = w, best = size;
  return static_cast<double>(best) / 2;
}

/// Measures line spacing, margins and line length over the body lines.
Layout measure(const std::vector<Line>& body) {
  Layout layout;
  std::vector<double> pitches, lengths, gaps;
  std::map<int, std::map<long, int>> lefts;
  std::map<int, std::vector<double>> rights;
  const Line* prev = nullptr;
  for (const Line& line : body) {
    if (line.blank) continue;
    if (!line.in.positioned) {
      lengths.push_back(static_cast<double>(code_points(line.in.text) + static_cast<size_t>(line.indent)));
      continue;
    }
    if (line.in.gap_before >= 0) gaps.push_back(line.in.gap_before);
    ++lefts[region(line)][std::lround(line.in.left)];
    rights[region(line)].push_back(line.in.right);
    if (prev && region(*prev) == region(line) && std::abs(prev->in.font_size - line.in.font_size) < 0.5) {
      double d = line.in.bottom - prev->in.bottom;
      if (d > 0 && d < 2.5 * std::max(line.in.font_size, 1.0)) pitches.push_back(d);
    }
    prev = &line;
  }
  layout.pitch = quantile(pitches, 0.5);
  layout.line_gap = quantile(gaps, 0.5);
  for (auto& [r, counts] : lefts) {
    auto best = std::max_element(counts.begin(), counts.end(), [](auto a, auto b) { return a.second < b.second; });
    layout.left[r] = static_cast<double>(best->first);
  }
  for (auto& [r, values] : rights) layout.right[r] = quantile(values, 0.9);
  layout.raw_width = quantile(lengths, 0.9);
  return layout;
}

/// True when s ends a sentence or a clause: ".", ";", ":", "?", "!" or "," (recitals end with one),
/// maybe before closing quotes or brackets and a glued footnote number ("annexes.5", "2030;15").
bool ends_clause(std::string_view s) {
  while (!s.empty()) {
    char32_t c = last_code_point(s);
    size_t length = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    bool closing = c == ')' || c == ']' || c == '"' || c == '\'' || c == 0x201D || c == 0x2019 ||
                   superscript_value(s.substr(s.size() - std::min(length, s.size()))) >= 0;
    if (c >= '0' && c <= '9') {
      size_t i = s.size();
      while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') --i;
      if (i == 0 || s.size() - i > 3) return false;
      char p = s[i - 1];
      if (p != '.' && p != ';' && p != ':' && p != ',' && p != ')') return false;
      s = s.substr(0, i);
      continue;
    }
    if (!closing) return c == '.' || c == ';' || c == ':' || c == '?' || c == '!' || c == ',';
    s.remove_suffix(std::min(length, s.size()));
  }
  return false;
}

/// True when the whole of a positioned line is bold.
bool all_bold(const Line& line) {
  size_t covered = 0;
  for (Span s : line.in.bold) covered += s.end - s.begin;
  return !line.in.text.empty() && covered + 2 >= line.in.text.size() && !line.in.bold.empty();
}

/// True when a positioned line stands in the middle of its region, well in from both margins.
bool centred(const Layout& layout, const Line& line) {
  if (!line.in.positioned) return false;
  auto l = layout.left.find(region(line));
  auto r = layout.right.find(region(line));
  if (l == layout.left.end() || r == layout.right.end()) return false;
  double size = std::max(line.in.font_size, 6.0), width = r->second - l->second;
  double in_left = line.in.left - l->second, in_right = r->second - line.in.right;
  double inset = std::max(2 * size, 0.12 * width);  // a ragged line with a hanging indent is not centred
  return in_left > inset && in_right > inset && std::abs(in_left - in_right) < std::max(size, 0.05 * width);
}

/// True when a positioned line ends at the right margin and starts well past the middle of its region.
bool right_aligned(const Layout& layout, const Line& line) {
  auto l = layout.left.find(region(line));
  auto r = layout.right.find(region(line));
  if (!line.in.positioned || l == layout.left.end() || r == layout.right.end()) return false;
  return std::abs(r->second - line.in.right) < 3 && line.in.left > (l->second + r->second) / 2;
}

/// True when the first word of cur would have fitted at the end of prev: prev stopped short.
bool stopped_short(const Layout& layout, const Line& prev, const Line& cur) {
  if (prev.in.positioned && cur.in.positioned) {
    auto r = layout.right.find(region(prev));
    if (r == layout.right.end()) return true;
    return r->second - prev.in.right > cur.in.first_word_width + 0.3 * std::max(prev.in.font_size, 6.0);
  }
  if (layout.raw_width <= 0) return true;
  size_t word = cur.in.text.find(' ');
  double first = static_cast<double>(code_points(cur.in.text.substr(0, word)));
  double length = static_cast<double>(code_points(prev.in.text) + static_cast<size_t>(prev.indent));
  return length + 1 + first < 0.95 * layout.raw_width;
}

/// Raw text (pdftotext -layout): cur continues prev's paragraph under a hanging indent, aligned
/// with the text after prev's number or label ("    1.   Calls upon …" / "         prevent …").
bool raw_hanging(const Line& prev, const Line& cur) {
  const std::string& t = prev.in.text;
  size_t label = leading_number(t) > 0 ? t.find('.') + 1 : sub_label_length(t);
  if (label == 0) return false;
  size_t text_at = t.find_first_not_of(" \t", label);
  return text_at != std::string::npos && cur.indent == prev.indent + static_cast<int>(text_at);
}

/// True when t opens like a recital: a capitalised participle ("Recalling", "Emphasizing"), or a
/// capitalised "-ed"/"-ly"/"-ful" word or one of a few adjectives before a lower-case word ("Deeply
/// concerned", "Convinced that", "Mindful of", "Aware of") — which "United Nations" is not.
bool opens_recital(std::string_view t) {
  size_t end = t.find(' ');
  std::string_view word = t.substr(0, end);
  std::string_view next = end == std::string_view::npos ? std::string_view() : t.substr(end + 1);
  if (word.size() < 4 || !is_upper(first_letter(word))) return false;
  for (size_t i = 1; i < word.size(); ++i)
    if (word[i] < 'a' || word[i] > 'z') return false;
  auto ends = [&](WordList tails) {
    return std::any_of(tails.begin(), tails.end(), [&](std::string_view tail) {
      return word.size() > tail.size() + 2 && word.substr(word.size() - tail.size()) == tail;
    });
  };
  bool lower_next = !next.empty() && is_lower(first_letter(next));
  for (const Language* l : lang::all()) {
    if (ends(l->recital_endings) && !lang::listed_exactly(l->not_recitals, word)) return true;
    if (lower_next && (ends(l->modifier_endings) || lang::listed_exactly(l->recital_adjectives, word))) return true;
  }
  return false;
}

/// Plain pdftotext text: cur opens a paragraph of its own — a report line ("[on the report of
/// …]"), the symbol and title ("80/41. Measures …"), "The General Assembly," and "Resolution
/// adopted by …", any capitalised line after a line far too short to be wrapped ("Eightieth
/// session", "Agenda item 99 (t)"), a short line without an end after a clause's end (a section
/// heading: "Peacebuilding financing"), or a recital opener after the end of a clause (the italics
/// that mark it in the PDF are gone, and character counts do not tell a short line from a full
/// one in a proportional font).
bool raw_header_line(const Layout& layout, const Line& prev, const Line& cur) {
  const std::string& t = cur.in.text;
  if (t.empty() || last_code_point(prev.in.text) == '-') return false;
  if (t[0] == '[') return true;
  size_t slash = t.find('/');
  if (slash > 0 && slash <= 3 && t.find_first_not_of("0123456789") == slash) {
    size_t dot = t.find_first_not_of("0123456789", slash + 1);
    if (dot > slash + 1 && dot + 1 < t.size() && t[dot] == '.' && t[dot + 1] == ' ') return true;
  }
  size_t digits = t.find_first_not_of("0123456789");
  for (const Language* l : lang::all()) {
    if (digits > 0 && digits != std::string::npos && !l->plenary_meeting.empty() &&
        t.find(l->plenary_meeting, digits) == digits + 2)
      return true;
    if ((!l->assembly.empty() && t.rfind(l->assembly, 0) == 0) || (!l->adopted_by.empty() && t.rfind(l->adopted_by, 0) == 0))
      return true;
  }
  if (layout.raw_width <= 0 || !is_upper(first_letter(t))) return false;
  double length = static_cast<double>(code_points(prev.in.text) + static_cast<size_t>(prev.indent));
  std::string_view before = prev.in.text;
  while (!before.empty() && before.back() >= '0' && before.back() <= '9') before.remove_suffix(1);  // "2016,23"
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);  // "outer space, 4"
  double own = static_cast<double>(code_points(t) + static_cast<size_t>(cur.indent));
  bool heading = own < 0.6 * layout.raw_width && !ends_clause(t) && ends_clause(prev.in.text);  // "Peacebuilding financing"
  return heading || length < 0.6 * layout.raw_width || (!before.empty() && before.back() == ',' && opens_recital(t));
}

/// True when the operative number n may start a paragraph where next is expected.
bool expected_number(int n, int next) { return n == 1 || (n >= next && n <= next + 3); }

/// Decides whether cur starts a new paragraph after prev (see the essay above).
bool starts_paragraph(const Layout& layout, const Line& prev, const Line& cur, bool blank_between, int next_op) {
  const std::string& text = cur.in.text;
  if (is_bare_label(text)) return true;
  if (int n = leading_number(text); n > 0 && expected_number(n, next_op)) return true;
  if (sub_label_length(text) > 0) {
    auto l = layout.left.find(region(cur));
    bool indented = !cur.in.positioned || l == layout.left.end() || cur.in.left > l->second + 0.5 * cur.in.font_size;
    if (indented || ends_clause(prev.in.text)) return true;
  }
  double size = std::max(cur.in.font_size, 6.0);
  if (region(prev) == region(cur)) {
    if (blank_between) return true;
    if (cur.in.positioned && prev.in.positioned) {
      // White space above the line, as the PDF reader measured it, wider than between the lines of
      // a paragraph parts paragraphs (half a line in the UN's PDFs, a third in LibreOffice's); else
      // the baselines' distance against the body's (which a line in larger type exceeds unparted).
      if (cur.in.gap_before >= 0 ? cur.in.gap_before > layout.line_gap + 0.2 * size
                                 : layout.pitch > 0 && cur.in.bottom - prev.in.bottom > 1.25 * layout.pitch)
        return true;
      // A hanging indent: cur aligns with the text after prev's first word, set apart from it
      // ("1.  Calls upon …" / "    prevent …", "80/41.  Measures … weapons of" / "  mass destruction").
      bool hanging = (leading_number(prev.in.text) > 0 || sub_label_length(prev.in.text) > 0 ||
                      prev.in.second_word_left > prev.in.left + prev.in.first_word_width + size) &&
                     std::abs(cur.in.left - prev.in.second_word_left) < 2;
      bool flush_right = right_aligned(layout, prev) && right_aligned(layout, cur);  // "Distr.: General" / "4 November 2025"
      if (cur.in.left > prev.in.left + 0.8 * size && !hanging && !flush_right) return true;
      if (all_bold(prev) != all_bold(cur)) return true;
      if (centred(layout, prev) != centred(layout, cur)) return true;
      if (prev.in.font_size > 0 && cur.in.font_size > 0 && std::abs(prev.in.font_size - cur.in.font_size) > 0.15 * size) return true;
    } else if (cur.indent > prev.indent && !raw_hanging(prev, cur)) {
      return true;
    }
  } else if (cur.in.positioned) {  // a page or column break: indented past the margin, unless aligned as before
    auto l = layout.left.find(region(cur));
    bool aligned = prev.in.positioned && prev.in.column == cur.in.column && std::abs(cur.in.left - prev.in.left) < 2;
    if (l != layout.left.end() && cur.in.left > l->second + 0.8 * size && !aligned) return true;
  }
  if (!cur.in.positioned && layout.plain_text_pages && raw_header_line(layout, prev, cur)) return true;
  return ends_clause(prev.in.text) && is_upper(first_letter(text)) && stopped_short(layout, prev, cur);
}

/// Joins the body lines into paragraphs.
std::vector<Para> build_paragraphs(const std::vector<Line>& body, const WordSet& words, const Layout& layout) {
  std::vector<Para> paras;
  const Line* prev = nullptr;
  bool blank = false, label_only = false;
  int next_op = 1;
  for (const Line& line : body) {
    if (line.blank) {
      blank = true;
      continue;
    }
    bool blank_between = blank && prev && prev->page == line.page;
    blank = false;
    bool start = !prev || (label_only ? is_bare_label(line.in.text)
                                      : starts_paragraph(layout, *prev, line, blank_between, next_op));
    if (start) {
      paras.push_back(para_from_line(line));
      if (int n = leading_number(line.in.text); n > 0 && expected_number(n, next_op)) next_op = n + 1;
      label_only = is_bare_label(line.in.text);
    } else {
      append_line(paras.back(), line, words);
      label_only = false;
    }
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
      if (!is_letter(first_letter(text.substr(i, 1))) || (text[i] & 0x80)) {
        ++i;
        continue;
      }
      size_t e = i;
      while (e < text.size() && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z'))) ++e;
      visit(i, e);
      i = e;
    }
  };
  auto learn = [&](const std::string& text) {
    scan(text, [&](size_t b, size_t e) {
      std::string word = text.substr(b, e - b);
      if (e < text.size() && text[e] == '-' && (b == 0 || text[b - 1] != '-')) {
        size_t f = e + 1;
        while (f < text.size() && ((text[f] >= 'a' && text[f] <= 'z') || (text[f] >= 'A' && text[f] <= 'Z'))) ++f;
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
      std::string word = para.text.substr(b, e - b);
      auto it = hyphenated.find(word);
      (void)e;
      if (it != hyphenated.end() && (b == 0 || para.text[b - 1] != '-')) at.push_back(b + it->second);
    });
    for (size_t k = at.size(); k-- > 0;) replace_range(para, at[k], at[k], "-");
  }
}

}  // namespace

std::vector<Block> repair_pages(const std::vector<Page>& pages, std::vector<std::string>& warnings,
                                bool plain_text_pages) {
  std::vector<Line> lines = flatten(pages);
  std::vector<bool> furniture = find_furniture(lines, true);
  // A reader that knows the page geometry (the PDF reader) has decided furniture itself.
  for (size_t i = 0; i < lines.size(); ++i)
    if (pages[static_cast<size_t>(lines[i].page)].layout_known) furniture[i] = lines[i].in.furniture;
  double body_size = body_font_size(lines, furniture);

  // Split each page into body and footnote area, furniture left out.
  std::vector<Line> body;
  std::vector<std::vector<Line>> areas;
  bool continuing = false;  // the last footnote of the page before runs on
  for (size_t i = 0; i < lines.size();) {
    std::vector<Line> page;
    int number = lines[i].page;
    for (; i < lines.size() && lines[i].page == number; ++i)
      if (!furniture[i]) page.push_back(lines[i]);
    size_t area = footnote_area_start(page, body_size, continuing);
    if (pages[static_cast<size_t>(number)].layout_known) {  // the reader found the footnote rule, or saw none
      area = page.size();
      for (size_t k = 0; k < page.size(); ++k)
        if (page[k].in.footnote_area) {
          area = k;
          break;
        }
    }
    body.insert(body.end(), page.begin(), page.begin() + static_cast<long>(area));
    areas.emplace_back(page.begin() + static_cast<long>(area), page.end());
    continuing = false;
    for (const Line& line : areas.back())
      if (!line.blank) continuing = !ends_footnote(line.in.text);
  }

  WordSet words;
  for (const Line& line : body) add_words(line.in.text, words);
  for (const auto& area : areas)
    for (const Line& line : area) add_words(line.in.text, words);

  std::map<int, Para> defs;
  int last_note = 0;
  for (const auto& area : areas) parse_footnotes(area, words, defs, last_note, warnings);

  Layout layout = measure(body);
  layout.plain_text_pages = plain_text_pages;
  std::vector<Para> paras = build_paragraphs(body, words, layout);
  restore_displaced_numbers(paras);
  if (plain_text_pages) restore_dropped_hyphens(paras, defs);
  link_markers(paras, defs, warnings);

  std::vector<Block> blocks;
  for (Para& para : paras) {
    Block block = finish(std::move(para));
    if (!block.text.empty()) blocks.push_back(std::move(block));
  }
  for (auto& [n, def] : defs) {
    std::string prefix = "[^" + std::to_string(n) + "]: ";
    replace_range(def, 0, 0, prefix);
    blocks.push_back(finish(std::move(def)));
  }
  return blocks;
}

}  // namespace resdiff::load_detail
