// align_bench: how alignment time grows with document size (a program, not a test).
//
// For n = 1,250 … 20,000 clauses it builds an old document and a new one made from it by known
// edits (every 50th clause reworded, every 97th deleted, one new clause per thousand, one moved
// to the end), aligns them, and prints milliseconds in total and per clause, and the statuses
// found. Near-linear alignment shows a per-clause time that stays flat as n doubles. Shapes:
//   distinct   clauses that share few word pairs (typical operative paragraphs)
//   lookalike  clauses that all read "Recalling its resolution N/M of D Month YYYY, …" — long
//              posting lists in the shingle index, the case its budget exists for
//   reworded   distinct clauses, every one of them reworded: no exact anchor at all, so every
//              pair is a soft anchor found through the index
//   reshaped   distinct clauses, every 40th split in two and the two after every 40th+20th
//              merged into one: the split and merge search at scale
//   unrelated  two documents of distinct clauses drawn independently: nothing pairs, every
//              clause is free in every stage (all of them share the same 20 words)
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

/// Every clause reworded: one word replaced.
std::vector<std::string> reworded(const std::vector<std::string>& old_texts) {
  std::vector<std::string> out;
  for (const std::string& t : old_texts) {
    std::string r = t;
    size_t at = r.find(' ', r.size() / 2);
    r.insert(at == std::string::npos ? r.size() : at, " duly");
    out.push_back(r);
  }
  return out;
}

/// Every 40th clause split at its middle word, the two after every 40th+20th merged.
std::vector<std::string> reshaped(const std::vector<std::string>& old_texts) {
  std::vector<std::string> out;
  for (size_t i = 0; i < old_texts.size(); ++i) {
    const std::string& t = old_texts[i];
    if (i % 40 == 7) {
      size_t at = t.find(' ', t.size() / 2);
      out.push_back(t.substr(0, at) + ";");
      out.push_back("Also " + t.substr(at + 1));
    } else if (i % 40 == 27 && i + 1 < old_texts.size()) {
      out.push_back(t.substr(0, t.size() - 1) + ", and " + old_texts[i + 1]);
      ++i;
    } else {
      out.push_back(t);
    }
  }
  return out;
}

}  // namespace

int main() {
  std::printf("%-10s %8s %10s %11s   %s\n", "shape", "clauses", "ms", "us/clause", "statuses (unchanged changed moved inserted deleted split merged)");
  for (const char* shape : {"distinct", "lookalike", "reworded", "reshaped", "unrelated"}) {
    for (size_t n = 1250; n <= 20000; n *= 2) {
      std::mt19937 rng(1);
      const std::string s = shape;
      std::vector<std::string> old_texts = s == "lookalike" ? lookalike_texts(n, rng) : distinct_texts(n, rng);
      std::vector<std::string> new_texts = s == "reworded"    ? reworded(old_texts)
                                           : s == "reshaped"  ? reshaped(old_texts)
                                           : s == "unrelated" ? distinct_texts(n, rng)
                                                              : edited(old_texts);
      Document a = make_doc(old_texts);
      Document b = make_doc(new_texts);
      auto start = std::chrono::steady_clock::now();
      std::vector<Pairing> pairings = align(a, b);
      double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
      size_t count[7] = {};
      for (const Pairing& p : pairings) ++count[static_cast<int>(p.status)];
      std::printf("%-10s %8zu %10.1f %11.2f   %zu %zu %zu %zu %zu %zu %zu\n", shape, n, ms, 1000.0 * ms / static_cast<double>(n),
                  count[0], count[1], count[2], count[3], count[4], count[5], count[6]);
    }
  }
  return 0;
}
