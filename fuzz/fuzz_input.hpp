// What every fuzz target shares: how one fuzz input becomes two documents, and how a target
// reports a broken promise.
//
// libFuzzer hands a target one byte string. The targets that need two documents (the compare and
// the writers) cut it at the first kSeparator: the old document before it, the new one after; an
// input without the separator is compared with itself, which still runs every stage. Seeds are
// real pairs joined this way (scripts/fuzz.sh makes them from fixtures/), and the replayer's
// `--pair OLD NEW` joins two files the same way:
//
//   "The General Assembly,\n\n1. Decides …\n%%resdiff-fuzz-new%%\nThe General Assembly,\n\n1. Urges …"
//   → old "The General Assembly,\n\n1. Decides …", new "The General Assembly,\n\n1. Urges …"
//
// A crash, a sanitizer report, a timeout and a failed check() are the findings; check() prints
// what was broken on standard error and aborts, so that libFuzzer keeps the input.
#pragma once
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "resdiff/document.hpp"
#include "resdiff/load.hpp"
#include "resdiff/resdiff.hpp"
#include "resdiff/text.hpp"

namespace resdiff::fuzz {

/// Separates the old document from the new one in a two-document input.
inline constexpr std::string_view kSeparator = "\n%%resdiff-fuzz-new%%\n";

/// The bytes libFuzzer passed, as a string view.
inline std::string_view bytes_of(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// The old and new documents of a two-document input (both the whole input when it has no separator).
inline std::pair<std::string_view, std::string_view> split_pair(std::string_view input) {
  size_t at = input.find(kSeparator);
  if (at == std::string_view::npos) return {input, input};
  return {input.substr(0, at), input.substr(at + kSeparator.size())};
}

/// old + separator + new: the inverse of split_pair.
inline std::string join_pair(std::string_view old_bytes, std::string_view new_bytes) {
  std::string out(old_bytes);
  out += kSeparator;
  out += new_bytes;
  return out;
}

/// The two documents of a two-document input, each read as the CLI reads a file (load → segment);
/// nullopt when either is refused, which is a fine outcome for a fuzz input.
inline std::optional<std::pair<Document, Document>> parse_pair(const uint8_t* data, size_t size) {
  auto [old_bytes, new_bytes] = split_pair(bytes_of(data, size));
  Expected<Document> old_doc = parse_document(old_bytes, "old");
  Expected<Document> new_doc = parse_document(new_bytes, "new");
  if (!old_doc || !new_doc) return std::nullopt;
  return std::pair<Document, Document>{std::move(*old_doc), std::move(*new_doc)};
}

/// Stops the run with a message when a promise does not hold.
inline void check(bool ok, const char* what, std::string_view detail = {}) {
  if (ok) return;
  std::string shown(detail.substr(0, 2000));
  std::fprintf(stderr, "fuzz check failed: %s\n%s\n", what, shown.c_str());
  std::abort();
}

/// What every reader promises of a Source: valid UTF-8 text and emphasis spans inside it, in order.
inline void check_source(const Source& source) {
  for (const Block& block : source.blocks) {
    check(text::find_invalid_utf8(block.text) == std::string_view::npos, "block text is not valid UTF-8", block.text);
    for (const std::vector<Span>* spans : {&block.italics, &block.bold}) {
      size_t last = 0;
      for (const Span& span : *spans) {
        check(span.begin <= span.end && span.end <= block.text.size(), "span outside its block", block.text);
        check(span.begin >= last, "spans out of order", block.text);
        last = span.end;
      }
    }
  }
  for (const std::string& warning : source.warnings) {
    check(text::find_invalid_utf8(warning) == std::string_view::npos, "warning is not valid UTF-8", warning);
  }
}

/// What the segmenter promises of a Document: valid UTF-8 everywhere, clauses numbered from 1.
inline void check_document(const Document& doc) {
  auto utf8 = [](const std::string& s, const char* what) {
    check(text::find_invalid_utf8(s) == std::string_view::npos, what, s);
  };
  for (const Clause& clause : doc.clauses) {
    utf8(clause.text, "clause text is not valid UTF-8");
    utf8(clause.number, "clause number is not valid UTF-8");
    check(clause.index >= 1, "clause index below 1", clause.text);
    for (const std::string& note : clause.footnotes) utf8(note, "cited footnote is not valid UTF-8");
  }
  for (const std::string& note : doc.footnotes) utf8(note, "footnote is not valid UTF-8");
  for (const std::string& warning : doc.warnings) utf8(warning, "warning is not valid UTF-8");
  for (const std::optional<std::string>* field : {&doc.meta.symbol, &doc.meta.title, &doc.meta.date, &doc.meta.agenda_item,
                                                  &doc.meta.report, &doc.meta.committee, &doc.meta.closing}) {
    if (*field) utf8(**field, "metadata is not valid UTF-8");
  }
}

}  // namespace resdiff::fuzz
