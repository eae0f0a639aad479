// Tests for the DOCX reader (src/load/docx*.cpp, zip.cpp, xml.cpp): small packages built here
// from XML strings with libzip, and the generated fixtures in fixtures/formats/.
#include <zip.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "../src/load/docx_numbering.hpp"
#include "../src/load/formats.hpp"
#include "resdiff/load.hpp"
#include "resdiff/text.hpp"

using namespace resdiff;

namespace {

using Entries = std::vector<std::pair<std::string, std::string>>;

// A ZIP archive holding entries, built in memory with libzip (stored uncompressed with store).
std::string make_zip(const Entries& entries, bool store = false) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  REQUIRE(buffer != nullptr);
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  REQUIRE(archive != nullptr);
  for (const auto& [name, data] : entries) {
    zip_source_t* source = zip_source_buffer(archive, data.data(), data.size(), 0);
    zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE);
    REQUIRE(index >= 0);
    if (store) zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  REQUIRE(zip_close(archive) == 0);
  REQUIRE(zip_source_open(buffer) == 0);
  zip_source_seek(buffer, 0, SEEK_END);
  zip_int64_t size = zip_source_tell(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  std::string out(static_cast<size_t>(size), '\0');
  REQUIRE(zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size)) == size);
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return out;
}

constexpr const char* kNamespaces =
    R"( xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
    R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";

// word/document.xml around a body.
std::string document_xml(const std::string& body) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document)") + kNamespaces +
         "><w:body>" + body + "</w:body></w:document>";
}

// A part with a root element around content.
std::string part_xml(const std::string& root, const std::string& content) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8"?><w:)") + root + kNamespaces + ">" + content + "</w:" +
         root + ">";
}

// A .docx with this body and optional extra parts (name → XML).
std::string make_docx(const std::string& body, Entries extra = {}) {
  Entries entries = {{"[Content_Types].xml", R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)"},
                     {"word/document.xml", document_xml(body)}};
  for (auto& e : extra) entries.push_back(std::move(e));
  return make_zip(entries);
}

// A paragraph of plain runs.
std::string p(const std::string& runs, const std::string& ppr = "") {
  return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + runs + "</w:p>";
}
std::string r(const std::string& text, const std::string& rpr = "") {
  return "<w:r>" + (rpr.empty() ? "" : "<w:rPr>" + rpr + "</w:rPr>") + R"(<w:t xml:space="preserve">)" + text +
         "</w:t></w:r>";
}
std::string num(int num_id, int ilvl) {
  return "<w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) + "\"/><w:numId w:val=\"" + std::to_string(num_id) +
         "\"/></w:numPr>";
}

// The texts of a Source's blocks.
std::vector<std::string> texts(const Source& source) {
  std::vector<std::string> out;
  for (const Block& b : source.blocks) out.push_back(b.text);
  return out;
}

// The italic substrings of a block.
std::vector<std::string> italic_words(const Block& block) {
  std::vector<std::string> out;
  for (const Span& s : block.italics) out.push_back(block.text.substr(s.begin, s.end - s.begin));
  return out;
}

Source read_ok(const std::string& bytes, bool original = false) {
  Expected<Source> source = load_detail::load_docx(bytes, "t.docx", original);
  INFO((source ? std::string() : source.error().what()));
  REQUIRE(source.ok());
  return *source;
}

std::string error_of(const std::string& bytes) {
  Expected<Source> source = load_detail::load_docx(bytes, "bad.docx", false);
  REQUIRE_FALSE(source.ok());
  CHECK(source.error().file == "bad.docx");
  CHECK(source.error().message.find('\n') == std::string::npos);
  return source.error().message;
}

// A level of an abstract numbering.
std::string lvl(int ilvl, const std::string& fmt, const std::string& text, int start = 1) {
  return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"" + std::to_string(start) +
         "\"/><w:numFmt w:val=\"" + fmt + "\"/><w:lvlText w:val=\"" + text + "\"/></w:lvl>";
}

