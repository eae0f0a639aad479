// Stage 3, align: pair the clauses of two documents.
#pragma once
#include <cstddef>
#include <vector>

#include "resdiff/document.hpp"
#include "resdiff/tolerance.hpp"

namespace resdiff {

/// What happened to a clause between the two versions (the JSON contract's "status").
enum class Status { Unchanged, Changed, Moved, Inserted, Deleted, Split, Merged };

/// "unchanged", "changed", "moved", "inserted", "deleted", "split", "merged".
const char* status_name(Status status);

/// One alignment decision: which old clauses correspond to which new ones.
/// Indices are positions in Document::clauses (0-based), not Clause::index.
struct Pairing {
  Status status = Status::Unchanged;
  std::vector<size_t> old_clauses;  ///< empty for Inserted; several for Merged
  std::vector<size_t> new_clauses;  ///< empty for Deleted; several for Split
  double similarity = 1.0;          ///< 0..1, how alike the paired texts are
};

/// Tuning for the aligner.
struct AlignOptions {
  double threshold = 0.5;  ///< below this similarity a pair is reported as delete + insert
  /// Differences that are none (-i, -w, --ignore-punctuation): a pair of clauses whose texts differ
  /// only so is unchanged. compare() reads the same tolerance for the word diff and the classifier.
  Tolerance tolerance = {};
};

/// Pairs the clauses of old_doc and new_doc. Every clause of each side appears in exactly one
/// pairing. The result is in the new document's reading order, each deleted clause placed where
/// it stood in the old one. Near-linear: exact matches by hash, similarity only inside gaps and
/// for candidates that share rare word shingles.
std::vector<Pairing> align(const Document& old_doc, const Document& new_doc, const AlignOptions& options = {});

/// Similarity of two clause texts in [0, 1] (Dice coefficient over word bigrams of the keys).
double similarity(const std::string& a, const std::string& b);

}  // namespace resdiff
