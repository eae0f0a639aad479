// The evaluation set (fixtures/eval/, made by bench/make_eval.cpp): pairs made by applying known
// edits to real corpus documents, each with the alignment a drafter would draw. The test reads
// every pair, compares, and requires 100% precision and recall for every clause operation
// (unchanged, changed, moved, inserted, deleted, split, merged) and every expected technical
// cross-reference. It prints the per-operation table (WARN: shown by `test_eval -s` or ctest -V).
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <sstream>
#include <string>

#include "../bench/eval_set.hpp"
#include "resdiff/resdiff.hpp"

using namespace resdiff;

namespace {

const std::string kFixtures = RESDIFF_FIXTURES;
const std::string kEval = kFixtures + "/eval";

std::vector<eval::Pair> read_all() {
  std::vector<eval::Pair> pairs;
  for (const std::string& name : eval::pair_names(kEval)) {
    std::string error;
    std::optional<eval::Pair> p = eval::read_pair(kEval, name, error);
    INFO(error);
    REQUIRE(p.has_value());
    pairs.push_back(std::move(*p));
  }
  return pairs;
}

const Document& base(std::map<std::string, Document>& cache, const std::string& name) {
  auto it = cache.find(name);
  if (it == cache.end()) {
    Expected<Document> doc = read_document(kFixtures + "/" + name);
    INFO(name);
    REQUIRE(doc.ok());
    it = cache.emplace(name, *doc).first;
  }
  return it->second;
}

}  // namespace

TEST_CASE("the evaluation set: at least 60 pairs, 8 documents, every operation alone and combined") {
  std::vector<eval::Pair> pairs = read_all();
  CHECK(pairs.size() >= 60);
  std::set<std::string> documents;
  std::map<Status, int> expected;
  int combined = 0;
  for (const eval::Pair& p : pairs) {
    documents.insert(p.base);
    for (const eval::Operation& op : p.expected) ++expected[op.status];
    combined += p.ops.find(' ') != std::string::npos;
    CHECK_FALSE(p.new_clauses.empty());
  }
  CHECK(documents.size() >= 8);
  CHECK(combined >= 20);
  for (Status s : eval::kStatuses) {
    INFO(status_name(s));
    CHECK(expected[s] >= 10);
  }
  for (const char* op : {"insert", "delete", "change", "move", "move+change", "split", "merge", "renumber", "crosspart",
                         "lookalike", "xref", "beside", "merge-apart", "split-apart"}) {
    INFO(op);
    CHECK(std::count_if(pairs.begin(), pairs.end(), [&](const eval::Pair& p) { return p.ops.find(op) != std::string::npos; }) >= 3);
  }
}

TEST_CASE("the evaluation set: 100% precision and recall for every clause operation") {
  std::map<std::string, Document> cache;
  eval::Score total;
  for (const eval::Pair& p : read_all()) {
    auto [old_doc, new_doc] = eval::build(p, base(cache, p.base));
    eval::Score one = eval::score(compare(old_doc, new_doc), p.expected);
    eval::add(total, one);
    std::ostringstream what;
    for (const std::string& m : one.mistakes) what << "\n  " << m;
    INFO("pair " << p.name << " (" << p.base << ": " << p.ops << ")" << what.str());
    CHECK(one.mistakes.empty());
  }
  WARN("evaluation set, per clause operation:\n" << eval::table(total));
  for (Status s : eval::kStatuses) {
    INFO(status_name(s));
    CHECK(total.tallies[s].precision() == 1.0);
    CHECK(total.tallies[s].recall() == 1.0);
  }
  CHECK(total.technical_correct == total.technical_expected);
}

TEST_CASE("the evaluation set: every report is lossless and covers each clause once") {
  std::map<std::string, Document> cache;
  for (const eval::Pair& p : read_all()) {
    auto [old_doc, new_doc] = eval::build(p, base(cache, p.base));
    Report r = compare(old_doc, new_doc);
    INFO("pair " << p.name);
    std::vector<int> olds(r.old_doc.clauses.size()), news(r.new_doc.clauses.size());
    for (const Entry& e : r.entries) {
      std::string a, b;
      for (size_t i : e.old_clauses) {
        a += (a.empty() ? "" : " ") + r.old_doc.clauses[i].text;
        ++olds[i];
      }
      for (size_t j : e.new_clauses) {
        b += (b.empty() ? "" : " ") + r.new_doc.clauses[j].text;
        ++news[j];
      }
      CHECK(reconstruct(e.edits, true) == a);
      CHECK(reconstruct(e.edits, false) == b);
    }
    CHECK(std::all_of(olds.begin(), olds.end(), [](int n) { return n == 1; }));
    CHECK(std::all_of(news.begin(), news.end(), [](int n) { return n == 1; }));
  }
}
