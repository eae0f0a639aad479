// Property test of compare(): random edit scripts on real corpus documents, 10,000 cases.
//
// A case takes a stretch of up to kMaxClauses consecutive clauses of one corpus document (small
// documents keep 10,000 cases fast) and applies a random script of up to four operations —
// insert (a clause of another document), delete, change (words inserted, replaced or deleted, or
// only the case of a word), move, split (at a comma), merge (two neighbours), duplicate (a copy
// of a clause elsewhere) — then compares the two documents. Whatever the script did, the report
// must keep these promises:
//
//   lossless   every entry's Equal+Delete texts give its old clauses' texts joined by one space,
//              its Equal+Insert texts the new ones'
//   partition  every old and every new clause is in exactly one entry
//   shapes     inserted 0→1, deleted 1→0, split 1→k (k ≥ 2, increasing: neighbours or not),
//              merged k→1 (k ≥ 2, increasing), every other status 1→1; entries in reading order
//              of their first new clause
//   counts     for each part P (the entry's kind: preambular, operative, other), the seven
//              status counts add up to P's entries, and technical + substantive to P's entries
//              that are not unchanged; over all parts, the old clauses are
//              unchanged + changed + moved + deleted + split + (old clauses of merged entries),
//              and the new clauses unchanged + changed + moved + inserted + merged + (new clauses
//              of split entries)
//   unchanged  an unchanged entry's texts are equal (under the case's tolerance: every fourth case
//              compares with a random -i, -w, --ignore-punctuation) and its edits one Equal (none
//              if empty)
//   technical  a technical entry is changed, moved, split or merged, and all its edits that are
//              not Equal are technical
//   identity   an empty script gives no differences at all; a script of deletions only gives
//              only unchanged and deleted entries; of moves only, only unchanged and moved
//
// The seed is fixed: a failure names its case number, and rerunning gives the same case.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "../bench/eval_set.hpp"
#include "words.hpp"
#include "resdiff/resdiff.hpp"

using namespace resdiff;

namespace {

constexpr size_t kMaxClauses = 24;
constexpr int kCases = 10000;
constexpr int kShards = 4;  // each its own ctest test, so that ctest -j runs them side by side

const std::vector<Document>& corpus() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> out;
    for (const char* name : {"A_RES_76_28.seed.md", "A_RES_80_41.md", "A_RES_80_24.md", "A_RES_80_2.md", "A_RES_80_10.md",
                             "A_RES_80_11.md", "A_RES_80_19.md", "A_RES_80_38.md", "A_RES_80_5.md"}) {
      Expected<Document> d = read_document(std::string(RESDIFF_FIXTURES) + "/" + name);
      if (d) out.push_back(*d);
    }
    return out;
  }();
  return docs;
}

using test_words::join;
using test_words::words_of;

/// A random word-level change of text.
std::string change(const std::string& text, std::mt19937& rng) {
  std::vector<std::string> words = words_of(text);
  if (words.empty()) return "Notes the matter;";
  static const std::vector<std::string> inserted = {"in particular", "as appropriate", "inter alia", "effective",
                                                    "2026", "A/80/164", "seventy-seventh", "and"};
  switch (rng() % 4) {
    case 0: words.insert(words.begin() + static_cast<long>(rng() % (words.size() + 1)), inserted[rng() % inserted.size()]); break;
    case 1: words[rng() % words.size()] = inserted[rng() % inserted.size()]; break;
    case 2: {
      size_t at = rng() % words.size();
      words.erase(words.begin() + static_cast<long>(at), words.begin() + static_cast<long>(std::min(words.size(), at + 1 + rng() % 3)));
      break;
    }
    default: {  // case only
      std::string& w = words[rng() % words.size()];
      for (char& c : w) c = static_cast<char>(std::isupper(static_cast<unsigned char>(c)) ? std::tolower(c) : std::toupper(c));
    }
  }
  return join(words);
}

