// Tests for the PDF word builder (src/load/pdf_words.cpp): spaces from glyph gaps, raised glyphs,
// scripts without spaces. Pieces are built by hand with the geometry of the official PDFs (the
// boxes poppler gives for A/RES/80/41, page 3), or read from the made-up fixtures/pdf/cjk.pdf.
#include <catch2/catch.hpp>


#include "load/pdf_parts.hpp"

using namespace resdiff;
using namespace resdiff::load_detail;

namespace {

/// A piece at [x0, x1] on the baseline band [y0, y1], in size-point type.
pdf::Piece piece(std::string text, double x0, double x1, double y0 = 293.49, double y1 = 304.58, double size = 10.02) {
  pdf::Piece p;
  p.text = std::move(text);
  p.x0 = x0;
  p.x1 = x1;
  p.y0 = y0;
  p.y1 = y1;
  p.size = size;
  for (unsigned char c : p.text) p.ltr += (c < 0x80 && std::isalpha(c)) ? 1 : 0;
  return p;
}

}  // namespace

TEST_CASE("pdf words: a jump of a tenth of an em inside a word is no space, a word space is one") {
  CHECK_FALSE(pdf::is_word_space(1.17, 10.02, 0));  // "eighty" | "-first" (A/RES/80/41 OP5)
  CHECK_FALSE(pdf::is_word_space(1.04, 10.0, 0));   // "self" | "-determination"
  CHECK(pdf::is_word_space(2.27, 10.02, 0));        // a word space Word squeezed (0.23 em)
  CHECK(pdf::is_word_space(3.9, 10.02, 0));         // a widened one
  // Between 0.13 and 0.17 em the line's own spacing decides.
  CHECK(pdf::is_word_space(1.49, 10.0, 2.4));       // "Seafarers’" | "Identity": most of the line's space
  CHECK_FALSE(pdf::is_word_space(1.46, 10.0, 3.8)); // "Secretary" | "-": under half of it
}

TEST_CASE("pdf words: a justified line reads as printed, 'eighty-first' whole") {
  // A/RES/80/41, page 3, OP5's last line but one, as poppler's boxes give it.
  pdf::Row row = {piece("at", 416.18, 423.83), piece("its", 426.76, 436.89), piece("eighty", 439.87, 466.51),
                  piece("-first", 467.68, 488.69)};
  PageLine line = pdf::make_line(row, 0, 1);
  CHECK(line.text == "at its eighty-first");
  CHECK(line.positioned);
  CHECK(line.left == Approx(416.18));
  CHECK(line.right == Approx(488.69));
}

TEST_CASE("pdf words: a hyphen or dash drawn apart joins its words, a spaced dash keeps its spaces") {
  // "mercenary" "-" "related": the hyphen a run of its own, 1.2 points from either side.
  PageLine joined = pdf::make_line({piece("mercenary", 123.14, 165.0), piece("-", 166.2, 169.5), piece("related", 170.7, 200.0)}, 0, 1);
  CHECK(joined.text == "mercenary-related");
  // "15" "–19": an en dash glued to the second number, a jump of 1 point after the first.
  PageLine range = pdf::make_line({piece("15", 123.14, 133.2), piece("–19", 134.2, 149.0)}, 0, 1);
  CHECK(range.text == "15–19");
  // "environmental" "–" "social": a spaced dash, word spaces on both sides.
  PageLine spaced = pdf::make_line({piece("environmental", 123.14, 180.0), piece("–", 183.5, 188.5), piece("social", 192.0, 215.0)}, 0, 1);
  CHECK(spaced.text == "environmental – social");
}

TEST_CASE("pdf words: a raised, smaller number is glued to its word and marked raised") {
  // A/RES/80/41 page 1: "Material" + raised "3" (6.48 pt) + "by".
  pdf::Row row = {piece("Nuclear", 389.19, 422.91, 630.53, 641.62), piece("Material", 434.07, 470.28, 630.53, 641.62),
                  piece("3", 471.28, 474.60, 630.21, 637.38, 6.48), piece("by", 478.24, 488.74, 630.53, 641.62)};
  PageLine line = pdf::make_line(row, 0, 1);
  CHECK(line.text == "Nuclear Material3 by");  // as printed; the raised run says what the 3 is
  REQUIRE(line.raised.size() == 1);
  CHECK(line.text.substr(line.raised[0].begin, line.raised[0].end - line.raised[0].begin) == "3");
  CHECK(line.font_size == Approx(10.02));
}

