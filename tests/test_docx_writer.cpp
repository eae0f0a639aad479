// Tests for `--format docx` (src/render/docx_writer.cpp, docx_xml.cpp): the document written for
// a comparison reads back through resdiff's own DOCX reader as the new document (changes
// accepted) and as the old one (--docx-original), footnotes cited where they were, and its XML
// holds what Word Compare would make: a summary page first, real tracked changes, references
// that stay put, splits and merges as moved paragraph marks, new numbers with the old ones
// tracked.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "load/zip.hpp"
#include "resdiff/render.hpp"
#include "documents.hpp"
#include "resdiff/resdiff.hpp"

using namespace resdiff;
using test_documents::parse_markdown;
using test_documents::read_fixture;

namespace {

constexpr const char* kDate = "2025-12-01T09:30:00Z";

DocxOptions test_options() {
  DocxOptions options;
  options.date = kDate;
  return options;
}

// The .docx read back: accepted, or as before the changes.
Document read_back(const std::string& bytes, bool original) {
  LoadOptions options;
  options.docx_original = original;
  Expected<Document> doc = parse_document(bytes, "out.docx", options);
  if (!doc.ok()) FAIL(doc.error().what());
  return std::move(*doc);
}

// One part of the package.
std::string part(const std::string& bytes, const std::string& name) {
  auto archive = load_detail::ZipArchive::open(bytes);
  REQUIRE(archive.ok());
  auto data = archive->read(name);
  if (!data.ok()) FAIL(data.error().message);
  return *data;
}

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
  return n;
}

// The paragraphs (<w:p>…</w:p>) of a part's XML, in order.
std::vector<std::string> paragraphs_of(const std::string& xml) {
  std::vector<std::string> out;
  for (size_t at = xml.find("<w:p>"); at != std::string::npos; at = xml.find("<w:p>", at + 1)) {
    size_t end = xml.find("</w:p>", at);
    out.push_back(xml.substr(at, end + 6 - at));
  }
  return out;
}

// The first paragraph of the body (after the summary page) holding text, or "".
std::string paragraph_with(const std::string& xml, const std::string& text) {
  size_t body = xml.find("</w:sdt>");
  for (const std::string& p : paragraphs_of(xml.substr(body == std::string::npos ? 0 : body))) {
    if (p.find(text) != std::string::npos) return p;
  }
  return "";
}

constexpr const char* kReferenceRun = "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference";

// How each footnote reference run in xml stands, in order: "ins", "del" or "" (not tracked).
std::vector<std::string> reference_marks(const std::string& xml) {
  const std::string run = kReferenceRun;
  std::vector<std::string> out;
  for (size_t at = xml.find(run); at != std::string::npos; at = xml.find(run, at + 1)) {
    size_t open = at == 0 ? std::string::npos : xml.rfind('<', at - 1);
    std::string tag = open == std::string::npos ? "" : xml.substr(open, at - open);
    out.push_back(tag.rfind("<w:ins ", 0) == 0 ? "ins" : tag.rfind("<w:del ", 0) == 0 ? "del" : "");
  }
  return out;
}

// The same clauses: kind, number, text, cited footnotes and where they are cited, in order.
void require_same_clauses(const Document& got, const Document& want) {
  REQUIRE(got.clauses.size() == want.clauses.size());
  for (size_t i = 0; i < want.clauses.size(); ++i) {
    INFO("clause " << i + 1 << ": " << want.clauses[i].text);
    CHECK(kind_name(got.clauses[i].kind) == std::string(kind_name(want.clauses[i].kind)));
    CHECK(got.clauses[i].number == want.clauses[i].number);
    CHECK(got.clauses[i].text == want.clauses[i].text);
    CHECK(got.clauses[i].footnotes == want.clauses[i].footnotes);
    CHECK(got.clauses[i].footnote_at == want.clauses[i].footnote_at);
  }
}

