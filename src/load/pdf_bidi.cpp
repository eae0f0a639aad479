// PDF right-to-left text: a line's pieces in the order they are read, not the order they stand.
//
// A PDF places glyphs; it does not say in which order a line of Arabic or Hebrew is read. poppler
// gives each box's glyphs from left to right as they stand, so an Arabic word comes out backwards
// ("ممألا" for "الأمم"), and the word builder lays a row out from left to right. The page itself
// says the rest: a line whose letters are mostly right-to-left is read from its right end, its
// pieces from right to left, each piece's glyphs turned into reading order (ICU's inverse
// bidirectional algorithm, which keeps the digits of "79/42" or "2024" in theirs); a run of pieces
// written left to right inside it (a Latin name, "Treaty Series", "A/RES/80/41" with what touches
// it) is read left to right as a whole. In a line read left to right, a run of right-to-left pieces
// is read from its right end the same way.
//
//   as the glyphs stand: "A/RES/80/41" "ةقيثولا" "ىلإو" "¹" "،)" "2016" "(" "2325" "رارقلا" …
//   as read:             … "القرار" "2325" "(" "2016" ")،" "¹" "وإلى" "الوثيقة" "A/RES/80/41"
//
// A LAM-ALEF ligature is written in reading order inside the backwards word ("ءاضعلأا"), and is
// put as it stands first: the document's fonts say which LAM boxes are half a ligature's advance
// (pdf_fonts.cpp); without them, an even split of the width between the two letters tells it.
//
// A paren keeps its code: LibreOffice, like the renderers, draws "(" mirrored in a right-to-left
// run, so the code that stands at a run's right end is the one read first.
#include <algorithm>
#include <cmath>

#include <unicode/ubidi.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "load/pdf_parts.hpp"