// The UN's list: "1." decimal, "(a)" lowerLetter, "(i)" lowerRoman; numIds 1, 2 (restart at 5), 3.
std::string un_numbering() {
  return part_xml("numbering",
                  "<w:abstractNum w:abstractNumId=\"0\">" + lvl(0, "decimal", "%1.") + lvl(1, "lowerLetter", "(%2)") +
                      lvl(2, "lowerRoman", "(%3)") + "</w:abstractNum>"
                      "<w:abstractNum w:abstractNumId=\"1\">" + lvl(0, "bullet", "\xE2\x80\xA2") + "</w:abstractNum>"
                      "<w:abstractNum w:abstractNumId=\"2\">" + lvl(0, "decimal", "%1.") + lvl(1, "decimal", "%1.%2") +
                      "</w:abstractNum>"
                      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/>"
                      "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>"
                      "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/></w:num>"
                      "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"1\"/></w:num>"
                      "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"2\"/></w:num>");
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("docx: a paragraph's runs make one block, tabs as spaces, italic runs as spans") {
  Source s = read_ok(make_docx(p(r("Recalling", "<w:i/>") + r(" its resolution") + "<w:r><w:tab/></w:r>" +
                                 r("75/58", "<w:i w:val=\"0\"/>") + r(" of 2020,", "<w:iCs/>"))));
  REQUIRE(s.blocks.size() == 1);
  CHECK(s.format == Format::Docx);
  CHECK(s.blocks[0].text == "Recalling its resolution 75/58 of 2020,");
  CHECK(italic_words(s.blocks[0]) == std::vector<std::string>{"Recalling", "of 2020,"});
  CHECK(s.blocks[0].line == 1);
}

TEST_CASE("docx: empty paragraphs are no blocks and lines count the blocks") {
  Source s = read_ok(make_docx(p(r("One")) + p("") + p(r("   ")) + p(r("Two") + "<w:r><w:br/></w:r>" + r("lines"))));
  CHECK(texts(s) == std::vector<std::string>{"One", "Two\nlines"});
  CHECK(s.blocks[1].line == 2);
}

TEST_CASE("docx: Word numbering gives operative numbers and (a)/(i) sub-paragraph labels") {
  std::string body = p(r("Calls upon"), num(1, 0)) + p(r("first;"), num(1, 1)) + p(r("second:"), num(1, 1)) +
                     p(r("deeper;"), num(1, 2)) + p(r("deeper still;"), num(1, 2)) + p(r("Decides"), num(1, 0)) +
                     p(r("again;"), num(1, 1));
  Source s = read_ok(make_docx(body, {{"word/numbering.xml", un_numbering()}}));
  CHECK(texts(s) == std::vector<std::string>{"1. Calls upon", "(a) first;", "(b) second:", "(i) deeper;",
                                             "(ii) deeper still;", "2. Decides", "(a) again;"});
}

TEST_CASE("docx: startOverride restarts a list, another num of the same abstract continues it") {
  std::string body = p(r("one"), num(1, 0)) + p(r("two"), num(1, 0)) + p(r("restarted"), num(2, 0)) +
                     p(r("continued"), num(3, 0)) + p(r("bullet"), num(4, 0)) + p(r("legal"), num(5, 0)) +
                     p(r("legal sub"), num(5, 1)) + p(r("unknown list"), num(99, 0)) + p(r("not numbered"), num(0, 0));
  Source s = read_ok(make_docx(body, {{"word/numbering.xml", un_numbering()}}));
  CHECK(texts(s) == std::vector<std::string>{"1. one", "2. two", "5. restarted", "6. continued", "bullet",
                                             "1. legal", "1.1 legal sub", "unknown list", "not numbered"});
}

TEST_CASE("docx: numbering style links, level-linked styles and lvlRestart are honoured") {
  // abstract 10 defines the list and is tied to numbering style "UNList"; abstract 11 only links
  // to that style (w:numStyleLink), so num 7 shows abstract 10's levels. Level 1 of abstract 10
  // is linked to paragraph style "SubPara" and never restarts (w:lvlRestart 0).
  std::string numbering = part_xml(
      "numbering",
      "<w:abstractNum w:abstractNumId=\"10\"><w:styleLink w:val=\"UNList\"/>" + lvl(0, "decimal", "%1.") +
          "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:lvlRestart w:val=\"0\"/><w:numFmt w:val=\"lowerLetter\"/>"
          "<w:pStyle w:val=\"SubPara\"/><w:lvlText w:val=\"(%2)\"/></w:lvl></w:abstractNum>"
          "<w:abstractNum w:abstractNumId=\"11\"><w:numStyleLink w:val=\"UNList\"/></w:abstractNum>"
          "<w:num w:numId=\"6\"><w:abstractNumId w:val=\"10\"/></w:num>"
          "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"11\"/></w:num>");
  std::string styles = part_xml(
      "styles", R"(<w:style w:type="numbering" w:styleId="UNList"><w:pPr>)" + num(6, 0) + "</w:pPr></w:style>" +
                    R"(<w:style w:type="paragraph" w:styleId="SubPara"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>)");
  std::string body = p(r("one"), num(7, 0)) + p(r("a"), "<w:pStyle w:val=\"SubPara\"/>") + p(r("two"), num(7, 0)) +
                     p(r("b, not restarted"), "<w:pStyle w:val=\"SubPara\"/>");
  Source s = read_ok(make_docx(body, {{"word/numbering.xml", numbering}, {"word/styles.xml", styles}}));
  CHECK(texts(s) == std::vector<std::string>{"1. one", "(a) a", "2. two", "(b) b, not restarted"});
}

TEST_CASE("docx: number formats are written as Word writes them") {
  using load_detail::docx::format_number;
  CHECK(format_number(4, "lowerLetter") == "d");
  CHECK(format_number(27, "lowerLetter") == "aa");
  CHECK(format_number(3, "upperLetter") == "C");
  CHECK(format_number(14, "lowerRoman") == "xiv");
  CHECK(format_number(9, "upperRoman") == "IX");
  CHECK(format_number(7, "decimalZero") == "07");
  CHECK(format_number(12, "decimal") == "12");
  CHECK(format_number(3, "bullet").empty());
}

TEST_CASE("docx: numbering and italics come from paragraph and character styles") {
  std::string styles = part_xml(
      "styles",
      R"(<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="20"/></w:rPr></w:rPrDefault></w:docDefaults>)"
      R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="OpBase"><w:basedOn w:val="Normal"/><w:pPr>)" + num(1, 0) +
      R"(</w:pPr></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="OpPara"><w:basedOn w:val="OpBase"/></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="Quote"><w:rPr><w:i/></w:rPr></w:style>)"
      R"(<w:style w:type="character" w:styleId="OpenerBase"><w:rPr><w:i/></w:rPr></w:style>)"
      R"(<w:style w:type="character" w:styleId="Opener"><w:basedOn w:val="OpenerBase"/></w:style>)");
  std::string body = p("<w:r><w:rPr><w:rStyle w:val=\"Opener\"/></w:rPr><w:t>Decides</w:t></w:r>" + r(" to act;"),
                       "<w:pStyle w:val=\"OpPara\"/>") +
                     p(r("Urges"), "<w:pStyle w:val=\"OpPara\"/>") +
                     p(r("all italic ") + r("but this", "<w:i w:val=\"false\"/>"), "<w:pStyle w:val=\"Quote\"/>");
  Source s = read_ok(make_docx(body, {{"word/numbering.xml", un_numbering()}, {"word/styles.xml", styles}}));
  CHECK(texts(s) == std::vector<std::string>{"1. Decides to act;", "2. Urges", "all italic but this"});
  CHECK(italic_words(s.blocks[0]) == std::vector<std::string>{"Decides"});
  CHECK(italic_words(s.blocks[2]) == std::vector<std::string>{"all italic"});
}

