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
  // Two passes over the members' shingles: count each list's length, then fill the lists in
  // place, one flat array of 32-bit positions (a document has far fewer than 2^32 clauses).
  for (size_t pos : members)
    for (uint32_t s : side.profiles[pos].shingles) {
      if (s >= lists_.size()) lists_.resize(s + 1);
      ++lists_[s].end;
    }
  uint32_t at = 0;
  for (Range& range : lists_) {
    range.begin = at;
    at += range.end;
    range.end = range.begin;  // the fill pass moves it to the list's end
  }
  postings_.resize(at);
  for (size_t pos : members)
    for (uint32_t s : side.profiles[pos].shingles) postings_[lists_[s].end++] = static_cast<uint32_t>(pos);
}

std::vector<size_t> ShingleIndex::candidates(const Profile& profile, size_t expected_pos, size_t limit, size_t budget) {
  struct List {
    const uint32_t* begin;
    size_t size;
  };
  std::vector<List> lists;
  lists.reserve(profile.shingles.size());
  for (uint32_t s : profile.shingles)
    if (s < lists_.size() && lists_[s].end > lists_[s].begin)
      lists.push_back({postings_.data() + lists_[s].begin, lists_[s].end - lists_[s].begin});
  std::stable_sort(lists.begin(), lists.end(), [](const List& a, const List& b) { return a.size < b.size; });

  // Count shared shingles per clause in the scratch counters; remember which were touched.
  std::vector<uint32_t>& touched = touched_;
  touched.clear();
  for (const List& list : lists) {
    if (budget == 0) break;
    size_t take = std::min(budget, list.size);
    size_t begin = 0;
    if (take < list.size) {
      // Read the window of `take` postings centred on the expected position.
      auto at = static_cast<size_t>(std::lower_bound(list.begin, list.begin + list.size, expected_pos) - list.begin);
      begin = at > take / 2 ? at - take / 2 : 0;
      begin = std::min(begin, list.size - take);
    }
    for (size_t k = begin; k < begin + take; ++k) {
      uint32_t pos = list.begin[k];
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
  for (uint32_t pos : touched) counts_[pos] = 0;
  return result;
}

}  // namespace resdiff::align_stage
