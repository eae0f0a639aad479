// The words of a resolution's layout shared by the renderers that write a whole resolution back
// (parse --format markdown, --format docx): the header lines, the italic clause opener, the
// footnote numbers each clause cites, the parts of a number path. Internal to the render stage.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "resdiff/document.hpp"
#include "resdiff/language.hpp"

namespace resdiff::render_resolution {

/// One header line of a resolution and the metadata field it shows ("symbol", "session",
/// "agenda_item", "title", "date", "report", "heading").
struct HeaderLine {
  std::string field;
  std::string text;  ///< plain text, not escaped
};

/// The header paragraphs, as the first page of a resolution prints them, in the language of
/// meta.language (English:
/// "A/RES/76/28", "Seventy-sixth session", "Agenda item 100 (s)", the title, "Resolution adopted
/// by the General Assembly on 6 December 2021", "[on the report of the Committee (A/76/444,
/// para. 93)]", "76/28. Title"); only those the metadata allows.
std::vector<HeaderLine> header_lines(const Metadata& meta);

/// Byte length of the opener to italicise at the start of a clause ("Recalling also",
/// "Bearing in mind", "Deeply concerned") in language; 0 when the clause does not start with a capital.
size_t opener_length(std::string_view text, const Language& language);

/// Footnote numbers (1-based, into doc.footnotes) for each clause's cited texts: the first
/// unused footnote with that text.
std::vector<std::vector<int>> footnote_numbers(const Document& doc);

/// The labels of a number path: "5 (a) (ii)" → {"5", "(a)", "(ii)"}.
std::vector<std::string> number_parts(const std::string& number);

}  // namespace resdiff::render_resolution
