// align_bench: how alignment time grows with document size (a program, not a test).
//
// For n = 1,250 … 20,000 clauses it builds an old document and a new one made from it by known
// edits (every 50th clause reworded, every 97th deleted, one new clause per thousand, one moved
// to the end), aligns them, and prints milliseconds in total and per clause. Near-linear
// alignment shows a per-clause time that stays flat as n doubles. Two shapes of document:
//   distinct   clauses that share few word pairs (typical operative paragraphs)
//   lookalike  clauses that all read "Recalling its resolution N/M of D Month YYYY, …" — long
//              posting lists in the shingle index, the case its budget exists for
//
// Build: cmake -S . -B build -DRESDIFF_BENCH=ON && cmake --build build --target align_bench
// (or see bench/CMakeLists.txt), then run build/bench/align_bench.
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "resdiff/align.hpp"

using namespace resdiff;

namespace {

Document make_doc(const std::vector<std::string>& texts) {
  Document d;
  int index = 0;
  for (const std::string& t : texts) {
    Clause c;
    c.kind = ClauseKind::Preambular;
    c.index = ++index;
    c.text = t;
    d.clauses.push_back(std::move(c));
  }
  return d;
}

std::vector<std::string> distinct_texts(size_t n, std::mt19937& rng) {
  static const char* words[] = {"peace", "security", "development", "rights", "climate", "oceans", "health", "women",
                                "children", "trade", "finance", "energy", "water", "food", "cities", "migration",
                                "disarmament", "terrorism", "refugees", "education"};
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    std::string t = "Calls upon States";
    for (int w = 0; w < 25; ++w) t += std::string(" ") + words[rng() % 20];
    out.push_back(t + ";");
  }
  return out;
}

std::vector<std::string> lookalike_texts(size_t n, std::mt19937& rng) {
  static const char* months[] = {"January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"};
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i)
    out.push_back("Recalling its resolution " + std::to_string(40 + rng() % 40) + "/" + std::to_string(rng() % 300) +
                  " of " + std::to_string(1 + rng() % 28) + " " + months[rng() % 12] + " " +
                  std::to_string(1990 + rng() % 35) + ", and its resolutions on the question,");
  return out;
}

/// The old texts edited: every 50th reworded, every 97th deleted, one inserted per 1,000, one moved.
std::vector<std::string> edited(const std::vector<std::string>& old_texts) {
  std::vector<std::string> out;
  for (size_t i = 0; i < old_texts.size(); ++i) {
    if (i % 97 == 13 || i == old_texts.size() / 2) continue;
    std::string t = old_texts[i];
    if (i % 50 == 7) t.insert(t.size() - 1, " as amended in the light of recent developments");
    out.push_back(t);
    if (i % 1000 == 500) out.push_back("Welcomes an entirely new initiative number " + std::to_string(i) + ";");
  }
  out.push_back(old_texts[old_texts.size() / 2]);
  return out;
}

}  // namespace

int main() {
  std::printf("%-10s %8s %10s %14s\n", "shape", "clauses", "ms", "us/clause");
  for (const char* shape : {"distinct", "lookalike"}) {
    for (size_t n = 1250; n <= 20000; n *= 2) {
      std::mt19937 rng(1);
      std::vector<std::string> old_texts = shape[0] == 'd' ? distinct_texts(n, rng) : lookalike_texts(n, rng);
      Document a = make_doc(old_texts);
      Document b = make_doc(edited(old_texts));
      auto start = std::chrono::steady_clock::now();
      std::vector<Pairing> pairings = align(a, b);
      double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
      std::printf("%-10s %8zu %10.1f %14.2f   (%zu pairings)\n", shape, n, ms, 1000.0 * ms / static_cast<double>(n),
                  pairings.size());
    }
  }
  return 0;
}
