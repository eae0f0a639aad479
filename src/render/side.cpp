// Two compact terminal views: `--side-by-side` (old text left, new right, each column wrapped to
// half the width, deletions marked in the left column and insertions in the right, colour as in
// the text view) and `--stat` (the counts, then one line per changed clause:
// "PP5  | substantive | +8 -1 words").
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "layout.hpp"
#include "names.hpp"
#include "resdiff/render.hpp"

namespace resdiff {

namespace {

using layout::Run;
using layout::Runs;
using layout::Style;
using render_names::doc_detail;
using render_names::doc_name;
using render_names::entry_label;

constexpr int kDefaultWidth = 80;
constexpr int kNarrowest = 40;
const char* const kGutter = " │ ";

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

Runs side_runs(const Entry& entry, const Document& doc, const std::vector<size_t>& positions, bool old_side) {
  Runs runs;
  for (const Edit& e : entry.edits) {
    if (e.op == Edit::Op::Equal) runs.push_back({e.text, Style::Plain});
    else if (e.op == Edit::Op::Delete && old_side) runs.push_back({e.text, e.technical ? Style::DeleteTech : Style::Delete});
    else if (e.op == Edit::Op::Insert && !old_side) runs.push_back({e.text, e.technical ? Style::InsertTech : Style::Insert});
  }
  if (entry.edits.empty() && !positions.empty()) runs.push_back({render_names::clause_texts(doc, positions), Style::Plain});
  return runs;
}

bool edited(const Entry& entry) {
  for (const Edit& e : entry.edits) {
    if (e.op != Edit::Op::Equal) return true;
  }
  return false;
}

std::string kind_word(const Entry& entry) {
  if (entry.status == Status::Inserted || entry.status == Status::Deleted) return status_name(entry.status);
  std::string status = status_name(entry.status);
  if (!edited(entry)) return status;
  std::string nature = entry.technical ? "technical" : "substantive";
  return entry.status == Status::Changed ? nature : status + ", " + nature;
}

int word_count(const std::string& text) {
  int n = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// "Preamble: 7 changed (2 technical), 11 unchanged" per part, as in the text view's summary.
std::string summary_lines(const Report& report) {
  std::string out;
  auto part = [&](const char* name, const Counts& c, ClauseKind kind, bool always) {
    std::vector<std::pair<int, const char*>> items = {{c.changed, "changed"}, {c.moved, "moved"},   {c.inserted, "inserted"},
                                                      {c.deleted, "deleted"}, {c.split, "split"},   {c.merged, "merged"},
                                                      {c.unchanged, "unchanged"}};
    int sum = 0;
    for (auto& item : items) sum += item.first;
    if (sum == 0 && !always) return;
    std::string line = std::string(name) + ": " + std::to_string(report.old_doc.count(kind)) + " → " +
                       std::to_string(report.new_doc.count(kind));
    for (auto& [n, word] : items) {
      if (n > 0) line += std::string(" · ") + std::to_string(n) + " " + word;
    }
    if (c.technical > 0 || c.substantive > 0) {
      line += " (" + std::to_string(c.substantive) + " substantive, " + std::to_string(c.technical) + " technical)";
    }
    out += line + "\n";
  };
  part("Preamble", report.preambular, ClauseKind::Preambular, false);
  part("Operative part", report.operative, ClauseKind::Operative, false);
  part(report.old_doc.is_resolution || report.new_doc.is_resolution ? "Sub-paragraphs and annex" : "Paragraphs", report.other,
       ClauseKind::Paragraph, false);
  return out;
}

std::string header_line(const Report& report) {
  auto name = [](const Document& doc) {
    std::string detail = doc_detail(doc);
    return doc_name(doc) + (detail.empty() ? "" : " (" + detail + ")");
  };
  return name(report.old_doc) + " → " + name(report.new_doc);
}

}  // namespace

std::string render_side_by_side(const Report& report, const RenderOptions& options) {
  int width = options.width > 0 ? std::max(options.width, kNarrowest) : kDefaultWidth;
  int gutter = layout::display_width(kGutter);
  int left = (width - gutter) / 2, right = width - gutter - left;
  bool color = options.color;
  std::string out = layout::wrap({{header_line(report), Style::Bold}}, width, 0, 2, color);
  for (const std::string& line : split_lines(summary_lines(report))) out += layout::wrap({{line, Style::Plain}}, width, 0, 2, color);
  out += "\n";
  auto label_cell = [&](const std::string& text, int cells) {
    Runs runs = layout::truncate({{text, Style::Bold}}, cells);
    std::string painted = layout::paint(runs, color);
    return painted + std::string(static_cast<size_t>(std::max(0, cells - visible_width(painted))), ' ');
  };
  std::string rule_left, rule_right;
  for (int i = 0; i < left; ++i) rule_left += "─";
  for (int i = 0; i < right; ++i) rule_right += "─";
  out += label_cell(doc_name(report.old_doc), left) + kGutter + label_cell(doc_name(report.new_doc), right) + "\n";
  out += rule_left + "─┼─" + rule_right + "\n";
  std::vector<std::string> collapsed;
  auto flush = [&] {
    if (collapsed.empty()) return;
    std::string range = collapsed.size() == 1 ? collapsed.front()
                                              : collapsed.front() + (collapsed.size() == 2 ? ", " : "–") + collapsed.back();
    out += layout::paint({{"… " + range + " unchanged", Style::Dim}}, color) + "\n";
    collapsed.clear();
  };
  for (const Entry& entry : report.entries) {
    std::string label = entry_label(report, entry);
    if (entry.status == Status::Unchanged && options.context >= 0) {
      collapsed.push_back(label);
      continue;
    }
    flush();
    Runs head{{label, Style::Bold}};
    if (entry.status != Status::Unchanged) {
      head.push_back({"  " + kind_word(entry), entry.technical ? Style::Dim : Style::Changed});
    }
    out += layout::paint(head, color) + "\n";
    std::vector<std::string> old_lines, new_lines;
    if (!entry.old_clauses.empty())
      old_lines = split_lines(layout::wrap(side_runs(entry, report.old_doc, entry.old_clauses, true), left, 0, 0, color));
    if (!entry.new_clauses.empty())
      new_lines = split_lines(layout::wrap(side_runs(entry, report.new_doc, entry.new_clauses, false), right, 0, 0, color));
    size_t rows = std::max(old_lines.size(), new_lines.size());
    for (size_t i = 0; i < rows; ++i) {
      std::string l = i < old_lines.size() ? old_lines[i] : "";
      std::string r = i < new_lines.size() ? new_lines[i] : "";
      out += l + std::string(static_cast<size_t>(std::max(0, left - visible_width(l))), ' ') + kGutter + r + "\n";
    }
    out += "\n";
  }
  flush();
  while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

std::string render_stat(const Report& report, const RenderOptions& options) {
  std::string out = layout::paint({{header_line(report), Style::Bold}}, options.color) + "\n";
  out += summary_lines(report);
  if (!report.has_differences()) return out + "No differences.\n";
  std::vector<std::string> labels, kinds, counts;
  size_t label_width = 0, kind_width = 0;
  for (const Entry& entry : report.entries) {
    if (entry.status == Status::Unchanged) continue;
    int inserted = 0, deleted = 0;
    for (const Edit& e : entry.edits) {
      if (e.op == Edit::Op::Insert) inserted += word_count(e.text);
      if (e.op == Edit::Op::Delete) deleted += word_count(e.text);
    }
    labels.push_back(entry_label(report, entry));
    kinds.push_back(kind_word(entry));
    std::string count = "+";  // appended, not "+" + std::string (GCC 12's false -Wrestrict)
    count += std::to_string(inserted);
    count += " -";
    count += std::to_string(deleted);
    count += " words";
    counts.push_back(count);
    label_width = std::max(label_width, static_cast<size_t>(layout::display_width(labels.back())));
    kind_width = std::max(kind_width, kinds.back().size());
  }
  if (!labels.empty()) out += "\n";
  for (size_t i = 0; i < labels.size(); ++i) {
    std::string label = labels[i] + std::string(label_width - static_cast<size_t>(layout::display_width(labels[i])), ' ');
    std::string kind = kinds[i] + std::string(kind_width - kinds[i].size(), ' ');
    out += label + " | " + kind + " | " + counts[i] + "\n";
  }
  if (!report.metadata.empty()) {
    int technical = 0;
    for (const MetadataRow& row : report.metadata) technical += row.technical ? 1 : 0;
    out += "\n";
    out += std::to_string(report.metadata.size());
    out += report.metadata.size() == 1 ? " metadata change (" : " metadata changes (";
    out += std::to_string(technical);
    out += " technical)\n";
  }
  return out;
}

}  // namespace resdiff