/// One case: the documents and what the script did.
struct Case {
  Document old_doc, new_doc;
  std::string script;
  bool only_deletes = false, only_moves = false;
  Tolerance tolerance;  ///< every fourth case compares under a random -i / -w / --ignore-punctuation
};

Case make_case(std::mt19937& rng) {
  const std::vector<Document>& docs = corpus();
  const Document& base = docs[rng() % docs.size()];
  Case c;
  c.old_doc = base;
  size_t n = std::min(base.clauses.size(), static_cast<size_t>(rng() % (kMaxClauses + 1)));
  size_t start = base.clauses.size() > n ? rng() % (base.clauses.size() - n + 1) : 0;
  c.old_doc.clauses.assign(base.clauses.begin() + static_cast<long>(start), base.clauses.begin() + static_cast<long>(start + n));
  eval::renumber(c.old_doc);
  std::vector<Clause> cl = c.old_doc.clauses;
  int ops = static_cast<int>(rng() % 7);
  std::set<std::string> kinds;
  for (int k = 0; k < ops; ++k) {
    unsigned op = rng() % 7;
    if (cl.empty() && op != 0) op = 0;
    size_t at = cl.empty() ? 0 : rng() % cl.size();
    switch (op) {
      case 0: {  // insert a clause of another document
        const Document& donor = docs[rng() % docs.size()];
        if (donor.clauses.empty()) break;
        Clause added = donor.clauses[rng() % donor.clauses.size()];
        size_t to = rng() % (cl.size() + 1);
        if (!cl.empty()) added.kind = cl[std::min(to, cl.size() - 1)].kind;
        cl.insert(cl.begin() + static_cast<long>(to), added);
        kinds.insert("insert");
        break;
      }
      case 1:
        cl.erase(cl.begin() + static_cast<long>(at));
        kinds.insert("delete");
        break;
      case 2:
        cl[at].text = change(cl[at].text, rng);
        kinds.insert("change");
        break;
      case 3: {
        Clause moved = cl[at];
        cl.erase(cl.begin() + static_cast<long>(at));
        cl.insert(cl.begin() + static_cast<long>(rng() % (cl.size() + 1)), moved);
        kinds.insert("move");
        break;
      }
      case 4: {  // split at a comma
        size_t comma = cl[at].text.find(", ", cl[at].text.size() / 3);
        if (comma == std::string::npos) break;
        Clause second = cl[at];
        second.text = cl[at].text.substr(comma + 2);
        cl[at].text = cl[at].text.substr(0, comma + 1);
        cl.insert(cl.begin() + static_cast<long>(at + 1), second);
        kinds.insert("split");
        break;
      }
      case 5:  // merge two neighbours
        if (at + 1 >= cl.size()) break;
        cl[at].text += ", and " + cl[at + 1].text;
        cl.erase(cl.begin() + static_cast<long>(at + 1));
        kinds.insert("merge");
        break;
      default:  // a copy elsewhere
        cl.insert(cl.begin() + static_cast<long>(rng() % (cl.size() + 1)), cl[at]);
        kinds.insert("duplicate");
    }
  }
  c.new_doc = c.old_doc;
  c.new_doc.clauses = cl;
  eval::renumber(c.new_doc);
  for (const std::string& k : kinds) c.script += k + " ";
  c.only_deletes = kinds == std::set<std::string>{"delete"};
  c.only_moves = kinds == std::set<std::string>{"move"};
  if (rng() % 4 == 0) c.tolerance = {rng() % 2 == 0, rng() % 2 == 0, rng() % 2 == 0};
  return c;
}

/// True for strictly increasing positions.
bool increasing(const std::vector<size_t>& positions) {
  return std::adjacent_find(positions.begin(), positions.end(), [](size_t a, size_t b) { return a >= b; }) == positions.end();
}

