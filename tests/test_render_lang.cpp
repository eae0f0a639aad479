// Tests for src/render in the five other official languages: a resolution written back (the
// Markdown document, the Word document with tracked changes) reads back as the same resolution in
// its own language — its header lines, formula, openers and footnotes in that language's words —
// and Arabic is set right to left in the Word document and the HTML page.
#include <catch2/catch.hpp>

#include <unicode/unistr.h>

#include <string>
#include <tuple>
#include <vector>

#include "load/zip.hpp"
#include "render/layout.hpp"
#include "resdiff/text.hpp"
#include "resdiff/render.hpp"
#include "resdiff/resdiff.hpp"

using namespace resdiff;

namespace {

const std::vector<std::string> kLanguages = {"fr", "es", "ru", "zh", "ar"};

Document read(const std::string& name) {
  Expected<Document> doc = read_document(std::string(RESDIFF_FIXTURES) + "/lang/" + name);
  REQUIRE(doc.ok());
  return *doc;
}

Document parse(const std::string& bytes, Format format, bool original = false) {
  LoadOptions options;
  options.format = format;
  options.docx_original = original;
  Expected<Document> doc = parse_document(bytes, "out", options);
  if (!doc.ok()) FAIL(doc.error().what());
  return *doc;
}

void require_same(const Document& got, const Document& want) {
  CHECK(got.meta.language == want.meta.language);
  CHECK(got.meta.symbol == want.meta.symbol);
  CHECK(got.meta.session == want.meta.session);
  CHECK(got.meta.date == want.meta.date);
  CHECK(got.meta.agenda_item == want.meta.agenda_item);
  CHECK(got.meta.report == want.meta.report);
  CHECK(got.meta.committee == want.meta.committee);
  CHECK(got.meta.closing == want.meta.closing);
  CHECK(got.meta.title == want.meta.title);
  REQUIRE(got.clauses.size() == want.clauses.size());
  for (size_t i = 0; i < want.clauses.size(); ++i) {
    INFO("clause " << i + 1 << ": " << want.clauses[i].text);
    CHECK(got.clauses[i].kind == want.clauses[i].kind);
    CHECK(got.clauses[i].number == want.clauses[i].number);
    CHECK(got.clauses[i].text == want.clauses[i].text);
    CHECK(got.clauses[i].footnotes == want.clauses[i].footnotes);
  }
}

std::string part(const std::string& bytes, const std::string& name) {
  auto archive = load_detail::ZipArchive::open(bytes);
  REQUIRE(archive.ok());
  auto data = archive->read(name);
  REQUIRE(data.ok());
  return *data;
}

Report pair(const std::string& code) { return compare(read(code + "_1.md"), read(code + "_2.md")); }

/// The Word document of a language's pair, dated so that it is the same on every run.
std::string docx_of(const std::string& code) {
  DocxOptions options;
  options.date = "2024-12-17T10:00:00Z";
  Expected<std::string> bytes = render_docx(pair(code), options);
  REQUIRE(bytes.ok());
  return *bytes;
}

/// Visual text back to logical: code points reversed, presentation forms folded, brackets mirrored back.
std::string logical(const std::string& visual) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(visual);
  u.reverse();
  std::string out;
  u.toUTF8String(out);
  for (char& c : out) c = c == '(' ? ')' : c == ')' ? '(' : c;
  return text::reading_form(out);
}

}  // namespace

TEST_CASE("each language's resolution written back as Markdown reads back the same, header and all") {
  for (const std::string& code : kLanguages) {
    for (const char* side : {"_1.md", "_2.md"}) {
      INFO(code << side);
      Document doc = read(code + side);
      require_same(parse(render_parse_markdown(doc), Format::Markdown), doc);
    }
  }
}

TEST_CASE("each language's Word document reads back as the new version accepted and the old one before") {
  for (const std::string& code : kLanguages) {
    INFO(code);
    Report r = pair(code);
    DocxOptions options;
    options.date = "2024-12-17T10:00:00Z";
    Expected<std::string> bytes = render_docx(r, options);
    REQUIRE(bytes.ok());
    require_same(parse(*bytes, Format::Docx), read(code + "_2.md"));
    require_same(parse(*bytes, Format::Docx, true), read(code + "_1.md"));
  }
}

TEST_CASE("an Arabic Word document runs right to left, the others left to right") {
  for (const std::string& code : kLanguages) {
    INFO(code);
    std::string bytes = docx_of(code);
    std::string document = part(bytes, "word/document.xml");
    std::string notes = part(bytes, "word/footnotes.xml");
    bool rtl = code == "ar";
    CHECK((document.find("<w:bidi/>") != std::string::npos) == rtl);
    CHECK((document.find("<w:rtl/>") != std::string::npos) == rtl);
    CHECK((notes.find("<w:bidi/>") != std::string::npos) == rtl);
    // Latin openers are in italics; Chinese and Arabic openers are not.
    CHECK((document.find("<w:i/>") != std::string::npos) == (code == "fr" || code == "es" || code == "ru"));
  }
}

