// PDF furniture, masthead and footnote areas: what stands outside the text, read from where it stands.
//
// A Word document prints its header and footer in bands of their own, above and below the text,
// set apart by more white space than ever separates two paragraphs. So each page has a top
// cluster and a bottom cluster: the lines from the page's edge inwards up to the first gap wider
// than 0.8 of the body's font size. A cluster is furniture when one of its lines is furniture by
// its form (a symbol "A/RES/80/41", a job number "25-19986", a page number "2/3", a barcode
// "*2519986*") or stands at the same height, with the same text but for its digits, on another
// page. A running title of one line or two is furniture that way, and never reaches a clause. A
// cluster of more than five lines is not a header: there only the lines that are furniture by form
// or by repetition, and those on a row with them, go.
//
// The first page's top cluster is the masthead ("United Nations", "General Assembly", the symbol,
// "Distr.: General", the date, "Original: English"), the header the segmenter reads metadata
// from: flagged masthead, not furniture. Its gaps are wider, so it is gathered with a gap of 1.5
// body sizes, and only when it holds a symbol.
//
// The footnote area of a page starts at the footnote rule, a line of underscores that Word
// writes as text, and runs to the furniture below. A PDF whose rule is drawn, not written
// (LibreOffice; the UN's own drafts for the sponsors' note), shows the area by its type instead:
// the lines at the page's foot set smaller than the body, below a gap, the first of them led by a
// raised reference mark or a mark of its own ("*", "1").
//
//   page 2 of A/RES/80/41:
//   y 42  "Measures to prevent terrorists from acquiring weapons of"  ─┐ top cluster, gap 16pt below:
//   y 51  "A/RES/80/41"   "mass destruction"                         ─┘ symbol → all furniture
//   y 77  "the International Atomic Energy Agency on 8 July 2005, …"     body
//   y 653 "_______________"                                              rule → footnote area
//   y 667 "⁴ See A/59/361." …                                            footnote area
//   y 748 "2/3"   "25-19986"                                          ─ bottom cluster: furniture
#include <algorithm>
#include <cmath>
#include <map>

#include "load/pagetext_parts.hpp"
#include "load/pdf_parts.hpp"

namespace resdiff::load_detail::pdf {
namespace {

/// A line's text with every run of digits written as one '#': "2/3" and "3/3" read alike.
std::string digits_folded(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool digit = c >= '0' && c <= '9';
    if (digit && !out.empty() && out.back() == '#') continue;
    out += digit ? '#' : c;
  }
  return out;
}

/// The text of a line without white space at its ends.
std::string_view trimmed(const std::string& s) {
  size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
  return b == std::string::npos ? std::string_view() : std::string_view(s).substr(b, e - b + 1);
}

/// True for the footnote rule: five or more underscores and nothing else.
bool is_rule(std::string_view t) { return t.size() >= 5 && t.find_first_not_of('_') == std::string_view::npos; }

/// The most common font size of a document's lines, weighted by their length.
double body_size(const std::vector<Page>& pages) {
  std::map<long, size_t> weight;
  for (const Page& page : pages)
    for (const PageLine& line : page.lines)
      if (line.font_size > 0) weight[std::lround(line.font_size * 4)] += line.text.size();
  long best = 0;
  size_t most = 0;
  for (auto [size, w] : weight)
    if (w > most) most = w, best = size;
  return best > 0 ? static_cast<double>(best) / 4 : 10;
}

/// The indices of a page's lines from its top down (by top edge).
std::vector<size_t> top_down(const Page& page) {
  std::vector<size_t> order(page.lines.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return page.lines[a].top < page.lines[b].top; });
  return order;
}

/// The lines of a page's top cluster: from the top down while no gap is wider than gap, within
/// the page's top quarter.
std::vector<size_t> top_cluster(const Page& page, const std::vector<size_t>& order, double gap, double height) {
  std::vector<size_t> out;
  double bottom = -1e9;
  for (size_t i : order) {
    const PageLine& line = page.lines[i];
    if ((!out.empty() && line.top - bottom > gap) || line.bottom > 0.25 * height) break;
    out.push_back(i);
    bottom = std::max(bottom, line.bottom);
  }
  return out;
}

/// The lines of a page's bottom cluster: from the bottom up while no gap is wider than gap, within
/// the page's bottom quarter.
std::vector<size_t> bottom_cluster(const Page& page, const std::vector<size_t>& order, double gap, double height) {
  std::vector<size_t> by_bottom(order);
  std::stable_sort(by_bottom.begin(), by_bottom.end(), [&](size_t a, size_t b) { return page.lines[a].bottom > page.lines[b].bottom; });
  std::vector<size_t> out;
  double top = 1e9;
  for (size_t i : by_bottom) {
    const PageLine& line = page.lines[i];
    if ((!out.empty() && top - line.bottom > gap) || line.top < 0.75 * height) break;
    out.push_back(i);
    top = std::min(top, line.top);
  }
  return out;
}

/// A line at a page edge, as the repetition test sees it.
struct EdgeLine {
  size_t page;
  bool top;
  double height;
  std::string folded;
};

/// True when the line stands at the same height, with the same folded text, at the same edge of
/// another page.
bool repeats(const std::vector<EdgeLine>& edges, const EdgeLine& line) {
  if (line.folded.size() < 2) return false;
  for (const EdgeLine& e : edges)
    if (e.page != line.page && e.top == line.top && std::abs(e.height - line.height) < 2 && e.folded == line.folded) return true;
  return false;
}

