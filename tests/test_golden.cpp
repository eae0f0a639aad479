// Golden end-to-end tests through the library: real corpus documents read, compared, rendered.
// The expected results come from ../shared/corpus/README.md ("What really changed between
// A/RES/76/28 and A/RES/80/41"), checked word by word by a person, not from resdiff's output.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "resdiff/render.hpp"
#include "resdiff/resdiff.hpp"

using namespace resdiff;

namespace {

std::string fixture(const std::string& name) { return std::string(RESDIFF_FIXTURES) + "/" + name; }

Document read(const std::string& name) {
  Expected<Document> doc = read_document(fixture(name));
  INFO(name << ": " << (doc ? "" : doc.error().what()));
  REQUIRE(doc.ok());
  return *doc;
}

// The entry whose new side holds the clause of `kind` with 1-based `index`.
const Entry* entry_for(const Report& r, ClauseKind kind, int index) {
  for (const Entry& e : r.entries)
    for (size_t n : e.new_clauses)
      if (r.new_doc.clauses[n].kind == kind && r.new_doc.clauses[n].index == index) return &e;
  return nullptr;
}

// Every entry's edits give back its old and new texts exactly.
void check_lossless(const Report& r) {
  for (const Entry& e : r.entries) {
    std::string old_text, new_text;
    for (size_t i = 0; i < e.old_clauses.size(); ++i)
      old_text += (i ? " " : "") + r.old_doc.clauses[e.old_clauses[i]].text;
    for (size_t i = 0; i < e.new_clauses.size(); ++i)
      new_text += (i ? " " : "") + r.new_doc.clauses[e.new_clauses[i]].text;
    INFO("status " << status_name(e.status) << ": " << old_text << " | " << new_text);
    CHECK(reconstruct(e.edits, true) == old_text);
    CHECK(reconstruct(e.edits, false) == new_text);
  }
}

// Every old and every new clause appears in exactly one entry.
void check_coverage(const Report& r) {
  std::multiset<size_t> olds, news;
  for (const Entry& e : r.entries) {
    olds.insert(e.old_clauses.begin(), e.old_clauses.end());
    news.insert(e.new_clauses.begin(), e.new_clauses.end());
  }
  CHECK(olds.size() == r.old_doc.clauses.size());
  CHECK(news.size() == r.new_doc.clauses.size());
  for (size_t i = 0; i < r.old_doc.clauses.size(); ++i) CHECK(olds.count(i) == 1);
  for (size_t i = 0; i < r.new_doc.clauses.size(); ++i) CHECK(news.count(i) == 1);
}

}  // namespace

TEST_CASE("76/28 vs 80/41: 18 recitals and 6 operative paragraphs read on each side") {
  Report r = compare(read("A_RES_76_28.seed.md"), read("A_RES_80_41.md"));
  CHECK(r.old_doc.count(ClauseKind::Preambular) == 18);
  CHECK(r.old_doc.count(ClauseKind::Operative) == 6);
  CHECK(r.new_doc.count(ClauseKind::Preambular) == 18);
  CHECK(r.new_doc.count(ClauseKind::Operative) == 6);
  CHECK(r.entries.size() == 24);
}

TEST_CASE("76/28 vs 80/41: exactly the clauses the corpus README lists changed, and no others") {
  Report r = compare(read("A_RES_76_28.seed.md"), read("A_RES_80_41.md"));
  const std::set<int> changed_pp = {1, 5, 7, 8, 9, 13, 16};
  const std::set<int> changed_op = {2, 5, 6};
  for (int i = 1; i <= 18; ++i) {
    const Entry* e = entry_for(r, ClauseKind::Preambular, i);
    INFO("PP" << i);
    REQUIRE(e != nullptr);
    REQUIRE(e->old_clauses.size() == 1);
    CHECK(r.old_doc.clauses[e->old_clauses[0]].index == i);
    CHECK(e->status == (changed_pp.count(i) ? Status::Changed : Status::Unchanged));
  }
  for (int i = 1; i <= 6; ++i) {
    const Entry* e = entry_for(r, ClauseKind::Operative, i);
    INFO("OP" << i);
    REQUIRE(e != nullptr);
    REQUIRE(e->old_clauses.size() == 1);
    CHECK(r.old_doc.clauses[e->old_clauses[0]].index == i);
    CHECK(e->status == (changed_op.count(i) ? Status::Changed : Status::Unchanged));
  }
  CHECK(r.preambular.changed == 7);
  CHECK(r.preambular.unchanged == 11);
  CHECK(r.operative.changed == 3);
  CHECK(r.operative.unchanged == 3);
  CHECK(r.has_differences());
  CHECK_FALSE(r.technical_only);
}

TEST_CASE("76/28 vs 80/41: technical and substantive changes as the corpus README judges them") {
  Report r = compare(read("A_RES_76_28.seed.md"), read("A_RES_80_41.md"));
  for (int i : {1, 16}) {
    INFO("PP" << i << " is technical");
    CHECK(entry_for(r, ClauseKind::Preambular, i)->technical);
  }
  for (int i : {5, 6}) {
    INFO("OP" << i << " is technical");
    CHECK(entry_for(r, ClauseKind::Operative, i)->technical);
  }
  for (int i : {5, 7, 13}) {
    INFO("PP" << i << " is substantive");
    CHECK_FALSE(entry_for(r, ClauseKind::Preambular, i)->technical);
  }
}

