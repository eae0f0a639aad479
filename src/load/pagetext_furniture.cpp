// Page furniture: what the printer put on every page around the text, which a reader must drop.
//
// Some furniture is known by its form alone ("hard" furniture): the document symbol on a line of
// its own ("A/RES/80/5"), the job number ("25-17700 (E)", "25-17700"), the barcode ("*2517700*"),
// the page number ("2/18"; a bare "7" only at a page's top or bottom edge). The running title is
// known by where it stands and by repeating: a line next to hard furniture (or at a page edge)
// that stands next to furniture on at least two pages, and almost nowhere else; or, in a short
// document, a line next to hard furniture whose text repeats a stretch of the first page (the
// title, or, shorter, the title's last line word for word). Such lines are taken one step at a
// time outwards from the hard furniture, so a body line
// that merely happens to repeat elsewhere is never reached unless it touches the furniture.
//
//   "2 Resolution 70/1."                                    footnote, kept
//   "A/RES/80/5"                                            hard: symbol
//   "Doha Political Declaration of the … under the"         running title (beside furniture on 17 pages)
//   "title “the Second World Summit for Social Development”" running title
//   "25-17700"                                              hard: job number
//   "2/18"                                                  hard: page number
//   "consequences in accordance with international law, …"  body, kept (touches, but never repeats)
//
// On the first page, "4 November 2025" sits beside the job number too, but it repeats only once
// and not beside furniture: it stays, with the "Distr.: General" block it belongs to.
#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <set>
#include <string>

#include "load/pagetext_parts.hpp"
#include "resdiff/language.hpp"
#include "resdiff/regex.hpp"

