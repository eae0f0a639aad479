// The JSON report (`resdiff OLD NEW --format json`), exactly as CONTRACT.md writes it:
//
//   { "format": "resdiff-report", "version": 1, "old": DOC, "new": DOC,
//     "summary": { "preambular": COUNTS, "operative": COUNTS, "technical_only": bool },
//     "metadata": [ ROW ], "clauses": [ ENTRY ] }
//
// Keys come in the contract's order. Fields may be added after the contract's
// own, never renamed or dropped: COUNTS carries "technical" and "substantive", DOC "warnings",
// REF "label", and the summary "other" (sub-paragraphs, annex and plain paragraphs).
//
// The report is streamed (json_writer.hpp) as it is walked: no document tree is built first, and
// the bytes are those nlohmann::json's dump wrote when it was (tests/test_render.cpp holds one
// against the other). render_json(report, sink) hands them to a Sink in pieces of ~64 KiB, so
// the command line writes a report of any size without holding it whole.
#include <string>

#include "json_common.hpp"
#include "json_writer.hpp"
#include "resdiff/render.hpp"

namespace resdiff {

namespace render_json_detail {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// "YYYY-MM-DD".
bool is_iso_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!is_digit(s[i])) return false;
  return true;
}

bool is_contract_language(const std::string& s) {
  return s == "en" || s == "fr" || s == "es" || s == "ru" || s == "zh" || s == "ar";
}

}  // namespace

void write_doc(JsonWriter& w, const Document& doc) {
  const Metadata& meta = doc.meta;
  w.begin_object();
  w.key("path");
  w.value(doc.path);
  w.key("symbol");
  w.value(meta.symbol);
  w.key("title");
  w.value(meta.title);
  w.key("session");
  if (meta.session) w.value(*meta.session);
  else w.null();
  w.key("date");
  if (meta.date && is_iso_date(*meta.date)) w.value(*meta.date);
  else w.null();
  w.key("language");
  if (meta.language && is_contract_language(*meta.language)) w.value(*meta.language);
  else w.null();
  w.key("preambular");
  w.value(doc.count(ClauseKind::Preambular));
  w.key("operative");
  w.value(doc.count(ClauseKind::Operative));
  w.key("footnotes");
  w.value(doc.footnotes.size());
  w.key("warnings");
  w.value(doc.warnings);
  w.end_object();
}

void write_clause_fields(JsonWriter& w, const Clause& clause, bool with_kind) {
  if (with_kind) {
    w.key("kind");
    w.value(kind_name(clause.kind));
  }
  w.key("index");
  w.value(clause.index);
  w.key("number");
  if (clause.number.empty()) w.null();
  else w.value(clause.number);
  w.key("text");
  w.value(clause.text);
}

void write_clause(JsonWriter& w, const Clause& clause, bool with_kind) {
  w.begin_object();
  write_clause_fields(w, clause, with_kind);
  w.key("footnotes");
  w.value(clause.footnotes);
  w.key("label");
  w.value(clause_label(clause));
  w.end_object();
}

void write_edits(JsonWriter& w, const std::vector<Edit>& edits) {
  w.begin_array();
  for (const Edit& edit : edits) {
    w.begin_object();
    w.key("op");
    w.value(op_name(edit.op));
    w.key("text");
    w.value(edit.text);
    w.key("technical");
    w.value(edit.technical);
    if (edit.old_text) {  // an equal edit whose old text reads otherwise (-i, -w, …)
      w.key("old");
      w.value(*edit.old_text);
    }
    w.end_object();
  }
  w.end_array();
}

}  // namespace render_json_detail

namespace {

using render_json_detail::JsonWriter;

void write_counts(JsonWriter& w, const Counts& counts) {
  w.begin_object();
  w.key("unchanged");
  w.value(counts.unchanged);
  w.key("changed");
  w.value(counts.changed);
  w.key("moved");
  w.value(counts.moved);
  w.key("inserted");
  w.value(counts.inserted);
  w.key("deleted");
  w.value(counts.deleted);
  w.key("split");
  w.value(counts.split);
  w.key("merged");
  w.value(counts.merged);
  w.key("technical");
  w.value(counts.technical);
  w.key("substantive");
  w.value(counts.substantive);
  w.end_object();
}

void write_metadata_row(JsonWriter& w, const MetadataRow& row) {
  w.begin_object();
  w.key("field");
  w.value(row.field);
  w.key("old");
  w.value(row.old_value);
  w.key("new");
  w.value(row.new_value);
  w.key("technical");
  w.value(row.technical);
  w.end_object();
}

void write_refs(JsonWriter& w, const Document& doc, const std::vector<size_t>& positions) {
  w.begin_array();
  for (size_t position : positions)
    if (position < doc.clauses.size()) render_json_detail::write_clause(w, doc.clauses[position], false);
  w.end_array();
}

void write_entry(JsonWriter& w, const Report& report, const Entry& entry) {
  w.begin_object();
  w.key("kind");
  w.value(kind_name(entry.kind));
  w.key("status");
  w.value(status_name(entry.status));
  w.key("old");
  write_refs(w, report.old_doc, entry.old_clauses);
  w.key("new");
  write_refs(w, report.new_doc, entry.new_clauses);
  w.key("technical");
  w.value(entry.technical);
  w.key("edits");
  render_json_detail::write_edits(w, entry.edits);
  w.end_object();
}

void write_report(JsonWriter& w, const Report& report) {
  w.begin_object();
  w.key("format");
  w.value("resdiff-report");
  w.key("version");
  w.value(1);
  w.key("old");
  render_json_detail::write_doc(w, report.old_doc);
  w.key("new");
  render_json_detail::write_doc(w, report.new_doc);
  w.key("summary");
  w.begin_object();
  w.key("preambular");
  write_counts(w, report.preambular);
  w.key("operative");
  write_counts(w, report.operative);
  w.key("technical_only");
  w.value(report.technical_only);
  w.key("other");
  write_counts(w, report.other);
  w.end_object();
  w.key("metadata");
  w.begin_array();
  for (const MetadataRow& row : report.metadata) write_metadata_row(w, row);
  w.end_array();
  w.key("clauses");
  w.begin_array();
  for (const Entry& entry : report.entries) write_entry(w, report, entry);
  w.end_array();
  w.end_object();
}

}  // namespace

std::string render_json(const Report& report) {
  std::string out;
  out.reserve(4096);
  JsonWriter w(out, 2);
  write_report(w, report);
  w.raw("\n");
  return out;
}

void render_json(const Report& report, Sink& sink) {
  std::string buffer;
  JsonWriter w(buffer, 2, &sink);
  write_report(w, report);
  w.raw("\n");
  w.flush();
}

std::string render_json_line(const Report& report) {
  std::string out;
  out.reserve(4096);
  JsonWriter w(out, -1);
  write_report(w, report);
  return out;
}

}  // namespace resdiff
