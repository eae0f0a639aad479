// Fuzz target: the HTML report writer (`--format html`) on the comparison of two inputs, and the
// page read back with libxml2's HTML parser.
//
// Promises checked besides "no crash, no sanitizer report, no hang": the page parses without an
// error (libxml2 knows HTML 4's tags only, so "unknown tag" for <main>, <details>, <summary> …
// is the one complaint allowed), and the text of every clause of both documents is on the page
// as it is in the report — nothing dropped, nothing left as markup by a missed escape — but for
// the characters HTML cannot hold (render/markup_chars.hpp).
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>

#include <cstdint>
#include <memory>
#include <string>

#include "fuzz_input.hpp"
#include "render/markup_chars.hpp"
#include "resdiff/render.hpp"
#include "resdiff/resdiff.hpp"

namespace {

// The first parser error other than an unknown tag, collected by libxml2's structured handler.
std::string first_error;

void on_error(void*, xmlErrorPtr error) {
  if (error == nullptr || error->code == XML_HTML_UNKNOWN_TAG || !first_error.empty()) return;
  first_error = error->message == nullptr ? "error " + std::to_string(error->code) : error->message;
}

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct StringFree {
  void operator()(xmlChar* s) const { xmlFree(s); }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace resdiff;
  std::optional<std::pair<Document, Document>> docs = fuzz::parse_pair(data, size);
  if (!docs) return 0;
  auto& [old_doc, new_doc] = *docs;
  Report report = compare(std::move(old_doc), std::move(new_doc));
  std::string page = render_html(report, RenderOptions{});
  fuzz::check(text::find_invalid_utf8(page) == std::string_view::npos, "the HTML page is not valid UTF-8");

  first_error.clear();
  xmlSetStructuredErrorFunc(nullptr, on_error);
  std::unique_ptr<xmlDoc, DocFree> doc(
      htmlReadMemory(page.data(), static_cast<int>(page.size()), nullptr, "UTF-8", HTML_PARSE_NONET | HTML_PARSE_NOWARNING));
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  fuzz::check(doc != nullptr, "libxml2 cannot read the HTML page", page);
  fuzz::check(first_error.empty(), ("the HTML page has an error: " + first_error).c_str(), page);
  std::unique_ptr<xmlChar, StringFree> content(xmlNodeGetContent(xmlDocGetRootElement(doc.get())));
  fuzz::check(content != nullptr, "the HTML page has no text");
  std::string_view shown(reinterpret_cast<const char*>(content.get()));
  for (const Document* side : {&report.old_doc, &report.new_doc}) {
    for (const Clause& clause : side->clauses) {
      std::string expected = render_markup::markup_safe(clause.text);  // what HTML can hold of it
      fuzz::check(shown.find(expected) != std::string_view::npos, "a clause's text is not on the HTML page", clause.text);
    }
  }
  return 0;
}