TEST_CASE("76/28 vs 80/41: PP1's update reads as one replacement") {
  Report r = compare(read("A_RES_76_28.seed.md"), read("A_RES_80_41.md"));
  const Entry* e = entry_for(r, ClauseKind::Preambular, 1);
  REQUIRE(e != nullptr);
  std::vector<Edit> changes;
  for (const Edit& edit : e->edits)
    if (edit.op != Edit::Op::Equal) changes.push_back(edit);
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].op == Edit::Op::Delete);
  CHECK(changes[0].text == "75/58 of 7 December 2020");
  CHECK(changes[1].op == Edit::Op::Insert);
  CHECK(changes[1].text == "79/42 of 2 December 2024");
  CHECK(changes[0].technical);
  CHECK(changes[1].technical);
}

TEST_CASE("76/28 vs 80/41: header, closing and footnote differences are metadata rows") {
  Report r = compare(read("A_RES_76_28.seed.md"), read("A_RES_80_41.md"));
  std::map<std::string, int> fields;
  for (const MetadataRow& m : r.metadata) ++fields[m.field];
  CHECK(fields["symbol"] == 1);
  CHECK(fields["session"] == 1);
  CHECK(fields["date"] == 1);
  CHECK(fields["agenda_item"] == 1);
  CHECK(fields["report"] == 1);
  CHECK(fields["closing"] == 1);
  CHECK(fields.count("title") == 0);  // the same title once 80/41's cut-short title line is completed
  // PP7 gained a footnote (vol. 3132); PP8 lost its footnote on the Baku summit's Final Document
  // (80/41 cites none for the Kampala summit: checked in both extractions); PP16's footnote
  // A/76/189 became A/80/164. The renumbering of the footnotes in between is no change.
  REQUIRE(fields["footnote"] == 3);
  bool saw_new = false, saw_symbol = false, saw_gone = false;
  for (const MetadataRow& m : r.metadata) {
    if (m.field != "footnote") continue;
    if (!m.old_value && m.new_value && *m.new_value == "Ibid., vol. 3132, No. 24631.") saw_new = true;
    if (m.old_value && *m.old_value == "See A/74/548, annex." && !m.new_value) saw_gone = true;
    if (m.old_value && *m.old_value == "A/76/189." && m.new_value && *m.new_value == "A/80/164.") {
      saw_symbol = true;
      CHECK(m.technical);
    }
  }
  CHECK(saw_new);
  CHECK(saw_gone);
  CHECK(saw_symbol);
}

TEST_CASE("Two extractions of one document diff to no change") {
  for (auto [a, b] : {std::pair{"A_RES_80_41.md", "A_RES_80_41.extract-1.1.0.md"},
                      std::pair{"A_RES_80_24.md", "A_RES_80_24.extract-1.1.0.md"}}) {
    INFO(a << " vs " << b);
    Report r = compare(read(a), read(b));
    for (const Entry& e : r.entries) {
      INFO(status_name(e.status) << " " << (e.new_clauses.empty() ? "" : r.new_doc.clauses[e.new_clauses[0]].text));
      CHECK(e.status == Status::Unchanged);
    }
    for (const MetadataRow& m : r.metadata) {
      INFO(m.field << ": " << m.old_value.value_or("null") << " | " << m.new_value.value_or("null"));
      CHECK(false);
    }
    CHECK_FALSE(r.has_differences());
  }
}

TEST_CASE("A document compared with itself has no differences") {
  for (const auto& file : std::filesystem::directory_iterator(RESDIFF_FIXTURES)) {
    if (file.path().extension() != ".md" || file.path().filename().string().rfind("A_RES_", 0) != 0) continue;
    INFO(file.path());
    Document d = read(file.path().filename().string());
    Report r = compare(d, d);
    CHECK_FALSE(r.has_differences());
    check_lossless(r);
  }
}

TEST_CASE("Edits are lossless and cover every clause once, for every pair of corpus documents") {
  std::vector<std::string> names;
  for (const auto& file : std::filesystem::directory_iterator(RESDIFF_FIXTURES))
    if (file.path().extension() == ".md" && file.path().filename().string().rfind("A_RES_", 0) == 0)
      names.push_back(file.path().filename().string());
  std::sort(names.begin(), names.end());
  std::vector<Document> docs;
  for (const auto& n : names) docs.push_back(read(n));
  for (size_t i = 0; i < docs.size(); ++i)
    for (size_t j = 0; j < docs.size(); ++j) {
      if (i == j) continue;
      INFO(names[i] << " vs " << names[j]);
      Report r = compare(docs[i], docs[j]);
      check_lossless(r);
      check_coverage(r);
    }
}

TEST_CASE("The JSON report of 76/28 vs 80/41 carries the contract's shape and the golden statuses") {
  Report r = compare(read("A_RES_76_28.seed.md"), read("A_RES_80_41.md"));
  nlohmann::json j = nlohmann::json::parse(render_json(r));
  CHECK(j["format"] == "resdiff-report");
  CHECK(j["version"] == 1);
  CHECK(j["old"]["symbol"] == "76/28");
  CHECK(j["new"]["symbol"] == "80/41");
  CHECK(j["old"]["session"] == 76);
  CHECK(j["new"]["date"] == "2025-12-01");
  CHECK(j["old"]["preambular"] == 18);
  CHECK(j["new"]["operative"] == 6);
  CHECK(j["old"]["footnotes"] == 7);
  CHECK(j["summary"]["preambular"]["changed"] == 7);
  CHECK(j["summary"]["operative"]["changed"] == 3);
  CHECK(j["summary"]["technical_only"] == false);
  CHECK(j["clauses"].size() == 24);
  int technical = 0;
  for (const auto& c : j["clauses"])
    if (c["technical"] == true) ++technical;
  CHECK(technical == 4);  // PP1, PP16, OP5, OP6
}
