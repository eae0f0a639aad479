// Stage 3 of alignment: inside a gap between two anchors, pair clauses by similarity, in order.
//
// What is left between two in-place anchors is a run of old clauses facing a run of new ones.
// Edited clauses are here, and so are deletions and insertions. We want the pairs that a drafter
// would draw: each old clause with the new clause it became, keeping their order (a pair that
// would cross another is a move, for stage 5), and never a pair below the threshold.
//
// 1. Candidates. In a small gap (at most kSmallGap pairs) every pair is scored; in a large one the
//    shingle index proposes at most kCandidateLimit partners per clause, both ways (old clauses
//    asking among the new, new among the old), so the cost stays linear.
//    Clauses with equal keys (repeated texts, which stage 1 could not anchor) are always proposed:
//    the r-th occurrence with the r-th, and with the r-th counted from the end.
// 2. Weights. A candidate weighs its similarity (Dice, see similarity.cpp), less kKindPenalty
//    when a recital would pair with an operative paragraph: same-kind pairs are preferred, but a
//    clause may still change part.
// 3. Choice. The heaviest chain: the set of candidates increasing in both old and new position
//    with the largest total weight. Sorting by old position (new position descending within one
//    old clause, so that one clause never chains with itself) and keeping, in a Fenwick tree over
//    new positions, the best chain ending at or before each, gives it in O(k log k).
//
// Worked example, look-alike recitals (similarities in brackets):
//   old: R1 "Recalling its resolution on small arms"      new: S1 "Recalling its resolution on landmines, as amended"
//        R2 "Recalling its resolution on landmines"            S2 "Recalling its resolution on cluster munitions, noting"
//        R3 "Recalling its resolution on cluster munitions"
//   First come, first served would pair R1–S1 and R2–S2. The candidates at threshold 0.5 are
//   R3–S2 (0.92), R2–S1 (0.82), R2–S2 (0.64), R1–S1 (0.58), R1–S2 (0.58); the heaviest chain is
//   R2–S1, R3–S2 (1.73, against 1.22 for R1–S1, R2–S2), so R1 is deleted — pairing by content,
//   not by turn. (Short look-alikes share much of their words: the shared opener alone gives
//   0.58 here; real recitals are longer, and the chain still prefers the better partner. In a
//   whole document, stage 2 would already have taken R3–S2 and R2–S1 as soft anchors, each being
//   clearly the other's best; the chain decides where no partner is clearly best.)
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "align/stages.hpp"

