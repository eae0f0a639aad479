// The aligner's private interface: the state shared by its stages (anchors, soft anchors, gaps,
// splits, moves) and the small tools they share (clause profiles, the shingle index). Not
// installed; src/align only.
#pragma once
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "resdiff/align.hpp"

namespace resdiff::align_stage {

/// Marks a clause that has no partner yet.
inline constexpr size_t kNone = std::numeric_limits<size_t>::max();
/// Marks a clause that belongs to a split or a merge (a Group), not to a one-to-one Match.
inline constexpr size_t kGrouped = kNone - 1;

/// Dense 32-bit ids for 64-bit feature hashes, numbered in order of first sight (vocabulary.cpp).
class Vocabulary {
 public:
  static constexpr uint32_t kNoId = std::numeric_limits<uint32_t>::max();
  /// The id of hash, numbered now if it is new.
  uint32_t id(uint64_t hash);
  /// The id of hash, or kNoId if it was never numbered.
  uint32_t find(uint64_t hash) const;
  /// How many hashes are numbered (ids are 0 to size() - 1).
  size_t size() const { return size_; }

 private:
  void grow();
  std::vector<uint64_t> keys_;  ///< open addressing, at most half full
  std::vector<uint32_t> ids_;   ///< id + 1 of the hash in the same slot, 0 for an empty slot
  size_t size_ = 0;
  unsigned bits_ = 0;           ///< keys_.size() == 1 << bits_
};

/// The vocabularies of one align() call, shared by both sides: features and shingles apart.
struct Vocabularies {
  Vocabulary features;
  Vocabulary shingles;
};

/// What similarity() compares: the features of one clause's comparison key, as vocabulary ids.
struct Profile {
  std::vector<uint32_t> features;  ///< sorted multiset: word unigrams, and word bigrams with numbers masked
  std::vector<uint32_t> shingles;  ///< the distinct exact word bigrams (the unigram for a one-word key), for the index, in increasing order of their hashes
  uint64_t head = 0, tail = 0;     ///< hashes of the first and the last word, numbers masked (0 without words)
};

/// Builds the profile of a comparison key, numbering its features in vocabularies.
Profile make_profile(std::string_view key, Vocabularies& vocabularies);

/// The feature of the word pair that joining a key ending in a word masked to `tail` and one
/// starting with a word masked to `head` makes: the features of two keys joined by a space are
/// those of each key and this one (words never run across the space).
uint64_t joining_feature(uint64_t tail, uint64_t head);

/// Size of the multiset intersection of two sorted feature multisets.
size_t common_features(const std::vector<uint32_t>& x, const std::vector<uint32_t>& y);

/// Dice coefficient of two profiles' feature multisets, in [0, 1] (1 when both are empty).
double dice(const Profile& a, const Profile& b);

/// dice(a, b) when it is at least floor; otherwise some value below floor (-1 when the merge
/// stopped early, once the shared features could no longer reach it).
double dice_at_least(const Profile& a, const Profile& b, double floor);

/// make_profile of each clause's comparison key, made the first time a stage reads it and kept:
/// most clauses of a pair are exact anchors (stage 1 pairs them by key), whose profiles no later
/// stage reads, and whose keys are not kept either (a key is made again for its profile). Reads
/// like the vector it was (`side.profiles[pos]`); not copyable, since it points into its document.
class Profiles {
 public:
  Profiles() = default;
  Profiles(const Document& doc, Vocabularies& vocabularies);
  Profiles(const Profiles&) = delete;
  Profiles& operator=(const Profiles&) = delete;
  Profiles(Profiles&&) = default;
  Profiles& operator=(Profiles&&) = default;

  const Profile& operator[](size_t pos) const;
  size_t size() const { return made_.size(); }
  /// The vocabularies the profiles' ids are numbered in.
  const Vocabularies& vocabularies() const { return *vocabularies_; }

