// PDF reader: poppler-cpp's word boxes in, the page-text repairer's pages out.
//
// poppler gives each page as word boxes: text, bounding box (points, y growing down), font name
// and size, and whether a space follows. Words become lines by their vertical overlap (a
// superscript footnote marker, raised and smaller, still overlaps its line), and a line's words
// are read left to right: a space where poppler saw one or where the gap is wider than a fifth
// of the font size (a tab after "1."). Superscript digits are written as Unicode superscripts
// ("2098,¹"), so that the repairer can tell a marker from a number. Italic runs come from font
// names with "Italic" or "Oblique" in them (recital openers), bold from "Bold".
//
// A page set in two columns shows a gutter: a vertical strip in the middle third that almost no
// word covers, with words on both sides of it at the same heights. Lines that run across the
// gutter (titles) are full-width and cut the page into bands; inside each band the left column
// is read before the right one.
//
//   "Recalling"(Italic, 12pt) "its" … "2098,"(12pt) "1"(7pt, raised)
//     → PageLine{"Recalling its resolution 98/1 of 2 January 2098,¹", italics [0, 9)}
//
// What cannot be read is an Error naming the file: a password-protected PDF, a PDF without any
// text (a scanned image), a truncated or corrupt file. poppler's own complaints are silenced.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <memory>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include "load/formats.hpp"
#include "load/pagetext.hpp"

namespace resdiff::load_detail {
namespace {

/// Swallows poppler's diagnostics, which it would otherwise print on standard error.
void ignore_message(const std::string&, void*) {}

/// One word box of a page, as poppler gave it, with its italic and bold runs.
struct Word {
  std::string text;
  std::vector<Span> italics, bold;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double size = 0;
  bool space_after = false, superscript = false;
};

/// True when name contains any of the words, compared without case.
bool name_has(std::string name, std::initializer_list<const char*> words) {
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* w : words)
    if (name.find(w) != std::string::npos) return true;
  return false;
}

/// UTF-8 for one UTF-16 code point; typographic ligatures (U+FB00–FB06) spelt out.
std::string utf8_of(char32_t c) {
  static const char* const spelt[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
  if (c >= 0xFB00 && c <= 0xFB06) return spelt[c - 0xFB00];
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

/// Adds [begin, end) to spans, extending the last span when they touch.
void add_run(std::vector<Span>& spans, size_t begin, size_t end) {
  if (!spans.empty() && spans.back().end == begin) spans.back().end = end;
  else spans.push_back({begin, end});
}

/// The words of a page, horizontal text only; italic and bold glyph by glyph from font names.
std::vector<Word> page_words(const poppler::page& page) {
  std::vector<Word> words;
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    if (box.rotation() != 0) continue;
    Word w;
    poppler::ustring u = box.text();
    bool fonts = box.has_font_info();
    for (size_t i = 0; i < u.size(); ++i) {
      char32_t c = u[i];
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < u.size()) c = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] - 0xDC00);
      std::string piece = (c == 0 || (c >= 0xD800 && c <= 0xDFFF)) ? std::string() : utf8_of(c);
      size_t begin = w.text.size();
      w.text += piece;
      if (fonts && !piece.empty()) {
        std::string font = box.get_font_name(static_cast<int>(i));
        if (name_has(font, {"italic", "oblique"})) add_run(w.italics, begin, w.text.size());
        if (name_has(font, {"bold", "black", "heavy", "semibold", "demi"})) add_run(w.bold, begin, w.text.size());
      }
      if (c >= 0x10000) ++i;
    }
    while (!w.text.empty() && w.text.back() == ' ') w.text.pop_back();
    if (w.text.empty()) continue;
    poppler::rectf r = box.bbox();
    w.x0 = r.x();
    w.y0 = r.y();
    w.x1 = r.x() + r.width();
    w.y1 = r.y() + r.height();
    w.size = fonts ? box.get_font_size() : r.height();
    w.space_after = box.has_space_after();
    words.push_back(std::move(w));
  }
  return words;
}

/// Vertical overlap of two extents.
double overlap(double a0, double a1, double b0, double b1) { return std::min(a1, b1) - std::max(a0, b0); }

/// Groups words into lines by vertical overlap, top to bottom; each line's words left to right.
std::vector<std::vector<Word>> group_lines(std::vector<Word> words) {
  std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) { return a.y0 < b.y0; });
  std::vector<std::vector<Word>> lines;
  double top = 0, bottom = 0;
  for (Word& w : words) {
    if (!lines.empty() && overlap(top, bottom, w.y0, w.y1) >= 0.5 * std::min(bottom - top, w.y1 - w.y0)) {
      top = std::min(top, w.y0);
      bottom = std::max(bottom, w.y1);
      lines.back().push_back(std::move(w));
      continue;
    }
    top = w.y0;
    bottom = w.y1;
    lines.push_back({std::move(w)});
  }
  for (auto& line : lines)
    std::sort(line.begin(), line.end(), [](const Word& a, const Word& b) { return a.x0 < b.x0; });
  return lines;
}

