// The comparison of two documents, built by compare(): the pipeline's result.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "resdiff/align.hpp"
#include "resdiff/diff.hpp"
#include "resdiff/document.hpp"

namespace resdiff {

/// One reported clause operation (the JSON contract's ENTRY).
struct Entry {
  ClauseKind kind = ClauseKind::Paragraph;  ///< the new clause's kind (the old one's if deleted)
  Status status = Status::Unchanged;
  std::vector<size_t> old_clauses;          ///< positions in Report::old_doc.clauses
  std::vector<size_t> new_clauses;          ///< positions in Report::new_doc.clauses
  bool technical = false;                   ///< changed, and every insert and delete is technical
  std::vector<Edit> edits;                  ///< lossless word edits
};

/// A difference outside clause texts: header fields, closing, footnotes.
struct MetadataRow {
  std::string field;                 ///< "symbol", "session", "date", "title", "agenda_item", "report", "closing", "footnote"
  std::optional<std::string> old_value;
  std::optional<std::string> new_value;
  bool technical = false;
};

/// Per-part tallies (the JSON contract's COUNTS).
struct Counts {
  int unchanged = 0, changed = 0, moved = 0, inserted = 0, deleted = 0, split = 0, merged = 0;
  int technical = 0;    ///< entries that changed only technically
  int substantive = 0;  ///< entries with at least one substantive edit
};

/// Everything a renderer needs.
struct Report {
  Document old_doc;
  Document new_doc;
  std::vector<Entry> entries;        ///< new reading order, deletions where they stood
  std::vector<MetadataRow> metadata;
  Counts preambular;                 ///< entries of kind Preambular
  Counts operative;                  ///< entries of kind Operative
  Counts other;                      ///< subparagraph, annex, paragraph entries
  bool technical_only = false;       ///< every non-unchanged entry and every metadata row is technical

  /// True when any clause is not unchanged or any metadata row exists (exit status 1).
  bool has_differences() const;
};

/// Options for compare().
struct CompareOptions {
  AlignOptions align;
  bool ignore_technical = false;  ///< report technical-only entries as unchanged
};

/// The pipeline after reading: align → word diff → classify → metadata → counts.
Report compare(Document old_doc, Document new_doc, const CompareOptions& options = {});

}  // namespace resdiff
