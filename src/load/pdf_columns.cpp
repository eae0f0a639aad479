// PDF rows and columns: a page's pieces put into lines, and the lines into reading order.
//
// Pieces become rows by their vertical overlap (a raised footnote number, smaller and higher,
// still overlaps the row it stands on). A row whose words stand far apart — wider than a fifth
// of the page — is two lines that share a baseline: "United Nations … A/RES/80/5" at the top of
// the first page, or a running title beside the symbol.
//
// A page set in two columns shows a gutter: a vertical strip in the middle third that almost no
// piece covers, with text on both sides of it at the same heights, line after line. Rows that run
// across the gutter (titles) are full width and cut the page into bands; inside each band the
// left column is read before the right one.
//
// Each line also gets gap_before: the white space above it, down from the bottom of the line
// before it in the same column (a full-width line counts for both columns), so the segmenter can
// tell a new paragraph (a gap of about half a line in the UN's PDFs) from a wrapped line (none).
//
//   rows at y 41 "Measures … weapons of" (x 60–270), y 51 "mass destruction" (x 60–121) and
//   "A/RES/80/41" (x 505–552): three lines, the last two cut apart on their shared row.
#include <algorithm>
#include <cmath>

#include "load/pdf_parts.hpp"

namespace resdiff::load_detail::pdf {
namespace {

/// Vertical overlap of two extents.
double overlap(double a0, double a1, double b0, double b1) { return std::min(a1, b1) - std::max(a0, b0); }

/// The piece an item of a row stands for: rows hold pieces, or pointers to them where a page is
/// only measured (never copied to be measured).
const Piece& piece_of(const Piece& p) { return p; }
const Piece& piece_of(const Piece* p) { return *p; }

/// group_rows over pieces or pointers to them.
template <class Item>
std::vector<std::vector<Item>> rows_of(std::vector<Item> items) {
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return piece_of(a).y0 < piece_of(b).y0; });
  std::vector<std::vector<Item>> rows;
  double top = 0, bottom = 0;
  for (Item& item : items) {
    const Piece& p = piece_of(item);
    if (!rows.empty() && overlap(top, bottom, p.y0, p.y1) >= 0.5 * std::min(bottom - top, p.y1 - p.y0)) {
      top = std::min(top, p.y0);
      bottom = std::max(bottom, p.y1);
      rows.back().push_back(std::move(item));
      continue;
    }
    top = p.y0;
    bottom = p.y1;
    rows.push_back({});
    rows.back().push_back(std::move(item));
  }
  return rows;
}

/// True when a row runs across the gutter: a piece covers it, or the pieces on both sides of it
/// stand as close as words in a sentence.
template <class Item>
bool spans_gutter(const std::vector<Item>& items, double gutter) {
  std::vector<const Piece*> row;
  row.reserve(items.size());
  for (const Item& item : items) row.push_back(&piece_of(item));
  std::sort(row.begin(), row.end(), [](const Piece* a, const Piece* b) { return a->x0 < b->x0; });
  for (size_t i = 0; i < row.size(); ++i) {
    if (row[i]->x0 < gutter && row[i]->x1 > gutter) return true;
    if (i > 0 && row[i - 1]->x1 <= gutter && row[i]->x0 >= gutter && row[i]->x0 - row[i - 1]->x1 < 1.2 * row[i]->size) return true;
  }
  return false;
}

/// The x where a page's two columns part, or a negative number when it has one column.
double find_gutter(const std::vector<Piece>& pieces, double width) {
  if (pieces.size() < 40 || width <= 0) return -1;
  const int from = static_cast<int>(0.3 * width), to = static_cast<int>(0.7 * width);
  std::vector<int> cover(static_cast<size_t>(to - from), 0);
  for (const Piece& p : pieces)
    for (int x = std::max(from, static_cast<int>(p.x0)); x < std::min(to, static_cast<int>(std::ceil(p.x1))); ++x)
      ++cover[static_cast<size_t>(x - from)];
  // Only full-width lines (titles) cover a gutter; elsewhere most lines do.
  const int most = *std::max_element(cover.begin(), cover.end());
  const int few = std::max(2, most / 4);
  int best_begin = -1, best_length = 0;
  for (int x = 0; x < to - from;) {
    if (cover[static_cast<size_t>(x)] > few) {
      ++x;
      continue;
    }
    int end = x;
    while (end < to - from && cover[static_cast<size_t>(end)] <= few) ++end;
    if (end - x > best_length) best_begin = x, best_length = end - x;
    x = end;
  }
  if (best_length < 8) return -1;
  double gutter = from + best_begin + best_length / 2.0;
  // Both sides must carry text at the same heights, row after row, parted at the gutter: a line
  // of running text that merely has words on both sides of it does not count.
  int side_by_side = 0;
  std::vector<const Piece*> all;
  all.reserve(pieces.size());
  for (const Piece& p : pieces) all.push_back(&p);
  const std::vector<std::vector<const Piece*>> rows = rows_of(std::move(all));
  for (const auto& row : rows) {
    bool left = false, right = false;
    for (const Piece* p : row) left = left || p->x1 <= gutter, right = right || p->x0 >= gutter;
    side_by_side += left && right && !spans_gutter(row, gutter);
  }
  return side_by_side >= 5 && 3 * side_by_side >= static_cast<int>(rows.size()) ? gutter : -1;
}

