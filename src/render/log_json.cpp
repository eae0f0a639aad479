// The JSON of a History: `resdiff log --format json` ("resdiff-log", CONTRACT.md) and
// `resdiff blame --format json` ("resdiff-blame", this project's own), streamed through the
// JsonWriter the report uses.
//
//   { "format": "resdiff-log", "version": 1,
//     "documents": [DOC 72/42, …, DOC 80/41],
//     "clauses": [ { "kind": "preambular", "index": 5, "number": null, "text": "Recalling Security …",
//                    "born": 0,
//                    "steps": [ { "at": 4, "status": "changed", "technical": false, … },
//                               { "at": 7, "status": "changed", "technical": false, … } ], … } ],
//     "gone": [],
//     "labels": ["72/42", …, "80/41"] }
//
// The contract's keys come first and in its order; what is added follows them: a clause's
// footnotes and label (as in the parse output) and "versions" (its labels in each version, null
// where it had no ancestor); on each step its "label" ("PP8→9"), "kind" (the words of the text
// view) and "edits" (the word changes, lossless over the previous version's texts and this
// one's, as a report's edits are); a gone clause's index, number, label, footnotes, steps and
// versions in the last version holding it; and "labels", the name of each version.
#include <optional>
#include <string>

#include "json_common.hpp"
#include "log_words.hpp"
#include "resdiff/render_history.hpp"

namespace resdiff {

namespace {

using render_json_detail::JsonWriter;

void write_labels(JsonWriter& w, const History& history) {
  w.key("labels");
  w.value(history.labels);
}

void write_documents(JsonWriter& w, const History& history) {
  w.key("documents");
  w.begin_array();
  for (size_t k = 0; k < history.size(); ++k) render_json_detail::write_doc(w, history.version(k));
  w.end_array();
}

/// A clause of the newest version opened: its object, its fields as `parse` writes them, and "born".
void begin_clause(JsonWriter& w, const Clause& clause, const Lineage& lineage) {
  w.begin_object();
  render_json_detail::write_clause_fields(w, clause, true);
  w.key("born");
  w.value(lineage.born);
}

/// The object's first keys: "format" and "version" 1.
void begin_output(JsonWriter& w, const char* format) {
  w.begin_object();
  w.key("format");
  w.value(format);
  w.key("version");
  w.value(1);
}

void write_steps(JsonWriter& w, const History& history, const Lineage& lineage) {
  w.key("steps");
  w.begin_array();
  for (const HistoryStep& step : lineage.steps) {
    w.begin_object();
    w.key("at");
    w.value(step.at);
    w.key("status");
    w.value(status_name(step.status));
    w.key("technical");
    w.value(step.technical);
    w.key("label");
    w.value(log_words::step_label(history, step));
    w.key("kind");
    w.value(log_words::step_kind(step));
    w.key("edits");
    render_json_detail::write_edits(w, step.edits);
    w.end_object();
  }
  w.end_array();
}

/// The clause's footnotes, label, and its labels in each version.
void write_extras(JsonWriter& w, const History& history, const Clause& clause, const Lineage& lineage) {
  w.key("footnotes");
  w.value(clause.footnotes);
  w.key("label");
  w.value(clause_label(clause));
  w.key("versions");
  w.begin_array();
  for (size_t k = 0; k < history.size(); ++k) {
    std::string label = log_words::label_in(history, lineage, k);
    if (label.empty()) w.null();
    else w.value(label);
  }
  w.end_array();
}

void write_runs(JsonWriter& w, const History& history, const std::string& text, const std::vector<Origin>& origins) {
  w.key("runs");
  w.begin_array();
  size_t offset = 0;
  for (const Origin& run : origins) {
    w.begin_object();
    w.key("text");
    w.value(text.substr(offset, run.length));
    w.key("version");
    w.value(run.version);
    w.key("label");
    w.value(history.labels[run.version]);
    w.end_object();
    offset += run.length;
  }
  w.end_array();
}

}  // namespace

std::string render_log_json(const History& history) {
  std::string out;
  JsonWriter w(out, 2);
  begin_output(w, "resdiff-log");
  write_documents(w, history);
  w.key("clauses");
  w.begin_array();
  for (const ClauseHistory& c : history.clauses) {
    const Clause& clause = history.newest().clauses[c.clause];
    begin_clause(w, clause, c.lineage);
    write_steps(w, history, c.lineage);
    write_extras(w, history, clause, c.lineage);
    w.end_object();
  }
  w.end_array();
  w.key("gone");
  w.begin_array();
  for (const GoneClause& g : history.gone) {
    const Clause& clause = history.clause(g.died - 1, g.clause);
    w.begin_object();
    w.key("kind");
    w.value(kind_name(clause.kind));
    w.key("text");
    w.value(clause.text);
    w.key("born");
    w.value(g.lineage.born);
    w.key("died");
    w.value(g.died);
    w.key("index");
    w.value(clause.index);
    w.key("number");
    w.value(clause.number.empty() ? std::optional<std::string>() : std::optional<std::string>(clause.number));
    write_steps(w, history, g.lineage);
    write_extras(w, history, clause, g.lineage);
    w.end_object();
  }
  w.end_array();
  write_labels(w, history);
  w.end_object();
  return out + "\n";
}

std::string render_blame_json(const History& history) {
  std::string out;
  JsonWriter w(out, 2);
  begin_output(w, "resdiff-blame");
  write_documents(w, history);
  write_labels(w, history);
  w.key("clauses");
  w.begin_array();
  for (const ClauseHistory& c : history.clauses) {
    const Clause& clause = history.newest().clauses[c.clause];
    begin_clause(w, clause, c.lineage);
    w.key("label");
    w.value(clause_label(clause));
    w.key("changed");
    w.value(last_changed(c.lineage));
    write_runs(w, history, clause.text, c.lineage.origins);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return out + "\n";
}

}  // namespace resdiff
