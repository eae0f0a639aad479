// Tests for src/classify: calendar words, technical vs substantive replacements, classify().
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "resdiff/classify.hpp"

using namespace resdiff;

namespace {

const CalendarContext k76to80{76, 80};

Edit eq(const std::string& t) { return {Edit::Op::Equal, t, false}; }
Edit del(const std::string& t) { return {Edit::Op::Delete, t, false}; }
Edit ins(const std::string& t) { return {Edit::Op::Insert, t, false}; }

std::vector<bool> flags(const std::vector<Edit>& edits) {
  std::vector<bool> out;
  for (const Edit& e : edits) out.push_back(e.technical);
  return out;
}

bool technical(const std::string& a, const std::string& b, const CalendarContext& context = k76to80) {
  return is_technical_change(a, b, context);
}

}  // namespace

TEST_CASE("ordinal_value reads English ordinals in words and digits") {
  CHECK(ordinal_value("seventy-seventh") == 77);
  CHECK(ordinal_value("eighty-first") == 81);
  CHECK(ordinal_value("Eighteenth") == 18);
  CHECK(ordinal_value("NINETEENTH") == 19);
  CHECK(ordinal_value("first") == 1);
  CHECK(ordinal_value("twentieth") == 20);
  CHECK(ordinal_value("eightieth") == 80);
  CHECK(ordinal_value("ninety-ninth") == 99);
  CHECK(ordinal_value("Eighty\u2011First") == 81);  // non-breaking hyphen, as PDFs have it
  CHECK(ordinal_value("45th") == 45);
  CHECK(ordinal_value("52nd") == 52);
  CHECK(ordinal_value("3rd") == 3);
  CHECK_FALSE(ordinal_value("seventy").has_value());
  CHECK_FALSE(ordinal_value("seventy-tenth").has_value());
  CHECK_FALSE(ordinal_value("session").has_value());
  CHECK_FALSE(ordinal_value("45").has_value());
  CHECK_FALSE(ordinal_value("").has_value());
}

TEST_CASE("dates and resolution symbols that keep their distance from the session are technical") {
  CHECK(technical("75/58 of 7 December 2020", "79/42 of 2 December 2024"));
  CHECK(technical("resolution 75/58", "resolution 79/42"));
  CHECK(technical("of 7 December", "of 2 December"));                              // a day beside its month
  CHECK(technical("25 and 26 October 2019", "19 and 20 January 2024"));            // two days before a month
  CHECK(technical("on 7 July 2007", "on 7 June 2008"));
  CHECK(technical("December 7, 2020", "December 2, 2024"));
  CHECK(technical("in 2020-2021", "in 2024-2025"));
  CHECK(technical("resolution 54/237 C", "resolution 58/270 C"));
  CHECK(technical("resolution S-10/2", "resolution S-10/3"));
  CHECK(technical("2020,", "2024;"));  // punctuation is not a word
}

TEST_CASE("a resolution symbol that jumps sessions is substantive") {
  CHECK_FALSE(technical("resolution 75/58", "resolution 78/42"));  // −1 in 76, −2 in 80
  CHECK(technical("resolution 75/58", "resolution 78/42", CalendarContext{}));  // sessions unknown: accepted
}

TEST_CASE("session ordinals must keep their distance from the document's session") {
  CHECK(technical("at its seventy-seventh session", "at its eighty-first session"));        // +1 and +1
  CHECK_FALSE(technical("at its seventy-seventh session", "at its eighty-second session"));  // +1 and +2
  CHECK(technical("at its seventy-seventh session", "at its eighty-second session", CalendarContext{}));
  CHECK(technical("at its seventy-seventh session", "at its eighty-second session", CalendarContext{76, std::nullopt}));
}

TEST_CASE("ordinals of other recurring events are technical as they are") {
  CHECK(technical("the Eighteenth Summit", "the Nineteenth Summit"));
  CHECK(technical("at its sixty-fifth regular session", "at its sixty-ninth regular session"));
  CHECK(technical("45th plenary meeting", "52nd plenary meeting"));
  CHECK(technical("seventy-seventh", "eighty-second"));  // no "session" after it: an event ordinal
}

TEST_CASE("an ordinal that names a body is no calendar token") {
  CHECK_FALSE(technical("the First Committee", "the Second Committee"));
}

TEST_CASE("document symbols are technical, keeping the session of A/ symbols") {
  CHECK(technical("A/76/189.", "A/80/164."));
  CHECK_FALSE(technical("A/76/189.", "A/79/164."));
  CHECK(technical("A/RES/75/58", "A/RES/79/42"));
  CHECK(technical("A/76/L.11", "A/80/L.23"));
  CHECK(technical("S/2021/767", "S/2024/767"));
  CHECK(technical("A/CONF.229/2017/8", "A/CONF.229/2021/3"));
  CHECK(technical("See A/74/548, annex.", "See A/78/321, annex."));
  CHECK_FALSE(technical("UN/DESA in 2020", "UN/OCHA in 2024"));  // an office, not a document
}

TEST_CASE("words that are not references make a change substantive") {
  CHECK_FALSE(technical("Baku", "Kampala"));
  CHECK_FALSE(technical("held in Baku in 2019", "held in Kampala in 2024"));
  CHECK_FALSE(technical("States parties in 2020", "States Parties in 2024"));  // case counts
  CHECK_FALSE(technical("resolution", "resolutions"));
  CHECK_FALSE(technical("vol. 1456", "vol. 3132"));  // numbers, but no dates
  CHECK_FALSE(technical("16.4", "16.5"));
  CHECK_FALSE(technical("大会", "安全理事会"));
  CHECK_FALSE(technical("2020", "2020 and 2021 and beyond"));
}

