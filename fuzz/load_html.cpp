// Fuzz target: the HTML reader (libxml2's HTML parser, charset handling, lists, notes), on any bytes.
//
// Promise checked besides "no crash, no sanitizer report, no hang": either an Error, or blocks of
// valid UTF-8 with emphasis spans inside them.
#include <cstdint>

#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  resdiff::Expected<resdiff::Source> source = resdiff::load(resdiff::fuzz::bytes_of(data, size), "fuzz.html", resdiff::Format::Html);
  if (source) resdiff::fuzz::check_source(*source);
  return 0;
}
