// Fuzz target: the text and Markdown reader (decoding, front matter, blocks, inline markup, and
// the raw page-text repairer for text pasted from a PDF), on any bytes.
//
// Promise checked besides "no crash, no sanitizer report, no hang": either an Error, or blocks of
// valid UTF-8 with emphasis spans inside them (fuzz_input.hpp's check_source).
#include <cstdint>

#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes = resdiff::fuzz::bytes_of(data, size);
  for (resdiff::Format format : {resdiff::Format::Text, resdiff::Format::Markdown}) {
    resdiff::Expected<resdiff::Source> source = resdiff::load(bytes, "fuzz.md", format);
    if (source) resdiff::fuzz::check_source(*source);
  }
  return 0;
}
