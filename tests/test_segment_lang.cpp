// Tests for src/segment in the five other official languages: the shapes each language gives a
// clause (numbers, labels, clause ends, openers), the header and closing lines, and whole small
// documents read as resolutions. The texts are made up, in each language's own conventions.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>

#include "../src/segment/passes.hpp"
#include "resdiff/load.hpp"
#include "resdiff/segment.hpp"

using namespace resdiff;
using namespace resdiff::segmenter;

namespace {

const Lexicon& lex(std::string_view code) { return *lang::find(code); }

Document parse(std::string_view markdown, const std::string& language = "") {
  LoadOptions options;
  options.format = Format::Markdown;
  options.language = language;
  Expected<Source> source = load(markdown, "test.md", options);
  REQUIRE(source.ok());
  return segment(*source);
}

std::vector<std::string> lines(const Document& d) {
  std::vector<std::string> out;
  for (const Clause& c : d.clauses) out.push_back(std::string(kind_name(c.kind)) + " " + c.number + ": " + c.text);
  return out;
}

/// The label text opens with in language code, checking that the clause's text after it is `after`.
Label label_then(std::string_view text, std::string_view code, std::string_view after) {
  size_t rest = 0;
  std::optional<Label> label = item_label(text, &rest, &lex(code));
  REQUIRE(label);
  CHECK(text.substr(rest) == after);
  return *label;
}

}  // namespace

TEST_CASE("Arabic operative paragraphs are numbered with a dash, only in Arabic") {
  size_t rest = 0;
  CHECK(paragraph_number("1 - تهيب بجميع الدول", &rest, &lex("ar")) == 1);
  CHECK(std::string_view("1 - تهيب بجميع الدول").substr(rest).starts_with("تهيب"));
  CHECK(paragraph_number("12 – تقرر", nullptr, &lex("ar")) == 12);
  CHECK_FALSE(paragraph_number("1 - Calls upon", nullptr, &english()));
  CHECK_FALSE(paragraph_number("1 -تهيب", nullptr, &lex("ar")));
  CHECK(paragraph_number("3. Decides", nullptr, &lex("ar")) == 3);
}

TEST_CASE("sub-paragraph labels take the language's letters and, where it writes them so, no opening bracket") {
  size_t rest = 0;
  auto b = item_label("б) обучать свои силы", &rest, &lex("ru"));
  REQUIRE(b);
  CHECK(b->letter == 2);
  CHECK(std::string_view("б) обучать свои силы").substr(rest) == "обучать свои силы");
  CHECK(item_label("(в) сотрудничать", nullptr, &lex("ru"))->letter == 3);
  CHECK(item_label("(هـ) تبادل", nullptr, &lex("ar"))->letter == 5);
  CHECK(item_label("(ج) التعاون", nullptr, &lex("ar"))->letter == 3);
  CHECK(item_label("c) Coopérer", nullptr, &lex("fr"))->letter == 3);
  CHECK(item_label("ii) Former", nullptr, &lex("fr"))->roman == 2);
  CHECK_FALSE(item_label("c) Cooperate", nullptr, &english()));  // English labels open with a bracket
  CHECK_FALSE(item_label("(ж)x", nullptr, &lex("ru")));
  CHECK(label_items({ListItem{}, ListItem{}, ListItem{}}, &lex("ru")) == std::vector<std::string>{"(а)", "(б)", "(в)"});
  CHECK(label_items({ListItem{}, ListItem{}}, &lex("ar")) == std::vector<std::string>{"(أ)", "(ب)"});
}

TEST_CASE("clauses end with the punctuation of any script") {
  CHECK(ends_clause("回顾其决议，"));
  CHECK(ends_clause("邀请各国际组织支持这些努力；"));
  CHECK(ends_clause("列入临时议程。"));
  CHECK(ends_clause("وإذ ترحب بتقرير الأمين العام،"));
  CHECK(ends_clause("تدعو المنظمات الدولية إلى دعم هذه الجهود؛"));
  CHECK_FALSE(ends_clause("第52次全体会议"));
  CHECK(ends_with_colon("鼓励会员国采取以下措施："));
  CHECK(ends_with_comma("وإذ تسلم بدور المجتمعات المحلية،"));
  CHECK_FALSE(ends_with_comma("Adopts the Declaration."));
}