namespace resdiff::load_detail::pdf {
namespace {

/// One code point of a piece with the runs it belongs to.
struct Char {
  UChar32 c = 0;
  bool italic = false, bold = false;
};

/// True when byte i lies inside one of spans.
bool inside(const std::vector<Span>& spans, size_t i) {
  for (Span s : spans)
    if (i >= s.begin && i < s.end) return true;
  return false;
}

/// Appends [begin, end) to spans, joining it to the last span when they touch.
void add(std::vector<Span>& spans, size_t begin, size_t end) {
  if (!spans.empty() && spans.back().end == begin) spans.back().end = end;
  else spans.push_back({begin, end});
}

/// True for ALEF and its forms with madda or hamza, which join a preceding LAM in one glyph.
bool alef(UChar32 c) { return c == 0x0622 || c == 0x0623 || c == 0x0625 || c == 0x0627; }

}  // namespace

void to_reading_order(Piece& piece) {
  std::vector<Char> chars;
  std::u16string units;
  std::vector<size_t> unit_char;  // for each UTF-16 unit, its code point in chars
  for (size_t i = 0; i < piece.text.size();) {
    size_t at = i;
    UChar32 c = 0;
    U8_NEXT(piece.text.data(), i, piece.text.size(), c);
    if (c < 0) c = 0xFFFD;
    chars.push_back({c, inside(piece.italics, at), inside(piece.bold, at)});
    UChar buffer[2];
    int32_t n = 0;
    U16_APPEND_UNSAFE(buffer, n, c);
    for (int32_t k = 0; k < n; ++k) {
      units.push_back(static_cast<char16_t>(buffer[k]));
      unit_char.push_back(chars.size() - 1);
    }
  }
  if (units.size() < 2) return;
  UErrorCode status = U_ZERO_ERROR;
  UBiDi* bidi = ubidi_openSized(static_cast<int32_t>(units.size()), 0, &status);
  if (U_FAILURE(status)) return;
  ubidi_setInverse(bidi, true);
  ubidi_setPara(bidi, reinterpret_cast<const UChar*>(units.data()), static_cast<int32_t>(units.size()), UBIDI_RTL,
                nullptr, &status);
  std::vector<int32_t> map(units.size());
  if (U_SUCCESS(status)) ubidi_getVisualMap(bidi, map.data(), &status);
  ubidi_close(bidi);
  if (U_FAILURE(status)) return;
  // map[k] is the unit read k-th; a code point is taken where its first unit comes up.
  std::vector<bool> taken(chars.size(), false);
  std::string text;
  std::vector<Span> italics, bold;
  for (int32_t k : map) {
    size_t m = unit_char[static_cast<size_t>(k)];
    if (taken[m]) continue;
    taken[m] = true;
    size_t begin = text.size();
    char bytes[4];
    int32_t n = 0;
    U8_APPEND_UNSAFE(bytes, n, chars[m].c);
    text.append(bytes, static_cast<size_t>(n));
    if (chars[m].italic) add(italics, begin, text.size());
    if (chars[m].bold) add(bold, begin, text.size());
  }
  piece.text = std::move(text);
  piece.italics = std::move(italics);
  piece.bold = std::move(bold);
}

std::vector<Step> reading_order(std::vector<Piece>& row, bool right_to_left) {
  // Runs of pieces that read the other way: in a right-to-left line, the pieces from one with a
  // left-to-right letter to the last such one with no right-to-left letter between; in a
  // left-to-right line, the pieces from one with right-to-left letters to the last such one with
  // no left-to-right letter between. The space before a piece in reading order is the gap at the
  // boundary it is read across: space_at = b means the gap between row[b - 1] and row[b].
  const size_t n = row.size();
  std::vector<Step> steps;
  size_t at = 0;  // where the space before the next step is
  if (right_to_left) {
    for (size_t end = n; end > 0;) {
      size_t last = end - 1;
      if (row[last].ltr == 0) {  // read right to left
        to_reading_order(row[last]);
        steps.push_back({last, at});
        at = last;
        end = last;
        continue;
      }
      size_t begin = last;  // a left-to-right run, from its last letter piece leftwards
      for (size_t j = last; j-- > 0 && row[j].rtl == 0;)
        if (row[j].ltr > 0) begin = j;
      for (size_t k = begin; k <= last; ++k) steps.push_back({k, k == begin ? at : k});
      at = begin;
      end = begin;
    }
    return steps;
  }
  for (size_t i = 0; i < n;) {
    if (row[i].rtl == 0) {
      steps.push_back({i, i});
      ++i;
      continue;
    }
    size_t end = i + 1;  // the run: right-to-left pieces and the neutral ones between them
    for (size_t j = end; j < n && row[j].ltr == 0; ++j)
      if (row[j].rtl > 0) end = j + 1;
    for (size_t j = end; j-- > i;) {
      to_reading_order(row[j]);
      steps.push_back({j, j + 1 == end ? i : j + 1});
    }
    if (end < n) {  // the piece after the run is read across the run's right edge
      steps.push_back({end, end});
      i = end + 1;
    } else {
      i = end;
    }
  }
  return steps;
}

void place_ligatures(Piece& piece, const std::vector<double>& halves) {
  // The code points of the piece with their byte offsets; LAM and the ALEFs are two bytes each.
  std::vector<std::pair<size_t, UChar32>> at;
  for (size_t i = 0; i < piece.text.size();) {
    size_t start = i;
    UChar32 c = 0;
    U8_NEXT(piece.text.data(), i, piece.text.size(), c);
    at.push_back({start, c});
  }
  const bool widths = piece.widths.size() == at.size() && piece.size > 0;
  double narrow = 1e9, wide = 0;
  for (double w : piece.widths) narrow = std::min(narrow, w), wide = std::max(wide, w);
  for (size_t k = 0; k + 1 < at.size(); ++k) {
    if (at[k].second != 0x0644 || !alef(at[k + 1].second) || !widths) continue;
    const double lam = piece.widths[k];
    bool ligature = false;
    if (!halves.empty()) {  // the font's own ligatures: the LAM's box is half of one's advance
      for (double h : halves) ligature = ligature || std::abs(lam - h * piece.size) < 0.0005 * piece.size;
    } else {  // no font to ask: an even split, in a font whose letters are not all as wide
      ligature = wide >= 1.15 * narrow && std::abs(lam - piece.widths[k + 1]) < 0.05;
    }
    if (!ligature) continue;
    std::string pair = piece.text.substr(at[k].first, 4);
    piece.text.replace(at[k].first, 4, pair.substr(2, 2) + pair.substr(0, 2));
    std::swap(piece.widths[k], piece.widths[k + 1]);
    ++k;
  }
}

bool reads_right_to_left(long rtl_letters, long ltr_letters) { return rtl_letters > ltr_letters; }

void mirror(std::vector<PageLine>& lines, double width) {
  for (PageLine& line : lines) {
    if (!line.positioned) continue;
    double left = line.left;
    line.left = width - line.right;
    line.right = width - left;
    line.second_word_left = width - line.second_word_left;
  }
}

}  // namespace resdiff::load_detail::pdf
