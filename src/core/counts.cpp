// The summary: entries tallied by part (preambular, operative, other) and status, and whether
// everything that differs is only a technical update.
//
// A part's Counts hold one tally per status, plus how many of its entries that are not
// unchanged are technical and how many substantive. technical_only is true when the report has
// differences and every one of them is technical: each entry that is not unchanged, and each
// metadata row. A report without any difference is not "technical only" (false): there is
// nothing to qualify.
//
// Each entry counts once, in the part of its kind (the new clause's kind; the old one's when
// deleted): a recital that became an operative paragraph is a moved operative entry. So a part's
// seven status counts add up to its entries, technical + substantive to those that are not
// unchanged, and over all parts the old clauses number unchanged + changed + moved + deleted +
// split + (the old clauses of merged entries), the new ones unchanged + changed + moved +
// inserted + merged + (the new clauses of split entries). tests/test_property.cpp checks it.
//
// Worked example (A/RES/76/28 → A/RES/80/41): preambular 11 unchanged, 7 changed (2 technical,
// 5 substantive); operative 3 unchanged, 3 changed (2 technical, 1 substantive); technical_only
// is false because PP5, PP7, … are substantive.
#include "core/compare_stages.hpp"

namespace resdiff::compare_stage {
namespace {

/// The counter of counts that tallies status.
int& tally(Counts& counts, Status status) {
  switch (status) {
    case Status::Unchanged: return counts.unchanged;
    case Status::Changed: return counts.changed;
    case Status::Moved: return counts.moved;
    case Status::Inserted: return counts.inserted;
    case Status::Deleted: return counts.deleted;
    case Status::Split: return counts.split;
    case Status::Merged: return counts.merged;
  }
  return counts.unchanged;
}

}  // namespace

void count(Report& report) {
  report.preambular = {};
  report.operative = {};
  report.other = {};
  bool all_technical = true;
  for (const Entry& e : report.entries) {
    Counts& part = e.kind == ClauseKind::Preambular  ? report.preambular
                   : e.kind == ClauseKind::Operative ? report.operative
                                                     : report.other;
    ++tally(part, e.status);
    if (e.status == Status::Unchanged) continue;
    ++(e.technical ? part.technical : part.substantive);
    all_technical = all_technical && e.technical;
  }
  for (const MetadataRow& row : report.metadata) all_technical = all_technical && row.technical;
  report.technical_only = all_technical && report.has_differences();
}

}  // namespace resdiff::compare_stage
