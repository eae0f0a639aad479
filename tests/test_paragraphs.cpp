// Tests for reading paragraphs out of a paged source's lines (src/segment/paragraphs.cpp,
// notes.cpp, wraps.cpp), on raw page text measured by src/load/pagetext*.cpp. Raw-text snippets
// are copied from fixtures/A_RES_80_5.extract-1.0.0.md and fixtures/pagetext/, trailing spaces and
// all, or made up where a comment says so. Footnote references stay in the paragraphs as they
// stand; test_segment.cpp tests which of them are markers.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "../src/load/pagetext.hpp"  // internal headers: tests see only include/
#include "resdiff/segment.hpp"

using namespace resdiff;
using load_detail::looks_like_page_text;

namespace {

/// The bytes of a file under fixtures/.
std::string fixture(const std::string& name) {
  std::ifstream in(std::string(RESDIFF_FIXTURES) + "/" + name, std::ios::binary);
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// The texts of blocks.
std::vector<std::string> texts(const std::vector<Block>& blocks) {
  std::vector<std::string> out;
  for (const Block& b : blocks) out.push_back(b.text);
  return out;
}

/// The block whose text starts with prefix (fails the test when there is none).
const Block& block_starting(const std::vector<Block>& blocks, std::string_view prefix) {
  for (const Block& b : blocks)
    if (b.text.rfind(prefix, 0) == 0) return b;
  FAIL("no block starts with " << prefix);
  return blocks.front();
}

/// The paragraphs the segmenter reads out of raw page text, and its warnings.
std::vector<Block> read_pages(std::string_view text, std::vector<std::string>& warnings) {
  Source source;
  source.lines = load_detail::lines_from_page_text(text, &source.unmarked_paragraphs);
  return paragraphs(source, &warnings);
}

/// Reads raw page text, expecting no warnings.
std::vector<Block> repair(std::string_view text) {
  std::vector<std::string> warnings;
  std::vector<Block> blocks = read_pages(text, warnings);
  for (const auto& w : warnings) WARN(w);
  return blocks;
}

/// True when s ends with tail.
bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

/// s without white space.
std::string squash(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n') out += c;
  return out;
}

/// True when ours (with "[^N]" markers) reads as theirs (with bare marker digits or none),
/// white space aside: how a paragraph compares with the clean extraction A_RES_80_5.md.
bool same_text(std::string_view ours, std::string_view theirs) {
  std::string a = squash(ours), b = squash(theirs);
  size_t i = 0, j = 0;
  while (i < a.size()) {
    if (a.compare(i, 2, "[^") == 0) {
      size_t close = a.find(']', i);
      std::string n = a.substr(i + 2, close - i - 2);
      i = close + 1;
      if (b.compare(j, n.size(), n) == 0) j += n.size();
      continue;
    }
    if (j >= b.size() || a[i] != b[j]) return false;
    ++i, ++j;
  }
  return j == b.size();
}

/// ours without a leading sub-paragraph label ("(a) "), which A_RES_80_5.md drops.
std::string_view without_label(std::string_view s) {
  if (s.size() > 4 && s[0] == '(') {
    size_t close = s.find(") ");
    if (close != std::string_view::npos && close <= 4) return s.substr(close + 2);
  }
  return s;
}

/// The body paragraphs of the clean Markdown extraction A_RES_80_5.md (one per line there).
std::vector<std::string> clean_paragraphs() {
  std::string md = fixture("A_RES_80_5.md");
  std::vector<std::string> out;
  std::istringstream in(md.substr(md.find("\n---\n", 4) + 5));
  for (std::string line; std::getline(in, line);) {
    if (line == "---") break;  // the footnotes follow
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

// fixtures/A_RES_80_5.extract-1.0.0.md, lines 59-98: the annex opens, page 1 ends inside
// paragraph 2 with two footnotes, page 2 begins after the running header and job number.
const char* const kPageBreak =
    "Annex \n"
    " \n"
    " \n"
    "Doha Political Declaration of the “World Social Summit” under the title “the \n"
    "Second World Summit for Social Development” \n"
    " \n"
    "1. \n"
    "We, Heads of State and Government and high representatives, have gathered in \n"
    "Doha from 4 to 6 November 2025 at the Second World Summit for Social Development \n"
    "to build a more just, inclusive, equitable and sustainable world, by addressing gaps, \n"
    "assessing progress and recommitting to the Copenhagen Declaration on Social \n"
    "Development and Programme of Action of the World Summit for Social Development 1 \n"
    "and their implementation, and give momentum towards the implementation of the \n"
    "2030 Agenda for Sustainable Development.2 \n"
    "2. \n"
    "We acknowledge the urgent need to address profound social challenges, \n"
    "especially poverty, unemployment and social exclusion, that affect every country. It \n"
    "is our task to address both their underlying and structural causes and their distressing \n"
    "__________________ \n"
    " \n"
    "1 Report of the World Summit for Social Development, Copenhagen, 6–12 March 1995 (United \n"
    "Nations publication, Sales No. E.96.IV.8), chap. I, resolution 1, annexes I and II. \n"
    " \n"
    "2 Resolution 70/1.\n"
    "\n"
    "A/RES/80/5 \n"
    "Doha Political Declaration of the “World Social Summit” under the \n"
    "title “the Second World Summit for Social Development”\n"
    " \n"
    "25-17700\n"
    "2/18 \n"
    " \n"
    "consequences in accordance with international law, including human rights \n"
    "obligations, in order to reduce uncertainty, inequality and insecurity. \n"
    "3. \n"
    "We recognize that the three core themes of social development, namely, poverty \n"
    "eradication, promotion of full and productive employment and decent work for all \n"
    "and social integration, are interrelated and mutually reinforcing, and that an enabling \n"
    "environment therefore needs to be created so that all three objectives can be pursued \n"
    "simultaneously. \n";

}  // namespace

// --- raw page text: snippets ------------------------------------------------------------------

TEST_CASE("page text: furniture goes, a paragraph split by a page break is joined, footnotes collected") {
  std::vector<Block> blocks = repair(kPageBreak);
  CHECK(texts(blocks) == std::vector<std::string>{
      "Annex",
      "Doha Political Declaration of the “World Social Summit” under the title “the Second World Summit for "
      "Social Development”",
      "1. We, Heads of State and Government and high representatives, have gathered in Doha from 4 to 6 November "
      "2025 at the Second World Summit for Social Development to build a more just, inclusive, equitable and "
      "sustainable world, by addressing gaps, assessing progress and recommitting to the Copenhagen Declaration on "
      "Social Development and Programme of Action of the World Summit for Social Development 1 and their "
      "implementation, and give momentum towards the implementation of the 2030 Agenda for Sustainable "
      "Development.2",
      "2. We acknowledge the urgent need to address profound social challenges, especially poverty, unemployment "
      "and social exclusion, that affect every country. It is our task to address both their underlying and "
      "structural causes and their distressing consequences in accordance with international law, including human "
      "rights obligations, in order to reduce uncertainty, inequality and insecurity.",
      "3. We recognize that the three core themes of social development, namely, poverty eradication, promotion "
      "of full and productive employment and decent work for all and social integration, are interrelated and "
      "mutually reinforcing, and that an enabling environment therefore needs to be created so that all three "
      "objectives can be pursued simultaneously.",
      "[^1]: Report of the World Summit for Social Development, Copenhagen, 6–12 March 1995 (United Nations "
      "publication, Sales No. E.96.IV.8), chap. I, resolution 1, annexes I and II.",
      "[^2]: Resolution 70/1."});
  CHECK(blocks[0].line == 1);
  CHECK(blocks[2].line == 7);  // the line with "1." alone
}

TEST_CASE("page text: references glued to a year range and after a comma stay as they stand") {
  // fixtures/A_RES_80_5.extract-1.0.0.md, page 5: lines 297-303 and its footnotes, lines 340-349.
  std::vector<Block> blocks = repair(
      "Doha Programme of Action for the Least Developed Countries, 11  the Awaza \n"
      "Programme of Action for Landlocked Developing Countries for the Decade 2024–\n"
      "203412 and the Antigua and Barbuda Agenda for Small Island Developing States, 13 \n"
      "and reaffirm our support for the achievement of the African Union Agenda 2063. We \n"
      "look forward to the elaboration of a specific inter-agency, comprehensive, system-\n"
      "wide response plan for middle-income countries by the United Nations development \n"
      "system.  \n"
      "__________________ \n"
      " \n"
      "11 Resolution 76/258, annex. \n"
      " \n"
      "12 Resolution 79/233, annex; see also resolution 79/279. \n"
      " \n"
      "13 Resolution 78/317, annex.\n");
  CHECK(texts(blocks) == std::vector<std::string>{
      "Doha Programme of Action for the Least Developed Countries, 11 the Awaza Programme of Action for "
      "Landlocked Developing Countries for the Decade 2024–203412 and the Antigua and Barbuda Agenda for "
      "Small Island Developing States, 13 and reaffirm our support for the achievement of the African Union "
      "Agenda 2063. We look forward to the elaboration of a specific inter-agency, comprehensive, system-wide "
      "response plan for middle-income countries by the United Nations development system.",
      "[^11]: Resolution 76/258, annex.", "[^12]: Resolution 79/233, annex; see also resolution 79/279.",
      "[^13]: Resolution 78/317, annex."});
}

TEST_CASE("page text: a label alone on its line joins its text, and real hyphens stay") {
  // fixtures/A_RES_80_5.extract-1.0.0.md, lines 236-243.
  std::vector<Block> blocks = repair(
      " \n"
      "(d) \n"
      "Millions of youth do not have access to education, employment or training, \n"
      "the majority of whom are young women. In the labour market, young people, \n"
      "especially youth with disabilities, experience higher levels of unemployment, \n"
      "informal employment and working poverty. These decent work deficits can have long-\n"
      "lasting consequences on poverty eradication efforts and affect the well-being of \n"
      "current and future generations; \n");
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].text ==
        "(d) Millions of youth do not have access to education, employment or training, the majority of whom are "
        "young women. In the labour market, young people, especially youth with disabilities, experience higher "
        "levels of unemployment, informal employment and working poverty. These decent work deficits can have "
        "long-lasting consequences on poverty eradication efforts and affect the well-being of current and future "
        "generations;");
}

TEST_CASE("page text: a full line ending a sentence does not end the paragraph") {
  // fixtures/A_RES_80_5.extract-1.0.0.md, lines 316-321: "…development." fills its line.
  std::vector<Block> blocks = repair(
      "23. We recognize that the multilateral system and its institutions, with the United \n"
      "Nations and its Charter at the centre, must be strengthened to keep pace with a \n"
      "changing world and address global challenges in the sphere of social development. \n"
      "They must be fit for the present and the future – effective and capable, just, \n"
      "democratic, equitable and representative of today’s world, inclusive, interconnected \n"
      "and financially stable.  \n"
      "We \n");
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0].text.find("social development. They must be fit") != std::string::npos);
  CHECK(blocks[1].text == "We");  // after a short last line, a capital starts a paragraph
}

