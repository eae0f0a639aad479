// The words of the history views (see log_words.hpp).
//
//   steps of 80/41's PP5   {at 4 (76/28) changed, substantive}  {at 7 (79/42) changed, substantive}
//   since_line             "since 72/42 · changed in 76/28 (substantive), 79/42 (substantive)"
//   cells, 72/42 … 80/41   new unchanged unchanged unchanged substantive unchanged unchanged substantive unchanged
//
// A step's kind names its status when the clause moved, split or merged, then "technical" or
// "substantive" when words changed: "moved, substantive"; a move alone is just "moved".
#include "log_words.hpp"

#include "names.hpp"
#include "resdiff/render.hpp"

namespace resdiff::log_words {

bool has_word_changes(const HistoryStep& step) {
  for (const Edit& edit : step.edits) {
    if (edit.op != Edit::Op::Equal) return true;
  }
  return false;
}

std::string step_kind(const HistoryStep& step) {
  std::string words = !has_word_changes(step) ? "" : step.technical ? "technical" : "substantive";
  if (step.status == Status::Changed) return words.empty() ? "changed" : words;
  std::string kind = status_name(step.status);
  return words.empty() ? kind : kind + ", " + words;
}

std::string since_line(const History& history, const Lineage& lineage) {
  const std::string& born = history.labels[lineage.born];
  std::string line = lineage.born + 1 == history.size() && lineage.born > 0 ? "new in " + born : "since " + born;
  if (lineage.steps.empty()) return lineage.born + 1 == history.size() && lineage.born > 0 ? line : line + " · unchanged";
  line += " · changed in ";
  for (size_t i = 0; i < lineage.steps.size(); ++i) {
    const HistoryStep& step = lineage.steps[i];
    if (i > 0) line += ", ";
    line += history.labels[step.at] + " (" + step_kind(step) + ")";
  }
  return line;
}

std::string step_label(const History& history, const HistoryStep& step) {
  Entry entry;
  entry.old_clauses = step.from;
  entry.new_clauses = step.to;
  return render_names::entry_label(history.steps[step.at - 1], entry);
}

std::string label_in(const History& history, const Lineage& lineage, size_t k) {
  if (k >= lineage.trail.size()) return "";
  return render_names::clause_labels(history.version(k), lineage.trail[k]);
}

const char* cell_name(Cell cell) {
  switch (cell) {
    case Cell::Absent: return "absent";
    case Cell::New: return "new";
    case Cell::Unchanged: return "unchanged";
    case Cell::Technical: return "technical";
    case Cell::Substantive: return "substantive";
    case Cell::Moved: return "moved";
    case Cell::Split: return "split";
    case Cell::Merged: return "merged";
    case Cell::Gone: return "gone";
  }
  return "absent";
}

const HistoryStep* step_at(const Lineage& lineage, size_t k) {
  for (const HistoryStep& step : lineage.steps) {
    if (step.at == k) return &step;
  }
  return nullptr;
}

Cell cell_at(const Lineage& lineage, size_t k, std::optional<size_t> died) {
  if (died && k == *died) return Cell::Gone;
  if (k < lineage.born || (died && k > *died)) return Cell::Absent;
  if (k == lineage.born) return Cell::New;
  const HistoryStep* step = step_at(lineage, k);
  if (step == nullptr) return Cell::Unchanged;
  switch (step->status) {
    case Status::Moved: return Cell::Moved;
    case Status::Split: return Cell::Split;
    case Status::Merged: return Cell::Merged;
    default: break;
  }
  return step->technical ? Cell::Technical : Cell::Substantive;
}

Tally tally(const History& history) {
  Tally t;
  for (const ClauseHistory& clause : history.clauses) {
    const Lineage& lineage = clause.lineage;
    if (lineage.born > 0) {  // added later: counted once, as added, whatever happened to it after
      ++t.added;
      continue;
    }
    bool substantive = false;
    for (const HistoryStep& step : lineage.steps) substantive = substantive || !step.technical;
    if (lineage.steps.empty()) ++t.unchanged;
    else if (substantive) ++t.substantive;
    else ++t.technical;
  }
  return t;
}

std::string tally_line(const History& history) {
  auto count = [](size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); };
  Tally t = tally(history);
  return count(history.clauses.size(), "clause", "clauses") + " · " + std::to_string(t.unchanged) + " unchanged · " +
         count(static_cast<size_t>(t.technical), "only technical update", "only technical updates") + " · " +
         count(static_cast<size_t>(t.substantive), "substantive change", "substantive changes") + " · " + std::to_string(t.added) +
         " added after " + history.labels.front();
}

}  // namespace resdiff::log_words
