// trace_history(): one resolution through many sessions, clause by clause.
//
// A two-way comparison says what happened between two versions; a history says what happened
// to each clause across all of them. The history stage never aligns anything itself: it runs
// compare() — the very pipeline of `resdiff OLD NEW` — on each version and the next, and chains
// the pairings of those reports. A lineage (lineage.cpp) follows each clause forward:
//
//   unchanged        the lineage moves to the new position (renumbering costs nothing)
//   changed, moved   it moves and records a step: the version, the status, the word edits
//   split            each new clause inherits a copy of the lineage, with a step "split"
//   merged           the lineages of the joined clauses become one (earliest birth), step "merged"
//   inserted         a new lineage is born in this version
//   deleted          the lineage ends: a gone clause, dying in this version
//
// The lineages alive after the last comparison are the clauses of the newest version, in its
// reading order; the gone ones are listed apart, by the version they went in.
//
// Worked example, three versions of A/RES/…/x, the newest with a new OP3:
//
//   version 0 (74/43)   PP1 "Recalling its resolution 73/55 …"   OP1 "Calls upon …"   OP2 "Decides …"
//   version 1 (75/58)   PP1 "Recalling its resolution 74/43 …"   OP1 "Calls upon …"   OP2 "Decides …"
//   version 2 (76/28)   PP1 "Recalling its resolution 75/58 …"   OP1 "Calls upon …"   OP2 "Urges …"   OP3 "Decides …"
//
//   PP1  born 0, steps: 1 changed (technical), 2 changed (technical)
//   OP1  born 0, no steps
//   OP2  born 2 (inserted in 76/28)
//   OP3  born 0, no steps: it was OP2 until 76/28 renumbered it (trail: 0→OP2, 1→OP2, 2→OP3)
//
// With HistoryOptions::ignore_technical the comparisons still run in full (the edits stay
// lossless and blame stays exact); only the steps that are technical changes are left out.
#include "resdiff/history.hpp"

#include <filesystem>
#include <map>
#include <stdexcept>
#include <utility>

#include "history/lineage.hpp"

namespace resdiff {
namespace {

using history_detail::add_step;
using history_detail::carry;
using history_detail::fresh;
using history_detail::merged;
using history_detail::slice;

/// Labels that name each version once: a repeated label gets " (2)", " (3)" …
std::vector<std::string> distinct_labels(const std::vector<Document>& versions) {
  std::vector<std::string> labels;
  std::map<std::string, int> seen;
  for (const Document& doc : versions) {
    std::string label = version_label(doc);
    int n = ++seen[label];
    labels.push_back(n == 1 ? label : label + " (" + std::to_string(n) + ")");
  }
  return labels;
}

/// Grows the lineages of one version's clauses into those of the next, along one report.
class Chain {
 public:
  Chain(const Report& report, size_t at, size_t versions, const HistoryOptions& options)
      : report_(report), at_(at), versions_(versions), options_(options), next_(report.new_doc.clauses.size()) {}

  /// Consumes the lineages of report.old_doc's clauses; returns those of report.new_doc's, and
  /// appends the clauses this version dropped to gone.
  std::vector<Lineage> grow(std::vector<Lineage> current, std::vector<GoneClause>& gone) {
    for (const Entry& entry : report_.entries) {
      switch (entry.status) {
        case Status::Inserted:
          for (size_t p : entry.new_clauses) place(p, fresh(versions_, at_, p, text(p).size()));
          break;
        case Status::Deleted:
          for (size_t o : entry.old_clauses) gone.push_back({at_, o, std::move(current[o])});
          break;
        case Status::Unchanged: {
          Lineage lineage = std::move(current[entry.old_clauses.front()]);
          lineage.trail[at_] = entry.new_clauses;
          place(entry.new_clauses.front(), std::move(lineage));
          break;
        }
        case Status::Changed:
        case Status::Moved:
          place(entry.new_clauses.front(), stepped(std::move(current[entry.old_clauses.front()]), entry));
          break;
        case Status::Split: split(current[entry.old_clauses.front()], entry); break;
        case Status::Merged: {
          std::vector<Lineage> parts;
          for (size_t o : entry.old_clauses) parts.push_back(std::move(current[o]));
          place(entry.new_clauses.front(), stepped(merged(std::move(parts), at_), entry));
          break;
        }
      }
    }
    for (size_t p = 0; p < next_.size(); ++p) {
      if (next_[p].trail.empty()) throw std::logic_error("history: a clause of version " + std::to_string(at_) + " has no pairing");
    }
    return std::move(next_);
  }

