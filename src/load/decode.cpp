// Decoding: raw bytes to NFC UTF-8 text with '\n' line ends, or an Error naming the file.
//
// Order matters. A UTF-16 byte-order mark is looked for first (UTF-16 text is full of NUL bytes),
// then UTF-16 without one: Latin-script UTF-16 has a NUL in every other byte and in no other
// place, which is decoded with a warning; then a NUL byte anywhere means a binary file (no text
// document holds one); then a UTF-8 BOM is dropped and the rest
// must be valid UTF-8 — or, when it is not, ICU's charset detector may recognise a legacy
// encoding (windows-1252, ISO-8859-x, KOI8-R, Shift_JIS, GB18030, …): the text is then decoded
// with a warning, but only when the detector is confident and the decoded non-ASCII characters
// are letters, digits, punctuation or spaces (random bytes decode to symbol soup and are refused
// with the byte offset of the first invalid UTF-8 sequence). Examples:
//   "\xFF\xFE" "h\0i\0"  (UTF-16LE "hi")  -> "hi"
//   "h\0i\0"  (UTF-16LE "hi", no BOM)       -> "hi" + warning "UTF-16LE without a byte-order mark …"
//   "ab\0cd"                               -> Error "binary file, not a text document (NUL byte at byte 2)"
//   "\xEF\xBB\xBF" "ab\xFF"                -> Error "invalid UTF-8 at byte 5" (offsets count the BOM)
//   "a\r\nb\rc"                            -> "a\nb\nc"
//   "R\xE9solution adopt\xE9e …"            -> "Résolution adoptée …" + warning "decoded as ISO-8859-1 …"
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/loader.hpp"
#include "resdiff/text.hpp"

namespace resdiff::loader {
namespace {

// Bytes looked at to recognise UTF-16 without a byte-order mark.
constexpr size_t kUtf16Probe = 4 * 1024;

/// "\r\n" and a lone "\r" become "\n", in place (nothing to do in a text without a '\r').
void unify_line_ends(std::string& s) {
  size_t out = s.find('\r');
  if (out == std::string::npos) return;
  for (size_t i = out; i < s.size(); ++i) {
    if (s[i] == '\r') {
      s[out++] = '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      s[out++] = s[i];
    }
  }
  s.resize(out);
}

// Minimum detector confidence (0..100) for a legacy encoding to be trusted.
constexpr int32_t kMinConfidence = 40;

// True when every non-ASCII character of s is a letter or mark inside a word (next to another
// letter), a digit, punctuation or a space: "adoptée" passes, a lone "ÿ" between spaces — what a
// stray byte in a damaged UTF-8 file decodes to — does not, and neither does symbol soup.
bool plausible_text(const icu::UnicodeString& s) {
  int32_t odd = 0, non_ascii = 0;
  const int32_t n = s.length();
  for (int32_t i = 0; i < n;) {
    UChar32 c = s.char32At(i);
    int32_t next = i + U16_LENGTH(c);
    if (c < 0x80) {
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++odd;
      i = next;
      continue;
    }
    ++non_ascii;
    int8_t type = u_charType(c);
    if (u_isalpha(c) || (U_GC_M_MASK & U_MASK(type))) {
      bool before = i > 0 && u_isalpha(s.char32At(i - 1));
      bool after = next < n && u_isalpha(s.char32At(next));
      if (!before && !after) ++odd;
    } else if (!(u_isdigit(c) || u_isspace(c) || (U_GC_P_MASK & U_MASK(type)) || c == 0x20AC || c == 0x00B0 ||
                 c == 0x00A7)) {
      ++odd;
    }
    i = next;
  }
  return non_ascii > 0 && odd == 0;
}

// Decodes bytes that are not UTF-8 when ICU recognises their charset with confidence; empty
// result when it does not. charset receives the name used.
std::optional<std::string> decode_legacy(std::string_view bytes, std::string& charset) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* detector = ucsdet_open(&status);
  if (U_FAILURE(status)) return std::nullopt;
  std::optional<std::string> result;
  ucsdet_setText(detector, bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector, &status);
  if (U_SUCCESS(status) && match != nullptr) {
    const char* name = ucsdet_getName(match, &status);
    int32_t confidence = ucsdet_getConfidence(match, &status);
    if (U_SUCCESS(status) && name != nullptr && confidence >= kMinConfidence && std::string_view(name) != "UTF-8") {
      icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), name);
      if (!u.isBogus() && plausible_text(u)) {
        std::string out;
        u.toUTF8String(out);
        charset = name;
        result = std::move(out);
      }
    }
  }
  ucsdet_close(detector);
  return result;
}

}  // namespace