void require_same_metadata(const Metadata& got, const Metadata& want) {
  CHECK(got.symbol == want.symbol);
  CHECK(got.session == want.session);
  CHECK(got.title == want.title);
  CHECK(got.date == want.date);
  CHECK(got.agenda_item == want.agenda_item);
  CHECK(got.report == want.report);
  CHECK(got.closing == want.closing);
}

const char* kOld = R"(A/RES/70/1

Seventieth session

Agenda item 12

Test resolution

Resolution adopted by the General Assembly on 1 December 2015

70/1. Test resolution

The General Assembly,

*Recalling* its resolution 69/5 of 2 December 2014,

*Noting* the report of the Secretary-General,[^1]

*Deeply concerned* by the situation,

1. *Calls upon* all States to act;

2. *Requests* the Secretary-General to report on:

    (a) the first matter;

    (b) the second matter;

3. *Decides* to remain seized of the matter;

4. *Invites* Member States to share their views on the question of this test;

56th plenary meeting, 1 December 2015

[^1]: A/70/100.
)";

const char* kNew = R"(A/RES/74/3

Seventy-fourth session

Agenda item 12

Test resolution

Resolution adopted by the General Assembly on 2 December 2019

74/3. Test resolution

The General Assembly,

*Recalling* its resolution 73/5 of 2 December 2018,

*Deeply concerned* by the situation,

*Welcoming* the new initiative of the Member States,[^1]

1. *Invites* Member States to share their views on the question of this test;

2. *Calls upon* all States to act without delay;

3. *Requests* the Secretary-General to report on:

    (a) the first matter;

    (b) a new matter;

    (c) the second matter;

4. *Decides* to remain seized of the matter;

57th plenary meeting, 2 December 2019

[^1]: A/74/200.
)";

}  // namespace

TEST_CASE("docx: 76/28 vs 80/41 reads back as 80/41 accepted and as 76/28 before the changes") {
  Document old_doc = read_fixture("A_RES_76_28.seed.md");
  Document new_doc = read_fixture("A_RES_80_41.md");
  Report report = compare(old_doc, new_doc);
  Expected<std::string> bytes = render_docx(report, test_options());
  REQUIRE(bytes.ok());
  REQUIRE(detect_format(*bytes) == Format::Docx);

  Document accepted = read_back(*bytes, false);
  require_same_clauses(accepted, new_doc);
  CHECK(accepted.footnotes == new_doc.footnotes);
  require_same_metadata(accepted.meta, new_doc.meta);

  Document original = read_back(*bytes, true);
  require_same_clauses(original, old_doc);
  CHECK(original.footnotes == old_doc.footnotes);
  require_same_metadata(original.meta, old_doc.meta);
}

TEST_CASE("docx: tracked changes, numbering and footnotes are in the XML") {
  Document old_doc = read_fixture("A_RES_76_28.seed.md");
  Document new_doc = read_fixture("A_RES_80_41.md");
  Report report = compare(old_doc, new_doc);
  Expected<std::string> bytes = render_docx(report, test_options());
  REQUIRE(bytes.ok());

  std::string document = part(*bytes, "word/document.xml");
  CHECK(count(document, "<w:ins w:id=") > 5);
  CHECK(count(document, "<w:del w:id=") > 5);
  CHECK(count(document, "<w:delText") > 5);
  CHECK(count(document, "w:author=\"resdiff\"") == count(document, "w:date=\"" + std::string(kDate) + "\""));
  CHECK(document.find("w:author=\"resdiff\"") != std::string::npos);
  // Operative paragraphs 1 to 6 carry their numbers as text, then a tab; none was renumbered.
  for (int n = 1; n <= 6; ++n) {
    CHECK(count(document, "<w:t xml:space=\"preserve\">" + std::to_string(n) + ".</w:t></w:r><w:r><w:tab/></w:r>") == 1);
    CHECK(count(document, "<w:delText xml:space=\"preserve\">" + std::to_string(n) + ".</w:delText>") == 0);
  }
  CHECK(document.find("<w:i/>") != std::string::npos);  // recital openers in italics
  CHECK(count(document, "<w:footnoteReference w:id=") >= 7);
  // The changed footnote (A/76/189. → A/80/164.) is tracked inside the note.
  std::string footnotes = part(*bytes, "word/footnotes.xml");
  CHECK(footnotes.find("w:type=\"separator\" w:id=\"-1\"") != std::string::npos);
  CHECK(footnotes.find("w:type=\"continuationSeparator\" w:id=\"0\"") != std::string::npos);
  CHECK(footnotes.find("<w:delText xml:space=\"preserve\">A/76/189</w:delText>") != std::string::npos);
  CHECK(footnotes.find("<w:t xml:space=\"preserve\">A/80/164</w:t>") != std::string::npos);

  CHECK(part(*bytes, "[Content_Types].xml").find("numbering") == std::string::npos);
  CHECK(part(*bytes, "word/settings.xml").find("<w:trackRevisions/>") != std::string::npos);
  CHECK(part(*bytes, "word/styles.xml").find("w:styleId=\"FootnoteText\"") != std::string::npos);
  CHECK(part(*bytes, "docProps/core.xml").find("A/RES/80/41") != std::string::npos);
  CHECK(part(*bytes, "[Content_Types].xml").find("/word/footnotes.xml") != std::string::npos);

  // The same report and date give the same bytes.
  Expected<std::string> again = render_docx(report, test_options());
  REQUIRE(again.ok());
  CHECK(*again == *bytes);
}