TEST_CASE("page text: an end-of-line hyphen goes when the joined word occurs elsewhere") {
  // Made-up lines: "international" occurs in the text, "decisionmaking" does not.
  std::vector<Block> blocks = repair(
      "Recalling the importance of international cooperation and of the inter- \n"
      "national financial institutions in decision-\n"
      "making at all levels, \n");
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].text ==
        "Recalling the importance of international cooperation and of the international financial institutions in "
        "decision-making at all levels,");
}

TEST_CASE("page text: an operative number displaced into its sentence goes back to the start") {
  // Made-up, after DESIGN.md: column extraction put "1." inside the first operative paragraph.
  std::vector<Block> blocks = repair(
      "The General Assembly, \n"
      " \n"
      "Calls upon all Member States to support international efforts to prevent 1. terrorists \n"
      "from acquiring weapons of mass destruction and their means of delivery; \n"
      "2. Appeals to all Member States to consider signing and ratifying the Convention; \n");
  CHECK(texts(blocks) == std::vector<std::string>{
      "The General Assembly,",
      "1. Calls upon all Member States to support international efforts to prevent terrorists from acquiring "
      "weapons of mass destruction and their means of delivery;",
      "2. Appeals to all Member States to consider signing and ratifying the Convention;"});
}

TEST_CASE("page text: a footnote area under a rule is read apart from the text above it") {
  // Made-up (test_segment.cpp tells the marker "Summit,1" from "principle 7", "G20", "all 17 Goals").
  std::vector<Block> blocks = repair(
      "Recalling principle 7 of the Declaration adopted on 4 November by the G20 and all 17 Goals of the \n"
      "Summit,1 \n"
      "__________________ \n"
      "1 Resolution 70/1.\n");
  CHECK(texts(blocks) == std::vector<std::string>{
      "Recalling principle 7 of the Declaration adopted on 4 November by the G20 and all 17 Goals of the Summit,1",
      "[^1]: Resolution 70/1."});
}