TEST_CASE("docx: footnote references become [^N] in reading order, texts follow as [^N]: blocks") {
  std::string footnotes = part_xml(
      "footnotes",
      R"(<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>)"
      R"(<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>)"
      R"(<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>)" + r(" Resolution 60/1.") + "</w:p></w:footnote>" +
      R"(<w:footnote w:id="5"><w:p><w:r><w:footnoteRef/></w:r>)" + r(" United Nations, ") +
      r("Treaty Series", "<w:i/>") + r(", vol. 2445.") + "</w:p>" + p(r("Second paragraph.")) + "</w:footnote>" +
      R"(<w:footnote w:id="9"><w:p>)" + r("Never cited.") + "</w:p></w:footnote>");
  std::string body = p(r("Recalling the Convention,") + R"(<w:r><w:footnoteReference w:id="5"/></w:r>)") +
                     p(r("Recalling the Outcome") + R"(<w:r><w:footnoteReference w:id="2"/></w:r>)" + r(" and it,") +
                       R"(<w:r><w:footnoteReference w:id="5"/></w:r>)");
  Source s = read_ok(make_docx(body, {{"word/footnotes.xml", footnotes}}));
  CHECK(texts(s) == std::vector<std::string>{"Recalling the Convention,[^1]", "Recalling the Outcome[^2] and it,[^1]",
                                             "[^1]: United Nations, Treaty Series, vol. 2445. Second paragraph.",
                                             "[^2]: Resolution 60/1."});
  CHECK(italic_words(s.blocks[2]) == std::vector<std::string>{"Treaty Series"});
  CHECK(s.blocks[3].line == 4);
}

