// Internal to the PDF reader (pdf*.cpp): the pieces of a page it passes between its stages.
//
//   pdf_glyphs.cpp    poppler's words of each page → Pieces (text, box, font size, italic and bold runs)
//   pdf_words.cpp     one row of Pieces → one PageLine: words from glyph gaps, raised glyphs
//   pdf_bidi.cpp      a right-to-left line from the order its glyphs stand in to reading order
//   pdf_fonts.cpp     the fonts' LAM-ALEF ligatures (to put their letters as they stand)
//   pdf_columns.cpp   a page's Pieces → rows → PageLines in reading order (two columns, gutters)
//   pdf_furniture.cpp the document's PageLines → furniture, masthead and footnote-area flags
//   pdf.cpp           the entry point: read the glyphs, lay out the pages, hand them to pagetext.cpp
//
// Every decision here is about layout (which glyphs form a word, a line, a column; which lines
// stand outside the text frame or under the footnote rule), never about grammar.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/pagetext.hpp"
#include "resdiff/expected.hpp"
#include "resdiff/limits.hpp"

class TextWordList;  // poppler's words of a page, in reading order (TextOutputDev.h)

namespace resdiff::load_detail::pdf {

/// A run of glyphs poppler kept together (a word, or a part of one where the glyphs jump apart or
/// the font size changes), with its box in points (y growing down the page).
struct Piece {
  std::string text;            ///< UTF-8, ligatures spelt out
  std::vector<Span> italics;   ///< italic runs in text, from the glyphs' font names
  std::vector<Span> bold;      ///< bold runs in text
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double size = 0;             ///< font size in points
  std::vector<double> widths;  ///< each code point's box width (poppler splits a ligature's evenly)
  int rtl = 0;                 ///< letters of right-to-left scripts (Arabic, Hebrew …)
  int ltr = 0;                 ///< letters of left-to-right scripts
  bool raised = false;         ///< smaller and set above its line's middle (decided by make_line)
};

/// A row of a page: the pieces that share a line's height, in no particular order.
using Row = std::vector<Piece>;

// --- pdf_glyphs.cpp ---------------------------------------------------------------------------

/// The horizontal text of a page as pieces, in poppler's order (its words of the page).
std::vector<Piece> page_pieces(TextWordList& words);

/// One page as poppler's text device reads it.
struct PageGlyphs {
  std::vector<Piece> pieces;
  double width = 0, height = 0;  ///< the page's crop box, points
};

/// An open PDF, read a page at a time: poppler's document over the caller's bytes (read in place,
/// never copied: they must outlive it). poppler's settings live as long as it does.
class Glyphs {
 public:
  /// Opens bytes; an Error naming path when poppler cannot open them, they need a password, or
  /// the document has more pages than limits allow.
  static Expected<std::unique_ptr<Glyphs>> open(std::string_view bytes, const std::string& path, const Limits& limits);
  ~Glyphs();
  int pages() const;
  bool encrypted() const;  ///< encrypted, but without an open password
  /// Page number (1-based) as pieces; nothing when poppler cannot read that page.
  std::optional<PageGlyphs> page(int number);

 private:
  struct Poppler;
  explicit Glyphs(std::unique_ptr<Poppler> poppler);
  std::unique_ptr<Poppler> poppler_;
};

// --- pdf_words.cpp ----------------------------------------------------------------------------

/// True when a gap between two glyphs (in points) on a line set in size-point type is a word
/// space. typical is the usual word space of the line (0 when the line has too few to tell).
bool is_word_space(double gap, double size, double typical);

/// Makes one line of a row: raised pieces marked, pieces in reading order (right to left when
/// the row's letters are, or on a page read right to left when it has no letters of either
/// direction to say otherwise, or only left-to-right ones: "2 A/79/310." in an Arabic footnote),
/// a space only where the glyphs stand a word space apart.
PageLine make_line(Row row, int column, int number, bool right_to_left_page = false);

// --- pdf_bidi.cpp -----------------------------------------------------------------------------

/// Puts a piece's glyphs, given as they stand from left to right, in the order a right-to-left
/// reader reads them (inverse bidirectional algorithm: digits keep theirs); runs move with them.
void to_reading_order(Piece& piece);

/// One piece in reading order, and where the gap that may put a space before it stands:
/// space_at = b is the gap between row[b - 1] and row[b] (0: none, the line's first piece).
struct Step {
  size_t piece = 0;
  size_t space_at = 0;
};

/// The order in which a row's pieces (sorted left to right as they stand) are read: from the right
/// in a right-to-left line, left-to-right runs inside it kept as they stand, and the other way
/// round in a left-to-right line. Pieces read right to left are put in reading order themselves.
std::vector<Step> reading_order(std::vector<Piece>& row, bool right_to_left);

/// Puts each LAM-ALEF ligature of a piece as the glyphs around it stand (poppler writes its two
/// letters in reading order): a LAM box half as wide as one of the document's ligatures (halves:
/// their half-advances as a fraction of the font size, from ligature_halves); with none known, a
/// LAM and ALEF that share their width evenly.
void place_ligatures(Piece& piece, const std::vector<double>& halves);

/// True when most letters of a document's pages are of right-to-left scripts (Arabic, Hebrew):
/// the counts are the sums of its pieces' rtl and ltr.
bool reads_right_to_left(long rtl_letters, long ltr_letters);

/// Measures a right-to-left page's lines from its right edge: left and right, and the second
/// word's start, mirrored across a page width points wide. Lines start where their text starts,
/// so indents, the room at a line's end and flush or centred lines read as on a left-to-right page.
void mirror(std::vector<PageLine>& lines, double width);

// --- pdf_fonts.cpp ---------------------------------------------------------------------------

/// The half-advances, as fractions of the font size, of the LAM-ALEF ligature glyphs of the
/// document's simple fonts (read from their ToUnicode maps and width tables); empty when there
/// are none or the fonts cannot be read so.
std::vector<double> ligature_halves(std::string_view bytes);

// --- pdf_columns.cpp --------------------------------------------------------------------------

/// Groups pieces into rows by vertical overlap, top to bottom (a raised footnote number joins the
/// row it stands on).
std::vector<Row> group_rows(std::vector<Piece> pieces);

/// The lines of a page in reading order: rows cut where their words stand far apart, a page set
/// in two columns read column after column between the full-width lines; gap_before filled.
/// right_to_left_page: the document reads right to left (see make_line).
std::vector<PageLine> page_lines(std::vector<Piece> pieces, double width, int& number, bool right_to_left_page = false);

// --- pdf_furniture.cpp ------------------------------------------------------------------------

/// Flags, from the geometry of every page of a document, the lines that are page furniture
/// (running titles, symbols, job numbers, page numbers, barcodes), the first page's masthead and
/// the footnote areas; sets each page's layout_known. heights: each page's height in points.
void mark_layout(std::vector<Page>& pages, const std::vector<double>& heights);

}  // namespace resdiff::load_detail::pdf