TEST_CASE("page text: form feeds separate pages, bare page numbers at page edges go") {
  std::vector<std::string> warnings;
  std::vector<Block> blocks = read_pages(
      "Recognizing the determination of the international community to combat\n"
      "7\n\f8\n"
      "terrorism, as evidenced in relevant resolutions,\n", warnings);
  CHECK(texts(blocks) == std::vector<std::string>{
      "Recognizing the determination of the international community to combat terrorism, as evidenced in relevant "
      "resolutions,"});
}

TEST_CASE("page text: a bare number at a page edge goes only when it runs with the pages") {
  // Made up: pages 2 and 3 are numbered by a bare "2" and "3" at their tops; the "20" standing last
  // on page 1 is the end of "the Group of 20", wrapped onto a line of its own.
  std::vector<Block> blocks = repair(
      "Recalling the declaration issued at the summit of the leaders of the Group of\n"
      "20\n"
      "\f2\n"
      "and its follow-up,\n"
      "\f3\n"
      "Noting the report of the Secretary-General,\n");
  CHECK(texts(blocks) == std::vector<std::string>{
      "Recalling the declaration issued at the summit of the leaders of the Group of 20 and its follow-up,",
      "Noting the report of the Secretary-General,"});
}

TEST_CASE("page text: a marker set apart on a line of its own ends its recital at a page foot") {
  // Made up in the shape the property test printed (80/19's recitals 2 and 3, marker "1" set apart
  // after the comma and wrapped onto a line of its own, then the page's footnote and the next page).
  std::vector<Block> blocks = repair(
      "Reaffirming also the provisions of articles III and IV of the Treaty\n"
      "on Principles Governing the Activities of States in the Exploration\n"
      "and Use of Outer Space, including the Moon and Other Celestial Bodies, \n"
      "1\n"
      "__________________ \n"
      " \n"
      "1 United Nations, Treaty Series, vol. 610, No. 8843. \n"
      "\n"
      "A/RES/80/19 \n"
      " \n"
      "25-19905 \n"
      "2/3 \n"
      " \n"
      "Recalling the obligation of all States to observe the provisions of \n"
      "the Charter of the United Nations regarding the use or threat of use\n"
      "of force in their international relations, including in their space\n"
      "activities, \n");
  CHECK(texts(blocks) == std::vector<std::string>{
      "Reaffirming also the provisions of articles III and IV of the Treaty on Principles Governing the Activities of "
      "States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies, 1",
      "Recalling the obligation of all States to observe the provisions of the Charter of the United Nations regarding "
      "the use or threat of use of force in their international relations, including in their space activities,",
      "[^1]: United Nations, Treaty Series, vol. 610, No. 8843."});
}

TEST_CASE("page text: a page-foot line quoting the title stays; the title whole beside the furniture is the running title") {
  // Made up in the shape of A/RES/76/28's operative paragraph 6: its page ends inside the quoted
  // title, and the next page's running title is the title in one line.
  std::vector<Block> blocks = repair(
      "76/28. Measures to prevent terrorists from acquiring weapons of mass\n"
      "destruction\n"
      "\n"
      "The General Assembly,\n"
      "\n"
      "6. Decides to include in the provisional agenda of its seventy-seventh session, under the\n"
      "item entitled “General and complete disarmament”, the sub-item entitled “Measures to\n"
      "prevent terrorists from acquiring weapons of mass\n"
      "\n"
      "A/RES/76/28 \n"
      "Measures to prevent terrorists from acquiring weapons of mass destruction\n"
      " \n"
      "21-17783 \n"
      "2/2 \n"
      " \n"
      "destruction”.\n");
  CHECK(texts(blocks) == std::vector<std::string>{
      "76/28. Measures to prevent terrorists from acquiring weapons of mass destruction",
      "The General Assembly,",
      "6. Decides to include in the provisional agenda of its seventy-seventh session, under the item entitled "
      "“General and complete disarmament”, the sub-item entitled “Measures to prevent terrorists from acquiring "
      "weapons of mass destruction”."});
}