TEST_CASE("openers are first words, or first characters where words have no spaces") {
  CHECK(opens_with(lex("zh"), lex("zh").recital_openers, "深为关切武装冲突中文化遗产遭到破坏，"));
  CHECK_FALSE(opens_with(lex("zh"), lex("zh").recital_openers, "谴责一切攻击；"));
  CHECK(opens_with(lex("ru"), lex("ru").recital_openers, "ссылаясь на свою резолюцию"));
  CHECK(opens_with(lex("fr"), lex("fr").recital_openers, "Rappelant sa résolution"));
  CHECK(starts_paragraph("ссылаясь на свою резолюцию", lex("ru")));  // Russian clauses start in lower case
  CHECK_FALSE(starts_paragraph("recalling its resolution", english()));
}

TEST_CASE("each language's formula opens the body, its punctuation split off") {
  for (auto [code, formula] : {std::pair{"fr", "L’Assemblée générale,"}, std::pair{"es", "La Asamblea General,"},
                               std::pair{"ru", "Генеральная Ассамблея,"}, std::pair{"zh", "大会，"},
                               std::pair{"ar", "إن الجمعية العامة،"}}) {
    INFO(code);
    std::vector<Piece> ps{Piece{"header", 1, {}}, Piece{formula, 3, {}}, Piece{"clause", 5, {}}};
    CHECK(find_assembly(ps, lex(code)) == 1);
  }
  std::vector<Piece> straight{Piece{"L'Assemblée générale, Rappelant sa résolution", 1, {}}};
  REQUIRE(find_assembly(straight, lex("fr")) == 0);  // a straight apostrophe, text on the same line
  CHECK(straight.size() == 2);
  CHECK(straight[1].text == "Rappelant sa résolution");
}

TEST_CASE("each language's closing line is read, the Chinese one date first") {
  std::string date;
  CHECK(read_closing("45e séance plénière 6 décembre 2021", lex("fr"), &date) == "45e séance plénière, 6 décembre 2021");
  CHECK(date == "2021-12-06");
  CHECK(read_closing("1re séance plénière", lex("fr")) == std::nullopt);
  CHECK(read_closing("45ª sesión plenaria 6 de diciembre de 2021", lex("es"), &date).has_value());
  CHECK(date == "2021-12-06");
  CHECK(read_closing("45-е пленарное заседание, 6 декабря 2021 года", lex("ru"), &date).has_value());
  CHECK(date == "2021-12-06");
  CHECK(read_closing("2021年12月6日 第45次全体会议", lex("zh"), &date) == "2021年12月6日 第45次全体会议");
  CHECK(date == "2021-12-06");
  CHECK(read_closing("الجلسة العامة 45 6 كانون الأول/ديسمبر 2021", lex("ar"), &date).has_value());
  CHECK(date == "2021-12-06");
}