namespace resdiff::load_detail::pagetext {
namespace {

/// True when every character of s is an ASCII digit (and there is one).
bool all_digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

/// A document symbol alone on its line: "A/RES/80/5", "A/C.3/80/L.12", "S/RES/2325 (2016)".
bool is_symbol(std::string_view t) {
  if (t.size() >= 7 && t.substr(t.size() - 7, 2) == " (" && t.back() == ')' && all_digits(t.substr(t.size() - 5, 4)))
    t = t.substr(0, t.size() - 7);
  while (!t.empty() && t.back() == '*') t.remove_suffix(1);
  size_t slash = t.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 3) return false;
  for (size_t i = 0; i < slash; ++i)
    if (t[i] < 'A' || t[i] > 'Z') return false;
  std::string_view rest = t.substr(slash + 1);
  if (rest.empty() || rest.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./-") != std::string_view::npos) return false;
  return rest.find_first_of("0123456789") != std::string_view::npos && rest.back() != '/' && rest.back() != '.';
}

/// A job number: "25-17700", "25-17700 (E)", "25-17700 (E)    041125    051125".
bool is_job_number(std::string_view t) {
  if (t.size() < 7 || !all_digits(t.substr(0, 2)) || t[2] != '-') return false;
  size_t i = 3;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  if (i - 3 < 4 || i - 3 > 6) return false;
  std::string_view rest = t.substr(i);
  size_t lead = rest.find_first_not_of(' ');
  if (lead == std::string_view::npos) return true;
  rest = rest.substr(lead);
  if (rest.size() >= 3 && rest[0] == '(' && rest[2] == ')' && rest[1] >= 'A' && rest[1] <= 'Z') rest = rest.substr(3);
  for (char c : rest)
    if (c != ' ' && (c < '0' || c > '9')) return false;
  return true;
}

/// A barcode line: "*2517700*".
bool is_barcode(std::string_view t) {
  return t.size() >= 7 && t.front() == '*' && t.back() == '*' && all_digits(t.substr(1, t.size() - 2));
}

/// True for a date alone on its line: "4 November 2025", "November 2025" (months of any language).
bool is_date(std::string_view t) {
  bool month = false;
  size_t words = 0;
  for (size_t at = 0; at < t.size();) {
    size_t end = t.find(' ', at);
    if (end == std::string_view::npos) end = t.size();
    std::string_view word = t.substr(at, end - at);
    at = end + 1;
    if (word.empty()) continue;
    ++words;
    bool is_month = lang::listed_in_any(&Language::months, word, true);
    month = month || is_month;
    if (!is_month && (!all_digits(word) || word.size() > 4)) return false;
  }
  return month && words <= 3;
}

/// The index of the nearest non-blank line before i, or -1.
long previous_text(const std::vector<Row>& lines, long i) {
  for (--i; i >= 0; --i)
    if (!lines[static_cast<size_t>(i)].blank) return i;
  return -1;
}

/// The index of the nearest non-blank line after i, or -1.
long next_text(const std::vector<Row>& lines, long i) {
  for (++i; i < static_cast<long>(lines.size()); ++i)
    if (!lines[static_cast<size_t>(i)].blank) return i;
  return -1;
}

/// True when a line ends as a clause's line may (",", ";", ":", and the Chinese and Arabic marks
/// "，" "；" "：" "،" "؛"), which a running title never does.
bool ends_as_clause_line(std::string_view text) {
  switch (last_code_point(text)) {
    case U',': case U';': case U':': case U'，': case U'；': case U'：': case U'،': case U'؛': return true;
    default: return false;
  }
}

/// Text without its spaces and hyphens, for comparing lines wrapped at different places: at a
/// space, at a compound's own hyphen or at a hyphen added inside a word ("destr-" / "uction").
std::string unwrapped(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '-') out += c;
  return out;
}

/// Text with runs of spaces made single, for comparing lines with joined text.
std::string squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

/// Marks the bare numbers standing first or last on their page ("7") that number the pages: those
/// that run with the pages, each the page's index plus one offset that holds on two pages at least
/// (on a document of one or two pages, the page's own number). A footnote marker set apart on a
/// line of its own at a page foot ("1992," / "3") is no page number and stays.
void mark_page_numbers(const std::vector<Row>& lines, const std::vector<long>& bare, std::vector<bool>& furniture) {
  std::map<long, std::set<int>> pages_by_offset;
  int pages = 0;
  for (const Row& line : lines) pages = std::max(pages, line.page + 1);
  auto offset = [&](long i) { return std::stol(lines[static_cast<size_t>(i)].in.text) - lines[static_cast<size_t>(i)].page; };
  for (long i : bare) pages_by_offset[offset(i)].insert(lines[static_cast<size_t>(i)].page);
  for (long i : bare) {
    const long o = offset(i);
    if (pages_by_offset[o].size() >= 2 || (pages <= 2 && o == 1)) furniture[static_cast<size_t>(i)] = true;
  }
}

}  // namespace

bool is_page_number(std::string_view t) {
  size_t slash = t.find('/');
  if (slash != std::string_view::npos) {
    std::string_view a = t.substr(0, slash), b = t.substr(slash + 1);
    while (!a.empty() && a.back() == ' ') a.remove_suffix(1);
    while (!b.empty() && b.front() == ' ') b.remove_prefix(1);
    if (!all_digits(a) || !all_digits(b) || a.size() > 4 || b.size() > 4) return false;
    int page = std::stoi(std::string(a)), count = std::stoi(std::string(b));
    return page >= 1 && page <= count;
  }
  for (const Language* l : lang::all()) {  // "Page 2 of 18", "Page 2"
    if (l->page_word.empty() || t.rfind(l->page_word, 0) != 0) continue;
    std::string_view rest = t.substr(l->page_word.size());
    size_t of = l->page_of.empty() ? std::string_view::npos : rest.find(l->page_of);
    if (of != std::string_view::npos) return all_digits(rest.substr(0, of)) && all_digits(rest.substr(of + l->page_of.size()));
    return all_digits(rest);
  }
  return false;
}

bool is_hard_furniture(std::string_view t) {
  return is_symbol(t) || is_job_number(t) || is_barcode(t) || is_page_number(t) ||
         lang::listed_in_any(&Language::furniture_lines, t, true);
}