TEST_CASE("page text: a page break no form feed marks, among pdftotext's pages, is found by its furniture") {
  // Made up: pages 1 and 2 came without the form feed between them (page 3 has one). Page 1's
  // footnote stands under its own rule, not under page 2's.
  std::vector<Block> blocks = repair(
      "Recognizing the determination of the international community to combat\n"
      "terrorism,1\n"
      "__________________ \n"
      " \n"
      "1 Resolution 79/42.\n"
      " \n"
      "A/RES/80/41 \n"
      " \n"
      "25-19905 \n"
      "2/3 \n"
      " \n"
      "Deeply concerned by the growing risk of linkages between terrorism and\n"
      "weapons of mass destruction,2\n"
      "__________________ \n"
      " \n"
      "2 Resolution 1540 (2004).\n"
      "\fA/RES/80/41 \n"
      " \n"
      "25-19905 \n"
      "3/3 \n"
      " \n"
      "1. Calls upon all Member States to support international efforts;\n");
  CHECK(texts(blocks) == std::vector<std::string>{
      "Recognizing the determination of the international community to combat terrorism,1",
      "Deeply concerned by the growing risk of linkages between terrorism and weapons of mass destruction,2",
      "1. Calls upon all Member States to support international efforts;",
      "[^1]: Resolution 79/42.",
      "[^2]: Resolution 1540 (2004)."});
}

/// Made-up page text: pages of one or two lines each, the later ones opened by the symbol, job
/// number and "N/M" and then by their top line.
std::string pages_with_tops(const std::vector<std::string>& tops, const std::vector<std::string>& bodies) {
  std::string text;
  for (size_t p = 0; p < bodies.size(); ++p) {
    if (p > 0) text += "\nA/RES/80/24 \n \n25-19905 \n" + std::to_string(p + 1) + "/" + std::to_string(bodies.size()) + " \n \n";
    text += tops[p] + "\n" + bodies[p] + "\n";
  }
  return text;
}

TEST_CASE("page text: a line opening two of many pages is no running title") {
  // "the Treaty on the Non-Proliferation of Nuclear Weapons" opens pages 2 and 5 of six: a running
  // title opens every page after the first.
  std::vector<Block> blocks = repair(pages_with_tops(
      {"", "the Treaty on the Non-Proliferation of Nuclear Weapons", "and the Committee", "and the Conference",
       "the Treaty on the Non-Proliferation of Nuclear Weapons", "and the Council"},
      {"Recalling the obligations under", "\nNoting the work of the Secretary-General", "\nNoting also the work of the Board",
       "\nReaffirming the commitments under", "\nWelcoming the efforts of the Secretary-General", "\nNoting further the work of the Committee,"}));
  CHECK(texts(blocks) == std::vector<std::string>{
      "Recalling the obligations under the Treaty on the Non-Proliferation of Nuclear Weapons",
      "Noting the work of the Secretary-General and the Committee",
      "Noting also the work of the Board and the Conference",
      "Reaffirming the commitments under the Treaty on the Non-Proliferation of Nuclear Weapons",
      "Welcoming the efforts of the Secretary-General and the Council",
      "Noting further the work of the Committee,"});
}

TEST_CASE("page text: a line ending as a clause's line does is no running title, though it opens every later page") {
  // "of time," opens pages 2 and 3 of three, as a running title would, but ends with a recital's comma.
  std::vector<Block> blocks = repair(pages_with_tops(
      {"", "of time,", "of time,"},
      {"Noting the steps taken within a specified framework", "\nRecalling also the steps taken within a specified framework",
       "\nReaffirming the importance of the Conference on Disarmament,"}));
  CHECK(texts(blocks) == std::vector<std::string>{
      "Noting the steps taken within a specified framework of time,",
      "Recalling also the steps taken within a specified framework of time,",
      "Reaffirming the importance of the Conference on Disarmament,"});
}

TEST_CASE("page text: footnotes without a separator, opened by glued or superscript numbers") {
  // Made-up, the way pdftotext writes a page: "1Resolution" has its superscript number glued on.
  std::vector<Block> blocks = repair(
      "Recalling its resolution 98/1 of 2 January 2098,1\n"
      "\n"
      "Recalling also the 2005 World Summit Outcome and the Strategy of 8 September 2006,²³\n"
      "1Resolution 98/1, annex.\n"
      "² Resolution 60/1.\n"
      "³ Resolution 60/288.\n");
  CHECK(texts(blocks) == std::vector<std::string>{
      "Recalling its resolution 98/1 of 2 January 2098,1",
      "Recalling also the 2005 World Summit Outcome and the Strategy of 8 September 2006,²³",
      "[^1]: Resolution 98/1, annex.", "[^2]: Resolution 60/1.", "[^3]: Resolution 60/288."});
}

TEST_CASE("page text: nothing, white space or furniture alone read to no blocks") {
  for (const char* text : {"", "   \n \n\f\n", "A/RES/80/5\n25-17700\n2/18\n"}) {
    std::vector<std::string> warnings;
    CHECK(read_pages(text, warnings).empty());
    CHECK(warnings.empty());
  }
}

