// Stage 1 of alignment: anchors, the clauses that certainly correspond (patience diff).
//
// A clause whose comparison key occurs exactly once in the old document and exactly once in the
// new one is, with near certainty, the same clause. Those pairs are the anchors. Read in old
// order, their new positions form a sequence; the longest increasing subsequence of it is the
// largest set of anchors that kept their relative order: they stay in place. An anchor off that
// subsequence stands elsewhere relative to its neighbours, so it moved (text unchanged).
//
// Worked example. Old recitals A B C D E, new recitals A C D B E' (E' edited, B moved down):
//   unique keys on both sides: A, B, C, D          (E ≠ E', so E is no anchor)
//   new positions in old order: A→0, B→3, C→1, D→2  →  0 3 1 2
//   longest increasing subsequence: 0 1 2 (A, C, D) → in place; B → moved
// The gaps between in-place anchors (here: after D, E against E') go to stage 3. Over the whole
// document, soft_anchors.cpp decides the first run, together with the clauses that are each
// other's clearly best partner; align() then repeats this stage inside every gap, where a key
// that was repeated in the whole document may be unique, as patience diff does.
//
// Renumbering is invisible here: keys are built from the text only, so operative 5 that became
// operative 6 with the same words is an anchor like any other.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "align/stages.hpp"

namespace resdiff::align_stage {

std::vector<size_t> longest_increasing(const std::vector<size_t>& values) {
  std::vector<size_t> tails;  // tails[k]: index of the smallest tail of an increasing run of length k+1
  std::vector<size_t> previous(values.size(), kNone);
  for (size_t i = 0; i < values.size(); ++i) {
    auto at = std::lower_bound(tails.begin(), tails.end(), values[i],
                               [&](size_t index, size_t value) { return values[index] < value; });
    if (at != tails.begin()) previous[i] = *(at - 1);
    if (at == tails.end()) {
      tails.push_back(i);
    } else {
      *at = i;
    }
  }
  std::vector<size_t> run;
  for (size_t i = tails.empty() ? kNone : tails.back(); i != kNone; i = previous[i]) run.push_back(i);
  std::reverse(run.begin(), run.end());
  return run;
}

std::vector<std::pair<size_t, size_t>> unique_equal_pairs(const Context& ctx, const std::vector<size_t>& old_ids,
                                                          const std::vector<size_t>& new_ids) {
  struct Seen {
    size_t old_count = 0, new_count = 0;
    size_t old_pos = kNone, new_pos = kNone;
  };
  std::unordered_map<uint32_t, Seen> seen;  // by key class
  seen.reserve(old_ids.size() + new_ids.size());
  for (size_t pos : old_ids) {
    Seen& s = seen[ctx.old_side.keys[pos]];
    ++s.old_count;
    s.old_pos = pos;
  }
  for (size_t pos : new_ids) {
    auto it = seen.find(ctx.new_side.keys[pos]);
    if (it == seen.end()) continue;
    ++it->second.new_count;
    it->second.new_pos = pos;
  }
  std::vector<std::pair<size_t, size_t>> pairs;  // in old order
  for (size_t pos : old_ids) {
    const Seen& s = seen[ctx.old_side.keys[pos]];
    if (s.old_count == 1 && s.new_count == 1) pairs.emplace_back(pos, s.new_pos);
  }
  return pairs;
}

std::vector<std::pair<size_t, size_t>> match_anchors(Context& ctx, const std::vector<size_t>& old_ids,
                                                     const std::vector<size_t>& new_ids) {
  std::vector<std::pair<size_t, size_t>> anchors = unique_equal_pairs(ctx, old_ids, new_ids);
  std::vector<size_t> new_positions;
  new_positions.reserve(anchors.size());
  for (const auto& a : anchors) new_positions.push_back(a.second);
  std::vector<size_t> run = longest_increasing(new_positions);

  std::vector<bool> in_place(anchors.size(), false);
  for (size_t i : run) in_place[i] = true;
  std::vector<std::pair<size_t, size_t>> kept;
  kept.reserve(run.size());
  for (size_t i = 0; i < anchors.size(); ++i) {
    record(ctx, anchors[i].first, anchors[i].second, 1.0, in_place[i]);
    if (in_place[i]) kept.push_back(anchors[i]);
  }
  return kept;
}

}  // namespace resdiff::align_stage
