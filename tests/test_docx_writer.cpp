// Tests for `--format docx` (src/render/docx_writer.cpp, docx_xml.cpp): the document written for
// a comparison reads back through resdiff's own DOCX reader as the new document (changes
// accepted) and as the old one (--docx-original), and its XML holds real tracked changes,
// automatic numbering and footnotes.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "load/zip.hpp"
#include "resdiff/render.hpp"
#include "resdiff/resdiff.hpp"

using namespace resdiff;

namespace {

constexpr const char* kDate = "2025-12-01T09:30:00Z";

DocxOptions test_options() {
  DocxOptions options;
  options.date = kDate;
  return options;
}

Document read_fixture(const std::string& name) {
  Expected<Document> doc = read_document(std::string(RESDIFF_FIXTURES) + "/" + name);
  REQUIRE(doc.ok());
  return std::move(*doc);
}

Document parse_markdown(const std::string& text) {
  Expected<Document> doc = parse_document(text, "test.md", Format::Markdown);
  REQUIRE(doc.ok());
  return std::move(*doc);
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

// The same clauses: kind, number, text and cited footnotes, in order.
void require_same_clauses(const Document& got, const Document& want) {
  REQUIRE(got.clauses.size() == want.clauses.size());
  for (size_t i = 0; i < want.clauses.size(); ++i) {
    INFO("clause " << i + 1 << ": " << want.clauses[i].text);
    CHECK(kind_name(got.clauses[i].kind) == std::string(kind_name(want.clauses[i].kind)));
    CHECK(got.clauses[i].number == want.clauses[i].number);
    CHECK(got.clauses[i].text == want.clauses[i].text);
    CHECK(got.clauses[i].footnotes == want.clauses[i].footnotes);
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
  // Operative paragraphs 1 to 6 are numbered by Word, not in their text.
  CHECK(count(document, "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>") == 6);
  CHECK(document.find(">1. Calls upon") == std::string::npos);
  CHECK(document.find("<w:i/>") != std::string::npos);  // recital openers in italics
  CHECK(count(document, "<w:footnoteReference w:id=") >= 7);
  // The changed footnote (A/76/189. → A/80/164.) is tracked inside the note.
  std::string footnotes = part(*bytes, "word/footnotes.xml");
  CHECK(footnotes.find("w:type=\"separator\" w:id=\"-1\"") != std::string::npos);
  CHECK(footnotes.find("w:type=\"continuationSeparator\" w:id=\"0\"") != std::string::npos);
  CHECK(footnotes.find("<w:delText xml:space=\"preserve\">A/76/189</w:delText>") != std::string::npos);
  CHECK(footnotes.find("<w:t xml:space=\"preserve\">A/80/164</w:t>") != std::string::npos);

  std::string numbering = part(*bytes, "word/numbering.xml");
  CHECK(numbering.find("<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/>") != std::string::npos);
  CHECK(numbering.find("<w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%2)\"/>") != std::string::npos);
  CHECK(numbering.find("<w:numFmt w:val=\"lowerRoman\"/><w:lvlText w:val=\"(%3)\"/>") != std::string::npos);
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
  CHECK(document.find("<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>") != std::string::npos);
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