TEST_CASE("looks_like_page_text tells raw page text from the clean extractions") {
  CHECK(looks_like_page_text(fixture("A_RES_80_5.extract-1.0.0.md")));
  CHECK(looks_like_page_text(kPageBreak));
  for (const char* name : {"A_RES_80_5.md", "A_RES_76_28.seed.md", "A_RES_80_41.md", "A_RES_80_41.extract-1.1.0.md",
                           "A_RES_80_24.md", "A_RES_80_24.extract-1.1.0.md", "A_RES_80_2.md", "A_RES_80_10.md",
                           "A_RES_80_11.md", "A_RES_80_19.md", "A_RES_80_38.md"}) {
    INFO(name);
    CHECK_FALSE(looks_like_page_text(fixture(name)));
  }
  CHECK_FALSE(looks_like_page_text("# A heading\n\nSome text.\n"));
}

// --- raw page text: the whole of A/RES/80/5 ---------------------------------------------------

TEST_CASE("page text: A/RES/80/5 raw page text reads to 44 annex paragraphs and 15 footnotes") {
  std::vector<std::string> warnings;
  std::vector<Block> blocks = read_pages(fixture("A_RES_80_5.extract-1.0.0.md"), warnings);
  CHECK(warnings.empty());
  int next_number = 1, definitions = 0;
  for (const Block& b : blocks) {
    INFO(b.text);
    for (const char* furniture : {"A/RES/80/5", "25-17700", "2517700", "/18", "__"})
      CHECK(b.text.find(furniture) == std::string::npos);
    CHECK(b.text.find("  ") == std::string::npos);
    if (b.text.rfind("[^", 0) == 0) {
      CHECK(b.text.rfind("[^" + std::to_string(++definitions) + "]: ", 0) == 0);
      continue;
    }
    if (b.text.rfind(std::to_string(next_number) + ". ", 0) == 0) ++next_number;
  }
  CHECK(next_number == 45);
  CHECK(definitions == 15);
  // The segmenter finds the 15 references, each footnote cited once, in order.
  Source source;
  source.lines = load_detail::lines_from_page_text(fixture("A_RES_80_5.extract-1.0.0.md"));
  Document doc = segment(source);
  REQUIRE(doc.footnotes.size() == 15);
  std::vector<std::string> cited;
  for (const Clause& clause : doc.clauses) cited.insert(cited.end(), clause.footnotes.begin(), clause.footnotes.end());
  CHECK(cited == doc.footnotes);
  for (const char* heading : {"Annex", "A call to action", "Follow-up", "United Nations"})
    CHECK(block_starting(blocks, heading).text == heading);
  // The first page's header block is metadata: kept, as the clean extraction has it.
  CHECK(block_starting(blocks, "General Assembly").text == "General Assembly Distr.: General 4 November 2025");
  CHECK(block_starting(blocks, "28th").text == "28th plenary meeting 4 November 2025");
}

TEST_CASE("page text: A/RES/80/5 raw page text agrees with the clean extraction where that one is right") {
  std::vector<std::string> warnings;
  std::vector<Block> ours = read_pages(fixture("A_RES_80_5.extract-1.0.0.md"), warnings);
  std::vector<std::string> theirs = clean_paragraphs();
  auto theirs_starting = [&](std::string_view prefix) {
    for (const auto& t : theirs)
      if (t.rfind(prefix, 0) == 0 || t.rfind(without_label(prefix), 0) == 0) return t;
    FAIL("A_RES_80_5.md has no paragraph starting " << prefix);
    return std::string();
  };

  // Paragraphs checked by hand against the raw text: the same in both, markers and labels aside.
  for (const char* start : {"80/5. Doha", "Adopts the Doha", "Eightieth session", "Resolution adopted",
                            "3. We recognize", "6. We recommit", "10. We welcome", "13. We stress", "14. We reaffirm",
                            "21. We are convinced", "24. We will explore", "(m) Strengthening investment",
                            "(h) Multiple, persistent", "(c) Taking effective measures to ensure", "39. We acknowledge",
                            "44. We commit"}) {
    INFO(start);
    std::string_view mine = block_starting(ours, start).text;
    std::string clean = theirs_starting(start);
    CHECK((same_text(mine, clean) || same_text(without_label(mine), clean)));
  }

  // Where A_RES_80_5.md lost text, the raw page text read right (each checked by hand).
  CHECK(block_starting(ours, "2. We acknowledge").text.find("their distressing consequences in accordance") != std::string::npos);
  CHECK(theirs_starting("1. We, Heads").find("2. We acknowledge") != std::string::npos);  // 1 and 2 run together there
  CHECK(block_starting(ours, "9. We reaffirm the Addis Ababa").text.find("We are committed to its full") != std::string::npos);
  CHECK(ends_with(block_starting(ours, "30. We reaffirm our commitment").text, "To this end, we commit to:"));
  CHECK(ends_with(theirs_starting("30. We reaffirm our commitment"), "To this end, we"));
  CHECK(ends_with(block_starting(ours, "(g) Ensuring that social development policies").text,
                  "which are critical to promoting inclusive development for all;"));
  CHECK(ends_with(block_starting(ours, "(j) Recognizing that persons").text, "disability-inclusive development;"));
  CHECK(ends_with(theirs_starting("Recognizing that persons with disabilities continue"), "disability-inclusive"));
  CHECK(block_starting(ours, "20. We commit").text.find("including the Doha Programme of Action") != std::string::npos);
  CHECK(block_starting(ours, "24. We will explore").text.find("a whole-of-government, whole-of-society") != std::string::npos);
  CHECK(theirs_starting("24. We will explore").find("a whole- of-government") != std::string::npos);

  // Over the whole document: every paragraph of the clean file that ours does not match is one of
  // its known losses (a dropped last line, two paragraphs run together, a page-break split).
  size_t matched = 0;
  for (const auto& t : theirs) {
    for (const Block& b : ours) {
      if (same_text(b.text, t) || same_text(without_label(b.text), t)) {
        ++matched;
        break;
      }
    }
  }
  INFO(matched << " of " << theirs.size() << " paragraphs of A_RES_80_5.md read the same");
  CHECK(matched >= 156);
}

