// Internal to the load stage: page text in, paragraph blocks out. Both the PDF reader and the
// reader of raw page text (text copied out of a PDF, page furniture and all) end up with pages
// of lines; this repairer turns them into the Block stream every other reader yields.
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
  double left = 0;             ///< left edge in points
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

/// Repairs pages of lines into paragraph blocks: drops page furniture (symbols, job numbers,
/// barcodes, page numbers, running titles), joins hard wraps and page breaks, undoes end-of-line
/// hyphenation, collects footnote areas as trailing "[^N]: text" blocks with "[^N]" at their markers,
/// and puts operative numbers back at the start of their paragraphs. plain_text_pages: the pages
/// are pdftotext's plain text (form feeds, no layout, no emphasis), where a capitalised line after
/// a line far too short to be wrapped, or a recital opener after a clause's end, starts a paragraph.
std::vector<Block> repair_pages(const std::vector<Page>& pages, std::vector<std::string>& warnings,
                                bool plain_text_pages = false);

/// True when text looks like raw page text out of a PDF: job numbers, barcodes, page numbers
/// ("2/18"), a repeated symbol line, form feeds, many lines with trailing spaces; or, as pdftotext
/// writes it, form feeds together with hard-wrapped lines.
bool looks_like_page_text(std::string_view text);

/// Splits raw page text into pages (at form feeds or at the page furniture) and repairs them.
/// YAML front matter at the top is skipped; Block::line counts lines of text as given.
std::vector<Block> blocks_from_page_text(std::string_view text, std::vector<std::string>& warnings);

}  // namespace resdiff::load_detail