TEST_CASE("docx: inserted, deleted, moved and changed clauses with sub-paragraphs read back both ways") {
  Document old_doc = parse_markdown(kOld);
  Document new_doc = parse_markdown(kNew);
  REQUIRE(old_doc.clauses.size() == 9);
  REQUIRE(new_doc.clauses.size() == 10);
  Report report = compare(old_doc, new_doc);
  bool moved = false, inserted = false, deleted = false;
  for (const Entry& e : report.entries) {
    moved = moved || e.status == Status::Moved;
    inserted = inserted || e.status == Status::Inserted;
    deleted = deleted || e.status == Status::Deleted;
  }
  CHECK(moved);
  CHECK(inserted);
  CHECK(deleted);

  Expected<std::string> bytes = render_docx(report, test_options());
  REQUIRE(bytes.ok());
  Document accepted = read_back(*bytes, false);
  require_same_clauses(accepted, new_doc);
  require_same_metadata(accepted.meta, new_doc.meta);
  Document original = read_back(*bytes, true);
  require_same_clauses(original, old_doc);
  require_same_metadata(original.meta, old_doc.meta);

  std::string document = part(*bytes, "word/document.xml");
  // an inserted paragraph: its mark is tracked as inserted, its runs are inside w:ins
  CHECK(document.find("<w:rPr><w:ins w:id=") != std::string::npos);
  CHECK(document.find("<w:rPr><w:del w:id=") != std::string::npos);
  // sub-paragraphs: "(a)" and a tab, hanging under their paragraph; "Calls upon" was 1 and is 2:
  // the new number, the old one deleted beside it
  CHECK(document.find("<w:ind w:left=\"1134\" w:hanging=\"567\"/></w:pPr><w:r><w:t xml:space=\"preserve\">(a)</w:t></w:r><w:r><w:tab/></w:r>") !=
        std::string::npos);
  std::string calls = paragraph_with(document, "Calls upon");
  CHECK(calls.find("<w:delText xml:space=\"preserve\">1.</w:delText>") < calls.find("<w:t xml:space=\"preserve\">2.</w:t>"));
  // the moved paragraph is a Word move: both ends named alike, the mark moved too
  CHECK(count(document, "<w:moveFrom w:id=") >= 2);
  CHECK(count(document, "<w:moveTo w:id=") >= 2);
  CHECK(count(document, "<w:moveFromRangeStart ") == 1);
  CHECK(count(document, "<w:moveToRangeStart ") == 1);
  size_t from = document.find("<w:moveFromRangeStart ");
  size_t to = document.find("<w:moveToRangeStart ");
  REQUIRE(from != std::string::npos);
  REQUIRE(to != std::string::npos);
  auto name = [&](size_t at) {
    size_t begin = document.find("w:name=\"", at) + 8;
    return document.substr(begin, document.find('"', begin) - begin);
  };
  CHECK(name(from) == name(to));
  CHECK(document.find("<w:rPr><w:moveFrom w:id=") != std::string::npos);
}