/// The font size carrying most of a line's characters.
double main_size(const std::vector<Word>& line) {
  std::vector<std::pair<double, size_t>> sizes;
  for (const Word& w : line) {
    auto it = std::find_if(sizes.begin(), sizes.end(), [&](auto& s) { return std::abs(s.first - w.size) < 0.25; });
    if (it == sizes.end()) sizes.push_back({w.size, w.text.size()});
    else it->second += w.text.size();
  }
  return std::max_element(sizes.begin(), sizes.end(), [](auto a, auto b) { return a.second < b.second; })->first;
}

/// Digits as Unicode superscript digits; other text unchanged.
std::string superscript_digits(const std::string& s) {
  static const char* const digits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  if (s.find_first_not_of("0123456789") != std::string::npos) return s;
  std::string out;
  for (char c : s) out += digits[c - '0'];
  return out;
}

/// Makes one PageLine out of a line's words.
PageLine make_line(std::vector<Word>& words, int column, int number) {
  PageLine line;
  double size = main_size(words);
  double top = 1e9, bottom = -1e9;
  for (const Word& w : words)
    if (std::abs(w.size - size) < 0.25) top = std::min(top, w.y0), bottom = std::max(bottom, w.y1);
  double middle = (top + bottom) / 2;
  for (Word& w : words) w.superscript = w.size < 0.8 * size && (w.y0 + w.y1) / 2 < middle - 0.1 * size;
  for (size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    if (i > 0 && !w.superscript) {
      const Word& p = words[i - 1];
      if (p.space_after || w.x0 - p.x1 > 0.2 * size) line.text += ' ';
    }
    size_t begin = line.text.size();
    std::string text = w.superscript ? superscript_digits(w.text) : w.text;
    bool whole = text.size() != w.text.size();  // superscript digits: runs cover the whole
    line.text += text;
    for (Span s : w.italics) line.italics.push_back(whole ? Span{begin, line.text.size()} : Span{begin + s.begin, begin + s.end});
    for (Span s : w.bold) line.bold.push_back(whole ? Span{begin, line.text.size()} : Span{begin + s.begin, begin + s.end});
  }
  line.font_size = size;
  line.positioned = true;
  line.left = words.front().x0;
  line.right = words.back().x1;
  for (const Word& w : words) line.right = std::max(line.right, w.x1);
  line.top = top;
  line.bottom = bottom;
  line.first_word_width = words.front().x1 - words.front().x0;
  line.second_word_left = words.size() > 1 ? words[1].x0 : line.left;
  line.column = column;
  line.source_line = number;
  return line;
}

/// The x where a page's two columns part, or a negative number when it has one column.
double find_gutter(const std::vector<Word>& words, double width) {
  if (words.size() < 40 || width <= 0) return -1;
  const int from = static_cast<int>(0.3 * width), to = static_cast<int>(0.7 * width);
  std::vector<int> cover(static_cast<size_t>(to - from), 0);
  for (const Word& w : words)
    for (int x = std::max(from, static_cast<int>(w.x0)); x < std::min(to, static_cast<int>(std::ceil(w.x1))); ++x)
      ++cover[static_cast<size_t>(x - from)];
  // Only full-width lines (titles) cover a gutter; elsewhere most lines do.
  const int most = *std::max_element(cover.begin(), cover.end());
  const int few = std::max(2, most / 4);
  int best_begin = -1, best_length = 0;
  for (int x = 0; x < to - from;) {
    if (cover[static_cast<size_t>(x)] > few) {
      ++x;
      continue;
    }
    int end = x;
    while (end < to - from && cover[static_cast<size_t>(end)] <= few) ++end;
    if (end - x > best_length) best_begin = x, best_length = end - x;
    x = end;
  }
  if (best_length < 8) return -1;
  double gutter = from + best_begin + best_length / 2.0;
  // Both sides must carry text at the same heights, line after line.
  int side_by_side = 0;
  for (const auto& line : group_lines(words)) {
    bool left = false, right = false;
    for (const Word& w : line) left = left || w.x1 <= gutter, right = right || w.x0 >= gutter;
    side_by_side += left && right;
  }
  return side_by_side >= 5 ? gutter : -1;
}

