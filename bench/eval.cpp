// eval: prints the evaluation set's precision and recall per clause operation, and every pair
// the aligner gets wrong (a program; tests/test_eval.cpp runs the same and fails below 100%).
//
// Build: cmake -S . -B build -DRESDIFF_BENCH=ON && cmake --build build --target eval
// Run from the project root: build/bench/eval [fixtures [fixtures/eval]]
#include <cstdio>
#include <map>
#include <string>

#include "eval_set.hpp"
#include "resdiff/resdiff.hpp"

using namespace resdiff;

int main(int argc, char** argv) {
  const std::string fixtures = argc > 1 ? argv[1] : "fixtures";
  const std::string dir = argc > 2 ? argv[2] : fixtures + "/eval";
  std::map<std::string, Document> bases;
  eval::Score total;
  int pairs = 0, wrong = 0;
  for (const std::string& name : eval::pair_names(dir)) {
    std::string error;
    std::optional<eval::Pair> pair = eval::read_pair(dir, name, error);
    if (!pair) {
      std::fprintf(stderr, "eval: %s\n", error.c_str());
      return 2;
    }
    if (!bases.count(pair->base)) {
      Expected<Document> doc = read_document(fixtures + "/" + pair->base);
      if (!doc) {
        std::fprintf(stderr, "eval: %s: %s\n", pair->base.c_str(), doc.error().what().c_str());
        return 2;
      }
      bases.emplace(pair->base, *doc);
    }
    auto [old_doc, new_doc] = eval::build(*pair, bases.at(pair->base));
    eval::Score one = eval::score(compare(old_doc, new_doc), pair->expected);
    eval::add(total, one);
    ++pairs;
    if (!one.mistakes.empty()) {
      ++wrong;
      std::printf("%s (%s: %s)\n", name.c_str(), pair->base.c_str(), pair->ops.c_str());
      for (const std::string& m : one.mistakes) std::printf("  %s\n", m.c_str());
    }
  }
  std::printf("%d pairs, %d with mistakes\n\n%s", pairs, wrong, eval::table(total).c_str());
  return wrong == 0 ? 0 : 1;
}