TEST_CASE("docx: a text that is not a resolution is written paragraph by paragraph") {
  Document old_doc = parse_markdown("First paragraph.\n\nSecond one & <more>.\n");
  Document new_doc = parse_markdown("First paragraph, changed.\n\nSecond one & <more>.\n\nThird.\n");
  Report report = compare(old_doc, new_doc);
  Expected<std::string> bytes = render_docx(report, test_options());
  REQUIRE(bytes.ok());
  require_same_clauses(read_back(*bytes, false), new_doc);
  require_same_clauses(read_back(*bytes, true), old_doc);
  CHECK(part(*bytes, "word/document.xml").find("Second one &amp; &lt;more&gt;.") != std::string::npos);
}

// ---- Word output as Word Compare would make it (issue 9, part 5) -------------------------------

namespace {

const char* kSplitOld = R"(A/RES/70/1

Seventieth session

Test resolution

70/1. Test resolution

The General Assembly,

*Recalling* its resolution 69/5 of 2 December 2014,

1. *Calls upon* all States to act;

2. *Requests* the Secretary-General to submit to the General Assembly at its seventy-first session a report on the implementation of the present resolution, and decides to include in the provisional agenda of its seventy-first session the item entitled "Test";

3. *Decides* to remain seized of the matter.
)";

const char* kSplitNew = R"(A/RES/70/1

Seventieth session

Test resolution

70/1. Test resolution

The General Assembly,

*Recalling* its resolution 69/5 of 2 December 2014,

1. *Calls upon* all States to act;

2. *Requests* the Secretary-General to submit to the General Assembly at its seventy-first session a report on the implementation of the present resolution;

3. *Decides* to include in the provisional agenda of its seventy-first session the item entitled "Test";

4. *Decides* to remain seized of the matter.
)";

}  // namespace

TEST_CASE("docx: footnote references stand where the clause cites them") {
  Document old_doc = read_fixture("A_RES_76_28.seed.md");
  Document new_doc = read_fixture("A_RES_80_41.md");
  Expected<std::string> bytes = render_docx(compare(old_doc, new_doc), test_options());
  REQUIRE(bytes.ok());
  std::string document = part(*bytes, "word/document.xml");
  // 80/41 recital 7: "the Amendment[^2] to the Convention … Nuclear Material 3 by the …"
  std::string pp7 = paragraph_with(document, "of Nuclear Material");
  REQUIRE(!pp7.empty());
  size_t amendment = pp7.find("of the Amendment</w:t></w:r></w:ins>");
  REQUIRE(amendment != std::string::npos);
  CHECK(pp7.find(kReferenceRun, amendment) < pp7.find(" to</w:t>", amendment));
  std::string material = "of Nuclear Material</w:t></w:r>";
  size_t at = pp7.find(material);
  REQUIRE(at != std::string::npos);
  CHECK(pp7.find(kReferenceRun, at) == at + material.size());
  // and read back, every clause cites its notes where the documents do (require_same_clauses)
  require_same_clauses(read_back(*bytes, false), new_doc);
  require_same_clauses(read_back(*bytes, true), old_doc);
}