namespace resdiff::align_stage {
namespace {

/// Gaps with at most this many old × new pairs are scored exhaustively.
constexpr size_t kSmallGap = 4096;

/// Adds the candidate pairs of clauses with equal keys: the r-th occurrence on the old side with
/// the r-th on the new side, and with the r-th counted from the end.
void add_equal_keys(const Context& ctx, const std::vector<size_t>& old_ids, const std::vector<size_t>& new_ids,
                    std::vector<std::pair<size_t, size_t>>& pairs) {
  std::unordered_map<uint32_t, std::vector<size_t>> by_key;  // by key class
  for (size_t pos : new_ids) by_key[ctx.new_side.keys[pos]].push_back(pos);
  std::unordered_map<uint32_t, std::vector<size_t>> old_by_key;
  for (size_t pos : old_ids) {
    auto it = by_key.find(ctx.old_side.keys[pos]);
    if (it != by_key.end()) old_by_key[ctx.old_side.keys[pos]].push_back(pos);
  }
  for (const auto& [key, olds] : old_by_key) {
    const std::vector<size_t>& news = by_key[key];
    for (size_t r = 0; r < olds.size(); ++r) {
      if (r < news.size()) pairs.emplace_back(olds[r], news[r]);
      size_t from_end = olds.size() - r;  // 1-based rank from the end
      if (from_end <= news.size()) pairs.emplace_back(olds[r], news[news.size() - from_end]);
    }
  }
}

}  // namespace

double pair_weight(const Context& ctx, size_t old_pos, size_t new_pos, double similarity) {
  bool same_kind = ctx.old_side.doc->clauses[old_pos].kind == ctx.new_side.doc->clauses[new_pos].kind;
  return same_kind ? similarity : similarity - kKindPenalty;
}

std::vector<Candidate> find_candidates(const Context& ctx, const std::vector<size_t>& old_ids,
                                       const std::vector<size_t>& new_ids, double min_similarity) {
  if (old_ids.empty() || new_ids.empty()) return {};
  // Pairs packed as old << 32 | new: sorted, they read in (old, new) order.
  std::vector<uint64_t> pairs;
  auto pack = [](size_t o, size_t n) { return static_cast<uint64_t>(o) << 32 | static_cast<uint64_t>(n); };
  if (old_ids.size() * new_ids.size() <= kSmallGap) {
    pairs.reserve(old_ids.size() * new_ids.size());
    for (size_t o : old_ids)
      for (size_t n : new_ids) pairs.push_back(pack(o, n));
  } else {
    // Both ways, so that a clause's best partner is proposed even when it is not among the
    // best candidates of that partner. One index at a time, to keep the peak memory down.
    pairs.reserve((old_ids.size() + new_ids.size()) * kCandidateLimit);
    {
      ShingleIndex new_index(ctx.new_side, new_ids);
      for (size_t r = 0; r < old_ids.size(); ++r) {
        size_t expected = new_ids[r * new_ids.size() / old_ids.size()];
        for (size_t n : new_index.candidates(ctx.old_side.profiles[old_ids[r]], expected, kCandidateLimit, kPostingBudget))
          pairs.push_back(pack(old_ids[r], n));
      }
    }
    {
      ShingleIndex old_index(ctx.old_side, old_ids);
      for (size_t r = 0; r < new_ids.size(); ++r) {
        size_t expected = old_ids[r * old_ids.size() / new_ids.size()];
        for (size_t o : old_index.candidates(ctx.new_side.profiles[new_ids[r]], expected, kCandidateLimit, kPostingBudget))
          pairs.push_back(pack(o, new_ids[r]));
      }
    }
    std::vector<std::pair<size_t, size_t>> equal;
    add_equal_keys(ctx, old_ids, new_ids, equal);
    for (const auto& [o, n] : equal) pairs.push_back(pack(o, n));
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  }

  std::vector<Candidate> candidates;
  for (uint64_t pair : pairs) {
    const size_t o = static_cast<size_t>(pair >> 32), n = static_cast<size_t>(pair & 0xFFFFFFFFu);
    double s = dice_at_least(ctx.old_side.profiles[o], ctx.new_side.profiles[n], min_similarity);
    if (s < min_similarity) continue;
    candidates.push_back({o, n, s, pair_weight(ctx, o, n, s)});
  }
  return candidates;
}

std::vector<Candidate> heaviest_chain(std::vector<Candidate> candidates) {
  if (candidates.empty()) return {};
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.old_pos != b.old_pos) return a.old_pos < b.old_pos;
    return a.new_pos > b.new_pos;
  });
  std::vector<size_t> ranks;  // distinct new positions, for the Fenwick tree
  ranks.reserve(candidates.size());
  for (const Candidate& c : candidates) ranks.push_back(c.new_pos);
  std::sort(ranks.begin(), ranks.end());
  ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());

  struct Best {
    double total = 0.0;
    size_t candidate = kNone;
  };
  std::vector<Best> tree(ranks.size() + 1);  // 1-based Fenwick tree of prefix maxima
  std::vector<size_t> previous(candidates.size(), kNone);
  std::vector<double> total(candidates.size(), 0.0);
  Best overall;
  for (size_t i = 0; i < candidates.size(); ++i) {
    auto rank = static_cast<size_t>(std::lower_bound(ranks.begin(), ranks.end(), candidates[i].new_pos) - ranks.begin());
    Best before;  // best chain over new positions of rank < rank
    for (size_t k = rank; k > 0; k -= k & (~k + 1))
      if (tree[k].total > before.total) before = tree[k];
    total[i] = before.total + candidates[i].weight;
    previous[i] = before.candidate;
    for (size_t k = rank + 1; k < tree.size(); k += k & (~k + 1))
      if (total[i] > tree[k].total) tree[k] = {total[i], i};
    if (total[i] > overall.total) overall = {total[i], i};
  }
  std::vector<Candidate> chain;
  for (size_t i = overall.candidate; i != kNone; i = previous[i]) chain.push_back(candidates[i]);
  std::reverse(chain.begin(), chain.end());
  return chain;
}

void match_gap(Context& ctx, const std::vector<size_t>& old_ids, const std::vector<size_t>& new_ids) {
  for (const Candidate& c : heaviest_chain(find_candidates(ctx, old_ids, new_ids, ctx.options.threshold)))
    record(ctx, c.old_pos, c.new_pos, c.similarity, true);
}

}  // namespace resdiff::align_stage
