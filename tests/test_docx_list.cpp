// Tests for automatic numbering in the Word output (src/render/docx_list.cpp): which clauses are
// list items and at which level, when a document's own numbers are what the list counts (only
// then is it numbered so), and the list itself in word/numbering.xml.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>

#include "render/docx_parts.hpp"
#include "documents.hpp"
#include "resdiff/resdiff.hpp"

using namespace resdiff;
using test_documents::parse_markdown;
using test_documents::read_fixture;
using namespace resdiff::render_docx_detail;

namespace {

// A made-up resolution whose operative part is `operative`.
Document resolution_with(const std::string& operative) {
  return parse_markdown("The General Assembly,\n\n*Recalling* its resolution 1/1,\n\n" + operative);
}

}  // namespace

TEST_CASE("list_level: operative paragraphs are level 0, their items 1 and below, every other clause none") {
  Document doc = read_fixture("lang/fr_2.md");
  int seen = 0;
  for (const Clause& c : doc.clauses) {
    INFO(c.number << " " << c.text);
    if (c.kind == ClauseKind::Preambular) CHECK(list_level(c) == -1);
    if (c.kind == ClauseKind::Operative) CHECK(list_level(c) == 0);
    if (c.kind == ClauseKind::Subparagraph) {
      CHECK(list_level(c) == 1);
      ++seen;
    }
  }
  CHECK(seen == 3);  // a) to c) under paragraph 3
}

TEST_CASE("numbers_follow_the_list: 80/41's 1–6 and 79/160's 1–5 with a)–c) under 3 are what the list counts") {
  CHECK(numbers_follow_the_list(read_fixture("A_RES_80_41.md")));
  CHECK(numbers_follow_the_list(read_fixture("A_RES_76_28.seed.md")));
  CHECK(numbers_follow_the_list(read_fixture("lang/fr_2.md")));
  Document deep = resolution_with("1. *Decides* to act;\n\n2. *Requests* a report on:\n\n(a) one, namely:\n\n(i) one and a third;\n\n"
                                  "(ii) one and a half;\n\n(b) two;\n\n3. *Decides* to remain seized.\n");
  REQUIRE(deep.clauses.size() == 8);
  CHECK(deep.clauses[4].number == "2 (a) (i)");
  CHECK(list_level(deep.clauses[4]) == 2);
  CHECK(numbers_follow_the_list(deep));
}

TEST_CASE("numbers_follow_the_list: a gap, a list that starts at 2 or items that do not restart keep text numbers") {
  CHECK_FALSE(numbers_follow_the_list(resolution_with("1. *Decides* to act;\n\n3. *Requests* a report.\n")));
  CHECK_FALSE(numbers_follow_the_list(resolution_with("2. *Decides* to act;\n\n3. *Requests* a report.\n")));
  CHECK_FALSE(numbers_follow_the_list(
      resolution_with("1. *Requests* a report on:\n\n(a) one;\n\n2. *Also requests* one on:\n\n(b) two;\n\n3. *Decides* to act.\n")));
}

TEST_CASE("numbering_part: one list whose levels read 1., (a), (i), (A) and hang as the text numbers do") {
  std::string xml = numbering_part();
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering xmlns:w=", 0) == 0);
  CHECK(xml.find("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>") != std::string::npos);
  CHECK(xml.find("<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/>") != std::string::npos);
  CHECK(xml.find("<w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%2)\"/>") != std::string::npos);
  CHECK(xml.find("<w:numFmt w:val=\"lowerRoman\"/><w:lvlText w:val=\"(%3)\"/>") != std::string::npos);
  CHECK(xml.find("<w:numFmt w:val=\"upperLetter\"/><w:lvlText w:val=\"(%4)\"/>") != std::string::npos);
  CHECK(xml.find("<w:ind w:left=\"0\" w:firstLine=\"567\"/>") != std::string::npos);
  CHECK(xml.find("<w:ind w:left=\"1134\" w:hanging=\"567\"/>") != std::string::npos);
}