TEST_CASE("docx: footnotes are found through the document's relationships") {
  std::string rels = R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                     R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="notes/fn.xml"/>)"
                     R"(</Relationships>)";
  std::string footnotes = part_xml("footnotes", R"(<w:footnote w:id="1"><w:p>)" + r("Found.") + "</w:p></w:footnote>");
  Source s = read_ok(make_docx(p(r("Text") + R"(<w:r><w:footnoteReference w:id="1"/></w:r>)"),
                               {{"word/_rels/document.xml.rels", rels}, {"word/notes/fn.xml", footnotes}}));
  CHECK(texts(s) == std::vector<std::string>{"Text[^1]", "[^1]: Found."});
}

TEST_CASE("docx: tracked changes read as accepted by default, as before them with original") {
  std::string body =
      p(r("States ") + R"(<w:ins w:id="1" w:author="A">)" + r("Parties ") + "</w:ins>" + R"(<w:del w:id="2" w:author="A">)" +
        R"(<w:r><w:delText xml:space="preserve">parties </w:delText></w:r></w:del>)" + r("to the Convention")) +
      p(R"(<w:moveFrom w:id="3" w:author="A">)" + r("moved away ") + "</w:moveFrom>" + r("stays") +
        R"(<w:moveTo w:id="4" w:author="A">)" + r(" moved here") + "</w:moveTo>") +
      // A deleted paragraph mark joins this paragraph to the next one when the changes are accepted.
      p(r("first half"), R"(<w:rPr><w:del w:id="5" w:author="A"/></w:rPr>)") + p(r(" second half")) +
      // An inserted paragraph mark splits what was one paragraph.
      p(r("was one"), R"(<w:rPr><w:ins w:id="6" w:author="A"/></w:rPr>)") + p(r(" paragraph"));
  Source accepted = read_ok(make_docx(body));
  CHECK(texts(accepted) == std::vector<std::string>{"States Parties to the Convention", "stays moved here",
                                                    "first half second half", "was one", "paragraph"});
  Source original = read_ok(make_docx(body), true);
  CHECK(texts(original) == std::vector<std::string>{"States parties to the Convention", "moved away stays",
                                                    "first half", "second half", "was one paragraph"});
}