 private:
  const Document* doc_ = nullptr;
  Vocabularies* vocabularies_ = nullptr;
  mutable std::vector<Profile> made_;
  mutable std::vector<bool> ready_;
};

/// One side of the comparison, prepared once: keys and profiles by clause position.
struct Side {
  const Document* doc = nullptr;
  std::vector<uint32_t> keys;      ///< each clause's key class: equal on either side exactly when the text::comparison_key is
  Profiles profiles;               ///< make_profile of each key, on first use
  std::vector<size_t> partner;     ///< position of the paired clause on the other side, kNone, or kGrouped
};

/// A decided pair of clauses.
struct Match {
  size_t old_pos = kNone;
  size_t new_pos = kNone;
  Status status = Status::Unchanged;
  double similarity = 1.0;
};

/// A decided split (one old clause, several new) or merge (several old, one new). Positions are
/// increasing on the side that has several: consecutive, or not when the pieces stand apart.
struct Group {
  std::vector<size_t> old_pos;
  std::vector<size_t> new_pos;
  Status status = Status::Split;
  double similarity = 0.0;  ///< dice of the one clause against the concatenation of the others
};

/// All state of one align() call, passed down explicitly to every stage.
struct Context {
  Side old_side;
  Side new_side;
  AlignOptions options;
  std::vector<Match> matches;  ///< every pair decided so far, in no particular order
  std::vector<Group> groups;   ///< every split and merge decided so far
};

/// A candidate pair and its weight for choosing among candidates.
struct Candidate {
  size_t old_pos = 0;
  size_t new_pos = 0;
  double similarity = 0.0;  ///< dice of the two profiles
  double weight = 0.0;      ///< similarity, less a penalty when the clauses differ in kind
};

/// Records a pair: sets both partners and appends a Match with the status its texts earn.
void record(Context& ctx, size_t old_pos, size_t new_pos, double similarity, bool in_place);

/// Removes the one-to-one pair of old_pos, if it has one; both clauses become free.
void unrecord(Context& ctx, size_t old_pos);

/// Weight of a candidate pair: similarity, less kKindPenalty when the two clauses differ in kind.
double pair_weight(const Context& ctx, size_t old_pos, size_t new_pos, double similarity);

/// What a cross-kind pair loses against a same-kind pair of equal similarity.
inline constexpr double kKindPenalty = 0.25;

/// The positions of one side's clauses that have no partner yet, in order.
std::vector<size_t> free_positions(const Side& side);

/// Inverted index from shingle to the clauses (of one side, a chosen subset) that contain it.
class ShingleIndex {
 public:
  /// Indexes the given clause positions of side (increasing).
  ShingleIndex(const Side& side, const std::vector<size_t>& members);
  /// Up to limit member positions sharing the most shingles with profile, rarest shingles first,
  /// reading at most budget postings; long posting lists are read near expected_pos. Not const:
  /// it counts in the index's scratch counters.
  std::vector<size_t> candidates(const Profile& profile, size_t expected_pos, size_t limit, size_t budget);

 private:
  /// A shingle's posting list: postings_[begin, end), member positions in increasing order.
  struct Range {
    uint32_t begin = 0, end = 0;
  };
  std::vector<Range> lists_;         ///< by shingle id (a shingle numbered after the index was made has none)
  std::vector<uint32_t> postings_;  ///< every list, one after the other
  std::vector<uint32_t> counts_;  ///< scratch: shingles shared with the current query, by position (all 0 between queries)
  std::vector<uint32_t> touched_;  ///< scratch: the positions counted by the current query
};

/// Candidates per clause kept from the index.
inline constexpr size_t kCandidateLimit = 16;
/// Postings read per query.
inline constexpr size_t kPostingBudget = 4096;

/// Stage 1 (anchors.cpp): pairs the clauses among old_ids × new_ids whose keys are equal and unique
/// within them; keeps the longest increasing run in place and records the others as moved.
/// Returns the in-place anchors as (old, new) positions in increasing order.
std::vector<std::pair<size_t, size_t>> match_anchors(Context& ctx, const std::vector<size_t>& old_ids,
                                                     const std::vector<size_t>& new_ids);

/// The pairs among old_ids × new_ids whose keys are equal and unique within them, in old order.
std::vector<std::pair<size_t, size_t>> unique_equal_pairs(const Context& ctx, const std::vector<size_t>& old_ids,
                                                          const std::vector<size_t>& new_ids);

/// Longest strictly increasing subsequence of values, as indices into values (patience sorting).
std::vector<size_t> longest_increasing(const std::vector<size_t>& values);

/// Stage 2 (soft_anchors.cpp): over the whole document, the clauses whose keys are equal and
/// unique, and the pairs of clauses that are each other's clearly best partner; the heaviest
/// run of them in order stays in place, the others are recorded as moved. Returns the in-place
/// pairs as (old, new) positions in increasing order.
std::vector<std::pair<size_t, size_t>> match_soft_anchors(Context& ctx);

/// Stage 3 (gaps.cpp): pairs the unmatched clauses of one gap by similarity, keeping their order
/// (the heaviest increasing chain of candidate pairs at or above the threshold).
void match_gap(Context& ctx, const std::vector<size_t>& old_ids, const std::vector<size_t>& new_ids);

/// Heaviest chain of candidates increasing in both old_pos and new_pos, in increasing order.
std::vector<Candidate> heaviest_chain(std::vector<Candidate> candidates);

/// Candidate pairs for old_ids × new_ids: all pairs in a small gap, the shingle index otherwise,
/// and equal keys always; only pairs whose similarity reaches min_similarity.
std::vector<Candidate> find_candidates(const Context& ctx, const std::vector<size_t>& old_ids,
                                       const std::vector<size_t>& new_ids, double min_similarity);

/// Stage 4 (splits.cpp): finds clauses split into several clauses, and clauses merged into one —
/// neighbours first, else pieces that stand apart — among free and changed clauses; records them
/// as Groups.
void match_splits(Context& ctx);

/// Stage 5 (moves.cpp): pairs leftover clauses across the whole document (best pairs first) and
/// records them as moved.
void match_moves(Context& ctx);

}  // namespace resdiff::align_stage
