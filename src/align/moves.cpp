// Stage 5 of alignment: leftovers, the clauses that found no partner in their own gap.
//
// Soft anchors (stage 2) already paired the moved clauses whose partner was beyond doubt. After
// stages 1 to 4 an old clause may still be alone because its partner stands somewhere else and
// was not clearly its best: a recital moved and edited next to a look-alike, an operative
// paragraph turned into a recital whose wording changed a lot. Every leftover old clause now
// looks for a partner among all leftover new clauses, through the shingle index (all pairs when
// there are few leftovers). Candidates at or above the threshold are taken best first (weight:
// similarity, less the kind penalty), each clause at most once; they are moved, and their word
// edits will say whether they also changed. What is still alone after this is deleted (old) or
// inserted (new).
//
// Worked example. Old: PP1 PP2 PP3 "Stressing the need for international cooperation in this
// field", PP4 "Stressing the need for cooperation in this region"; new: PP3' "Stressing the urgent
// need for cooperation in this field", PP1, PP2. PP1 and PP2 are exact anchors. PP3' is almost as
// like PP4 (0.750) as PP3 (0.765): no clear best, no soft anchor; and PP3, PP4 and PP3' lie in
// different gaps (after PP2 / before PP1), so stage 3 cannot pair them. Here they meet, best
// first: PP3 → PP3' is moved, with its edits, and PP4 is deleted.
#include <algorithm>

#include "align/stages.hpp"

namespace resdiff::align_stage {

void match_moves(Context& ctx) {
  std::vector<size_t> old_left = free_positions(ctx.old_side);
  std::vector<size_t> new_left = free_positions(ctx.new_side);
  if (old_left.empty() || new_left.empty()) return;

  std::vector<Candidate> candidates = find_candidates(ctx, old_left, new_left, ctx.options.threshold);
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.weight != b.weight) return a.weight > b.weight;
    if (a.old_pos != b.old_pos) return a.old_pos < b.old_pos;
    return a.new_pos < b.new_pos;
  });
  for (const Candidate& c : candidates) {
    if (ctx.old_side.partner[c.old_pos] != kNone || ctx.new_side.partner[c.new_pos] != kNone) continue;
    record(ctx, c.old_pos, c.new_pos, c.similarity, false);
  }
}

}  // namespace resdiff::align_stage
