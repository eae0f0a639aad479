// Internal to src/segment: reading paragraphs and footnotes out of a paged source's Lines
// (paragraphs.cpp, notes.cpp, wraps.cpp). The readers measured the lines; here they are read.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "resdiff/load.hpp"
#include "segment/lexicon.hpp"

namespace resdiff::segmenter {

/// A paragraph under construction: text, emphasis runs, and the source line it starts at.
struct Para {
  std::string text;
  std::vector<Span> italics;
  std::vector<Span> bold;
  int line = 0;
};

/// The lower-case words of a document, to tell "inter-national" from "decision-making".
using WordSet = std::unordered_set<std::string>;

// --- shapes of a line (paragraphs.cpp) --------------------------------------------------------

/// The first code point of s after opening quotes, brackets and spaces, or 0.
char32_t first_letter(std::string_view s);

/// The code point that ends s, or 0.
char32_t last_code_point(std::string_view s);

/// N when s starts with a number "N." followed by a space or the end (N has 1-3 digits), else 0.
int leading_number(std::string_view s);

/// Length of a label "(a)", "(iv)", "(B)" starting s and followed by a space or the end, else 0.
size_t sub_label_length(std::string_view s);

/// True when s is nothing but a number "N." or a label "(a)".
bool is_bare_label(std::string_view s);

/// The value of Unicode superscript digits (¹²³…) making up all of s, or -1.
int superscript_value(std::string_view s);

// --- joining lines (wraps.cpp) ----------------------------------------------------------------

/// Adds the lower-case words of text to words.
void add_words(std::string_view text, WordSet& words);

/// A new paragraph holding one line.
Para para_from_line(const Line& line);

/// Appends a wrapped line: joined by a space, or without one after an end-of-line hyphen
/// (dropped when the joined word occurs elsewhere in words; kept with its space before a word
/// that suspends a compound, "pre- and post-conflict") or a dash between digits.
void append_line(Para& para, const Line& line, const WordSet& words, const Lexicon& lex);

/// Replaces text[begin, end) by with, moving and clipping the emphasis runs.
void replace_range(Para& para, size_t begin, size_t end, std::string_view with);

/// The finished block: runs of spaces collapsed, trimmed, NFC, emphasis runs merged.
Block finish(Para para);

// --- footnote areas (notes.cpp) ---------------------------------------------------------------

/// Index of the first line of the footnote area at the bottom of a page, or page.size() when the
/// page has none: the lines the reader found below the separator rule; else the first line, below
/// some text, opening with a superscript number or one glued to a capital; else footnote numbers
/// alone on their lines (text without layout); else the trailing lines set smaller than body_size
/// that start with a number. When a footnote continues from the page before (continuing), the
/// area may open without a number.
size_t footnote_area_start(const std::vector<const Line*>& page, double body_size, bool continuing);

/// True when the last line of a footnote area ends its footnote (".", ")", ";", "”"): false means
/// the footnote continues on the next page.
bool ends_footnote(std::string_view text);

/// Parses footnote areas (in reading order) into numbered definitions, continuing a definition
/// across lines and pages; last_number carries the numbering from area to area. A note marked
/// "*" (a draft's note on its sponsors) is definition 0. Returns the lines that open no footnote and
/// continue none: they are text, never dropped.
std::vector<const Line*> parse_footnotes(const std::vector<const Line*>& area, const WordSet& words, const Lexicon& lex,
                                         std::map<int, Para>& defs, int& last_number, std::vector<std::string>& warnings);

// --- paragraphs (paragraphs.cpp) --------------------------------------------------------------

/// Reads a paged source's lines into paragraph blocks, followed by one "[^N]: text" block per
/// footnote definition. Footnote references stay in the text as they stand (raised digits as
/// superscripts): take_markers decides them. unmarked: pdftotext's plain text, where no blank line
/// separates paragraphs.
std::vector<Block> paragraphs_from_lines(const std::vector<Line>& lines, bool unmarked, const Lexicon& lex,
                                         std::vector<std::string>& warnings);

}  // namespace resdiff::segmenter
