// The terminal and plain-text view of a Report: what a drafter reads.
//
//   A/RES/76/28 (76th session, 6 Dec 2021) → A/RES/80/41 (80th session, 1 Dec 2025)
//   Measures to prevent terrorists from acquiring weapons of mass destruction
//
//   Preamble: 18 → 18 recitals · 7 changed (2 technical) · 11 unchanged
//   Operative part: 6 → 6 paragraphs · 3 changed (2 technical) · 3 unchanged
//
//   Metadata
//     session      [-76-]{+80+}  technical
//
//   ── Preamble ─────────────────────────────
//
//   PP1  changed · technical
//       Recalling its resolution [-75/58 of 7 December 2020-]{+79/42 of 2 December 2024+},
//
//   PP2  Recognizing the determination of the international community to combat…
//   … PP3 unchanged
//
// Changed clauses come in full with their word edits; unchanged ones collapse into one line per
// run, except `context` neighbours of each change, shown as one dimmed, truncated line. A moved
// clause also leaves a dimmed note where it used to stand. Colour marks deletions red and struck
// through, insertions green, and mutes technical edits so that substantive ones stand out;
// without colour, edits are marked like wdiff: "[-deleted-]{+inserted+}".
//
// `--side-by-side` (-y) is the same view with each shown clause in two columns of equal width,
// old left and new right (deletions marked on the left, insertions on the right): the same
// header, counts, metadata and context, so that the two views never disagree.
//
//   OP2  changed · substantive
//   Encourages States [-parties-] to   │ Encourages States {+Parties+} to
//   review it;                         │ review it;
#include <algorithm>
#include <optional>
#include <sstream>
#include <string>

#include "layout.hpp"
#include "names.hpp"
#include "render/places.hpp"
#include "render/tally.hpp"
#include "resdiff/render.hpp"

namespace resdiff {

namespace {

using layout::Run;
using layout::Runs;
using layout::Style;
using layout::edit_runs;
using render_names::clause_labels;
using render_names::doc_detail;
using render_names::doc_name;
using render_names::entry_label;

constexpr int kIndent = 4;           // clause text under its label line
constexpr int kUnwrappedLine = 100;  // one-line notes when the view is not wrapped
constexpr int kNarrowest = RenderOptions::kNarrowest;                // the narrowest width wrapped to
constexpr int kNarrowestColumns = RenderOptions::kNarrowestColumns;  // -y: two columns of at least 18 cells
constexpr int kColumnsUnwrapped = 80;  // -y without a width
const char* const kGutter = " │ ";
constexpr int kGutterCells = 3;

// The parts of a document, each with its heading in the clause list.
enum class Part { Preamble, Operative, Annex, Text };

Part part_of(ClauseKind kind) {
  switch (kind) {
    case ClauseKind::Preambular: return Part::Preamble;
    case ClauseKind::Operative:
    case ClauseKind::Subparagraph: return Part::Operative;
    case ClauseKind::Annex: return Part::Annex;
    case ClauseKind::Paragraph: return Part::Text;
  }
  return Part::Text;
}

const char* part_heading(Part part) {
  switch (part) {
    case Part::Preamble: return "Preamble";
    case Part::Operative: return "Operative part";
    case Part::Annex: return "Annex";
    case Part::Text: return "Text";
  }
  return "Text";
}

bool has_changes(const std::vector<Edit>& edits) {
  for (const Edit& edit : edits) {
    if (edit.op != Edit::Op::Equal) return true;
  }
  return false;
}

bool has_technical_edits(const std::vector<Edit>& edits) {
  for (const Edit& edit : edits) {
    if (edit.op != Edit::Op::Equal && edit.technical) return true;
  }
  return false;
}

// Runs of old/new text for a metadata value: the shared words before and after stay plain,
// the differing middle is marked as deleted and inserted.
Runs value_runs(const std::optional<std::string>& old_value, const std::optional<std::string>& new_value, bool technical) {
  Style del = technical ? Style::DeleteTech : Style::Delete;
  Style ins = technical ? Style::InsertTech : Style::Insert;
  if (!old_value) return {{new_value.value_or(""), ins}};
  if (!new_value) return {{*old_value, del}};
  const std::string &a = *old_value, &b = *new_value;
  const auto [prefix, suffix] = render_names::shared_ends(a, b);  // cut back to spaces: words stay whole
  Runs runs;
  if (prefix > 0) runs.push_back({a.substr(0, prefix), Style::Plain});
  std::string a_mid = a.substr(prefix, a.size() - prefix - suffix), b_mid = b.substr(prefix, b.size() - prefix - suffix);
  if (!a_mid.empty()) runs.push_back({a_mid, del});
  if (!a_mid.empty() && !b_mid.empty()) runs.push_back({" ", Style::Plain});
  if (!b_mid.empty()) runs.push_back({b_mid, ins});
  if (suffix > 0) runs.push_back({a.substr(a.size() - suffix), Style::Plain});
  return runs;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Width in cells of a line that may hold ANSI escape sequences.
int visible_width(const std::string& line) {
  std::string plain;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\x1b') {
      while (i < line.size() && line[i] != 'm') ++i;
      continue;
    }
    plain += line[i];
  }
  return layout::display_width(plain);
}

// How the clauses are laid out.
enum class Layout { Inline, Columns };

class TextView {
 public:
  TextView(const Report& report, const RenderOptions& options, Layout layout)
      : report_(report), options_(options), layout_(layout) {}

