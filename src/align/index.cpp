// The shingle index: which clauses could be like this one, without comparing it to all of them.
//
// Every clause of one side (or of a chosen subset, such as the leftovers) is filed under each of
// its shingles (exact word bigrams). To find partners for a clause we walk its shingles from the
// rarest to the most common and count, per filed clause, how many shingles it shares; the clauses
// with the highest counts are the candidates that similarity() then scores. Rare shingles say
// the most ("Kampala on", "nineteenth summit"), common ones little ("recalling its").
//
// Two bounds keep the walk near-linear on a 10,000-clause document: at most kPostingBudget
// postings are read per query, and at most kCandidateLimit candidates come back. A posting list
// longer than what is left of the budget is read in a window around the position where the
// partner is expected (documents keep their order), so a thousand recitals that all begin
// "Recalling its resolution" still find the neighbour they resemble.
//
// Worked example: old clause "Recalling the Nineteenth Summit, held in Kampala" (shingles
// "recalling the", "the nineteenth", "nineteenth summit", "summit held", "held in", "in kampala")
// against an index of 500 recitals. "in kampala" has one posting, "nineteenth summit" two, and
// "recalling the" 200; the two rare shingles are read first and their clauses lead the count.
#include <algorithm>

#include "align/stages.hpp"

namespace resdiff::align_stage {

ShingleIndex::ShingleIndex(const Side& side, const std::vector<size_t>& members) {
  for (size_t pos : members)
    for (uint64_t s : side.profiles[pos].shingles) postings_[s].push_back(pos);
}

std::vector<size_t> ShingleIndex::candidates(const Profile& profile, size_t expected_pos, size_t limit,
                                             size_t budget) const {
  std::vector<const std::vector<size_t>*> lists;
  lists.reserve(profile.shingles.size());
  for (uint64_t s : profile.shingles) {
    auto it = postings_.find(s);
    if (it != postings_.end()) lists.push_back(&it->second);
  }
  std::stable_sort(lists.begin(), lists.end(), [](const auto* a, const auto* b) { return a->size() < b->size(); });

  std::vector<size_t> hits;
  for (const auto* list : lists) {
    if (budget == 0) break;
    size_t take = std::min(budget, list->size());
    size_t begin = 0;
    if (take < list->size()) {
      // Read the window of `take` postings centred on the expected position.
      auto at = static_cast<size_t>(std::lower_bound(list->begin(), list->end(), expected_pos) - list->begin());
      begin = at > take / 2 ? at - take / 2 : 0;
      begin = std::min(begin, list->size() - take);
    }
    hits.insert(hits.end(), list->begin() + static_cast<std::ptrdiff_t>(begin),
                list->begin() + static_cast<std::ptrdiff_t>(begin + take));
    budget -= take;
  }

  // Count shared shingles per clause, then keep the best `limit` (ties: nearest position first).
  std::sort(hits.begin(), hits.end());
  std::vector<std::pair<size_t, size_t>> counted;  // (count, position)
  for (size_t i = 0; i < hits.size();) {
    size_t j = i;
    while (j < hits.size() && hits[j] == hits[i]) ++j;
    counted.emplace_back(j - i, hits[i]);
    i = j;
  }
  auto distance = [expected_pos](size_t pos) { return pos > expected_pos ? pos - expected_pos : expected_pos - pos; };
  std::sort(counted.begin(), counted.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return distance(a.second) < distance(b.second);
  });
  if (counted.size() > limit) counted.resize(limit);
  std::vector<size_t> result;
  result.reserve(counted.size());
  for (const auto& c : counted) result.push_back(c.second);
  return result;
}

}  // namespace resdiff::align_stage
