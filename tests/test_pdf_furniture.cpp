// Tests for the PDF reader's layout flags (src/load/pdf_furniture.cpp): furniture, masthead and
// footnote areas, on the official A/RES/80/41 (fixtures/official-pdf/) and on lines built by hand.
#include <catch2/catch.hpp>


#include "load/pdf_parts.hpp"

using namespace resdiff;
using namespace resdiff::load_detail;

namespace {

/// The pages of a fixture PDF as the reader lays them out and flags them.
std::vector<Page> pages_of(const std::string& name) {
  const std::string path = std::string(RESDIFF_FIXTURES) + "/" + name;
  Expected<std::string> bytes = read_file(path);
  REQUIRE(bytes);
  Expected<std::unique_ptr<pdf::Glyphs>> glyphs = pdf::Glyphs::open(*bytes, path, Limits{});
  REQUIRE(glyphs);
  std::vector<Page> pages;
  std::vector<double> heights;
  int number = 0;
  for (int i = 1; i <= (*glyphs)->pages(); ++i) {
    std::optional<pdf::PageGlyphs> page = (*glyphs)->page(i);
    REQUIRE(page);
    pages.push_back(Page{pdf::page_lines(std::move(page->pieces), page->width, number)});
    heights.push_back(page->height);
  }
  pdf::mark_layout(pages, heights);
  return pages;
}

/// The texts of a page's lines that carry a flag.
std::vector<std::string> flagged(const Page& page, bool PageLine::*flag) {
  std::vector<std::string> out;
  for (const PageLine& line : page.lines)
    if (line.*flag) out.push_back(line.text);
  return out;
}

/// A positioned line of body text.
PageLine line(std::string text, double top, double size = 10, double left = 123) {
  PageLine l;
  l.text = std::move(text);
  l.positioned = true;
  l.font_size = size;
  l.left = left;
  l.right = left + 300;
  l.top = top;
  l.bottom = top + 1.1 * size;
  return l;
}

}  // namespace

TEST_CASE("pdf furniture: running titles of two lines, symbols, job and page numbers are furniture (80/41)") {
  std::vector<Page> pages = pages_of("official-pdf/A_RES_80_41.pdf");
  REQUIRE(pages.size() == 3);
  CHECK(flagged(pages[0], &PageLine::furniture) == std::vector<std::string>{"25-19986 (E)", "*2519986*"});
  CHECK(flagged(pages[1], &PageLine::furniture) ==
        std::vector<std::string>{"Measures to prevent terrorists from acquiring weapons of", "A/RES/80/41", "mass destruction",
                                 "2/3", "25-19986"});
  CHECK(flagged(pages[2], &PageLine::furniture) ==
        std::vector<std::string>{"Measures to prevent terrorists from acquiring weapons of", "mass destruction", "A/RES/80/41",
                                 "25-19986", "3/3"});
  for (const Page& page : pages) CHECK(page.layout_known);
}

TEST_CASE("pdf furniture: the first page's masthead is flagged, not dropped, and the title stays text") {
  std::vector<Page> pages = pages_of("official-pdf/A_RES_80_41.pdf");
  CHECK(flagged(pages[0], &PageLine::masthead) ==
        std::vector<std::string>{"United Nations", "A/RES/80/41", "General Assembly", "Distr.: General", "5 December 2025"});
  bool title = false;
  for (const PageLine& l : pages[0].lines)
    if (l.text == "mass destruction") title = !l.furniture && !l.masthead && !l.footnote_area;
  CHECK(title);  // the title's second line, which the running title repeats on the next pages
}

TEST_CASE("pdf furniture: the footnote area starts at the written rule and ends above the footer") {
  std::vector<Page> pages = pages_of("official-pdf/A_RES_80_41.pdf");
  CHECK(flagged(pages[1], &PageLine::footnote_area) ==
        std::vector<std::string>{"_______________", "4 See A/59/361.", "5 Resolution 60/1.", "6 Resolution 60/288.", "7 A/80/164."});
  CHECK(flagged(pages[2], &PageLine::footnote_area).empty());
}

TEST_CASE("pdf furniture: without a written rule, small type at the foot led by a mark is the footnote area") {
  Page page;
  page.lines = {line("Recalling its resolution 98/1,1", 100), line("Noting the report,", 112),
                line("1 Resolution 98/1.", 700, 8), line("and its annex.", 709, 8)};
  page.lines[0].raised = {{30, 31}};
  page.lines[2].raised = {{0, 1}};
  page.lines[1].gap_before = 1;
  page.lines[2].gap_before = 580;
  page.lines[3].gap_before = 0.5;
  std::vector<Page> pages = {page};
  pdf::mark_layout(pages, {792});
  CHECK(flagged(pages[0], &PageLine::footnote_area) == std::vector<std::string>{"1 Resolution 98/1.", "and its annex."});
  CHECK(flagged(pages[0], &PageLine::furniture).empty());
}

TEST_CASE("pdf furniture: a line repeated at the same height on every page is furniture, body text is not") {
  std::vector<Page> pages;
  for (int p = 0; p < 3; ++p) {
    Page page;
    page.lines = {line("Draft report of the Committee", 40, 8), line("Body text on page " + std::to_string(p + 1), 90),
                  line("more body text", 102), line("Page " + std::to_string(p + 1), 760, 8)};
    page.lines[2].gap_before = 1;
    pages.push_back(page);
  }
  pdf::mark_layout(pages, {792, 792, 792});
  for (size_t p = 1; p < 3; ++p) {
    INFO("page " << p + 1);
    CHECK(flagged(pages[p], &PageLine::furniture) == std::vector<std::string>{"Draft report of the Committee", "Page " + std::to_string(p + 1)});
  }
  CHECK(flagged(pages[0], &PageLine::furniture) == std::vector<std::string>{"Page 1"});  // the first page's top is its masthead
}