// ---- pdftotext's plain text (issue 3 §5): form feeds, hard wraps, no furniture ----

namespace {

/// Two pages as `pdftotext FILE.pdf` writes them: recitals wrapped with no blank line between,
/// footnote numbers alone on a line before their text, markers glued, "1." alone on its line.
constexpr const char* kPdftotext =
    "The General Assembly,\n"
    "Recalling also the entry into force on 7 July 2007 of the International\n"
    "Convention for the Suppression of Acts of Nuclear Terrorism,1\n"
    "Recalling further the adoption, by consensus of the States Parties, of the\n"
    "Amendment to the Convention on the Physical Protection of Nuclear\n"
    "Material by the International Atomic Energy Agency on 8 July 2005, and its\n"
    "entry into force on 8 May 2016,23\n"
    "Recalling the support expressed in the Final Document of the Nineteenth\n"
    "Summit of Heads of State or Government of Non-Aligned Countries, held in\n"
    "1\n\nUnited Nations, Treaty Series, vol. 2445, No. 44004.\n\n"
    "2\n\nIbid., vol. 3132, No. 24631.\n\n"
    "3\n\nIbid., vol. 1456, No. 24631.\n\n"
    "\fKampala on 19 and 20 January 2024, for measures to prevent terrorists\n"
    "from acquiring weapons of mass destruction,\n"
    "Mindful of the urgent need for addressing, within the United Nations\n"
    "framework and through international cooperation, this threat to humanity,\n"
    "Emphasizing that progress is urgently needed in the area of disarmament,\n"
    "1.\n\n"
    "Calls upon all Member States to support international efforts to\n"
    "prevent terrorists from acquiring weapons of mass destruction;\n\n\f";

}  // namespace

TEST_CASE("looks_like_page_text: pdftotext's form feeds and hard-wrapped lines") {
  CHECK(looks_like_page_text(kPdftotext));
  CHECK_FALSE(looks_like_page_text("# A heading\n\nSome text.\n"));
  // A form feed alone in text written one paragraph per line is not enough.
  CHECK_FALSE(looks_like_page_text("First paragraph, long enough to be a whole paragraph on its own line.\n\n"
                                   "Second paragraph.\n\f\nThird paragraph.\n"));
}

TEST_CASE("page text: pdftotext default mode reads to paragraphs and footnote definitions") {
  std::vector<Block> blocks = repair(kPdftotext);
  CHECK(texts(blocks) ==
        std::vector<std::string>{
            "The General Assembly,",
            "Recalling also the entry into force on 7 July 2007 of the International Convention for the Suppression "
            "of Acts of Nuclear Terrorism,1",
            "Recalling further the adoption, by consensus of the States Parties, of the Amendment to the Convention on "
            "the Physical Protection of Nuclear Material by the International Atomic Energy Agency on 8 July 2005, and "
            "its entry into force on 8 May 2016,23",
            "Recalling the support expressed in the Final Document of the Nineteenth Summit of Heads of State or "
            "Government of Non-Aligned Countries, held in Kampala on 19 and 20 January 2024, for measures to prevent "
            "terrorists from acquiring weapons of mass destruction,",
            "Mindful of the urgent need for addressing, within the United Nations framework and through international "
            "cooperation, this threat to humanity,",
            "Emphasizing that progress is urgently needed in the area of disarmament,",
            "1. Calls upon all Member States to support international efforts to prevent terrorists from acquiring "
            "weapons of mass destruction;",
            "[^1]: United Nations, Treaty Series, vol. 2445, No. 44004.",
            "[^2]: Ibid., vol. 3132, No. 24631.",
            "[^3]: Ibid., vol. 1456, No. 24631.",
        });
}

TEST_CASE("page text: pdftotext -layout's hanging indents, and a footnote number written after its text") {
  std::vector<Block> blocks = repair(
      "The General Assembly,\n"
      "Having considered chapter V of the report of the Committee on\n"
      "Contributions on its eighty-fifth session,1\n"
      "Reaffirming the obligation of Member States under Article 17 of the Charter\n"
      "of the United Nations to bear the expenses of the Organization,\n"
      "    1.   Reaffirms its role in accordance with the provisions of Article 19 of\n"
      "         the Charter of the United Nations;\n"
      "\n"
      "Official Records of the General Assembly, Eightieth Session, Supplement\n"
      "No. 11 (A/80/11).\n"
      "1\n"
      "\n\f"
      "    2.   Also reaffirms its resolution 54/237 C of 23 December 1999;\n\f");
  CHECK(texts(blocks) ==
        std::vector<std::string>{
            "The General Assembly,",
            "Having considered chapter V of the report of the Committee on Contributions on its eighty-fifth "
            "session,1",
            "Reaffirming the obligation of Member States under Article 17 of the Charter of the United Nations to bear "
            "the expenses of the Organization,",
            "1. Reaffirms its role in accordance with the provisions of Article 19 of the Charter of the United Nations;",
            "2. Also reaffirms its resolution 54/237 C of 23 December 1999;",
            "[^1]: Official Records of the General Assembly, Eightieth Session, Supplement No. 11 (A/80/11).",
        });
}

