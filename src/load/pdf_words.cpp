// PDF words: where a line's spaces are, read from the glyph positions instead of guessed.
//
// A justified line set by Microsoft Word widens its word spaces, and Word also moves glyphs by a
// point or so inside words (kerning, a hyphen or dash drawn in a run of its own). poppler ends a
// text box at any jump wider than a tenth of the font size and calls every such end a space, so
// "eighty-first" comes out as "eighty" + "-first", "Pakistan" as "Pak" + "istan", "15–19" as
// "15" + "–19". Measured over the 51 official PDFs of the corpus (243,000 box gaps, in units of
// the font size): jumps inside words are below 0.15, word spaces 0.17 and more, and between the
// two lie only a few of each — there the line's own word spacing decides (a justified line widens
// all of its spaces alike, so a space is at least half as wide as the line's usual space).
//
//   "at its eighty"  gap 1.17pt at 10pt (0.12 em)  "-first session;"  → "at its eighty-first session;"
//   "Member"         gap 3.90pt (0.39 em)           "States"          → "Member States"
//
// Scripts written without spaces (Han, kana, Thai …) get none between their glyphs however wide a
// justified line spreads them, nor where a word processor sets its fifth of an em between them and
// Latin letters or digits ("第" 0.2 em "77/140"); a real space there is wider ("78/150." 0.3 em "在"),
// beyond what justification adds between the line's wide glyphs.
// A line is laid out as its glyphs stand, left to right; one with
// right-to-left letters (Arabic, Hebrew) is then put in reading order (pdf_bidi.cpp).
//
// A piece set smaller than the line and above its middle is raised: a footnote reference, which
// the page marks by its position, not by its digits. It is glued to the word before it, its span is
// recorded in PageLine::raised; its digits stay as printed ("2098,1" with the "1" raised), and the
// segmenter, which reads the raised runs, writes them as references.
#include <algorithm>
#include <cmath>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "load/pdf_parts.hpp"
#include "resdiff/text.hpp"

