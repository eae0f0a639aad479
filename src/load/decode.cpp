// Decoding: raw bytes to NFC UTF-8 text with '\n' line ends, or an Error naming the file.
//
// Order matters. A UTF-16 byte-order mark is looked for first (UTF-16 text is full of NUL bytes);
// then NUL bytes in the first 8 KiB mean a binary file; then a UTF-8 BOM is dropped and the rest
// must be valid UTF-8. Examples:
//   "\xFF\xFE" "h\0i\0"  (UTF-16LE "hi")  -> "hi"
//   "ab\0cd"                               -> Error "binary file, not a text document"
//   "\xEF\xBB\xBF" "ab\xFF"                -> Error "invalid UTF-8 at byte 5" (offsets count the BOM)
//   "a\r\nb\rc"                            -> "a\nb\nc"
#include <unicode/unistr.h>

#include <string>
#include <string_view>

#include "load/loader.hpp"
#include "resdiff/text.hpp"

namespace resdiff::loader {
namespace {

constexpr size_t kBinaryProbe = 8 * 1024;

std::string unify_line_ends(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

std::string utf16_to_utf8(std::string_view bytes) {
  const bool little = bytes.substr(0, 2) == "\xFF\xFE";
  bytes.remove_prefix(bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF" ? 2 : 0);
  icu::UnicodeString units;
  for (size_t i = 0; i + 1 < bytes.size(); i += 2) {
    auto lo = static_cast<unsigned char>(bytes[little ? i : i + 1]);
    auto hi = static_cast<unsigned char>(bytes[little ? i + 1 : i]);
    units.append(static_cast<char16_t>((hi << 8) | lo));
  }
  std::string out;
  units.toUTF8String(out);  // unpaired surrogates come out as U+FFFD
  return out;
}

Expected<std::string> decode_text(std::string_view bytes, const std::string& path) {
  std::string utf8;
  size_t offset = 0;  // bytes skipped in front (a BOM), so error offsets count from the file start
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    if (bytes.size() % 2 != 0) return Error{path, "truncated UTF-16 text (odd number of bytes)"};
    utf8 = utf16_to_utf8(bytes);
  } else {
    if (bytes.substr(0, kBinaryProbe).find('\0') != std::string_view::npos)
      return Error{path, "binary file, not a text document"};
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
      bytes.remove_prefix(3);
      offset = 3;
    }
    size_t bad = text::find_invalid_utf8(bytes);
    if (bad != std::string_view::npos) return Error{path, "invalid UTF-8 at byte " + std::to_string(bad + offset)};
    utf8.assign(bytes);
  }
  return text::nfc(unify_line_ends(utf8));
}

}  // namespace resdiff::loader
