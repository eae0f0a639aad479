// The counts every view shows, made once: one tally per part of the documents (preamble,
// operative part, sub-paragraphs, annex, plain text), so that the text view, `-y`, `--stat`, the
// HTML page and the Markdown summary count alike. Internal to the render stage.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "resdiff/report.hpp"

namespace resdiff::render_tally {

/// The entries of one clause kind, by status, and the clauses of that kind on each side.
struct PartTally {
  ClauseKind kind = ClauseKind::Paragraph;
  int old_count = 0;                       ///< clauses of the kind in the old document
  int new_count = 0;                       ///< and in the new one
  std::array<int, 7> by_status{};          ///< entries by Status (indexed by its value)
  std::array<int, 7> technical_by_status{};  ///< of which technical only
  int technical = 0;                       ///< entries that are not unchanged and technical only
  int substantive = 0;                     ///< entries that are not unchanged and not technical only

  int count(Status status) const { return by_status[static_cast<size_t>(status)]; }
  int entries() const;
};

/// The tallies of the parts that have a clause or an entry, in reading order: preambular,
/// operative, subparagraph, annex, paragraph.
std::vector<PartTally> part_tallies(const Report& report);

/// "Preamble", "Operative part", "Sub-paragraphs", "Annex", "Text".
const char* part_name(ClauseKind kind);

/// The heading of the part a clause of this kind stands in: sub-paragraphs stand in the
/// "Operative part", every other kind in its own part (part_name).
const char* section_name(ClauseKind kind);

/// The part's summary line without its name: "18 → 18 recitals · 7 changed (2 technical) · 11 unchanged".
std::string part_line(const PartTally& tally);

}  // namespace resdiff::render_tally