// Abridged from fixtures/formats/A_RES_80_24.txt (pdftotext's default output), pages 2 to 4: some
// body lines and footnote 5 left out, every kept line as pdftotext wrote it. Its footnote numbers
// stand before their texts ("9", "A/51/218, annex.") and after them ("… para. 18.", "10") on one
// page; footnote 6's text runs on below the body's last line with its number after it; footnote 7
// runs on to the next page, right below its body's last line ("… bring to a" / "(NPT/CONF.2010/50").
constexpr const char* kPdftotextNotes =
    "Stressing the importance of the 13 steps for the systematic and progressive\n"
    "efforts to achieve the objective of nuclear disarmament leading to the total\n"
    "elimination of nuclear weapons, as agreed to by the States Parties in the\n"
    "Final Document of the 2000 Review Conference of the Parties to the Treaty\n"
    "on the Non-Proliferation of Nuclear Weapons,6\n"
    "Recognizing the important work done at the 2010 Review Conference of the\n"
    "Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, and\n"
    "affirming its 22-point action plan on nuclear disarmament as an impetus to\n"
    "intensify work aimed at beginning negotiations for a nuclear weapons\n"
    "convention,7\n"
    "2000 Review Conference of the Parties to the Treaty on the NonProliferation of Nuclear Weapons, Final Document, vol. I\n"
    "(NPT/CONF.2000/28 (Parts I and II)), part I, section entitled “Article VI and\n"
    "eighth to twelfth preambular paragraphs”, para. 15.\n"
    "6\n"
    "\n"
    "2010 Review Conference of the Parties to the Treaty on the NonProliferation of Nuclear Weapons, Final Document, vols. I–III\n"
    "7\n"
    "\n"
    "\f"
    "Reiterating its call for an early entry into force of the Comprehensive\n"
    "Nuclear-Test-Ban Treaty,8\n"
    "Recalling the advisory opinion of the International Court of Justice on the\n"
    "legality of the threat or use of nuclear weapons, issued on 8 July 1996, and\n"
    "welcoming the unanimous reaffirmation by all judges of the Court that there\n"
    "exists an obligation for all States to pursue in good faith and bring to a\n"
    "(NPT/CONF.2010/50 (Vol. I), NPT/CONF.2010/50 (Vol. II) and\n"
    "NPT/CONF.2010/50 (Vol. III)).\n"
    "8\n"
    "\n"
    "See resolution 50/245 and A/50/1027.\n"
    "\n"
    "\f"
    "conclusion negotiations leading to nuclear disarmament in all its aspects\n"
    "under strict and effective international control,9\n"
    "Noting the adoption of the programme of work for the 2009 session by the\n"
    "Conference on Disarmament on 29 May 2009, after years of stalemate, and\n"
    "regretting that the Conference did not succeed in reaching consensus on a\n"
    "programme of work for its 2025 session,10\n"
    "Reaffirming the proposals submitted by the States members of the\n"
    "Conference on Disarmament that are members of the Group of 21 on the\n"
    "follow-up to the 2013 high-level meeting of the General Assembly on\n"
    "nuclear disarmament, pursuant to Assembly resolution 68/32 of 5 December\n"
    "2013, as contained in documents of the Conference,11\n"
    "Reaffirming also the importance and validity of the Conference on\n"
    "Disarmament as the sole multilateral disarmament negotiating forum, and\n"
    "by taking into consideration the security concerns of all States,12\n"
    "9\n"
    "\n"
    "A/51/218, annex.\n"
    "\n"
    "See Official Records of the General Assembly, Sixty-fourth Session,\n"
    "Supplement No. 27 (A/64/27), para. 18.\n"
    "10\n"
    "\n"
    "11\n"
    "\n"
    "See CD/1999 and CD/2067.\n"
    "\n"
    "12\n"
    "\n"
    "CD/8/Rev.9.\n"
    "\n";

TEST_CASE("page text: pdftotext's footnote numbers before and after their texts go each to its own text") {
  std::vector<Block> blocks = repair(kPdftotextNotes);
  CHECK(block_starting(blocks, "Stressing").text ==
        "Stressing the importance of the 13 steps for the systematic and progressive efforts to achieve the objective "
        "of nuclear disarmament leading to the total elimination of nuclear weapons, as agreed to by the States "
        "Parties in the Final Document of the 2000 Review Conference of the Parties to the Treaty on the "
        "Non-Proliferation of Nuclear Weapons,6");
  CHECK(ends_with(block_starting(blocks, "Recognizing").text, "negotiations for a nuclear weapons convention,7"));
  CHECK(ends_with(block_starting(blocks, "[^6]: 2000 Review Conference").text,
                  "section entitled “Article VI and eighth to twelfth preambular paragraphs”, para. 15."));
  CHECK(block_starting(blocks, "[^8]:").text == "[^8]: See resolution 50/245 and A/50/1027.");
  CHECK(block_starting(blocks, "[^9]:").text == "[^9]: A/51/218, annex.");
  CHECK(block_starting(blocks, "[^10]:").text ==
        "[^10]: See Official Records of the General Assembly, Sixty-fourth Session, Supplement No. 27 (A/64/27), para. 18.");
  CHECK(block_starting(blocks, "[^11]:").text == "[^11]: See CD/1999 and CD/2067.");
  CHECK(block_starting(blocks, "[^12]:").text == "[^12]: CD/8/Rev.9.");
}

