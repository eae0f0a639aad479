// The corpus's fifteen three-year series (78th → 79th → 80th session, official PDFs in
// fixtures/official-pdf/, listed in fixtures/CORPUS-README.md) traced by trace_history().
//
// Each series must run, and its history must keep the promises a reader of `resdiff log` relies on:
//
//   versions   three documents of sessions 78, 79 and 80, with the symbols the UN gave them
//   cover      every clause of every version is in the trail of some clause (alive or gone)
//   lineages   born in 0, 1 or 2; steps in order, after the birth, at most one a version; a trail
//              present from the birth on, and the newest position its own; a gone clause dies after
//              it is born and was last seen where its trail says
//   compare    the last step agrees with the two-way comparison of the last two versions: a
//              clause born in version 2 is an insertion there, a clause with a step at 2 is an
//              entry of that comparison that is not unchanged
//   lossless   every step's edits give back the texts of the clauses it joins on each side
//   blame      the origins of every clause cover its text exactly
//
// and, checked by hand in the PDFs, the recital that recalls last year's resolution ("Recalling
// its resolution 77/75 of 7 December 2022," → "… 78/43 of 4 December 2023," → "… 79/42 of
// 2 December 2024,"; in 80/19 "… the most recent of which is resolution 79/19 of 2 December 2024")
// is one clause through the three years, changed each year by a technical update only.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "resdiff/history.hpp"
#include "resdiff/resdiff.hpp"

using namespace resdiff;

namespace {

struct Series {
  const char* topic;
  std::vector<std::string> symbols;  ///< oldest first
};

const std::vector<Series>& series() {
  static const std::vector<Series> all = {
      {"terrorists and weapons of mass destruction", {"78/43", "79/42", "80/41"}},
      {"prevention of an arms race in outer space", {"78/19", "79/19", "80/19"}},
      {"nuclear disarmament", {"78/53", "79/50", "80/24"}},
      {"small arms and light weapons", {"78/46", "79/40", "80/38"}},
      {"scale of assessments", {"78/2", "79/3", "80/2"}},
      {"Comprehensive Nuclear-Test-Ban Treaty", {"78/66", "79/77", "80/70"}},
      {"implementation of the Declaration on decolonization", {"78/83", "79/96", "80/87"}},
      {"question of Guam", {"78/92", "79/105", "80/96"}},
      {"oceans and the law of the sea", {"78/69", "79/144", "80/110"}},
      {"international financial system and development", {"78/136", "79/196", "80/122"}},
      {"disaster risk reduction", {"78/152", "79/205", "80/137"}},
      {"rule of law at the national and international levels", {"78/112", "79/126", "80/167"}},
      {"rights of indigenous peoples", {"78/189", "79/159", "80/191"}},
      {"human rights in the Islamic Republic of Iran", {"78/220", "79/183", "80/222"}},
      {"programme planning", {"78/244", "79/247", "80/233"}},
  };
  return all;
}

std::string fixture(const std::string& symbol) {
  std::string name = symbol;
  for (char& c : name) c = c == '/' ? '_' : c;
  return std::string(RESDIFF_FIXTURES) + "/official-pdf/A_RES_" + name + ".pdf";
}

std::vector<Document> read_series(const Series& s) {
  std::vector<Document> docs;
  for (const std::string& symbol : s.symbols) {
    Expected<Document> doc = read_document(fixture(symbol));
    REQUIRE(doc.ok());
    docs.push_back(*doc);
  }
  return docs;
}

std::string joined(const Document& doc, const std::vector<size_t>& positions) {
  std::string out;
  for (size_t p : positions) out += (out.empty() ? "" : " ") + doc.clauses.at(p).text;
  return out;
}

/// Every promise of the essay but the hand-checked one; what is broken, one line each.
std::vector<std::string> broken_promises(const Series& s, const History& h) {
  std::vector<std::string> out;
  const size_t n = h.size();
  for (size_t k = 0; k < n; ++k) {
    if (h.version(k).meta.symbol != s.symbols[k]) out.push_back("version " + std::to_string(k) + " is not " + s.symbols[k]);
    if (h.version(k).meta.session != 78 + static_cast<int>(k)) out.push_back("version " + std::to_string(k) + ": wrong session");
  }
  if (h.clauses.size() != h.newest().clauses.size()) out.push_back("not one history per clause of the newest version");
  std::vector<std::set<size_t>> covered(n);
  auto check = [&](const Lineage& l, const std::string& who, size_t last, size_t position) {
    if (l.born > last) out.push_back(who + ": born after it was last seen");
    size_t previous = l.born;
    for (const HistoryStep& step : l.steps) {
      if (step.at <= previous || step.at > last) out.push_back(who + ": a step out of order");
      previous = step.at;
      if (reconstruct(step.edits, true) != joined(h.version(step.at - 1), step.from)) out.push_back(who + ": edits lose old text");
      if (reconstruct(step.edits, false) != joined(h.version(step.at), step.to)) out.push_back(who + ": edits lose new text");
    }
    for (size_t k = 0; k < n; ++k) {
      bool present = k >= l.born && k <= last;
      if (present == l.trail[k].empty()) out.push_back(who + ": trail wrong in version " + std::to_string(k));
      covered[k].insert(l.trail[k].begin(), l.trail[k].end());
    }
    if (std::find(l.trail[last].begin(), l.trail[last].end(), position) == l.trail[last].end())
      out.push_back(who + ": last seen elsewhere than its trail says");
    size_t bytes = 0;
    for (const Origin& o : l.origins) bytes += o.length;
    if (bytes != h.clause(last, position).text.size()) out.push_back(who + ": origins do not cover its text");
  };
  for (const ClauseHistory& c : h.clauses) check(c.lineage, "clause " + std::to_string(c.clause), n - 1, c.clause);
  for (const GoneClause& g : h.gone) {
    if (g.died == 0 || g.died >= n || g.lineage.born >= g.died) out.push_back("a gone clause dies out of its life");
    else check(g.lineage, "gone clause " + std::to_string(g.clause) + " of " + std::to_string(g.died - 1), g.died - 1, g.clause);
  }
  for (size_t k = 0; k < n; ++k) {
    if (covered[k].size() != h.version(k).clauses.size()) out.push_back("version " + std::to_string(k) + ": a clause in no trail");
  }
  // the last step against the last comparison
  const Report& last = h.steps.back();
  std::set<size_t> inserted, differing;
  for (const Entry& e : last.entries) {
    if (e.status == Status::Inserted) inserted.insert(e.new_clauses.begin(), e.new_clauses.end());
    else if (e.status != Status::Unchanged) differing.insert(e.new_clauses.begin(), e.new_clauses.end());
  }
  for (const ClauseHistory& c : h.clauses) {
    bool born_last = c.lineage.born == n - 1;
    bool stepped_last = !c.lineage.steps.empty() && c.lineage.steps.back().at == n - 1;
    if (born_last != (inserted.count(c.clause) > 0)) out.push_back("clause " + std::to_string(c.clause) + ": birth and insertion disagree");
    if (stepped_last != (differing.count(c.clause) > 0)) out.push_back("clause " + std::to_string(c.clause) + ": last step and comparison disagree");
  }
  return out;
}

void run_series(size_t which) {
  const Series& s = series().at(which);
  INFO(s.topic << ": " << s.symbols[0] << " → " << s.symbols[1] << " → " << s.symbols[2]);
  History h = trace_history(read_series(s));
  std::vector<std::string> broken = broken_promises(s, h);
  std::string what;
  for (const std::string& b : broken) what += "\n  " + b;
  INFO(what);
  CHECK(broken.empty());
}

/// The clause of the newest version whose text starts with prefix.
const ClauseHistory* starting_with(const History& h, const std::string& prefix) {
  for (const ClauseHistory& c : h.clauses)
    if (h.newest().clauses[c.clause].text.rfind(prefix, 0) == 0) return &c;
  return nullptr;
}

}  // namespace

