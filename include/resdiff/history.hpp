// The history stage: one resolution through many sessions, clause by clause.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "resdiff/diff.hpp"
#include "resdiff/report.hpp"

namespace resdiff {

/// One version at which a clause differs from the version before it.
struct HistoryStep {
  size_t at = 0;                   ///< the version (0-based, never 0) where the difference appears
  Status status = Status::Changed; ///< changed, moved, split or merged (never unchanged, inserted, deleted)
  bool technical = false;          ///< there are word changes and every one of them is technical
  std::vector<Edit> edits;         ///< the word changes from version at-1 to at (lossless on the joined texts)
  std::vector<size_t> from;        ///< positions in version at-1's clauses of the clause's ancestors
  std::vector<size_t> to;          ///< positions in version at's clauses (several after a split)
};

/// Which version each piece of a clause's text came from (for blame): runs in text order.
struct Origin {
  size_t length = 0;   ///< bytes of the clause's text
  size_t version = 0;  ///< the version that brought these bytes in
};

/// The life of one clause: where it stands in each version and what happened to it.
struct Lineage {
  size_t born = 0;                         ///< the earliest version holding an ancestor of the clause
  std::vector<HistoryStep> steps;          ///< in version order; at most one per version
  std::vector<std::vector<size_t>> trail;  ///< trail[k]: positions in version k of the clause's ancestors (empty if none)
  std::vector<Origin> origins;             ///< the text of the clause's last version, run by run
};

/// A clause of the newest version with its lineage.
struct ClauseHistory {
  size_t clause = 0;  ///< position in the newest version's clauses
  Lineage lineage;
};

/// A clause that did not reach the newest version.
struct GoneClause {
  size_t died = 0;     ///< the first version without it
  size_t clause = 0;   ///< its position in version died-1 (where it was last seen)
  Lineage lineage;
};

/// How the chain is built.
struct HistoryOptions {
  AlignOptions align;             ///< the aligner's tuning, as for a two-way comparison
  bool ignore_technical = false;  ///< leave out the steps that only update the calendar
};

/// A series of versions, oldest first, with every clause followed through it.
struct History {
  std::vector<Report> steps;           ///< steps[k] compares version k with version k+1
  std::vector<std::string> labels;     ///< one short name per version ("76/28", or the file's name)
  std::vector<ClauseHistory> clauses;  ///< one per clause of the newest version, in its reading order
  std::vector<GoneClause> gone;        ///< the clauses dropped along the way, by the version they went in

  /// Number of versions.
  size_t size() const { return labels.size(); }
  /// Version k as compared (canonical texts, as Report holds them).
  const Document& version(size_t k) const;
  /// The newest version.
  const Document& newest() const { return version(size() - 1); }
  /// The text of a clause of version k.
  const Clause& clause(size_t k, size_t position) const { return version(k).clauses[position]; }
};

/// Follows every clause of versions (oldest first, at least two) through the series: each version
/// is compared with the next by compare(), and the pairings are chained through renumbering,
/// moves, splits and merges.
History trace_history(std::vector<Document> versions, const HistoryOptions& options = {});

/// "76/28" when the document knows its symbol, else the file's name without its folders
/// ("standard input" for "-").
std::string version_label(const Document& doc);

/// The version each clause of the newest text last changed in (born, or its last step's version).
size_t last_changed(const Lineage& lineage);

}  // namespace resdiff