TEST_CASE("docx: tracked table rows follow the reading mode") {
  std::string body = R"(<w:tbl><w:tr><w:tc>)" + p(r("kept")) + R"(</w:tc></w:tr>)" +
                     R"(<w:tr><w:trPr><w:del w:id="1" w:author="A"/></w:trPr><w:tc>)" + p(r("deleted row")) +
                     R"(</w:tc></w:tr><w:tr><w:trPr><w:ins w:id="2" w:author="A"/></w:trPr><w:tc>)" +
                     p(r("inserted row")) + "</w:tc></w:tr></w:tbl>";
  CHECK(texts(read_ok(make_docx(body))) == std::vector<std::string>{"kept", "inserted row"});
  CHECK(texts(read_ok(make_docx(body), true)) == std::vector<std::string>{"kept", "deleted row"});
}

TEST_CASE("docx: table cells' paragraphs are blocks in row order") {
  std::string body = p(r("Before")) + "<w:tbl><w:tr><w:tc>" + p(r("A1")) + p(r("A1 second")) + "</w:tc><w:tc>" +
                     p(r("B1")) + "</w:tc></w:tr><w:tr><w:tc>" + p(r("A2")) + "</w:tc><w:tc>" +
                     "<w:tbl><w:tr><w:tc>" + p(r("nested")) + "</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>" +
                     p(r("After"));
  CHECK(texts(read_ok(make_docx(body))) ==
        std::vector<std::string>{"Before", "A1", "A1 second", "B1", "A2", "nested", "After"});
}

TEST_CASE("docx: headers and footers are never read") {
  std::string rels = R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                     R"(<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>)"
                     R"(<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>)"
                     R"(</Relationships>)";
  std::string body = p(r("The General Assembly,")) +
                     R"(<w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:footerReference w:type="default" r:id="rId8"/></w:sectPr>)";
  Source s = read_ok(make_docx(body, {{"word/_rels/document.xml.rels", rels},
                                      {"word/header1.xml", part_xml("hdr", p(r("A/RES/76/28")))},
                                      {"word/footer1.xml", part_xml("ftr", p(r("21-18543 (E)")))}}));
  CHECK(texts(s) == std::vector<std::string>{"The General Assembly,"});
}

TEST_CASE("docx: the summary page resdiff's Word output opens with is not read, other content controls are") {
  auto sdt = [](const std::string& tag, const std::string& content) {
    return "<w:sdt><w:sdtPr><w:tag w:val=\"" + tag + "\"/></w:sdtPr><w:sdtContent>" + content + "</w:sdtContent></w:sdt>";
  };
  Source s = read_ok(make_docx(sdt("resdiff-summary", p(r("Changes from A/RES/76/28 to A/RES/80/41"))) +
                               sdt("title", p(r("A/RES/80/41"))) + p(r("The General Assembly,"))));
  CHECK(texts(s) == std::vector<std::string>{"A/RES/80/41", "The General Assembly,"});
}

TEST_CASE("docx: field codes are dropped, field results and hyperlinks kept, hidden text skipped") {
  std::string body =
      p(r("See ") + R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "http://x" </w:instrText></w:r>)"
                    R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r>)" + r("A/76/189") +
        R"(<w:r><w:fldChar w:fldCharType="end"/></w:r>)" + R"(<w:hyperlink r:id="rId3">)" + r(" and 60/1") +
        "</w:hyperlink>" + r(" hidden", "<w:vanish/>") + R"(<w:fldSimple w:instr=" PAGE ">)" + r(", page 2") +
        "</w:fldSimple>" + "<w:r><w:t>non</w:t><w:noBreakHyphen/><w:t>proliferation</w:t></w:r>");
  CHECK(texts(read_ok(make_docx(body))) == std::vector<std::string>{"See A/76/189 and 60/1, page 2non\u2011proliferation"});
}

