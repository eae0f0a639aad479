// Tests for the PDF reader's right-to-left reading order (src/load/pdf_bidi.cpp), on pieces built
// by hand as poppler gives them (glyphs left to right as they stand) and on the made-up
// fixtures/pdf/rtl.pdf (Arabic paragraphs set right to left by LibreOffice).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "load/formats.hpp"
#include "load/pdf_parts.hpp"
#include "resdiff/segment.hpp"

using namespace resdiff;
using namespace resdiff::load_detail;

namespace {

/// A piece of text as it stands, at [x0, x1], with its letters counted by direction.
pdf::Piece piece(std::string text, double x0, double x1, int rtl, int ltr) {
  pdf::Piece p;
  p.text = std::move(text);
  p.x0 = x0;
  p.x1 = x1;
  p.y0 = 30.5;
  p.y1 = 46.1;
  p.size = 12;
  p.rtl = rtl;
  p.ltr = ltr;
  return p;
}

}  // namespace

TEST_CASE("pdf bidi: an Arabic word standing backwards is turned round, digits kept") {
  pdf::Piece p = piece("ممألا", 0, 30, 5, 0);
  pdf::to_reading_order(p);
  CHECK(p.text == "الأمم");
  pdf::Piece q = piece("،2024", 0, 30, 0, 0);  // a year glued to an Arabic comma, as it stands
  pdf::to_reading_order(q);
  CHECK(q.text == "2024،");
}

TEST_CASE("pdf bidi: a right-to-left line reads from the right, a Latin run in it from the left") {
  // "… في معاهدة Treaty Series الدولية؛" as its glyphs stand, left to right.
  pdf::Row row = {piece("؛ةيلودلا", 56.8, 90, 7, 0), piece("Treaty", 94, 130, 0, 6), piece("Series", 134, 170, 0, 6),
                  piece("ةدهاعم", 174, 210, 6, 0), piece("يف", 214, 226, 2, 0)};
  PageLine line = pdf::make_line(row, 0, 1);
  CHECK(line.text == "في معاهدة Treaty Series الدولية؛");
  CHECK(line.left == Approx(56.8));
  CHECK(line.right == Approx(226));
}

TEST_CASE("pdf bidi: LibreOffice's Arabic paragraphs read in order (fixtures/pdf/rtl.pdf)") {
  Expected<std::string> bytes = read_file(std::string(RESDIFF_FIXTURES) + "/pdf/rtl.pdf");
  REQUIRE(bytes.ok());
  Expected<Source> source = load_pdf(*bytes, "rtl.pdf");
  REQUIRE(source.ok());
  std::string all;
  for (const Block& b : paragraphs(*source)) all += b.text + "\n";
  INFO(all);
  CHECK(all.find("إن الجمعية العامة،") != std::string::npos);
  CHECK(all.find("إذ تشير إلى قرارها 79/42 (2024)، وإلى القرار 2325 (2016)،") != std::string::npos);
  CHECK(all.find("وإلى الوثيقة A/RES/80/41،") != std::string::npos);
  CHECK(all.find("1 - تهيب بجميع الدول الأعضاء أن تدعم الجهود الدولية") != std::string::npos);  // LAM-ALEF read right
  CHECK(all.find("وتدعو إلى النظر في معاهدة Treaty Series الدولية؛") != std::string::npos);
}

TEST_CASE("pdf bidi: a right-to-left document whose first page has no right-to-left letter reads that page right to left too") {
  // fixtures/pdf/rtl-late.pdf: page 1 holds only "79/42 (2024)" and "2325 (2016)" (digits and
  // brackets, set right to left); page 2 is Arabic. The reader lays out each page as it reads it,
  // so page 1 was laid out before the document was known to read right to left.
  Expected<std::string> bytes = read_file(std::string(RESDIFF_FIXTURES) + "/pdf/rtl-late.pdf");
  REQUIRE(bytes.ok());
  Expected<Source> source = load_pdf(*bytes, "rtl-late.pdf");
  REQUIRE(source.ok());
  std::vector<std::string> first;
  for (const Line& l : source->lines)
    if (l.page == source->lines.front().page) first.push_back(l.text);
  CHECK(first == std::vector<std::string>{"79/42 (2024)", "2325 (2016)"});  // as they stand: ")2024( 79/42"
}

TEST_CASE("pdf bidi: a LAM box half as wide as one of the font's ligatures is that ligature, an equal pair of glyphs is not") {
  // fixtures/lang/pdf/ar_1.pdf (DejaVu Sans, 12 pt): "حالات" with its LAM-ALEF ligature 570/1000 em
  // wide, and "بالغ", whose separate LAM and ALEF happen to be as wide as each other.
  pdf::Piece ligature = piece("تلااح", 384.13, 413.32, 5, 0);
  ligature.widths = {11.292, 3.42, 3.384, 3.684, 7.416};
  pdf::Piece glyphs = piece("غلاب", 461.38, 478.38, 4, 0);
  glyphs.widths = {6.3, 3.684, 3.684, 3.336};
  const std::vector<double> halves = {0.285, 0.298};
  pdf::place_ligatures(ligature, halves);
  pdf::place_ligatures(glyphs, halves);
  pdf::to_reading_order(ligature);
  pdf::to_reading_order(glyphs);
  CHECK(ligature.text == "حالات");
  CHECK(glyphs.text == "بالغ");
}

TEST_CASE("pdf bidi: the fonts of a LibreOffice PDF name their LAM-ALEF ligatures and widths") {
  Expected<std::string> bytes = read_file(std::string(RESDIFF_FIXTURES) + "/lang/pdf/ar_1.pdf");
  REQUIRE(bytes.ok());
  std::vector<double> halves = pdf::ligature_halves(*bytes);
  CHECK(std::count_if(halves.begin(), halves.end(), [](double h) { return std::abs(h - 0.285) < 1e-9; }) >= 1);
  Expected<std::string> english = read_file(std::string(RESDIFF_FIXTURES) + "/lang/pdf/fr_1.pdf");
  REQUIRE(english.ok());
  CHECK(pdf::ligature_halves(*english).empty());
}

TEST_CASE("pdf bidi: a right-to-left page is measured from its right edge") {
  std::vector<PageLine> lines(1);
  lines[0].positioned = true;
  lines[0].left = 390.1;  // "المشروع بالممتلكات الثقافية،" ending a recital, flush with the right margin at 540
  lines[0].right = 540;
  lines[0].second_word_left = 488;
  pdf::mirror(lines, 612);
  CHECK(lines[0].left == Approx(72));
  CHECK(lines[0].right == Approx(221.9));
  CHECK(lines[0].second_word_left == Approx(124));
}
