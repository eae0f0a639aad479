// PDF glyphs: poppler's words of a page, as the pieces the word builder works on.
//
// poppler's TextOutputDev (the text device pdftotext draws a page on) gives a page as words in
// reading order: a run of glyphs with its code points, each glyph's box and font, the word's box
// (points, y growing down), its font size, and a has_space_after flag. A box is not a word. poppler ends a box wherever two glyphs stand more than a tenth of the
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
// "Semibold" …), which are the same in every language. The name is the one the text device keeps
// with each glyph (the font it was drawn in); no second scan of the page's fonts is made for it.
#include <algorithm>
#include <cctype>

#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <unicode/uchar.h>

#include "load/pdf_parts.hpp"

namespace resdiff::load_detail::pdf {
namespace {

/// Swallows poppler's diagnostics, which it would otherwise print on standard error.
void ignore_message(ErrorCategory, Goffset, const char*) {}

/// True when name contains any of the words, compared without case.
bool name_has(std::string_view name, std::initializer_list<const char*> words) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* w : words)
    if (lower.find(w) != std::string::npos) return true;
  return false;
}

/// Appends the UTF-8 of one code point to out, typographic ligatures (U+FB00–FB06) spelt out.
void append_utf8(std::string& out, char32_t c) {
  static const char* const spelt[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
  if (c >= 0xFB00 && c <= 0xFB06) {
    out += spelt[c - 0xFB00];
  } else if (c < 0x80) {
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
}

/// Adds [begin, end) to spans, extending the last span when they touch.
void add_run(std::vector<Span>& spans, size_t begin, size_t end) {
  if (!spans.empty() && spans.back().end == begin) spans.back().end = end;
  else spans.push_back({begin, end});
}

/// +1 for a letter of a right-to-left script, -1 for a left-to-right letter, 0 for the rest
/// (digits, punctuation, marks).
int direction(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ? -1 : 0;  // ICU's answer for ASCII
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

std::vector<Piece> page_pieces(TextWordList& words) {
  std::vector<Piece> pieces;
  pieces.reserve(static_cast<size_t>(words.getLength()));
  // The font a glyph is set in is nearly always the one before it: its name is read once a run.
  const GooString* font = nullptr;
  bool italic = false, bold = false;
  for (int w = 0; w < words.getLength(); ++w) {
    const TextWord& word = *words.get(w);
    if (word.getRotation() != 0) continue;
    Piece p;
    p.text.reserve(static_cast<size_t>(word.getLength()));
    p.widths.reserve(static_cast<size_t>(word.getLength()));
    for (int i = 0; i < word.getLength(); ++i) {
      char32_t c = *word.getChar(i);
      const bool glyph = c != 0 && (c < 0xD800 || c > 0xDFFF) && c <= 0x10FFFF;  // a character, not a code unit
      size_t begin = p.text.size();
      if (glyph) {
        append_utf8(p.text, c);
        double x0, y0, x1, y1;
        word.getCharBBox(i, &x0, &y0, &x1, &y1);
        size_t points = c < 0xFB00 || c > 0xFB06 ? 1 : p.text.size() - begin;  // "fi" for "ﬁ"
        for (size_t k = 0; k < points; ++k) p.widths.push_back((x1 - x0) / static_cast<double>(points));
      }
      int d = direction(c);
      p.rtl += d > 0;
      p.ltr += d < 0;
      if (glyph) {
        const GooString* name = word.getFontName(i);
        if (name != font) {
          font = name;
          std::string_view n = name ? std::string_view(name->toStr()) : std::string_view();
          italic = name_has(n, {"italic", "oblique"});
          bold = name_has(n, {"bold", "black", "heavy", "semibold", "demi"});
        }
        if (italic) add_run(p.italics, begin, p.text.size());
        if (bold) add_run(p.bold, begin, p.text.size());
      }
    }
    while (!p.text.empty() && p.text.back() == ' ') {
      p.text.pop_back();
      if (!p.widths.empty()) p.widths.pop_back();
    }
    if (p.text.empty()) continue;
    word.getBBox(&p.x0, &p.y0, &p.x1, &p.y1);
    p.size = word.getFontSize();
    pieces.push_back(std::move(p));
  }
  return pieces;
}

struct Glyphs::Poppler {
  // poppler's settings (GlobalParams): poppler counts the documents open, so two read at once on
  // two threads share them, and the last one closed frees them.
  GlobalParamsIniter params{ignore_message};
  PDFDoc doc;
  // The stream reads the caller's bytes in place; the document owns the stream, not the bytes.
  explicit Poppler(std::string_view bytes)
      : doc(new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull)), GooString(""), GooString("")) {}
};

Glyphs::Glyphs(std::unique_ptr<Poppler> poppler) : poppler_(std::move(poppler)) {}
Glyphs::~Glyphs() = default;

Expected<std::unique_ptr<Glyphs>> Glyphs::open(std::string_view bytes, const std::string& path, const Limits& limits) {
  auto poppler = std::make_unique<Poppler>(bytes);
  PDFDoc& doc = poppler->doc;
  if (!doc.isOk()) {
    if (doc.getErrorCode() == errEncrypted || bytes.find("/Encrypt") != std::string_view::npos)
      return Error{path, "encrypted PDF: it cannot be opened without its password"};
    return Error{path, "not a valid PDF: its structure cannot be read"};
  }
  if (doc.getNumPages() > limits.max_pdf_pages) {
    return Error{path, "PDF of " + std::to_string(doc.getNumPages()) + " pages: too many pages (resdiff's limit is " +
                           std::to_string(limits.max_pdf_pages) + ")"};
  }
  return std::unique_ptr<Glyphs>(new Glyphs(std::move(poppler)));
}

int Glyphs::pages() const { return poppler_->doc.getNumPages(); }

bool Glyphs::encrypted() const { return poppler_->doc.isEncrypted(); }

std::optional<PageGlyphs> Glyphs::page(int number) {
  ::Page* page = poppler_->doc.getCatalog()->getPage(number);
  if (!page) return std::nullopt;
  // The page drawn at 72 dpi (so in points), unrotated, on a text device of its own: what
  // pdftotext does, one pass over the page's content.
  TextOutputDev text(nullptr, false, 0, false, false);
  poppler_->doc.displayPage(&text, number, 72, 72, 0, false, false, false);
  PageGlyphs glyphs{page_pieces(*text.makeWordList())};
  const PDFRectangle* box = page->getCropBox();
  glyphs.width = box->x2 - box->x1;
  glyphs.height = box->y2 - box->y1;
  return glyphs;
}

}  // namespace resdiff::load_detail::pdf
