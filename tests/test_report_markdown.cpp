// Tests of the committee change summary (render_markdown_summary): title, sentences per clause,
// the technical updates grouped, metadata, counts — on a hand-made report and on 76/28 → 80/41.
#include <catch2/catch.hpp>

#include <string>

#include "report_sample.hpp"

using namespace resdiff;
using sample::occurrences;

TEST_CASE("render_markdown_summary: title, substantive sentences first, then technical updates, metadata, counts") {
  std::string md = render_markdown_summary(sample::report());
  INFO(md);
  CHECK(md.rfind("# Changes from A/RES/76/28 to A/RES/80/41\n\n", 0) == 0);
  size_t substantive = md.find("## Substantive changes"), technical = md.find("## Technical updates");
  size_t meta = md.find("## Document details"), counts = md.find("## Counts");
  REQUIRE(substantive != std::string::npos);
  REQUIRE(technical != std::string::npos);
  CHECK(substantive < technical);
  CHECK(technical < meta);
  CHECK(meta < counts);
  CHECK(md.find("- Operative paragraph 2: “States parties” becomes “States Parties”.\n") != std::string::npos);
  CHECK(md.find("- Preambular paragraph 3: “Council resolution” becomes “Council resolutions”; inserted “and \\<2663> (2022) & more”.\n") !=
        std::string::npos);
  CHECK(md.find("- Operative paragraph 3 of A/RES/76/28 was deleted: “Appeals to all Member States;”.\n") != std::string::npos);
  CHECK(md.find("- New operative paragraph 3: “Decides to remain seized of the matter.”.\n") != std::string::npos);
  CHECK(md.find("Technical updates: preambular paragraph 1 (session, dates, symbols).") != std::string::npos);
  CHECK(md.find("- Preambular paragraph 1: “75/58 of 7 December 2020” becomes “79/42 of 2 December 2024”\n") != std::string::npos);
  CHECK(md.find("- Session: “76” becomes “80” (technical update)\n") != std::string::npos);
  CHECK(md.find("| Preamble (3 → 3) | 1 | 2 | 0 | 0 | 0 | 0 | 0 | 1 | 1 |") != std::string::npos);
  CHECK(md.find("| Operative part (3 → 3) | 1 | 1 | 0 | 1 | 1 | 0 | 0 | 0 | 3 |") != std::string::npos);
  CHECK(md.back() == '\n');
  CHECK(md.find("\n\n\n") == std::string::npos);
}

TEST_CASE("render_markdown_summary: moves, splits and renumbering are sentences too") {
  Report r = sample::report();
  r.entries[4].status = Status::Moved;
  std::string md = render_markdown_summary(r);
  CHECK(md.find("- Operative paragraph 2 moved to become operative paragraph 2; “States parties” becomes “States Parties”.") !=
        std::string::npos);
  r.entries[4].status = Status::Changed;
  r.new_doc.clauses[4].number = "4";
  md = render_markdown_summary(r);
  CHECK(md.find("- Operative paragraph 2 (now operative paragraph 4): “States parties” becomes “States Parties”.") !=
        std::string::npos);
}

TEST_CASE("render_markdown_summary: identical documents") {
  Report r = sample::report();
  r.entries = {r.entries[1], r.entries[3]};
  r.metadata.clear();
  r.preambular = Counts{1, 0, 0, 0, 0, 0, 0, 0, 0};
  r.operative = Counts{1, 0, 0, 0, 0, 0, 0, 0, 0};
  std::string md = render_markdown_summary(r);
  CHECK(md.find("No differences.") != std::string::npos);
  CHECK(md.find("## Substantive changes") == std::string::npos);
  CHECK(md.find("## Technical updates") == std::string::npos);
}

TEST_CASE("render_markdown_summary on A/RES/76/28 → A/RES/80/41") {
  std::string md = render_markdown_summary(sample::real_pair());
  INFO(md);
  CHECK(md.rfind("# Changes from A/RES/76/28 to A/RES/80/41\n", 0) == 0);
  CHECK(md.find("- Preambular paragraph 5: ") != std::string::npos);
  CHECK(md.find("inserted “and 2663 (2022) of 30 November 2022”") != std::string::npos);
  CHECK(md.find("- Operative paragraph 2: “States parties” becomes “States Parties”.") != std::string::npos);
  CHECK(md.find("Technical updates: preambular paragraphs 1 and 16") != std::string::npos);
  CHECK(md.find("## Substantive changes") < md.find("## Technical updates"));
  CHECK(md.find("| Preamble (18 → 18) |") != std::string::npos);
  CHECK(md.find("Symbol: “76/28” becomes “80/41” (technical update)") != std::string::npos);
}
