// How the text view names things: documents ("A/RES/76/28 (76th session, 6 Dec 2021)") and
// clause entries with their old and new numbers ("OP6→7"). Internal to the render stage.
#pragma once
#include <string>
#include <vector>

#include "resdiff/report.hpp"

namespace resdiff::render_names {

/// "76th", "81st", "52nd", "113th".
std::string ordinal(int n);

/// "2021-12-06" → "6 Dec 2021"; anything that is not an ISO date comes back as it is.
std::string short_date(const std::string& iso);

/// "A/RES/76/28" when the symbol is known ("76/28" gets its "A/RES/"), else the file's name
/// ("standard input" for "-").
std::string doc_name(const Document& doc);

/// "76th session, 6 Dec 2021", or what of it is known ("" when nothing is).
std::string doc_detail(const Document& doc);

/// The name with its detail in brackets: "A/RES/76/28 (76th session, 6 Dec 2021)".
std::string doc_described(const Document& doc);

/// The labels of some clauses of doc, by position, joined with ", ": "OP5, OP6".
std::string clause_labels(const Document& doc, const std::vector<size_t>& positions);

/// Lengths of the common prefix and suffix of a and b, each cut back to a space so words stay
/// whole: "45th plenary meeting, 6 December 2021" vs "52nd plenary meeting, 1 December 2025" share
/// no prefix and no suffix; "resolution 75/58" vs "resolution 79/42" share the prefix "resolution ".
struct SharedEnds {
  size_t prefix = 0;
  size_t suffix = 0;
};
SharedEnds shared_ends(const std::string& a, const std::string& b);

/// The texts of the clauses at positions, joined by one space (as the edits of a split or merged
/// entry join them); positions outside the document are skipped.
std::string clause_texts(const Document& doc, const std::vector<size_t>& positions);

/// An entry's label with old and new numbers: "PP5" when they agree, "OP6→7" when renumbered,
/// "OP5→5, 6" for a split, "OP5, 6→5" for a merge, "ANX3→OP4" when the kind changed; the
/// new label alone for an insertion and the old one for a deletion.
std::string entry_label(const Report& report, const Entry& entry);

}  // namespace resdiff::render_names
