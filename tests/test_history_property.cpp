// Property test of trace_history(): a random chain of edits, applied to a real text year by year,
// is reported back exactly.
//
// A chain takes a stretch of up to kMaxClauses consecutive clauses of one corpus document (its
// version 0, session S) and makes 2 to kMaxYears more versions, version k of session S + k,
// each from the one before by a random script of edits whose outcome a drafter would not doubt:
//
//   change     one to three words of a clause of twelve words or more replaced, inserted,
//              deleted or put in other case                                step changed, substantive
//   technical  in a clause naming the next session ("… at its eighty-first session"), that
//              ordinal moved on with the session (eighty-first → eighty-second)  step changed, technical
//   insert     a clause of another corpus document, unlike every clause there  born in this version
//   delete     a clause taken out                                          gone, dying in this version
//   move       one clause taken two or more places away among clauses of its kind, when that
//              leaves it the only clause out of order                      step moved
//   split      a clause of twelve words or more cut after a comma           both halves: step split
//   merge      two neighbours of one kind, of twelve words or more each and the shorter at least
//              a quarter of the longer, joined with ", and"                step merged, earliest birth
//
// A split or a merge is made only in a year without deletions (a deleted clause that resembles a
// half next to it can be read as that half, changed), and a short clause joined to a long one is
// read, by design, as the long one changed and the short one deleted (src/align/splits.cpp: each
// piece must add kSplitGain to the coverage); those are the aligner's readings, not the chain's.
//
// At most one edit touches a clause in a year. The model below keeps, for every clause alive, the
// version it was born in and its steps, exactly as trace_history() promises to report them (a
// merge lays both parents' steps side by side; a step of one version the two parents took apart
// is one step, moved or split outranking changed, technical only if both were); the history of the
// chain must match it clause for clause — born, and every step's version, status and technicality
// — and its gone clauses must be exactly the deleted ones, with their texts, births and deaths.
//
// The seed is fixed: a failure names its chain, and rerunning gives the same chain
// (RESDIFF_DUMP_CHAIN=N prints chain N's versions to standard error).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "../bench/eval_set.hpp"
#include "words.hpp"
#include "resdiff/history.hpp"
#include "resdiff/resdiff.hpp"

using namespace resdiff;

namespace {

constexpr size_t kMaxClauses = 16;
constexpr int kMaxYears = 8;
constexpr int kChains = 4000;
constexpr size_t kMergeWords = 12;  // the words of each clause a merge joins, at least
constexpr int kShards = 4;  // each its own ctest test, so that ctest -j runs them side by side

const std::vector<Document>& corpus() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> out;
    for (const char* name : {"A_RES_80_41.md", "A_RES_76_28.seed.md", "A_RES_80_24.md", "A_RES_80_2.md", "A_RES_80_10.md",
                             "A_RES_80_11.md", "A_RES_80_19.md", "A_RES_80_38.md"}) {
      Expected<Document> d = read_document(std::string(RESDIFF_FIXTURES) + "/" + name);
      if (d) out.push_back(*d);
    }
    return out;
  }();
  return docs;
}

/// "seventy-first" … "ninety-ninth" for 71 … 99.
std::string ordinal_word(int n) {
  static const char* tens[] = {"", "", "", "", "", "", "", "seventy", "eighty", "ninety"};
  static const char* tenths[] = {"", "", "", "", "", "", "", "seventieth", "eightieth", "ninetieth"};
  static const char* units[] = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"};
  if (n % 10 == 0) return tenths[n / 10];
  return std::string(tens[n / 10]) + "-" + units[n % 10];
}

using test_words::join;
using test_words::words_of;

/// A word-level change of a long text that keeps it recognisably the same clause.
std::string reworded(const std::string& text, std::mt19937& rng) {
  std::vector<std::string> words = words_of(text);
  static const std::vector<std::string> inserted = {"in particular", "as appropriate", "inter alia", "effective", "further",
                                                    "all relevant", "strongly"};
  int edits = 1 + static_cast<int>(rng() % 3);
  for (int e = 0; e < edits && words.size() > 4; ++e) {
    size_t at = 1 + rng() % (words.size() - 1);
    switch (rng() % 4) {
      case 0: words.insert(words.begin() + static_cast<long>(at), inserted[rng() % inserted.size()]); break;
      case 1: words[at] = inserted[rng() % inserted.size()]; break;
      case 2: words.erase(words.begin() + static_cast<long>(at)); break;
      default: {  // the case of a word of letters only
        std::string& w = words[at];
        if (!std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) break;
        for (char& c : w) c = static_cast<char>(std::isupper(static_cast<unsigned char>(c)) ? std::tolower(c) : std::toupper(c));
      }
    }
  }
  return join(words);
}

