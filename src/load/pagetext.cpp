// Page text repair: pages of lines in, the paragraphs a person reads out.
//
// A PDF (or text copied out of one) knows lines and pages, not paragraphs. The repair runs in
// stages over the whole document:
//   1. furniture: symbols, job numbers, barcodes, page numbers and running titles go
//      (pagetext_furniture.cpp);
//   2. footnote areas: the page bottoms below a separator, or set in smaller type, become
//      numbered definitions (pagetext_footnotes.cpp);
//   3. paragraphs: the remaining lines, page after page, are joined into paragraphs;
//   4. operative numbers that column extraction pushed into a sentence go back to its start;
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
//   "We acknowledge the urgent need to address profound social challenges,"   ← after "2." alone
//   "…their distressing"                                   (page 1 ends, footnotes, header)
//   "consequences in accordance with international law, …" (page 2 starts: continues)
//   "3."                                                    (operative number alone: new)
//   → "2. We acknowledge … their distressing consequences in accordance with … insecurity."
//   → "3. We recognize that …"
#include <algorithm>
#include <cmath>

#include "load/pagetext_parts.hpp"

namespace resdiff::load_detail {
namespace {
using namespace pagetext;

/// What the paragraph rules need to know about the layout of the whole document.
struct Layout {
  double pitch = 0;             ///< usual distance between the baselines of one paragraph's lines
  std::map<int, double> left;   ///< left margin per region (page and column)
  std::map<int, double> right;  ///< right margin per region
  double raw_width = 0;         ///< usual length of a full line in characters (raw text)
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
  std::vector<double> pitches, lengths;
  std::map<int, std::map<long, int>> lefts;
  std::map<int, std::vector<double>> rights;
  const Line* prev = nullptr;
  for (const Line& line : body) {
    if (line.blank) continue;
    if (!line.in.positioned) {
      lengths.push_back(static_cast<double>(code_points(line.in.text) + static_cast<size_t>(line.indent)));
      continue;
    }
    ++lefts[region(line)][std::lround(line.in.left)];
    rights[region(line)].push_back(line.in.right);
    if (prev && region(*prev) == region(line) && std::abs(prev->in.font_size - line.in.font_size) < 0.5) {
      double d = line.in.bottom - prev->in.bottom;
      if (d > 0 && d < 2.5 * std::max(line.in.font_size, 1.0)) pitches.push_back(d);
    }
    prev = &line;
  }
  layout.pitch = quantile(pitches, 0.5);
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
  return length + 1 + first < 0.8 * layout.raw_width;
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
      if (layout.pitch > 0 && cur.in.bottom - prev.in.bottom > 1.25 * layout.pitch) return true;
      bool hanging = (leading_number(prev.in.text) > 0 || sub_label_length(prev.in.text) > 0) &&
                     std::abs(cur.in.left - prev.in.second_word_left) < 2;  // "1.  Calls upon …" / "    prevent …"
      bool flush_right = right_aligned(layout, prev) && right_aligned(layout, cur);  // "Distr.: General" / "4 November 2025"
      if (cur.in.left > prev.in.left + 0.8 * size && !hanging && !flush_right) return true;
      if (all_bold(prev) != all_bold(cur)) return true;
      if (centred(layout, prev) != centred(layout, cur)) return true;
      if (prev.in.font_size > 0 && cur.in.font_size > 0 && std::abs(prev.in.font_size - cur.in.font_size) > 0.15 * size) return true;
    } else if (cur.indent > prev.indent) {
      return true;
    }
  } else if (cur.in.positioned) {  // a page or column break: indented past the margin, unless aligned as before
    auto l = layout.left.find(region(cur));
    bool aligned = prev.in.positioned && prev.in.column == cur.in.column && std::abs(cur.in.left - prev.in.left) < 2;
    if (l != layout.left.end() && cur.in.left > l->second + 0.8 * size && !aligned) return true;
  }
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

}  // namespace

std::vector<Block> repair_pages(const std::vector<Page>& pages, std::vector<std::string>& warnings) {
  std::vector<Line> lines = flatten(pages);
  std::vector<bool> furniture = find_furniture(lines, true);
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

  std::vector<Para> paras = build_paragraphs(body, words, measure(body));
  restore_displaced_numbers(paras);
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