/// True when a line runs across the gutter: a word covers it, or the words on both sides of it
/// stand as close as words in a sentence.
bool spans_gutter(const std::vector<Word>& line, double gutter) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i].x0 < gutter && line[i].x1 > gutter) return true;
    if (i > 0 && line[i - 1].x1 <= gutter && line[i].x0 >= gutter && line[i].x0 - line[i - 1].x1 < 1.2 * line[i].size) return true;
  }
  return false;
}

/// Cuts a row of words where they stand far apart (wider than a fifth of the page): "United
/// Nations … A/RES/80/5" on the first page is two lines that share a baseline.
std::vector<std::vector<Word>> split_row(std::vector<Word>& row, double width) {
  std::vector<std::vector<Word>> parts(1);
  for (Word& w : row) {
    if (!parts.back().empty() && w.x0 - parts.back().back().x1 > std::max(4 * w.size, 0.2 * width)) parts.emplace_back();
    parts.back().push_back(std::move(w));
  }
  return parts;
}

/// The lines of a page in reading order, columns read one after the other between full-width lines.
std::vector<PageLine> page_lines(const std::vector<Word>& words, double width, int& number) {
  std::vector<PageLine> out;
  double gutter = find_gutter(words, width);
  if (gutter < 0) {
    for (auto& row : group_lines(words))
      for (auto& line : split_row(row, width)) out.push_back(make_line(line, 0, ++number));
    return out;
  }
  std::vector<std::vector<Word>> full;
  std::vector<Word> left, right;
  for (auto& line : group_lines(words)) {
    if (spans_gutter(line, gutter)) {
      full.push_back(std::move(line));
      continue;
    }
    for (Word& w : line) (w.x1 <= gutter ? left : right).push_back(std::move(w));
  }
  auto left_lines = group_lines(std::move(left)), right_lines = group_lines(std::move(right));
  size_t l = 0, r = 0;
  auto flush = [&](double until) {
    for (; l < left_lines.size() && left_lines[l].front().y0 < until; ++l) out.push_back(make_line(left_lines[l], 1, ++number));
    for (; r < right_lines.size() && right_lines[r].front().y0 < until; ++r) out.push_back(make_line(right_lines[r], 2, ++number));
  };
  for (auto& line : full) {
    double top = line.front().y0;
    for (const Word& w : line) top = std::min(top, w.y0);
    flush(top);
    out.push_back(make_line(line, 0, ++number));
  }
  flush(1e18);
  return out;
}

/// True when the last kilobytes of bytes hold the "%%EOF" that ends every complete PDF.
bool has_end_marker(std::string_view bytes) {
  size_t tail = std::min<size_t>(bytes.size(), 4096);
  return bytes.substr(bytes.size() - tail).find("%%EOF") != std::string_view::npos;
}

}  // namespace

Expected<Source> load_pdf(std::string_view bytes, const std::string& path) {
  poppler::set_debug_error_function(ignore_message, nullptr);
  if (bytes.substr(0, std::min<size_t>(bytes.size(), 1024)).find("%PDF-") == std::string_view::npos)
    return Error{path, "not a valid PDF: no %PDF- header"};
  if (!has_end_marker(bytes)) return Error{path, "not a valid PDF: the file is truncated (no %%EOF at its end)"};
  if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max())) return Error{path, "not a valid PDF: too large"};
  try {
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) {
      if (bytes.find("/Encrypt") != std::string_view::npos)
        return Error{path, "encrypted PDF: it cannot be opened without its password"};
      return Error{path, "not a valid PDF: its structure cannot be read"};
    }
    if (doc->is_locked()) return Error{path, "encrypted PDF: it cannot be opened without its password"};
    Source source;
    source.path = path;
    source.format = Format::Pdf;
    if (doc->is_encrypted()) source.warnings.push_back("encrypted PDF without an open password: read anyway");
    std::vector<Page> pages;
    int number = 0;
    size_t characters = 0;
    for (int i = 0; i < doc->pages(); ++i) {
      std::unique_ptr<poppler::page> page(doc->create_page(i));
      if (!page) {
        source.warnings.push_back("page " + std::to_string(i + 1) + " cannot be read: skipped");
        continue;
      }
      std::vector<Word> words = page_words(*page);
      for (const Word& w : words) characters += w.text.size();
      pages.push_back(Page{page_lines(words, page->page_rect().width(), number)});
    }
    if (pages.empty()) return Error{path, "not a valid PDF: it has no pages"};
    if (characters == 0) return Error{path, "PDF has no text layer (scanned image?): cannot read it"};
    source.blocks = repair_pages(pages, source.warnings);
    return source;
  } catch (const std::exception& e) {
    return Error{path, std::string("not a valid PDF: ") + e.what()};
  }
}

}  // namespace resdiff::load_detail