/// A step as the model expects it.
struct Step {
  size_t at = 0;
  Status status = Status::Changed;
  bool technical = false;
  bool words = false;  ///< the step changed words
  long event = 0;      ///< which edit made it (the two halves of one split share it)
};

int weight(Status s) { return s == Status::Merged ? 3 : s == Status::Split ? 2 : s == Status::Moved ? 1 : 0; }

/// A clause alive in the model.
struct Live {
  Clause clause;
  size_t born = 0;
  std::vector<Step> steps;
};

/// A clause the model saw dropped.
struct Dead {
  std::string text;
  size_t born = 0, died = 0;
};

/// Two parents' steps laid side by side, as a merge does.
std::vector<Step> side_by_side(const std::vector<Step>& a, const std::vector<Step>& b) {
  std::vector<Step> out;
  size_t x = 0, y = 0;
  while (x < a.size() || y < b.size()) {
    if (y == b.size() || (x < a.size() && a[x].at < b[y].at)) {
      out.push_back(a[x++]);
    } else if (x == a.size() || b[y].at < a[x].at) {
      out.push_back(b[y++]);
    } else {
      Step s = a[x];
      const Step& t = b[y];
      if (s.event != t.event) {
        if (weight(t.status) > weight(s.status)) s.status = t.status;
        s.technical = (s.words || t.words) && (!s.words || s.technical) && (!t.words || t.technical);
        s.words = s.words || t.words;
      }
      out.push_back(s);
      ++x;
      ++y;
    }
  }
  return out;
}

/// Number of longest increasing subsequences of v, and their length.
std::pair<size_t, long> longest_increasing(const std::vector<long>& v) {
  std::vector<size_t> len(v.size(), 1);
  std::vector<long> count(v.size(), 1);
  size_t best = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (v[j] >= v[i]) continue;
      if (len[j] + 1 > len[i]) {
        len[i] = len[j] + 1;
        count[i] = count[j];
      } else if (len[j] + 1 == len[i]) {
        count[i] += count[j];
      }
    }
    best = std::max(best, len[i]);
  }
  long total = 0;
  for (size_t i = 0; i < v.size(); ++i)
    if (len[i] == best) total += count[i];
  return {best, total};
}

/// One chain: its versions, and what the model says the history is.
struct Chain {
  std::vector<Document> versions;
  std::vector<Live> alive;  ///< the newest version's clauses, in order
  std::vector<Dead> dead;
  std::map<std::string, int> edits;  ///< edits made, by kind
};

class ChainMaker {
 public:
  explicit ChainMaker(std::mt19937& rng) : rng_(rng) {}

  Chain make() {
    const std::vector<Document>& docs = corpus();
    const Document& base = docs[rng_() % docs.size()];
    Document first = base;
    first.meta.session = base.meta.session.value_or(80);
    size_t n = std::min(base.clauses.size(), 3 + static_cast<size_t>(rng_() % (kMaxClauses - 2)));
    size_t start = base.clauses.size() > n ? rng_() % (base.clauses.size() - n + 1) : 0;
    // the stretch often ends with the clauses that name the next session
    if (rng_() % 3 == 0) start = base.clauses.size() - n;
    first.clauses.assign(base.clauses.begin() + static_cast<long>(start), base.clauses.begin() + static_cast<long>(start + n));
    eval::renumber(first);
    for (const Clause& c : first.clauses) chain_.alive.push_back({c, 0, {}});
    chain_.versions.push_back(first);
    int years = 2 + static_cast<int>(rng_() % (kMaxYears - 1));
    for (int k = 1; k <= years; ++k) year(static_cast<size_t>(k));
    return std::move(chain_);
  }

 private:
  std::mt19937& rng_;
  Chain chain_;
  long event_ = 0;

  int session(size_t k) const { return *chain_.versions.front().meta.session + static_cast<int>(k); }

  bool unique_text(const std::string& text, const std::vector<Live>& clauses, size_t except = SIZE_MAX) const {
    for (size_t i = 0; i < clauses.size(); ++i)
      if (i != except && clauses[i].clause.text == text) return false;
    return true;
  }

