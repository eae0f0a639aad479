// Batch: the documents of two sessions paired and compared, one report per pair (`resdiff batch`).
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "resdiff/document.hpp"
#include "resdiff/expected.hpp"
#include "resdiff/load.hpp"
#include "resdiff/report.hpp"

namespace resdiff {

/// Why two documents were paired.
enum class PairedBy {
  RecallsAndTitle,  ///< the new one cites the old one's symbol ("Recalling its resolution 79/42") and the titles agree
  Recalls,          ///< the new one cites the old one's symbol
  Title,            ///< the titles agree
};

/// "recalls and title", "recalls", "title".
const char* paired_by_name(PairedBy how);

/// One old document and the new one that follows it (positions in the two lists given).
struct DocumentPair {
  size_t old_doc = 0;
  size_t new_doc = 0;
  PairedBy how = PairedBy::Title;
};

/// Documents that could be paired in more than one way at the same strength; none of them is paired.
struct Ambiguity {
  std::vector<size_t> old_docs;
  std::vector<size_t> new_docs;
};

/// How the documents of two sessions correspond.
struct BatchPlan {
  std::vector<DocumentPair> pairs;      ///< in the new list's order
  std::vector<Ambiguity> ambiguous;
  std::vector<size_t> unpaired_old;     ///< no counterpart in the new session
  std::vector<size_t> unpaired_new;
};

/// Pairs old and new documents. Strongest evidence first: the new document cites the old one's
/// symbol in its recitals and has its title; then the citation alone; then the title alone. At
/// each strength a pair is made only when both documents have exactly one candidate left; where
/// one has several, all of them are reported ambiguous and none is paired. A document that is
/// not a resolution, or has neither symbol nor title, is only paired by citation.
BatchPlan pair_documents(const std::vector<Document>& old_docs, const std::vector<Document>& new_docs);

/// Output format of each pair's own report in a batch.
enum class BatchFormat { Json, Html, Text, Markdown };

/// How a batch runs.
struct BatchOptions {
  LoadOptions load;
  CompareOptions compare;
  BatchFormat format = BatchFormat::Html;
  unsigned threads = 0;  ///< 0: one per core
  bool compare_pairs = true;  ///< false: read and pair only, no reports (`resdiff batch --list`)
  /// Called after each document read and each pair compared, from the worker threads (one at a
  /// time): done of total steps.
  std::function<void(size_t done, size_t total)> progress;
};

/// One row of the batch index: a compared pair, or a document that was not compared and why.
struct BatchRow {
  enum class Kind { Pair, Error, Unpaired, Ambiguous };
  Kind kind = Kind::Pair;
  std::string old_path, new_path;  ///< as listed (one of them empty for an unpaired document)
  std::string old_symbol, new_symbol;
  std::string title;
  std::optional<PairedBy> how;     ///< for Pair
  std::string message;             ///< for Error, Unpaired, Ambiguous: one line
  std::string report_name;         ///< for Pair: the file name of its report in OUT_DIR
  std::string report;              ///< for Pair: the report in BatchOptions::format
  std::string json;                ///< for Pair: the JSON report on one line (a line of index.jsonl)
  Counts preambular, operative, other;
  bool technical_only = false;
  bool differs = false;
};

/// The whole batch, ready to write: rows in a fixed order whatever the number of threads.
struct BatchResult {
  std::vector<BatchRow> rows;
  size_t documents_read = 0;
};

/// The files of a directory that a batch reads: regular files, not hidden, sorted by name.
Expected<std::vector<std::string>> batch_inputs(const std::string& dir);

/// Reads every file of both lists, pairs them, compares each pair and renders its report, on
/// options.threads threads. A file that cannot be read is an Error row; it never stops the batch.
BatchResult run_batch(const std::vector<std::string>& old_files, const std::vector<std::string>& new_files,
                      const BatchOptions& options);

/// index.html: one self-contained page with a sortable table (pair, counts, technical only, link).
std::string render_batch_index_html(const BatchResult& result);

/// index.jsonl: the JSON report of each compared pair, one per line, in the rows' order.
std::string render_batch_index_jsonl(const BatchResult& result);

/// problems.jsonl: one JSON object per row that is not a compared pair ({"kind", "old", "new", "message"}).
std::string render_batch_problems_jsonl(const BatchResult& result);

}  // namespace resdiff
