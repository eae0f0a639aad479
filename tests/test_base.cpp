// Tests for src/base: the document model helpers and the Unicode text helpers.
#include <catch2/catch.hpp>

#include "resdiff/document.hpp"
#include "resdiff/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <string>
#include <vector>

using namespace resdiff;

TEST_CASE("find_invalid_utf8 gives the byte offset of the first bad sequence") {
  CHECK(text::find_invalid_utf8("plain ascii") == std::string_view::npos);
  CHECK(text::find_invalid_utf8("caf\xC3\xA9") == std::string_view::npos);
  CHECK(text::find_invalid_utf8("ab\xFF" "cd") == 2);
  CHECK(text::find_invalid_utf8("abc\xC3") == 3);  // truncated sequence at the end
}

TEST_CASE("repair_utf8 replaces each invalid sequence by U+FFFD and keeps valid text as it is") {
  CHECK(text::repair_utf8("caf\xC3\xA9") == "caf\xC3\xA9");
  CHECK(text::repair_utf8("ab\xFF" "cd") == "ab\uFFFDcd");
  CHECK(text::repair_utf8("abc\xC3") == "abc\uFFFD");
  CHECK(text::repair_utf8("") == "");
  CHECK(text::find_invalid_utf8(text::repair_utf8("\xF0\x9F\x98 \xED\xA0\x80 \xC0\xAF")) == std::string_view::npos);
}

TEST_CASE("canonical unifies non-breaking hyphens and white space, drops soft hyphens") {
  CHECK(text::canonical("non\u2011proliferation") == "non-proliferation");
  CHECK(text::canonical("  a\u00A0\n b\t\tc  ") == "a b c");
  CHECK(text::canonical("co\u00ADoperation") == "cooperation");
  CHECK(text::canonical("“quoted”") == "“quoted”");  // quotes are text, not typography noise
}

TEST_CASE("canonical composes to NFC") {
  CHECK(text::canonical("e\u0301") == "\u00E9");
}

TEST_CASE("comparison_key folds case, quotes and dashes") {
  CHECK(text::comparison_key("States Parties") == text::comparison_key("states parties"));
  CHECK(text::comparison_key("“General”") == text::comparison_key("\"General\""));
  CHECK(text::comparison_key("1995–2000") == text::comparison_key("1995-2000"));
  CHECK(text::comparison_key("a") != text::comparison_key("b"));
}

TEST_CASE("length counts code points") {
  CHECK(text::length("abc") == 3);
  CHECK(text::length("\u00E9t\u00E9") == 3);
  CHECK(text::length("决议") == 2);
}

TEST_CASE("Document::count counts one kind") {
  Document d;
  for (ClauseKind k : {ClauseKind::Preambular, ClauseKind::Operative, ClauseKind::Subparagraph, ClauseKind::Operative}) {
    Clause c;
    c.kind = k;
    d.clauses.push_back(c);
  }
  CHECK(d.count(ClauseKind::Operative) == 2);
  CHECK(d.count(ClauseKind::Preambular) == 1);
  CHECK(std::string(kind_name(ClauseKind::Subparagraph)) == "subparagraph");
}

TEST_CASE("roman_numeral and list_letters count as UN documents and Word do") {
  CHECK(text::roman_numeral(1) == "i");
  CHECK(text::roman_numeral(4) == "iv");
  CHECK(text::roman_numeral(39) == "xxxix");
  CHECK(text::roman_numeral(1994) == "mcmxciv");
  CHECK(text::roman_numeral(0).empty());
  CHECK(text::list_letters(1) == "a");
  CHECK(text::list_letters(26) == "z");
  CHECK(text::list_letters(27) == "aa");
  CHECK(text::list_letters(28) == "bb");
  CHECK(text::list_letters(0).empty());
}

TEST_CASE("canonical and comparison_key treat ASCII exactly as the Unicode path does") {
  // ICU's White_Space among ASCII is \t \n \v \f \r and space; 0x1C-0x1F are not white space
  CHECK(text::canonical(" a\t\n\v\f\rb  c ") == "a b c");
  CHECK(text::canonical("a\x1c\x1f b") == "a\x1c\x1f b");
  // the same text with one non-ASCII character goes the Unicode way and agrees
  CHECK(text::canonical(" a\t\n\v\f\rb  c \u00e9") == "a b c \u00e9");
  CHECK(text::comparison_key("Recalling ITS Resolution 79/42,") == "recalling its resolution 79/42,");
  CHECK(text::comparison_key("Recalling ITS Resolution 79/42,\u2019") == "recalling its resolution 79/42,'");
  CHECK(text::comparison_key("A\x1c[Z]") == "a\x1c[z]");
  CHECK(text::nfc("plain ASCII") == "plain ASCII");
  CHECK(text::nfc("e\u0301") == "\u00e9");  // composed through the UTF-8 normalizer
}

TEST_CASE("canonical keeps other characters byte for byte around the ones it unifies") {
  CHECK(text::canonical("Recalling\u00a0its \u201cresolution\u201d 79/42\u2011bis,\u200b \u00e9t\u00e9\u3000end") ==
        "Recalling its \u201cresolution\u201d 79/42-bis, \u00e9t\u00e9 end");
  CHECK(text::canonical("\u2028\u00a0 lead and trail \u2029") == "lead and trail");
  CHECK(text::canonical("e\u0301t\u00e9") == "\u00e9t\u00e9");  // NFC first
}

