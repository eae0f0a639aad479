// Code point helpers for the passes: step through UTF-8, ask ICU what a character is. ASCII is
// told inline in passes.hpp; these are the rest.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "segment/passes.hpp"

namespace resdiff::segmenter {

char32_t char_at_beyond_ascii(std::string_view s, size_t i, size_t* next) {
  if (i >= s.size()) {
    if (next) *next = s.size();
    return 0;
  }
  auto offset = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), offset, static_cast<int32_t>(s.size()), c);
  if (next) *next = static_cast<size_t>(offset);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

char32_t char_before_beyond_ascii(std::string_view s, size_t i, size_t* start) {
  if (i == 0 || i > s.size()) {
    if (start) *start = 0;
    return 0;
  }
  auto offset = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, offset, c);
  if (start) *start = static_cast<size_t>(offset);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

bool is_letter_beyond_ascii(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }
bool is_lower_beyond_ascii(char32_t c) { return u_islower(static_cast<UChar32>(c)); }
bool is_upper_beyond_ascii(char32_t c) { return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c)); }
bool is_blank_beyond_ascii(char32_t c) { return c == 0xA0 || u_isUWhiteSpace(static_cast<UChar32>(c)); }

int superscript_digit(char32_t c) {
  switch (c) {
    case 0x2070: return 0;
    case 0x00B9: return 1;
    case 0x00B2: return 2;
    case 0x00B3: return 3;
    default: return c >= 0x2074 && c <= 0x2079 ? static_cast<int>(c - 0x2070) : -1;
  }
}

std::string_view trim_beyond_ascii(std::string_view s) {
  size_t b = 0;
  while (b < s.size()) {
    size_t next = 0;
    if (!is_blank(char_at(s, b, &next))) break;
    b = next;
  }
  size_t e = s.size();
  while (e > b) {
    size_t start = 0;
    if (!is_blank(char_before(s, e, &start))) break;
    e = start;
  }
  return s.substr(b, e - b);
}

}  // namespace resdiff::segmenter
