// `resdiff parse FILE`: the structure resdiff read from one document.
//
// JSON (format "resdiff-parse", version 1) follows CONTRACT.md. The text form is made for
// reading and for `git diff` as a textconv driver: one fact per line, so that a line-based
// diff shows clause changes as whole clauses.
//
//   symbol: 76/28                        metadata lines first, only those that are known
//   session: 76
//   ...
//                                        a blank line
//   PP1: Recalling its resolution 75/58 of 7 December 2020,
//   OP5 (a): ...                         one clause per line, labelled as clause_label() does
//   HD: Annex                            a section heading, when it changes between clauses
//   ANX12: ...
//                                        a blank line
//   FN1: United Nations, Treaty Series, vol. 2445, No. 44004.
//
// Without labels (`--no-labels`), a clause or footnote line is its text alone: the labels count
// positions, so one recital deleted would change every later line of a labelled text; without
// them, git's own diff of a renumbered document shows only the clauses that changed. Metadata
// lines keep their field names and headings their "HD: " (neither counts anything).
#include <string>

#include "json_common.hpp"
#include "resdiff/render.hpp"

namespace resdiff {

namespace {

// One line: any line break inside becomes a space, so that a clause never spans two lines.
std::string one_line(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

void add_field(std::string& out, const char* name, const std::optional<std::string>& value) {
  if (value) out += std::string(name) + ": " + one_line(*value) + "\n";
}

}  // namespace

namespace {

void write_parse(render_json_detail::JsonWriter& w, const Document& doc) {
  w.begin_object();
  w.key("format");
  w.value("resdiff-parse");
  w.key("version");
  w.value(1);
  w.key("document");
  render_json_detail::write_doc(w, doc);
  w.key("clauses");
  w.begin_array();
  for (const Clause& clause : doc.clauses) render_json_detail::write_clause(w, clause, true);
  w.end_array();
  w.end_object();
  w.raw("\n");
}

}  // namespace

std::string render_parse_json(const Document& doc) {
  std::string out;
  render_json_detail::JsonWriter w(out, 2);
  write_parse(w, doc);
  return out;
}

void render_parse_json(const Document& doc, Sink& sink) {
  std::string buffer;
  render_json_detail::JsonWriter w(buffer, 2, &sink);
  write_parse(w, doc);
  w.flush();
}

std::string render_parse_text(const Document& doc, bool labels) {
  const Metadata& meta = doc.meta;
  std::string out;
  add_field(out, "symbol", meta.symbol);
  if (meta.session) out += "session: " + std::to_string(*meta.session) + "\n";
  add_field(out, "title", meta.title);
  add_field(out, "date", meta.date);
  add_field(out, "agenda_item", meta.agenda_item);
  add_field(out, "report", meta.report);
  add_field(out, "committee", meta.committee);
  add_field(out, "closing", meta.closing);
  add_field(out, "draft", meta.draft);
  add_field(out, "sponsors", meta.sponsors);
  add_field(out, "note", meta.note);
  add_field(out, "language", meta.language);
  if (!out.empty()) out += "\n";

  std::string heading;
  for (const Clause& clause : doc.clauses) {
    if (clause.heading != heading) {
      heading = clause.heading;
      if (!heading.empty()) out += "HD: " + one_line(heading) + "\n";
    }
    out += (labels ? clause_label(clause) + ": " : std::string()) + one_line(clause.text) + "\n";
  }

  if (!doc.footnotes.empty()) {
    out += "\n";
    for (size_t i = 0; i < doc.footnotes.size(); ++i) {
      out += (labels ? "FN" + std::to_string(i + 1) + ": " : std::string()) + one_line(doc.footnotes[i]) + "\n";
    }
  }
  return out;
}

}  // namespace resdiff
