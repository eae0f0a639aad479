// The terminal and plain-text view of a History (`resdiff log`): one block per clause of the
// newest version, then the clauses dropped along the way.
//
//   History of A/RES/72/42 → A/RES/80/41 · 9 versions
//   Measures to prevent terrorists from acquiring weapons of mass destruction
//
//     72/42  72nd session, 4 Dec 2017   fixtures/pagetext/A_RES_72_42.pagetext.txt
//     …
//
//   80/41: 24 clauses · 9 unchanged · 4 only technical updates · 11 substantive changes · 0 added after 72/42
//   Dropped along the way: none
//
//   ── Preamble ─────────────────────────────
//
//   PP5  since 72/42 · changed in 76/28 (substantive), 79/42 (substantive)
//       Recalling Security Council resolutions 2325 (2016) of 15 December 2016 and 2663 (2022) …
//
// With verbose (-v), each block goes on with one paragraph per step: the version, the clause's
// labels before and after ("PP8→9" when renumbered), the kind of the step, and the clause's text
// with that step's word changes marked as the two-way view marks them ("[-…-]{+…+}" without
// colour, technical edits muted with it). A dropped clause is shown with the version it came in,
// the one it went in and its last text.
#include <algorithm>
#include <optional>
#include <string>

#include "layout.hpp"
#include "log_words.hpp"
#include "names.hpp"
#include "render/tally.hpp"
#include "resdiff/render_history.hpp"

namespace resdiff {

namespace {

using layout::Run;
using layout::Runs;
using layout::Style;

constexpr int kIndent = 4;      // clause text under its label line
constexpr int kStepIndent = 8;  // a step's text under its line
constexpr int kNarrowest = 20;  // the narrowest width wrapped to

class LogView {
 public:
  LogView(const History& history, const RenderOptions& options, bool verbose)
      : h_(history), options_(options), verbose_(verbose) {}

  std::string render() {
    header();
    summary();
    std::optional<ClauseKind> part;
    for (const ClauseHistory& clause : h_.clauses) {
      const Clause& c = h_.newest().clauses[clause.clause];
      if (!part || render_tally::section_name(*part) != std::string(render_tally::section_name(c.kind))) heading(c.kind);
      part = c.kind;
      block(clause_label(c), clause.lineage, c.text, std::nullopt);
    }
    if (!h_.gone.empty()) {
      rule("Dropped along the way");
      for (const GoneClause& gone : h_.gone) {
        const Clause& c = h_.clause(gone.died - 1, gone.clause);
        block(clause_label(c) + " of " + h_.labels[gone.died - 1], gone.lineage, c.text, gone.died);
      }
    }
    while (out_.size() >= 2 && out_[out_.size() - 1] == '\n' && out_[out_.size() - 2] == '\n') out_.pop_back();
    return out_;
  }

 private:
  const History& h_;
  const RenderOptions& options_;
  bool verbose_;
  std::string out_;
  bool blank_ = true;

  int width() const { return options_.width <= 0 ? 0 : std::max(options_.width, kNarrowest); }

  void line(const Runs& runs, int first_indent = 0, int indent = kIndent) {
    out_ += layout::wrap(runs, width(), first_indent, indent, options_.color);
    blank_ = false;
  }
  void blank() {
    if (!blank_) out_ += "\n";
    blank_ = true;
  }

  void header() {
    const Document& first = h_.version(0);
    const Document& last = h_.newest();
    line({{"History of ", Style::Plain},
          {render_names::doc_name(first), Style::Bold},
          {" → ", Style::Plain},
          {render_names::doc_name(last), Style::Bold},
          {" · " + std::to_string(h_.size()) + " versions", Style::Plain}},
         0, 2);
    const std::optional<std::string>& title = last.meta.title ? last.meta.title : first.meta.title;
    if (title) line({{*title, Style::Plain}}, 0, 2);
    blank();
    size_t label_width = 0;
    for (const std::string& label : h_.labels) label_width = std::max(label_width, static_cast<size_t>(layout::display_width(label)));
    for (size_t k = 0; k < h_.size(); ++k) {
      const Document& doc = h_.version(k);
      std::string label = h_.labels[k];
      label += std::string(label_width - static_cast<size_t>(layout::display_width(label)), ' ');
      std::string detail = render_names::doc_detail(doc);
      Runs runs{{label, Style::Bold}};
      if (!detail.empty()) runs.push_back({"  " + detail, Style::Plain});
      if (!doc.path.empty()) runs.push_back({"  " + doc.path, Style::Dim});
      line(runs, 2, static_cast<int>(label_width) + 4);
    }
    blank();
  }

  void summary() {
    line({{h_.labels.back() + ":", Style::Bold}, {" ", Style::Plain}, {log_words::tally_line(h_), Style::Plain}}, 0, 2);
    std::string gone = h_.gone.empty() ? "none" : std::to_string(h_.gone.size()) + (h_.gone.size() == 1 ? " clause" : " clauses");
    line({{"Dropped along the way:", Style::Bold}, {" ", Style::Plain}, {gone, Style::Plain}}, 0, 2);
    blank();
  }

  void rule(const std::string& name) {
    blank();
    std::string title = "── " + name + " ";
    int cells = width() > 0 ? std::min(width(), 72) : 72;
    std::string bar;
    for (int i = layout::display_width(title); i < cells; ++i) bar += "─";
    line({{title + bar, Style::Bold}});
    blank();
  }

  void heading(ClauseKind kind) { rule(render_tally::section_name(kind)); }

  /// The since line's runs: the kinds of steps coloured as the two-way view colours them.
  Runs since_runs(const Lineage& lineage, std::optional<size_t> died) const {
    Runs runs{{log_words::since_line(h_, lineage), Style::Plain}};
    if (died) runs.push_back({" · gone in " + h_.labels[*died], Style::Removed});
    return runs;
  }

  void block(const std::string& label, const Lineage& lineage, const std::string& text, std::optional<size_t> died) {
    blank();
    Runs head{{label, Style::Bold}, {"  ", Style::Plain}};
    for (Run& run : since_runs(lineage, died)) head.push_back(std::move(run));
    line(head);
    line({{text, Style::Plain}}, kIndent, kIndent);
    if (verbose_) {
      for (const HistoryStep& step : lineage.steps) step_lines(step);
    }
    blank();
  }

  void step_lines(const HistoryStep& step) {
    std::string kind = log_words::step_kind(step);
    Style style = step.status == Status::Moved                                  ? Style::Moved
                  : step.status == Status::Split || step.status == Status::Merged ? Style::Regrouped
                  : step.technical                                                ? Style::Dim
                                                                                  : Style::Substantive;
    line({{h_.labels[step.at], Style::Bold}, {"  " + log_words::step_label(h_, step) + "  ", Style::Plain}, {kind, style}},
         kIndent, kStepIndent);
    Runs body = layout::edit_runs(step.edits);
    if (!body.empty()) line(body, kStepIndent, kStepIndent);
  }
};

}  // namespace

std::string render_log_text(const History& history, const RenderOptions& options, bool verbose) {
  return LogView(history, options, verbose).render();
}

}  // namespace resdiff
