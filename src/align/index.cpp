// The shingle index: which clauses could be like this one, without comparing it to all of them.
//
// Every clause of one side (or of a chosen subset, such as the leftovers) is filed under each of
// its shingles (exact word bigrams). To find partners for a clause we walk its shingles from the
// rarest to the most common and count, per filed clause, how many shingles it shares; the clauses
// with the highest counts are the candidates that similarity() then scores. Rare shingles say
// the most ("Kampala on", "nineteenth summit"), common ones little ("recalling its").
//
// Two bounds keep the walk near-linear on a 10,000-clause document: at most kPostingBudget
// postings are read per query, and at most kCandidateLimit candidates come back. The counting
// itself is linear in the postings read: a counter per clause of the side, reset after each
// query through the list of the clauses it touched, and a partial sort for the best few. A posting list
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

ShingleIndex::ShingleIndex(const Side& side, const std::vector<size_t>& members) : counts_(side.partner.size(), 0) {
  for (size_t pos : members)
    for (uint64_t s : side.profiles[pos].shingles) postings_[s].push_back(pos);
}

std::vector<size_t> ShingleIndex::candidates(const Profile& profile, size_t expected_pos, size_t limit, size_t budget) {
  std::vector<const std::vector<size_t>*> lists;
  lists.reserve(profile.shingles.size());
  for (uint64_t s : profile.shingles) {
    auto it = postings_.find(s);
    if (it != postings_.end()) lists.push_back(&it->second);
  }
  std::stable_sort(lists.begin(), lists.end(), [](const auto* a, const auto* b) { return a->size() < b->size(); });

  // Count shared shingles per clause in the scratch counters; remember which were touched.
  std::vector<size_t> touched;
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
    for (size_t k = begin; k < begin + take; ++k) {
      size_t pos = (*list)[k];
      if (counts_[pos]++ == 0) touched.push_back(pos);
    }
    budget -= take;
  }

  // Keep the best `limit` (most shared shingles; ties: nearest position first, then lowest).
  auto distance = [expected_pos](size_t pos) { return pos > expected_pos ? pos - expected_pos : expected_pos - pos; };
  auto better = [&](size_t a, size_t b) {
    if (counts_[a] != counts_[b]) return counts_[a] > counts_[b];
    if (distance(a) != distance(b)) return distance(a) < distance(b);
    return a < b;
  };
  size_t keep = std::min(limit, touched.size());
  std::partial_sort(touched.begin(), touched.begin() + static_cast<std::ptrdiff_t>(keep), touched.end(), better);
  std::vector<size_t> result(touched.begin(), touched.begin() + static_cast<std::ptrdiff_t>(keep));
  for (size_t pos : touched) counts_[pos] = 0;
  return result;
}

}  // namespace resdiff::align_stage
