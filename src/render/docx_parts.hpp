// The pieces of `--format docx` (docx_writer.cpp builds word/document.xml and word/footnotes.xml
// from a Report; docx_xml.cpp holds the fixed parts and zips the package). Internal to the
// render stage.
#pragma once
#include <ctime>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "resdiff/expected.hpp"

namespace resdiff::render_docx_detail {

/// The WordprocessingML namespace declarations every part's root element carries.
extern const char* const kNamespaces;

/// Text escaped for XML content and attribute values; characters XML 1.0 forbids are dropped.
std::string xml_escape(std::string_view text);

/// The parts of the package that do not depend on the report, filled in for one document:
/// [Content_Types].xml, _rels/.rels, word/_rels/document.xml.rels, word/styles.xml,
/// word/settings.xml and docProps/core.xml (title, author, date).
std::vector<std::pair<std::string, std::string>> fixed_parts(const std::string& title, const std::string& author,
                                                             const std::string& date);

/// The ZIP archive holding parts in the given order (deflated), every entry stamped with mtime
/// so that the bytes depend only on the parts; Error::message says what libzip refused.
Expected<std::string> zip_parts(const std::vector<std::pair<std::string, std::string>>& parts, std::time_t mtime);

}  // namespace resdiff::render_docx_detail