namespace resdiff::load_detail::pdf {
namespace {

/// The font size carrying most of a row's characters.
double main_size(const Row& row) {
  std::vector<std::pair<double, size_t>> sizes;
  for (const Piece& p : row) {
    auto it = std::find_if(sizes.begin(), sizes.end(), [&](auto& s) { return std::abs(s.first - p.size) < 0.25; });
    if (it == sizes.end()) sizes.push_back({p.size, p.text.size()});
    else it->second += p.text.size();
  }
  return std::max_element(sizes.begin(), sizes.end(), [](auto a, auto b) { return a.second < b.second; })->first;
}

/// The first and last code points of s (0 when empty).
UChar32 first_of(const std::string& s) {
  if (s.empty()) return 0;
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c;
}
UChar32 last_of(const std::string& s) {
  if (s.empty()) return 0;
  UChar32 c = 0;
  int32_t i = static_cast<int32_t>(s.size());
  U8_PREV(s.data(), 0, i, c);
  return c;
}

/// Spans in order with the single spaces between them taken in: "Deeply" + " " + "concerned" is
/// one italic run, as the reader sees it.
void bridge_spaces(std::vector<Span>& spans, const std::string& text) {
  std::vector<Span> out;
  for (Span s : spans) {
    if (!out.empty() && (s.begin == out.back().end || (s.begin == out.back().end + 1 && text[out.back().end] == ' ')))
      out.back().end = std::max(out.back().end, s.end);
    else out.push_back(s);
  }
  spans = std::move(out);
}

}  // namespace

bool is_word_space(double gap, double size, double typical) {
  if (size <= 0) return gap > 1;
  double em = gap / size;
  if (em < 0.13) return false;
  if (em >= 0.17) return true;
  if (typical > 0) return gap >= 0.55 * typical;
  return em >= 0.155;
}

PageLine make_line(Row row, int column, int number, bool right_to_left_page) {
  PageLine line;
  double size = main_size(row);
  double top = 1e9, bottom = -1e9;
  int rtl = 0, ltr = 0;
  for (const Piece& p : row) {
    if (std::abs(p.size - size) < 0.25) top = std::min(top, p.y0), bottom = std::max(bottom, p.y1);
    rtl += p.rtl;
    ltr += p.ltr;
  }
  double middle = (top + bottom) / 2;
  for (Piece& p : row) p.raised = p.size < 0.8 * size && (p.y0 + p.y1) / 2 < middle - 0.1 * size;
  const bool right_to_left = rtl > ltr || (right_to_left_page && rtl == 0);
  // Laid out as the glyphs stand, left to right; a right-to-left line is put in reading order at the end.
  std::sort(row.begin(), row.end(), [](const Piece& a, const Piece& b) { return a.x0 < b.x0 || (a.x0 == b.x0 && a.x1 < b.x1); });

  // The line's usual word space: the median of the gaps that may be spaces, when there are a few.
  std::vector<double> gaps;
  for (size_t i = 1; i < row.size(); ++i)
    if (!row[i].raised && !row[i - 1].raised) {
      double g = row[i].x0 - row[i - 1].x1;
      if (g >= 0.13 * size) gaps.push_back(g);
    }
  double typical = 0;
  if (gaps.size() >= 3) {
    std::nth_element(gaps.begin(), gaps.begin() + static_cast<long>(gaps.size() / 2), gaps.end());
    typical = gaps[gaps.size() / 2];
  }

  // What justification adds between two glyphs of a script written without spaces: the median
  // gap between such neighbours (0 in a line set ragged).
  std::vector<double> spread;
  for (size_t i = 1; i < row.size(); ++i)
    if (text::spaceless(static_cast<char32_t>(last_of(row[i - 1].text))) && text::spaceless(static_cast<char32_t>(first_of(row[i].text))))
      spread.push_back(std::max(0.0, row[i].x0 - row[i - 1].x1));
  double justified = 0;
  if (!spread.empty()) {
    std::nth_element(spread.begin(), spread.begin() + static_cast<long>(spread.size() / 2), spread.end());
    justified = spread[spread.size() / 2];
  }

  // Spaces from the gaps between neighbours as they stand: space[i] between row[i - 1] and row[i].
  std::vector<bool> space(row.size(), false);
  for (size_t i = 1; i < row.size(); ++i) {
    const Piece& q = row[i - 1];
    const Piece& p = row[i];
    // A raised reference is glued to the word it follows in reading order (on its left in a
    // left-to-right line, on its right in a right-to-left one).
    if (right_to_left ? q.raised : p.raised) continue;
    double g = p.x0 - q.x1;
    const bool after = text::spaceless(static_cast<char32_t>(last_of(q.text)));
    const bool before = text::spaceless(static_cast<char32_t>(first_of(p.text)));
    if (after && before) space[i] = g >= size;  // a justified line spreads them however wide
    else if (after || before) space[i] = g >= 0.25 * size + justified;  // past the fifth of an em set between Han and Latin
    else space[i] = is_word_space(g, q.raised || p.raised ? size : std::max(size, p.size), typical);
  }
  std::vector<Step> steps;
  if (rtl > 0 || right_to_left) {
    steps = reading_order(row, right_to_left);
  } else {
    for (size_t i = 0; i < row.size(); ++i) steps.push_back({i, i});
  }
  std::vector<size_t> order;
  size_t first_space = row.size();  // position in order of the first piece after a space
  for (size_t k = 0; k < steps.size(); ++k) {
    const Piece& p = row[steps[k].piece];
    order.push_back(steps[k].piece);
    if (k > 0 && space[steps[k].space_at]) {
      line.text += ' ';
      first_space = std::min(first_space, k);
    }
    size_t begin = line.text.size();
    line.text += p.text;
    auto shift = [&](Span s) { return Span{begin + std::min(s.begin, p.text.size()), begin + std::min(s.end, p.text.size())}; };
    for (Span s : p.italics) line.italics.push_back(shift(s));
    for (Span s : p.bold) line.bold.push_back(shift(s));
    if (p.raised) line.raised.push_back({begin, line.text.size()});
  }
  bridge_spaces(line.italics, line.text);
  bridge_spaces(line.bold, line.text);
  line.font_size = size;
  line.positioned = true;
  line.left = 1e9;
  line.right = -1e9;
  for (const Piece& p : row) line.left = std::min(line.left, p.x0), line.right = std::max(line.right, p.x1);
  line.top = top;
  line.bottom = bottom;
  // The first word in reading order and where the second starts (its left edge; its right edge when
  // the line is read from the right).
  double word0 = 1e9, word1 = -1e9;
  for (size_t k = 0; k < first_space; ++k) word0 = std::min(word0, row[order[k]].x0), word1 = std::max(word1, row[order[k]].x1);
  line.first_word_width = word1 - word0;
  if (first_space == order.size()) line.second_word_left = right_to_left ? line.right : line.left;
  else line.second_word_left = right_to_left ? row[order[first_space]].x1 : row[order[first_space]].x0;
  line.column = column;
  line.source_line = number;
  return line;
}

}  // namespace resdiff::load_detail::pdf
