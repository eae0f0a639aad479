// Fuzz target: the DOCX reader (ZIP, relationships, styles, numbering, footnotes, tracked
// changes), read as accepted and as before the changes.
//
// Random bytes rarely get past a ZIP's checksums to the XML inside, so an input is read in one of
// two ways:
//   - bytes starting "PK": the archive itself (a real .docx from fixtures/ is a seed as it is);
//   - anything else: the XML parts, cut at kPart, in the order word/document.xml,
//     word/styles.xml, word/numbering.xml, word/footnotes.xml, word/endnotes.xml, zipped here
//     before reading (the seeds are the parts of the fixtures' .docx files, see scripts/fuzz.sh).
//
//   "<w:document …><w:body><w:p>…</w:p></w:body></w:document>\n%%part%%\n<w:styles …>…"
//
// Promise checked besides "no crash, no sanitizer report, no hang": either an Error, or blocks of
// valid UTF-8 with emphasis spans inside them.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "fuzz_input.hpp"
#include "render/docx_parts.hpp"

namespace {

constexpr std::string_view kPart = "\n%%part%%\n";

// The input as a .docx: itself when it is a ZIP, else its parts zipped.
std::string package(std::string_view input) {
  if (input.substr(0, 2) == "PK") return std::string(input);
  static const char* const kNames[] = {"word/document.xml", "word/styles.xml", "word/numbering.xml",
                                       "word/footnotes.xml", "word/endnotes.xml"};
  std::vector<std::pair<std::string, std::string>> parts;
  for (const char* name : kNames) {
    size_t at = input.find(kPart);
    parts.emplace_back(name, std::string(input.substr(0, at)));
    if (at == std::string_view::npos) break;
    input.remove_prefix(at + kPart.size());
  }
  resdiff::Expected<std::string> zip = resdiff::render_docx_detail::zip_parts(parts, 0);
  resdiff::fuzz::check(zip.ok(), "cannot zip the parts");
  return std::move(*zip);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string docx = package(resdiff::fuzz::bytes_of(data, size));
  for (bool original : {false, true}) {
    resdiff::LoadOptions options;
    options.format = resdiff::Format::Docx;
    options.docx_original = original;
    resdiff::Expected<resdiff::Source> source = resdiff::load(docx, "fuzz.docx", options);
    if (source) resdiff::fuzz::check_source(*source);
  }
  return 0;
}
