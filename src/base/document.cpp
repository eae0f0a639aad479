// The document model's small helpers.
#include "resdiff/document.hpp"

#include <algorithm>

namespace resdiff {

const char* kind_name(ClauseKind kind) {
  switch (kind) {
    case ClauseKind::Preambular: return "preambular";
    case ClauseKind::Operative: return "operative";
    case ClauseKind::Subparagraph: return "subparagraph";
    case ClauseKind::Annex: return "annex";
    case ClauseKind::Paragraph: return "paragraph";
  }
  return "paragraph";
}

int Document::count(ClauseKind kind) const {
  return static_cast<int>(std::count_if(clauses.begin(), clauses.end(),
                                        [kind](const Clause& c) { return c.kind == kind; }));
}

}  // namespace resdiff