  void year(size_t k) {
    std::vector<Live> cl = chain_.alive;
    std::vector<bool> touched(cl.size(), false);
    std::vector<long> origin(cl.size());  // each clause's position in the version before, -1 if new
    for (size_t i = 0; i < cl.size(); ++i) origin[i] = static_cast<long>(i);
    auto erase_at = [&](size_t i) {
      cl.erase(cl.begin() + static_cast<long>(i));
      touched.erase(touched.begin() + static_cast<long>(i));
      origin.erase(origin.begin() + static_cast<long>(i));
    };
    auto insert_at = [&](size_t i, Live live, bool t, long o) {
      cl.insert(cl.begin() + static_cast<long>(i), std::move(live));
      touched.insert(touched.begin() + static_cast<long>(i), t);
      origin.insert(origin.begin() + static_cast<long>(i), o);
    };
    std::vector<Dead> dead;  // this year's deaths and edits, kept only if the year is
    std::map<std::string, int> edits;
    const std::string next_old = ordinal_word(session(k - 1) + 1) + " session";
    const std::string next_new = ordinal_word(session(k) + 1) + " session";
    // the technical update every clause naming the next session gets (a drafter does them all)
    for (size_t i = 0; i < cl.size(); ++i) {
      size_t at = cl[i].clause.text.find(next_old);
      if (at == std::string::npos) continue;
      cl[i].clause.text.replace(at, next_old.size(), next_new);
      cl[i].steps.push_back({k, Status::Changed, true, true, ++event_});
      touched[i] = true;
      ++edits["technical"];
    }
    bool moved = false, split = false, merged = false, deleted = false;
    long moved_origin = -1;
    // splits and merges come last, so that nothing is put between two halves or taken from between
    // two clauses that are joined
    int ops = static_cast<int>(rng_() % 4), regroupings = static_cast<int>(rng_() % 2);
    for (int op = 0; op < ops + regroupings; ++op) {
      if (cl.empty()) break;
      size_t at = rng_() % cl.size();
      switch (op < ops ? rng_() % 4 : 4 + rng_() % 2) {
        case 0: {  // change
          if (touched[at] || words_of(cl[at].clause.text).size() < 12) break;
          std::string text = reworded(cl[at].clause.text, rng_);
          if (text == cl[at].clause.text || !unique_text(text, cl, at) || similarity(text, cl[at].clause.text) < 0.75) break;
          cl[at].clause.text = text;
          cl[at].steps.push_back({k, Status::Changed, false, true, ++event_});
          touched[at] = true;
          ++edits["change"];
          break;
        }
        case 1: {  // insert a clause of another document
          const std::vector<Document>& docs = corpus();
          const Document& donor = docs[rng_() % docs.size()];
          if (donor.clauses.empty()) break;
          Clause added = donor.clauses[rng_() % donor.clauses.size()];
          bool unlike = words_of(added.text).size() >= 6;
          for (const Live& l : chain_.alive) unlike = unlike && similarity(added.text, l.clause.text) < 0.3;
          for (const Live& l : cl) unlike = unlike && similarity(added.text, l.clause.text) < 0.3;
          if (!unlike || added.text.find("session") != std::string::npos) break;
          size_t to = rng_() % (cl.size() + 1);
          added.kind = cl[std::min(to, cl.size() - 1)].clause.kind;
          if (added.kind == ClauseKind::Subparagraph) break;
          insert_at(to, {added, k, {}}, true, -1);
          ++edits["insert"];
          break;
        }
        case 2: {  // delete
          if (touched[at] || cl.size() < 3) break;
          dead.push_back({cl[at].clause.text, cl[at].born, k});
          deleted = true;
          erase_at(at);
          ++edits["delete"];
          break;
        }
        case 3: {  // move among clauses of its kind
          if (moved || touched[at]) break;
          std::vector<size_t> same;
          for (size_t i = 0; i < cl.size(); ++i)
            if (cl[i].clause.kind == cl[at].clause.kind && cl[i].clause.kind != ClauseKind::Subparagraph) same.push_back(i);
          if (same.size() < 4) break;
          size_t from = static_cast<size_t>(std::find(same.begin(), same.end(), at) - same.begin());
          size_t to = rng_() % same.size();
          if (to + 2 > from && from + 2 > to) break;  // two places or more
          Live live = cl[at];
          long o = origin[at];
          size_t target = same[to];
          erase_at(at);
          if (target > at) --target;
          size_t place = to > from ? target + 1 : target;
          live.steps.push_back({k, Status::Moved, false, false, ++event_});
          moved_origin = o;
          insert_at(place, live, true, o);
          moved = true;
          ++edits["move"];
          break;
        }
        case 4: {  // split after a comma
          if (split || deleted || touched[at] || words_of(cl[at].clause.text).size() < 12) break;
          const std::string& text = cl[at].clause.text;
          size_t comma = text.find(", ", text.size() / 3);
          if (comma == std::string::npos || words_of(text.substr(comma + 2)).size() < 6 ||
              words_of(text.substr(0, comma)).size() < 6)
            break;
          Live first = cl[at], second = cl[at];
          first.clause.text = text.substr(0, comma + 1);
          second.clause.text = text.substr(comma + 2);
          second.clause.footnotes.clear();
          long e = ++event_;
          first.steps.push_back({k, Status::Split, false, false, e});
          second.steps.push_back({k, Status::Split, false, false, e});
          long o = origin[at];
          cl[at] = first;
          touched[at] = true;
          origin[at] = o;
          insert_at(at + 1, second, true, -1);  // one half stands for the old clause in the order check
          split = true;
          ++edits["split"];
          break;
        }
        default: {  // merge two neighbours
          if (merged || at + 1 >= cl.size() || touched[at] || touched[at + 1] || origin[at] < 0 || origin[at + 1] != origin[at] + 1) break;
          if (cl[at].clause.kind != cl[at + 1].clause.kind || cl[at].clause.kind == ClauseKind::Subparagraph) break;
          size_t a = words_of(cl[at].clause.text).size(), b = words_of(cl[at + 1].clause.text).size();
          if (deleted || std::min(a, b) < kMergeWords || 4 * std::min(a, b) < std::max(a, b)) break;
          Live joined = cl[at];
          joined.clause.text += ", and " + cl[at + 1].clause.text;
          joined.clause.footnotes.insert(joined.clause.footnotes.end(), cl[at + 1].clause.footnotes.begin(),
                                         cl[at + 1].clause.footnotes.end());
          joined.born = std::min(cl[at].born, cl[at + 1].born);
          joined.steps = side_by_side(cl[at].steps, cl[at + 1].steps);
          joined.steps.push_back({k, Status::Merged, false, true, ++event_});
          long o = origin[at];
          erase_at(at + 1);
          cl[at] = joined;
          touched[at] = true;
          origin[at] = o;
          merged = true;
          ++edits["merge"];
          break;
        }
      }
    }
    // a move must leave the moved clause the only one out of order, or who moved is a matter of taste
    if (moved && !single_move(origin, touched, moved_origin)) {
      year(k);  // drawn again: the draft's edits, deaths and steps are dropped with it
      return;
    }
    chain_.dead.insert(chain_.dead.end(), dead.begin(), dead.end());
    for (const auto& [kind, count] : edits) chain_.edits[kind] += count;
    Document next = chain_.versions.back();
    next.meta.session = session(k);
    next.clauses.clear();
    for (const Live& l : cl) next.clauses.push_back(l.clause);
    eval::renumber(next);
    for (size_t i = 0; i < cl.size(); ++i) cl[i].clause = next.clauses[i];
    chain_.versions.push_back(std::move(next));
    chain_.alive = std::move(cl);
  }

