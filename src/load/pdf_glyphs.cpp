// PDF glyphs: poppler's text boxes of a page, as the pieces the word builder works on.
//
// poppler-cpp's text_list() gives a page as boxes: a run of glyphs with its text, its bounding box
// (points, y growing down), the font name of each glyph, the font size, and a has_space_after
// flag. A box is not a word. poppler ends a box wherever two glyphs stand more than a tenth of the
// font size apart, and in a justified line set by Microsoft Word that happens inside words: "eighty"
// and "-first" are two boxes 1.2 points apart, flagged has_space_after all the same. So a box
// becomes a Piece (text, box, size, italic and bold runs, how many of its letters are right-to-left) and
// the word builder (pdf_words.cpp) decides from the gaps where the spaces are.
//
//   box "Recalling" font "BCDJEE+TimesNewRomanPS-ItalicMT" 10.02pt  → Piece{"Recalling", italics [0, 9)}
//   box "ﬁnancial" (ligature U+FB01)                               → Piece{"financial"}
//
// Only horizontal text is read (rotation 0): a vertical margin note or a rotated stamp is not part
// of the text. Italic and bold come from the font names ("Italic", "Oblique"; "Bold", "Black",
// "Semibold" …), which are the same in every language.
#include <algorithm>
#include <cctype>

#include <unicode/uchar.h>

#include "load/pdf_parts.hpp"

namespace resdiff::load_detail::pdf {
namespace {

/// True when name contains any of the words, compared without case.
bool name_has(std::string name, std::initializer_list<const char*> words) {
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* w : words)
    if (name.find(w) != std::string::npos) return true;
  return false;
}

/// UTF-8 for one code point; typographic ligatures (U+FB00–FB06) spelt out.
std::string utf8_of(char32_t c) {
  static const char* const spelt[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
  if (c >= 0xFB00 && c <= 0xFB06) return spelt[c - 0xFB00];
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

/// Adds [begin, end) to spans, extending the last span when they touch.
void add_run(std::vector<Span>& spans, size_t begin, size_t end) {
  if (!spans.empty() && spans.back().end == begin) spans.back().end = end;
  else spans.push_back({begin, end});
}

/// +1 for a letter of a right-to-left script, -1 for a left-to-right letter, 0 for the rest
/// (digits, punctuation, marks).
int direction(char32_t c) {
  switch (u_charDirection(static_cast<UChar32>(c))) {
    case U_RIGHT_TO_LEFT:
    case U_RIGHT_TO_LEFT_ARABIC:
      return 1;
    case U_LEFT_TO_RIGHT:
      return u_isalpha(static_cast<UChar32>(c)) ? -1 : 0;
    default:
      return 0;
  }
}

}  // namespace

std::vector<Piece> page_pieces(const poppler::page& page) {
  std::vector<Piece> pieces;
  // The font a glyph is set in is nearly always the one before it: its name is read once a run.
  std::string font;
  bool italic = false, bold = false;
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    if (box.rotation() != 0) continue;
    Piece p;
    poppler::ustring u = box.text();
    bool fonts = box.has_font_info();
    for (size_t i = 0; i < u.size(); ++i) {
      char32_t c = u[i];
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < u.size()) c = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] - 0xDC00);
      std::string glyph = (c == 0 || (c >= 0xD800 && c <= 0xDFFF)) ? std::string() : utf8_of(c);
      size_t begin = p.text.size();
      p.text += glyph;
      if (!glyph.empty()) {
        double width = box.char_bbox(i).width();
        size_t points = glyph.size() == 1 || c < 0xFB00 || c > 0xFB06 ? 1 : glyph.size();  // "fi" for "ﬁ"
        for (size_t k = 0; k < points; ++k) p.widths.push_back(width / static_cast<double>(points));
      }
      int d = direction(c);
      p.rtl += d > 0;
      p.ltr += d < 0;
      if (fonts && !glyph.empty()) {
        std::string name = box.get_font_name(static_cast<int>(i));
        if (name != font) {
          font = std::move(name);
          italic = name_has(font, {"italic", "oblique"});
          bold = name_has(font, {"bold", "black", "heavy", "semibold", "demi"});
        }
        if (italic) add_run(p.italics, begin, p.text.size());
        if (bold) add_run(p.bold, begin, p.text.size());
      }
      if (c >= 0x10000) ++i;
    }
    while (!p.text.empty() && p.text.back() == ' ') {
      p.text.pop_back();
      if (!p.widths.empty()) p.widths.pop_back();
    }
    if (p.text.empty()) continue;
    poppler::rectf r = box.bbox();
    p.x0 = r.x();
    p.y0 = r.y();
    p.x1 = r.x() + r.width();
    p.y1 = r.y() + r.height();
    p.size = fonts ? box.get_font_size() : r.height();
    pieces.push_back(std::move(p));
  }
  return pieces;
}

}  // namespace resdiff::load_detail::pdf
