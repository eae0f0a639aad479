// Tests of the HTML report (render_html): structure, summary counts, anchors, redline, escaping,
// self-containment — on a hand-made report and on A/RES/76/28 → A/RES/80/41.
#include <catch2/catch.hpp>

#include <string>

#include "resdiff/regex.hpp"
#include "report_sample.hpp"

using namespace resdiff;
using sample::occurrences;

namespace {

std::string html_of(const Report& report) { return render_html(report, RenderOptions{}); }

// The text of the summary table cell of a row and column: <tr class="ROW">…<td class="n COLUMN…">N</td>
std::string cell(const std::string& html, const std::string& row, const std::string& column) {
  size_t tr = html.find("<tr class=\"" + row + "\">");
  if (tr == std::string::npos) return "(no row)";
  size_t end = html.find("</tr>", tr);
  std::regex td("<td class=\"n " + column + "( zero)?\">([0-9]+)</td>");
  std::smatch m;
  std::string row_html = html.substr(tr, end - tr);
  if (!std::regex_search(row_html, m, td)) return "(no cell)";
  return m[2];
}

void check_self_contained(const std::string& html) {
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("<script src") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("@font-face") == std::string::npos);
  CHECK(html.find("http://") == std::string::npos);
  CHECK(html.find("https://") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
}

}  // namespace

TEST_CASE("render_html: one well-formed, self-contained page") {
  std::string html = html_of(sample::report());
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
  CHECK(html.find("</html>\n") == html.size() - 8);
  CHECK(occurrences(html, "<style>") == 1);
  CHECK(occurrences(html, "<script>") == 1);
  CHECK(html.find("@media print") != std::string::npos);
  check_self_contained(html);
  // balanced elements
  for (const char* tag : {"article", "details", "section", "table", "del", "ins", "p", "div"}) {
    INFO(tag);
    CHECK(occurrences(html, std::string("<") + tag + ">") + occurrences(html, std::string("<") + tag + " ") ==
          occurrences(html, std::string("</") + tag + ">"));
  }
}

TEST_CASE("render_html names both documents and has a summary table with the counts") {
  std::string html = html_of(sample::report());
  CHECK(html.find("<title>Changes from A/RES/76/28 to A/RES/80/41</title>") != std::string::npos);
  CHECK(html.find("76th session, 6 Dec 2021") != std::string::npos);
  CHECK(html.find("80th session, 1 Dec 2025") != std::string::npos);
  CHECK(html.find("<table class=\"summary\">") < html.find("id=\"metadata\""));
  CHECK(cell(html, "preambular", "unchanged") == "1");
  CHECK(cell(html, "preambular", "changed") == "2");
  CHECK(cell(html, "preambular", "technical") == "1");
  CHECK(cell(html, "operative", "deleted") == "1");
  CHECK(cell(html, "operative", "inserted") == "1");
  CHECK(cell(html, "operative", "substantive") == "3");
  CHECK(cell(html, "total", "changed") == "3");
  CHECK(cell(html, "total", "unchanged") == "2");
}

TEST_CASE("render_html: anchors on the new numbering, old- for deleted clauses") {
  std::string html = html_of(sample::report());
  for (const char* id : {"PP1", "PP2", "PP3", "OP1", "OP2", "OP3", "old-OP3"}) {
    INFO(id);
    CHECK(occurrences(html, std::string("id=\"") + id + "\"") == 1);
    CHECK(html.find(std::string("href=\"#") + id + "\"") != std::string::npos);
  }
  // unchanged clauses are collapsed, changed ones are articles
  CHECK(html.find("<details class=\"clause unchanged\" id=\"PP2\">") != std::string::npos);
  CHECK(html.find("<article class=\"clause changed technical\" id=\"PP1\" data-change>") != std::string::npos);
  CHECK(html.find("<article class=\"clause changed substantive\" id=\"PP3\" data-change>") != std::string::npos);
  CHECK(html.find("<article class=\"clause deleted\" id=\"old-OP3\" data-change>") != std::string::npos);
}

