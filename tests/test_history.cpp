// Tests for src/history/history.cpp and lineage.cpp: clause lineages through hand-made series.
// Each series is small and made up (texts in the style of the terrorists-and-WMD resolution), so
// that what each clause went through is known exactly.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "history/lineage.hpp"
#include "resdiff/history.hpp"

using namespace resdiff;

namespace {

/// A resolution of session `session` with recitals, then numbered operative paragraphs.
Document make_doc(int session, const std::vector<std::string>& recitals, const std::vector<std::string>& paragraphs) {
  Document d;
  d.meta.session = session;
  d.meta.symbol = std::to_string(session) + "/1";
  int index = 0;
  for (const std::string& t : recitals) {
    Clause c;
    c.kind = ClauseKind::Preambular;
    c.index = ++index;
    c.text = t;
    d.clauses.push_back(c);
  }
  index = 0;
  for (const std::string& t : paragraphs) {
    Clause c;
    c.kind = ClauseKind::Operative;
    c.index = ++index;
    c.number = std::to_string(index);
    c.text = t;
    d.clauses.push_back(c);
  }
  return d;
}

const std::string kRecognizing =
    "Recognizing the determination of the international community to combat terrorism, as evidenced in relevant "
    "General Assembly and Security Council resolutions,";
const std::string kConcerned =
    "Deeply concerned by the growing risk of linkages between terrorism and weapons of mass destruction,";
const std::string kCalls =
    "Calls upon all Member States to support international efforts to prevent terrorists from acquiring weapons of "
    "mass destruction and their means of delivery;";
const std::string kUrges =
    "Urges all Member States to take and strengthen national measures, as appropriate, to prevent terrorists from "
    "acquiring weapons of mass destruction;";
const std::string kEncourages =
    "Encourages cooperation among and between Member States and relevant regional and international organizations "
    "for strengthening national capacities in this regard;";

std::string recalling(int session) {
  return "Recalling its resolution " + std::to_string(session - 1) + "/1 of 7 December " + std::to_string(session + 1944) + ",";
}

std::string decides(const std::string& ordinal) {
  return "Decides to include in the provisional agenda of its " + ordinal +
         " session the item entitled \"Measures to prevent terrorists from acquiring weapons of mass destruction\".";
}

size_t bytes_from(const std::vector<Origin>& origins, size_t version) {
  size_t n = 0;
  for (const Origin& o : origins)
    if (o.version == version) n += o.length;
  return n;
}

size_t origin_bytes(const std::vector<Origin>& origins) {
  size_t n = 0;
  for (const Origin& o : origins) n += o.length;
  return n;
}

}  // namespace

TEST_CASE("a clause unchanged through the series is born in the first version and has no steps") {
  History h = trace_history({make_doc(74, {kRecognizing}, {kCalls}), make_doc(75, {kRecognizing}, {kCalls}),
                             make_doc(76, {kRecognizing}, {kCalls})});
  REQUIRE(h.size() == 3);
  REQUIRE(h.clauses.size() == 2);
  for (const ClauseHistory& c : h.clauses) {
    CHECK(c.lineage.born == 0);
    CHECK(c.lineage.steps.empty());
    CHECK(c.lineage.trail[0] == std::vector<size_t>{c.clause});
    CHECK(c.lineage.trail[2] == std::vector<size_t>{c.clause});
  }
  CHECK(h.gone.empty());
  CHECK(h.labels == std::vector<std::string>{"74/1", "75/1", "76/1"});
}

TEST_CASE("a yearly technical update is a technical step in every version") {
  History h = trace_history({make_doc(74, {recalling(74)}, {decides("seventy-fifth")}),
                             make_doc(75, {recalling(75)}, {decides("seventy-sixth")}),
                             make_doc(76, {recalling(76)}, {decides("seventy-seventh")})});
  for (const ClauseHistory& c : h.clauses) {
    REQUIRE(c.lineage.steps.size() == 2);
    CHECK(c.lineage.steps[0].at == 1);
    CHECK(c.lineage.steps[1].at == 2);
    CHECK(c.lineage.steps[0].status == Status::Changed);
    CHECK(c.lineage.steps[0].technical);
    CHECK(c.lineage.steps[1].technical);
    CHECK(reconstruct(c.lineage.steps[1].edits, true) == h.clause(1, c.lineage.trail[1][0]).text);
    CHECK(reconstruct(c.lineage.steps[1].edits, false) == h.newest().clauses[c.clause].text);
  }
}

TEST_CASE("ignoring technical updates leaves out the technical steps only") {
  HistoryOptions options;
  options.ignore_technical = true;
  History h = trace_history({make_doc(74, {recalling(74)}, {decides("seventy-fifth")}),
                             make_doc(75, {recalling(75)}, {decides("seventy-sixth"), kUrges})},
                            options);
  CHECK(h.clauses[0].lineage.steps.empty());
  CHECK(h.clauses[1].lineage.steps.empty());
  CHECK(h.clauses[2].lineage.born == 1);
}

