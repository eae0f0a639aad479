// Clause labels: the short names drafters use for clauses ("PP5", "OP2", "OP5 (a)").
//
// Recitals have no printed number, so they are named by position: the fifth recital is PP5.
// Operative and sub-paragraphs carry their printed number path; annex paragraphs get "ANX" and
// theirs; the paragraphs of a text that is not a resolution are P1, P2, ... by position.
#include <string>

#include "resdiff/render.hpp"

namespace resdiff {

namespace {

// The printed number when there is one, else the position among clauses of the kind.
std::string number_or_index(const Clause& clause) {
  return clause.number.empty() ? std::to_string(clause.index) : clause.number;
}

// prefix + rest, appended rather than `"PP" + std::string` (which trips GCC 12's -Wrestrict at -O3).
std::string prefixed(const char* prefix, const std::string& rest) {
  std::string label(prefix);
  label += rest;
  return label;
}

}  // namespace

std::string clause_label(const Clause& clause) {
  switch (clause.kind) {
    case ClauseKind::Preambular: return prefixed("PP", std::to_string(clause.index));
    case ClauseKind::Operative: return prefixed("OP", number_or_index(clause));
    case ClauseKind::Subparagraph: return prefixed("OP", number_or_index(clause));
    case ClauseKind::Annex: return prefixed("ANX", number_or_index(clause));
    case ClauseKind::Paragraph: return prefixed("P", std::to_string(clause.index));
  }
  return prefixed("P", std::to_string(clause.index));
}

}  // namespace resdiff
