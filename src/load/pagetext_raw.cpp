// Raw page text: text copied out of a PDF with its page furniture still in it, recognised and
// cut back into pages for the repairer.
//
// Two kinds of such text are recognised. Text copied out of a PDF viewer shows the printer's marks
// (below). pdftotext's output (default or -layout) may have none of them — a LibreOffice PDF
// prints no job number — but it separates its pages by form feeds and keeps the PDF's line wraps:
// lines no longer than a printed line, running on with no blank line between them. Form feeds and
// such hard-wrapped lines together mark it as page text too.
//
// Such text shows the printer's marks between its pages: the symbol, the running title, the job
// number and the page number, often with trailing spaces on every line (the extractor padded
// them). Pages are cut at form feeds when there are any (pdftotext writes them); otherwise at
// each cluster of furniture that holds a page number ("2/18"), which is where one page ended and
// the next began. Furniture found on the way is dropped, the first page's header block ("Distr.:
// General", the date) is kept, and the pages go to lines_from_pages.
//
//   "2 Resolution 70/1."                ← page 1 ends (its last footnote)
//   ""
//   "A/RES/80/5 "                       ┐
//   "Doha Political Declaration … the " │ cluster with "2/18": the page break
//   "title “the Second World …” "       │
//   "25-17700"                          │
//   "2/18 "                             ┘
//   "consequences in accordance with …" ← page 2 begins
#include <algorithm>

#include "load/pagetext_parts.hpp"

namespace resdiff::load_detail {
namespace {
using namespace pagetext;

/// A line of raw text: text only, no layout, and its 1-based line number.
PageLine raw_line(std::string_view text, int number) {
  PageLine line;
  line.text = std::string(text);
  line.source_line = number;
  return line;
}

/// The lines of text with their 1-based line numbers, YAML front matter skipped; a form feed
/// inside a line starts a new page there.
std::vector<Page> split_lines(std::string_view text, bool& form_feeds) {
  std::vector<Page> pages(1);
  form_feeds = false;
  int number = 0;
  size_t pos = 0;
  bool front_matter = text.substr(0, 4) == "---\n" || text.substr(0, 5) == "---\r\n";
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++number;
    pos = end + 1;
    if (front_matter) {
      if (number > 1 && (line == "---" || line == "...")) front_matter = false;
      continue;
    }
    for (size_t ff = line.find('\f'); ff != std::string_view::npos; ff = line.find('\f')) {
      if (ff > 0) pages.back().lines.push_back(raw_line(line.substr(0, ff), number));
      pages.emplace_back();
      form_feeds = true;
      line = line.substr(ff + 1);
    }
    if (end == text.size() && line.empty()) break;
    pages.back().lines.push_back(raw_line(line, number));
  }
  while (pages.size() > 1 && pages.back().lines.empty()) pages.pop_back();
  return pages;
}

/// Cuts one page of raw text into pages at the furniture clusters that hold a page number,
/// dropping all the furniture it finds.
std::vector<Page> cut_at_furniture(const Page& all) {
  std::vector<Row> lines = flatten({all});
  std::vector<bool> furniture = find_furniture(lines, false);
  std::vector<Page> pages(1);
  for (size_t i = 0; i < lines.size();) {
    if (!furniture[i] && !lines[i].blank) {
      pages.back().lines.push_back(all.lines[i]);
      ++i;
      continue;
    }
    // A run of furniture and blank lines: a page break if it holds a page number.
    size_t end = i;
    bool page_number = false;
    while (end < lines.size() && (furniture[end] || lines[end].blank)) {
      if (furniture[end]) page_number = page_number || is_page_number(lines[end].in.text);
      ++end;
    }
    if (page_number) {
      pages.emplace_back();
    } else {
      for (size_t k = i; k < end; ++k)
        if (lines[k].blank) pages.back().lines.push_back(all.lines[k]);
    }
    i = end;
  }
  return pages;
}

/// Counts the lines of text for which pred holds.
template <class Pred>
size_t count_lines(std::string_view text, Pred pred) {
  size_t n = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    n += pred(line) ? 1 : 0;
    pos = end + 1;
  }
  return n;
}

/// The line without the blanks around it.
std::string_view trimmed(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\f\v");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\f\v");
  return s.substr(b, e - b + 1);
}

/// True when text is set in hard-wrapped lines rather than one paragraph per line: lines no longer
/// than a printed line (90 % of them at most 110 characters, none past 200), most of them followed
/// directly by another line with no blank between, as paragraphs of wrapped lines are.
bool hard_wrapped(std::string_view text) {
  std::vector<size_t> lengths;
  size_t followed = 0;
  bool previous_text = false;
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = trimmed(text.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty()) {
      previous_text = false;
      continue;
    }
    followed += previous_text ? 1 : 0;
    previous_text = true;
    size_t n = 0;
    for (char c : line) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    lengths.push_back(n);
  }
  if (lengths.size() < 8) return false;
  std::sort(lengths.begin(), lengths.end());
  return lengths[lengths.size() * 9 / 10] <= 110 && lengths.back() <= 200 && followed * 2 >= lengths.size();
}

