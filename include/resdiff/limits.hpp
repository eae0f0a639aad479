// The bounds resdiff keeps on what it reads, all in one place.
//
// resdiff reads files from e-mail and the web. Every resource an input can make it spend —
// memory, nesting depth, decompression, pages, time — has a bound here, far above what a real
// resolution needs (the longest in the corpus, A/RES/80/5 with its programme of action, is 60 KB
// of text, 166 annex paragraphs, 13 PDF pages). An input over a bound is refused with one line
// naming the file and the bound ("more than resdiff's limit of 32 MiB of text"), never
// truncated in silence. man/resdiff.1 (LIMITS) lists the same values; tests may pass lower ones.
//
//   LoadOptions options;                      // options.limits holds the defaults below
//   options.limits.max_text_bytes = 1 << 10;  // a test of the refusal, without a 32 MiB file
#pragma once
#include <cstddef>
#include <string>

namespace resdiff {

/// What one input may cost. The defaults are resdiff's limits.
struct Limits {
  /// Largest input file, any format, checked before it is read: a DOCX full of pictures or a
  /// long PDF fits.
  size_t max_file_bytes = size_t{256} << 20;
  /// Largest plain-text or Markdown input, and largest text read out of any other format: room
  /// for a whole session's resolutions in one file (bench/'s 64,000-clause pair is 30 MB a side).
  size_t max_text_bytes = size_t{32} << 20;
  /// Largest markup read at once: an HTML file, one XML part of a DOCX once inflated.
  size_t max_markup_bytes = size_t{64} << 20;
  /// Longest paragraph: the word diff of two paragraphs costs the product of their lengths.
  size_t max_paragraph_bytes = size_t{256} << 10;
  /// Most paragraphs in one input (as read, and as segmented into clauses).
  size_t max_paragraphs = 100'000;
  /// Most lines of a paged input (a PDF, raw page text): 5,000 pages of 200 lines.
  size_t max_lines = 1'000'000;
  /// Deepest nesting of HTML or XML elements (libxml2's own bound without XML_PARSE_HUGE).
  int max_nesting = 256;
  /// Largest compression ratio of a DOCX part above 1 MiB (a "zip bomb" is thousands to one).
  size_t max_zip_ratio = 100;
  /// Most PDF pages read.
  int max_pdf_pages = 5'000;
  /// Longest run of the command line, in seconds, before it gives up (exit status 2).
  int max_seconds = 300;
};

/// A byte count as the messages and the man page write it: "16 MiB", "256 KiB", "100 bytes".
inline std::string byte_count(size_t bytes) {
  if (bytes >= (size_t{1} << 20) && bytes % (size_t{1} << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  if (bytes >= (size_t{1} << 10) && bytes % (size_t{1} << 10) == 0) return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

}  // namespace resdiff
