// Drafts read as resolutions (issue 8, part 7), on the corpus's three drafts (fixtures/official-pdf/):
// the First Committee's draft A/C.1/80/L.22 that became A/RES/80/41, the plenary draft A/80/L.22
// of A/RES/80/110, and Brazil's amendment to it, A/80/L.29. A draft's masthead ("Distr.: Limited",
// the sponsors, "draft resolution") is metadata, never a clause; what a person read off the PDFs
// is written beside each check.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "resdiff/report.hpp"
#include "resdiff/resdiff.hpp"

using namespace resdiff;

namespace {

Document read(const std::string& name) {
  Expected<Document> doc = read_document(std::string(RESDIFF_FIXTURES) + "/official-pdf/" + name);
  INFO(name << ": " << (doc ? "" : doc.error().what()));
  REQUIRE(doc.ok());
  return *doc;
}

/// True when some clause's text holds needle.
bool in_a_clause(const Document& doc, const std::string& needle) {
  for (const Clause& c : doc.clauses)
    if (c.text.find(needle) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("drafts: A/C.1/80/L.22 reads as a resolution, its masthead and sponsors as metadata") {
  Document d = read("A_C.1_80_L.22.pdf");
  CHECK(d.is_resolution);
  CHECK(d.meta.symbol == "A/C.1/80/L.22");
  CHECK(d.meta.session == 80);
  CHECK(d.meta.committee == "First Committee");
  CHECK(d.meta.agenda_item == "99 (t)");
  CHECK(d.meta.title == "Measures to prevent terrorists from acquiring weapons of mass destruction");
  CHECK(d.meta.draft == "draft resolution");
  CHECK_FALSE(d.meta.date);  // "13 October 2025" is the date of distribution, not of adoption
  REQUIRE(d.meta.sponsors);
  CHECK(d.meta.sponsors->rfind("Albania, Australia, Austria, Belgium,", 0) == 0);
  CHECK(d.meta.sponsors->find("Northern Ireland and Uruguay") != std::string::npos);
  CHECK(d.count(ClauseKind::Preambular) == 18);
  CHECK(d.count(ClauseKind::Operative) == 6);
  for (const char* header : {"Distr.", "Limited", "Albania", "draft resolution", "Original: English"}) {
    INFO(header);
    CHECK_FALSE(in_a_clause(d, header));
  }
}

TEST_CASE("drafts: A/C.1/80/L.22 → A/RES/80/41 shows no clause changed, and the adoption in the metadata") {
  // Read off the two PDFs: the First Committee's text was adopted word for word.
  Report r = compare(read("A_C.1_80_L.22.pdf"), read("A_RES_80_41.pdf"));
  for (const Entry& e : r.entries) CHECK(e.status == Status::Unchanged);
  std::set<std::string> fields;
  for (const MetadataRow& row : r.metadata) {
    fields.insert(row.field);
    CHECK_FALSE(row.technical);  // one session: nothing moved with the calendar
  }
  CHECK(fields == std::set<std::string>{"symbol", "date", "report", "closing", "sponsors"});
}

TEST_CASE("drafts: A/80/L.22, sponsored by Singapore, with the note on its sponsors") {
  Document d = read("A_80_L.22.pdf");
  CHECK(d.meta.symbol == "A/80/L.22");
  CHECK(d.meta.sponsors == "Singapore");
  CHECK(d.meta.draft == "draft resolution");
  CHECK(d.meta.title == "Oceans and the law of the sea");
  REQUIRE(d.meta.note);
  CHECK(d.meta.note->rfind("Any changes to the list of sponsors", 0) == 0);
  CHECK(d.count(ClauseKind::Preambular) == 35);
  CHECK(d.count(ClauseKind::Operative) == 362);
  CHECK_FALSE(in_a_clause(d, "Singapore:"));
}

TEST_CASE("drafts: the amendment A/80/L.29 reads as its instruction and the text it puts in") {
  Document d = read("A_80_L.29.pdf");
  CHECK_FALSE(d.is_resolution);
  CHECK(d.meta.symbol == "A/80/L.29");
  CHECK(d.meta.sponsors == "Brazil");
  CHECK(d.meta.draft == "amendment to draft resolution A/80/L.22");
  CHECK(d.meta.title == "Oceans and the law of the sea");
  REQUIRE(d.clauses.size() == 2);
  CHECK(d.clauses[0].kind == ClauseKind::Paragraph);
  CHECK(d.clauses[0].text == "Replace operative paragraph 200 with the following text:");
  CHECK(d.clauses[1].text.rfind("Welcomes, in this regard, the convening of the thirtieth session of the Conference", 0) == 0);
  CHECK(d.clauses[1].text.find("in Belém, Brazil, from 10 to 21 November 2025;") != std::string::npos);
  bool said = false;
  for (const std::string& w : d.warnings) said = said || w.find("amendment to draft resolution A/80/L.22") != std::string::npos;
  CHECK(said);
}
