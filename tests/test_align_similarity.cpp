// Tests for src/align/similarity.cpp and index.cpp: the shortcuts the aligner takes must give the
// numbers the plain definitions give (joined keys, Dice with an early stop, the shingle index).
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "align/stages.hpp"

using namespace resdiff;
using namespace resdiff::align_stage;

namespace {

/// A random comparison key of up to max_words words drawn from a small vocabulary (so that
/// keys share words and word pairs), numbers and a non-ASCII word among them.
std::string random_key(std::mt19937& rng, size_t max_words) {
  static const std::vector<std::string> vocabulary = {"recalling", "its", "resolution", "79", "42", "of", "2",
                                                      "december", "2024", "the", "general", "assembly", "états",
                                                      "urges", "all", "states", "to", "report", "on", "2030"};
  std::uniform_int_distribution<size_t> words(0, max_words), pick(0, vocabulary.size() - 1);
  std::string key;
  for (size_t k = words(rng); k > 0; --k) {
    if (!key.empty()) key += rng() % 4 == 0 ? ", " : " ";
    key += vocabulary[pick(rng)];
  }
  return key;
}

}  // namespace

TEST_CASE("the features of two keys joined by a space are each key's and the joining word pair") {
  std::mt19937 rng(7);
  Vocabularies v;
  for (int round = 0; round < 2000; ++round) {
    std::string a = random_key(rng, 8), b = random_key(rng, 8);
    Profile pa = make_profile(a, v), pb = make_profile(b, v);
    std::vector<uint32_t> expected = pa.features;
    expected.insert(expected.end(), pb.features.begin(), pb.features.end());
    if (!pa.features.empty() && !pb.features.empty()) expected.push_back(v.features.id(joining_feature(pa.tail, pb.head)));
    std::sort(expected.begin(), expected.end());
    INFO("\"" << a << "\" + \"" << b << "\"");
    CHECK(make_profile(a + " " + b, v).features == expected);
  }
}

TEST_CASE("the head and tail of a profile are its first and last words, numbers masked") {
  Vocabularies v;
  Profile p = make_profile("recalling its resolution 79", v);
  CHECK(p.head == make_profile("recalling", v).head);
  CHECK(p.tail == make_profile("2024", v).tail);  // every number masks alike
  CHECK(p.tail != make_profile("resolution", v).tail);
  CHECK(make_profile("", v).head == 0);
  CHECK(make_profile(", ;", v).tail == 0);
}

TEST_CASE("dice_at_least is dice where dice reaches the floor, and below the floor elsewhere") {
  std::mt19937 rng(11);
  Vocabularies v;
  for (int round = 0; round < 5000; ++round) {
    Profile a = make_profile(random_key(rng, 60), v), b = make_profile(random_key(rng, 60), v);
    double floor = static_cast<double>(rng() % 101) / 100.0;
    double exact = dice(a, b), quick = dice_at_least(a, b, floor);
    if (exact >= floor) {
      CHECK(quick == exact);
    } else {
      CHECK(quick < floor);
    }
  }
}

TEST_CASE("the shingle index proposes the clauses sharing most shingles, nearest first among equals") {
  Document doc;
  for (const char* text : {"urges all states to report", "urges all states", "calls upon all states to report",
                           "requests the secretary-general to report", "urges all states to report on"}) {
    Clause c;
    c.text = text;
    doc.clauses.push_back(c);
  }
  Side side;
  side.doc = &doc;
  Vocabularies v;
  side.profiles = Profiles(doc, v);
  side.partner.assign(doc.clauses.size(), kNone);
  ShingleIndex index(side, {0, 1, 2, 3, 4});
  Profile query = make_profile("urges all states to report", v);
  // 0 and 4 share all four word pairs, 2 three ("all states", "states to", "to report"), 1 two.
  CHECK(index.candidates(query, 4, 3, kPostingBudget) == std::vector<size_t>{4, 0, 2});
  CHECK(index.candidates(query, 0, 3, kPostingBudget) == std::vector<size_t>{0, 4, 2});
  // The same query again: the index's counters were reset.
  CHECK(index.candidates(query, 0, 2, kPostingBudget) == std::vector<size_t>{0, 4});
  // A budget of one posting reads only the rarest shingle's list ("urges all" is in 0, 1 and 4;
  // "to report" in 0, 2, 3 and 4, "states to" in 0, 2, 4): one clause, near the expected place.
  CHECK(index.candidates(query, 4, 5, 1).size() == 1);
  // A shingle numbered after the index was made has no list: "report on the" finds 4 by "report on".
  CHECK(index.candidates(make_profile("report on the", v), 0, 5, kPostingBudget) == std::vector<size_t>{4});
}

TEST_CASE("the vocabulary numbers hashes densely in order of first sight, and finds them again") {
  Vocabulary v;
  CHECK(v.find(42) == Vocabulary::kNoId);
  std::vector<uint64_t> hashes;
  std::mt19937_64 rng(3);
  for (int k = 0; k < 5000; ++k) hashes.push_back(k % 7 == 0 ? 0 : rng());  // 0 is a hash like any other
  std::vector<uint32_t> ids;
  for (uint64_t h : hashes) ids.push_back(v.id(h));
  CHECK(ids[0] == 0);
  CHECK(ids[1] == 1);
  CHECK(ids[7] == 0);
  for (size_t k = 0; k < hashes.size(); ++k) {
    CHECK(v.find(hashes[k]) == ids[k]);
    CHECK(v.id(hashes[k]) == ids[k]);
  }
  CHECK(v.size() == 5000 - 5000 / 7);
}
