// Pieces of JSON shared by the report (json.cpp) and the parse output (parse.cpp).
// Internal to the render stage.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "resdiff/document.hpp"

namespace resdiff::render_json_detail {

/// Keys in insertion order, so that output follows CONTRACT.md's order.
using Json = nlohmann::ordered_json;

/// DOC: path, symbol, title, session, date, language, preambular, operative, footnotes
/// (then the extra "warnings"). A date not in YYYY-MM-DD form, or a language outside the
/// contract's six, is written as null rather than break the schema.
Json doc_json(const Document& doc);

/// REF: index, number (null when empty), text, footnotes (then the extra "label").
/// With with_kind, "kind" comes first, as in the parse output's clauses.
Json clause_json(const Clause& clause, bool with_kind = false);

/// Pretty-printed with two-space indent and a final newline; invalid UTF-8 is replaced, never thrown.
std::string dump(const Json& json);

}  // namespace resdiff::render_json_detail