  /// True when the clauses the year left as they were, and the moved one, stand in the order of
  /// the version before but for the moved one, and no other reading of the order is as short.
  static bool single_move(const std::vector<long>& origin, const std::vector<bool>& touched, long moved) {
    std::vector<long> order, rest;
    for (size_t i = 0; i < origin.size(); ++i) {
      if (origin[i] < 0 || (touched[i] && origin[i] != moved)) continue;
      order.push_back(origin[i]);
      if (origin[i] != moved) rest.push_back(origin[i]);
    }
    auto [length, count] = longest_increasing(order);
    return std::is_sorted(rest.begin(), rest.end()) && length + 1 == order.size() && count == 1;
  }
};

/// What in the history differs from the model, one line each.
std::vector<std::string> differences(const Chain& chain, const History& h) {
  std::vector<std::string> out;
  if (h.clauses.size() != chain.alive.size()) {
    return {"the newest version has " + std::to_string(h.clauses.size()) + " clauses in the history, " +
            std::to_string(chain.alive.size()) + " in the chain"};
  }
  for (size_t i = 0; i < chain.alive.size(); ++i) {
    const Live& want = chain.alive[i];
    const Lineage& got = h.clauses[i].lineage;
    std::string where = "clause " + std::to_string(i) + " \"" + want.clause.text.substr(0, 40) + "…\": ";
    if (got.born != want.born) out.push_back(where + "born " + std::to_string(got.born) + ", made in " + std::to_string(want.born));
    std::ostringstream a, b;
    for (const HistoryStep& s : got.steps) a << " " << s.at << ":" << status_name(s.status) << (s.technical ? "/technical" : "");
    for (const Step& s : want.steps) b << " " << s.at << ":" << status_name(s.status) << (s.technical ? "/technical" : "");
    if (a.str() != b.str()) out.push_back(where + "steps" + a.str() + ", made" + b.str());
  }
  std::multiset<std::string> gone_got, gone_want;
  for (const GoneClause& g : h.gone)
    gone_got.insert(std::to_string(g.lineage.born) + "→" + std::to_string(g.died) + " " + h.clause(g.died - 1, g.clause).text);
  for (const Dead& d : chain.dead) gone_want.insert(std::to_string(d.born) + "→" + std::to_string(d.died) + " " + d.text);
  if (gone_got != gone_want) {
    out.push_back("gone: " + std::to_string(gone_got.size()) + " reported, " + std::to_string(gone_want.size()) + " deleted");
    for (const std::string& g : gone_got)
      if (!gone_want.count(g)) out.push_back("  reported gone: " + g.substr(0, 60));
    for (const std::string& g : gone_want)
      if (!gone_got.count(g)) out.push_back("  deleted, not reported: " + g.substr(0, 60));
  }
  return out;
}