/// Marks a cluster's furniture (see the essay): all of it when it is a header or footer of at most
/// five lines, else only the lines furniture by form or repetition and those on their rows.
void mark_cluster(Page& page, const std::vector<size_t>& cluster, const std::vector<bool>& sure) {
  bool any = false;
  for (size_t k = 0; k < cluster.size(); ++k) any = any || sure[k];
  if (!any) return;
  if (cluster.size() <= 5) {
    for (size_t i : cluster) page.lines[i].furniture = true;
    return;
  }
  for (size_t k = 0; k < cluster.size(); ++k) {
    if (!sure[k]) continue;
    const PageLine& anchor = page.lines[cluster[k]];
    for (size_t i : cluster)
      if (std::min(page.lines[i].bottom, anchor.bottom) - std::max(page.lines[i].top, anchor.top) > 0) page.lines[i].furniture = true;
  }
}

/// True when a line opens with a footnote's reference mark: a raised one, or in small type a digit or
/// a sign ("1Resolution 98/1." as LibreOffice sets it, "* Any changes …").
bool mark_led(const PageLine& line, double body) {
  if (!line.raised.empty() && line.raised.front().begin == 0) return true;
  std::string_view t = trimmed(line.text);
  bool small = line.font_size > 0 && line.font_size < 0.9 * body;
  return small && !t.empty() && ((t[0] >= '0' && t[0] <= '9') || t[0] == '*' || t.rfind("†", 0) == 0 || t.rfind("‡", 0) == 0);
}

/// The footnote area of a page without a written rule: the trailing blocks of lines in the page's
/// lower half (a block ends at a gap or before a mark), each led by a reference mark; above the
/// first, when the page before had an area (continued), a block in small type or set apart from the
/// text by a gap wider than a line continues a footnote from the page before. Returns the index
/// (in order) where the area starts, or order.size().
size_t typeset_area(const Page& page, const std::vector<size_t>& order, double body, double height, bool continued) {
  size_t end = order.size();
  while (end > 0 && page.lines[order[end - 1]].furniture) --end;
  // The blocks from the bottom up, each as [begin, end) in order.
  size_t start = order.size();
  for (size_t k = end; k > 0;) {
    size_t begin = k - 1;
    while (begin > 0) {
      const PageLine& line = page.lines[order[begin]];
      if (mark_led(line, body) || line.gap_before < 0 || line.gap_before > 0.3 * body) break;
      if (page.lines[order[begin - 1]].furniture) break;
      --begin;
    }
    const PageLine& first = page.lines[order[begin]];
    if (first.furniture || first.top < 0.5 * height) break;
    bool small = true;
    for (size_t i = begin; i < k; ++i) small = small && page.lines[order[i]].font_size > 0 && page.lines[order[i]].font_size < 0.9 * body;
    if (mark_led(first, body)) {
      start = begin;
    } else {
      bool set_apart = first.gap_before > 1.2 * body;
      if (continued && (small || set_apart) && start == k) start = begin;  // the rest of a footnote from the page before
      break;
    }
    k = begin;
  }
  return start;
}

}  // namespace

void mark_layout(std::vector<Page>& pages, const std::vector<double>& heights) {
  const double body = body_size(pages);
  const double gap = 0.8 * body;
  std::vector<std::vector<size_t>> orders, tops, bottoms;
  std::vector<EdgeLine> edges;
  for (size_t p = 0; p < pages.size(); ++p) {
    const double height = p < heights.size() ? heights[p] : 792;
    orders.push_back(top_down(pages[p]));
    tops.push_back(p == 0 ? std::vector<size_t>() : top_cluster(pages[p], orders[p], gap, height));
    bottoms.push_back(bottom_cluster(pages[p], orders[p], gap, height));
    for (size_t i : tops[p]) edges.push_back({p, true, pages[p].lines[i].top, digits_folded(trimmed(pages[p].lines[i].text))});
    for (size_t i : bottoms[p]) edges.push_back({p, false, pages[p].lines[i].top, digits_folded(trimmed(pages[p].lines[i].text))});
  }
  auto sure = [&](size_t p, const std::vector<size_t>& cluster, bool top) {
    std::vector<bool> out;
    for (size_t i : cluster) {
      const PageLine& line = pages[p].lines[i];
      std::string_view t = trimmed(line.text);
      out.push_back(pagetext::is_hard_furniture(t) || repeats(edges, {p, top, line.top, digits_folded(t)}));
    }
    return out;
  };
  bool continued = false;  // the page before had a footnote area
  for (size_t p = 0; p < pages.size(); ++p) {
    Page& page = pages[p];
    page.layout_known = true;
    mark_cluster(page, tops[p], sure(p, tops[p], true));
    mark_cluster(page, bottoms[p], sure(p, bottoms[p], false));
    if (p == 0) {  // the masthead
      std::vector<size_t> head = top_cluster(page, orders[p], 1.5 * body, p < heights.size() ? heights[p] : 792);
      bool symbol = false;
      for (size_t i : head) symbol = symbol || pagetext::is_hard_furniture(trimmed(page.lines[i].text));
      if (symbol && head.size() <= 8 && head.size() < page.lines.size())
        for (size_t i : head) page.lines[i].masthead = true;
    }
    // The footnote area: under the written rule, or in smaller type at the page's foot.
    const std::vector<size_t>& order = orders[p];
    size_t start = order.size();
    for (size_t k = 0; k < order.size(); ++k)
      if (!page.lines[order[k]].furniture && is_rule(trimmed(page.lines[order[k]].text))) {
        start = k;
        break;
      }
    if (start == order.size()) start = typeset_area(page, order, body, p < heights.size() ? heights[p] : 792, continued);
    continued = start < order.size();
    for (size_t k = start; k < order.size(); ++k)
      if (!page.lines[order[k]].furniture) page.lines[order[k]].footnote_area = true;
  }
}

}  // namespace resdiff::load_detail::pdf