std::vector<bool> find_furniture(const std::vector<Row>& lines, bool pages_known) {
  const long n = static_cast<long>(lines.size());
  std::vector<bool> furniture(lines.size(), false);
  std::vector<bool> edge(lines.size(), false);  // first or last two text lines of a known page
  std::vector<long> bare_numbers;                // bare numbers first or last on their page
  for (long i = 0; i < n; ++i)
    if (!lines[static_cast<size_t>(i)].blank && is_hard_furniture(lines[static_cast<size_t>(i)].in.text)) furniture[static_cast<size_t>(i)] = true;
  if (pages_known) {
    for (long i = 0; i < n; ++i) {
      const Row& line = lines[static_cast<size_t>(i)];
      if (line.blank) continue;
      long p = previous_text(lines, i), q = next_text(lines, i);
      bool first = p < 0 || lines[static_cast<size_t>(p)].page != line.page;
      bool last = q < 0 || lines[static_cast<size_t>(q)].page != line.page;
      long pp = p < 0 ? -1 : previous_text(lines, p), qq = q < 0 ? -1 : next_text(lines, q);
      bool second = !first && (pp < 0 || lines[static_cast<size_t>(pp)].page != line.page);
      bool penultimate = !last && (qq < 0 || lines[static_cast<size_t>(qq)].page != line.page);
      edge[static_cast<size_t>(i)] = first || last || second || penultimate;
      if ((first || last) && all_digits(line.in.text) && line.in.text.size() <= 4) bare_numbers.push_back(i);
    }
    mark_page_numbers(lines, bare_numbers, furniture);
  }

  // Lines within three text lines of hard furniture, or at a page edge, stand "near" the furniture.
  std::vector<bool> near_hard(lines.size(), false);
  for (long i = 0; i < n; ++i) {
    if (!furniture[static_cast<size_t>(i)]) continue;
    for (long j = i, k = 0; k < 3 && (j = previous_text(lines, j)) >= 0; ++k) near_hard[static_cast<size_t>(j)] = true;
    for (long j = i, k = 0; k < 3 && (j = next_text(lines, j)) >= 0; ++k) near_hard[static_cast<size_t>(j)] = true;
  }
  std::vector<bool> near(lines.size(), false);
  for (size_t i = 0; i < lines.size(); ++i) near[i] = near_hard[i] || edge[i];
  // How often each text stands near hard furniture, only at a page edge, and in all.
  // The pages after the first, where running titles stand: known pages, else page numbers.
  int later_pages = 0;
  for (long i = 0; i < n; ++i) {
    const Row& line = lines[static_cast<size_t>(i)];
    if (pages_known) later_pages = std::max(later_pages, line.page);
    else if (!line.blank && furniture[static_cast<size_t>(i)] && is_page_number(line.in.text)) ++later_pages;
  }
  // How often each text stands near hard furniture, only at a page edge, and in all; and on how
  // many pages it touches the furniture (the text line before or after it is furniture) or stands
  // first or last on its page.
  struct Seen {
    int near_hard = 0, near_edge = 0, count = 0;
    std::set<int> touching;    // pages (or, pages unknown, furniture runs) where it touches furniture
    std::map<long, int> tops;  // near occurrences by their height on the page (positioned lines)
  };
  std::map<std::string, Seen> seen;
  for (long i = 0; i < n; ++i) {
    const Row& line = lines[static_cast<size_t>(i)];
    if (line.blank || furniture[static_cast<size_t>(i)]) continue;
    Seen& s = seen[squeeze(line.in.text)];
    ++s.count;
    if (near_hard[static_cast<size_t>(i)]) ++s.near_hard;
    else if (edge[static_cast<size_t>(i)]) ++s.near_edge;
    if (near[static_cast<size_t>(i)] && line.in.positioned) ++s.tops[std::lround(line.in.top / 3)];
    long p = previous_text(lines, i), q = next_text(lines, i);
    auto furniture_beside = [&](long j) {
      return j < 0 || (pages_known && lines[static_cast<size_t>(j)].page != line.page) || furniture[static_cast<size_t>(j)];
    };
    bool at_edge = pages_known && (furniture_beside(p) || furniture_beside(q));
    bool touches = (p >= 0 && furniture[static_cast<size_t>(p)]) || (q >= 0 && furniture[static_cast<size_t>(q)]);
    if (at_edge || (!pages_known && touches)) s.touching.insert(pages_known ? line.page : static_cast<int>(i));
  }
  // A running line stands near furniture on two pages (at bare page edges: three), and rarely
  // elsewhere; in a PDF at the same height on both. It touches the furniture on two pages at least
  // and on half the pages after the first: a clause's line that happens to open two of twelve
  // pages ("of time,") is no running title, nor is a line ending as a clause's line does (",", ";",
  // ":"). A date alone ("1 January 2099") is never one: the first page's date and the closing date
  // may both stand near furniture.
  auto running = [&](const std::string& text) {
    auto it = seen.find(text);
    if (it == seen.end() || text.size() < 4 || leading_number(text) || sub_label_length(text) || is_bare_label(text) ||
        is_date(text) || ends_as_clause_line(text))
      return false;
    const Seen& s = it->second;
    int near_count = s.near_hard + s.near_edge, same_height = 0;
    for (auto [top, times] : s.tops) same_height = std::max(same_height, times);
    if (!s.tops.empty() && same_height < 2) return false;
    const int touching = static_cast<int>(s.touching.size());
    return (s.near_hard >= 2 || near_count >= 3) && near_count * 4 >= s.count * 3 && touching >= 2 &&
           touching * 2 >= later_pages;
  };

  // The first page's text away from the furniture, where the title stands.
  long first_page_end = n;
  for (long i = 0; i < n; ++i) {
    const Row& line = lines[static_cast<size_t>(i)];
    if (pages_known ? line.page > 0 : (!line.blank && is_page_number(line.in.text))) {
      first_page_end = i;
      break;
    }
  }
  // Without known pages, the first page ends where the furniture around its page number begins.
  while (!pages_known && first_page_end < n && first_page_end > 0) {
    size_t j = static_cast<size_t>(first_page_end - 1);
    if (!lines[j].blank && !near[j] && !furniture[j]) break;
    --first_page_end;
  }
  // Where the first page prints the title ("80/38. The illicit trade …" to the blank line after it),
  // that block alone: a line of a recital on page 1 that a later page repeats is no running title.
  long title_from = 0, title_to = first_page_end;
  static const std::regex kTitleLine(R"(^\s*\d{1,3}/\d{1,4}\.(\s|$))");
  for (long i = 0; i < first_page_end; ++i)
    if (!lines[static_cast<size_t>(i)].blank && std::regex_search(lines[static_cast<size_t>(i)].in.text, kTitleLine)) {
      title_from = i;
      for (title_to = i + 1; title_to < first_page_end && !lines[static_cast<size_t>(title_to)].blank; ++title_to) {
      }
      break;
    }
  const bool title_found = title_from > 0 || title_to < first_page_end;
  // The title as page 1 prints it, number ("80/38.") left off, and page 1's text away from the
  // furniture when no title line was found; both unwrapped, so that lines wrapped elsewhere
  // (a running title in one line or two) compare. Where the title ends is not written (a text
  // pasted a line per paragraph has blank lines everywhere): it ends at the end of one of the
  // first four lines from the title line.
  std::set<std::string> titles;
  std::string first_page;
  if (title_found) {
    std::string title;
    for (long i = title_from, k = 0; i >= 0 && i < first_page_end && k < 4; i = next_text(lines, i), ++k) {
      std::string text = lines[static_cast<size_t>(i)].in.text;
      if (i == title_from) text = std::regex_replace(text, kTitleLine, "");
      titles.insert(title += unwrapped(text));
    }
  }
  for (long i = title_from; i < title_to && !title_found; ++i)
    if (!lines[static_cast<size_t>(i)].blank && !near[static_cast<size_t>(i)]) first_page += unwrapped(lines[static_cast<size_t>(i)].in.text);
  // A running title is the document's title, whole, in one to three lines of their own beside a
  // later page's furniture, starting where the title starts and ending where one of its lines on
  // page 1 ends: lines that only quote part of it, a body line at a page foot
  // ("“Measures to prevent terrorists from acquiring weapons of mass"), are text. Without a title
  // line on page 1, lines that stand inside the furniture (furniture or the page's edge before and
  // after them) and repeat a long stretch of page 1 word for word. Never lines that end as a
  // clause's line does ("weapons in all its aspects," continuing a recital).
  auto is_running_run = [&](const std::vector<long>& run) {
    std::string text;
    for (long i : run) text += unwrapped(lines[static_cast<size_t>(i)].in.text);
    if (text.empty() || ends_as_clause_line(text)) return false;
    if (title_found) return titles.count(text) > 0;
    return text.size() >= 16 && first_page.find(text) != std::string::npos;
  };

  // Grow the furniture outwards, one neighbour at a time.
  const std::vector<bool> hard = furniture;
  for (bool grew = true; grew;) {
    grew = false;
    for (long i = 0; i < n; ++i) {
      const Row& line = lines[static_cast<size_t>(i)];
      if (line.blank || furniture[static_cast<size_t>(i)] || !near[static_cast<size_t>(i)]) continue;
      long p = previous_text(lines, i), q = next_text(lines, i);
      auto touches = [&](long j) {
        return j >= 0 && furniture[static_cast<size_t>(j)] && (!pages_known || lines[static_cast<size_t>(j)].page == line.page);
      };
      bool at_edge = pages_known && (p < 0 || q < 0 || lines[static_cast<size_t>(p)].page != line.page ||
                                     lines[static_cast<size_t>(q)].page != line.page);
      std::string text = squeeze(line.in.text);
      bool beside = touches(p) || touches(q);
      if ((beside || at_edge) && running(text)) furniture[static_cast<size_t>(i)] = grew = true;
    }
    // Runs of one to three text lines of a later page (blank lines between them skipped, lines
    // found running above may be among them) beside its furniture that spell the title.
    for (long i = first_page_end; i < n; ++i) {
      if (lines[static_cast<size_t>(i)].blank || hard[static_cast<size_t>(i)]) continue;
      const int page = lines[static_cast<size_t>(i)].page;
      auto in_cluster = [&](long j) {  // furniture, or beyond the page's edge
        return j < 0 || (pages_known && lines[static_cast<size_t>(j)].page != page) || furniture[static_cast<size_t>(j)];
      };
      auto furniture_on_page = [&](long j) {
        return j >= 0 && furniture[static_cast<size_t>(j)] && (!pages_known || lines[static_cast<size_t>(j)].page == page);
      };
      std::vector<long> run{i};
      for (long j = next_text(lines, i); run.size() < 3 && j >= 0 && !hard[static_cast<size_t>(j)] &&
                                         (!pages_known || lines[static_cast<size_t>(j)].page == page);
           j = next_text(lines, j))
        run.push_back(j);
      for (size_t len = 1; len <= run.size(); ++len) {
        bool open = false;
        for (size_t k = 0; k < len; ++k) open = open || !furniture[static_cast<size_t>(run[k])];
        const long before = previous_text(lines, run.front()), after = next_text(lines, run[len - 1]);
        const bool beside = title_found ? furniture_on_page(before) || furniture_on_page(after)
                                        : in_cluster(before) && in_cluster(after);
        if (!open || !beside || !is_running_run(std::vector<long>(run.begin(), run.begin() + static_cast<long>(len)))) continue;
        for (size_t k = 0; k < len; ++k) furniture[static_cast<size_t>(run[k])] = true;
        grew = true;
        break;
      }
    }
  }
  return furniture;
}

}  // namespace resdiff::load_detail::pagetext