/// Cuts a row where its pieces stand far apart (wider than a fifth of the page), in reading order.
std::vector<Row> split_row(Row row, double width) {
  std::sort(row.begin(), row.end(), [](const Piece& a, const Piece& b) { return a.x0 < b.x0; });
  std::vector<Row> parts(1);
  int rtl = 0;
  for (Piece& p : row) {
    rtl += p.rtl - p.ltr;
    if (!parts.back().empty()) {
      double end = parts.back().front().x1;
      for (const Piece& q : parts.back()) end = std::max(end, q.x1);
      if (p.x0 - end > std::max(4 * p.size, 0.2 * width)) parts.emplace_back();
    }
    parts.back().push_back(std::move(p));
  }
  if (rtl > 0) std::reverse(parts.begin(), parts.end());
  return parts;
}

/// Fills gap_before: the white space above each line, down from the nearest line above it in the
/// same column (or a full-width one); -1 for the first line of a column.
void fill_gaps(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& line = lines[i];
    for (size_t j = i; j-- > 0;) {
      const PageLine& above = lines[j];
      if (above.column != line.column && above.column != 0 && line.column != 0) continue;
      double same = 0.5 * std::min(above.bottom - above.top, line.bottom - line.top);
      if (overlap(above.top, above.bottom, line.top, line.bottom) > same) continue;  // the same row
      if (above.top < line.top) line.gap_before = std::max(0.0, line.top - above.bottom);  // boxes may overlap
      break;
    }
  }
}

}  // namespace

std::vector<Row> group_rows(std::vector<Piece> pieces) { return rows_of(std::move(pieces)); }

std::vector<PageLine> page_lines(std::vector<Piece> pieces, double width, int& number, bool right_to_left_page) {
  std::vector<PageLine> out;
  double gutter = find_gutter(pieces, width);
  if (gutter < 0) {
    for (Row& row : group_rows(std::move(pieces)))
      for (Row& part : split_row(std::move(row), width)) out.push_back(make_line(std::move(part), 0, ++number, right_to_left_page));
    fill_gaps(out);
    return out;
  }
  std::vector<Row> full;
  std::vector<Piece> left, right;
  for (Row& row : group_rows(std::move(pieces))) {
    if (spans_gutter(row, gutter)) {
      full.push_back(std::move(row));
      continue;
    }
    for (Piece& p : row) (p.x1 <= gutter ? left : right).push_back(std::move(p));
  }
  std::vector<Row> left_rows = group_rows(std::move(left)), right_rows = group_rows(std::move(right));
  auto row_top = [](const Row& row) {
    double top = row.front().y0;
    for (const Piece& p : row) top = std::min(top, p.y0);
    return top;
  };
  size_t l = 0, r = 0;
  auto flush = [&](double until) {
    for (; l < left_rows.size() && row_top(left_rows[l]) < until; ++l) out.push_back(make_line(std::move(left_rows[l]), 1, ++number, right_to_left_page));
    for (; r < right_rows.size() && row_top(right_rows[r]) < until; ++r) out.push_back(make_line(std::move(right_rows[r]), 2, ++number, right_to_left_page));
  };
  for (Row& row : full) {
    flush(row_top(row));
    out.push_back(make_line(std::move(row), 0, ++number, right_to_left_page));
  }
  flush(1e18);
  fill_gaps(out);
  return out;
}

}  // namespace resdiff::load_detail::pdf
