// PDF reader: the pages of a PDF read as pages of lines, with the layout signals the page gives
// (measured into the Lines of load.hpp by pagetext.cpp).
//
// poppler opens the file and draws each page on its text device (TextOutputDev, what pdftotext
// does: one pass over the page's content, and nothing else), which gives the page's words in
// reading order with each glyph's box and font. (poppler-cpp's text_list() gave the same words at
// 1.3× the cost: it scanned each page's fonts a second time to name them, copied the XRef per page
// and converted each word through iconv.) The reader's stages, one file each, turn the words into
// Pages of lines for pagetext.cpp to measure:
//   pdf_glyphs.cpp    words → pieces: text, box, font size, italic and bold from the font names;
//   pdf_fonts.cpp     the fonts' LAM-ALEF ligature glyphs, whose letters poppler gives in reading
//                     order (put as they stand before a line is turned round);
//   pdf_words.cpp     a row of pieces → a line: spaces where the glyphs stand a word space apart
//                     (never inside "eighty-first" however Word spread it), raised footnote
//                     references marked, right-to-left rows read from the right (pdf_bidi.cpp;
//                     a document read right to left has its lines measured from the right edge);
//   pdf_columns.cpp   a page's pieces → rows → lines in reading order (columns, shared baselines);
//   pdf_furniture.cpp the whole document's lines → which are furniture (running titles, symbols,
//                     job and page numbers, barcodes), the first page's masthead, the footnote areas.
// Everything decided here is layout; what a line means (a recital, a marker, a heading) is for
// the segmenter.
//
//   page 1: "Recalling"(Italic, 10pt) "its" … "Terrorism,"(10pt) "1"(6.5pt, raised)
//     → PageLine{"Recalling its … Terrorism,1", italics [0, 9), raised [the "1"]}
//
// What cannot be read is an Error naming the file: a password-protected PDF, a PDF without any
// text (a scanned image), a truncated or corrupt file. poppler's own complaints are silenced.
#include <limits>
#include <memory>
#include "load/formats.hpp"
#include "load/pdf_parts.hpp"

namespace resdiff::load_detail {
namespace {

/// True when the last kilobytes of bytes hold the "%%EOF" that ends every complete PDF.
bool has_end_marker(std::string_view bytes) {
  size_t tail = std::min<size_t>(bytes.size(), 4096);
  return bytes.substr(bytes.size() - tail).find("%%EOF") != std::string_view::npos;
}

}  // namespace

Expected<Source> load_pdf(std::string_view bytes, const std::string& path, const Limits& limits) {
  if (bytes.substr(0, std::min<size_t>(bytes.size(), 1024)).find("%PDF-") == std::string_view::npos)
    return Error{path, "not a valid PDF: no %PDF- header"};
  if (!has_end_marker(bytes)) return Error{path, "not a valid PDF: the file is truncated (no %%EOF at its end)"};
  if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max())) return Error{path, "not a valid PDF: too large"};
  try {
    Expected<pdf::Glyphs> glyphs = pdf::read_glyphs(bytes, path, limits);
    if (!glyphs) return glyphs.error();
    std::vector<std::vector<pdf::Piece>>& pieces = glyphs->pages;
    const std::vector<double>& widths = glyphs->widths;
    Source source;
    source.path = path;
    source.format = Format::Pdf;
    source.warnings = std::move(glyphs->warnings);
    size_t characters = 0;
    for (const auto& page : pieces)
      for (const pdf::Piece& p : page) characters += p.text.size();
    if (pieces.empty()) return Error{path, "not a valid PDF: it has no pages"};
    if (characters == 0) return Error{path, "PDF has no text layer (scanned image?): cannot read it"};
    // A document read right to left has its lines measured from the right edge of the page.
    const bool right_to_left = pdf::reads_right_to_left(pieces);
    bool arabic = false;
    for (const auto& page : pieces)
      for (const pdf::Piece& p : page) arabic = arabic || p.rtl > 0;
    if (arabic) {
      const std::vector<double> halves = pdf::ligature_halves(bytes);
      for (auto& page : pieces)
        for (pdf::Piece& p : page)
          if (p.rtl > 0) pdf::place_ligatures(p, halves);
    }
    std::vector<Page> pages;
    int number = 0;
    for (size_t i = 0; i < pieces.size(); ++i) {
      pages.push_back(Page{pdf::page_lines(std::move(pieces[i]), widths[i], number, right_to_left)});
      if (right_to_left) pdf::mirror(pages.back().lines, widths[i]);
    }
    pdf::mark_layout(pages, glyphs->heights);
    source.lines = lines_from_pages(pages);
    return source;
  } catch (const std::exception& e) {
    return Error{path, std::string("not a valid PDF: ") + e.what()};
  }
}

}  // namespace resdiff::load_detail
