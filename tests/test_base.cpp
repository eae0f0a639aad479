// Tests for src/base: the document model helpers and the Unicode text helpers.
#include <catch2/catch.hpp>

#include "resdiff/document.hpp"
#include "resdiff/text.hpp"

using namespace resdiff;

TEST_CASE("find_invalid_utf8 gives the byte offset of the first bad sequence") {
  CHECK(text::find_invalid_utf8("plain ascii") == std::string_view::npos);
  CHECK(text::find_invalid_utf8("caf\xC3\xA9") == std::string_view::npos);
  CHECK(text::find_invalid_utf8("ab\xFF" "cd") == 2);
  CHECK(text::find_invalid_utf8("abc\xC3") == 3);  // truncated sequence at the end
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
