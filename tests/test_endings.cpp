// Tests for src/segment/endings.cpp: the warnings where an extraction may have lost the end of a
// paragraph. The snippets are made up in the shape of the corpus's Markdown extractions (80/24's
// operative paragraph 2 lost its last line, 80/10's closing its date line); the corpus files
// themselves are checked in test_pdf_corpus.cpp against the clauses a person found cut.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "resdiff/load.hpp"
#include "resdiff/segment.hpp"

using namespace resdiff;

namespace {

/// The warnings of a Markdown text that are about lost ends.
std::vector<std::string> lost_ends(std::string_view markdown, Format format = Format::Markdown) {
  Expected<Source> source = load(markdown, "test.md", format);
  REQUIRE(source.ok());
  std::vector<std::string> out;
  for (const std::string& w : segment(*source).warnings)
    if (w.find("may have been lost") != std::string::npos) out.push_back(w);
  return out;
}

}  // namespace

TEST_CASE("endings: an operative paragraph that stops mid-sentence before the next one is named with its last words") {
  CHECK(lost_ends("80/24. Nuclear disarmament\n\nThe General Assembly,\n\n*Recalling* its resolution 79/50,\n\n"
                  "1. *Urges* the nuclear-weapon States to carry out effective nuclear disarmament measures in a "
                  "systematic and progressive process\n\n"
                  "2. *Decides* to remain seized of the matter.\n\n52nd plenary meeting, 1 December 2025\n") ==
        std::vector<std::string>{"line 7: operative paragraph 1 ends mid-sentence (\"…in a systematic and progressive "
                                 "process\"): its end may have been lost in extraction"});
}

TEST_CASE("endings: clauses ending with their marks, inside quotes or brackets too, give no warning") {
  CHECK(lost_ends("80/24. Nuclear disarmament\n\nThe General Assembly,\n\n*Recalling* its resolution 79/50,\n\n"
                  "*Noting* the report (A/80/1)\n\n"
                  "1. *Calls upon* all States to act:\n\n(a) To cooperate;\n\n(b) To report.\n\n"
                  "2. *Decides* to include the sub-item entitled “Nuclear disarmament”.\n\n"
                  "52nd plenary meeting, 1 December 2025\n") ==
        std::vector<std::string>{"line 7: preambular paragraph 2 ends mid-sentence (\"Noting the report (A/80/1)\"): "
                                 "its end may have been lost in extraction"});
  CHECK(lost_ends("80/24. Nuclear disarmament\n\nThe General Assembly,\n\n*Recalling* its resolution 79/50 (2024),\n\n"
                  "1. *Decides* to include the sub-item entitled “Nuclear disarmament”.\n\n"
                  "52nd plenary meeting, 1 December 2025\n")
            .empty());
}

TEST_CASE("endings: the last clause of a text that stops there is not warned of, nor the end of an annex") {
  CHECK(lost_ends("80/24. Nuclear disarmament\n\nThe General Assembly,\n\n*Recalling* its resolution 79/50,\n\n"
                  "1. *Decides* to remain seized of the matter\n")
            .empty());
}

TEST_CASE("endings: a closing without its date is warned of") {
  CHECK(lost_ends("80/10. International Day\n\nThe General Assembly,\n\n*Recalling* its resolution 79/50,\n\n"
                  "1. *Decides* to proclaim the Day.\n\n51st plenary meeting\n") ==
        std::vector<std::string>{"the closing (\"51st plenary meeting\") has no date: its date may have been lost in extraction"});
}

TEST_CASE("endings: each language's own marks end its clauses") {
  // Lines of fixtures/lang/zh_1.md and ar_1.md (made up by the lang developer, labelled so there):
  // recitals ending "，" / "،", an operative paragraph "；" / "؛"; one recital with its mark taken off.
  const std::string zh = "78/150. 在武装冲突中保护文化遗产\n\n大会，\n\n回顾其2022年12月14日第77/140号决议，\n\n"
                         "重申《联合国宪章》的宗旨和原则\n\n1. 谴责一切针对文化遗产的攻击；\n\n"
                         "2. 决定继续处理此事项。\n\n2023年12月19日 第52次全体会议\n";
  std::vector<std::string> warned = lost_ends(zh);
  REQUIRE(warned.size() == 1);
  CHECK(warned[0].find("preambular paragraph 2 ends mid-sentence") != std::string::npos);
  const std::string ar = "78/150 - حماية التراث الثقافي في حالات النزاع المسلح\n\nإن الجمعية العامة،\n\n"
                         "إذ تشير إلى قرارها 77/140 المؤرخ 14 كانون الأول/ديسمبر 2022،\n\n"
                         "وإذ تعيد تأكيد مقاصد ميثاق الأمم المتحدة ومبادئه\n\n"
                         "1 - تدين جميع الهجمات التي تستهدف التراث الثقافي؛\n\n"
                         "2 - تقرر أن تبقي المسألة قيد نظرها.\n\nالجلسة العامة 52، 19 كانون الأول/ديسمبر 2023\n";
  warned = lost_ends(ar);
  REQUIRE(warned.size() == 1);
  CHECK(warned[0].find("preambular paragraph 2 ends mid-sentence") != std::string::npos);
}

TEST_CASE("endings: the corpus's page texts and its whole extractions warn of no lost end") {
  // The six years of raw page text and the Markdown extractions that lost nothing (80/24, 80/38
  // and 80/5's 1.3.0 extractions and 80/10's closing did: test_pdf_corpus.cpp checks those).
  for (const char* name : {"pagetext/A_RES_72_42.pagetext.txt", "pagetext/A_RES_73_55.pagetext.txt",
                           "pagetext/A_RES_74_43.pagetext.txt", "pagetext/A_RES_75_58.pagetext.txt",
                           "pagetext/A_RES_76_28.pagetext.txt", "pagetext/A_RES_77_75.pagetext.txt",
                           "A_RES_76_28.seed.md", "A_RES_80_41.md", "A_RES_80_41.extract-1.1.0.md", "A_RES_80_19.md",
                           "A_RES_80_2.md", "A_RES_80_11.md", "A_RES_80_5.extract-1.0.0.md"}) {
    INFO(name);
    const std::string path = std::string(RESDIFF_FIXTURES) + "/" + name;
    Expected<std::string> bytes = read_file(path);
    REQUIRE(bytes.ok());
    Expected<Source> source = load(*bytes, path);
    REQUIRE(source.ok());
    Document doc = segment(*source);
    CHECK(doc.count(ClauseKind::Operative) > 0);
    for (const std::string& w : doc.warnings) CHECK(w.find("may have been lost") == std::string::npos);
  }
}