/// Checks every promise of the essay above; returns what is broken, one line each.
std::vector<std::string> broken_promises(const Case& c, const Report& r) {
  std::vector<std::string> out;
  const size_t n_old = r.old_doc.clauses.size(), n_new = r.new_doc.clauses.size();
  std::vector<int> seen_old(n_old), seen_new(n_new);
  long last_new = -1;
  std::map<ClauseKind, std::map<Status, int>> by_part;
  std::map<ClauseKind, int> entries_of, changed_of;
  long old_total = 0, new_total = 0;
  auto part = [](ClauseKind k) { return k == ClauseKind::Preambular || k == ClauseKind::Operative ? k : ClauseKind::Paragraph; };
  for (size_t k = 0; k < r.entries.size(); ++k) {
    const Entry& e = r.entries[k];
    const std::string where = "entry " + std::to_string(k) + " (" + status_name(e.status) + "): ";
    std::string a, b;
    for (size_t i : e.old_clauses) {
      if (i >= n_old) return {where + "old clause out of range"};
      ++seen_old[i];
      a += (a.empty() ? "" : " ") + r.old_doc.clauses[i].text;
    }
    for (size_t j : e.new_clauses) {
      if (j >= n_new) return {where + "new clause out of range"};
      ++seen_new[j];
      b += (b.empty() ? "" : " ") + r.new_doc.clauses[j].text;
    }
    if (!e.new_clauses.empty()) {  // entries stand at their first new clause, in reading order
      if (static_cast<long>(e.new_clauses.front()) <= last_new) out.push_back(where + "new clauses out of reading order");
      last_new = static_cast<long>(e.new_clauses.front());
    }
    if (reconstruct(e.edits, true) != a) out.push_back(where + "edits do not give the old text");
    if (reconstruct(e.edits, false) != b) out.push_back(where + "edits do not give the new text");
    const size_t no = e.old_clauses.size(), nn = e.new_clauses.size();
    bool shape = true;
    switch (e.status) {
      case Status::Inserted: shape = no == 0 && nn == 1; break;
      case Status::Deleted: shape = no == 1 && nn == 0; break;
      case Status::Split: shape = no == 1 && nn >= 2 && increasing(e.new_clauses); break;
      case Status::Merged: shape = nn == 1 && no >= 2 && increasing(e.old_clauses); break;
      default: shape = no == 1 && nn == 1;
    }
    if (!shape) out.push_back(where + "wrong shape");
    if (e.status == Status::Unchanged) {
      if (!text::same_under(a, b, c.tolerance)) out.push_back(where + "unchanged but the texts differ (under the tolerance)");
      if (a.empty() ? !e.edits.empty() : (e.edits.size() != 1 || e.edits[0].op != Edit::Op::Equal))
        out.push_back(where + "unchanged but not one equal edit");
    }
    if (e.technical) {
      if (e.status == Status::Unchanged || e.status == Status::Inserted || e.status == Status::Deleted)
        out.push_back(where + "technical with a status that cannot be");
      for (const Edit& edit : e.edits)
        if (edit.op != Edit::Op::Equal && !edit.technical) out.push_back(where + "technical entry with a substantive edit");
    }
    ClauseKind p = part(e.kind);
    ++by_part[p][e.status];
    ++entries_of[p];
    if (e.status != Status::Unchanged) ++changed_of[p];
    old_total += static_cast<long>(no);
    new_total += static_cast<long>(nn);
  }
  for (size_t i = 0; i < n_old; ++i)
    if (seen_old[i] != 1) out.push_back("old clause " + std::to_string(i) + " in " + std::to_string(seen_old[i]) + " entries");
  for (size_t j = 0; j < n_new; ++j)
    if (seen_new[j] != 1) out.push_back("new clause " + std::to_string(j) + " in " + std::to_string(seen_new[j]) + " entries");

  // Counts: per part, and the clause totals over all parts.
  long u = 0, ch = 0, mv = 0, ins = 0, del = 0, sp = 0, mg = 0;
  for (auto [p, counts] : {std::pair{ClauseKind::Preambular, &r.preambular}, std::pair{ClauseKind::Operative, &r.operative},
                           std::pair{ClauseKind::Paragraph, &r.other}}) {
    const Counts& k = *counts;
    auto& want = by_part[p];
    if (k.unchanged != want[Status::Unchanged] || k.changed != want[Status::Changed] || k.moved != want[Status::Moved] ||
        k.inserted != want[Status::Inserted] || k.deleted != want[Status::Deleted] || k.split != want[Status::Split] ||
        k.merged != want[Status::Merged])
      out.push_back(std::string("counts of part ") + kind_name(p) + " differ from its entries");
    if (k.unchanged + k.changed + k.moved + k.inserted + k.deleted + k.split + k.merged != entries_of[p])
      out.push_back(std::string("counts of part ") + kind_name(p) + " do not add up to its entries");
    if (k.technical + k.substantive != changed_of[p])
      out.push_back(std::string("technical + substantive of part ") + kind_name(p) + " is not its differing entries");
    u += k.unchanged, ch += k.changed, mv += k.moved, ins += k.inserted, del += k.deleted, sp += k.split, mg += k.merged;
  }
  long merged_olds = 0, split_news = 0;
  for (const Entry& e : r.entries) {
    if (e.status == Status::Merged) merged_olds += static_cast<long>(e.old_clauses.size());
    if (e.status == Status::Split) split_news += static_cast<long>(e.new_clauses.size());
  }
  if (u + ch + mv + del + sp + merged_olds != static_cast<long>(n_old) || old_total != static_cast<long>(n_old))
    out.push_back("old clauses do not add up: U+C+M+D+S+merged olds != " + std::to_string(n_old));
  if (u + ch + mv + ins + mg + split_news != static_cast<long>(n_new) || new_total != static_cast<long>(n_new))
    out.push_back("new clauses do not add up: U+C+M+I+Mg+split news != " + std::to_string(n_new));

  if (c.script.empty() && (r.has_differences() || r.technical_only)) out.push_back("no edits, yet differences");
  for (const Entry& e : r.entries) {
    if (c.only_deletes && e.status != Status::Unchanged && e.status != Status::Deleted)
      out.push_back(std::string("deletions only, yet ") + status_name(e.status));
    if (c.only_moves && e.status != Status::Unchanged && e.status != Status::Moved)
      out.push_back(std::string("moves only, yet ") + status_name(e.status));
  }
  return out;
}

