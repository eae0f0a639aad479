// The pieces of `--format docx` (docx_writer.cpp builds word/document.xml and word/footnotes.xml
// from a Report; docx_xml.cpp holds the fixed parts and zips the package). Internal to the
// render stage.
#pragma once
#include <ctime>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "resdiff/document.hpp"
#include "resdiff/expected.hpp"

namespace resdiff::render_docx_detail {

/// The WordprocessingML namespace declarations every part's root element carries.
extern const char* const kNamespaces;

/// Text escaped for XML content and attribute values; characters XML 1.0 forbids are dropped.
std::string xml_escape(std::string_view text);

/// The parts of the package that do not depend on the report, filled in for one document:
/// [Content_Types].xml, _rels/.rels, word/_rels/document.xml.rels, word/styles.xml,
/// word/settings.xml and docProps/core.xml (title, author, date); the content type and the
/// relationship of word/numbering.xml too when `numbering`.
std::vector<std::pair<std::string, std::string>> fixed_parts(const std::string& title, const std::string& author,
                                                             const std::string& date, bool numbering);

/// Automatic numbering (docx_list.cpp): the list level (w:ilvl) of an operative paragraph
/// (0) or sub-paragraph (1–3) by the depth of its number; -1 for any other clause.
int list_level(const Clause& c);
/// True when the document's operative paragraphs and sub-paragraphs are numbered as the list
/// counts them (1., 2., … with (a), (b), … restarting under each): only then is it numbered so.
bool numbers_follow_the_list(const Document& doc);
/// word/numbering.xml: the one list, its levels "%1.", "(%2)", "(%3)", "(%4)".
std::string numbering_part();

/// The ZIP archive holding parts in the given order (deflated), every entry stamped with mtime
/// so that the bytes depend only on the parts; Error::message says what libzip refused.
Expected<std::string> zip_parts(const std::vector<std::pair<std::string, std::string>>& parts, std::time_t mtime);

}  // namespace resdiff::render_docx_detail