TEST_CASE("pdf words: a footnote opens with its raised number and a space") {
  pdf::Row row = {piece("1", 116.96, 119.79, 674.62, 680.73, 5.52), piece("United", 123.38, 148.36, 674.95, 684.38, 8.52),
                  piece("Nations,", 150.5, 180.0, 674.95, 684.38, 8.52)};
  PageLine line = pdf::make_line(row, 0, 1);
  CHECK(line.text == "1 United Nations,");
  REQUIRE(line.raised.size() == 1);
  CHECK(line.raised[0].begin == 0);
  CHECK(line.raised[0].end == 1);
}

TEST_CASE("pdf words: italic runs take in the spaces between their words") {
  pdf::Piece a = piece("Deeply", 146.90, 176.97), b = piece("concerned", 182.69, 227.04), c = piece("by", 233.00, 243.48);
  a.italics = {{0, 6}};
  b.italics = {{0, 9}};
  PageLine line = pdf::make_line({a, b, c}, 0, 1);
  REQUIRE(line.italics.size() == 1);
  CHECK(line.text.substr(line.italics[0].begin, line.italics[0].end - line.italics[0].begin) == "Deeply concerned");
}

TEST_CASE("pdf words: the first word's width and where the second starts, for hanging indents") {
  pdf::Row row = {piece("1.", 146.90, 154.82), piece("Calls", 170.66, 193.18), piece("upon", 197.06, 218.19)};
  PageLine line = pdf::make_line(row, 0, 1);
  CHECK(line.text == "1. Calls upon");
  CHECK(line.first_word_width == Approx(154.82 - 146.90));
  CHECK(line.second_word_left == Approx(170.66));
}

TEST_CASE("pdf words: Chinese set justified gets no space between its glyphs (fixtures/pdf/cjk.pdf)") {
  const std::string path = std::string(RESDIFF_FIXTURES) + "/pdf/cjk.pdf";
  Expected<std::string> bytes = read_file(path);
  REQUIRE(bytes);
  Expected<std::unique_ptr<pdf::Glyphs>> glyphs = pdf::Glyphs::open(*bytes, path, Limits{});
  REQUIRE(glyphs);
  std::optional<pdf::PageGlyphs> page = (*glyphs)->page(1);
  REQUIRE(page);
  int number = 0;
  std::vector<std::string> lines;
  for (const PageLine& l : pdf::page_lines(page->pieces, page->width, number)) lines.push_back(l.text);
  CHECK(lines == std::vector<std::string>{"大会，", "回顾其2024年12月2日第79/42号决议，又回顾安全理事会2004年4月28日关于不扩散大规模毁灭性武器的第",
                                          "1540（2004）号决议，", "1．吁请所有会员国支持为防止恐怖分子获取大规模毁灭性武器及其运载工具而作出的国际努力；"});
}

TEST_CASE("pdf words: between Han and Latin or digits, the fifth of an em a word processor sets is no space, a word space is one") {
  // fixtures/lang/pdf/zh_1.pdf, ragged lines: "回顾其" 2.4 pt before "2022"; "78/150." 3.67 pt before the title.
  pdf::Row dates = {piece("回顾其", 72.10, 108.10, 277.5, 293.1, 12), piece("2022", 110.50, 139.25, 277.5, 293.1, 12),
                    piece("年", 141.70, 153.70, 277.5, 293.1, 12)};
  CHECK(pdf::make_line(dates, 0, 1).text == "回顾其2022年");
  pdf::Row title = {piece("78/150.", 72.10, 117.83, 229.3, 244.9, 12), piece("在武装冲突中保护文化遗产", 121.50, 265.50, 229.3, 244.9, 12)};
  CHECK(pdf::make_line(title, 0, 1).text == "78/150. 在武装冲突中保护文化遗产");
}