TEST_CASE("a renumbered paragraph keeps its birth and its trail names each number it had") {
  History h = trace_history({make_doc(74, {kRecognizing}, {kCalls, kEncourages}),
                             make_doc(75, {kRecognizing}, {kCalls, kUrges, kEncourages})});
  REQUIRE(h.clauses.size() == 4);
  const ClauseHistory& encourages = h.clauses[3];
  CHECK(encourages.lineage.born == 0);
  CHECK(encourages.lineage.steps.empty());
  CHECK(encourages.lineage.trail[0] == std::vector<size_t>{2});
  CHECK(encourages.lineage.trail[1] == std::vector<size_t>{3});
  const ClauseHistory& urges = h.clauses[2];
  CHECK(urges.lineage.born == 1);
  CHECK(urges.lineage.trail[0].empty());
}

TEST_CASE("a dropped clause is gone with its text, its birth and the version it went in") {
  History h = trace_history({make_doc(74, {kRecognizing}, {kCalls}), make_doc(75, {kRecognizing, kConcerned}, {kCalls}),
                             make_doc(76, {kRecognizing}, {kCalls}), make_doc(77, {kRecognizing}, {kCalls})});
  REQUIRE(h.gone.size() == 1);
  const GoneClause& gone = h.gone[0];
  CHECK(gone.lineage.born == 1);
  CHECK(gone.died == 2);
  CHECK(h.clause(gone.died - 1, gone.clause).text == kConcerned);
  CHECK(h.clauses.size() == 2);
}

TEST_CASE("a moved clause records a moved step and keeps its birth") {
  History h = trace_history({make_doc(74, {}, {kCalls, kUrges, kEncourages}), make_doc(75, {}, {kEncourages, kCalls, kUrges})});
  bool moved = false;
  for (const ClauseHistory& c : h.clauses) {
    CHECK(c.lineage.born == 0);
    for (const HistoryStep& s : c.lineage.steps) moved = moved || s.status == Status::Moved;
  }
  CHECK(moved);
}

TEST_CASE("both halves of a split inherit the clause's birth, and a merge takes the earliest birth") {
  const std::string first = "Calls upon all Member States to support international efforts to prevent terrorists from acquiring "
                            "weapons of mass destruction and their means of delivery,";
  const std::string second = "and urges all Member States to take and strengthen national measures to prevent terrorists from "
                             "acquiring weapons of mass destruction;";
  History h = trace_history({make_doc(74, {}, {first + " " + second, kEncourages}), make_doc(75, {}, {first, second, kEncourages}),
                             make_doc(76, {}, {first + " " + second, kEncourages})});
  const Report& split = h.steps[0];
  bool saw_split = false;
  for (const Entry& e : split.entries) saw_split = saw_split || e.status == Status::Split;
  REQUIRE(saw_split);
  REQUIRE(h.clauses.size() == 2);
  const Lineage& joined = h.clauses[0].lineage;
  CHECK(joined.born == 0);
  REQUIRE(joined.steps.size() == 2);
  CHECK(joined.steps[0].status == Status::Split);  // the split both halves shared, kept once
  CHECK(joined.steps[1].status == Status::Merged);
  CHECK(joined.trail[1] == std::vector<size_t>{0, 1});
  CHECK(origin_bytes(joined.origins) == h.newest().clauses[0].text.size());
}

TEST_CASE("origins follow the words: inserted words come from the version that inserted them") {
  History h = trace_history({make_doc(74, {recalling(74)}, {}), make_doc(75, {recalling(75)}, {})});
  const Lineage& l = h.clauses[0].lineage;
  REQUIRE(origin_bytes(l.origins) == h.newest().clauses[0].text.size());
  CHECK(l.origins.front().version == 0);
  CHECK(bytes_from(l.origins, 1) == std::string("74/1").size() + std::string("2019").size());  // "73/1" and "2018" replaced
  CHECK(last_changed(l) == 1);
}

TEST_CASE("carry keeps equal bytes' origins and gives inserted bytes the new version") {
  std::vector<Edit> edits = {{Edit::Op::Equal, "abc ", false}, {Edit::Op::Delete, "x", false}, {Edit::Op::Insert, "yz", false},
                             {Edit::Op::Equal, " d", false}};
  std::vector<Origin> old = {{2, 0}, {5, 3}};  // "ab" from 0, "c x d" from 3
  std::vector<Origin> out = history_detail::carry(old, edits, 7);
  REQUIRE(out.size() == 4);
  CHECK(out[0].length == 2);
  CHECK(out[0].version == 0);
  CHECK(out[1].length == 2);
  CHECK(out[1].version == 3);
  CHECK(out[2].length == 2);
  CHECK(out[2].version == 7);
  CHECK(out[3].length == 2);
  CHECK(out[3].version == 3);
  CHECK(history_detail::slice(out, 3, 3).size() == 2);
}

TEST_CASE("a version without a symbol is labelled by its file name, and repeated labels are told apart") {
  Document a = make_doc(80, {kRecognizing}, {}), b = a, c;
  c.path = "drafts/next.md";
  c.clauses = a.clauses;
  History h = trace_history({a, b, c});
  CHECK(h.labels == std::vector<std::string>{"80/1", "80/1 (2)", "next.md"});
}

TEST_CASE("a series of one version is refused") { CHECK_THROWS(trace_history({make_doc(80, {}, {kCalls})})); }
