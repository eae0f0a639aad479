// Unicode helpers on top of ICU: validation, normalisation, the canonical clause text and the
// comparison key. Every function is pure; ICU's normalizer instances are process-wide constants
// owned by ICU, not state of ours.
#include "resdiff/text.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <bit>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <utility>

namespace resdiff::text {
namespace {

const icu::Normalizer2& normalizer(const char* name, UNormalization2Mode mode) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getInstance(nullptr, name, mode, status);
  if (U_FAILURE(status) || n == nullptr) throw std::runtime_error("ICU normalizer unavailable");
  return *n;
}

/// True when the eight bytes at p are all ASCII.
bool ascii_word(const unsigned char* p) {
  uint64_t w = 0;
  std::memcpy(&w, p, 8);
  return (w & 0x8080808080808080ull) == 0;
}

bool is_ascii(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8)
    if (!ascii_word(p + i)) return false;
  for (; i < s.size(); ++i)
    if (p[i] >= 0x80) return false;
  return true;
}

/// n applied to UTF-8 directly (no UTF-16 round trip); the text as it is when it is already
/// normalised, which is nearly always.
std::string normalize(const icu::Normalizer2& n, std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  if (find_invalid_utf8(s) != std::string_view::npos) {  // through UTF-16, which reads bad bytes as U+FFFD
    icu::UnicodeString out = n.normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size()))), status);
    if (U_FAILURE(status)) return std::string(s);
    std::string result;
    out.toUTF8String(result);
    return result;
  }
  icu::StringPiece piece(s.data(), static_cast<int32_t>(s.size()));
  if (n.isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(s);
  status = U_ZERO_ERROR;
  std::string result;
  result.reserve(s.size());
  icu::StringByteSink<std::string> sink(&result, static_cast<int32_t>(s.size()));
  n.normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status)) return std::string(s);
  return result;
}

void append_utf8(std::string& out, UChar32 c) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, c, error);
  if (!error) out.append(buf, static_cast<size_t>(len));
}

bool is_space(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');  // ICU's White_Space among ASCII
  return c == 0x00A0 || c == 0x202F || c == 0x2007 || u_isUWhiteSpace(c);
}

/// Arabic presentation forms and full-width digits and Latin letters, which NFKC folds.
bool is_compatibility_form(UChar32 c) {
  return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC) || (c >= 0xFF10 && c <= 0xFF19) ||
         (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

bool is_invisible(UChar32 c) {
  return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

}  // namespace

size_t find_invalid_utf8(std::string_view s) {
  int32_t i = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    if (i + 8 <= n && ascii_word(p + i)) {  // ASCII is valid, eight bytes at a time
      i += 8;
      continue;
    }
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::string_view::npos;
}

std::string repair_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) out += "\xEF\xBF\xBD";
    else out.append(s.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
  }
  return out;
}

std::string nfc(std::string_view s) {
  if (is_ascii(s)) return std::string(s);  // ASCII is NFC
  return normalize(normalizer("nfc", UNORM2_COMPOSE), s);
}

namespace {

/// True for ASCII white space as ICU's White_Space has it: \t \n \v \f \r and space.
bool ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/// NFC_Quick_Check Yes and combining class 0: a text of such characters (and ASCII) is NFC.
bool plainly_nfc(UChar32 c) {
  return u_getCombiningClass(c) == 0 && u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES;
}

/// Eight bytes of ASCII from 0x20 to 0x7F with no two spaces in a row (nor a space after a
/// space that ended the previous eight, *space_before): the common case, tested as one word.
/// Sets *space_before for the next eight. False when the bytes need a closer look.
bool plain_ascii_word(const unsigned char* p, bool* space_before) {
  if constexpr (std::endian::native != std::endian::little) {
    return false;
  } else {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull, kLow = 0x7F7F7F7F7F7F7F7Full;
    uint64_t w = 0;
    std::memcpy(&w, p, 8);
    if ((w & kHigh) != 0 || ((w - 0x20 * kOnes) & ~w & kHigh) != 0) return false;  // non-ASCII, or a byte below 0x20
    uint64_t x = w ^ (0x20 * kOnes);                                                 // spaces become zero bytes
    uint64_t spaces = ~(((x & kLow) + kLow) | x | kLow);                             // 0x80 in each space byte
    if ((spaces & ((spaces << 8) | (*space_before ? 0x80u : 0u))) != 0) return false;
    *space_before = (spaces >> 63) != 0;
    return true;
  }
}

/// canonical() of ASCII text: only white space to collapse.
std::string canonical_ascii(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end && ascii_space(static_cast<unsigned char>(*p))) ++p;
  while (p < end) {
    const char* word = p;
    while (p < end && !ascii_space(static_cast<unsigned char>(*p))) ++p;
    out.append(word, p);
    while (p < end && ascii_space(static_cast<unsigned char>(*p))) ++p;
    if (p < end) out += ' ';
  }
  return out;
}

}  // namespace

