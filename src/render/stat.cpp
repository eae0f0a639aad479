// `--stat`: the compact terminal view. The same header and part lines as the text view (one
// tally for both, render/tally.cpp), then one line per changed clause and the metadata count:
//
//   A/RES/76/28 (76th session, 6 Dec 2021) → A/RES/80/41 (80th session, 1 Dec 2025)
//   Preamble: 18 → 18 recitals · 7 changed (2 technical) · 11 unchanged
//
//   PP1  | technical   | +5 -5 words
//   PP5  | substantive | +8 -1 words
#include <algorithm>
#include <string>
#include <vector>

#include "layout.hpp"
#include "names.hpp"
#include "render/tally.hpp"
#include "resdiff/render.hpp"

namespace resdiff {

namespace {

using layout::Style;
using render_names::doc_detail;
using render_names::doc_name;
using render_names::entry_label;

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

std::string header_line(const Report& report) {
  auto name = [](const Document& doc) {
    std::string detail = doc_detail(doc);
    return doc_name(doc) + (detail.empty() ? "" : " (" + detail + ")");
  };
  return name(report.old_doc) + " → " + name(report.new_doc);
}

}  // namespace

std::string render_stat(const Report& report, const RenderOptions& options) {
  std::string out = layout::paint({{header_line(report), Style::Bold}}, options.color) + "\n";
  for (const render_tally::PartTally& part : render_tally::part_tallies(report))
    out += std::string(render_tally::part_name(part.kind)) + ": " + render_tally::part_line(part) + "\n";
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
