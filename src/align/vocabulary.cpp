// The vocabulary: dense 32-bit ids for the 64-bit hashes of the aligner's features.
//
// A profile (similarity.cpp) is a multiset of hashed features: every word and every pair of
// adjacent words of a clause. Two documents of 8,000 clauses hold over a million of them but only
// some 60,000 distinct ones, so the aligner numbers the distinct hashes once and profiles hold
// those numbers: half the memory of the hashes, and the same answers, since two features are the
// same id exactly when they are the same hash. Only equality is ever asked of a feature (sorted
// multisets are intersected; which order they are sorted in does not matter), so ids in order of
// first sight do as well as the hashes did.
//
// The table is open addressing with linear probing over a power-of-two array, kept at most half
// full; a slot holds the hash and id + 1 (0: empty).
//
// Worked example: the words of "recalling its resolution" are hashed to h1, h2, h3 and get ids
// 0, 1, 2; the bigrams after them get 3 and 4. "recalling the report" then finds "recalling"
// at 0 and numbers "the", "report" and its two bigrams 5 to 8.
#include "align/stages.hpp"

namespace resdiff::align_stage {
namespace {

/// The slot where the probe for hash starts (the top bits of a multiplicative hash).
size_t home(uint64_t hash, unsigned bits) { return static_cast<size_t>((hash * 0x9E3779B97F4A7C15ull) >> (64 - bits)); }

}  // namespace

uint32_t Vocabulary::id(uint64_t hash) {
  if (2 * (size_ + 1) > keys_.size()) grow();
  for (size_t slot = home(hash, bits_);; slot = (slot + 1) & (keys_.size() - 1)) {
    if (ids_[slot] == 0) {
      keys_[slot] = hash;
      ids_[slot] = static_cast<uint32_t>(++size_);
      return ids_[slot] - 1;
    }
    if (keys_[slot] == hash) return ids_[slot] - 1;
  }
}

uint32_t Vocabulary::find(uint64_t hash) const {
  if (keys_.empty()) return kNoId;
  for (size_t slot = home(hash, bits_);; slot = (slot + 1) & (keys_.size() - 1)) {
    if (ids_[slot] == 0) return kNoId;
    if (keys_[slot] == hash) return ids_[slot] - 1;
  }
}

void Vocabulary::grow() {
  std::vector<uint64_t> keys = std::move(keys_);
  std::vector<uint32_t> ids = std::move(ids_);
  bits_ = keys.empty() ? 10 : bits_ + 1;
  keys_.assign(size_t{1} << bits_, 0);
  ids_.assign(size_t{1} << bits_, 0);
  for (size_t k = 0; k < keys.size(); ++k) {
    if (ids[k] == 0) continue;
    size_t slot = home(keys[k], bits_);
    while (ids_[slot] != 0) slot = (slot + 1) & (keys_.size() - 1);
    keys_[slot] = keys[k];
    ids_[slot] = ids[k];
  }
}

}  // namespace resdiff::align_stage