namespace {

/// True when reading_form(s) == s, told by reading s once: ASCII (eight bytes at a time), and
/// beyond it valid UTF-8 of characters that are NFC whatever their neighbours (plainly_nfc) and
/// no compatibility forms. False also when only ICU could tell.
bool own_reading_form(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    if (i + 8 <= n && ascii_word(p + i)) {
      i += 8;
      continue;
    }
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || is_compatibility_form(c) || !plainly_nfc(c)) return false;
  }
  return true;
}

}  // namespace

void make_reading_form(std::string& s) {
  if (!own_reading_form(s)) s = reading_form(s);
}

bool plainly_reading_form(std::string_view s) { return own_reading_form(s); }

std::string reading_form(std::string_view s) {
  if (own_reading_form(s)) return std::string(s);  // ASCII, and nearly every text beyond it
  std::string composed = nfc(s);
  const auto* p = reinterpret_cast<const uint8_t*>(composed.data());
  const auto n = static_cast<int32_t>(composed.size());
  bool any = false;
  for (int32_t i = 0; i < n && !any;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    any = is_compatibility_form(c);
  }
  if (!any) return composed;
  std::string out;
  out.reserve(composed.size());
  for (int32_t i = 0; i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (!is_compatibility_form(c)) {
      out.append(composed, static_cast<size_t>(start), static_cast<size_t>(i - start));
      continue;
    }
    icu::UnicodeString one(c);
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString folded = normalizer("nfkc", UNORM2_COMPOSE).normalize(one, status);
    (U_SUCCESS(status) ? folded : one).toUTF8String(out);
  }
  return out;
}

bool is_canonical(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  if (n == 0) return true;
  if (ascii_space(p[0]) || ascii_space(p[n - 1])) return false;
  bool space_before = false;  // the byte before i is a space
  bool ask_icu = false;       // a character that only ICU can say is NFC in its context
  for (size_t i = 0; i < n;) {
    if (i + 8 <= n && plain_ascii_word(p + i, &space_before)) {
      i += 8;
      continue;
    }
    const unsigned char b = p[i];
    if (b < 0x80) {
      if (b == ' ') {
        if (space_before) return false;
        space_before = true;
      } else {
        if (b >= '\t' && b <= '\r') return false;
        space_before = false;
      }
      ++i;
      continue;
    }
    space_before = false;
    auto at = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(p, at, static_cast<int32_t>(n), c);
    if (c < 0 || is_invisible(c) || is_space(c) || is_compatibility_form(c) || c == 0x2010 || c == 0x2011) return false;
    if (!ask_icu && !plainly_nfc(c)) ask_icu = true;
    i = static_cast<size_t>(at);
  }
  if (!ask_icu) return true;
  UErrorCode status = U_ZERO_ERROR;
  bool yes = normalizer("nfc", UNORM2_COMPOSE).isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(n)), status);
  return U_SUCCESS(status) && yes;
}

std::string_view canonical_view(std::string_view s, std::string& scratch) {
  if (is_canonical(s)) return s;
  scratch = canonical(s);
  return scratch;
}