TEST_CASE("render_html: inline redline, side by side, technical edits muted, text escaped") {
  std::string html = html_of(sample::report());
  CHECK(html.find("<del>parties</del><ins>Parties</ins>") != std::string::npos);
  CHECK(html.find("<del class=\"tech\">75/58 of 7 December 2020</del><ins class=\"tech\">79/42 of 2 December 2024</ins>") !=
        std::string::npos);
  CHECK(html.find(" 2325 (2016) <ins>and &lt;2663&gt; (2022) &amp; more</ins>,") != std::string::npos);
  CHECK(html.find("<2663>") == std::string::npos);
  CHECK(html.find("Measures &lt;to&gt; prevent &amp; protect") != std::string::npos);
  // the toggle and both views
  CHECK(html.find("id=\"view-inline\"") != std::string::npos);
  CHECK(html.find("id=\"view-side\"") != std::string::npos);
  CHECK(occurrences(html, "<div class=\"inline\">") == 5);
  CHECK(occurrences(html, "<div class=\"side\">") == 5);
  CHECK(html.find("<div class=\"col old\"><div class=\"col-head\">old · OP2</div><p dir=\"auto\" lang=\"en\">Encourages States "
                  "<del>parties</del> to review it;</p></div>") != std::string::npos);
  // text carries its direction and language
  CHECK(html.find("<p dir=\"auto\" lang=\"en\">") != std::string::npos);
}

TEST_CASE("render_html: right-to-left documents get their language and dir=rtl") {
  Report r = sample::report();
  r.new_doc.meta.language = "ar";
  r.new_doc.clauses[1].text = "إن الجمعية العامة،";
  r.entries[1].edits = {sample::edit(Edit::Op::Equal, r.new_doc.clauses[1].text)};
  std::string html = html_of(r);
  CHECK(html.find("<html lang=\"ar\">") != std::string::npos);
  CHECK(html.find("<p dir=\"rtl\" lang=\"ar\">إن الجمعية العامة،</p>") != std::string::npos);
}

TEST_CASE("render_html on A/RES/76/28 → A/RES/80/41") {
  Report report = sample::real_pair();
  std::string html = html_of(report);
  check_self_contained(html);
  CHECK(html.find("<title>Changes from A/RES/76/28 to A/RES/80/41</title>") != std::string::npos);
  CHECK(cell(html, "preambular", "unchanged") == std::to_string(report.preambular.unchanged));
  CHECK(cell(html, "preambular", "changed") == std::to_string(report.preambular.changed));
  CHECK(cell(html, "preambular", "technical") == std::to_string(report.preambular.technical));
  CHECK(cell(html, "operative", "changed") == std::to_string(report.operative.changed));
  CHECK(cell(html, "operative", "substantive") == std::to_string(report.operative.substantive));
  CHECK(report.preambular.changed >= 5);
  for (int i = 1; i <= 18; ++i) CHECK(occurrences(html, "id=\"PP" + std::to_string(i) + "\"") == 1);
  for (int i = 1; i <= 6; ++i) CHECK(occurrences(html, "id=\"OP" + std::to_string(i) + "\"") == 1);
  CHECK(html.find("<ins>and 2663 (2022) of 30 November 2022</ins>") != std::string::npos);
  CHECK(html.find("<del>parties</del><ins>Parties</ins>") != std::string::npos);
  CHECK(html.find("<del class=\"tech\">75/58 of 7 December 2020</del>") != std::string::npos);
}

TEST_CASE("render_html lists the changes as a committee report would, substantive first, each linked to its clause") {
  std::string html = html_of(sample::report());
  INFO(html);
  size_t nav = html.find("<nav id=\"changes\"");
  REQUIRE(nav != std::string::npos);
  CHECK(nav < html.find("id=\"metadata\""));
  size_t substantive = html.find("<h3>Substantive changes</h3>", nav), technical = html.find("<h3>Technical updates</h3>", nav);
  REQUIRE(substantive != std::string::npos);
  REQUIRE(technical != std::string::npos);
  CHECK(substantive < technical);
  CHECK(html.find("<li><a class=\"label\" href=\"#PP3\">PP3</a> In the third preambular paragraph, the word "
                  "<q dir=\"auto\" lang=\"en\">resolution</q> was replaced by <q dir=\"auto\" lang=\"en\">resolutions</q>") <
        technical);
  CHECK(html.find("<li><a class=\"label\" href=\"#old-OP3\">OP3</a> Operative paragraph 3 was deleted.</li>") < technical);
  CHECK(html.find("<li><a class=\"label\" href=\"#PP1\">PP1</a> In the first preambular paragraph, the words ", technical) !=
        std::string::npos);
  CHECK(html.find("<li><a class=\"label\" href=\"#metadata\">metadata</a> The session <q", technical) != std::string::npos);
  // the page's keys and buttons step through the changes: every change is marked for them
  CHECK(occurrences(html, " data-change>") == 5);
  CHECK(html.find("e.key === 'j' || e.key === 'n'") != std::string::npos);
  CHECK(html.find("e.key === 'k' || e.key === 'p'") != std::string::npos);
}

