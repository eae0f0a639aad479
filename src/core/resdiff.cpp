// The reading half of the pipeline in one place: load → segment.
// The comparing half is compare() in compare.cpp; the CLI calls one, then the other.
//
// load() keeps the limits on what readers yield; the clauses the segmenter makes of a paged
// source's lines are checked here against the same bounds (a PDF whose lines never end a
// paragraph would otherwise make one clause of the whole document).
#include "resdiff/resdiff.hpp"

#include <optional>

#include "resdiff/segment.hpp"

#ifndef RESDIFF_VERSION
#define RESDIFF_VERSION "0.0.0"
#endif

namespace resdiff {
namespace {

// The first bound of limits.hpp that the clauses break, or nullopt.
std::optional<Error> over_limits(const Document& doc, const Limits& limits) {
  if (doc.clauses.size() > limits.max_paragraphs)
    return Error{doc.path, "too many clauses (resdiff's limit is " + std::to_string(limits.max_paragraphs) + ")"};
  for (const Clause& clause : doc.clauses) {
    if (clause.text.size() <= limits.max_paragraph_bytes) continue;
    std::string where = clause.line > 0 ? " at line " + std::to_string(clause.line) : "";
    return Error{doc.path, "clause" + where + " too long (resdiff's limit is " + byte_count(limits.max_paragraph_bytes) + ")"};
  }
  return std::nullopt;
}

// segment → limits → the reader's warnings first.
Expected<Document> document_of(const Source& source, const LoadOptions& options) {
  Document doc = segment(source);
  if (std::optional<Error> error = over_limits(doc, options.limits)) return *error;
  // what the reader repaired or guessed (an encoding, page furniture) comes first
  doc.warnings.insert(doc.warnings.begin(), source.warnings.begin(), source.warnings.end());
  return doc;
}

}  // namespace

Expected<Document> parse_document(std::string_view bytes, const std::string& path, const LoadOptions& options) {
  Expected<Source> source = load(bytes, path, options);
  if (!source) return source.error();
  return document_of(*source, options);
}

Expected<Document> read_document(const std::string& path, const LoadOptions& options) {
  Expected<std::string> bytes = read_file(path, options.limits.max_file_bytes);
  if (!bytes) return bytes.error();
  Expected<Source> source = load(*bytes, path, options);
  // The Source holds the decoded text; the file's bytes (a whole copy of the side: 30 MB at
  // 64,000 clauses) are freed before the segmenter makes its own copies.
  std::string().swap(*bytes);
  if (!source) return source.error();
  return document_of(*source, options);
}

Expected<Document> parse_document(std::string_view bytes, const std::string& path, Format format) {
  LoadOptions options;
  options.format = format;
  return parse_document(bytes, path, options);
}

Expected<Document> read_document(const std::string& path, Format format) {
  LoadOptions options;
  options.format = format;
  return read_document(path, options);
}

const char* version() { return RESDIFF_VERSION; }

}  // namespace resdiff