TEST_CASE("docx: an unchanged reference is never deleted and inserted again") {
  Document old_doc = read_fixture("A_RES_76_28.seed.md");
  Document new_doc = read_fixture("A_RES_80_41.md");
  Expected<std::string> bytes = render_docx(compare(old_doc, new_doc), test_options());
  REQUIRE(bytes.ok());
  std::string document = part(*bytes, "word/document.xml");
  // 76/28 → 80/41 (fixtures/CORPUS-README.md): recital 7 gains the Amendment's note (vol. 3132)
  // and keeps the Convention's (vol. 1456) after "Nuclear Material"; recital 8 loses its note
  // (A/74/548); every other reference stays where it stood, recital 16's with its note's text
  // changed (A/76/189 → A/80/164) inside the note.
  std::vector<std::string> marks = reference_marks(document);
  CHECK(std::count(marks.begin(), marks.end(), "ins") == 1);
  CHECK(std::count(marks.begin(), marks.end(), "del") == 1);
  CHECK(std::count(marks.begin(), marks.end(), "") == 6);
  CHECK(marks.size() == 8);
  CHECK(paragraph_with(document, "of Nuclear Material").find("<w:ins w:id=") != std::string::npos);
  std::string pp7 = paragraph_with(document, "of Nuclear Material");
  CHECK(reference_marks(pp7) == std::vector<std::string>{"ins", ""});
  CHECK(reference_marks(paragraph_with(document, "Non-Aligned Countries, held in ")) == std::vector<std::string>{"del"});
  CHECK(reference_marks(paragraph_with(document, "paragraph 5 of resolution")) == std::vector<std::string>{""});
}

TEST_CASE("docx: a split shows the text that moved to a new paragraph, not the paragraph deleted and inserted") {
  Document old_doc = parse_markdown(kSplitOld);
  Document new_doc = parse_markdown(kSplitNew);
  Report report = compare(old_doc, new_doc);
  bool split = false;
  for (const Entry& e : report.entries) split = split || e.status == Status::Split;
  REQUIRE(split);
  Expected<std::string> bytes = render_docx(report, test_options());
  REQUIRE(bytes.ok());
  require_same_clauses(read_back(*bytes, false), new_doc);
  require_same_clauses(read_back(*bytes, true), old_doc);
  std::string document = part(*bytes, "word/document.xml");
  // the first part keeps its words untouched, its paragraph mark is the one inserted
  std::string first = paragraph_with(document, "Requests");
  CHECK(first.find("<w:rPr><w:ins w:id=") != std::string::npos);
  CHECK(first.find("<w:t xml:space=\"preserve\"> the Secretary-General to submit to the General Assembly at its seventy-first "
                   "session a report on the implementation of the present resolution</w:t>") != std::string::npos);
  CHECK(first.find("<w:delText xml:space=\"preserve\">, and decides</w:delText>") != std::string::npos);
  // the second starts with what was inserted (its number, "Decides"); the rest is old text, untouched
  std::string second = paragraph_with(document, "the item entitled");
  CHECK(second.find("<w:t xml:space=\"preserve\"> to include in the provisional agenda of its seventy-first session the item "
                    "entitled &quot;Test&quot;;</w:t></w:r></w:p>") != std::string::npos);
  CHECK(second.find("<w:rPr><w:ins") == std::string::npos);
  CHECK(count(second, "<w:ins w:id=") == 3);  // "3.", the tab, "Decides"
  CHECK(count(document, "<w:delText xml:space=\"preserve\"> the Secretary-General") == 0);
}

TEST_CASE("docx: a merge shows the paragraph marks that went, not the paragraphs deleted and inserted") {
  Document old_doc = parse_markdown(kSplitNew);
  Document new_doc = parse_markdown(kSplitOld);
  Report report = compare(old_doc, new_doc);
  bool merged = false;
  for (const Entry& e : report.entries) merged = merged || e.status == Status::Merged;
  REQUIRE(merged);
  Expected<std::string> bytes = render_docx(report, test_options());
  REQUIRE(bytes.ok());
  require_same_clauses(read_back(*bytes, false), new_doc);
  require_same_clauses(read_back(*bytes, true), old_doc);
  std::string document = part(*bytes, "word/document.xml");
  std::string first = paragraph_with(document, "Requests");
  CHECK(first.find("<w:rPr><w:del w:id=") != std::string::npos);
  CHECK(count(document, "<w:delText xml:space=\"preserve\"> to include in the provisional agenda") == 0);
  // the last paragraph, renumbered 4 → 3: the new number with the old one deleted beside it
  std::string last = paragraph_with(document, "to remain seized");
  CHECK(last.find("<w:delText xml:space=\"preserve\">4.</w:delText>") < last.find("<w:t xml:space=\"preserve\">3.</w:t>"));
}

