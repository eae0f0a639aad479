// Internal to the page-text measurer (pagetext*.cpp): the row type its stages pass along, and the
// stages themselves. pagetext.hpp is the interface; this is the workbench.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "load/pagetext.hpp"

namespace resdiff::load_detail::pagetext {

/// A row of the document: the extractor's line, trimmed, with its page and indentation.
struct Row {
  PageLine in;         ///< text trimmed at both ends, spans shifted to match
  int page = 0;        ///< 0-based page
  int indent = 0;      ///< leading spaces the raw text had
  bool blank = false;  ///< nothing but white space
};

/// Rows out of pages: trims each line, notes its page and indentation, marks blank lines.
std::vector<Row> flatten(const std::vector<Page>& pages);

// --- characters -------------------------------------------------------------------------------

/// The first code point of s after opening quotes and brackets, or 0.
char32_t first_letter(std::string_view s);

/// The code point that ends s, or 0.
char32_t last_code_point(std::string_view s);

/// True for an upper-case or title-case letter.
bool is_upper(char32_t c);

/// True for a lower-case letter.
bool is_lower(char32_t c);

/// Number of code points in s.
size_t code_points(std::string_view s);

// --- line shapes ------------------------------------------------------------------------------

/// N when s starts with a number "N." followed by a space or the end (N has 1-3 digits), else 0.
int leading_number(std::string_view s);

/// Length of a label "(a)", "(iv)", "(B)" starting s and followed by a space or the end, else 0.
size_t sub_label_length(std::string_view s);

/// True when s is nothing but a number "N." or a label "(a)".
bool is_bare_label(std::string_view s);

/// True for a footnote separator rule: five or more underscores.
bool is_separator(std::string_view trimmed);

// --- furniture (pagetext_furniture.cpp) -------------------------------------------------------

/// True for a line that is page furniture by its form alone: a document symbol ("A/RES/80/5"),
/// a job number ("25-17700 (E)"), a barcode ("*2517700*") or a page number ("2/18").
bool is_hard_furniture(std::string_view trimmed);

/// True for a page number of the form "2/18" or "Page 2 of 18".
bool is_page_number(std::string_view trimmed);

/// Marks the page furniture among rows: hard furniture, bare page numbers at page edges, and the
/// running title lines next to them (lines repeated beside furniture on several pages, or repeating
/// a stretch of the first page's text).
std::vector<bool> find_furniture(const std::vector<Row>& rows, bool pages_known);

}  // namespace resdiff::load_detail::pagetext
