// Stage 2 of alignment: soft anchors, the edited clauses whose partner is beyond doubt.
//
// Exact anchors (anchors.cpp) find the clauses that did not change. An edited clause has no
// equal key, yet often its partner is just as certain: the two are each other's best match, and
// clearly so. Such a pair is a soft anchor. Taking soft anchors together with the exact ones,
// before anything is paired by position, is what makes alignment follow content:
//
//   - A recital moved and edited is paired with what it became even when a look-alike recital
//     stands where it used to be ("Recalling its resolution …" recitals swapped and updated).
//   - Which clauses stay in place is decided over all the certain pairs at once. Old P Q R S,
//     new Q' R' S' P (P moved to the end, the others edited): with exact anchors alone P would
//     stay and Q, R, S would move; with soft anchors Q, R, S stay and P moved — one move, not three.
//
// A pair (o, n) is a soft anchor when n is o's best candidate and o is n's best, both by weight
// (similarity, less the kind penalty), the similarity reaches the threshold, and the weight beats
// the second best of either clause by kSoftMargin. Equal keys that repeat (a clause printed twice)
// tie, so they never make soft anchors; patience inside the gaps pairs them later.
//
// The exact and soft anchors are then read in old order; the heaviest chain increasing in new
// position is in place, every other anchor moved. Each anchor weighs 1, so that the most clauses
// stay in place, with a hair more for exact anchors and for more similar soft ones to break ties;
// an anchor joining clauses of different kinds weighs 0.5, since it is reported moved anyway: when
// the last recital becomes an operative paragraph placed after the recital that followed it, the
// two swap places, and it is the recital that changed part that moved, not its neighbour.
//
// Worked example. Old: R1 "Recalling its resolution 70/1 on the 2030 Agenda", R2 "Noting the
// report of the Secretary-General", R3 "Recalling its resolution 75/58 on terrorism"; new: R3'
// "Recalling its resolution 79/42 on terrorism", R2, R1' "Recalling its resolution 70/1 on the
// 2030 Agenda for Sustainable Development". R2 is an exact anchor. R1–R1' (0.85) beats R1–R3'
// (0.60) and R3–R3' (0.85) beats R3–R1' (0.50): two soft anchors. In old order the anchors sit at
// new positions 2, 1, 0: the chain keeps one (R2), and R1, R3 are moved with their edits, where
// pairing by position would have changed R1 into R3' and R3 into R1'.
//
// Cost: candidates come from find_candidates() (all pairs for a small document, the shingle index
// both ways otherwise), so the stage is near-linear.
#include <algorithm>

#include "align/stages.hpp"

namespace resdiff::align_stage {
namespace {

/// How much a soft anchor's weight must beat the second best partner of either clause.
constexpr double kSoftMargin = 0.05;

/// Weight of an anchor in the in-place chain: one per clause kept in place, a hair more for an
/// exact anchor than for any soft one and for a more similar soft one than a less similar; half as
/// much for a pair of clauses of different kinds, which is reported moved even in place.
double anchor_weight(const Context& ctx, size_t old_pos, size_t new_pos, bool exact, double similarity) {
  double w = 1.0 + (exact ? 2e-3 : 1e-3 * similarity);
  if (ctx.old_side.doc->clauses[old_pos].kind != ctx.new_side.doc->clauses[new_pos].kind) w -= 0.5;
  return w;
}

/// The best and second best weights of one clause's candidates, and the best partner.
struct Best {
  double first = -1.0, second = -1.0;
  size_t partner = kNone;
  void offer(double weight, size_t pos) {
    if (weight > first) {
      second = first;
      first = weight;
      partner = pos;
    } else if (weight > second) {
      second = weight;
    }
  }
};

}  // namespace

std::vector<size_t> free_positions(const Side& side) {
  std::vector<size_t> out;
  for (size_t i = 0; i < side.partner.size(); ++i)
    if (side.partner[i] == kNone) out.push_back(i);
  return out;
}

std::vector<std::pair<size_t, size_t>> match_soft_anchors(Context& ctx) {
  const size_t n_old = ctx.old_side.keys.size();
  const size_t n_new = ctx.new_side.keys.size();
  std::vector<size_t> all_old(n_old), all_new(n_new);
  for (size_t i = 0; i < n_old; ++i) all_old[i] = i;
  for (size_t j = 0; j < n_new; ++j) all_new[j] = j;

  std::vector<Candidate> anchors;
  std::vector<bool> old_exact(n_old, false), new_exact(n_new, false);
  for (const auto& [o, n] : unique_equal_pairs(ctx, all_old, all_new)) {
    anchors.push_back({o, n, 1.0, anchor_weight(ctx, o, n, true, 1.0)});
    old_exact[o] = true;
    new_exact[n] = true;
  }

  std::vector<size_t> rest_old, rest_new;
  for (size_t i = 0; i < n_old; ++i)
    if (!old_exact[i]) rest_old.push_back(i);
  for (size_t j = 0; j < n_new; ++j)
    if (!new_exact[j]) rest_new.push_back(j);
  const double floor = std::max(0.0, ctx.options.threshold - kSoftMargin);
  std::vector<Candidate> candidates = find_candidates(ctx, rest_old, rest_new, floor);
  std::vector<Best> best_old(n_old), best_new(n_new);
  for (const Candidate& c : candidates) {
    best_old[c.old_pos].offer(c.weight, c.new_pos);
    best_new[c.new_pos].offer(c.weight, c.old_pos);
  }
  for (const Candidate& c : candidates) {
    if (c.similarity < ctx.options.threshold) continue;
    const Best& bo = best_old[c.old_pos];
    const Best& bn = best_new[c.new_pos];
    if (bo.partner != c.new_pos || bn.partner != c.old_pos) continue;
    if (c.weight < std::max(bo.second, bn.second) + kSoftMargin) continue;
    anchors.push_back({c.old_pos, c.new_pos, c.similarity, anchor_weight(ctx, c.old_pos, c.new_pos, false, c.similarity)});
  }

  std::vector<Candidate> chain = heaviest_chain(anchors);
  std::vector<std::pair<size_t, size_t>> kept;
  kept.reserve(chain.size());
  for (const Candidate& c : chain) {
    record(ctx, c.old_pos, c.new_pos, c.similarity, true);
    kept.emplace_back(c.old_pos, c.new_pos);
  }
  for (const Candidate& c : anchors)
    if (ctx.old_side.partner[c.old_pos] == kNone) record(ctx, c.old_pos, c.new_pos, c.similarity, false);
  return kept;
}

}  // namespace resdiff::align_stage
