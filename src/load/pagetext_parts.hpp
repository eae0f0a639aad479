// Internal to the page-text repairer (pagetext*.cpp): the line and paragraph types its stages pass
// along, and the stages themselves. pagetext.hpp is the interface; this is the workbench.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "load/pagetext.hpp"

namespace resdiff::load_detail::pagetext {

/// A line of the document: the extractor's line, trimmed, with its page and indentation.
struct Line {
  PageLine in;         ///< text trimmed at both ends, spans shifted to match
  int page = 0;        ///< 0-based page
  int indent = 0;      ///< leading spaces the raw text had
  bool blank = false;  ///< nothing but white space
};

/// A paragraph under construction: text, emphasis runs, and the source line it starts at.
struct Para {
  std::string text;
  std::vector<Span> italics;
  std::vector<Span> bold;
  int line = 0;
};

/// The lower-case words of a document, to tell "inter-national" from "decision-making".
using WordSet = std::unordered_set<std::string>;

/// Lines out of pages: trims each line, notes its page and indentation, marks blank lines.
std::vector<Line> flatten(const std::vector<Page>& pages);

// --- characters -------------------------------------------------------------------------------

/// The first code point of s after opening quotes and brackets, or 0.
char32_t first_letter(std::string_view s);

/// The code point that ends s, or 0.
char32_t last_code_point(std::string_view s);

/// True for an upper-case or title-case letter.
bool is_upper(char32_t c);

/// True for a lower-case letter.
bool is_lower(char32_t c);

/// True for any letter.
bool is_letter(char32_t c);

/// The value of Unicode superscript digits (¹²³…) making up all of s, or -1.
int superscript_value(std::string_view s);

// --- line patterns ----------------------------------------------------------------------------

/// N when s starts with an operative number "N." followed by a space or the end (N has 1-3 digits), else 0.
int leading_number(std::string_view s);

/// Length of a sub-paragraph label "(a)", "(iv)", "(B)" starting s and followed by a space or the end, else 0.
size_t sub_label_length(std::string_view s);

/// True when s is nothing but an operative number "N." or a sub-paragraph label "(a)".
bool is_bare_label(std::string_view s);

// --- furniture (pagetext_furniture.cpp) -------------------------------------------------------

/// True for a line that is page furniture by its form alone: a document symbol ("A/RES/80/5"),
/// a job number ("25-17700 (E)"), a barcode ("*2517700*") or a page number ("2/18").
bool is_hard_furniture(std::string_view trimmed);

/// True for a page number of the form "2/18" or "Page 2 of 18".
bool is_page_number(std::string_view trimmed);

/// Marks the page furniture among lines: hard furniture, bare page numbers at page edges, and the
/// running title lines next to them (lines repeated beside furniture on several pages, or repeating
/// a stretch of the first page's text).
std::vector<bool> find_furniture(const std::vector<Line>& lines, bool pages_known);

// --- paragraphs (pagetext_para.cpp) -----------------------------------------------------------

/// Adds the lower-case words of text to words.
void add_words(std::string_view text, WordSet& words);

/// A new paragraph holding one line.
Para para_from_line(const Line& line);

/// Appends a wrapped line: joined by a space, or without one after an end-of-line hyphen
/// (dropped when the joined word occurs elsewhere in words) or a dash between digits.
void append_line(Para& para, const Line& line, const WordSet& words);

/// Replaces text[begin, end) by with, moving and clipping the emphasis runs.
void replace_range(Para& para, size_t begin, size_t end, std::string_view with);

/// The finished block: runs of spaces collapsed, trimmed, NFC, emphasis runs merged.
Block finish(Para para);

// --- footnotes (pagetext_footnotes.cpp) -------------------------------------------------------

/// Index of the first line of the footnote area at the bottom of a page, or the number of lines
/// when the page has none: after a "_____" separator, at the first line opening with a superscript
/// number, or at the trailing lines set smaller than body_size that start with a number. When a
/// footnote continues from the page before (continuing), the area may open without a number.
size_t footnote_area_start(const std::vector<Line>& page, double body_size, bool continuing);

/// True when the last line of a footnote area ends its footnote (".", ")", ";", "”"): false means
/// the footnote continues on the next page.
bool ends_footnote(std::string_view text);

/// Parses footnote areas (in reading order) into numbered definitions, continuing a definition
/// across lines and pages; next_number carries the numbering from area to area.
void parse_footnotes(const std::vector<Line>& area, const WordSet& words, std::map<int, Para>& defs,
                     int& last_number, std::vector<std::string>& warnings);

/// Replaces the footnote markers in the body (bare or superscript digits after a word, digits glued
/// to a year) by "[^N]", taking N = 1, 2, 3… in reading order and only where a definition exists.
void link_markers(std::vector<Para>& body, const std::map<int, Para>& defs, std::vector<std::string>& warnings);

}  // namespace resdiff::load_detail::pagetext