/// The value of a line holding nothing but a footnote number of one to three digits, else 0.
int bare_note_number(std::string_view line) {
  std::string_view t = trimmed(line);
  if (t.empty() || t.size() > 3 || t.find_first_not_of("0123456789") != std::string_view::npos) return 0;
  return std::stoi(std::string(t));
}

/// pdftotext sometimes writes the footnotes of a page with each number after its text
/// ("Official Records …", "No. 11 (A/80/11).", "1", then the form feed): moves each such number,
/// alone on its line, up to the first line of its note's text, where the footnote reader looks
/// for it. Working up from the page's end, numbers one less each time: a note's text starts after
/// a blank line or, without one, at a capital after a line that stops mid-sentence.
void move_trailing_note_numbers(std::vector<Page>& pages) {
  for (Page& page : pages) {
    std::vector<PageLine>& lines = page.lines;
    auto blank = [&](size_t i) { return trimmed(lines[i].text).empty(); };
    size_t last = lines.size();
    int expected = 0;
    while (true) {
      while (last > 0 && blank(last - 1)) --last;
      if (last < 3) break;
      int number = bare_note_number(lines[last - 1].text);
      if (number <= 0 || (expected > 0 && number != expected)) break;
      size_t first = last - 1;
      while (first > 0 && !blank(first - 1) && bare_note_number(lines[first - 1].text) == 0) --first;
      if (first == 0 || first + 8 < last || (first > 0 && !blank(first - 1))) {
        first = 0;
        for (size_t k = last - 1; k-- > 0 && k + 8 >= last && !blank(k);) {
          std::string_view above = k > 0 ? trimmed(lines[k - 1].text) : std::string_view();
          if (k > 0 && !above.empty() && is_lower(last_code_point(above)) && is_upper(first_letter(trimmed(lines[k].text)))) {
            first = k;
            break;
          }
        }
      }
      if (first == 0 || first == last - 1) break;  // no footnote text found above the number
      PageLine moved = lines[last - 1];
      lines.erase(lines.begin() + static_cast<long>(last - 1));
      lines.insert(lines.begin() + static_cast<long>(first), std::move(moved));
      last = first;
      expected = number - 1;
      if (expected <= 0) break;
    }
  }
}

}  // namespace

bool looks_like_page_text(std::string_view text) {
  size_t page_numbers = count_lines(text, [](std::string_view l) { return is_page_number(trimmed(l)); });
  size_t furniture = count_lines(text, [](std::string_view l) {
    std::string_view t = trimmed(l);
    return !t.empty() && is_hard_furniture(t) && !is_page_number(t);
  });
  size_t text_lines = count_lines(text, [](std::string_view l) { return !trimmed(l).empty(); });
  size_t padded = count_lines(text, [](std::string_view l) { return !trimmed(l).empty() && (l.back() == ' ' || l.back() == '\t'); });
  bool form_feeds = text.find('\f') != std::string_view::npos;
  int score = 0;
  score += page_numbers >= 2;
  score += furniture >= 2;
  score += form_feeds;
  score += text_lines >= 20 && padded * 10 >= text_lines * 3;
  score += form_feeds && hard_wrapped(text);  // pdftotext: pages, and lines as the PDF set them
  return score >= 2;
}

std::vector<Line> lines_from_container(const std::vector<Block>& blocks, bool* unmarked) {
  // One container paragraph per printed line (a PDF pasted into Word) joins as lines; paragraphs
  // of running text keep a blank line between them.
  std::string lines, paragraphs;
  for (const Block& block : blocks) {
    lines += block.text + "\n";
    paragraphs += block.text + "\n\n";
  }
  if (!looks_like_page_text(lines)) return {};
  return lines_from_page_text(hard_wrapped(lines) ? lines : paragraphs, unmarked);
}

std::vector<Line> lines_from_page_text(std::string_view text, bool* unmarked) {
  bool form_feeds = false;
  std::vector<Page> pages = split_lines(text, form_feeds);
  if (!form_feeds && pages.size() == 1) pages = cut_at_furniture(pages.front());
  if (form_feeds) move_trailing_note_numbers(pages);
  std::vector<Line> lines = lines_from_pages(pages);
  // pdftotext's plain text, or lines pasted one per paragraph into a container that kept no empty
  // ones: no blank line sets paragraphs apart.
  bool blank_lines = false;
  for (const Line& line : lines) blank_lines = blank_lines || (line.gap >= 1 && !line.positioned);
  if (unmarked) *unmarked = form_feeds || !blank_lines;
  return lines;
}

}  // namespace resdiff::load_detail