const char* utf16_without_bom(std::string_view bytes) {
  std::string_view probe = bytes.substr(0, kUtf16Probe);
  if (probe.size() < 4 || bytes.size() % 2 != 0) return nullptr;
  size_t zero[2] = {0, 0};
  for (size_t i = 0; i < probe.size(); ++i) zero[i % 2] += probe[i] == '\0';
  size_t units = probe.size() / 2;
  int high = zero[1] == units && zero[0] == 0 ? 1 : zero[0] == units && zero[1] == 0 ? 0 : -1;  // where the NULs are
  if (high < 0) return nullptr;
  for (size_t i = high == 1 ? 0 : 1; i < probe.size(); i += 2) {
    auto c = static_cast<unsigned char>(probe[i]);
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') return nullptr;
  }
  return high == 1 ? "UTF-16LE" : "UTF-16BE";
}

std::string utf16_to_utf8(std::string_view bytes) {
  const bool little = bytes.substr(0, 2) == "\xFF\xFE";
  bytes.remove_prefix(bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF" ? 2 : 0);
  return utf16_to_utf8(bytes, little);
}

std::string utf16_to_utf8(std::string_view bytes, bool little) {
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

Expected<std::string_view> decode_text_view(std::string_view bytes, const std::string& path,
                                            std::vector<std::string>& warnings, std::string& storage) {
  const bool plain = bytes.substr(0, 2) != "\xFF\xFE" && bytes.substr(0, 2) != "\xFE\xFF" &&
                     bytes.substr(0, 3) != "\xEF\xBB\xBF" && utf16_without_bom(bytes) == nullptr &&
                     bytes.find('\0') == std::string_view::npos && bytes.find('\r') == std::string_view::npos &&
                     text::plainly_reading_form(bytes);
  if (plain) return bytes;  // what decode_text() would give, without the copy
  Expected<std::string> text = decode_text(bytes, path, warnings);
  if (!text) return text.error();
  storage = std::move(*text);
  return std::string_view(storage);
}

Expected<std::string> decode_text(std::string_view bytes, const std::string& path) {
  std::vector<std::string> ignored;
  return decode_text(bytes, path, ignored);
}

Expected<std::string> decode_text(std::string_view bytes, const std::string& path, std::vector<std::string>& warnings) {
  std::string utf8;
  size_t offset = 0;  // bytes skipped in front (a BOM), so error offsets count from the file start
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    if (bytes.size() % 2 != 0) return Error{path, "truncated UTF-16 text (odd number of bytes)"};
    utf8 = utf16_to_utf8(bytes);
  } else if (const char* utf16 = utf16_without_bom(bytes)) {
    utf8 = utf16_to_utf8(bytes, std::string_view(utf16) == "UTF-16LE");
    warnings.push_back(std::string(utf16) + " without a byte-order mark: decoded as " + utf16);
  } else {
    if (size_t nul = bytes.find('\0'); nul != std::string_view::npos)
      return Error{path, "binary file, not a text document (NUL byte at byte " + std::to_string(nul) + ")"};
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
      bytes.remove_prefix(3);
      offset = 3;
    }
    size_t bad = text::find_invalid_utf8(bytes);
    if (bad == std::string_view::npos) {
      utf8.assign(bytes);
    } else {
      std::string charset;
      std::optional<std::string> legacy = decode_legacy(bytes, charset);
      if (!legacy) return Error{path, "invalid UTF-8 at byte " + std::to_string(bad + offset)};
      warnings.push_back("not UTF-8 (invalid at byte " + std::to_string(bad + offset) + "): decoded as " + charset +
                         ", detected by ICU; check the accented letters");
      utf8 = std::move(*legacy);
    }
  }
  unify_line_ends(utf8);
  text::make_reading_form(utf8);
  return utf8;
}

}  // namespace resdiff::loader
