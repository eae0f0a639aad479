// Characters that XML 1.0 and HTML cannot hold, for the writers of markup (the HTML page, the
// Word document): C0 control characters other than tab, line feed and carriage return, and the
// non-characters U+FFFE and U+FFFF. A text holding one (pasted from anywhere) would make the
// page or document.xml not well-formed, and resdiff could not read its own Word file back, so
// the writers leave them out:
//
//   forbidden_in_markup("a\x01b", 1) → 1      forbidden_in_markup("a\uFFFEb", 1) → 3
//   forbidden_in_markup("a\u00E9b", 1) → 0    (é is fine)
#pragma once
#include <string>
#include <string_view>

namespace resdiff::render_markup {

/// The length in bytes of the character at text[i] when markup cannot hold it, else 0.
inline size_t forbidden_in_markup(std::string_view text, size_t i) {
  auto u = static_cast<unsigned char>(text[i]);
  if (u < 0x20) return u == '\t' || u == '\n' || u == '\r' ? 0 : 1;
  if (u == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
      (static_cast<unsigned char>(text[i + 2]) == 0xBE || static_cast<unsigned char>(text[i + 2]) == 0xBF))
    return 3;
  return 0;
}

/// text without the characters markup cannot hold.
inline std::string markup_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (size_t skip = forbidden_in_markup(text, i)) {
      i += skip - 1;
      continue;
    }
    out += text[i];
  }
  return out;
}

}  // namespace resdiff::render_markup