TEST_CASE("docx: a summary page first, which the reader passes over") {
  Document old_doc = read_fixture("A_RES_76_28.seed.md");
  Document new_doc = read_fixture("A_RES_80_41.md");
  Expected<std::string> bytes = render_docx(compare(old_doc, new_doc), test_options());
  REQUIRE(bytes.ok());
  std::string document = part(*bytes, "word/document.xml");
  size_t body = document.find("<w:body>");
  CHECK(document.find("<w:sdt><w:sdtPr><w:alias w:val=\"resdiff summary\"/><w:tag w:val=\"resdiff-summary\"/></w:sdtPr>") ==
        body + std::string("<w:body>").size());
  size_t end = document.find("</w:sdt>");
  std::string summary = document.substr(body, end - body);
  CHECK(summary.find("Changes from A/RES/76/28 to A/RES/80/41") != std::string::npos);
  CHECK(summary.find("In the fifth preambular paragraph, the word “resolution” was replaced by “resolutions”") != std::string::npos);
  CHECK(summary.find("Substantive changes") < summary.find("Technical updates"));
  CHECK(summary.find("<w:del ") == std::string::npos);  // nothing on it is a tracked change
  CHECK(summary.find("<w:ins ") == std::string::npos);
  // the resolution starts on the next page
  CHECK(document.compare(end + std::string("</w:sdt>").size(), 32, "<w:p><w:pPr><w:pageBreakBefore/>") == 0);
  Document accepted = read_back(*bytes, false);
  require_same_metadata(accepted.meta, new_doc.meta);
  require_same_clauses(accepted, new_doc);
}

// Before: U+FFFE went into word/document.xml as it was, which no XML parser accepts, and resdiff
// could not read its own output ("PCDATA invalid Char value 65534").
TEST_CASE("docx: characters XML cannot hold (U+FFFE, U+FFFF, control characters) are left out, so every part parses") {
  Document old_doc = parse_markdown("The General Assembly,\n\n1. Decides to act.\n");
  Document new_doc = parse_markdown("The General Assembly,\n\n1. Decides \uFFFE to act \uFFFF now\x01.\n");
  Report report = compare(old_doc, new_doc);
  Expected<std::string> bytes = render_docx(report, test_options());
  REQUIRE(bytes.ok());
  std::string xml = part(*bytes, "word/document.xml");
  CHECK(xml.find("\uFFFE") == std::string::npos);
  CHECK(xml.find("\uFFFF") == std::string::npos);
  CHECK(xml.find('\x01') == std::string::npos);
  Document back = read_back(*bytes, false);
  REQUIRE(back.clauses.size() == 1);
  CHECK(back.clauses[0].text == "Decides to act now.");
  CHECK(read_back(*bytes, true).clauses[0].text == "Decides to act.");
}

namespace {

DocxOptions automatic_options() {
  DocxOptions options = test_options();
  options.numbering = DocxNumbering::Automatic;
  return options;
}

std::string fixture_text(const std::string& name) {
  Expected<std::string> text = read_file(std::string(RESDIFF_FIXTURES) + "/" + name);
  REQUIRE(text.ok());
  return *text;
}

void replace_once(std::string& text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
}

// The paragraph properties (<w:pPr>…</w:pPr>) of a paragraph, or "".
std::string properties(const std::string& paragraph) {
  size_t begin = paragraph.find("<w:pPr>"), end = paragraph.find("</w:pPr>");
  return begin == std::string::npos ? "" : paragraph.substr(begin, end + 8 - begin);
}

// The .docx of old → new with automatic numbering, checked to read back both ways.
std::string automatic_docx(const Document& old_doc, const Document& new_doc) {
  Expected<std::string> bytes = render_docx(compare(old_doc, new_doc), automatic_options());
  REQUIRE(bytes.ok());
  require_same_clauses(read_back(*bytes, false), new_doc);
  require_same_clauses(read_back(*bytes, true), old_doc);
  return *bytes;
}

constexpr const char* kListItem = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";

}  // namespace