TEST_CASE("reading_form folds Arabic presentation forms and full-width digits, not full-width punctuation") {
  CHECK(text::reading_form("\uFEFB") == "\u0644\u0627");                  // lam-alef ligature → lam, alef
  CHECK(text::reading_form("\uFE8D\uFEDF\uFEE4\uFEB0") == "المز");        // isolated/initial/medial/final forms
  CHECK(text::reading_form("２０２１年") == "2021年");
  CHECK(text::reading_form("大会，决定；") == "大会，决定；");
  CHECK(text::reading_form("e\u0301") == "\u00E9");  // and NFC as before
  CHECK(text::canonical("\uFEFB ") == "\u0644\u0627");
}

TEST_CASE("make_reading_form leaves a text that is its own reading form as it is and mends the rest as reading_form does") {
  for (std::string s : {std::string("Recalling its resolution 75/58,\r\n"), std::string("\u201cthe future\u201d \u2013 \u00e9t\u00e9"),
                        std::string("e\u0301"), std::string("\uFEFB and \uFF12\uFF10"), std::string("\u2000 quad"),
                        std::string("bad \xFF byte"), std::string("a\u0308\u0301"), std::string()}) {
    std::string mended = s;
    text::make_reading_form(mended);
    CHECK(mended == text::reading_form(s));
  }
  std::string plain(20000, 'x');
  const char* before = plain.data();
  text::make_reading_form(plain);
  CHECK(plain.data() == before);  // no copy
}

namespace {

// The definitions of canonical() and comparison_key() written the slow, plain way (ICU on
// UTF-16, one code point at a time), to hold the fast paths of src/base/text.cpp to them.
std::string utf8_of(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

icu::UnicodeString normalized(const char* name, const icu::UnicodeString& u) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getInstance(nullptr, name, UNORM2_COMPOSE, status);
  icu::UnicodeString out = n->normalize(u, status);
  REQUIRE(U_SUCCESS(status));
  return out;
}

bool compatibility_form(UChar32 c) {
  return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC) || (c >= 0xFF10 && c <= 0xFF19) ||
         (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

std::string reference_canonical(std::string_view s) {
  icu::UnicodeString composed = normalized("nfc", icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size()))));
  icu::UnicodeString u;  // reading_form: each compatibility form NFKC-folded on its own
  for (int32_t i = 0; i < composed.length(); i = composed.moveIndex32(i, 1)) {
    UChar32 c = composed.char32At(i);
    u.append(compatibility_form(c) ? normalized("nfkc", icu::UnicodeString(c)) : icu::UnicodeString(c));
  }
  icu::UnicodeString out;
  bool pending = false;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF) continue;
    if (c == 0x00A0 || c == 0x202F || c == 0x2007 || u_isUWhiteSpace(c)) {
      pending = !out.isEmpty();
      continue;
    }
    if (pending) out.append(static_cast<UChar>(' '));
    pending = false;
    out.append(c == 0x2010 || c == 0x2011 ? static_cast<UChar32>('-') : c);
  }
  return utf8_of(out);
}

std::string reference_key(std::string_view s) {
  std::string clean = reference_canonical(s);
  icu::UnicodeString u = normalized("nfkc_cf", icu::UnicodeString::fromUTF8(clean));
  icu::UnicodeString out;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    switch (c) {
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: c = '\''; break;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB: c = '"'; break;
      case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: c = '-'; break;
      default: break;
    }
    out.append(c);
  }
  return utf8_of(out);
}

}  // namespace

TEST_CASE("canonical, is_canonical and comparison_key agree with their plain definitions on random texts") {
  // pieces that exercise every path: ASCII runs long and short (the eight-byte test), every
  // kind of white space, invisibles, hyphens, composed and decomposed letters, combining marks
  // out of order, quotes and dashes the key folds, compatibility characters, invalid bytes
  const std::vector<std::string> alphabet = {
      "a", "Recalling", "B", " ", "  ", "\t", "\n", "\r\n", "\v", "\x1c", "\x7f", "\u00a0", "\u202f", "\u3000",
      "\u2028", "\u200b", "\u00ad", "\ufeff", "\u2010", "\u2011", "-", "\u00e9", "e\u0301", "\u0301", "\u0327\u0301",
      "\u0301\u0327", "\u05b0", "\u2019", "\u2018", "\u201c", "\u201d", "\u2013", "\u2014", "\u2212", "\u2033",
      "\u00b4", "\u00ab", "\u00df", "\u00c4", "\ufb01", "\u0130", "\u00bd", "\u2000", "\u5b89", "\xff", "\xc3",
      "\xe2\x80", "\ufefb", "\ufe8d", "\uff12", "\uff41", "\uff0c", "12345678", "resolution 79/42 of 2 December 2024,", ",", "\u00e9t\u00e9"};
  uint64_t state = 88172645463325252ull;  // xorshift: the same texts on every run
  auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (size_t k = next() % 14; k > 0; --k) s += alphabet[next() % alphabet.size()];
    INFO("text: " << s);
    const std::string canonical = text::canonical(s);
    CHECK(canonical == reference_canonical(s));
    CHECK(text::is_canonical(s) == (canonical == s));
    std::string scratch;
    CHECK(text::canonical_view(s, scratch) == canonical);
    CHECK(text::comparison_key(s) == reference_key(s));
  }
}

TEST_CASE("spaceless: Han, kana, Thai and CJK punctuation are written without spaces, Latin, Cyrillic and Arabic with") {
  CHECK(text::spaceless(U'议'));
  CHECK(text::spaceless(U'の'));
  CHECK(text::spaceless(U'ก'));
  CHECK(text::spaceless(U'，'));
  CHECK(text::spaceless(U'。'));
  CHECK_FALSE(text::spaceless(U'a'));
  CHECK_FALSE(text::spaceless(U'2'));
  CHECK_FALSE(text::spaceless(U'ж'));
  CHECK_FALSE(text::spaceless(U'ح'));
}