 private:
  const Report& report_;
  size_t at_;
  size_t versions_;
  const HistoryOptions& options_;
  std::vector<Lineage> next_;

  const std::string& text(size_t position) const { return report_.new_doc.clauses[position].text; }

  void place(size_t position, Lineage lineage) { next_[position] = std::move(lineage); }

  /// The lineage after a changed, moved or merged entry: new trail, carried origins, one step
  /// (left out for a technical change under ignore_technical).
  Lineage stepped(Lineage lineage, const Entry& entry) const {
    lineage.trail[at_] = entry.new_clauses;
    lineage.origins = carry(lineage.origins, entry.edits, at_);
    bool skip = options_.ignore_technical && entry.technical && entry.status == Status::Changed;
    if (!skip) add_step(lineage, step(entry));
    return lineage;
  }

  HistoryStep step(const Entry& entry) const {
    return HistoryStep{at_, entry.status, entry.technical, entry.edits, entry.old_clauses, entry.new_clauses};
  }

  /// Each new clause of a split gets the old lineage, and its own part of the carried origins
  /// (the edits run over the new texts joined by one space).
  void split(const Lineage& old, const Entry& entry) {
    std::vector<Origin> joined = carry(old.origins, entry.edits, at_);
    size_t offset = 0;
    for (size_t p : entry.new_clauses) {
      Lineage lineage = old;
      lineage.trail[at_] = {p};
      lineage.origins = slice(joined, offset, text(p).size());
      offset += text(p).size() + 1;
      add_step(lineage, step(entry));
      place(p, std::move(lineage));
    }
  }
};

}  // namespace

const Document& History::version(size_t k) const { return k < steps.size() ? steps[k].old_doc : steps.back().new_doc; }

std::string version_label(const Document& doc) {
  if (doc.meta.symbol && !doc.meta.symbol->empty()) return *doc.meta.symbol;
  if (doc.path == "-") return "standard input";
  std::string name = std::filesystem::path(doc.path).filename().string();
  return name.empty() ? doc.path : name;
}

size_t last_changed(const Lineage& lineage) { return lineage.steps.empty() ? lineage.born : lineage.steps.back().at; }

History trace_history(std::vector<Document> versions, const HistoryOptions& options) {
  if (versions.size() < 2) throw std::invalid_argument("trace_history needs at least two versions");
  History history;
  history.labels = distinct_labels(versions);
  const size_t n = versions.size();
  CompareOptions compare_options;
  compare_options.align = options.align;
  for (size_t k = 0; k + 1 < n; ++k) {
    // version k is needed only here (as the old side); version k+1 is copied, as it is next time's old side
    history.steps.push_back(compare(std::move(versions[k]), versions[k + 1], compare_options));
  }
  std::vector<Lineage> current;
  const Document& first = history.version(0);
  for (size_t p = 0; p < first.clauses.size(); ++p) current.push_back(fresh(n, 0, p, first.clauses[p].text.size()));
  for (size_t k = 1; k < n; ++k) {
    current = Chain(history.steps[k - 1], k, n, options).grow(std::move(current), history.gone);
  }
  for (size_t p = 0; p < current.size(); ++p) history.clauses.push_back({p, std::move(current[p])});
  return history;
}

}  // namespace resdiff