  std::string render() {
    header();
    summary();
    metadata();
    // identical documents: the summary said so; the clauses only with --all
    if (differences() || options_.context < 0) {
      if (columns()) column_heads();
      clauses();
    }
    while (out_.size() >= 2 && out_[out_.size() - 1] == '\n' && out_[out_.size() - 2] == '\n') out_.pop_back();
    return out_;
  }

 private:
  const Report& report_;
  const RenderOptions& options_;
  Layout layout_;
  std::string out_;
  bool blank_ = true;  // the output ends with a blank line (or is empty)

  bool color() const { return options_.color; }
  bool columns() const { return layout_ == Layout::Columns; }
  bool differences() const {
    if (!report_.metadata.empty()) return true;
    for (const Entry& entry : report_.entries) {
      if (entry.status != Status::Unchanged) return true;
    }
    return false;
  }
  // Inline: no wrapping at all (<= 0), or at least 20 columns: narrower helps nobody.
  // Columns: always wrapped, 80 cells when no width is given, at least 40.
  int width() const {
    if (columns()) return options_.width <= 0 ? kColumnsUnwrapped : std::max(options_.width, kNarrowestColumns);
    return options_.width <= 0 ? 0 : std::max(options_.width, kNarrowest);
  }
  int line_cells() const { return width() > 0 ? width() : kUnwrappedLine; }
  // The cells of each of the two columns: equal, whatever the width's parity.
  int column_cells() const { return (width() - kGutterCells) / 2; }

  // Lines as the terminal shows them: right-to-left text in visual order when asked.
  std::string shown(std::string lines) const { return options_.visual_order ? layout::visual_order(lines) : lines; }
  void line(const Runs& runs, int first_indent = 0, int indent = kIndent) {
    out_ += shown(layout::wrap(runs, width(), first_indent, indent, color()));
    blank_ = false;
  }
  void one_line(const Runs& runs, int first_indent = 0) {
    out_ += shown(std::string(static_cast<size_t>(first_indent), ' ') +
                  layout::paint(layout::truncate(runs, line_cells() - first_indent), color())) + "\n";
    blank_ = false;
  }
  void blank() {
    if (!blank_) out_ += "\n";
    blank_ = true;
  }
  // A cell of exactly `cells` cells: the painted line, padded with spaces.
  static std::string padded(const std::string& painted, int cells) {
    return painted + std::string(static_cast<size_t>(std::max(0, cells - visible_width(painted))), ' ');
  }
  // Two columns side by side, row by row; an empty side stays blank.
  void two_columns(const Runs& left, const Runs& right, bool has_left, bool has_right) {
    int cells = column_cells();
    // Each column on its own in visual order, so that the gutter stays between them.
    std::vector<std::string> l = has_left ? split_lines(shown(layout::wrap(left, cells, 0, 0, color()))) : std::vector<std::string>{};
    std::vector<std::string> r = has_right ? split_lines(shown(layout::wrap(right, cells, 0, 0, color()))) : std::vector<std::string>{};
    for (size_t i = 0; i < std::max(l.size(), r.size()); ++i) {
      std::string row = padded(i < l.size() ? l[i] : "", cells) + kGutter + (i < r.size() ? r[i] : "");
      while (!row.empty() && row.back() == ' ') row.pop_back();
      out_ += row + "\n";
    }
    blank_ = false;
  }

  void header() {
    Runs runs;
    auto name = [&](const Document& doc) {
      runs.push_back({doc_name(doc), Style::Bold});
      std::string detail = doc_detail(doc);
      if (!detail.empty()) runs.push_back({" (" + detail + ")", Style::Plain});
    };
    name(report_.old_doc);
    runs.push_back({" → ", Style::Plain});
    name(report_.new_doc);
    line(runs, 0, 2);
    const std::optional<std::string>& title = report_.new_doc.meta.title ? report_.new_doc.meta.title : report_.old_doc.meta.title;
    if (title) line({{*title, Style::Plain}}, 0, 2);
    if (report_.old_doc.meta.symbol || report_.new_doc.meta.symbol) {
      line({{report_.old_doc.path + " → " + report_.new_doc.path, Style::Dim}}, 0, 2);
    }
    blank();
  }

