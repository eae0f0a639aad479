// Internal to the load stage: pages of lines in, the measured Lines of load.hpp out. Both the PDF
// reader and the reader of raw page text (text copied out of a PDF, page furniture and all) end up
// with pages of lines; this turns them into the Line stream the segmenter reads, with furniture
// gone and each line's layout measured. What the lines mean is the segmenter's business.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "resdiff/load.hpp"

namespace resdiff::load_detail {

/// One line of a page as an extractor saw it; what the extractor did not know stays 0/false.
struct PageLine {
  std::string text;            ///< UTF-8, without the line break (leading spaces count as indent)
  std::vector<Span> italics;   ///< italic runs in text
  std::vector<Span> bold;      ///< bold runs in text
  double font_size = 0;        ///< dominant font size in points, 0 when unknown
  bool positioned = false;     ///< left, right, top, bottom and the word measures are known
  double left = 0;             ///< left edge in points (a right-to-left PDF: all x measured from the right edge)
  double right = 0;            ///< right edge in points
  double top = 0;              ///< top edge in points, y growing down the page
  double bottom = 0;           ///< bottom edge in points
  double first_word_width = 0; ///< width of the line's first word in points
  double second_word_left = 0; ///< left edge of the line's second word (where a hanging indent aligns)
  int column = 0;              ///< 0 single column or full width, 1 left column, 2 right column
  int source_line = 0;         ///< 1-based line in the source text (raw text) or in the extraction (PDF)
  // Layout signals a reader with page geometry (the PDF reader) fills; raw text leaves them unset.
  std::vector<Span> raised;    ///< runs of text set raised and smaller than the line (superscripts)
  double gap_before = -1;      ///< white space in points (>= 0) above the line, from the line before in
                               ///< its column and page; -1 at a page or column start, or when unknown
  bool furniture = false;      ///< page furniture: running title, symbol, job number, page number, barcode
  bool masthead = false;       ///< the first page's header block (organ, symbol, distribution, date)
  bool footnote_area = false;  ///< under its page's footnote rule (the rule itself included)
};

/// One page: its lines from top to bottom, in reading order.
struct Page {
  std::vector<PageLine> lines;
  bool layout_known = false;   ///< the reader set furniture and footnote_area from the page geometry
};

/// Measures pages of lines into Lines: drops page furniture (symbols, job numbers, barcodes, page
/// numbers, running titles: as the reader flagged them on a page whose layout it knew, else found
/// by pagetext_furniture.cpp), blank lines and footnote separator rules (the lines below a page's
/// rule, or flagged footnote_area, are marked note_area), and fills each line's layout signals: its gap, indents, the room
/// left at its end, its width, whether it is centred or set flush right.
std::vector<Line> lines_from_pages(const std::vector<Page>& pages);

/// True when text looks like raw page text out of a PDF: job numbers, barcodes, page numbers
/// ("2/18"), a repeated symbol line, form feeds, many lines with trailing spaces; or, as pdftotext
/// writes it, form feeds together with hard-wrapped lines.
bool looks_like_page_text(std::string_view text);

/// Splits raw page text into pages (at form feeds or at the page furniture) and measures them.
/// YAML front matter at the top is skipped; Line::source_line counts lines of text as given.
/// *unmarked is set when the text is pdftotext's plain text (form feeds, no blank lines between
/// paragraphs, no emphasis).
std::vector<Line> lines_from_page_text(std::string_view text, bool* unmarked = nullptr);

/// The lines of a container's paragraphs (DOCX, HTML) when they hold page text pasted from a PDF
/// (page furniture, one paragraph per printed line or paragraphs with the page's marks between
/// them), measured as raw page text; empty when they do not look like page text.
std::vector<Line> lines_from_container(const std::vector<Block>& blocks, bool* unmarked = nullptr);

}  // namespace resdiff::load_detail
