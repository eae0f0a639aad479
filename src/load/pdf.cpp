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
// A page is laid out as soon as it is read, and its pieces dropped: only the lines of the pages
// read so far are kept (a document's pieces at once were two thirds of the reader's peak memory).
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
#include <optional>

#include "load/formats.hpp"
#include "load/pdf_parts.hpp"

namespace resdiff::load_detail {
namespace {

/// The pages of a document laid out as lines, in order.
struct Laid {
  std::vector<Page> pages;
  std::vector<double> heights;
  int number = 0;  // the lines so far

  void add(pdf::PageGlyphs page, bool right_to_left) {
    pages.push_back(Page{pdf::page_lines(std::move(page.pieces), page.width, number, right_to_left)});
    if (right_to_left) pdf::mirror(pages.back().lines, page.width);
    heights.push_back(page.height);
  }
};

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
    Expected<std::unique_ptr<pdf::Glyphs>> opened = pdf::Glyphs::open(bytes, path, limits);
    if (!opened) return opened.error();
    pdf::Glyphs& glyphs = **opened;
    Source source;
    source.path = path;
    source.format = Format::Pdf;
    if (glyphs.encrypted()) source.warnings.push_back("encrypted PDF without an open password: read anyway");
    // Which way a document's lines run is decided by all its letters (right to left when most
    // are), so from the first page with a right-to-left letter on, pages are held as pieces until
    // the end; and should the document read right to left, the pages laid out before that one are
    // read again (fixtures/pdf/rtl-late.pdf).
    Laid laid;
    std::vector<int> laid_early;         // the pages laid out left to right as they were read
    std::vector<pdf::PageGlyphs> held;   // the pages from the first with a right-to-left letter on
    std::optional<std::vector<double>> halves;  // the fonts' ligatures, read once a document needs them
    size_t characters = 0;
    long rtl = 0, ltr = 0;
    bool any = false;
    for (int i = 1; i <= glyphs.pages(); ++i) {
      std::optional<pdf::PageGlyphs> page = glyphs.page(i);
      if (!page) {
        source.warnings.push_back("page " + std::to_string(i) + " cannot be read: skipped");
        continue;
      }
      any = true;
      long page_rtl = 0;
      for (pdf::Piece& p : page->pieces) {
        characters += p.text.size();
        page_rtl += p.rtl;
        ltr += p.ltr;
        if (p.rtl > 0) {
          if (!halves) halves = pdf::ligature_halves(bytes);
          pdf::place_ligatures(p, *halves);
        }
      }
      rtl += page_rtl;
      if (held.empty() && page_rtl == 0) {
        laid.add(std::move(*page), false);
        laid_early.push_back(i);
      } else {
        held.push_back(std::move(*page));
      }
    }
    if (!any) return Error{path, "not a valid PDF: it has no pages"};
    if (characters == 0) return Error{path, "PDF has no text layer (scanned image?): cannot read it"};
    // A document read right to left has its lines measured from the right edge of the page.
    const bool right_to_left = pdf::reads_right_to_left(rtl, ltr);
    if (right_to_left && !laid_early.empty()) {
      laid = Laid{};
      for (int i : laid_early)
        if (std::optional<pdf::PageGlyphs> page = glyphs.page(i)) laid.add(std::move(*page), true);
    }
    for (pdf::PageGlyphs& page : held) laid.add(std::move(page), right_to_left);
    held.clear();
    opened->reset();  // poppler is done: its document and settings go before the lines are measured
    pdf::mark_layout(laid.pages, laid.heights);
    source.lines = lines_from_pages(laid.pages);
    return source;
  } catch (const std::exception& e) {
    return Error{path, std::string("not a valid PDF: ") + e.what()};
  }
}

}  // namespace resdiff::load_detail