TEST_CASE("an Arabic HTML page sets its clause texts right to left") {
  std::string ar = render_html(pair("ar"), RenderOptions{});
  CHECK(ar.find("dir=\"rtl\" lang=\"ar\"") != std::string::npos);
  CHECK(ar.find("dir=\"auto\" lang=\"ar\"") == std::string::npos);
  std::string zh = render_html(pair("zh"), RenderOptions{});
  CHECK(zh.find("dir=\"auto\" lang=\"zh\"") != std::string::npos);
  CHECK(zh.find("dir=\"rtl\"") == std::string::npos);
}

TEST_CASE("a line without right-to-left letters is left as it is in visual order") {
  std::string line = "PP1  changed \x1b[2mtechnical\x1b[0m\n  第七十九届 ссылаясь\n";
  CHECK(layout::visual_order(line) == line);
}

TEST_CASE("Arabic is shaped and reordered for a terminal, its label and tag kept in place") {
  std::string visual = layout::visual_order("PP5→3  وإذ ترحب بتقرير الأمين العام،  technical");
  REQUIRE(visual.rfind("PP5→3  ", 0) == 0);
  REQUIRE(visual.size() > std::string("  technical").size());
  CHECK(visual.substr(visual.size() - 11) == "  technical");
  std::string middle = visual.substr(std::string("PP5→3  ").size(), visual.size() - std::string("PP5→3  ").size() - 11);
  CHECK(middle.find("\u0648") == std::string::npos);  // no letter left unshaped: waw is ﻭ (U+FEED) now
  CHECK(logical(middle) == "وإذ ترحب بتقرير الأمين العام،");
}

TEST_CASE("in visual order numbers and symbols keep their own order and brackets are mirrored") {
  std::string visual = layout::visual_order("قرارها 77/140 المؤرخ");
  CHECK(visual.find("77/140") != std::string::npos);
  std::string label = layout::visual_order("(أ) التعاون");
  CHECK(label.substr(label.size() - std::string("(\uFE83)").size()) == "(\uFE83)");  // "(أ)" read from the right
}

TEST_CASE("in visual order each styled stretch keeps its colour") {
  std::string visual = layout::visual_order("    \x1b[31;9mتدمير\x1b[0m التراث");
  CHECK(visual.rfind("    ", 0) == 0);
  size_t red = visual.find("\x1b[31;9m");
  REQUIRE(red != std::string::npos);
  size_t reset = visual.find("\x1b[0m", red);
  REQUIRE(reset != std::string::npos);
  CHECK(logical(visual.substr(red + 7, reset - red - 7)) == "تدمير");
  CHECK(red > visual.find(" ", 4));  // the first word read (from the right) is the red one
}

TEST_CASE("the Arabic text view is readable in visual order and unchanged in logical order") {
  RenderOptions plain;
  plain.width = 0;
  std::string stored = render_text(pair("ar"), plain);
  CHECK(stored.find("إذ تشير إلى قرارها") != std::string::npos);
  RenderOptions terminal = plain;
  terminal.visual_order = true;
  std::string shown = render_text(pair("ar"), terminal);
  CHECK(shown.find("إذ تشير إلى قرارها") == std::string::npos);
  CHECK(shown.find("PP1  changed · technical") != std::string::npos);
  CHECK(render_text(pair("fr"), terminal) == render_text(pair("fr"), plain));
}

TEST_CASE("each language's Word summary page is in its own words") {
  // the first sentence of each pair's committee summary (fixtures/lang/summary/<code>.md), the
  // document named with its session in the language's words, and the counts table's first part
  const std::vector<std::tuple<std::string, std::string, std::string, std::string>> expected = {
      {"fr", "Au troisième alinéa du préambule, le mot «\u00a0délibérée\u00a0» a été inséré après «\u00a0destruction\u00a0».",
       "(78e session, 19 décembre 2023)", "Préambule (7 → 7)"},
      {"es", "En el párrafo tercero del preámbulo, se insertó la palabra “deliberada” después de “destrucción”.",
       "(78º período de sesiones, 19 de diciembre de 2023)", "Preámbulo (7 → 7)"},
      {"ru", "В третьем пункте преамбулы слово «преднамеренным» было вставлено после «обеспокоена».",
       "(78-я сессия, 19 декабря 2023 года)", "Преамбула (7 → 7)"},
      {"zh", "在序言部分第3段中，插入“蓄意”，置于“遭到”之后。", "(第78届会议，2023年12月19日)", "序言部分 (7 → 7)"},
      {"ar", "في الفقرة الثالثة من الديباجة، استُعيض عن عبارة “تدمير التراث” بعبارة “التدمير المتعمد للتراث”.",
       "(الدورة 78، 19 كانون الأول/ديسمبر 2023)", "الديباجة (7 → 7)"},
  };
  for (const auto& [code, sentence, detail, part_cell] : expected) {
    INFO(code);
    std::string document = part(docx_of(code), "word/document.xml");
    CHECK(document.find(sentence) != std::string::npos);
    CHECK(document.find(detail) != std::string::npos);
    CHECK(document.find(part_cell) != std::string::npos);
  }
}
