// Tests for src/classify in the five other official languages: session ordinals of one word or
// several, dates with their month names, numbered bodies and references to the document's own
// paragraphs, each judged relative to the two documents' sessions as the English ones are.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "resdiff/classify.hpp"

using namespace resdiff;

namespace {

/// The context of two documents of sessions a and b in language code.
CalendarContext in(const char* code, int a, int b) {
  CalendarContext c{a, b};
  c.old_language = c.new_language = lang::find(code);
  return c;
}

/// Every insert and delete of the word diff of old_text → new_text is technical.
bool technical_diff(const std::string& old_text, const std::string& new_text, const CalendarContext& context) {
  const Tokenizer tokenizer;
  std::vector<Edit> edits = word_diff(tokenizer, old_text, new_text, *context.new_language);
  classify(edits, context);
  bool any = false;
  for (const Edit& e : edits) {
    if (e.op == Edit::Op::Equal) continue;
    if (!e.technical) return false;
    any = true;
  }
  return any;
}

}  // namespace

TEST_CASE("French session ordinals keep their distance from each document's session") {
  CHECK(technical_diff("à sa soixante-dix-septième session", "à sa quatre-vingt-unième session", in("fr", 76, 80)));
  CHECK_FALSE(technical_diff("à sa soixante-dix-septième session", "à sa quatre-vingt-deuxième session", in("fr", 76, 80)));
  CHECK(technical_diff("à sa soixante et onzième session", "à sa soixante-douzième session", in("fr", 70, 71)));
  CHECK(technical_diff("sa résolution 75/58 du 7 décembre 2020", "sa résolution 79/42 du 2 décembre 2024", in("fr", 76, 80)));
  CHECK_FALSE(technical_diff("de la Première Commission", "de la Quatrième Commission", in("fr", 76, 80)));
  CHECK(technical_diff("la 45e séance plénière", "la 49e séance plénière", in("fr", 76, 80)));
  CHECK_FALSE(technical_diff("la 45e séance plénière", "la 52e séance plénière", in("fr", 76, 80)));
}

TEST_CASE("Spanish ordinals of two words are judged as one, even when one word changes") {
  CHECK(technical_diff("en su septuagésimo séptimo período de sesiones", "en su octogésimo primer período de sesiones",
                       in("es", 76, 80)));
  CHECK(technical_diff("en su septuagésimo séptimo período de sesiones", "en su septuagésimo octavo período de sesiones",
                       in("es", 76, 77)));
  CHECK_FALSE(technical_diff("en su septuagésimo séptimo período de sesiones", "en su septuagésimo octavo período de sesiones",
                             in("es", 76, 76)));  // the next session became the one after it
  CHECK(technical_diff("su resolución 75/58, de 7 de diciembre de 2020", "su resolución 79/42, de 2 de diciembre de 2024",
                       in("es", 76, 80)));
}

TEST_CASE("Russian declined ordinals and genitive months are calendar words") {
  CHECK(technical_diff("на ее семьдесят седьмой сессии", "на ее восемьдесят первой сессии", in("ru", 76, 80)));
  CHECK_FALSE(technical_diff("на ее семьдесят седьмой сессии", "на ее восемьдесят второй сессии", in("ru", 76, 80)));
  CHECK(technical_diff("резолюцию 75/58 от 7 декабря 2020 года", "резолюцию 79/42 от 2 декабря 2024 года", in("ru", 76, 80)));
  CHECK_FALSE(technical_diff("Первого комитета", "Четвертого комитета", in("ru", 76, 80)));
}

TEST_CASE("Chinese sessions, dates and committees are judged in Chinese order") {
  CHECK(technical_diff("向大会第七十七届会议提交报告", "向大会第八十一届会议提交报告", in("zh", 76, 80)));
  CHECK_FALSE(technical_diff("向大会第七十七届会议提交报告", "向大会第八十二届会议提交报告", in("zh", 76, 80)));
  CHECK(technical_diff("回顾其2020年12月7日第75/58号决议", "回顾其2024年12月2日第79/42号决议", in("zh", 76, 80)));
  CHECK_FALSE(technical_diff("第一委员会的报告", "第四委员会的报告", in("zh", 76, 80)));
  CHECK_FALSE(technical_diff("第75/58号决议第5段", "第79/42号决议第6段", in("zh", 76, 80)));  // another text's paragraph
}

TEST_CASE("Arabic sessions follow their noun, and months carry both their names") {
  CHECK(technical_diff("في دورتها السابعة والسبعين", "في دورتها الحادية والثمانين", in("ar", 76, 80)));
  CHECK_FALSE(technical_diff("في دورتها السابعة والسبعين", "في دورتها الثانية والثمانين", in("ar", 76, 80)));
  CHECK(technical_diff("قرارها 75/58 المؤرخ 7 كانون الأول/ديسمبر 2020", "قرارها 79/42 المؤرخ 2 كانون الأول/ديسمبر 2024",
                       in("ar", 76, 80)));
  CHECK_FALSE(technical_diff("تقرير اللجنة الأولى", "تقرير اللجنة الرابعة", in("ar", 76, 80)));
}

TEST_CASE("a recurring event's ordinal moves by the step in every language, qualifier and all") {
  CHECK(technical_diff("en su sexagésimo quinto período ordinario de sesiones", "en su sexagésimo noveno período ordinario de sesiones",
                       in("es", 76, 80)));
  CHECK(technical_diff("في دورتها العادية الخامسة والستين", "في دورتها العادية التاسعة والستين", in("ar", 76, 80)));
  CHECK(technical_diff("на ее шестьдесят пятой очередной сессии", "на ее шестьдесят девятой очередной сессии", in("ru", 76, 80)));
  CHECK_FALSE(technical_diff("в рамках Восемнадцатой встречи на высшем уровне", "в рамках Девятнадцатой встречи на высшем уровне",
                             in("ru", 76, 80)));  // a summit is not counted in sessions
}

TEST_CASE("a date with no move of the calendar is substantive in every language") {
  CHECK_FALSE(technical_diff("au plus tard le 30 avril", "au plus tard le 31 mai", in("fr", 76, 80)));
  CHECK_FALSE(technical_diff("2021年12月7日", "2022年12月7日", in("zh", 76, 80)));  // one year, not four
  CHECK(technical_diff("2021年12月7日", "2025年12月2日", in("zh", 76, 80)));
  CHECK(technical_diff("في 7 كانون الأول/ديسمبر 2021", "في 2 كانون الأول/ديسمبر 2025", in("ar", 76, 80)));
}

TEST_CASE("references to the document's own paragraphs follow the renumbering in every language") {
  for (auto [code, a, b] : {std::tuple{"fr", "au paragraphe 5 ci-dessus", "au paragraphe 6 ci-dessus"},
                            std::tuple{"es", "en el párrafo 5 supra", "en el párrafo 6 supra"},
                            std::tuple{"ru", "в пункте 5 выше", "в пункте 6 выше"},
                            std::tuple{"zh", "上文第5段所述", "上文第6段所述"},
                            std::tuple{"ar", "في الفقرة 5 أعلاه", "في الفقرة 6 أعلاه"}}) {
    INFO(code);
    CalendarContext renumbered = in(code, 76, 80);
    renumbered.paragraphs = {{"5", "6"}};
    CHECK(is_technical_change(a, b, renumbered));
    CHECK_FALSE(is_technical_change(a, b, in(code, 76, 80)));  // no renumbering: it points elsewhere now
  }
}
