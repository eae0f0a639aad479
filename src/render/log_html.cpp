// `resdiff log --format html`: one self-contained page with the history of a series as a grid.
//
//            72/42  73/55  74/43  75/58  76/28  77/75  78/43  79/42  80/41
//   PP1        ●      t      t      t      t      t      t      t      t
//   PP5        ●                           S                    S
//   PP8        ●                    S      S                    S
//   OP2        ●                                                       S
//
// One row per clause of the newest version (its label and first words), then one row per clause
// dropped along the way; one column per version. A cell says what the clause was in that version:
// new (●), unchanged (blank), technical (t), substantive (S), moved (↕), split (÷), merged (⊕), gone
// (✕), or absent (shaded). A cell with something to show is a link: it opens a panel (CSS
// :target, no script needed) with the clause's labels in that version and its text with the word
// changes of that step marked (<del>/<ins>, technical edits muted) — or, for "new" and "gone",
// the text as it came or as it was when it went. Below the grid, every clause again in reading
// order with its since line, its text and its steps, for reading and printing.
#include <optional>
#include <string>

#include "html_style.hpp"
#include "log_words.hpp"
#include "names.hpp"
#include "render/tally.hpp"
#include "resdiff/render_history.hpp"

namespace resdiff {

namespace {

using html_assets::anchor_of;
using html_assets::esc;
using html_assets::redline;
using log_words::Cell;

constexpr size_t kPreviewWords = 7;

const char* kGridStyle = R"CSS(
body { max-width: 90rem; }
.versions { display: flex; flex-wrap: wrap; gap: .4rem .9rem; margin: .5rem 0 1rem; padding: 0; list-style: none; font-size: .88rem; }
.versions li { background: var(--band); border: 1px solid var(--rule); border-radius: 6px; padding: .2rem .6rem; }
.versions b { margin-right: .35rem; }
.legend-grid { display: flex; flex-wrap: wrap; gap: .3rem .9rem; font-size: .85rem; color: var(--muted); margin: .4rem 0 .8rem; }
.legend-grid span { display: inline-flex; align-items: center; gap: .3rem; }
.legend-grid i { display: inline-block; width: 1.5rem; height: 1.2rem; border-radius: 3px; border: 1px solid var(--rule);
  font-style: normal; text-align: center; line-height: 1.15rem; font-size: .8rem; }
.gridwrap { overflow-x: auto; }
table.grid { width: auto; border-collapse: separate; border-spacing: 2px; font-size: .85rem; }
table.grid th, table.grid td { border: 0; padding: 0; }
table.grid thead th { background: none; font-weight: 600; text-align: center; padding: .1rem .25rem; white-space: nowrap; }
table.grid th.clause-label { text-align: left; white-space: nowrap; padding: 0 .5rem 0 .2rem; font-weight: 700; }
table.grid td.preview { color: var(--muted); white-space: nowrap; max-width: 22rem; overflow: hidden; text-overflow: ellipsis;
  padding: 0 .6rem 0 0; }
table.grid tr.section th { text-align: left; padding: .6rem .2rem .2rem; font-size: .8rem; text-transform: uppercase;
  letter-spacing: .05em; color: var(--muted); }
.cell, .legend-grid i { min-width: 3.2rem; height: 1.6rem; }
.cell { display: block; border-radius: 3px; text-align: center; line-height: 1.6rem; text-decoration: none; color: var(--ink); }
a.cell:hover, a.cell:focus { outline: 2px solid var(--accent); outline-offset: 1px; }
.c-absent { background: repeating-linear-gradient(45deg, #f3f4f6, #f3f4f6 4px, #e9ebee 4px, #e9ebee 8px); }
.c-new { background: #cfe8ff; color: #0b4a8a; font-weight: 700; }
.c-unchanged { background: #f6f8fa; color: #b0b7bf; }
.c-technical { background: #e6e9ed; color: #57606a; }
.c-substantive { background: #ffd8a8; color: #8a4600; font-weight: 700; }
.c-moved { background: #e5dbff; color: #5a32a3; font-weight: 700; }
.c-split, .c-merged { background: #d0ebff; color: #1f6feb; font-weight: 700; }
.c-gone { background: #ffd6d6; color: var(--del); font-weight: 700; }
.panel { display: none; position: fixed; z-index: 5; left: 50%; bottom: 1rem; transform: translateX(-50%);
  width: min(62rem, calc(100% - 2rem)); max-height: 60vh; overflow: auto; background: var(--paper);
  border: 1px solid var(--rule); border-radius: 8px; box-shadow: 0 8px 30px rgba(0,0,0,.18); padding: .8rem 1.1rem 1rem; }
.panel:target { display: block; }
.panel .close { float: right; text-decoration: none; font-size: 1.3rem; line-height: 1; color: var(--muted); }
.panel h3 { margin: 0 0 .4rem; font-size: 1rem; }
.panel p { margin: .3rem 0; }
.history .since { color: var(--muted); font-size: .9rem; }
.history .step { margin: .3rem 0 .3rem 1rem; padding-left: .6rem; border-left: 3px solid var(--rule); }
.history .step .head { font-size: .85rem; color: var(--muted); }
@media print { .panel { display: none !important; } .gridwrap { overflow: visible; }
  .c-absent { background: none; } }
)CSS";

const char* cell_mark(Cell cell) {
  switch (cell) {
    case Cell::New: return "●";
    case Cell::Technical: return "t";
    case Cell::Substantive: return "S";
    case Cell::Moved: return "↕";
    case Cell::Split: return "÷";
    case Cell::Merged: return "⊕";
    case Cell::Gone: return "✕";
    case Cell::Absent:
    case Cell::Unchanged: return "";
  }
  return "";
}

/// The first words of a text, "…" when cut.
std::string preview(const std::string& text) {
  size_t pos = 0;
  for (size_t words = 0; words < kPreviewWords && pos != std::string::npos; ++words) {
    pos = text.find(' ', pos == 0 ? 0 : pos + 1);
  }
  return pos == std::string::npos ? text : text.substr(0, pos) + " …";
}

class LogPage {
 public:
  explicit LogPage(const History& history) : h_(history) {}

  std::string render() {
    const Document& first = h_.version(0);
    const Document& last = h_.newest();
    std::string lang = esc(last.meta.language.value_or("en"));
    std::string title = "History of " + render_names::doc_name(first) + " → " + render_names::doc_name(last);
    o_ += "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    o_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    o_ += "<meta name=\"generator\" content=\"resdiff\">\n";
    o_ += "<title>" + esc(title) + "</title>\n<style>" + std::string(html_assets::stylesheet()) + kGridStyle +
          "</style>\n</head>\n<body>\n";
    header(title);
    grid();
    panels();
    listing();
    o_ += "<footer>Made by resdiff from " + std::to_string(h_.size()) +
          " versions, each compared with the next. <del>Struck through</del>: deleted; <ins>underlined</ins>: inserted; "
          "<del class=\"tech\">muted</del> <ins class=\"tech\">edits</ins>: technical updates.</footer>\n";
    o_ += "</body>\n</html>\n";
    return o_;
  }

 private:
  const History& h_;
  std::string o_;

  std::string lang_attr() const {
    std::string attr = " dir=\"auto\"";
    if (h_.newest().meta.language) attr += " lang=\"" + esc(*h_.newest().meta.language) + "\"";
    return attr;
  }

  /// The id of a clause's row: "PP5" for the newest version's, "gone-3-PP9" for a dropped one.
  std::string row_id(size_t row) const {
    if (row < h_.clauses.size()) return anchor_of(clause_label(h_.newest().clauses[h_.clauses[row].clause]));
    const GoneClause& g = h_.gone[row - h_.clauses.size()];
    return "gone-" + std::to_string(row - h_.clauses.size() + 1) + "-" + anchor_of(clause_label(h_.clause(g.died - 1, g.clause)));
  }
  std::string cell_id(size_t row, size_t k) const { return row_id(row) + "-v" + std::to_string(k); }

  const Lineage& lineage(size_t row) const {
    return row < h_.clauses.size() ? h_.clauses[row].lineage : h_.gone[row - h_.clauses.size()].lineage;
  }
  std::optional<size_t> died(size_t row) const {
    if (row < h_.clauses.size()) return std::nullopt;
    return h_.gone[row - h_.clauses.size()].died;
  }
  const Clause& clause_of(size_t row) const {
    if (row < h_.clauses.size()) return h_.newest().clauses[h_.clauses[row].clause];
    const GoneClause& g = h_.gone[row - h_.clauses.size()];
    return h_.clause(g.died - 1, g.clause);
  }
  size_t rows() const { return h_.clauses.size() + h_.gone.size(); }

  void header(const std::string& title) {
    const Document& last = h_.newest();
    const std::optional<std::string>& doc_title = last.meta.title ? last.meta.title : h_.version(0).meta.title;
    o_ += "<header class=\"report\">\n<h1>" + esc(title);
    if (doc_title) o_ += "<br><small" + lang_attr() + ">" + esc(*doc_title) + "</small>";
    o_ += "</h1>\n<ol class=\"versions\">\n";
    for (size_t k = 0; k < h_.size(); ++k) {
      const Document& doc = h_.version(k);
      std::string detail = render_names::doc_detail(doc);
      o_ += "<li title=\"" + esc(doc.path) + "\"><b>" + esc(h_.labels[k]) + "</b>" + esc(detail) + "</li>\n";
    }
    o_ += "</ol>\n";
    o_ += "<p class=\"verdict\">" + esc(h_.labels.back()) + ": " + esc(log_words::tally_line(h_)) + " · " +
          std::to_string(h_.gone.size()) + " dropped along the way</p>\n</header>\n";
  }

  void legend() {
    o_ += "<div class=\"legend-grid\">";
    for (Cell cell : {Cell::New, Cell::Unchanged, Cell::Technical, Cell::Substantive, Cell::Moved, Cell::Split, Cell::Merged,
                      Cell::Gone, Cell::Absent}) {
      o_ += "<span><i class=\"c-" + std::string(log_words::cell_name(cell)) + "\">" + cell_mark(cell) + "</i>" +
            log_words::cell_name(cell) + "</span>";
    }
    o_ += "</div>\n";
  }

  void grid() {
    o_ += "<section id=\"grid\">\n<h2>Clauses × sessions</h2>\n";
    legend();
    o_ += "<div class=\"gridwrap\"><table class=\"grid\">\n<thead><tr><th></th><th></th>";
    for (const std::string& label : h_.labels) o_ += "<th scope=\"col\">" + esc(label) + "</th>";
    o_ += "</tr></thead>\n<tbody>\n";
    std::string part;
    for (size_t row = 0; row < rows(); ++row) {
      const Clause& c = clause_of(row);
      std::string section = row < h_.clauses.size() ? render_tally::section_name(c.kind) : "Dropped along the way";
      if (section != part) {
        o_ += "<tr class=\"section\"><th colspan=\"" + std::to_string(h_.size() + 2) + "\">" + esc(section) + "</th></tr>\n";
        part = section;
      }
      o_ += "<tr id=\"row-" + row_id(row) + "\"><th scope=\"row\" class=\"clause-label\"><a href=\"#" + row_id(row) + "\">" +
            esc(clause_label(c)) + "</a></th><td class=\"preview\"" + lang_attr() + " title=\"" + esc(c.text) + "\">" +
            esc(preview(c.text)) + "</td>";
      for (size_t k = 0; k < h_.size(); ++k) {
        Cell cell = log_words::cell_at(lineage(row), k, died(row));
        std::string name = log_words::cell_name(cell);
        std::string tip = clause_label(c) + " in " + h_.labels[k] + ": " + name;
        std::string label = log_words::label_in(h_, lineage(row), k);
        if (!label.empty() && label != clause_label(c)) tip += " (as " + label + ")";
        o_ += "<td>";
        if (cell == Cell::Absent || cell == Cell::Unchanged) {
          o_ += "<span class=\"cell c-" + name + "\" title=\"" + esc(tip) + "\">" + cell_mark(cell) + "</span>";
        } else {
          o_ += "<a class=\"cell c-" + name + "\" href=\"#" + cell_id(row, k) + "\" title=\"" + esc(tip) + "\">" + cell_mark(cell) +
                "</a>";
        }
        o_ += "</td>";
      }
      o_ += "</tr>\n";
    }
    o_ += "</tbody>\n</table></div>\n</section>\n";
  }

  /// The text of a step with its word changes marked, or the text as it stood.
  std::string step_html(const HistoryStep& step) const { return redline(step.edits, true, true); }

  void panels() {
    for (size_t row = 0; row < rows(); ++row) {
      const Lineage& l = lineage(row);
      const Clause& c = clause_of(row);
      for (size_t k = 0; k < h_.size(); ++k) {
        Cell cell = log_words::cell_at(l, k, died(row));
        if (cell == Cell::Absent || cell == Cell::Unchanged) continue;
        o_ += "<section class=\"panel\" id=\"" + cell_id(row, k) + "\" role=\"dialog\" aria-label=\"" +
              esc(clause_label(c) + " in " + h_.labels[k]) + "\"><a class=\"close\" href=\"#row-" + row_id(row) +
              "\" aria-label=\"close\">×</a>\n";
        if (cell == Cell::Gone) {
          o_ += "<h3>" + esc(clause_label(c) + " of " + h_.labels[k - 1]) + " — gone in " + esc(h_.labels[k]) + "</h3>\n";
          o_ += "<p" + lang_attr() + "><del>" + esc(c.text) + "</del></p>\n";
        } else if (cell == Cell::New) {
          std::string label = log_words::label_in(h_, l, k);
          o_ += "<h3>" + esc(label) + " — " + (k == 0 ? "as it stands in " : "new in ") + esc(h_.labels[k]) + "</h3>\n";
          o_ += "<p" + lang_attr() + ">" + esc(render_names::clause_texts(h_.version(k), l.trail[k])) + "</p>\n";
        } else {
          const HistoryStep* step = log_words::step_at(l, k);
          o_ += "<h3>" + esc(log_words::step_label(h_, *step)) + " — " + esc(log_words::step_kind(*step)) + " in " +
                esc(h_.labels[k]) + " <small>(from " + esc(h_.labels[k - 1]) + ")</small></h3>\n";
          o_ += "<p" + lang_attr() + ">" + step_html(*step) + "</p>\n";
        }
        o_ += "</section>\n";
      }
    }
  }

  void listing() {
    o_ += "<section class=\"history\">\n<h2>Clause by clause</h2>\n";
    for (size_t row = 0; row < rows(); ++row) {
      const Lineage& l = lineage(row);
      const Clause& c = clause_of(row);
      std::string since = log_words::since_line(h_, l);
      if (died(row)) since += " · gone in " + h_.labels[*died(row)];
      std::string name = row < h_.clauses.size() ? clause_label(c) : clause_label(c) + " of " + h_.labels[*died(row) - 1];
      o_ += "<div class=\"clause\" id=\"" + row_id(row) + "\"><div class=\"head\"><span class=\"label\">" + esc(name) +
            "</span> <span class=\"since\">" + esc(since) + "</span></div>\n<p" + lang_attr() + ">" + esc(c.text) + "</p>\n";
      for (const HistoryStep& step : l.steps) {
        o_ += "<div class=\"step\"><div class=\"head\"><a href=\"#" + cell_id(row, step.at) + "\">" + esc(h_.labels[step.at]) +
              "</a> " + esc(log_words::step_label(h_, step)) + " · " + esc(log_words::step_kind(step)) + "</div><p" + lang_attr() +
              ">" + step_html(step) + "</p></div>\n";
      }
      o_ += "</div>\n";
    }
    o_ += "</section>\n";
  }
};

}  // namespace

std::string render_log_html(const History& history) { return LogPage(history).render(); }

}  // namespace resdiff
