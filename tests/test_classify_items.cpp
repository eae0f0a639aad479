// Tests for src/classify/items.cpp: the calendar items found in a text.
#include <catch2/catch.hpp>

#include <algorithm>

#include <string>
#include <vector>

#include "classify/calendar.hpp"

using namespace resdiff;
using namespace resdiff::classify_stage;

namespace {

/// Each item as "<kind>:<its text>".
std::vector<std::string> items_of(const std::string& text) {
  const Tokenizer tokenizer;
  Analysis a = analyse(tokenizer, text, lang::english());
  std::vector<std::string> out;
  for (const Item& item : a.items) {
    const char* kind = "";
    switch (item.kind) {
      case ItemKind::Year: kind = "year"; break;
      case ItemKind::Date: kind = "date"; break;
      case ItemKind::Symbol: kind = "symbol"; break;
      case ItemKind::Event: kind = "event"; break;
      case ItemKind::Paragraph: kind = "paragraph"; break;
    }
    out.push_back(std::string(kind) + ":" + text.substr(item.begin, item.end - item.begin));
  }
  std::sort(out.begin(), out.end());
  return out;
}

Item only_item(const std::string& text) {
  const Tokenizer tokenizer;
  Analysis a = analyse(tokenizer, text, lang::english());
  REQUIRE(a.items.size() == 1);
  return a.items[0];
}

}  // namespace

TEST_CASE("items: a resolution, its date and a historical year") {
  CHECK(items_of("Recalling its resolution 75/58 of 7 December 2020, and the 2016 Summit,") ==
        std::vector<std::string>{"date:7 December 2020", "symbol:75/58", "year:2016"});
  const Tokenizer tokenizer;
  Analysis a = analyse(tokenizer, "resolution 75/58 of 7 December 2020", lang::english());
  REQUIRE(a.items.size() == 2);
  const Item& date = a.items[0].kind == ItemKind::Date ? a.items[0] : a.items[1];
  const Item& symbol = a.items[0].kind == ItemKind::Symbol ? a.items[0] : a.items[1];
  CHECK(symbol.session == 75);
  CHECK(symbol.resolution);
  CHECK(symbol.shape == "#S/#N");
  CHECK(date.years == std::vector<int>{2020});
  CHECK(date.points == std::vector<std::pair<int, int>>{{7, 12}});
  CHECK(&a.items[static_cast<size_t>(date.dates)] == &symbol);
}

TEST_CASE("items: dates of several days and months, month first, month and year") {
  CHECK(only_item("on 25 and 26 October 2019").points == std::vector<std::pair<int, int>>{{25, 10}, {26, 10}});
  CHECK(only_item("held from 27 April to 22 May 2015,").points == std::vector<std::pair<int, int>>{{27, 4}, {22, 5}});
  CHECK(only_item("on 31 March and 1 April 2016 in").points == std::vector<std::pair<int, int>>{{31, 3}, {1, 4}});
  CHECK(only_item("on 25-26 October").points == std::vector<std::pair<int, int>>{{25, 10}, {26, 10}});
  Item month_first = only_item("December 7, 2020");
  CHECK(month_first.points == std::vector<std::pair<int, int>>{{7, 12}});
  CHECK(month_first.years == std::vector<int>{2020});
  CHECK(only_item("in May 2024").points == std::vector<std::pair<int, int>>{{0, 5}});
  CHECK(only_item("by 30 April annually").years.empty());
}

TEST_CASE("items: a month name alone is no date, nor are paragraph ranges") {
  CHECK(items_of("States may wish to act in March").empty());
  CHECK(items_of("as set out in paragraphs 3 to 5 of the annex").empty());
  CHECK(items_of("from 27 April to 22 delegates") == std::vector<std::string>{"date:27 April"});
}

TEST_CASE("items: symbols with a session or a year part, and their shapes") {
  CHECK(only_item("A/76/189.").shape == "A/#S/#N");
  CHECK(only_item("A/76/189.").session == 76);
  CHECK(only_item("A/RES/80/41").shape == "A/RES/#S/#N");
  CHECK(only_item("A/C.1/80/L.22").shape == "A/C.1/#S/L.#N");
  CHECK(only_item("A/AC.109/2025/9").shape == "A/AC.109/#Y/#N");
  CHECK(only_item("A/AC.109/2025/9").years == std::vector<int>{2025});
  CHECK(only_item("E/2025/56").shape == "E/#Y/#N");
  CHECK(only_item("resolution 2023/33").shape == "#Y/#N");
  CHECK(only_item("resolution 54/237 C").shape == "#S/#N C");
  CHECK(items_of("See CD/2039.").empty());
  CHECK(items_of("UN/DESA").empty());
  CHECK(items_of("resolution S-10/2").empty());
  CHECK(items_of("A/HRC/53/44.").empty());  // a Human Rights Council session, not the Assembly's
}

TEST_CASE("items: ordinals of sessions, meetings, anniversaries; other ordinals are words") {
  CHECK(items_of("at its eighty-first session;") == std::vector<std::string>{"event:eighty-first"});
  CHECK(items_of("at its sixty-ninth regular session,") == std::vector<std::string>{"event:sixty-ninth"});
  CHECK(items_of("the third Meeting of States Parties") == std::vector<std::string>{"event:third"});
  CHECK(items_of("52nd plenary meeting") == std::vector<std::string>{"event:52nd"});
  CHECK(only_item("the eightieth anniversary").session == 80);
  CHECK(items_of("the Eighteenth Summit").empty());
  CHECK(items_of("the First Committee").empty());
  CHECK(items_of("the fourth International Conference").empty());
}

TEST_CASE("items: years and year ranges, and references to own paragraphs") {
  CHECK(only_item("in 2020-2021").years == std::vector<int>{2020, 2021});
  CHECK(only_item("in 2021-25").years == std::vector<int>{2021, 2025});
  CHECK(items_of("vol. 1456, No. 24631, 306 facilities, 28 years").empty());
  CHECK(items_of("referred to in paragraph 5 above") == std::vector<std::string>{"paragraph:5"});
  CHECK(only_item("paragraph 2 (b) above").number == "2 (b)");
}