/// Runs chains [first, last) of the fixed-seed sequence; the edit counts go to tally.
void run_chains(int first, int last) {
  REQUIRE(corpus().size() == 8);
  std::map<std::string, int> tally;
  int versions = 0, passed = 0;
  for (int n = first; n < last; ++n) {
    std::mt19937 rng(static_cast<unsigned>(7919 * n + 101));  // one seed per chain: reproducible alone
    Chain chain = ChainMaker(rng).make();
    versions += static_cast<int>(chain.versions.size());
    for (const auto& [kind, count] : chain.edits) tally[kind] += count;
    History h = trace_history(chain.versions);
    if (const char* dump = std::getenv("RESDIFF_DUMP_CHAIN"); dump != nullptr && std::atoi(dump) == n) {
      for (size_t k = 0; k < chain.versions.size(); ++k) {  // to study a failure: every version's clauses
        std::fprintf(stderr, "== version %zu\n", k);
        for (size_t i = 0; i < chain.versions[k].clauses.size(); ++i) {
          const Clause& c = chain.versions[k].clauses[i];
          std::fprintf(stderr, "%zu [%s] %s\n", i, kind_name(c.kind), c.text.c_str());
        }
      }
    }
    std::vector<std::string> wrong = differences(chain, h);
    if (!wrong.empty()) {
      std::ostringstream what;
      what << "chain " << n << " (" << chain.versions.size() << " versions):";
      for (const std::string& w : wrong) what << "\n  " << w;
      for (size_t k = 0; k < h.steps.size(); ++k) {  // what each comparison paired, to see where it went wrong
        what << "\n  " << k << "→" << k + 1 << ":";
        for (const Entry& e : h.steps[k].entries) {
          if (e.status == Status::Unchanged) continue;
          what << " " << eval::describe(e.status, e.old_clauses, e.new_clauses) << ";";
        }
      }
      FAIL(what.str());
    }
    ++passed;
  }
  CHECK(passed == last - first);
  std::ostringstream edits;
  for (const auto& [kind, count] : tally) edits << " " << kind << " " << count;
  WARN(passed << " chains, " << versions << " versions, reported back exactly; edits:" << edits.str());
}

}  // namespace

TEST_CASE("property: a random chain of yearly edits is reported back exactly, chains 0-999") { run_chains(0, kChains / kShards); }
TEST_CASE("property: a random chain of yearly edits is reported back exactly, chains 1000-1999") {
  run_chains(kChains / kShards, 2 * kChains / kShards);
}
TEST_CASE("property: a random chain of yearly edits is reported back exactly, chains 2000-2999") {
  run_chains(2 * kChains / kShards, 3 * kChains / kShards);
}
TEST_CASE("property: a random chain of yearly edits is reported back exactly, chains 3000-3999") {
  run_chains(3 * kChains / kShards, kChains);
}
