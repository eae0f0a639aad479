// Stage 1, load: bytes in, paragraph blocks out. Knows file formats, not resolutions.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "resdiff/expected.hpp"
#include "resdiff/limits.hpp"

namespace resdiff {

/// Input formats. Auto means: detect from the content.
enum class Format { Auto, Text, Markdown, Html, Docx, Pdf };

/// "text", "markdown", "html", "docx", "pdf" ("auto" for Auto).
const char* format_name(Format format);

/// A half-open byte range [begin, end) inside Block::text.
struct Span {
  size_t begin = 0;
  size_t end = 0;
};

/// One paragraph of source text, emphasis markup taken out.
struct Block {
  std::string text;              ///< UTF-8, NFC; single line breaks kept as '\n'
  std::vector<Span> italics;     ///< italic runs in text (recital openers are italic)
  std::vector<Span> bold;        ///< bold runs in text
  int line = 0;                  ///< 1-based line in the source where the block starts
};

/// One line of a paged source (a PDF, or text copied out of one) as its reader saw it, page
/// furniture (symbols, job and page numbers, barcodes, running titles) already gone, with the
/// layout signals the page gave. Readers only measure: the segmenter decides what the lines are
/// (paragraphs, recitals, headings, footnotes, markers). What a reader does not know stays 0 or
/// false. Lengths are in points when `positioned`, else in characters.
///
///   "Recalling its resolution 98/1 of 2 January 2098,1"  (the "1" set raised and smaller)
///     → Line{text, italics [0, 9), raised [49, 50), page 0, gap 0.6, indent 36, room 120 …}
struct Line {
  std::string text;           ///< UTF-8, NFC, trimmed, without the line break
  std::vector<Span> italics;  ///< italic runs in text
  std::vector<Span> bold;     ///< bold runs in text
  std::vector<Span> raised;   ///< runs set raised and smaller than the line: footnote references
  int source_line = 0;        ///< 1-based line in the source text (raw text) or in the extraction (PDF)
  int page = 0;               ///< 0-based page
  int column = 0;             ///< 0 single column or full width, 1 left column, 2 right column
  bool positioned = false;    ///< the measures come from glyph positions, not from characters
  double font_size = 0;       ///< dominant font size in points, 0 when unknown
  double gap = 0;             ///< white space above the line beyond the usual one between a paragraph's lines, in ems (raw text: blank lines)
  double left = 0;            ///< where the line starts on the page (raw text: its leading blanks)
  double indent = 0;          ///< where the line starts, past its page region's left margin
  double second_indent = 0;   ///< where its second word starts (what a hanging indent lines up with)
  double room = 0;            ///< space left free at the line's right end, before the region's right margin
  double first_word = 0;      ///< width of the line's first word and the space before it
  double width = 0;           ///< how far across its region the line reaches, as a fraction of a full line (0 unknown)
  bool centred = false;       ///< stands in the middle of its region, well in from both margins
  bool flush_right = false;   ///< ends at the right margin and starts past the middle of its region
  bool masthead = false;      ///< stands in the first page's header block (organ, symbol, distribution, date)
  bool note_area = false;     ///< stands below its page's footnote separator rule (the rule itself is gone)
};

/// One loaded input: its blocks (or, from a paged source, its lines) in reading order and what
/// the container said about it.
struct Source {
  std::string path;
  Format format = Format::Text;
  std::vector<Block> blocks;  ///< paragraphs as a container gave them (Markdown, plain text, DOCX, HTML)
  std::vector<Line> lines;    ///< a paged source's lines (PDF, raw page text); blocks is then empty
  bool unmarked_paragraphs = false;  ///< lines whose paragraphs no blank line sets apart (pdftotext's plain text)
  std::map<std::string, std::string> front_matter;  ///< YAML front matter keys (hints, never the truth)
  std::vector<std::string> warnings;
  std::string language;  ///< the language the user named (--lang: "fr"); empty: found from the text
};

/// How to read an input.
struct LoadOptions {
  Format format = Format::Auto;  ///< Auto: detect from the content
  bool docx_original = false;    ///< DOCX with tracked changes: read the text as it was before them
  std::string language;          ///< the document's language ("fr"), when the user names it; empty: detect
  Limits limits;                 ///< what the input may cost (limits.hpp); over a limit is an Error
};

/// Reads a whole file ("-" for standard input) into memory; refuses one larger than max_bytes
/// (before reading it, when its size is known) with an Error naming the limit.
Expected<std::string> read_file(const std::string& path, size_t max_bytes = Limits{}.max_file_bytes);

/// Detects the format of bytes from their content (PDF magic, ZIP with word/document.xml, HTML, else text).
Format detect_format(std::string_view bytes);

/// Decodes and splits bytes into blocks. Refuses binary data and invalid UTF-8 with an Error naming path.
Expected<Source> load(std::string_view bytes, const std::string& path, Format format = Format::Auto);

/// The same with every reading option (DOCX tracked changes).
Expected<Source> load(std::string_view bytes, const std::string& path, const LoadOptions& options);

}  // namespace resdiff
