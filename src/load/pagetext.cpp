// Page text measured: pages of lines in, the Lines the segmenter reads out.
//
// A PDF (or text copied out of one) knows lines and pages, not paragraphs. This stage keeps to
// what the page shows and leaves every reading of it to the segmenter:
//   1. furniture: symbols, job numbers, barcodes, page numbers and running titles go
//      (pagetext_furniture.cpp), and so do blank lines;
//   2. the footnote rule: a line of underscores goes, and the lines below it on its page are
//      marked note_area (a PDF's lines come with furniture and footnote areas flagged by the
//      reader, which saw the page: then its flags decide);
//   3. layout: over the whole document, the usual distance between the lines of a paragraph (the
//      pitch) and each page region's margins (a region is a page, or one column of it) are
//      measured, and every line gets its signals: the white space above it beyond the usual one
//      (gap, in ems: a paragraph break shows more than a fifth of one), how
//      far in it starts (indent) and where its second word starts (second_indent, what a hanging
//      indent lines up with), the room left at its end and the width of its first word (so that
//      the segmenter can tell a line that stopped short from one that was full), its width as a
//      fraction of a full line, and whether it is centred or set flush right.
//
// Positions are in points when the extractor knew them (PDF); raw text has characters instead:
// indentation is leading spaces, a gap is blank lines, and a full line is the length that 90 % of
// the lines do not exceed.
//
//   "Recalling its resolution 74/43 of 12 December 2019,"   ← short: room 30 characters
//   ""                                                       ← blank: gap 1 for the next line
//   "Recognizing the determination of the international community to combat"
//     → Line{"Recognizing …", gap 1, indent 0, room 9, first_word 12, width 0.88}
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "load/pagetext_parts.hpp"

namespace resdiff::load_detail {
namespace {
using namespace pagetext;

/// Room given to a line whose region has no measured margin, or to raw text without a line length.
constexpr double kUnbounded = 1e9;

/// What the signals need to know about the layout of the whole document.
struct Layout {
  double pitch = 0;             ///< usual distance between the baselines of one paragraph's lines
  double line_gap = 0;          ///< white space between them (PDF: gap_before, lower quartile), 0 when unknown
  std::map<int, double> left;   ///< left margin per region (page and column)
  std::map<int, double> right;  ///< right margin per region
  double raw_width = 0;         ///< usual length of a full line in characters (raw text)
};

/// The region of a row: its page and column, inside which positions compare.
int region(const Row& row) { return row.page * 3 + row.in.column; }

/// The value at fraction q of sorted values (0 when there are none).
double quantile(std::vector<double> values, double q) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, static_cast<size_t>(q * static_cast<double>(values.size())))];
}

/// Length of a raw row in characters, its indentation included.
double raw_length(const Row& row) { return static_cast<double>(code_points(row.in.text) + static_cast<size_t>(row.indent)); }