  void summary() {
    std::vector<render_tally::PartTally> parts = render_tally::part_tallies(report_);
    for (const render_tally::PartTally& part : parts) {
      line({{std::string(render_tally::part_name(part.kind)) + ":", Style::Bold}, {" " + render_tally::part_line(part), Style::Plain}},
           0, 2);
    }
    if (parts.empty()) line({{"No clauses.", Style::Plain}});
    if (!differences()) {
      line({{"No differences.", Style::Bold}});
    } else if (report_.technical_only) {
      line({{"Technical updates only (sessions, dates, symbols): nothing substantive changed.", Style::Bold}});
    }
    blank();
  }

  void metadata() {
    if (report_.metadata.empty()) return;
    line({{"Metadata", Style::Bold}});
    size_t field_width = 0;
    auto field_name = [](std::string field) {
      for (char& c : field) c = c == '_' ? ' ' : c;
      return field;
    };
    for (const MetadataRow& row : report_.metadata) field_width = std::max(field_width, field_name(row.field).size());
    int value_column = 2 + static_cast<int>(field_width) + 2;
    for (const MetadataRow& row : report_.metadata) {
      std::string field = field_name(row.field);
      Runs runs{{field + std::string(field_width - field.size() + 2, ' '), Style::Plain}};
      if (!row.old_value) runs.push_back({"new: ", Style::Plain});
      if (!row.new_value) runs.push_back({"removed: ", Style::Plain});
      for (Run& run : value_runs(row.old_value, row.new_value, row.technical)) runs.push_back(std::move(run));
      if (row.technical) runs.push_back({"  technical", Style::Dim});
      if (row.field == "footnote") {
        std::string cited = citing(row.new_value ? report_.new_doc : report_.old_doc, row.new_value ? row.new_value : row.old_value);
        if (!cited.empty()) runs.push_back({"  (" + cited + ")", Style::Dim});
      }
      line(runs, 2, value_column);
    }
    blank();
  }

  // Labels of the clauses that cite a footnote text ("PP7"), "" when none does.
  static std::string citing(const Document& doc, const std::optional<std::string>& footnote) {
    std::string out;
    if (!footnote) return out;
    for (const Clause& clause : doc.clauses) {
      for (const std::string& text : clause.footnotes) {
        if (text == *footnote) {
          out += (out.empty() ? "" : ", ") + clause_label(clause);
          break;
        }
      }
    }
    return out;
  }

  // -y: the documents' names over their columns, and a rule.
  void column_heads() {
    int cells = column_cells();
    auto head = [&](const Document& doc) { return padded(layout::paint(layout::truncate({{doc_name(doc), Style::Bold}}, cells), color()), cells); };
    std::string rule;
    for (int i = 0; i < cells; ++i) rule += "─";
    std::string row = head(report_.old_doc) + kGutter + head(report_.new_doc);
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out_ += row + "\n" + rule + "─┼─" + rule + "\n";
    blank_ = false;
  }

  // Which unchanged entries are shown as context: within `context` entries of a change, same part.
  std::vector<bool> context() const {
    const auto& entries = report_.entries;
    std::vector<bool> shown(entries.size(), options_.context < 0);
    if (options_.context <= 0) return shown;
    for (size_t e = 0; e < entries.size(); ++e) {
      if (entries[e].status == Status::Unchanged) continue;
      Part part = part_of(entries[e].kind);
      for (int d = -options_.context; d <= options_.context; ++d) {
        auto i = static_cast<long>(e) + d;
        if (i < 0 || i >= static_cast<long>(entries.size())) continue;
        if (part_of(entries[static_cast<size_t>(i)].kind) == part) shown[static_cast<size_t>(i)] = true;
      }
    }
    return shown;
  }

