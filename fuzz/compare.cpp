// Fuzz target: the whole comparison of two inputs — each read in the format detected from its
// bytes and segmented, then aligned, word-diffed and classified — and every text view of the
// result: the terminal view (plain and coloured, wrapped and not), side by side, --stat, the
// committee summary and the JSON report.
//
// The input is two documents cut at the separator of fuzz_input.hpp. Promises checked besides
// "no crash, no sanitizer report, no hang": the documents and every view are valid UTF-8, and
// the JSON report parses as JSON.
#include <nlohmann/json.hpp>

#include <cstdint>

#include "fuzz_input.hpp"
#include "resdiff/render.hpp"
#include "resdiff/resdiff.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace resdiff;
  std::optional<std::pair<Document, Document>> docs = fuzz::parse_pair(data, size);
  if (!docs) return 0;
  auto& [old_doc, new_doc] = *docs;
  fuzz::check_document(old_doc);
  fuzz::check_document(new_doc);
  CompareOptions options;
  options.ignore_technical = size % 2 == 1;  // both ways, chosen by the input
  Report report = compare(std::move(old_doc), std::move(new_doc), options);

  auto utf8 = [](const std::string& s, const char* what) {
    fuzz::check(text::find_invalid_utf8(s) == std::string_view::npos, what, s);
  };
  RenderOptions plain;
  plain.width = 0;
  RenderOptions narrow;
  narrow.color = true;
  narrow.context = -1;
  narrow.width = 24;
  utf8(render_text(report, plain), "text view is not valid UTF-8");
  utf8(render_text(report, narrow), "wrapped coloured text view is not valid UTF-8");
  utf8(render_side_by_side(report, narrow), "side-by-side view is not valid UTF-8");
  utf8(render_stat(report, plain), "--stat view is not valid UTF-8");
  utf8(render_markdown_summary(report), "committee summary is not valid UTF-8");
  std::string json = render_json(report);
  fuzz::check(nlohmann::json::accept(json), "the JSON report does not parse", json);
  return 0;
}
