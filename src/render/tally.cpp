// One tally per part of the documents, and the summary line that says it (see tally.hpp).
//
// Each entry counts once, in the part of its kind (the new clause's; the old one's when
// deleted), as compare() counts. A part is shown when either document has a clause of its kind.
//
// Worked example (A/RES/76/28 → A/RES/80/41): Preamble 18 → 18, 7 changed of which 2
// technical, 11 unchanged: "18 → 18 recitals · 7 changed (2 technical) · 11 unchanged".
#include "render/tally.hpp"

namespace resdiff::render_tally {

namespace {

constexpr std::array<ClauseKind, 5> kParts = {ClauseKind::Preambular, ClauseKind::Operative, ClauseKind::Subparagraph,
                                              ClauseKind::Annex, ClauseKind::Paragraph};

// The unit of a part's counts ("recitals"); empty for sub-paragraphs, whose name says it.
const char* unit(ClauseKind kind, bool one) {
  switch (kind) {
    case ClauseKind::Preambular: return one ? "recital" : "recitals";
    case ClauseKind::Operative:
    case ClauseKind::Annex:
    case ClauseKind::Paragraph: return one ? "paragraph" : "paragraphs";
    case ClauseKind::Subparagraph: break;
  }
  return "";
}

}  // namespace

int PartTally::entries() const {
  int n = 0;
  for (int c : by_status) n += c;
  return n;
}

std::vector<PartTally> part_tallies(const Report& report) {
  std::array<PartTally, 5> tallies{};
  for (size_t i = 0; i < kParts.size(); ++i) {
    tallies[i].kind = kParts[i];
    tallies[i].old_count = report.old_doc.count(kParts[i]);
    tallies[i].new_count = report.new_doc.count(kParts[i]);
  }
  for (const Entry& entry : report.entries) {
    PartTally& t = tallies[static_cast<size_t>(entry.kind)];
    auto s = static_cast<size_t>(entry.status);
    ++t.by_status[s];
    if (entry.status == Status::Unchanged) continue;
    if (entry.technical) {
      ++t.technical_by_status[s];
      ++t.technical;
    } else {
      ++t.substantive;
    }
  }
  std::vector<PartTally> out;
  for (const PartTally& t : tallies) {
    if (t.old_count > 0 || t.new_count > 0 || t.entries() > 0) out.push_back(t);
  }
  return out;
}

const char* part_name(ClauseKind kind) {
  switch (kind) {
    case ClauseKind::Preambular: return "Preamble";
    case ClauseKind::Operative: return "Operative part";
    case ClauseKind::Subparagraph: return "Sub-paragraphs";
    case ClauseKind::Annex: return "Annex";
    case ClauseKind::Paragraph: return "Text";
  }
  return "Text";
}

const char* section_name(ClauseKind kind) { return part_name(kind == ClauseKind::Subparagraph ? ClauseKind::Operative : kind); }

std::string part_line(const PartTally& t) {
  // what changed first, what did not last
  static constexpr std::array<Status, 7> kOrder = {Status::Changed, Status::Moved, Status::Inserted, Status::Deleted,
                                                   Status::Split,   Status::Merged, Status::Unchanged};
  std::string text = std::to_string(t.old_count) + " → " + std::to_string(t.new_count);
  std::string u = unit(t.kind, t.old_count == 1 && t.new_count == 1);
  if (!u.empty()) text += " " + u;
  for (Status status : kOrder) {
    auto s = static_cast<size_t>(status);
    if (t.by_status[s] == 0) continue;
    text += " · " + std::to_string(t.by_status[s]) + " " + status_name(status);
    if (t.technical_by_status[s] > 0) text += " (" + std::to_string(t.technical_by_status[s]) + " technical)";
  }
  return text;
}

}  // namespace resdiff::render_tally
