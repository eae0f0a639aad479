// The JSON report (`resdiff OLD NEW --format json`), exactly as CONTRACT.md writes it:
//
//   { "format": "resdiff-report", "version": 1, "old": DOC, "new": DOC,
//     "summary": { "preambular": COUNTS, "operative": COUNTS, "technical_only": bool },
//     "metadata": [ ROW ], "clauses": [ ENTRY ] }
//
// Keys come in the contract's order (ordered_json). Fields may be added after the contract's
// own, never renamed or dropped: COUNTS carries "technical" and "substantive", DOC "warnings",
// REF "label", and the summary "other" (sub-paragraphs, annex and plain paragraphs).
#include <regex>
#include <string>

#include "json_common.hpp"
#include "resdiff/render.hpp"

namespace resdiff {

namespace render_json_detail {

namespace {

bool is_iso_date(const std::string& s) {
  static const std::regex iso("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
  return std::regex_match(s, iso);
}

bool is_contract_language(const std::string& s) {
  return s == "en" || s == "fr" || s == "es" || s == "ru" || s == "zh" || s == "ar";
}

Json optional_string(const std::optional<std::string>& value) {
  return value ? Json(*value) : Json(nullptr);
}

}  // namespace

Json doc_json(const Document& doc) {
  const Metadata& meta = doc.meta;
  Json out;
  out["path"] = doc.path;
  out["symbol"] = optional_string(meta.symbol);
  out["title"] = optional_string(meta.title);
  out["session"] = meta.session ? Json(*meta.session) : Json(nullptr);
  out["date"] = meta.date && is_iso_date(*meta.date) ? Json(*meta.date) : Json(nullptr);
  out["language"] = meta.language && is_contract_language(*meta.language) ? Json(*meta.language) : Json(nullptr);
  out["preambular"] = doc.count(ClauseKind::Preambular);
  out["operative"] = doc.count(ClauseKind::Operative);
  out["footnotes"] = static_cast<int>(doc.footnotes.size());
  out["warnings"] = doc.warnings;
  return out;
}

Json clause_json(const Clause& clause, bool with_kind) {
  Json out;
  if (with_kind) out["kind"] = kind_name(clause.kind);
  out["index"] = clause.index;
  out["number"] = clause.number.empty() ? Json(nullptr) : Json(clause.number);
  out["text"] = clause.text;
  out["footnotes"] = clause.footnotes;
  out["label"] = clause_label(clause);
  return out;
}

std::string dump(const Json& json) {
  return json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace render_json_detail

namespace {

using render_json_detail::Json;

Json counts_json(const Counts& counts) {
  Json out;
  out["unchanged"] = counts.unchanged;
  out["changed"] = counts.changed;
  out["moved"] = counts.moved;
  out["inserted"] = counts.inserted;
  out["deleted"] = counts.deleted;
  out["split"] = counts.split;
  out["merged"] = counts.merged;
  out["technical"] = counts.technical;
  out["substantive"] = counts.substantive;
  return out;
}

Json metadata_json(const MetadataRow& row) {
  Json out;
  out["field"] = row.field;
  out["old"] = row.old_value ? Json(*row.old_value) : Json(nullptr);
  out["new"] = row.new_value ? Json(*row.new_value) : Json(nullptr);
  out["technical"] = row.technical;
  return out;
}

Json refs_json(const Document& doc, const std::vector<size_t>& positions) {
  Json out = Json::array();
  for (size_t position : positions) {
    if (position < doc.clauses.size()) out.push_back(render_json_detail::clause_json(doc.clauses[position]));
  }
  return out;
}

Json entry_json(const Report& report, const Entry& entry) {
  Json out;
  out["kind"] = kind_name(entry.kind);
  out["status"] = status_name(entry.status);
  out["old"] = refs_json(report.old_doc, entry.old_clauses);
  out["new"] = refs_json(report.new_doc, entry.new_clauses);
  out["technical"] = entry.technical;
  Json edits = Json::array();
  for (const Edit& edit : entry.edits) {
    Json e;
    e["op"] = op_name(edit.op);
    e["text"] = edit.text;
    e["technical"] = edit.technical;
    if (edit.old_text) e["old"] = *edit.old_text;  // an equal edit whose old text reads otherwise (-i, -w, …)
    edits.push_back(std::move(e));
  }
  out["edits"] = std::move(edits);
  return out;
}

}  // namespace

namespace {

Json report_json(const Report& report) {
  Json out;
  out["format"] = "resdiff-report";
  out["version"] = 1;
  out["old"] = render_json_detail::doc_json(report.old_doc);
  out["new"] = render_json_detail::doc_json(report.new_doc);
  Json summary;
  summary["preambular"] = counts_json(report.preambular);
  summary["operative"] = counts_json(report.operative);
  summary["technical_only"] = report.technical_only;
  summary["other"] = counts_json(report.other);
  out["summary"] = std::move(summary);
  Json metadata = Json::array();
  for (const MetadataRow& row : report.metadata) metadata.push_back(metadata_json(row));
  out["metadata"] = std::move(metadata);
  Json clauses = Json::array();
  for (const Entry& entry : report.entries) clauses.push_back(entry_json(report, entry));
  out["clauses"] = std::move(clauses);
  return out;
}

}  // namespace

std::string render_json(const Report& report) { return render_json_detail::dump(report_json(report)); }

std::string render_json_line(const Report& report) {
  return report_json(report).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace resdiff
