// Tests for src/load: reading files, format detection, decoding, Markdown blocks and inline markup.
#include <catch2/catch.hpp>

#include <algorithm>
#include <iterator>

#include <cstdio>
#include <fstream>
#include <string>

#include "../src/load/loader.hpp"
#include "resdiff/load.hpp"

using namespace resdiff;
using Catch::Matchers::Contains;

namespace {

Source load_ok(std::string_view bytes, Format format = Format::Auto) {
  Expected<Source> source = load(bytes, "test.md", format);
  REQUIRE(source.ok());
  return *source;
}

std::string error_of(std::string_view bytes) {
  Expected<Source> source = load(bytes, "in.txt");
  REQUIRE_FALSE(source.ok());
  CHECK(source.error().file == "in.txt");
  return source.error().message;
}

std::string span_text(const loader::Inline& in, const Span& span) {
  return in.text.substr(span.begin, span.end - span.begin);
}

}  // namespace

// ---- read.cpp ----

TEST_CASE("read_file names a missing file and the system's reason") {
  Expected<std::string> bytes = read_file("/nonexistent/dir/A_RES_1_1.md");
  REQUIRE_FALSE(bytes.ok());
  CHECK(bytes.error().file == "/nonexistent/dir/A_RES_1_1.md");
  CHECK(bytes.error().message == "cannot open: No such file or directory");
  CHECK(bytes.error().what() == "/nonexistent/dir/A_RES_1_1.md: cannot open: No such file or directory");
}