TEST_CASE("docx, automatic numbering: 76/28 vs 80/41's operative paragraphs are items of one list, their numbers no text") {
  std::string bytes = automatic_docx(read_fixture("A_RES_76_28.seed.md"), read_fixture("A_RES_80_41.md"));
  std::string document = part(bytes, "word/document.xml");
  CHECK(count(document, kListItem) == 6);
  for (int n = 1; n <= 6; ++n) CHECK(count(document, "<w:t xml:space=\"preserve\">" + std::to_string(n) + ".</w:t>") == 0);
  // the list in word/numbering.xml, declared and related
  CHECK(part(bytes, "word/numbering.xml").find("<w:lvlText w:val=\"%1.\"/>") != std::string::npos);
  CHECK(part(bytes, "[Content_Types].xml").find("<Override PartName=\"/word/numbering.xml\"") != std::string::npos);
  CHECK(part(bytes, "word/_rels/document.xml.rels").find("Target=\"numbering.xml\"") != std::string::npos);
  // recitals stay unnumbered; numPr stands before the indentation, as the schema orders pPr
  CHECK(properties(paragraph_with(document, "Calls upon")) ==
        std::string("<w:pPr>") + kListItem + "<w:ind w:firstLine=\"567\"/></w:pPr>");
  CHECK(properties(paragraph_with(document, "Mindful")).find("numPr") == std::string::npos);
}

TEST_CASE("docx, automatic numbering: a new operative paragraph's mark is tracked on the paragraph before it") {
  // A made-up OP4 inserted into 80/41 ("Invites …"); 4–6 become 5–7. LibreOffice counts a list
  // item as inserted when its tracked range starts in the paragraph before: "4." for it and
  // "5.[4.]" for the next (tests/e2e/docx_libreoffice.sh).
  std::string text = fixture_text("A_RES_80_41.md");
  replace_once(text, "\n6. Decides", "\n7. Decides");
  replace_once(text, "\n5. Requests", "\n6. Requests");
  replace_once(text, "\n4. Encourages", "\n4. Invites Member States to share their national experiences;\n\n5. Encourages");
  std::string document = part(automatic_docx(read_fixture("A_RES_80_41.md"), parse_markdown(text)), "word/document.xml");
  CHECK(count(document, kListItem) == 7);
  std::string urges = paragraph_with(document, " all Member States to take and strengthen national measures");
  std::string invites = paragraph_with(document, " Member States to share their national experiences;");
  CHECK(properties(urges).find("<w:rPr><w:ins w:id=") != std::string::npos);
  CHECK(urges.find("<w:ins w:id=", urges.find("</w:pPr>")) == std::string::npos);  // its words untouched
  CHECK(properties(invites).find("<w:rPr>") == std::string::npos);
  CHECK(invites.find("<w:ins w:id=") != std::string::npos);
  CHECK(invites.find("<w:t xml:space=\"preserve\">4.</w:t>") == std::string::npos);
}

TEST_CASE("docx, automatic numbering: a deleted operative paragraph's mark is tracked on the paragraph before it") {
  // 80/41 without its OP4 ("Encourages cooperation …"); 5 and 6 become 4 and 5.
  std::string text = fixture_text("A_RES_80_41.md");
  size_t at = text.find("\n4. Encourages");
  REQUIRE(at != std::string::npos);
  text.erase(at + 1, text.find("\n5. Requests") - at);
  replace_once(text, "\n5. Requests", "\n4. Requests");
  replace_once(text, "\n6. Decides", "\n5. Decides");
  std::string document = part(automatic_docx(read_fixture("A_RES_80_41.md"), parse_markdown(text)), "word/document.xml");
  std::string urges = paragraph_with(document, " all Member States to take and strengthen national measures");
  std::string encourages = paragraph_with(document, "cooperation among and between");
  CHECK(properties(urges).find("<w:rPr><w:del w:id=") != std::string::npos);
  CHECK(properties(encourages).find("<w:rPr>") == std::string::npos);
  CHECK(encourages.find("<w:delText xml:space=\"preserve\"> cooperation among") != std::string::npos);
}

