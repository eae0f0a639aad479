// The old place of a moved clause, found once for every view (see places.hpp).
//
// A moved entry stands at its new place in the report; its old place is remembered by the entry
// that holds the closest old clause before it that did not move, and the ghost follows that entry.
//
// Worked example: old PP1 PP2 PP3 PP4, new PP1 PP3 PP4 PP2 (PP2 moved to the end). Entries:
// PP1, PP3→2, PP4→3, PP2→4 (moved). The closest earlier old clause of PP2 that did not move is
// PP1, so the places are: PP1, ghost of PP2, PP3→2, PP4→3, PP2→4.
#include "render/places.hpp"

#include <algorithm>
#include <iterator>
#include <map>

namespace resdiff::render_places {

std::vector<Place> reading_places(const Report& report) {
  const std::vector<Entry>& entries = report.entries;
  std::map<size_t, size_t> entry_of_old;  // old clause position → entry, for entries that did not move
  for (size_t e = 0; e < entries.size(); ++e) {
    if (entries[e].status == Status::Moved) continue;
    for (size_t position : entries[e].old_clauses) entry_of_old[position] = e;
  }
  std::map<size_t, std::vector<size_t>> ghosts_after;  // entry → moved entries whose old place follows it
  std::vector<size_t> ghosts_first;
  for (size_t e = 0; e < entries.size(); ++e) {
    if (entries[e].status != Status::Moved || entries[e].old_clauses.empty()) continue;
    auto it = entry_of_old.lower_bound(entries[e].old_clauses.front());
    if (it == entry_of_old.begin()) {
      ghosts_first.push_back(e);
    } else {
      ghosts_after[std::prev(it)->second].push_back(e);
    }
  }
  // Several ghosts after one entry stand in their old order.
  auto by_old = [&](size_t a, size_t b) { return entries[a].old_clauses.front() < entries[b].old_clauses.front(); };
  std::vector<Place> out;
  std::sort(ghosts_first.begin(), ghosts_first.end(), by_old);
  for (size_t e : ghosts_first) out.push_back({e, true});
  for (size_t e = 0; e < entries.size(); ++e) {
    out.push_back({e, false});
    auto it = ghosts_after.find(e);
    if (it == ghosts_after.end()) continue;
    std::sort(it->second.begin(), it->second.end(), by_old);
    for (size_t g : it->second) out.push_back({g, true});
  }
  return out;
}

}  // namespace resdiff::render_places
