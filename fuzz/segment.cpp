// Fuzz target: the segmenter (resolution grammar, footnote markers and definitions, headers,
// annexes, repairs) on raw text, without a reader in front of it, then the `parse` writers.
//
// The input is valid UTF-8 (anything else is skipped: readers never hand the segmenter other
// bytes), made into blocks the way a reader would: "---" front matter of "key: value" lines,
// blocks cut at blank lines, and two control characters marking emphasis, taken out of the
// text: \x01 toggles italic, \x02 toggles bold.
//
//   "---\nsymbol: A/RES/abc/41\n---\nThe General Assembly,\n\n\x01Recalling\x01 its resolution"
//   → front matter {symbol: A/RES/abc/41}, blocks "The General Assembly,", "Recalling its
//     resolution" (italic [0, 9))
//
// Promise checked besides "no crash, no sanitizer report, no hang": a Document of valid UTF-8
// (fuzz_input.hpp's check_document) that the parse writers render.
#include <cstdint>
#include <string>

#include "fuzz_input.hpp"
#include "resdiff/render.hpp"
#include "resdiff/segment.hpp"

namespace {

using namespace resdiff;

// One block out of text with \x01 / \x02 emphasis marks.
Block make_block(std::string_view raw, int line) {
  Block block;
  block.line = line;
  size_t italic = std::string_view::npos, bold = std::string_view::npos;
  for (char c : raw) {
    size_t& open = c == '\x01' ? italic : bold;
    if (c == '\x01' || c == '\x02') {
      if (open == std::string_view::npos) {
        open = block.text.size();
      } else {
        (c == '\x01' ? block.italics : block.bold).push_back({open, block.text.size()});
        open = std::string_view::npos;
      }
    } else {
      block.text += c;
    }
  }
  return block;
}

Source make_source(std::string_view text) {
  Source source;
  source.path = "fuzz.txt";
  int line = 1;
  if (text.substr(0, 4) == "---\n") {
    size_t end = text.find("\n---\n", 3);
    if (end != std::string_view::npos) {
      std::string_view front = text.substr(4, end - 3);
      for (size_t pos = 0; pos < front.size();) {
        size_t nl = front.find('\n', pos);
        std::string_view entry = front.substr(pos, nl - pos);
        size_t colon = entry.find(": ");
        if (colon != std::string_view::npos) source.front_matter[std::string(entry.substr(0, colon))] = entry.substr(colon + 2);
        ++line;
        pos = nl == std::string_view::npos ? front.size() : nl + 1;
      }
      text.remove_prefix(end + 5);
      line += 2;
    }
  }
  while (!text.empty()) {
    size_t gap = text.find("\n\n");
    std::string_view raw = text.substr(0, gap);
    if (!raw.empty()) source.blocks.push_back(make_block(raw, line));
    for (char c : raw) line += c == '\n';
    if (gap == std::string_view::npos) break;
    text.remove_prefix(gap + 2);
    line += 2;
  }
  return source;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input = fuzz::bytes_of(data, size);
  if (text::find_invalid_utf8(input) != std::string_view::npos) return 0;
  std::string normal = text::nfc(input);
  Document doc = segment(make_source(normal));
  fuzz::check_document(doc);
  render_parse_text(doc);
  render_parse_json(doc);
  render_parse_markdown(doc);
  return 0;
}
