// Tests of the compact terminal views (render_side_by_side, render_stat, src/render/text.cpp and
// stat.cpp, with the tally of src/render/tally.cpp) and of the CLI's pager decision
// (src/cli/pager.cpp, compiled in here: the CLI is not a library).
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "../src/cli/pager.cpp"
#include "../src/render/layout.hpp"
#include "report_sample.hpp"

using namespace resdiff;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

RenderOptions width(int w, bool color = false, int context = 1) {
  RenderOptions o;
  o.width = w;
  o.color = color;
  o.context = context;
  return o;
}

bool has_line(const std::string& text, const std::string& line) {
  for (const std::string& l : lines_of(text)) {
    if (l == line) return true;
  }
  return false;
}

// The lines that open with a part's name ("Preamble: …"), as every view prints them.
std::vector<std::string> part_lines(const std::string& text) {
  std::vector<std::string> out;
  for (const std::string& l : lines_of(text)) {
    for (const char* part : {"Preamble: ", "Operative part: ", "Sub-paragraphs: ", "Annex: ", "Text: "}) {
      if (l.rfind(part, 0) == 0) out.push_back(l);
    }
  }
  return out;
}

// A/RES/80/11 (16 recitals, 30 operative paragraphs, 15 sub-paragraphs) against a hand edit of
// it: recital 5 deleted, "and subregional" inserted in OP1 (b) (ii), "diverse" → "various" in
// OP2 (b).
Report edited_80_11() {
  std::string path = std::string(RESDIFF_FIXTURES) + "/A_RES_80_11.md";
  Expected<Document> old_doc = read_document(path);
  REQUIRE(old_doc.ok());
  std::ifstream in(path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto replace = [&](const std::string& from, const std::string& to) {
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
  };
  size_t recital = text.find("Recognizing that investing in conflict prevention");
  REQUIRE(recital != std::string::npos);
  text.erase(recital, text.find('\n', recital) + 1 - recital);
  replace("institutions and regional development banks", "institutions and regional and subregional development banks");
  replace("Commission, diverse formats", "Commission, various formats");
  Expected<Document> new_doc = parse_document(text, "edited.md", Format::Markdown);
  REQUIRE(new_doc.ok());
  return compare(std::move(*old_doc), std::move(*new_doc));
}

}  // namespace

TEST_CASE("render_side_by_side: old left, new right, every line within the width") {
  std::string text = render_side_by_side(sample::report(), width(60));
  INFO(text);
  for (const std::string& line : lines_of(text)) CHECK(layout::display_width(line) <= 60);
  CHECK(text.rfind("A/RES/76/28 (76th session, 6 Dec 2021) →", 0) == 0);
  // OP2: the deletion on the left, the insertion on the right, on one row
  std::string lefts, rights;
  for (const std::string& line : lines_of(text)) {
    size_t bar = line.find(" │ ");
    if (bar == std::string::npos) continue;
    lefts += line.substr(0, bar) + "\n";
    rights += line.substr(bar + 5) + "\n";
  }
  CHECK(lefts.find("[-parties-]") != std::string::npos);
  CHECK(rights.find("{+Parties+}") != std::string::npos);
  CHECK(lefts.find("{+") == std::string::npos);
  CHECK(rights.find("[-") == std::string::npos);
  CHECK(rights.find("{+Decides to remain seized") != std::string::npos);
  CHECK(text.find("PP2  Recognizing the determination") != std::string::npos);  // context, as in the text view
  CHECK(text.find("OP3  deleted") != std::string::npos);
}

TEST_CASE("render_side_by_side: colour marks edits with ANSI and keeps the columns aligned") {
  std::string text = render_side_by_side(sample::report(), width(70, true));
  CHECK(text.find("\x1b[") != std::string::npos);
  CHECK(text.find("[-") == std::string::npos);
  size_t column = std::string::npos;
  for (const std::string& line : lines_of(text)) {
    size_t bar = line.find(" │ ");
    if (bar == std::string::npos || line.find("─┼─") != std::string::npos) continue;
    std::string left = line.substr(0, bar);
    std::string plain;
    for (size_t i = 0; i < left.size(); ++i) {
      if (left[i] == '\x1b') {
        while (i < left.size() && left[i] != 'm') ++i;
        continue;
      }
      plain += left[i];
    }
    size_t cells = static_cast<size_t>(layout::display_width(plain));
    if (column == std::string::npos) column = cells;
    CHECK(cells == column);
  }
}

TEST_CASE("render_side_by_side shows the metadata changes, as the text view does") {
  std::string text = render_side_by_side(sample::report(), width(100));
  INFO(text);
  CHECK(has_line(text, "Metadata"));
  CHECK(has_line(text, "  session   [-76-] {+80+}  technical"));
  CHECK(has_line(text, "  footnote  [-A/76/189.-] {+A/80/164.+}  technical"));
  CHECK(has_line(text, "Measures <to> prevent & protect"));  // and the title, as the text view
}