TEST_CASE("a pure insertion or deletion is substantive") {
  CHECK_FALSE(technical("", "2024"));
  CHECK_FALSE(technical("2020", ""));
  CHECK_FALSE(technical("", ""));
  CHECK_FALSE(technical(", ", "; "));  // no calendar token on either side
}

TEST_CASE("classify judges each delete/insert run in the context of the whole text") {
  std::vector<Edit> op5 = {eq("to report to the General Assembly at its "), del("seventy-seventh"), ins("eighty-first"),
                           eq(" session;")};
  classify(op5, k76to80);
  CHECK(flags(op5) == std::vector<bool>{false, true, true, false});

  std::vector<Edit> postponed = {eq("at its "), del("seventy-seventh"), ins("eighty-second"), eq(" session;")};
  classify(postponed, k76to80);
  CHECK(flags(postponed) == std::vector<bool>{false, false, false, false});

  std::vector<Edit> day = {eq("adopted on "), del("7"), ins("2"), eq(" December 2020,")};
  classify(day, k76to80);
  CHECK(flags(day) == std::vector<bool>{false, true, true, false});

  std::vector<Edit> number = {eq("paragraph "), del("7"), ins("2"), eq(" of the annex")};
  classify(number, k76to80);
  CHECK(flags(number) == std::vector<bool>{false, false, false, false});
}

TEST_CASE("classify marks runs separately: an ordinal technical, a venue substantive") {
  std::vector<Edit> pp8 = {eq("of the "),       del("Eighteenth"), ins("Nineteenth"),
                           eq(" Summit, held in "), del("Baku on 25 and 26 October 2019"),
                           ins("Kampala on 19 and 20 January 2024"), eq(", for measures")};
  classify(pp8, k76to80);
  CHECK(flags(pp8) == std::vector<bool>{false, true, true, false, false, false, false});
}

TEST_CASE("classify: pure insertions and deletions are substantive, mixed runs judged as one") {
  std::vector<Edit> pure = {eq("in "), ins("May 2024, in "), eq("February 2020"), del(" and 2021")};
  classify(pure, k76to80);
  CHECK(flags(pure) == std::vector<bool>{false, false, false, false});

  std::vector<Edit> mixed = {eq("resolution "), del("75/58"), ins("79/42"), del(" of 7"), ins(" of 2"), eq(" December")};
  classify(mixed, k76to80);
  CHECK(flags(mixed) == std::vector<bool>{false, true, true, true, true, false});
  CHECK(reconstruct(mixed, true) == "resolution 75/58 of 7 December");
}

TEST_CASE("classify leaves equal-only and empty scripts alone") {
  std::vector<Edit> none;
  classify(none, k76to80);
  CHECK(none.empty());
  std::vector<Edit> same = {eq("Recalling its resolution 75/58,")};
  classify(same, k76to80);
  CHECK(flags(same) == std::vector<bool>{false});
}

TEST_CASE("references to the document's own paragraphs follow the renumbering") {
  CalendarContext renumbered = k76to80;
  renumbered.paragraphs = {{"1", "1"}, {"2", "3"}, {"3", "4"}, {"4", "5"}, {"5", "6"}, {"2 (b)", "2 (c)"}};
  CHECK(technical("as referred to in paragraph 5 above;", "as referred to in paragraph 6 above;", renumbered));
  CHECK(technical("pursuant to paragraphs 3 to 5 of the present resolution", "pursuant to paragraphs 4 to 6 of the present resolution",
                  renumbered));
  CHECK(technical("in paragraphs 2, 3 and 5 below", "in paragraphs 3, 4 and 6 below", renumbered));
  CHECK(technical("paragraph 2 (b) above", "paragraph 2 (c) above", renumbered));
  CHECK(technical("paragraph 4 of this resolution", "paragraph 5 of this resolution", renumbered));
  // Not what the renumbering says: the text now points at another paragraph.
  CHECK_FALSE(technical("as referred to in paragraph 5 above;", "as referred to in paragraph 7 above;", renumbered));
  CHECK_FALSE(technical("paragraph 1 above", "paragraph 2 above", renumbered));
  // No renumbering known: any change of a reference is substantive.
  CHECK_FALSE(technical("as referred to in paragraph 5 above;", "as referred to in paragraph 6 above;"));
  // Another text's paragraph: the renumbering of this one says nothing about it.
  CHECK_FALSE(technical("paragraph 5 of resolution 75/58", "paragraph 6 of resolution 75/58", renumbered));
  CHECK_FALSE(technical("paragraph 5 of the annex", "paragraph 6 of the annex", renumbered));
  // Words around the reference still count.
  CHECK_FALSE(technical("paragraph 5 above", "paragraphs 6 above", renumbered));
}

TEST_CASE("classify: a renumbered cross-reference inside a clause is a technical edit") {
  CalendarContext renumbered = k76to80;
  renumbered.paragraphs = {{"5", "6"}};
  std::vector<Edit> edits = {eq("Requests a report on the implementation of paragraph "), del("5"), ins("6"),
                             eq(" above at its "), del("seventy-seventh"), ins("eighty-first"), eq(" session;")};
  classify(edits, renumbered);
  CHECK(flags(edits) == std::vector<bool>{false, true, true, false, true, true, false});
  std::vector<Edit> label = {eq("measures set out in paragraph 2 ("), del("b"), ins("c"), eq(") above;")};
  CalendarContext subs;
  subs.paragraphs = {{"2 (b)", "2 (c)"}};
  classify(label, subs);
  CHECK(flags(label) == std::vector<bool>{false, true, true, false});
}
