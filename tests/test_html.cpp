// Tests for the HTML reader (src/load/html*.cpp): hand-written pages in the shapes users bring
// (pandoc output, Word's "save as web page" as the UN publishes, a browser's "save as"), and the
// generated fixtures in fixtures/formats/.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../src/load/formats.hpp"
#include "resdiff/load.hpp"

using namespace resdiff;

namespace {

Source read_html(const std::string& html) {
  Expected<Source> source = load_detail::load_html(html, "t.html");
  INFO((source ? std::string() : source.error().what()));
  REQUIRE(source.ok());
  return *source;
}

std::vector<std::string> texts(const Source& source) {
  std::vector<std::string> out;
  for (const Block& b : source.blocks) out.push_back(b.text);
  return out;
}

std::vector<std::string> italic_words(const Block& block) {
  std::vector<std::string> out;
  for (const Span& s : block.italics) out.push_back(block.text.substr(s.begin, s.end - s.begin));
  return out;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("html: paragraphs are blocks with their italics, head and scripts skipped") {
  Source s = read_html(R"(<!DOCTYPE html><html><head><title>A/RES/76/28</title><style>p{}</style>
    <script>var x = "not text";</script></head><body>
    <p><em>Recalling</em> its   resolution
       75/58,</p><p></p><p>  </p>
    <p><i>Deeply concerned</i> by the <b>growing</b> risk,</p></body></html>)");
  CHECK(s.format == Format::Html);
  CHECK(texts(s) == std::vector<std::string>{"Recalling its resolution 75/58,", "Deeply concerned by the growing risk,"});
  CHECK(italic_words(s.blocks[0]) == std::vector<std::string>{"Recalling"});
  CHECK(italic_words(s.blocks[1]) == std::vector<std::string>{"Deeply concerned"});
  REQUIRE(s.blocks[1].bold.size() == 1);
  CHECK(s.blocks[1].line == 2);
}

TEST_CASE("html: pandoc's lists, nested lists and footnotes") {
  Source s = read_html(R"(<body>
<p><em>Recalling</em> its resolution 75/58 of 7 December 2020,<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p>
<ol type="1">
<li><p><em>Calls upon</em> all Member States;</p></li>
<li><p><em>Appeals</em> to all Member States:<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a></p>
<ol type="a"><li><p>to do something;</p></li><li><p>to do another;</p>
<ol type="i"><li><p>deeper;</p></li><li><p>deeper 2;</p></li></ol></li></ol></li>
</ol>
<ol start="3" type="1"><li><p><em>Urges</em> all;</p></li></ol>
<section class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr />
<ol>
<li id="fn1" role="doc-endnote"><p>United Nations, <em>Treaty Series</em>, vol. 2445.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
<li id="fn2" role="doc-endnote"><p><em>Ibid.</em>, vol. 1456.<a href="#fnref2" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
</ol></section></body>)");
  CHECK(texts(s) == std::vector<std::string>{
                        "Recalling its resolution 75/58 of 7 December 2020,[^1]", "1. Calls upon all Member States;",
                        "2. Appeals to all Member States:[^2]", "(a) to do something;", "(b) to do another;",
                        "(i) deeper;", "(ii) deeper 2;", "3. Urges all;",
                        "[^1]: United Nations, Treaty Series, vol. 2445.", "[^2]: Ibid., vol. 1456."});
  CHECK(italic_words(s.blocks[1]) == std::vector<std::string>{"Calls upon"});
  CHECK(italic_words(s.blocks[8]) == std::vector<std::string>{"Treaty Series"});
}

TEST_CASE("html: Word's web page (the UN's HTML) with manual numbers, Word footnotes and windows-1252") {
  // Word writes conditional comments around list numbers, &nbsp; runs as tabs and footnotes as
  // _ftn anchors; the page declares windows-1252, where 0x93/0x94 are curly quotes.
  std::string page =
      "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
      "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">"
      "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>UN</o:Author></o:DocumentProperties></xml><![endif]-->"
      "</head><body lang=EN-US><div class=WordSection1>"
      "<p class=MsoNormal><span>A/RES/76/28</span></p>"
      "<p class=SingleTxt><i>Recalling also</i> the International Convention,<a style='mso-footnote-id:ftn1' "
      "href=\"#_ftn1\" name=\"_ftnref1\" title=\"\"><span class=MsoFootnoteReference><span style='mso-special-character:footnote'>"
      "<![if !supportFootnotes]><span class=MsoFootnoteReference>[1]</span><![endif]></span></span></a></p>"
      "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>6.<span "
      "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><i>Decides</i> to "
      "include the item entitled \x93General and complete disarmament\x94;</p>"
      "</div><div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width=\"33%\">"
      "<![endif]><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' "
      "href=\"#_ftnref1\" name=\"_ftn1\" title=\"\"><span class=MsoFootnoteReference>[1]</span></a> United Nations, "
      "<i>Treaty Series</i>, vol. 2445, No. 44004.</p></div></div></body></html>";
  Source s = read_html(page);
  CHECK(texts(s) == std::vector<std::string>{
                        "A/RES/76/28", "Recalling also the International Convention,[^1]",
                        "6. Decides to include the item entitled \u201CGeneral and complete disarmament\u201D;",
                        "[^1]: United Nations, Treaty Series, vol. 2445, No. 44004."});
  CHECK(italic_words(s.blocks[2]) == std::vector<std::string>{"Decides"});
}

TEST_CASE("html: a browser's save-as: nested divs, navigation and page chrome") {
  Source s = read_html(R"(<html><head><meta charset="utf-8"></head><body>
<nav><ul><li>Home</li><li>Documents</li></ul></nav>
<div id="page"><div class="content"><div>
  <div class="symbol">A/RES/80/41</div>
  <div>The General Assembly,<div><em>Recalling</em> its resolution 79/42,</div>tail text of the outer div</div>
  <div role="navigation">Skip to content</div><div hidden>hidden text</div><div style="display: none">gone</div>
</div></div></div>
<table><tr><td>Cell one</td><td><p>Cell two</p></td></tr><tr><th>Row two</th></tr></table>
<footer>© United Nations</footer></body></html>)");
  CHECK(texts(s) == std::vector<std::string>{"A/RES/80/41", "The General Assembly,", "Recalling its resolution 79/42,",
                                             "tail text of the outer div", "Cell one", "Cell two", "Row two"});
}

TEST_CASE("html: ordered lists honour start, type and value") {
  Source s = read_html(R"(<ol start="4"><li>four</li><li value="9">nine</li><li>ten</li></ol>
<ol type="A"><li>A</li></ol><ol type="I" start="3"><li>III</li></ol>
<ol style="list-style-type: lower-alpha"><li>a by CSS</li></ol><ul><li>bullet</li></ul>)");
  CHECK(texts(s) == std::vector<std::string>{"4. four", "9. nine", "10. ten", "(A) A", "(III) III", "(a) a by CSS",
                                             "bullet"});
}

TEST_CASE("html: bare <sup>N</sup> markers cite, a paragraph opening with one is the note") {
  Source s = read_html(R"(<p>Recalling the Convention,<sup>2</sup> and the Outcome<sup> 1 </sup></p>
<p>Requests a report on 10<sup>th</sup> steps;</p>
<p><sup>1</sup> Resolution 60/1.</p><p><sup>2</sup> United Nations, <i>Treaty Series</i>.</p>)");
  CHECK(texts(s) == std::vector<std::string>{"Recalling the Convention,[^1] and the Outcome[^2]",
                                             "Requests a report on 10th steps;",
                                             "[^1]: United Nations, Treaty Series.", "[^2]: Resolution 60/1."});
}

TEST_CASE("html: entities are decoded, <br> is a line break, white space collapses") {
  Source s = read_html("<p>non&#8209;proliferation &amp; caf&eacute; &ldquo;x&rdquo;<br>second\tline</p>"
                       "<p>6.&nbsp;&nbsp;&nbsp; Decides; Article&nbsp;3</p><pre>keep\nlines</pre>");
  CHECK(texts(s) == std::vector<std::string>{"non\u2011proliferation & caf\u00E9 \u201Cx\u201D\nsecond line",
                                             "6. Decides; Article\u00A03", "keep\nlines"});
}

TEST_CASE("html: the charset comes from the page, else UTF-8, else windows-1252") {
  CHECK(texts(read_html("<meta charset=\"iso-8859-1\"><p>caf\xE9</p>")) == std::vector<std::string>{"caf\u00E9"});
  CHECK(texts(read_html("<p>caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D</p>")) ==
        std::vector<std::string>{"caf\u00E9 \u201Cq\u201D"});
  CHECK(texts(read_html("<p>\x93quoted\x94</p>")) == std::vector<std::string>{"\u201Cquoted\u201D"});
  CHECK(texts(read_html("\xEF\xBB\xBF<p>bom</p>")) == std::vector<std::string>{"bom"});
}

TEST_CASE("html: invalid bytes in a UTF-8 page become U+FFFD with a warning, the rest is read") {
  Source s = read_html("<meta charset=\"utf-8\"><p>bad \x9D byte</p><p>after</p>");
  CHECK(texts(s) == std::vector<std::string>{"bad \uFFFD byte", "after"});
  REQUIRE(s.warnings.size() == 1);
  CHECK(s.warnings[0] == "invalid UTF-8 at byte 29 (and any after it) read as U+FFFD");
}

TEST_CASE("html: text normalised to NFC") {
  CHECK(texts(read_html("<p>cafe\xCC\x81</p>")) == std::vector<std::string>{"caf\u00E9"});
}

TEST_CASE("html: garbage and empty input read to no blocks, without a crash") {
  CHECK(read_html("").blocks.empty());
  CHECK(read_html(std::string("\x00\x01\x02<<>>&&;", 11)).blocks.size() <= 1);
}

// Before: libxml2 stopped at 256 levels and everything after the deep part was dropped, exit 0.
TEST_CASE("html: a page nested deeper than the limit is an error naming it, never a page cut short") {
  auto nested = [](int levels) {
    std::string html = "<html><body><p>The General Assembly,</p>";
    for (int i = 0; i < levels; ++i) html += "<div>";
    html += "<p>deep</p>";
    for (int i = 0; i < levels; ++i) html += "</div>";
    return html + "<p>1. Decides to remain seized of the matter.</p></body></html>";
  };
  for (int levels : {300, 5000}) {
    INFO(levels);
    Expected<Source> source = load_detail::load_html(nested(levels), "deep.html");
    REQUIRE_FALSE(source.ok());
    CHECK(source.error().what() == "deep.html: cannot read the HTML: elements nested too deep (resdiff's limit is 256 levels)");
  }
  // Far below the limit, nothing is lost: the paragraph after the nesting is there.
  CHECK(texts(read_html(nested(200))) ==
        std::vector<std::string>{"The General Assembly,", "deep", "1. Decides to remain seized of the matter."});
  // A lower limit is kept by the reader's own walk, with the same message.
  Limits limits;
  limits.max_nesting = 20;
  Expected<Source> low = load_detail::load_html(nested(30), "deep.html", limits);
  REQUIRE_FALSE(low.ok());
  CHECK(low.error().message == "cannot read the HTML: elements nested too deep (resdiff's limit is 20 levels)");
}

TEST_CASE("html: generated fixtures read to the blocks of the Markdown they were made from") {
  for (const char* name : {"A_RES_76_28", "A_RES_80_41", "A_RES_80_24", "A_RES_80_19", "A_RES_80_11", "A_RES_80_2"}) {
    std::string stem = std::string(RESDIFF_FIXTURES) + "/formats/" + name;
    INFO(name);
    Expected<Source> md = load(slurp(stem + ".md"), stem + ".md", Format::Markdown);
    REQUIRE(md.ok());
    Source html = read_html(slurp(stem + ".html"));
    CHECK(texts(html) == texts(*md));
    REQUIRE(html.blocks.size() == md->blocks.size());
    for (size_t i = 0; i < html.blocks.size(); ++i) CHECK(italic_words(html.blocks[i]) == italic_words(md->blocks[i]));
  }
}
