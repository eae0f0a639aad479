// Tests for the PDF reader (src/load/pdf.cpp) and the page-text repairer it shares with raw page
// text (src/load/pagetext*.cpp). Raw-text snippets are copied from
// fixtures/A_RES_80_5.extract-1.0.0.md, trailing spaces and all; the PDFs in fixtures/pdf/ are
// made up (fixtures/pdf/make-pdf.sh regenerates them with LibreOffice).
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

#include "../src/load/formats.hpp"  // internal headers: tests see only include/
#include "../src/load/pagetext.hpp"

using namespace resdiff;
using load_detail::blocks_from_page_text;
using load_detail::load_pdf;
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

/// The italic runs of a block, as text.
std::vector<std::string> italic_runs(const Block& block) {
  std::vector<std::string> out;
  for (Span s : block.italics) out.push_back(block.text.substr(s.begin, s.end - s.begin));
  return out;
}

/// The block whose text starts with prefix (fails the test when there is none).
const Block& block_starting(const std::vector<Block>& blocks, std::string_view prefix) {
  for (const Block& b : blocks)
    if (b.text.rfind(prefix, 0) == 0) return b;
  FAIL("no block starts with " << prefix);
  return blocks.front();
}

/// Repairs raw page text, expecting no warnings.
std::vector<Block> repair(std::string_view text) {
  std::vector<std::string> warnings;
  std::vector<Block> blocks = blocks_from_page_text(text, warnings);
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

/// A paragraph of fixtures/formats/*.md as plain text and its italic runs: "*Recalling* its" → "Recalling its".
std::pair<std::string, std::vector<std::string>> unmark(std::string_view md) {
  std::string text;
  std::vector<std::string> italics;
  size_t open = std::string::npos;
  for (size_t i = 0; i < md.size(); ++i) {
    char c = md[i];
    if (c == '\\' && i + 1 < md.size()) {
      text += md[++i];
    } else if (c == '*') {
      if (open == std::string::npos) open = text.size();
      else italics.push_back(text.substr(open)), open = std::string::npos;
    } else {
      text += c == '\n' ? ' ' : c;
    }
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  size_t lead = text.find_first_not_of(' ');  // nested list items are indented
  return {text.substr(std::min(lead, text.size())), italics};
}

/// A one-page PDF whose only content is a filled rectangle, as a scanned page would be an image.
std::string pdf_without_text() {
  const std::string content = "0.5 g 72 72 451 698 re f\n";
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = pdf.size();
  pdf += "xref\n0 5\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
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
      "Social Development and Programme of Action of the World Summit for Social Development[^1] and their "
      "implementation, and give momentum towards the implementation of the 2030 Agenda for Sustainable "
      "Development.[^2]",
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

TEST_CASE("page text: a footnote marker glued to a year, and markers after a comma and spaces") {
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
      "Doha Programme of Action for the Least Developed Countries,[^11] the Awaza Programme of Action for "
      "Landlocked Developing Countries for the Decade 2024–2034[^12] and the Antigua and Barbuda Agenda for "
      "Small Island Developing States,[^13] and reaffirm our support for the achievement of the African Union "
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

TEST_CASE("page text: numbers that are not the next footnote stay numbers") {
  // Made-up: "principle 7", "on 4 November", "all 17 Goals", "G20" are no markers; "Summit,1" is.
  std::vector<Block> blocks = repair(
      "Recalling principle 7 of the Declaration adopted on 4 November by the G20 and all 17 Goals of the \n"
      "Summit,1 \n"
      "__________________ \n"
      "1 Resolution 70/1.\n");
  CHECK(texts(blocks) == std::vector<std::string>{
      "Recalling principle 7 of the Declaration adopted on 4 November by the G20 and all 17 Goals of the Summit,[^1]",
      "[^1]: Resolution 70/1."});
}

TEST_CASE("page text: form feeds separate pages, bare page numbers at page edges go") {
  std::vector<std::string> warnings;
  std::vector<Block> blocks = blocks_from_page_text(
      "Recognizing the determination of the international community to combat\n"
      "7\n\f8\n"
      "terrorism, as evidenced in relevant resolutions,\n", warnings);
  CHECK(texts(blocks) == std::vector<std::string>{
      "Recognizing the determination of the international community to combat terrorism, as evidenced in relevant "
      "resolutions,"});
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
      "Recalling its resolution 98/1 of 2 January 2098,[^1]",
      "Recalling also the 2005 World Summit Outcome and the Strategy of 8 September 2006,[^2][^3]",
      "[^1]: Resolution 98/1, annex.", "[^2]: Resolution 60/1.", "[^3]: Resolution 60/288."});
}

TEST_CASE("page text: nothing, white space or furniture alone read to no blocks") {
  for (const char* text : {"", "   \n \n\f\n", "A/RES/80/5\n25-17700\n2/18\n"}) {
    std::vector<std::string> warnings;
    CHECK(blocks_from_page_text(text, warnings).empty());
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
  std::vector<Block> blocks = blocks_from_page_text(fixture("A_RES_80_5.extract-1.0.0.md"), warnings);
  CHECK(warnings.empty());
  int next_number = 1, next_marker = 1, definitions = 0;
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
    for (size_t at = b.text.find("[^"); at != std::string::npos; at = b.text.find("[^", at + 1)) {
      std::string marker = "[^" + std::to_string(next_marker++) + "]";
      CHECK(b.text.compare(at, marker.size(), marker) == 0);
    }
  }
  CHECK(next_number == 45);
  CHECK(next_marker == 16);
  CHECK(definitions == 15);
  for (const char* heading : {"Annex", "A call to action", "Follow-up", "United Nations"})
    CHECK(block_starting(blocks, heading).text == heading);
  // The first page's header block is metadata: kept, as the clean extraction has it.
  CHECK(block_starting(blocks, "General Assembly").text == "General Assembly Distr.: General 4 November 2025");
  CHECK(block_starting(blocks, "28th").text == "28th plenary meeting 4 November 2025");
}

TEST_CASE("page text: A/RES/80/5 raw page text agrees with the clean extraction where that one is right") {
  std::vector<std::string> warnings;
  std::vector<Block> ours = blocks_from_page_text(fixture("A_RES_80_5.extract-1.0.0.md"), warnings);
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

// --- PDF --------------------------------------------------------------------------------------

TEST_CASE("pdf: a two-page resolution with header, footer, footnotes and italic openers") {
  Expected<Source> source = load_pdf(fixture("pdf/resolution.pdf"), "resolution.pdf");
  REQUIRE(source.ok());
  CHECK(source->format == Format::Pdf);
  CHECK(source->warnings.empty());
  const std::vector<Block>& blocks = source->blocks;
  CHECK(texts(blocks) == std::vector<std::string>{
      "United Nations",  // "A/RES/99/1" shares its line, far to the right: a line of its own,
      "A/RES/99/1",      // kept on the first page (metadata), furniture on the second
      "General Assembly",
      "Distr.: General",
      "1 January 2099",
      "Ninety-ninth session",
      "Agenda item 7",
      "Resolution adopted by the General Assembly on 1 January 2099",
      "99/1. Measures to improve the testing of document readers",
      "The General Assembly,",
      "Recalling its resolution 98/1 of 2 January 2098,[^1]",
      "Recognizing that documents travel between drafters in many formats, and that a reader which loses a word, a "
      "number or a footnote misleads those who rely on it,",
      "Noting with appreciation the work done by the Secretariat to publish its documents in accessible and "
      "machine-readable formats, including through the digital library of the Organization,[^2]",
      "Deeply concerned that page headers, page numbers and footnotes are often mixed into the text of a paragraph "
      "when a document is copied from one format into another, so that the paragraph reads differently from the "
      "text that was adopted,",
      "Bearing in mind that a resolution consists of preambular paragraphs, which explain the reasons for the "
      "action taken, and operative paragraphs, which state the action itself, and that the two kinds of paragraphs "
      "must be told apart by any reader of the text,",
      "Stressing the importance of comparing successive versions of a text clause by clause, so that delegations "
      "can see at a glance which paragraphs were changed, which were added and which were deleted,",
      "1. Calls upon all Member States to support international efforts to read documents faithfully and to report "
      "any loss of text to the Secretariat;",
      "2. Requests the Secretary-General to continue to publish resolutions in formats that keep their structure, "
      "including numbered paragraphs, footnotes and annexes, and to make available the tools used for this purpose;",
      "3. Encourages:",
      "(a) Regional organizations to share their experience in the conversion of documents between formats, "
      "including the formats used by national parliaments;",
      "(b) Academic institutions to study the errors made by extraction tools and to publish their findings,[^3] "
      "with a view to improving such tools;",
      "4. Invites all relevant stakeholders, including civil society, the private sector and the scientific "
      "community, to contribute to the development of open tools that read the official documents of the United "
      "Nations in every format in which they are published, that keep the numbering of their paragraphs and the "
      "text of their footnotes, that tell page headers and page numbers apart from the text itself, and that "
      "report clearly and in one line any document that they cannot read, such as a document protected by a "
      "password or a document that contains only the image of a scanned page, so that no reader is misled by a "
      "silent loss of text and so that the comparison of two versions of a resolution shows only the changes that "
      "were really made by Member States in the course of negotiations;",
      "5. Decides to include in the provisional agenda of its one hundredth session the item entitled “Measures to "
      "improve the testing of document readers”.",
      "1st plenary meeting",
      "1 January 2099",  // beside the footer, like the masthead's date: still no running header
      "[^1]: Resolution 98/1, annex.",
      "[^2]: See A/98/100, annex, sect. II, for a description of the digital library and of the formats in which "
      "it publishes the documents of the principal organs.",
      "[^3]: See, for example, Official Records of the General Assembly, Ninety-eighth Session, Supplement No. 1 "
      "(A/98/1), chap. IV."});
  CHECK(italic_runs(block_starting(blocks, "Recalling")) == std::vector<std::string>{"Recalling"});
  CHECK(italic_runs(block_starting(blocks, "Noting")) == std::vector<std::string>{"Noting with appreciation"});
  CHECK(italic_runs(block_starting(blocks, "1. Calls")) == std::vector<std::string>{"Calls upon"});
  CHECK(italic_runs(block_starting(blocks, "3. Encourages")) == std::vector<std::string>{"Encourages"});
  CHECK(italic_runs(block_starting(blocks, "[^3]")) ==
        std::vector<std::string>{"Official Records of the General Assembly, Ninety-eighth Session, Supplement No. 1"});
  CHECK(block_starting(blocks, "99/1.").bold.size() == 1);
}

TEST_CASE("pdf: LibreOffice PDFs of corpus documents read to the paragraphs of their Markdown") {
  // fixtures/formats/NAME.pdf is NAME.md through pandoc (DOCX) and LibreOffice (PDF), made by
  // fixtures/make-formats.sh: footnotes set as large as the text, hanging list indents, recitals
  // split by page breaks with footnotes between their halves.
  for (const char* name : {"A_RES_76_28", "A_RES_80_41", "A_RES_80_24", "A_RES_80_19", "A_RES_80_11", "A_RES_80_2"}) {
    INFO(name);
    Expected<Source> source = load_pdf(fixture(std::string("formats/") + name + ".pdf"), name);
    REQUIRE(source.ok());
    CHECK(source->warnings.empty());
    std::string md = fixture(std::string("formats/") + name + ".md");
    std::vector<std::pair<std::string, std::vector<std::string>>> paragraphs;
    for (size_t at = 0; at < md.size();) {
      size_t end = md.find("\n\n", at);
      if (end == std::string::npos) end = md.size();
      std::string_view p = std::string_view(md).substr(at, end - at);
      if (!p.empty()) paragraphs.push_back(unmark(p));
      at = end + 2;
    }
    REQUIRE(source->blocks.size() == paragraphs.size());
    for (size_t i = 0; i < paragraphs.size(); ++i) {
      const auto& [text, italics] = paragraphs[i];
      const Block& block = source->blocks[i];
      INFO(text);
      // "high- level" (a space after the hyphen, as the corpus text has it) breaks at the space:
      // the PDF cannot tell it from "high-level" broken at its hyphen.
      if (text.find("high- level") != std::string::npos) CHECK(squash(block.text) == squash(text));
      else CHECK(block.text == text);
      CHECK(italic_runs(block) == italics);
    }
  }
}

TEST_CASE("pdf: two columns are read one after the other, between full-width lines") {
  Expected<Source> source = load_pdf(fixture("pdf/columns.pdf"), "columns.pdf");
  REQUIRE(source.ok());
  CHECK(texts(source->blocks) == std::vector<std::string>{
      "Declaration on reading in columns",
      "1. We, the readers of documents, meet to agree on the order in which the paragraphs of a page set in two "
      "columns are to be read by a machine.",
      "2. We agree that the left column is read from its top to its bottom before the right column is read, as a "
      "person would read the page.",
      "3. We note that a line of the left column and a line of the right column at the same height belong to "
      "different paragraphs.",
      "4. We observe that a title set across both columns is read before the columns that follow it and after "
      "those above it.",
      "5. We recognize that the gap between the columns must be wide enough and clear enough to be seen as a gap.",
      "6. We resolve to keep the numbering of the paragraphs in the order in which they were written, one to six.",
      "Done at the headquarters of the readers"});
}

TEST_CASE("pdf: a password-protected PDF is an error that says so") {
  Expected<Source> source = load_pdf(fixture("pdf/locked.pdf"), "locked.pdf");
  REQUIRE_FALSE(source.ok());
  CHECK(source.error().file == "locked.pdf");
  CHECK(source.error().message.rfind("encrypted PDF: ", 0) == 0);
}

TEST_CASE("pdf: a PDF without text is an error that names the likely cause") {
  Expected<Source> source = load_pdf(pdf_without_text(), "scan.pdf");
  REQUIRE_FALSE(source.ok());
  CHECK(source.error().what() == "scan.pdf: PDF has no text layer (scanned image?): cannot read it");
}

TEST_CASE("pdf: truncated, corrupt and non-PDF bytes are errors, never crashes") {
  std::string pdf = fixture("pdf/resolution.pdf");
  for (const std::string& bytes : {pdf.substr(0, pdf.size() / 2), pdf.substr(0, pdf.size() / 2) + "\n%%EOF\n",
                                   std::string("%PDF-1.7\nnot really\n%%EOF\n"), std::string("Hello, world.\n"),
                                   std::string()}) {
    Expected<Source> source = load_pdf(bytes, "bad.pdf");
    REQUIRE_FALSE(source.ok());
    CHECK(source.error().file == "bad.pdf");
    CHECK(source.error().message.rfind("not a valid PDF: ", 0) == 0);
  }
  // Damaged bytes inside a real PDF: whatever poppler makes of them, an answer comes back.
  std::mt19937 random(5);
  for (int round = 0; round < 40; ++round) {
    std::string damaged = pdf;
    for (int k = 0; k < 10; ++k) damaged[1000 + random() % (damaged.size() - 1100)] = static_cast<char>(random());
    Expected<Source> source = load_pdf(damaged, "damaged.pdf");
    CHECK((source.ok() || !source.error().message.empty()));
  }
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

TEST_CASE("page text: pdftotext default mode reads to paragraphs, footnote definitions and [^N] markers") {
  std::vector<Block> blocks = repair(kPdftotext);
  CHECK(texts(blocks) ==
        std::vector<std::string>{
            "The General Assembly,",
            "Recalling also the entry into force on 7 July 2007 of the International Convention for the Suppression "
            "of Acts of Nuclear Terrorism,[^1]",
            "Recalling further the adoption, by consensus of the States Parties, of the Amendment to the Convention on "
            "the Physical Protection of Nuclear Material by the International Atomic Energy Agency on 8 July 2005, and "
            "its entry into force on 8 May 2016,[^2][^3]",
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
            "session,[^1]",
            "Reaffirming the obligation of Member States under Article 17 of the Charter of the United Nations to bear "
            "the expenses of the Organization,",
            "1. Reaffirms its role in accordance with the provisions of Article 19 of the Charter of the United Nations;",
            "2. Also reaffirms its resolution 54/237 C of 23 December 1999;",
            "[^1]: Official Records of the General Assembly, Eightieth Session, Supplement No. 11 (A/80/11).",
        });
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
