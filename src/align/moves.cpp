// Stage 3 of alignment: leftovers, the clauses that found no partner in their own gap.
//
// After stages 1 and 2 an old clause may still be alone because its partner stands somewhere
// else: a recital moved up and edited on the way, an operative paragraph turned into a recital.
// Every leftover old clause now looks for a partner among all leftover new clauses, through the
// shingle index (all pairs when there are few leftovers). Candidates at or above the threshold
// are taken best first (weight: similarity, less the kind penalty), each clause at most once;
// they are moved, and their word edits will say whether they also changed. What is still alone
// after this is deleted (old) or inserted (new).
//
// Worked example. Old: PP1 PP2 PP3 "Stressing the need for cooperation", new: PP3' "Stressing the
// urgent need for cooperation" PP1 PP2. Stage 1 anchors PP1 and PP2 in place; PP3 and PP3' lie
// in different gaps (after PP2 / before PP1), so stage 2 cannot pair them. Here they meet
// (similarity 0.80 ≥ 0.5): PP3 → PP3' is moved, with the edit "urgent" inserted.
#include <algorithm>

#include "align/stages.hpp"

namespace resdiff::align_stage {

void match_moves(Context& ctx) {
  std::vector<size_t> old_left;
  std::vector<size_t> new_left;
  for (size_t i = 0; i < ctx.old_side.partner.size(); ++i)
    if (ctx.old_side.partner[i] == kNone) old_left.push_back(i);
  for (size_t j = 0; j < ctx.new_side.partner.size(); ++j)
    if (ctx.new_side.partner[j] == kNone) new_left.push_back(j);
  if (old_left.empty() || new_left.empty()) return;

  std::vector<Candidate> candidates = find_candidates(ctx, old_left, new_left);
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