TEST_CASE("each language's header gives the session in words, the adoption date, agenda item and report") {
  struct Header {
    std::string code, text;
    int session;
    std::string date, agenda, report, committee;
  };
  const std::vector<Header> headers = {
      {"fr",
       "Soixante et onzième session\nPoint 68 b) de l’ordre du jour\nRésolution adoptée par l’Assemblée générale le 1er décembre 2016\n"
       "[sur la base du rapport de la Première Commission (A/71/450, par. 12)]",
       71, "2016-12-01", "68 b)", "A/71/450, par. 12", "Première Commission"},
      {"es",
       "Octogésimo primer período de sesiones\nTema 5 del programa\nResolución aprobada por la Asamblea General el 3 de mayo de 2027\n"
       "[sobre la base del informe de la Sexta Comisión (A/81/500)]",
       81, "2027-05-03", "5", "A/81/500", "Sexta Comisión"},
      {"ru",
       "Восемьдесят третья сессия\nПункт 12 повестки дня\nРезолюция, принятая Генеральной Ассамблеей 2 марта 2029 года\n"
       "[по докладу Пятого комитета (A/83/600)]",
       83, "2029-03-02", "12", "A/83/600", "Пятого комитета"},
      {"zh", "第一百零一届会议\n议程项目7(a)\n2046年9月30日大会决议\n[根据第二委员会的报告(A/101/300)通过]", 101, "2046-09-30", "7(a)",
       "A/101/300", "第二委员会"},
      {"ar",
       "الدورة الحادية والثمانون\nالبند 14 من جدول الأعمال\nقرار اتخذته الجمعية العامة في 4 أيار/مايو 2027\n"
       "[بناء على تقرير اللجنة الرابعة (A/81/400)]",
       81, "2027-05-04", "14", "A/81/400", "اللجنة الرابعة"},
  };
  for (const Header& h : headers) {
    INFO(h.code);
    std::vector<Piece> ps;
    size_t at = 0;
    while (at <= h.text.size()) {
      size_t end = std::min(h.text.find('\n', at), h.text.size());
      ps.push_back(Piece{h.text.substr(at, end - at), static_cast<int>(ps.size()) + 1, {}});
      at = end + 1;
    }
    Metadata m = read_header(ps, {}, lex(h.code));
    CHECK(m.session == h.session);
    CHECK(m.date == h.date);
    CHECK(m.agenda_item == h.agenda);
    CHECK(m.report == h.report);
    CHECK(m.committee == h.committee);
    CHECK(m.language == h.code);
  }
}

TEST_CASE("a Russian resolution reads its lower-case clauses and Cyrillic sub-paragraphs") {
  Document d = parse(
      "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 1/1,\n\nпризнавая роль общин,\n\n1. призывает государства:\n\n"
      "а) сотрудничать;\n\nб) обмениваться информацией;\n\n2. постановляет продолжить рассмотрение.\n");
  CHECK(d.meta.language == "ru");
  CHECK(lines(d) == std::vector<std::string>{"preambular : ссылаясь на свою резолюцию 1/1,", "preambular : признавая роль общин,",
                                             "operative 1: призывает государства:", "subparagraph 1 (а): сотрудничать;",
                                             "subparagraph 1 (б): обмениваться информацией;",
                                             "operative 2: постановляет продолжить рассмотрение."});
}

TEST_CASE("an Arabic resolution reads its إذ / وإذ recitals, dash numbers and Arabic letters") {
  Document d = parse(
      "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 1/1،\n\nوإذ تسلم بدور المجتمعات المحلية،\n\n1 - تهيب بالدول:\n\n(أ) التعاون؛\n\n"
      "(ب) تبادل المعلومات؛\n\n2 - تقرر مواصلة النظر في المسألة.\n");
  CHECK(d.meta.language == "ar");
  CHECK(lines(d) == std::vector<std::string>{"preambular : إذ تشير إلى قرارها 1/1،", "preambular : وإذ تسلم بدور المجتمعات المحلية،",
                                             "operative 1: تهيب بالدول:", "subparagraph 1 (أ): التعاون؛",
                                             "subparagraph 1 (ب): تبادل المعلومات؛", "operative 2: تقرر مواصلة النظر في المسألة."});
}

TEST_CASE("a Chinese resolution keeps a recital that opens like an operative verb in the preamble") {
  Document d = parse("大会，\n\n回顾其决议，\n\n赞赏地注意到该组织的工作，\n\n1. 谴责一切攻击；\n\n2. 决定继续审议该问题。\n");
  CHECK(d.meta.language == "zh");
  CHECK(d.count(ClauseKind::Preambular) == 2);
  CHECK(d.count(ClauseKind::Operative) == 2);
}