TEST_CASE("page text: a footnote pdftotext runs on to the next page below the body's last line stays a footnote") {
  std::vector<Block> blocks = repair(kPdftotextNotes);
  CHECK(ends_with(block_starting(blocks, "[^7]: 2010 Review Conference").text,
                  "Final Document, vols. I–III (NPT/CONF.2010/50 (Vol. I), NPT/CONF.2010/50 (Vol. II) and "
                  "NPT/CONF.2010/50 (Vol. III))."));
  CHECK(block_starting(blocks, "Recalling the advisory").text ==
        "Recalling the advisory opinion of the International Court of Justice on the legality of the threat or use of "
        "nuclear weapons, issued on 8 July 1996, and welcoming the unanimous reaffirmation by all judges of the Court "
        "that there exists an obligation for all States to pursue in good faith and bring to a conclusion negotiations "
        "leading to nuclear disarmament in all its aspects under strict and effective international control,9");
}

TEST_CASE("page text: a hyphen pdftotext dropped in a joined line goes back where the document shows it") {
  std::vector<Block> blocks = repair(
      "Reaffirming the goal of the total elimination of nuclear weapons and a nuclearweapon-free world, and\n"
      "noting the statements by nuclear-weapon States of their intention to pursue\n"
      "actions in achieving a world free of nuclear weapons and deeply regretting it,\n"
      "Stressing the importance of the thirteen steps for the systematic efforts,\n"
      "Recalling the many resolutions adopted over the years on nuclear disarmament,\n"
      "Noting the statements made by many Member States in the general debate,\n"
      "Recognizing the complementarity of bilateral and multilateral negotiations,\n"
      "Welcoming the work of the Conference on Disarmament in the past year,\n\f");
  REQUIRE_FALSE(blocks.empty());
  CHECK(blocks.front().text.find("nuclear-weapon-free world") != std::string::npos);
}


namespace {

/// A measured line of a PDF page (made up after fixtures/lang/pdf/zh_1.pdf and es_1.pdf: 12-point
/// type, a full line 363 points wide).
Line measured(std::string text, int page, double room, double first_word, double gap = 0, bool note = false) {
  Line l;
  l.text = std::move(text);
  l.page = page;
  l.positioned = true;
  l.font_size = 12;
  l.room = room;
  l.first_word = first_word;
  l.width = (363 - room) / 363;
  l.gap = gap;
  l.note_area = note;
  return l;
}

}  // namespace

TEST_CASE("paged lines: wrapped Chinese lines join without a space, and a closing after a full-width stop opens its own paragraph") {
  // fixtures/lang/pdf/zh_2.pdf: the last operative paragraph wraps before "程。", the closing
  // stands alone at the top of page 2.
  Source source;
  source.language = "zh";
  source.lines = {measured("5. 决定将题为“在武装冲突中保护文化遗产”的项目列入大会第八十届会议临时议", 0, 0, 14.4),
                  measured("程。", 0, 316, 27.6), measured("2024年12月17日第50次全体会议", 1, 0, 204)};
  std::vector<Block> blocks = paragraphs(source);
  CHECK(texts(blocks) == std::vector<std::string>{"5. 决定将题为“在武装冲突中保护文化遗产”的项目列入大会第八十届会议临时议程。",
                                                  "2024年12月17日第50次全体会议"});
}

TEST_CASE("paged lines: a Spanish closing that opens with an ordinal is not a footnote") {
  // fixtures/lang/pdf/es_1.pdf, page 2: "52ª" is the 52nd meeting, not footnote 52 glued to a capital.
  Source source;
  source.language = "es";
  source.lines = {measured("6. Decide incluir el tema titulado “Protección del patrimonio", 0, 36, 15),
                  measured("2 A/78/300.", 0, 290, 8, 2, true),
                  measured("cultural en los conflictos armados”.", 1, 209, 51),
                  measured("52ª sesión plenaria, 19 de diciembre de 2023", 1, 185, 25, 0.7)};
  std::vector<Block> blocks = paragraphs(source);
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[0].text == "6. Decide incluir el tema titulado “Protección del patrimonio cultural en los conflictos armados”.");
  CHECK(blocks[1].text == "52ª sesión plenaria, 19 de diciembre de 2023");
  CHECK(blocks[2].text == "[^2]: A/78/300.");
}

TEST_CASE("page lines: in a page of one-line paragraphs the usual line spacing is the wrapped lines', not the paragraph gaps") {
  // Made up after fixtures/lang/pdf/zh_1.pdf: seven one-line recitals 8 points apart, one wrapped line.
  load_detail::Page page;
  page.layout_known = true;
  double top = 100;
  for (int i = 0; i < 8; ++i) {
    load_detail::PageLine l;
    l.text = i == 4 ? "程。" : "深信保护文化遗产有助于实现持久和平，";
    l.positioned = true;
    l.font_size = 12;
    l.left = 72;
    l.right = i == 4 ? 96 : 288;
    l.first_word_width = l.right - l.left;
    l.second_word_left = l.left;
    l.gap_before = i == 0 ? -1 : i == 4 ? 0 : 8.1;
    top += i == 4 ? 15.6 : 23.7;
    l.top = top;
    l.bottom = top + 15.6;
    page.lines.push_back(l);
  }
  std::vector<Line> lines = load_detail::lines_from_pages({page});
  REQUIRE(lines.size() == 8);
  for (size_t i = 1; i < lines.size(); ++i) {
    INFO(i);
    if (i == 4) CHECK(lines[i].gap < 0.2);
    else CHECK(lines[i].gap > 0.2);
  }
}