std::string canonical(std::string_view s) {
  if (is_canonical(s)) return std::string(s);
  if (is_ascii(s)) return canonical_ascii(s);
  std::string composed = reading_form(s);
  std::string out;
  out.reserve(composed.size());
  const auto* p = reinterpret_cast<const uint8_t*>(composed.data());
  const auto n = static_cast<int32_t>(composed.size());
  bool pending_space = false;
  for (int32_t i = 0; i < n;) {
    if (p[i] < 0x80) {  // ASCII inline: the common case, even in a text with curly quotes
      if (ascii_space(p[i])) {
        pending_space = !out.empty();
        ++i;
        continue;
      }
      if (pending_space) {
        out += ' ';
        pending_space = false;
      }
      const int32_t from = i;  // the run of ASCII that stays as it is
      while (i < n && p[i] < 0x80 && !ascii_space(p[i])) ++i;
      out.append(composed, static_cast<size_t>(from), static_cast<size_t>(i - from));
      continue;
    }
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && is_invisible(c)) continue;
    if (c >= 0 && is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out += ' ';
      pending_space = false;
    }
    if (c == 0x2010 || c == 0x2011) out += '-';
    else if (c < 0) append_utf8(out, 0xFFFD);
    else out.append(composed, static_cast<size_t>(at), static_cast<size_t>(i - at));  // the bytes as they are
  }
  return out;
}

namespace {

/// What comparison_key() makes of a character that NFKC_Casefold leaves alone and that stands
/// alone (a starter no neighbour composes with): the curly quotes and the en and em dashes, the
/// punctuation of nearly every English clause. 0 for any other character.
char folded_punctuation(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: return '\'';
    case 0x201C: case 0x201D: return '"';
    case 0x2013: case 0x2014: return '-';
    default: return 0;
  }
}

/// comparison_key() of a canonical text of ASCII and folded_punctuation(), without ICU; false
/// (out unspecified) when the text has any other character.
bool simple_key(std::string_view clean, std::string& out) {
  out.clear();
  out.reserve(clean.size());
  const auto* p = reinterpret_cast<const uint8_t*>(clean.data());
  const auto n = static_cast<int32_t>(clean.size());
  for (int32_t i = 0; i < n;) {
    if (p[i] < 0x80) {  // NFKC_Casefold of ASCII folds the capitals and nothing else
      char c = static_cast<char>(p[i++]);
      out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    char folded = folded_punctuation(c);
    if (folded == 0) return false;
    out += folded;
  }
  return true;
}

}  // namespace

std::string comparison_key(std::string_view s) {
  std::string scratch;  // a clause's text is canonical already: no copy of it then
  std::string_view clean = canonical_view(s, scratch);
  std::string key;
  if (simple_key(clean, key)) return key;
  std::string folded = normalize(normalizer("nfkc_cf", UNORM2_COMPOSE), clean);
  std::string out;
  out.reserve(folded.size());
  const auto* p = reinterpret_cast<const uint8_t*>(folded.data());
  const auto n = static_cast<int32_t>(folded.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) continue;
    switch (c) {
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: c = '\''; break;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB: c = '"'; break;
      case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: c = '-'; break;
      default: break;
    }
    append_utf8(out, c);
  }
  return out;
}

size_t length(std::string_view s) {
  size_t count = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++count;
  return count;
}

bool spaceless(char32_t c) {
  if (c < 0x0E00) return false;  // below Thai: Latin, Cyrillic, Arabic … without a look-up
  if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF65)) return true;
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  return U_SUCCESS(status) && (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
                               script == USCRIPT_THAI || script == USCRIPT_LAO || script == USCRIPT_KHMER ||
                               script == USCRIPT_MYANMAR || script == USCRIPT_TIBETAN);
}

std::string roman_numeral(int value) {
  static constexpr std::pair<int, const char*> kDigits[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                            {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
                                                            {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"},
                                                            {1, "i"}};
  std::string out;
  if (value < 1 || value > 3999) return out;
  for (const auto& [n, digits] : kDigits)
    for (; value >= n; value -= n) out += digits;
  return out;
}

std::string list_letters(int value) {
  if (value < 1) return {};
  return std::string(static_cast<size_t>((value - 1) / 26 + 1), static_cast<char>('a' + (value - 1) % 26));
}

}  // namespace resdiff::text