/// Measures line spacing, margins and line length over the rows of the text (notes left out).
Layout measure(const std::vector<const Row*>& rows) {
  Layout layout;
  std::vector<double> pitches, lengths, gaps;
  std::map<int, std::map<long, int>> lefts;
  std::map<int, std::vector<double>> rights;
  const Row* prev = nullptr;
  for (const Row* row : rows) {
    const Row& line = *row;
    if (!line.in.positioned) {
      lengths.push_back(raw_length(line));
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
  // The white space between a paragraph's lines: the lower quartile of the gaps near the smallest
  // (within a fifth of an em, the least a paragraph break shows), so that a short document with
  // hardly a wrapped line (a page of one-line recitals) does not take its paragraph gaps for it.
  std::sort(gaps.begin(), gaps.end());
  std::vector<double> sizes;
  for (const Row* row : rows)
    if (row->in.positioned) sizes.push_back(row->in.font_size);
  const double em = std::max(quantile(sizes, 0.5), 6.0);
  std::vector<double> close;
  for (double g : gaps)
    if (g <= gaps.front() + 0.2 * em) close.push_back(g);
  layout.line_gap = quantile(close, 0.25);
  for (auto& [r, counts] : lefts) {
    auto best = std::max_element(counts.begin(), counts.end(), [](auto a, auto b) { return a.second < b.second; });
    layout.left[r] = static_cast<double>(best->first);
  }
  for (auto& [r, values] : rights) layout.right[r] = quantile(values, 0.9);
  layout.raw_width = quantile(lengths, 0.9);
  return layout;
}

/// The byte offset of the second word of t (after the first run of blanks), or t.size().
size_t second_word_at(std::string_view t) {
  size_t blank = t.find_first_of(" \t");
  if (blank == std::string_view::npos) return t.size();
  size_t word = t.find_first_not_of(" \t", blank);
  return word == std::string_view::npos ? t.size() : word;
}

/// A Line with the text, emphasis and place of a row; the measures are filled by the caller.
Line line_of(const Row& row, bool note_area) {
  Line line;
  line.text = row.in.text;
  line.italics = row.in.italics;
  line.bold = row.in.bold;
  line.raised = row.in.raised;
  line.source_line = row.in.source_line;
  line.page = row.page;
  line.column = row.in.column;
  line.positioned = row.in.positioned;
  line.font_size = row.in.font_size;
  line.masthead = row.in.masthead;
  line.note_area = note_area;
  return line;
}

/// Fills the measures of a positioned line.
void measure_positioned(const Layout& layout, const Row& row, const Row* prev, Line& line) {
  auto l = layout.left.find(region(row));
  auto r = layout.right.find(region(row));
  const double margin = l == layout.left.end() ? row.in.left : l->second;
  const double size = std::max(row.in.font_size, 6.0);
  line.left = row.in.left;
  line.indent = row.in.left - margin;
  line.second_indent = row.in.second_word_left - margin;
  line.first_word = row.in.first_word_width + 0.3 * size;
  // The white space above the line as the reader measured it, beyond the usual one between the
  // lines of a paragraph; else the baselines' distance beyond the usual one (which a line in
  // larger type exceeds without any white space).
  if (row.in.gap_before >= 0) line.gap = std::max(0.0, (row.in.gap_before - layout.line_gap) / size);
  else if (prev && region(*prev) == region(row) && layout.pitch > 0)
    line.gap = std::max(0.0, 0.8 * ((row.in.bottom - prev->in.bottom) / layout.pitch - 1));
  if (r == layout.right.end()) {
    line.room = kUnbounded;
    return;
  }
  const double width = r->second - margin;
  line.room = r->second - row.in.right;
  line.width = width > 0 ? (row.in.right - margin) / width : 0;
  double in_left = row.in.left - margin, in_right = r->second - row.in.right;
  double inset = std::max(2 * size, 0.12 * width);  // a ragged line with a hanging indent is not centred
  line.centred = in_left > inset && in_right > inset && std::abs(in_left - in_right) < std::max(size, 0.05 * width);
  line.flush_right = std::abs(in_right) < 3 && row.in.left > (margin + r->second) / 2;
}

/// Fills the measures of a line of raw text; blank lines before it on its page make its gap.
void measure_raw(const Layout& layout, const Row& row, int blanks_before, Line& line) {
  line.left = row.indent;
  line.indent = row.indent;
  line.second_indent = static_cast<double>(row.indent) + static_cast<double>(code_points(std::string_view(row.in.text).substr(0, second_word_at(row.in.text))));
  line.gap = blanks_before;
  size_t word = row.in.text.find(' ');
  line.first_word = 1 + static_cast<double>(code_points(std::string_view(row.in.text).substr(0, word)));
  if (layout.raw_width <= 0) {
    line.room = kUnbounded;
    return;
  }
  line.room = 0.95 * layout.raw_width - raw_length(row);
  line.width = raw_length(row) / layout.raw_width;
}

/// A page of raw text may hold page breaks that no form feed marks (pdftotext's output with some
/// pages pasted in from elsewhere, text copied page by page): furniture holding a page number
/// ("3/5") between text lines of one page is where one page ended and the next began. The next
/// page starts with that furniture's cluster: walking up from the page number over blank lines and
/// furniture, and over up to three other lines (a running title not yet known as one) when
/// furniture stands above them ("A/RES/80/2" / three lines of title / "25-19905" / "2/3").
/// Gives the rows from there on the next page numbers; true when it found such a break. Pages
/// whose layout the reader knew are left as they are.
bool split_at_page_numbers(std::vector<Row>& rows, const std::vector<bool>& furniture, const std::vector<bool>& layout_known) {
  auto text = [&](size_t k) { return !rows[k].blank && !furniture[k]; };
  std::set<size_t> breaks;
  for (size_t i = 0; i < rows.size();) {
    const int page = rows[i].page;
    size_t end = i;
    while (end < rows.size() && rows[end].page == page) ++end;
    for (size_t k = i; k < end; ++k) {
      if (rows[k].blank || !furniture[k] || layout_known[k] || !is_page_number(rows[k].in.text)) continue;
      size_t start = k;
      for (size_t j = k, lines = 0; j-- > i;) {
        if (!text(j)) {
          if (furniture[j]) start = j, lines = 0;
          continue;
        }
        if (++lines > 3) break;
      }
      bool before = false, after = false;
      for (size_t j = i; j < start && !before; ++j) before = text(j);
      for (size_t j = k + 1; j < end && !after; ++j) after = text(j);
      if (before && after) breaks.insert(start);
    }
    i = end;
  }
  int added = 0;
  for (size_t k = 0; k < rows.size(); ++k) {
    added += static_cast<int>(breaks.count(k));
    rows[k].page += added;
  }
  return !breaks.empty();
}

}  // namespace

std::vector<Line> lines_from_pages(const std::vector<Page>& pages) {
  std::vector<Row> rows = flatten(pages);
  // A reader that knows the page geometry (the PDF reader) has decided furniture and the footnote
  // area itself.
  std::vector<bool> layout_known;
  for (const Row& row : rows) layout_known.push_back(pages[static_cast<size_t>(row.page)].layout_known);
  std::vector<bool> furniture = find_furniture(rows, true);
  if (split_at_page_numbers(rows, furniture, layout_known)) furniture = find_furniture(rows, true);
  for (size_t i = 0; i < rows.size(); ++i)
    if (layout_known[i]) furniture[i] = rows[i].in.furniture;

  // The rows that stay, and which of them stand below their page's last separator rule.
  std::vector<const Row*> kept;
  std::vector<bool> notes;
  std::vector<int> blanks;  // blank rows since the last kept row on the same page
  for (size_t i = 0; i < rows.size();) {
    const int page = rows[i].page;
    size_t end = i;
    while (end < rows.size() && rows[end].page == page) ++end;
    size_t rule = end;
    for (size_t k = end; k-- > i;)
      if (!rows[k].blank && !furniture[k] && is_separator(rows[k].in.text)) {
        rule = k;
        break;
      }
    int blank = 0;
    bool first = true;
    for (size_t k = i; k < end; ++k) {
      if (rows[k].blank) {
        ++blank;
        continue;
      }
      if (furniture[k] || is_separator(rows[k].in.text)) continue;
      kept.push_back(&rows[k]);
      notes.push_back(layout_known[k] ? rows[k].in.footnote_area : rule < k);
      blanks.push_back(first ? 0 : blank);
      blank = 0;
      first = false;
    }
    i = end;
  }

  std::vector<const Row*> text_rows;
  for (size_t k = 0; k < kept.size(); ++k)
    if (!notes[k]) text_rows.push_back(kept[k]);
  Layout layout = measure(text_rows);

  std::vector<Line> lines;
  const Row* prev = nullptr;
  for (size_t k = 0; k < kept.size(); ++k) {
    const Row& row = *kept[k];
    Line line = line_of(row, notes[k]);
    if (row.in.positioned) measure_positioned(layout, row, prev, line);
    else measure_raw(layout, row, blanks[k], line);
    lines.push_back(std::move(line));
    prev = &row;
  }
  return lines;
}

}  // namespace resdiff::load_detail