TEST_CASE("docx: broken input is one clear error, never a crash") {
  CHECK(error_of("plain text, not a zip") == "not a valid DOCX: not a ZIP archive");
  std::string good = make_docx(p(r("text")));
  CHECK(error_of(good.substr(0, good.size() / 2)).starts_with("not a valid DOCX: not a readable ZIP archive"));
  CHECK(error_of(make_zip({{"content.xml", "<office/>"}})) == "not a valid DOCX: no word/document.xml in the ZIP archive");
  CHECK(error_of(make_zip({{"word/document.xml", document_xml("<w:p><w:r><w:t>unclosed")}}))
            .starts_with("not a valid DOCX: word/document.xml is not well-formed XML"));
  CHECK(error_of(make_zip({{"word/document.xml", "<?xml version=\"1.0\"?><html><body/></html>"}})) ==
        "not a valid DOCX: the main part is not a WordprocessingML document");
}

TEST_CASE("docx: external entities and DTDs are refused") {
  std::string xxe = R"(<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document)" +
                    std::string(kNamespaces) + "><w:body>" + p("<w:r><w:t>&x;</w:t></w:r>") + "</w:body></w:document>";
  std::string message = error_of(make_zip({{"word/document.xml", xxe}}));
  CHECK(message.find("DOCTYPE") != std::string::npos);
}

TEST_CASE("docx: zip bombs are refused by size and by ratio") {
  std::string padding(size_t{2} << 20, ' ');  // 2 MiB that deflate more than 100-fold
  CHECK(error_of(make_docx(p(r("x" + padding)))).find("zip bomb") != std::string::npos);
  std::string huge((size_t{64} << 20) + 1, 'a');
  CHECK(error_of(make_zip({{"word/document.xml", huge}}, true)).find("too large uncompressed (resdiff's limit is 64 MiB)") != std::string::npos);
}

TEST_CASE("docx: a damaged optional part is a warning, the text is still read") {
  Source s = read_ok(make_docx(p(r("Text")), {{"word/styles.xml", "<w:styles"}}));
  CHECK(texts(s) == std::vector<std::string>{"Text"});
  REQUIRE(s.warnings.size() == 1);
  CHECK(s.warnings[0].starts_with("word/styles.xml is not well-formed XML"));
}

// Found by fuzz/load_docx: libxml2's message quoted a damaged tag name byte for byte, and the
// warning, not valid UTF-8, broke the JSON of `parse --format json`.
TEST_CASE("docx: a warning quoting the document's invalid bytes is valid UTF-8") {
  Source s = read_ok(make_docx(p(r("Text")), {{"word/styles.xml", part_xml("styles", "<w:pP\xFF\xFF\xFFr></w:pPr>")}}));
  REQUIRE(s.warnings.size() == 1);
  INFO(s.warnings[0]);
  CHECK(s.warnings[0].starts_with("word/styles.xml is not well-formed XML"));
  CHECK(s.warnings[0].find("pP\uFFFD") != std::string::npos);
  CHECK(text::find_invalid_utf8(s.warnings[0]) == std::string_view::npos);
}

TEST_CASE("docx: generated fixtures read to the blocks of the Markdown they were made from") {
  for (const char* name : {"A_RES_76_28", "A_RES_80_41", "A_RES_80_24", "A_RES_80_19", "A_RES_80_11", "A_RES_80_2"}) {
    std::string stem = std::string(RESDIFF_FIXTURES) + "/formats/" + name;
    INFO(name);
    Expected<Source> md = load(slurp(stem + ".md"), stem + ".md", Format::Markdown);
    REQUIRE(md.ok());
    Source docx = read_ok(slurp(stem + ".docx"));
    CHECK(texts(docx) == texts(*md));
    // Recital and operative openers are italic in both.
    REQUIRE(docx.blocks.size() == md->blocks.size());
    for (size_t i = 0; i < docx.blocks.size(); ++i) CHECK(italic_words(docx.blocks[i]) == italic_words(md->blocks[i]));
  }
}

TEST_CASE("docx: a DOCX re-saved by LibreOffice reads like pandoc's") {
  std::string stem = std::string(RESDIFF_FIXTURES) + "/formats/A_RES_80_11";
  Source lo = read_ok(slurp(stem + ".lo.docx"));
  Source pandoc = read_ok(slurp(stem + ".docx"));
  CHECK(texts(lo) == texts(pandoc));
}
