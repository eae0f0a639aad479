// The parts of a .docx package the reader needs, found the way Word finds them: the main
// document through _rels/.rels, styles, numbering, footnotes and endnotes through the main
// document's relationships (with the conventional word/... names as fallback). Headers and
// footers are never opened.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "load/xml.hpp"
#include "resdiff/expected.hpp"
#include "resdiff/limits.hpp"

namespace resdiff::load_detail::docx {

/// The parsed parts of one package; the optional ones are null when absent.
struct Package {
  xml::DocPtr document;
  xml::DocPtr styles;
  xml::DocPtr numbering;
  xml::DocPtr footnotes;
  xml::DocPtr endnotes;
  std::vector<std::string> warnings;  ///< optional parts that could not be read
};

/// Opens a .docx from its bytes within limits (part size, ZIP ratio); Error::message is the
/// reason, ready to follow "not a valid DOCX: ".
Expected<Package> open_package(std::string_view bytes, const Limits& limits = {});

/// A relationship target resolved against the directory of its source part ("word/").
std::string resolve_target(const std::string& base_dir, const std::string& target);

}  // namespace resdiff::load_detail::docx