TEST_CASE("docx, automatic numbering: a split, a merge, moves and sub-paragraphs read back both ways") {
  automatic_docx(parse_markdown(kSplitOld), parse_markdown(kSplitNew));
  automatic_docx(parse_markdown(kSplitNew), parse_markdown(kSplitOld));
  std::string document = part(automatic_docx(parse_markdown(kOld), parse_markdown(kNew)), "word/document.xml");
  // "(a)" to "(c)" are items one level down
  CHECK(count(document, "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>") >= 3);
  CHECK(document.find("<w:t xml:space=\"preserve\">(a)</w:t>") == std::string::npos);
}

TEST_CASE("docx, automatic numbering: numbers that are not the list's count stay text, and there is no list") {
  // operative paragraph 3 follows 1: a list would say 2
  Document old_doc = parse_markdown("The General Assembly,\n\n*Recalling* its resolution 1/1,\n\n1. *Decides* to act;\n\n3. *Requests* a report.\n");
  Document new_doc = parse_markdown("The General Assembly,\n\n*Recalling* its resolution 1/1,\n\n1. *Decides* to act now;\n\n3. *Requests* a report.\n");
  Expected<std::string> bytes = render_docx(compare(old_doc, new_doc), automatic_options());
  REQUIRE(bytes.ok());
  std::string document = part(*bytes, "word/document.xml");
  CHECK(document.find("<w:numPr>") == std::string::npos);
  CHECK(document.find("<w:t xml:space=\"preserve\">3.</w:t></w:r><w:r><w:tab/></w:r>") != std::string::npos);
  CHECK(part(*bytes, "[Content_Types].xml").find("numbering") == std::string::npos);
}

TEST_CASE("docx, automatic numbering: a moved paragraph's mark goes to the paragraph before it, inside the move's range") {
  // 78/150 → 79/160 in French (fixtures/lang): "Réaffirmant …" moved down to follow "Convaincue
  // …", then the new recital "Soulignant …", then operative paragraph 1.
  std::string document = part(automatic_docx(read_fixture("lang/fr_1.md"), read_fixture("lang/fr_2.md")), "word/document.xml");
  std::string convaincue = paragraph_with(document, " que la protection du patrimoine culturel contribue");
  // the second paragraph holding it: the first is its old place, moved from
  std::string moved_text = " les buts et principes énoncés dans la Charte";
  std::string reaffirmant = paragraph_with(document.substr(document.find(moved_text) + 1), moved_text);
  REQUIRE(reaffirmant.find("<w:moveTo w:id=") != std::string::npos);
  std::string soulignant = paragraph_with(document, " l’importance de la coopération internationale");
  // the mark before the moved text is the moved one, and the range holds it and the moved text
  CHECK(properties(convaincue).find("<w:rPr><w:moveTo w:id=") != std::string::npos);
  CHECK(convaincue.find("<w:moveToRangeStart ") > convaincue.find("contribue à une paix durable,"));
  CHECK(reaffirmant.find("<w:moveToRangeEnd ") > reaffirmant.find("Charte des Nations Unies,"));
  CHECK(reaffirmant.find("<w:moveToRangeStart ") == std::string::npos);
  // the new recital after it marks its end on the moved paragraph, so operative paragraph 1 is
  // touched by no tracked range
  CHECK(properties(reaffirmant).find("<w:rPr><w:ins w:id=") != std::string::npos);
  CHECK(properties(soulignant).find("<w:rPr>") == std::string::npos);
  CHECK(properties(paragraph_with(document, " toutes les attaques dirigées")).find("<w:rPr>") == std::string::npos);
  // the moved text's old place: its mark on the paragraph before, which the range starts after
  size_t from = document.find("<w:moveFromRangeStart ");
  REQUIRE(from != std::string::npos);
  CHECK(document.rfind("<w:rPr><w:moveFrom w:id=", from) > document.rfind("<w:p>", from));
}
