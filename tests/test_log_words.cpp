// Tests for src/render/log_words.cpp: the tallies, "since …" lines and grid cells every history
// view shows, on a series of three versions: the official PDF of A/RES/79/42, the Markdown
// extraction of A/RES/80/41, and that extraction edited here (made up, and labelled so): the
// recital "Acknowledging the consideration …" dropped and a new recital inserted after
// "Mindful of the urgent need …".
//
// What 79/42 → 80/41 changes was read in the two documents by hand (fixtures/README.md, "Nine
// years of one resolution"): PP1, PP13, PP16, OP5 and OP6 only technical updates; PP7 ("States
// parties" → "States Parties") and OP2 (the same) substantive; the other 17 clauses unchanged.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "render/log_words.hpp"
#include "resdiff/history.hpp"
#include "resdiff/resdiff.hpp"

using namespace resdiff;
using namespace resdiff::log_words;

namespace {

const std::string kAcknowledging =
    "Acknowledging the consideration of issues relating to terrorism and weapons of mass destruction by the Advisory "
    "Board on Disarmament Matters,4\n\n";
const std::string kMindful = "this threat to humanity,\n\n";
const std::string kNewRecital =
    "Welcoming the efforts of Member States to secure radioactive sources against theft and misuse,\n\n";

Document read(const std::string& name) {
  Expected<Document> doc = read_document(std::string(RESDIFF_FIXTURES) + "/" + name);
  if (!doc.ok()) FAIL(doc.error().what());
  return *doc;
}

/// 80/41's Markdown with one recital dropped and one inserted (made up).
Document edited_80_41() {
  Expected<std::string> bytes = read_file(std::string(RESDIFF_FIXTURES) + "/A_RES_80_41.md");
  REQUIRE(bytes.ok());
  std::string text = *bytes;
  size_t dropped = text.find(kAcknowledging);
  REQUIRE(dropped != std::string::npos);
  text.erase(dropped, kAcknowledging.size());
  size_t after = text.find(kMindful);
  REQUIRE(after != std::string::npos);
  text.insert(after + kMindful.size(), kNewRecital);
  Expected<Document> doc = parse_document(text, "edited-80-41.md", LoadOptions{});
  if (!doc.ok()) FAIL(doc.error().what());
  return *doc;
}

const History& series() {
  static const History history =
      trace_history({read("official-pdf/A_RES_79_42.pdf"), read("A_RES_80_41.md"), edited_80_41()});
  return history;
}

const ClauseHistory& clause_starting(const std::string& opening) {
  for (const ClauseHistory& c : series().clauses) {
    if (series().newest().clauses[c.clause].text.rfind(opening, 0) == 0) return c;
  }
  FAIL("no clause opens with " << opening);
  throw;
}

}  // namespace

TEST_CASE("log words: the four tallies add up to the newest version's clauses, a clause added later counted once") {
  const History& h = series();
  REQUIRE(h.clauses.size() == 24);
  Tally t = tally(h);
  CHECK(t.added == 1);
  CHECK(t.substantive == 2);
  CHECK(t.technical == 5);
  CHECK(t.unchanged == 16);
  CHECK(t.unchanged + t.technical + t.substantive + t.added == 24);
  CHECK(tally_line(h) == "24 clauses · 16 unchanged · 5 only technical updates · 2 substantive changes · 1 added after 79/42");
}

TEST_CASE("log words: the since line names the birth and each changing version with its kind") {
  const History& h = series();
  CHECK(since_line(h, clause_starting("Recalling its resolution").lineage) == "since 79/42 · changed in 80/41 (technical)");
  CHECK(since_line(h, clause_starting("Appeals to all Member States").lineage) == "since 79/42 · changed in 80/41 (substantive)");
  CHECK(since_line(h, clause_starting("Mindful of").lineage) == "since 79/42 · unchanged");
  CHECK(since_line(h, clause_starting("Welcoming the efforts").lineage) == "new in 80/41 (2)");
}

TEST_CASE("log words: a dropped clause's cells are new, unchanged, then gone") {
  const History& h = series();
  REQUIRE(h.gone.size() == 1);
  const GoneClause& gone = h.gone.front();
  CHECK(h.clause(gone.died - 1, gone.clause).text.rfind("Acknowledging the consideration", 0) == 0);
  CHECK(gone.died == 2);
  CHECK(cell_at(gone.lineage, 0, gone.died) == Cell::New);
  CHECK(cell_at(gone.lineage, 1, gone.died) == Cell::Unchanged);
  CHECK(cell_at(gone.lineage, 2, gone.died) == Cell::Gone);
}

TEST_CASE("log words: a clause added later is absent before it and new where it came") {
  const Lineage& lineage = clause_starting("Welcoming the efforts").lineage;
  CHECK(cell_at(lineage, 0) == Cell::Absent);
  CHECK(cell_at(lineage, 1) == Cell::Absent);
  CHECK(cell_at(lineage, 2) == Cell::New);
  const Lineage& pp7 = clause_starting("Recalling further the adoption").lineage;
  CHECK(cell_name(cell_at(pp7, 1)) == std::string("substantive"));
  CHECK(cell_name(cell_at(pp7, 2)) == std::string("unchanged"));
}