/// Runs cases [first, last) of the fixed-seed sequence.
void run_cases(int first, int last) {
  REQUIRE(corpus().size() == 9);
  const auto start = std::chrono::steady_clock::now();
  int passed = 0;
  for (int n = first; n < last; ++n) {
    // one seed per case, reproducible alone; unsigned, so that the product wraps instead of overflowing
    std::mt19937 rng(1000003u * static_cast<unsigned>(n) + 17u);
    Case c = make_case(rng);
    CompareOptions options;
    options.align.tolerance = c.tolerance;
    Report r = compare(c.old_doc, c.new_doc, options);
    std::vector<std::string> broken = broken_promises(c, r);
    if (!broken.empty()) {
      std::ostringstream what;
      what << "case " << n << " (" << c.old_doc.clauses.size() << " → " << c.new_doc.clauses.size() << " clauses; " << c.script
           << ")";
      for (const std::string& b : broken) what << "\n  " << b;
      FAIL(what.str());
    }
    ++passed;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(passed == last - first);
  WARN(passed << " cases passed in " << seconds << " s");
}

}  // namespace

TEST_CASE("property: random edit scripts keep every promise, cases 0-2499") { run_cases(0, kCases / kShards); }
TEST_CASE("property: random edit scripts keep every promise, cases 2500-4999") { run_cases(kCases / kShards, 2 * kCases / kShards); }
TEST_CASE("property: random edit scripts keep every promise, cases 5000-7499") { run_cases(2 * kCases / kShards, 3 * kCases / kShards); }
TEST_CASE("property: random edit scripts keep every promise, cases 7500-9999") { run_cases(3 * kCases / kShards, kCases); }
