// Tests for src/lang: the language list and the look-ups every stage makes in a Language table.
#include <catch2/catch.hpp>

#include <string>

#include "resdiff/language.hpp"
#include "resdiff/report_words.hpp"

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

TEST_CASE("every language has its months in twelves and the words each stage needs") {
  REQUIRE(lang::all().size() == 6);
  for (const Language* l : lang::all()) {
    INFO(l->code);
    CHECK(l->months.size() % 12 == 0);
    CHECK(!l->months.empty());
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

TEST_CASE("every language reads back the session ordinals it writes, 1 to 199") {
  for (const Language* l : lang::all()) {
    for (int n = 1; n <= 199; ++n) {
      INFO(l->code << " " << n << " " << l->ordinal_words(n));
      if (l->code == "en" && n >= 100) continue;  // "one hundred and first" is written, not read
      CHECK(lang::ordinal_value(*l, l->ordinal_words(n)) == n);
    }
  }
}

TEST_CASE("French ordinals are read in every spelling the United Nations uses") {
  const Language& fr = *lang::find("fr");
  CHECK(fr.ordinal_words(76) == "soixante-seizième");
  CHECK(fr.ordinal_words(77) == "soixante-dix-septième");
  CHECK(fr.ordinal_words(71) == "soixante et onzième");
  CHECK(fr.ordinal_words(80) == "quatre-vingtième");
  CHECK(fr.ordinal_words(81) == "quatre-vingt-unième");
  CHECK(fr.ordinal_words(21) == "vingt et unième");
  CHECK(lang::ordinal_value(fr, "Soixante-Dix-Septième") == 77);
  CHECK(lang::ordinal_value(fr, "soixante-et-onzième") == 71);
  CHECK(lang::ordinal_value(fr, "première") == 1);
  CHECK(lang::ordinal_value(fr, "45e") == 45);
  CHECK(lang::ordinal_value(fr, "1er") == 1);
  CHECK_FALSE(lang::ordinal_value(fr, "soixante-dix").has_value());
  CHECK_FALSE(lang::ordinal_value(fr, "session").has_value());
}

TEST_CASE("Spanish ordinals are read in both genders and with the shortened first and third") {
  const Language& es = *lang::find("es");
  CHECK(es.ordinal_words(76) == "septuagésimo sexto");
  CHECK(es.ordinal_words(81) == "octogésimo primer");
  CHECK(lang::ordinal_value(es, "Septuagésimo séptimo") == 77);
  CHECK(lang::ordinal_value(es, "septuagésima séptima") == 77);
  CHECK(lang::ordinal_value(es, "octogésimo primero") == 81);
  CHECK(lang::ordinal_value(es, "undécimo") == 11);
  CHECK(lang::ordinal_value(es, "45ª") == 45);
  CHECK_FALSE(lang::ordinal_value(es, "sexto septuagésimo").has_value());  // units before tens
  CHECK_FALSE(lang::ordinal_value(es, "período").has_value());
}

TEST_CASE("Russian ordinals are read in every case of the declined last word") {
  const Language& ru = *lang::find("ru");
  CHECK(ru.ordinal_words(76) == "семьдесят шестая");
  CHECK(lang::ordinal_value(ru, "Семьдесят шестая") == 76);
  CHECK(lang::ordinal_value(ru, "семьдесят седьмой") == 77);
  CHECK(lang::ordinal_value(ru, "семьдесят седьмую") == 77);
  CHECK(lang::ordinal_value(ru, "восемьдесят третьей") == 83);
  CHECK(lang::ordinal_value(ru, "восьмидесятой") == 80);
  CHECK(lang::ordinal_value(ru, "четвёртого") == 4);
  CHECK(lang::ordinal_value(ru, "45-е") == 45);
  CHECK_FALSE(lang::ordinal_value(ru, "семьдесят").has_value());
  CHECK_FALSE(lang::ordinal_value(ru, "шестнадцать").has_value());
}

TEST_CASE("Chinese ordinals are read from Chinese numerals after 第") {
  const Language& zh = *lang::find("zh");
  CHECK(zh.ordinal_words(77) == "第七十七");
  CHECK(zh.ordinal_words(17) == "第十七");
  CHECK(zh.ordinal_words(101) == "第一百零一");
  CHECK(lang::ordinal_value(zh, "第八十一") == 81);
  CHECK(lang::ordinal_value(zh, "第一百一十") == 110);
  CHECK_FALSE(lang::ordinal_value(zh, "七十七").has_value());
  CHECK_FALSE(lang::ordinal_value(zh, "第45").has_value());  // meetings and paragraphs are numbers
  CHECK_FALSE(lang::ordinal_value(zh, "第七七").has_value());
}

TEST_CASE("Arabic ordinals are read in both genders and both cases of the tens") {
  const Language& ar = *lang::find("ar");
  CHECK(ar.ordinal_words(76) == "السادسة والسبعون");
  CHECK(lang::ordinal_value(ar, "السابعة والسبعين") == 77);
  CHECK(lang::ordinal_value(ar, "الحادية والثمانين") == 81);
  CHECK(lang::ordinal_value(ar, "الثمانين") == 80);
  CHECK(lang::ordinal_value(ar, "التاسع عشر") == 19);
  CHECK(lang::ordinal_value(ar, "الاولى") == 1);  // alif without its hamza
  CHECK(lang::ordinal_value(ar, "الحادية بعد المئة") == 101);
  CHECK_FALSE(lang::ordinal_value(ar, "السبعة").has_value());
}

TEST_CASE("each language writes its dates and reads its month names") {
  CHECK(lang::long_date(*lang::find("fr"), "2021-12-06") == "6 décembre 2021");
  CHECK(lang::long_date(*lang::find("fr"), "2025-12-01") == "1er décembre 2025");
  CHECK(lang::long_date(*lang::find("es"), "2021-12-06") == "6 de diciembre de 2021");
  CHECK(lang::long_date(*lang::find("ru"), "2021-12-06") == "6 декабря 2021 года");
  CHECK(lang::long_date(*lang::find("zh"), "2021-12-06") == "2021年12月6日");
  CHECK(lang::long_date(*lang::find("ar"), "2021-12-06") == "6 كانون الأول/ديسمبر 2021");
  CHECK(lang::month_number(*lang::find("ru"), "ДЕКАБРЯ") == 12);
  CHECK(lang::month_number(*lang::find("ru"), "мае") == 5);
  CHECK(lang::month_number(*lang::find("zh"), "12月") == 12);
  CHECK(lang::month_number(*lang::find("ar"), "أيار/مايو") == 5);
}

TEST_CASE("the language of a text is found from its script, then its opening formula") {
  CHECK(lang::detect("The General Assembly,\nRecalling its resolution")->code == "en");
  CHECK(lang::detect("L’Assemblée générale,\nRappelant sa résolution")->code == "fr");
  CHECK(lang::detect("La Asamblea General,\nRecordando su resolución")->code == "es");
  CHECK(lang::detect("Генеральная Ассамблея,\nссылаясь на свою резолюцию")->code == "ru");
  CHECK(lang::detect("大会，\n回顾其第75/58号决议，")->code == "zh");
  CHECK(lang::detect("إن الجمعية العامة،\nإذ تشير إلى قرارها")->code == "ar");
  CHECK(lang::detect("Rappelant la résolution de la Commission et les décisions du Conseil")->code == "fr");
  CHECK(lang::detect("1234 5678") == nullptr);
}

TEST_CASE("phrase_at compares apostrophes and spaces alike and all else exactly") {
  CHECK(lang::phrase_at("L'Assemblée générale,", "L’Assemblée générale") == std::string("L'Assemblée générale").size());
  CHECK(lang::phrase_at("L’Assemblée\u00A0générale", "L’Assemblée générale") > 0);
  CHECK(lang::phrase_at("L’assemblée générale", "L’Assemblée générale") == 0);
  CHECK(lang::phrase_at("L’Assemblée", "L’Assemblée générale") == 0);
}

TEST_CASE("capitalised puts the first letter of any script in upper case") {
  CHECK(lang::capitalised("seventy-sixth") == "Seventy-sixth");
  CHECK(lang::capitalised("семьдесят шестая") == "Семьдесят шестая");
  CHECK(lang::capitalised("第七十六") == "第七十六");
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

TEST_CASE("a committee report in Russian declines a paragraph's ordinal in each role") {
  const ReportWords& ru = *lang::find("ru")->report_words;
  REQUIRE(ru.ordinal_as != nullptr);
  CHECK(ru.ordinal_as(5, NameRole::Subject) == "пятый");
  CHECK(ru.ordinal_as(5, NameRole::In) == "пятом");
  CHECK(ru.ordinal_as(3, NameRole::After) == "третьего");
  CHECK(ru.ordinal_as(3, NameRole::In) == "третьем");
  CHECK(ru.ordinal_as(25, NameRole::Before) == "двадцать пятым");
  CHECK(ru.ordinal_as(2, NameRole::Of) == "второму");
  CHECK(ru.ordinal_as(40, NameRole::In) == "сороковом");
  CHECK(ru.ordinal_as(100, NameRole::After) == "сотого");
  CHECK(ru.ordinal_as(113, NameRole::Subject) == "сто тринадцатый");
}

TEST_CASE("a committee report in Arabic puts an ordinal in the genitive after a preposition") {
  const ReportWords& ar = *lang::find("ar")->report_words;
  REQUIRE(ar.ordinal_as != nullptr);
  CHECK(ar.ordinal_as(21, NameRole::Subject) == "الحادية والعشرون");
  CHECK(ar.ordinal_as(21, NameRole::In) == "الحادية والعشرين");
  CHECK(ar.ordinal_as(5, NameRole::After) == "الخامسة");
}

TEST_CASE("a committee report names paragraphs by ordinals the language writes after or before the noun") {
  // Spanish writes it after the noun, in full ("el párrafo primero", "tercero")
  const ReportWords& es = *lang::find("es")->report_words;
  CHECK(es.ordinal(1) == "primero");
  CHECK(es.ordinal(3) == "tercero");
  CHECK(es.ordinal(13) == "decimotercero");
  CHECK(es.ordinal(22) == "vigésimo segundo");
  // French: "troisième" keeps the s of "trois", and reads back ("soixante-troisième session")
  const ReportWords& fr = *lang::find("fr")->report_words;
  CHECK(fr.ordinal(3) == "troisième");
  CHECK(fr.ordinal(63) == "soixante-troisième");
  CHECK(fr.ordinal(80) == "quatre-vingtième");
  CHECK(lang::ordinal_value(*lang::find("fr"), "Soixante-troisième") == 63);
  CHECK(lang::ordinal_value(*lang::find("fr"), "deux centième") == 200);
}

TEST_CASE("every language but English has committee-report words of its own") {
  for (const Language* l : lang::all()) {
    INFO(l->code);
    REQUIRE(l->report_words != nullptr);
    const ReportWords& w = *l->report_words;
    CHECK_FALSE(w.in_clause.empty());
    CHECK_FALSE(w.renumbered.empty());
    if (l->code == "en") continue;
    CHECK(w.title != lang::english().report_words->title);
    CHECK_FALSE(w.session_detail.empty());
    CHECK_FALSE(w.changes_heading.empty());
    for (std::string_view column : w.count_columns) CHECK_FALSE(column.empty());
    for (std::string_view part : w.part_names) CHECK_FALSE(part.empty());
  }
}