TEST_CASE("render_html links a footnote's change to the clause citing it, a document detail's to the metadata") {
  // 76/28 → 80/41: 80/41's seventh recital cites a new note (the Amendment in the Treaty Series), 76/28's
  // eighth cited the Baku summit's Final Document (gone with Baku), the sixteenth's report moved A/76/189 → A/80/164
  std::string html = html_of(sample::real_pair());
  INFO(html);
  CHECK(html.find("<li><a class=\"label\" href=\"#PP7\">PP7</a> A new footnote to the seventh preambular paragraph") !=
        std::string::npos);
  CHECK(html.find("<li><a class=\"label\" href=\"#PP8\">PP8</a> The footnote to the eighth preambular paragraph") !=
        std::string::npos);
  CHECK(html.find("<li><a class=\"label\" href=\"#PP16\">PP16</a> In the footnote to the sixteenth preambular paragraph") !=
        std::string::npos);
  CHECK(html.find("<li><a class=\"label\" href=\"#metadata\">metadata</a> The symbol <q") != std::string::npos);
  CHECK(html.find("href=\"#metadata\">metadata</a> A new footnote") == std::string::npos);
}

TEST_CASE("render_html marks where a moved clause stood, linked both ways") {
  Report r = sample::report();
  // old PP1 moves after PP3: new order PP2, PP3, PP1
  std::swap(r.new_doc.clauses[0], r.new_doc.clauses[2]);
  std::swap(r.new_doc.clauses[0], r.new_doc.clauses[1]);
  for (int i = 0; i < 3; ++i) r.new_doc.clauses[static_cast<size_t>(i)].index = i + 1;
  Entry moved = r.entries[0];
  moved.status = Status::Moved;
  moved.new_clauses = {2};
  r.entries[1].new_clauses = {0};
  r.entries[2].new_clauses = {1};
  r.entries = {r.entries[1], r.entries[2], moved, r.entries[3], r.entries[4], r.entries[5], r.entries[6]};
  std::string html = html_of(r);
  INFO(html);
  size_t ghost = html.find("<div class=\"clause ghost\" id=\"old-PP1\">");
  REQUIRE(ghost != std::string::npos);
  // at its old place: before the old PP2 (now PP1), the first clause of the preamble
  CHECK(ghost < html.find("id=\"PP1\""));
  CHECK(html.find("<a href=\"#PP3\">→ PP3</a>", ghost) != std::string::npos);
  size_t article = html.find("id=\"PP3\" data-change>");
  REQUIRE(article != std::string::npos);
  CHECK(html.find("<a class=\"from\" href=\"#old-PP1\">from its old place</a>", article) != std::string::npos);
  CHECK(occurrences(html, "id=\"old-PP1\"") == 1);
}

TEST_CASE("render_html: characters HTML cannot hold (U+FFFE, control characters) are left out of the page") {
  Expected<Document> a = parse_document("The General Assembly,\n\n1. Decides to act.\n", "a.md", Format::Markdown);
  Expected<Document> b = parse_document("The General Assembly,\n\n1. Decides \uFFFE to act\x01 now.\n", "b.md", Format::Markdown);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  std::string html = html_of(compare(*a, *b));
  CHECK(html.find("\uFFFE") == std::string::npos);
  CHECK(html.find('\x01') == std::string::npos);
  CHECK(html.find("now") != std::string::npos);
}

TEST_CASE("render_html into a sink writes the page render_html returns, in pieces as its clauses are written") {
  Report report = sample::real_pair();
  const std::vector<Entry> entries = report.entries;
  for (int i = 0; i < 20; ++i) report.entries.insert(report.entries.end(), entries.begin(), entries.end());  // past 64 KiB
  struct Counted : StringSink {
    int pieces = 0;
    void write(std::string_view bytes) override {
      ++pieces;
      StringSink::write(bytes);
    }
  } sink;
  render_html(report, RenderOptions{}, sink);
  CHECK(sink.pieces > 1);
  CHECK(sink.text == html_of(report));
}