TEST_CASE("render_side_by_side honours the context: none, one neighbour, or every clause") {
  Report r = sample::report();
  std::string none = render_side_by_side(r, width(100, false, 0));
  INFO(none);
  CHECK(has_line(none, "… PP2 unchanged"));
  CHECK(none.find("Recognizing the determination") == std::string::npos);
  std::string one = render_side_by_side(r, width(100, false, 1));
  CHECK(has_line(one, "PP2  Recognizing the determination of the international community,"));
  CHECK(has_line(one, "OP1  Calls upon all Member States to act;"));
  std::string all = render_side_by_side(r, width(100, false, -1));
  // every clause in both columns, unchanged ones too
  size_t rows = 0;
  for (const std::string& line : lines_of(all)) {
    if (line.find("Recognizing the determination") != std::string::npos) rows += sample::occurrences(line, "Recognizing the determination");
  }
  CHECK(rows == 2);
  CHECK(all.substr(all.find("─┼─")).find("unchanged") == std::string::npos);
}

TEST_CASE("render_side_by_side gives both columns the same width, even for an even width") {
  for (int w : {100, 101, 60, 41}) {
    std::string text = render_side_by_side(sample::report(), width(w));
    INFO("width " << w << "\n" << text);
    int cells = (w - 3) / 2;
    bool rule = false;
    for (const std::string& line : lines_of(text)) {
      size_t cross = line.find("─┼─");
      if (cross != std::string::npos) {
        rule = true;
        CHECK(layout::display_width(line.substr(0, cross)) == cells);
        CHECK(layout::display_width(line.substr(cross + std::string("─┼─").size())) == cells);
        continue;
      }
      size_t bar = line.find(" │ ");
      if (bar == std::string::npos) continue;
      CHECK(layout::display_width(line.substr(0, bar)) == cells);
      CHECK(layout::display_width(line.substr(bar + std::string(" │ ").size())) <= cells);
    }
    CHECK(rule);
  }
}

TEST_CASE("the text view, -y and --stat count the parts alike, sub-paragraphs included") {
  Report r = edited_80_11();
  std::vector<std::string> text = part_lines(render_text(r, width(100)));
  std::vector<std::string> side = part_lines(render_side_by_side(r, width(100)));
  std::vector<std::string> stat = part_lines(render_stat(r, width(100)));
  // counted by hand: one recital gone, two sub-paragraphs edited, nothing else
  std::vector<std::string> want = {"Preamble: 16 → 15 recitals · 1 deleted · 15 unchanged",
                                   "Operative part: 30 → 30 paragraphs · 30 unchanged",
                                   "Sub-paragraphs: 15 → 15 · 2 changed · 13 unchanged"};
  CHECK(text == want);
  CHECK(side == want);
  CHECK(stat == want);
}

TEST_CASE("render_stat: summary lines, then one line per changed clause") {
  std::string text = render_stat(sample::report(), width(80));
  INFO(text);
  std::vector<std::string> lines = lines_of(text);
  CHECK(text.find("Preamble: 3 → 3 recitals · 2 changed (1 technical) · 1 unchanged\n") != std::string::npos);
  CHECK(text.find("PP1 | technical   | +5 -5 words") != std::string::npos);
  CHECK(text.find("PP3 | substantive | +6 -1 words") != std::string::npos);
  CHECK(text.find("OP2 | substantive | +1 -1 words") != std::string::npos);
  CHECK(text.find("OP3 | deleted     | +0 -5 words") != std::string::npos);
  CHECK(text.find("OP3 | inserted    | +7 -0 words") != std::string::npos);
  CHECK(text.find("2 metadata changes (2 technical)") != std::string::npos);
  CHECK(text.find("Recalling") == std::string::npos);  // counts only, no clause text
}

TEST_CASE("render_stat on A/RES/76/28 → A/RES/80/41") {
  std::string text = render_stat(sample::real_pair(), width(80));
  INFO(text);
  CHECK(text.find("PP5  | substantive | +") != std::string::npos);
  CHECK(text.find("PP1  | technical   | ") != std::string::npos);
  CHECK(text.find("OP2  | substantive | +1 -1 words") != std::string::npos);
}

TEST_CASE("pager_command pages long terminal output only, like git") {
  resdiff_cli::PagerContext c;
  c.is_tty = true;
  c.lines = 100;
  c.height = 40;
  CHECK(resdiff_cli::pager_command(c) == "less -FRX");
  c.pager_env = "more";
  CHECK(resdiff_cli::pager_command(c) == "more");
  c.pager_env = "cat";
  CHECK(resdiff_cli::pager_command(c).empty());
  c.pager_env = "";
  CHECK(resdiff_cli::pager_command(c).empty());
  c.pager_env.reset();
  c.lines = 39;
  CHECK(resdiff_cli::pager_command(c).empty());  // fits the screen
  c.lines = 100;
  c.no_pager = true;
  CHECK(resdiff_cli::pager_command(c).empty());
  c.no_pager = false;
  c.to_stdout = false;
  CHECK(resdiff_cli::pager_command(c).empty());  // -o FILE
  c.to_stdout = true;
  c.machine_format = true;
  CHECK(resdiff_cli::pager_command(c).empty());  // json, html, markdown
  c.machine_format = false;
  c.is_tty = false;
  CHECK(resdiff_cli::pager_command(c).empty());  // a pipe or a file
  CHECK(resdiff_cli::count_lines("a\nb\n") == 2);
  CHECK(resdiff_cli::count_lines("a\nb") == 2);
  CHECK(resdiff_cli::count_lines("") == 0);
}
