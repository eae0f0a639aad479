// Tests of the compact terminal views (render_side_by_side, render_stat) and of the CLI's pager
// decision (src/cli/pager.cpp, compiled in here: the CLI is not a library).
#include <catch2/catch.hpp>

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

RenderOptions width(int w, bool color = false) {
  RenderOptions o;
  o.width = w;
  o.color = color;
  return o;
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
  CHECK(rights.find("{+Decides to remain seized of") != std::string::npos);
  CHECK(text.find("… PP2 unchanged") != std::string::npos);
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

TEST_CASE("render_stat: summary lines, then one line per changed clause") {
  std::string text = render_stat(sample::report(), width(80));
  INFO(text);
  std::vector<std::string> lines = lines_of(text);
  CHECK(text.find("Preamble: 3 → 3 · 2 changed · 1 unchanged (1 substantive, 1 technical)") != std::string::npos);
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