  void clauses() {
    const auto& entries = report_.entries;
    std::vector<bool> shown = context();
    std::vector<size_t> collapsed;
    auto flush = [&] {
      if (collapsed.empty()) return;
      std::string first = entry_label(report_, entries[collapsed.front()]);
      std::string last = entry_label(report_, entries[collapsed.back()]);
      std::string range = collapsed.size() == 1 ? first : first + (collapsed.size() == 2 ? ", " : "–") + last;
      one_line({{"… " + range + " unchanged", Style::Dim}});
      collapsed.clear();
    };
    std::optional<Part> part;
    for (const render_places::Place& place : render_places::reading_places(report_)) {
      const Entry& entry = entries[place.entry];
      Part place_part = part_of(place.ghost ? report_.old_doc.clauses[entry.old_clauses.front()].kind : entry.kind);
      if (place_part != part) {
        flush();
        part = place_part;
        heading(*part);
      }
      if (place.ghost) {
        flush();
        ghost(entry);
      } else if (entry.status == Status::Unchanged && !shown[place.entry]) {
        collapsed.push_back(place.entry);
      } else if (entry.status == Status::Unchanged) {
        flush();
        unchanged(entry);
      } else {
        flush();
        change(entry);
      }
    }
    flush();
  }

  void heading(Part part) {
    blank();
    std::string title = std::string("── ") + part_heading(part) + " ";
    int rule = std::max(3, std::min(line_cells(), 72) - layout::display_width(title));
    std::string bar;
    for (int i = 0; i < rule; ++i) bar += "─";
    line({{title + bar, Style::Bold}});
    blank();
  }

  void ghost(const Entry& entry) {
    const Document& old_doc = report_.old_doc;
    std::string label = clause_labels(old_doc, entry.old_clauses);
    Runs runs{{label + "  ", Style::Dim},
              {"moved → " + clause_labels(report_.new_doc, entry.new_clauses), Style::Moved},
              {"  " + render_names::clause_texts(old_doc, entry.old_clauses), Style::Dim}};
    one_line(runs);
  }

  void unchanged(const Entry& entry) {
    std::string label = entry_label(report_, entry);
    std::string text = render_names::clause_texts(report_.new_doc, entry.new_clauses);
    if (options_.context >= 0) {
      one_line({{label + "  " + text, Style::Dim}});
    } else if (columns()) {
      line({{label, Style::Dim}});
      two_columns({{render_names::clause_texts(report_.old_doc, entry.old_clauses), Style::Plain}}, {{text, Style::Plain}}, true, true);
    } else {
      line({{label + "  ", Style::Dim}, {text, Style::Plain}});
    }
  }

  void change(const Entry& entry) {
    blank();
    bool edited = has_changes(entry.edits);
    Runs head{{entry_label(report_, entry), Style::Bold}, {"  ", Style::Plain}};
    switch (entry.status) {
      case Status::Changed: head.push_back({"changed", Style::Changed}); break;
      case Status::Moved: head.push_back({edited ? "moved and changed" : "moved", Style::Moved}); break;
      case Status::Inserted: head.push_back({"inserted", Style::Added}); break;
      case Status::Deleted: head.push_back({"deleted", Style::Removed}); break;
      case Status::Split: head.push_back({"split", Style::Regrouped}); break;
      case Status::Merged: head.push_back({"merged", Style::Regrouped}); break;
      case Status::Unchanged: head.push_back({"unchanged", Style::Plain}); break;
    }
    bool regrouped_or_changed = entry.status != Status::Inserted && entry.status != Status::Deleted;
    if (edited && regrouped_or_changed) {
      head.push_back({" · ", Style::Plain});
      if (entry.technical) {
        head.push_back({"technical", Style::Dim});
      } else {
        head.push_back({"substantive", Style::Substantive});
        if (has_technical_edits(entry.edits)) head.push_back({" + technical updates", Style::Dim});
      }
    }
    line(head);

    // no edits recorded: show the texts themselves
    std::string old_text = render_names::clause_texts(report_.old_doc, entry.old_clauses);
    std::string new_text = render_names::clause_texts(report_.new_doc, entry.new_clauses);
    if (columns()) {
      Runs left = edit_runs(entry.edits, true, false), right = edit_runs(entry.edits, false, true);
      if (entry.edits.empty()) {
        left = {{old_text, entry.status == Status::Deleted ? Style::Delete : Style::Plain}};
        right = {{new_text, entry.status == Status::Inserted ? Style::Insert : Style::Plain}};
      }
      two_columns(left, right, !entry.old_clauses.empty(), !entry.new_clauses.empty());
      blank();
      return;
    }
    Runs body = edit_runs(entry.edits);
    if (body.empty()) {
      if (entry.status == Status::Deleted) body.push_back({old_text, Style::Delete});
      else if (entry.status == Status::Inserted) body.push_back({new_text, Style::Insert});
      else body.push_back({new_text, Style::Plain});
    }
    line(body, kIndent, kIndent);
    blank();
  }
};

}  // namespace

std::string render_text(const Report& report, const RenderOptions& options) {
  return TextView(report, options, Layout::Inline).render();
}

std::string render_side_by_side(const Report& report, const RenderOptions& options) {
  return TextView(report, options, Layout::Columns).render();
}

}  // namespace resdiff
