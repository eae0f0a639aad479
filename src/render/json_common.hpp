// Pieces of JSON shared by the report (json.cpp), the parse output (parse.cpp) and the history
// outputs (log_json.cpp), written
// through the streaming JsonWriter. Internal to the render stage.
#pragma once
#include "json_writer.hpp"
#include <vector>

#include "resdiff/diff.hpp"
#include "resdiff/document.hpp"

namespace resdiff::render_json_detail {

/// DOC of the contract (path, symbol, title, session, date, language, counts, warnings).
void write_doc(JsonWriter& w, const Document& doc);

/// A clause's first fields, inside an object the caller opened: kind (with_kind), index, number
/// (null when empty), text.
void write_clause_fields(JsonWriter& w, const Clause& clause, bool with_kind);

/// A clause as REF (or, with its kind, as a parse clause), with its label.
void write_clause(JsonWriter& w, const Clause& clause, bool with_kind = false);

/// EDITs of the contract (op, text, technical; "old" for a tolerated equal edit), as an array.
void write_edits(JsonWriter& w, const std::vector<Edit>& edits);

}  // namespace resdiff::render_json_detail