TEST_CASE("read_file reads a whole file, bytes unchanged") {
  const std::string path = std::string(RESDIFF_FIXTURES) + "/A_RES_80_2.md";
  Expected<std::string> bytes = read_file(path);
  REQUIRE(bytes.ok());
  std::ifstream in(path, std::ios::binary);
  std::string expected((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(*bytes == expected);
  CHECK(bytes->rfind("---\nsymbol: A/RES/80/2\n", 0) == 0);
}

TEST_CASE("read_file on a directory is an error, not an empty document") {
  Expected<std::string> bytes = read_file(RESDIFF_FIXTURES);
  REQUIRE_FALSE(bytes.ok());
  CHECK_THAT(bytes.error().message, Contains("Is a directory"));
}

TEST_CASE("read_file refuses a file larger than the limit from its size, naming the limit") {
  const std::string path = std::string(RESDIFF_FIXTURES) + "/A_RES_80_2.md";  // 3.4 KB
  Expected<std::string> bytes = read_file(path, 1024);
  REQUIRE_FALSE(bytes.ok());
  CHECK(bytes.error().what() == path + ": file too large (resdiff's limit is 1 KiB)");
  CHECK(read_file(path, Limits{}.max_file_bytes).ok());
}

// ---- format.cpp ----

TEST_CASE("detect_format recognises containers by their magic bytes") {
  CHECK(detect_format("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") == Format::Pdf);
  CHECK(detect_format(std::string("PK\x03\x04", 4) + "....[Content_Types].xml....word/document.xml....") == Format::Docx);
  CHECK(detect_format(std::string("PK\x03\x04", 4) + "....xl/workbook.xml") == Format::Text);  // a ZIP, but no Word
}

TEST_CASE("detect_format tells HTML, Markdown and plain text apart from the content") {
  CHECK(detect_format("<!DOCTYPE html>\n<html><body><p>The General Assembly,</p>") == Format::Html);
  CHECK(detect_format("  <html lang=\"en\">") == Format::Html);
  CHECK(detect_format("---\nsymbol: A/RES/80/41\n---\n\nThe General Assembly,") == Format::Markdown);
  CHECK(detect_format("**Seventy-sixth session**\n\nAgenda item 100 (s)") == Format::Markdown);
  CHECK(detect_format("The General Assembly,\n\n*Recalling* its resolution") == Format::Markdown);
  CHECK(detect_format("Amendment[^2] to the Convention") == Format::Markdown);
  CHECK(detect_format("The General Assembly,\n\nRecalling its resolution 75/58,\n\n1. Decides") == Format::Text);
  CHECK(detect_format("\xEF\xBB\xBF# Heading\n") == Format::Markdown);
}

TEST_CASE("format_name gives the lower-case names used in messages") {
  CHECK(std::string(format_name(Format::Pdf)) == "pdf");
  CHECK(std::string(format_name(Format::Markdown)) == "markdown");
  CHECK(std::string(format_name(Format::Auto)) == "auto");
}

// ---- decode.cpp ----

TEST_CASE("load refuses a binary file: a NUL byte anywhere, named by its offset") {
  CHECK(error_of(std::string("The General\0Assembly", 20)) == "binary file, not a text document (NUL byte at byte 11)");
  // Before: a NUL past the first 8 KiB was read as a character of the text.
  std::string late(9000, 'a');
  late[8500] = '\0';
  CHECK(error_of(late) == "binary file, not a text document (NUL byte at byte 8500)");
}

TEST_CASE("load decodes UTF-16 without a byte-order mark, with a warning") {
  // Before: "binary file, not a text document" (the NUL bytes of UTF-16).
  const std::string text = "The General Assembly,\n\n1. Decides to act.\n";
  std::string le, be;
  for (char c : text) {
    le += c, le += '\0';
    be += '\0', be += c;
  }
  for (const auto& [bytes, name] : {std::pair{le, "UTF-16LE"}, std::pair{be, "UTF-16BE"}}) {
    INFO(name);
    Source s = load_ok(bytes);
    REQUIRE(s.blocks.size() == 2);
    CHECK(s.blocks[0].text == "The General Assembly,");
    CHECK(s.blocks[1].text == "1. Decides to act.");
    CHECK(s.warnings == std::vector<std::string>{std::string(name) + " without a byte-order mark: decoded as " + name});
  }
  // Binary data with NUL bytes here and there is no UTF-16.
  CHECK(error_of(std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0", 12)).starts_with("binary file"));
}

TEST_CASE("load reports invalid UTF-8 with its byte offset") {
  CHECK(error_of("Recalling \xFF its resolution") == "invalid UTF-8 at byte 10");
  CHECK(error_of("\xEF\xBB\xBF" "ab\xC3") == "invalid UTF-8 at byte 5");  // offsets count the BOM
}

TEST_CASE("load strips a UTF-8 byte-order mark") {
  Source s = load_ok("\xEF\xBB\xBFThe General Assembly,", Format::Text);
  REQUIRE(s.blocks.size() == 1);
  CHECK(s.blocks[0].text == "The General Assembly,");
}

TEST_CASE("load decodes UTF-16 little- and big-endian text with a BOM") {
  const std::string le("\xFF\xFE" "A\0s\0s\0e\0m\0b\0l\0y\0 \0\xA0\x00\x11\x20", 24);  // "Assembly \u00A0\u2011"
  Source s = load_ok(le);
  REQUIRE(s.blocks.size() == 1);
  CHECK(s.blocks[0].text == "Assembly \u00A0\u2011");
  const std::string be("\xFE\xFF" "\0A\0s\0s\0e\0m\0b\0l\0y\0\n\0\n\0x", 24);
  Source b = load_ok(be);
  REQUIRE(b.blocks.size() == 2);
  CHECK(b.blocks[0].text == "Assembly");
  CHECK(b.blocks[1].text == "x");
  CHECK(error_of(std::string("\xFF\xFE" "A\0B", 5)) == "truncated UTF-16 text (odd number of bytes)");
}

TEST_CASE("load composes to NFC and unifies line ends") {
  Source s = load_ok("Re\x63\xCC\xA7u\r\nline two\rline three\n\nnext", Format::Text);  // c + combining cedilla
  REQUIRE(s.blocks.size() == 2);
  CHECK(s.blocks[0].text == "Re\u00E7u\nline two\nline three");
}

// ---- load.cpp ----

TEST_CASE("load hands PDF, DOCX and HTML to their readers, chosen from the content") {
  Expected<Source> pdf = load("%PDF-1.4\n...", "a.txt");
  REQUIRE_FALSE(pdf.ok());  // PDF magic, broken body: the PDF reader's own error, naming the file
  CHECK(pdf.error().file == "a.txt");
  CHECK(pdf.error().message.find("PDF") != std::string::npos);
  Expected<Source> html = load("<html><body><p>x</p></body></html>", "a.md");
  REQUIRE(html.ok());
  CHECK(html->format == Format::Html);
  REQUIRE(html->blocks.size() == 1);
  CHECK(html->blocks[0].text == "x");
  Expected<Source> zip = load(std::string("PK\x03\x04garbage", 12), "a.docx");
  CHECK_FALSE(zip.ok());
}

TEST_CASE("load reads raw page text into lines, furniture gone, each with its layout") {
  std::ifstream in(std::string(RESDIFF_FIXTURES) + "/A_RES_80_5.extract-1.0.0.md", std::ios::binary);
  std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(raw.size() > 60000);
  Source s = load_ok(raw, Format::Auto);
  CHECK(s.front_matter.at("symbol") == "A/RES/80/5");
  REQUIRE_FALSE(s.warnings.empty());
  CHECK(s.warnings[0].find("raw page text") != std::string::npos);
  CHECK(s.blocks.empty());
  REQUIRE_FALSE(s.lines.empty());
  bool furniture = false, trailing_blanks = false;
  int pages = 0, notes = 0;
  for (const Line& line : s.lines) {
    if (line.text.find("25-17700") != std::string::npos || line.text.find("*2517700*") != std::string::npos ||
        line.text.rfind("__", 0) == 0)
      furniture = true;
    trailing_blanks = trailing_blanks || line.text.empty() || line.text.back() == ' ';
    pages = std::max(pages, line.page + 1);
    notes += line.note_area;
  }
  CHECK_FALSE(furniture);
  CHECK_FALSE(trailing_blanks);
  CHECK(pages == 18);  // "2/18" … "18/18": the page numbers cut the text into its pages
  CHECK(notes > 15);   // the footnotes under each page's rule
  // "Adopts the Doha Political Declaration …" is four hard-wrapped lines after a blank line.
  auto adopts = std::find_if(s.lines.begin(), s.lines.end(), [](const Line& l) { return l.text.rfind("Adopts the Doha", 0) == 0; });
  REQUIRE(adopts != s.lines.end());
  CHECK(adopts->gap >= 1);
  CHECK((adopts + 1)->gap == 0);
}

TEST_CASE("load refuses what is over a limit, for every format, naming the limit") {
  LoadOptions options;
  options.limits.max_text_bytes = 64;
  auto error = [&](std::string_view bytes) {
    Expected<Source> source = load(bytes, "big.md", options);
    REQUIRE_FALSE(source.ok());
    CHECK(source.error().file == "big.md");
    return source.error().message;
  };
  CHECK(error(std::string(65, 'a')) == "text too large (resdiff's limit is 64 bytes)");
  CHECK(load(std::string(64, 'a'), "big.md", options).ok());
  options.limits.max_markup_bytes = 100;
  CHECK(error("<html><body><p>" + std::string(100, 'a') + "</p></body></html>") == "HTML too large (resdiff's limit is 100 bytes)");
  // The text a reader yields counts too: here 3 paragraphs of 30 bytes out of an HTML page.
  options.limits.max_markup_bytes = 1000;
  std::string p30 = "<p>" + std::string(30, 'x') + "</p>";
  CHECK(error("<html><body>" + p30 + p30 + p30 + "</body></html>") == "text too large (resdiff's limit is 64 bytes)");

  options = LoadOptions{};
  options.limits.max_paragraphs = 3;
  CHECK(load("a\n\nb\n\nc\n", "big.md", options).ok());
  CHECK(error("a\n\nb\n\nc\n\nd\n") == "too many paragraphs (resdiff's limit is 3)");
  options.limits.max_paragraph_bytes = 1024;
  CHECK(error("a\n\n" + std::string(1025, 'b') + "\n") == "paragraph at line 3 too long (resdiff's limit is 1 KiB)");
}

TEST_CASE("the limits' defaults are the ones the man page lists under LIMITS") {
  std::ifstream in(std::string(RESDIFF_SOURCE_DIR) + "/man/resdiff.1");
  std::string man((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  size_t from = man.find("\n.SH LIMITS\n");
  REQUIRE(from != std::string::npos);
  std::string section = man.substr(from, man.find("\n.SH ", from + 1) - from);
  Limits limits;
  for (const std::string& value :
       {byte_count(limits.max_file_bytes), byte_count(limits.max_text_bytes), byte_count(limits.max_markup_bytes),
        byte_count(limits.max_paragraph_bytes), std::to_string(limits.max_paragraphs), std::to_string(limits.max_lines),
        std::to_string(limits.max_nesting),
        std::to_string(limits.max_zip_ratio), std::to_string(limits.max_pdf_pages), std::to_string(limits.max_seconds)}) {
    INFO(value);
    CHECK(section.find("\n.TP\n.B " + value + "\n") != std::string::npos);
  }
  CHECK(byte_count(1) == "1 byte");
  CHECK(byte_count(1536) == "1536 bytes");
}

TEST_CASE("load keeps the detected format and the front matter in the Source") {
  Source s = load_ok("---\nsymbol: A/RES/80/41\n---\n\nThe General Assembly,\n");
  CHECK(s.format == Format::Markdown);
  CHECK(s.path == "test.md");
  CHECK(s.front_matter.at("symbol") == "A/RES/80/41");
}

// ---- markdown.cpp ----

TEST_CASE("parse_blocks splits at blank lines; white-space-only lines are blank") {
  loader::Parsed p = loader::parse_blocks("United Nations \nA/RES/80/5\n \n\t\nGeneral Assembly \n\n\nThird", false);
  REQUIRE(p.blocks.size() == 3);
  CHECK(p.blocks[0].text == "United Nations\nA/RES/80/5");  // single line breaks kept, ends trimmed
  CHECK(p.blocks[0].line == 1);
  CHECK(p.blocks[1].text == "General Assembly");
  CHECK(p.blocks[1].line == 5);
  CHECK(p.blocks[2].line == 8);
}

TEST_CASE("parse_blocks reads YAML front matter into a map, not into blocks") {
  loader::Parsed p = loader::parse_blocks(
      "---\nsymbol: A/RES/80/5\ntitle: \"Doha Political Declaration of the \\\"World Social Summit\\\" :\"\n"
      "record_id: '4093123'\nlanguage: EN\n---\n\nThe General Assembly\n",
      true);
  CHECK(p.front_matter.at("symbol") == "A/RES/80/5");
  CHECK(p.front_matter.at("title") == "Doha Political Declaration of the \"World Social Summit\" :");
  CHECK(p.front_matter.at("record_id") == "4093123");
  CHECK(p.front_matter.at("language") == "EN");
  REQUIRE(p.blocks.size() == 1);
  CHECK(p.blocks[0].text == "The General Assembly");
  CHECK(p.blocks[0].line == 8);
}

TEST_CASE("parse_blocks drops horizontal rules, which also end a block") {
  loader::Parsed p = loader::parse_blocks("52nd plenary meeting\n\n---\n\n[^1]: A.\n", true);
  REQUIRE(p.blocks.size() == 2);
  CHECK(p.blocks[1].text == "[^1]: A.");
  loader::Parsed raw = loader::parse_blocks("of any kind. \n__________________ \n \n3 Resolution S-24/2, annex.", false);
  REQUIRE(raw.blocks.size() == 2);
  CHECK(raw.blocks[0].text == "of any kind.");
  CHECK(raw.blocks[1].text == "3 Resolution S-24/2, annex.");
}

TEST_CASE("parse_blocks starts a block at every footnote definition and keeps indented continuations") {
  loader::Parsed p = loader::parse_blocks(
      "[^5]: See 1995 Review Conference\n    of Nuclear Weapons, annex.\n\n"
      "[^10]: Report, Cairo, 5–13 September\n[^1994]: (United Nations publication), annex.\n\n"
      "[^11]: Long footnote\n\n    continued after a blank line.\n\nNext paragraph",
      true);
  REQUIRE(p.blocks.size() == 5);
  CHECK(p.blocks[0].text == "[^5]: See 1995 Review Conference\nof Nuclear Weapons, annex.");
  CHECK(p.blocks[1].text == "[^10]: Report, Cairo, 5–13 September");
  CHECK(p.blocks[2].text == "[^1994]: (United Nations publication), annex.");
  CHECK(p.blocks[2].line == 5);
  CHECK(p.blocks[3].text == "[^11]: Long footnote\ncontinued after a blank line.");
  CHECK(p.blocks[4].text == "Next paragraph");
}

TEST_CASE("parse_blocks strips heading markers and keeps a heading as its own block") {
  loader::Parsed p = loader::parse_blocks("## Annex ##\nDoha Political Declaration\n\n#hashtag is text", true);
  REQUIRE(p.blocks.size() == 3);
  CHECK(p.blocks[0].text == "Annex");
  CHECK(p.blocks[1].text == "Doha Political Declaration");
  CHECK(p.blocks[2].text == "#hashtag is text");
}

TEST_CASE("parse_blocks leaves plain text markup alone") {
  loader::Parsed p = loader::parse_blocks("---\nnot: front matter\n---\n\n*2517700*", false);
  CHECK(p.front_matter.empty());
  REQUIRE(p.blocks.size() == 2);
  CHECK(p.blocks[1].text == "*2517700*");
}

// ---- inline.cpp ----

TEST_CASE("parse_inline turns *, ** and *** into italic, bold and both") {
  loader::Inline in = loader::parse_inline("1. *Calls upon* all **States** and ***Parties***.");
  CHECK(in.text == "1. Calls upon all States and Parties.");
  REQUIRE(in.italics.size() == 2);
  CHECK(span_text(in, in.italics[0]) == "Calls upon");
  CHECK(span_text(in, in.italics[1]) == "Parties");
  REQUIRE(in.bold.size() == 2);
  CHECK(span_text(in, in.bold[0]) == "States");
  CHECK(span_text(in, in.bold[1]) == "Parties");
}

TEST_CASE("parse_inline reads the seed's glued emphasis runs as separate spans") {
  loader::Inline in = loader::parse_inline(
      "destruction**Resolution adopted by the General Assembly\non 6 December 2021***[on the report of the First "
      "Committee (A/76/444, para. 93)]***76/28. Measures***The General Assembly,**Recalling* its resolution "
      "[75/58](#) of 7 December 2020,*Recognizing* the");
  CHECK(in.text ==
        "destructionResolution adopted by the General Assembly\non 6 December 2021[on the report of the First "
        "Committee (A/76/444, para. 93)]76/28. MeasuresThe General Assembly,Recalling its resolution 75/58 of 7 "
        "December 2020,Recognizing the");
  REQUIRE(in.bold.size() == 2);
  CHECK(span_text(in, in.bold[0]) == "Resolution adopted by the General Assembly\non 6 December 2021");
  CHECK(span_text(in, in.bold[1]) == "76/28. Measures");
  REQUIRE(in.italics.size() == 4);
  CHECK(span_text(in, in.italics[0]) == "[on the report of the First Committee (A/76/444, para. 93)]");
  CHECK(span_text(in, in.italics[1]) == "The General Assembly,");
  CHECK(span_text(in, in.italics[2]) == "Recalling");
  CHECK(span_text(in, in.italics[3]) == "Recognizing");
}

TEST_CASE("parse_inline closes emphasis left open at the end of the paragraph") {
  loader::Inline in = loader::parse_inline("*45th plenary meeting\n6 December 2021");
  CHECK(in.text == "45th plenary meeting\n6 December 2021");
  REQUIRE(in.italics.size() == 1);
  CHECK(in.italics[0].end == in.text.size());
}

TEST_CASE("parse_inline opens bold inside italic when the run follows a blank") {
  loader::Inline in = loader::parse_inline("*it **bold** more*");
  CHECK(in.text == "it bold more");
  REQUIRE(in.bold.size() == 1);
  CHECK(span_text(in, in.bold[0]) == "bold");
  REQUIRE(in.italics.size() == 1);
  CHECK(span_text(in, in.italics[0]) == "it bold more");
}

TEST_CASE("parse_inline keeps link text, drops the target, and unescapes") {
  loader::Inline in = loader::parse_inline("resolution [1540 \\(2004\\)](#) of 28 April, ![logo](x.png) and \\*");
  CHECK(in.text == "resolution 1540 (2004) of 28 April, logo and *");
  CHECK(in.italics.empty());
}

TEST_CASE("parse_inline leaves footnote references, brackets and lone asterisks as they are") {
  CHECK(loader::parse_inline("Amendment[^2] to").text == "Amendment[^2] to");
  CHECK(loader::parse_inline("[on the report (A/80/534, para. 7)]").text == "[on the report (A/80/534, para. 7)]");
  CHECK(loader::parse_inline("2 * 3 = 6 and ****").text == "2 * 3 = 6 and ****");
}

TEST_CASE("decode_text decodes a legacy 8-bit text that ICU recognises, with a warning") {
  std::string latin1 = "R\xE9solution adopt\xE9" "e par l'Assembl\xE9" "e g\xE9n\xE9rale le 6 d\xE9" "cembre 2021. "
                       "L'Assembl\xE9" "e g\xE9n\xE9rale, rappelant sa r\xE9solution 75/58, consid\xE9rant que "
                       "la pr\xE9vention du terrorisme est une priorit\xE9, d\xE9" "cide de poursuivre l'examen.";
  std::vector<std::string> warnings;
  Expected<std::string> text = loader::decode_text(latin1, "old.txt", warnings);
  REQUIRE(text.ok());
  CHECK(text->rfind("Résolution adoptée par l'Assemblée générale", 0) == 0);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("decoded as ISO-8859-1") != std::string::npos);
}

TEST_CASE("decode_text refuses bytes that are neither UTF-8 nor recognisable text") {
  std::vector<std::string> warnings;
  Expected<std::string> text = loader::decode_text("abc \xFF\xFE\x80\x81\x8D\x9F junk \xAD\xBE\xEF", "x.txt", warnings);
  REQUIRE_FALSE(text.ok());
  CHECK(text.error().what() == "x.txt: invalid UTF-8 at byte 4");
}

TEST_CASE("decode_text_view gives the bytes themselves when nothing needs decoding, and decode_text's text otherwise") {
  const std::string plain = "Recalling its resolution 75/58 of 7 December 2020, \u201cthe future\u201d \u2013 \u00e9t\u00e9\n";
  std::vector<std::string> warnings;
  std::string storage;
  Expected<std::string_view> view = loader::decode_text_view(plain, "a.md", warnings, storage);
  REQUIRE(view.ok());
  CHECK(view->data() == plain.data());  // no copy
  CHECK(storage.empty());
  for (std::string bytes : {std::string("\xEF\xBB\xBF" "BOM\r\nand CR\r"), std::string("e\u0301 and \uFF12\uFF10"),
                            std::string("\xFF\xFE" "h\0i\0", 6), std::string("h\0i\0", 4), std::string("ab\0cd", 5),
                            std::string("R\xE9solution adopt\xE9" "e par l'Assembl\xE9" "e g\xE9n\xE9rale le 6 d\xE9" "cembre 2021."),
                            std::string("bad \xFF\xFE\x80 junk")}) {
    std::vector<std::string> w1, w2;
    std::string kept;
    Expected<std::string_view> v = loader::decode_text_view(bytes, "b.txt", w1, kept);
    Expected<std::string> t = loader::decode_text(bytes, "b.txt", w2);
    REQUIRE(v.ok() == t.ok());
    if (t.ok()) CHECK(std::string(*v) == *t);
    else CHECK(v.error().what() == t.error().what());
    CHECK(w1 == w2);
  }
}