TEST_CASE("the language the user names wins over the one the text suggests") {
  Document d = parse("The General Assembly,\n\nRecalling its resolution 1/1,\n\n1. Decides to continue.\n", "fr");
  CHECK(d.meta.language == "fr");
  CHECK_FALSE(d.is_resolution);  // no "L’Assemblée générale" in it: read paragraph by paragraph
  Document e = parse("The General Assembly,\n\nRecalling its resolution 1/1,\n\n1. Decides to continue.\n");
  CHECK(e.meta.language == "en");
}

TEST_CASE("Chinese labels may stand in full-width brackets, nested ones in Chinese numerals, touching the text") {
  CHECK(label_then("（b）加强本国机构的能力", "zh", "加强本国机构的能力").letter == 2);
  CHECK(item_label("（二）培训海关官员；", nullptr, &lex("zh"))->roman == 2);
  CHECK(item_label("（十一）培训", nullptr, &lex("zh"))->roman == 11);
  CHECK(item_label("㈢ 培训", nullptr, &lex("zh"))->roman == 3);
  CHECK(item_label("(a) 交流", nullptr, &lex("zh"))->letter == 1);
  CHECK_FALSE(item_label("（见上文）", nullptr, &lex("zh")));
  CHECK_FALSE(item_label("（b）x", nullptr, &english()));  // only Chinese brackets its labels so
  CHECK(label_items({ListItem{Label{1, 0}, true}, ListItem{}, ListItem{}}, &lex("zh")) ==
        std::vector<std::string>{"(a)", "(a) (一)", "(a) (二)"});
}

TEST_CASE("Arabic nested items are numbered ’1‘ or (1) where English writes (i)") {
  Label two = label_then("’2‘ تدريب قواتها المسلحة؛", "ar", "تدريب قواتها المسلحة؛");
  CHECK(two.roman == 2);
  CHECK(two.letter == 0);
  CHECK(item_label("(1) في تبادل المعلومات؛", nullptr, &lex("ar"))->roman == 1);
  CHECK(item_label("(ب) أن تتعاون", nullptr, &lex("ar"))->letter == 2);
  CHECK_FALSE(item_label("’الجمعية‘ تقرر", nullptr, &lex("ar")));
  CHECK_FALSE(item_label("(1) Decides", nullptr, &english()));
  CHECK(label_items({ListItem{}, ListItem{Label{2, 0}, true}, ListItem{}, ListItem{}}, &lex("ar")) ==
        std::vector<std::string>{"(أ)", "(ب)", "(ب) (1)", "(ب) (2)"});
}

TEST_CASE("the made-up label fixtures read their nested items in Chinese and Arabic") {
  // fixtures/lang/labels/: nested items under sub-paragraphs, in each script's own labels
  auto read = [](const std::string& name) {
    std::ifstream in(std::string(RESDIFF_FIXTURES) + "/lang/labels/" + name);
    REQUIRE(in);
    return parse(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
  };
  std::vector<std::string> zh, ar;
  for (const Clause& c : read("zh_1.md").clauses) zh.push_back(std::string(kind_name(c.kind)) + " " + c.number);
  for (const Clause& c : read("ar_1.md").clauses) ar.push_back(std::string(kind_name(c.kind)) + " " + c.number);
  CHECK(zh == std::vector<std::string>{"preambular ",           "operative 1",           "subparagraph 1 (a)",
                                       "subparagraph 1 (b)",    "subparagraph 1 (b) (一)", "subparagraph 1 (b) (二)",
                                       "subparagraph 1 (c)",    "operative 2",           "subparagraph 2 (a)",
                                       "subparagraph 2 (a) (一)", "subparagraph 2 (a) (二)", "operative 3"});
  CHECK(ar == std::vector<std::string>{"preambular ",         "operative 1",         "subparagraph 1 (أ)",
                                       "subparagraph 1 (أ) (1)", "subparagraph 1 (أ) (2)", "subparagraph 1 (ب)",
                                       "subparagraph 1 (ب) (1)", "subparagraph 1 (ب) (2)", "operative 2"});
  for (const char* name : {"zh_1.md", "zh_2.md", "ar_1.md", "ar_2.md"}) {
    INFO(name);
    CHECK(read(name).warnings == std::vector<std::string>{});
  }
}
