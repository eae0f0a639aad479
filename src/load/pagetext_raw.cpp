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

/// True when a line ends as a clause does (",", ";", ":", ".") with a footnote's marker glued on
/// ("weapons;19", "convention,7"), as a body paragraph does and a footnote's line hardly ever:
/// the line after it may open a footnote's text.
bool ends_clause_with_marker(std::string_view line) {
  std::string_view t = trimmed(line);
  const size_t digits = t.size();
  while (!t.empty() && t.back() >= '0' && t.back() <= '9') t.remove_suffix(1);
  if (t.size() == digits || digits - t.size() > 3) return false;
  char32_t last = last_code_point(t);
  return last == ',' || last == ';' || last == ':' || last == '.';
}

/// True when the number alone on line `at` is cited above it on its page: its digits glued to the
/// end of a word or a mark ("weapons;19"), as a footnote's marker is.
bool cited_above(const std::vector<PageLine>& lines, size_t at) {
  const std::string digits(trimmed(lines[at].text));
  for (size_t k = 0; k < at; ++k) {
    std::string_view t = trimmed(lines[k].text);
    for (size_t pos = t.find(digits); pos != std::string_view::npos; pos = t.find(digits, pos + 1)) {
      const size_t end = pos + digits.size();
      const bool glued = pos > 0 && !(t[pos - 1] >= '0' && t[pos - 1] <= '9') && t[pos - 1] != ' ';
      if (glued && (end == t.size() || t[end] == ' ')) return true;
    }
  }
  return false;
}

/// pdftotext writes the footnotes of a page in its own order: most numbers alone on a line before
/// their texts ("3", "Resolution S-10/2."), some after them ("See 1995 Review …", "annex.", "5"),
/// a first footnote's text even run on below the body's last line with its number after it. The
/// page's footnote numbers are the bare numbers counting up to its end (9, 10, 11, 12); its
/// footnote texts are the blocks of lines after the first of them, apart by blank lines and by
/// the numbers. As many texts as numbers: each number goes to the text of its rank. One text
/// fewer: the first number's text stands above it, starting after a blank line, after a line that
/// ends a clause with a marker ("weapons;19") or at a capital after a line that stops mid-sentence,
/// when the page cites the number above ("weapons;19": a page number is not cited).
/// Each number is put on the line before its text, where the footnote reader looks for it; any
/// other page is left as it is. Nothing is dropped: lines only move.
///
///   "9" "" "A/51/218, annex." "" "See Official Records …" "… para. 18." "10" "" "11" "" "See CD/1999 …"
///   → "9" "A/51/218, annex." "" "10" "See Official Records …" "… para. 18." "" "11" "See CD/1999 …"
void move_trailing_note_numbers(std::vector<Page>& pages) {
  for (Page& page : pages) {
    std::vector<PageLine>& lines = page.lines;
    auto blank = [&](size_t i) { return trimmed(lines[i].text).empty(); };
    // The footnote numbers: bare numbers counting up to the page's end, one less each going up.
    std::vector<size_t> numbers;
    for (size_t i = lines.size(); i-- > 0;) {
      int n = bare_note_number(lines[i].text);
      if (n <= 0) continue;
      if (!numbers.empty() && n != bare_note_number(lines[numbers.back()].text) - 1) break;
      numbers.push_back(i);
    }
    if (numbers.empty()) continue;
    std::reverse(numbers.begin(), numbers.end());
    const size_t first = numbers.front();
    // The texts after the first number: blocks apart by blank lines and by numbers.
    std::vector<std::vector<size_t>> texts;
    bool open = false;
    for (size_t i = first + 1; i < lines.size(); ++i) {
      if (blank(i) || bare_note_number(lines[i].text) > 0) {
        open = false;
        continue;
      }
      if (!open) texts.emplace_back();
      texts.back().push_back(i);
      open = true;
    }
    if (texts.size() + 1 == numbers.size() && cited_above(lines, first)) {
      // The first number's text stands above it: up to a blank line; else (run on below the
      // body) from after a line ending a clause with a marker; else from a capital after a line
      // that stops mid-sentence.
      size_t start = 0;
      auto find = [&](auto opens_after) {
        for (size_t k = first; k-- > 0 && k + 8 >= first && !blank(k);)
          if (k > 0 && opens_after(k)) return k;
        return size_t{0};
      };
      start = find([&](size_t k) { return blank(k - 1); });
      if (start == 0) start = find([&](size_t k) { return ends_clause_with_marker(lines[k - 1].text); });
      if (start == 0)
        start = find([&](size_t k) {
          std::string_view above = trimmed(lines[k - 1].text);
          return is_lower(last_code_point(above)) && is_upper(first_letter(trimmed(lines[k].text)));
        });
      if (start == 0 || start == first) continue;
      std::vector<size_t> above;
      for (size_t k = start; k < first; ++k) above.push_back(k);
      texts.insert(texts.begin(), above);
    }
    if (texts.size() != numbers.size()) continue;
    // Rebuild the page from the first text on: each number, its text, a blank line.
    const size_t from = texts.front().front();
    std::vector<PageLine> out(lines.begin(), lines.begin() + static_cast<long>(std::min(from, first)));
    for (size_t t = 0; t < texts.size(); ++t) {
      out.push_back(lines[numbers[t]]);
      for (size_t k : texts[t]) out.push_back(lines[k]);
      PageLine gap;
      gap.source_line = lines[texts[t].back()].source_line;
      out.push_back(gap);
    }
    lines = std::move(out);
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
