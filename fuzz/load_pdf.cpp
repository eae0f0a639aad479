// Fuzz target: the PDF reader (poppler's word boxes, lines, columns, superscripts, the page-text
// repairer), on any bytes.
//
// Promise checked besides "no crash, no sanitizer report, no hang": either an Error, or blocks of
// valid UTF-8 with emphasis spans inside them. poppler itself is Debian's build, not instrumented:
// the coverage counted is resdiff's.
#include <cstdint>

#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  resdiff::Expected<resdiff::Source> source = resdiff::load(resdiff::fuzz::bytes_of(data, size), "fuzz.pdf", resdiff::Format::Pdf);
  if (source) resdiff::fuzz::check_source(*source);
  return 0;
}