TEST_CASE("the terrorists and WMD series 78/43 → 79/42 → 80/41 runs and keeps its promises") { run_series(0); }
TEST_CASE("the outer space series 78/19 → 79/19 → 80/19 runs and keeps its promises") { run_series(1); }
TEST_CASE("the nuclear disarmament series 78/53 → 79/50 → 80/24 runs and keeps its promises") { run_series(2); }
TEST_CASE("the small arms series 78/46 → 79/40 → 80/38 runs and keeps its promises") { run_series(3); }
TEST_CASE("the scale of assessments series 78/2 → 79/3 → 80/2 runs and keeps its promises") { run_series(4); }
TEST_CASE("the CTBT series 78/66 → 79/77 → 80/70 runs and keeps its promises") { run_series(5); }
TEST_CASE("the decolonization series 78/83 → 79/96 → 80/87 runs and keeps its promises") { run_series(6); }
TEST_CASE("the Guam series 78/92 → 79/105 → 80/96 runs and keeps its promises") { run_series(7); }
TEST_CASE("the oceans series 78/69 → 79/144 → 80/110 runs and keeps its promises") { run_series(8); }
TEST_CASE("the financial system series 78/136 → 79/196 → 80/122 runs and keeps its promises") { run_series(9); }
TEST_CASE("the disaster risk series 78/152 → 79/205 → 80/137 runs and keeps its promises") { run_series(10); }
TEST_CASE("the rule of law series 78/112 → 79/126 → 80/167 runs and keeps its promises") { run_series(11); }
TEST_CASE("the indigenous peoples series 78/189 → 79/159 → 80/191 runs and keeps its promises") { run_series(12); }
TEST_CASE("the Iran human rights series 78/220 → 79/183 → 80/222 runs and keeps its promises") { run_series(13); }
TEST_CASE("the programme planning series 78/244 → 79/247 → 80/233 runs and keeps its promises") { run_series(14); }

TEST_CASE("the recital recalling last year's resolution is one clause, updated technically each year") {
  // checked by hand in the PDFs: the recital reads the same in all three years but for the symbol
  // and date of the resolution it recalls
  struct Recital {
    size_t series;
    const char* newest_start;
  };
  for (const Recital& r : {Recital{0, "Recalling its resolution 79/42 of 2 December 2024,"},
                           Recital{1, "Recalling its previous resolutions on this issue, the most recent of which is resolution 79/19"},
                           Recital{3, "Recalling its resolution 79/40 of 2 December 2024,"},
                           Recital{5, "Recalling its resolution 79/77 of 2 December 2024,"},
                           Recital{6, "Recalling its resolution 79/96 of 4 December 2024 on the implementation"},
                           Recital{10, "Recalling its resolution 79/205 of 19 December 2024 and all previous relevant resolutions,"},
                           Recital{11, "Recalling its resolution 79/126 of 4 December 2024,"}}) {
    const Series& s = series().at(r.series);
    INFO(s.topic);
    History h = trace_history(read_series(s));
    const ClauseHistory* c = starting_with(h, r.newest_start);
    REQUIRE(c != nullptr);
    CHECK(c->lineage.born == 0);
    REQUIRE(c->lineage.steps.size() == 2);
    for (const HistoryStep& step : c->lineage.steps) {
      CHECK(step.status == Status::Changed);
      CHECK(step.technical);
    }
  }
}
