// Tests for src/lang: the language list and the look-ups every stage makes in a Language table.
#include <catch2/catch.hpp>

#include <string>

#include "resdiff/language.hpp"

using namespace resdiff;

TEST_CASE("every language is found by its code and English is first") {
  REQUIRE(!lang::all().empty());
  CHECK(lang::all().front() == &lang::english());
  for (const Language* l : lang::all()) CHECK(lang::find(l->code) == l);
  CHECK(lang::find("xx") == nullptr);
}

TEST_CASE("a document without a known language is read as English") {
  CHECK(&lang::of(std::nullopt) == &lang::english());
  CHECK(&lang::of(std::string("xx")) == &lang::english());
  CHECK(&lang::of(std::string("en")) == &lang::english());
}

TEST_CASE("every language has twelve months and the words each stage needs") {
  for (const Language* l : lang::all()) {
    INFO(l->code);
    CHECK(l->months.size() == 12);
    CHECK(!l->assembly.empty());
    CHECK(!l->formula.empty());
    CHECK(!l->annex_heading.empty());
    CHECK(!l->session_words.empty());
    CHECK(!l->paragraph_words.empty());
    CHECK(l->ordinal_in_words != nullptr);
    CHECK(l->ordinal_in_digits != nullptr);
    CHECK(l->ordinal_words != nullptr);
    CHECK_NOTHROW(lang::patterns(*l));
  }
}

TEST_CASE("every language reads back the session ordinals it writes, 1 to 120") {
  for (const Language* l : lang::all()) {
    for (int n = 1; n <= 120; ++n) {
      INFO(l->code << " " << n << " " << l->ordinal_words(n));
      if (n < 100) CHECK(lang::ordinal_value(*l, l->ordinal_words(n)) == n);
    }
  }
}

TEST_CASE("fold lowers any case and turns Unicode hyphens into ASCII ones") {
  CHECK(lang::fold("RECALLING") == "recalling");
  CHECK(lang::fold("Eighty\u2011First") == "eighty-first");
  CHECK(lang::fold("ДЕКАБРЯ") == "декабря");
}

TEST_CASE("listed compares folded words and listed_exactly compares them as written") {
  const Language& en = lang::english();
  CHECK(lang::listed(en.session_words, "Session"));
  CHECK_FALSE(lang::listed(en.session_words, "sessions"));
  CHECK(lang::listed_exactly(en.reference_words, "Annex"));
  CHECK_FALSE(lang::listed_exactly(en.quantity_words, "The"));
  CHECK(lang::listed_in_any(&Language::months, "december"));
  CHECK_FALSE(lang::listed_in_any(&Language::months, "december", true));
}

TEST_CASE("English months are numbered from January in any case") {
  const Language& en = lang::english();
  CHECK(lang::month_number(en, "January") == 1);
  CHECK(lang::month_number(en, "DECEMBER") == 12);
  CHECK(lang::month_number(en, "Decembre") == 0);
}

TEST_CASE("English ordinals are read in words and digits") {
  const Language& en = lang::english();
  CHECK(lang::ordinal_value(en, "Seventy-sixth") == 76);
  CHECK(lang::ordinal_value(en, "eightieth") == 80);
  CHECK(lang::ordinal_value(en, "45th") == 45);
  CHECK_FALSE(lang::ordinal_value(en, "seventy").has_value());
  CHECK_FALSE(lang::ordinal_value(en, "regular").has_value());
  CHECK(en.ordinal_words(76) == "seventy-sixth");
  CHECK(en.ordinal_words(80) == "eightieth");
  CHECK(en.ordinal_words(101) == "one hundred and first");
}

TEST_CASE("dates go from words to ISO and back in the language's format") {
  const Language& en = lang::english();
  CHECK(lang::iso_date(en, "6", "December", "2021") == "2021-12-06");
  CHECK(lang::iso_date(en, "6", "Decembre", "2021").empty());
  CHECK(lang::long_date(en, "2021-12-06") == "6 December 2021");
  CHECK(lang::long_date(en, "not a date") == "not a date");
}

TEST_CASE("format fills each {} with the next value") {
  CHECK(lang::format("Agenda item {}", {"100 (s)"}) == "Agenda item 100 (s)");
  CHECK(lang::format("[on the report of the {} ({})]", {"First Committee", "A/76/444"}) ==
        "[on the report of the First Committee (A/76/444)]");
  CHECK(lang::format("no place", {"x"}) == "no place");
}
