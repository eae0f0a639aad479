// Golden test of `resdiff log` on nine years of one resolution, "Measures to prevent terrorists
// from acquiring weapons of mass destruction": A/RES/72/42, 73/55, 74/43, 75/58, 76/28, 77/75
// (raw page text, fixtures/pagetext/) and 78/43, 79/42, 80/41 (official PDFs, fixtures/official-pdf/).
//
// The expected history was written from the nine documents, read side by side by a person, not
// from resdiff's output (fixtures/README.md, "The series", has the same table with the words):
// every clause of 80/41 was in 72/42 already (none came later, none was dropped), and these are
// the sessions that changed each one (T technical, S substantive):
//
//   PP1   T in every session (the resolution recalled: 71/38 of 5 December 2016 → … → 79/42)
//   PP5   S 76/28 (Taking note of → Recalling), S 79/42 (and 2663 (2022) of 30 November 2022)
//   PP6   S 76/28 (Welcoming → Recalling also)
//   PP7   S 76/28 (Welcoming also → Recalling further), S 79/42 (the Amendment, by consensus of
//         the States parties, its entry into force), S 80/41 (States Parties)
//   PP8   S 75/58 (Eighteenth Summit, Baku), S 76/28 (Noting → Recalling), S 79/42 (Nineteenth,
//         Kampala)
//   PP9   S 76/28 (Noting also → Recalling also), S 79/42 (has been launched → was launched)
//   PP10  S 76/28 (Noting further → Recalling further)
//   PP11  S 76/28 (Noting → Recalling)
//   PP13  T 73/55 (sixty-first → sixty-second regular session), S 76/28 (the third Conference, "the
//         second"), T 77/75, T 78/43 (sixty-sixth, sixty-seventh), S 79/42 (the fourth Conference),
//         T 80/41 (sixty-ninth)
//   PP14  S 76/28 (Taking note also of → Recalling)
//   PP15  S 76/28 (Taking note further of → Recalling also)
//   PP16  T in every session (the report pursuant to resolution 71/38 → … → 79/42)
//   OP2   S 80/41 (States parties → States Parties)
//   OP5   T in every session (seventy-third → … → eighty-first session)
//   OP6   T in every session
//   PP2, PP3, PP4, PP12, PP17, PP18, OP1, OP3, OP4: never changed
//
// Footnote markers, line breaks and page furniture are no change; nor is the page text's
// "28 September2012" (73/55, PP11), which is how the page text of the unchanged recital reads.
// The same history must come out with the Markdown extraction of 80/41 as the newest version.
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "resdiff/history.hpp"
#include "resdiff/resdiff.hpp"

using namespace resdiff;

namespace {

const std::vector<std::string> kFiles = {"pagetext/A_RES_72_42.pagetext.txt", "pagetext/A_RES_73_55.pagetext.txt",
                                         "pagetext/A_RES_74_43.pagetext.txt", "pagetext/A_RES_75_58.pagetext.txt",
                                         "pagetext/A_RES_76_28.pagetext.txt", "pagetext/A_RES_77_75.pagetext.txt",
                                         "official-pdf/A_RES_78_43.pdf",    "official-pdf/A_RES_79_42.pdf",
                                         "official-pdf/A_RES_80_41.pdf"};
const std::vector<std::string> kSymbols = {"72/42", "73/55", "74/43", "75/58", "76/28", "77/75", "78/43", "79/42", "80/41"};

/// One expected step: the version, technical or not, and words its deletions and insertions hold.
struct Want {
  size_t at;
  bool technical;
  std::string deleted = "";
  std::string inserted = "";
};

const std::map<std::string, std::vector<Want>>& expected() {
  static const std::vector<Want> every_year_technical = {{1, true}, {2, true}, {3, true}, {4, true},
                                                         {5, true}, {6, true}, {7, true}, {8, true}};
  static const std::map<std::string, std::vector<Want>> want = {
      {"PP1", every_year_technical},
      {"PP2", {}},
      {"PP3", {}},
      {"PP4", {}},
      {"PP5", {{4, false, "Taking note of", "Recalling"}, {7, false, "", "and 2663 (2022) of 30 November 2022"}}},
      {"PP6", {{4, false, "Welcoming", "Recalling also"}}},
      {"PP7",
       {{4, false, "Welcoming also", "Recalling further"},
        {7, false, "amendments to strengthen", "of the States parties"},
        {8, false, "parties", "Parties"}}},
      {"PP8",
       {{3, false, "Seventeenth Conference", "Eighteenth Summit"},
        {4, false, "Noting", "Recalling"},
        {7, false, "Baku on 25 and 26 October 2019", "Kampala on 19 and 20 January 2024"}}},
      {"PP9", {{4, false, "Noting", "Recalling"}, {7, false, "has been", "was"}}},
      {"PP10", {{4, false, "Noting", "Recalling"}}},
      {"PP11", {{4, false, "Noting", "Recalling"}}},
      {"PP12", {}},
      {"PP13",
       {{1, true, "sixty-first", "sixty-second"},
        {4, false, "", "third International Conference on Nuclear Security: Sustaining and Strengthening Efforts"},
        {5, true, "sixty-fifth", "sixty-sixth"},
        {6, true, "sixty-sixth", "sixty-seventh"},
        {7, false, "", "fourth International Conference on Nuclear Security: Shaping the Future, in Vienna in May 2024"},
        {8, true, "sixty-eighth", "sixty-ninth"}}},
      {"PP14", {{4, false, "Taking note also of", "Recalling"}}},
      {"PP15", {{4, false, "Taking note further of", "Recalling also"}}},
      {"PP16", every_year_technical},
      {"PP17", {}},
      {"PP18", {}},
      {"OP1", {}},
      {"OP2", {{8, false, "parties", "Parties"}}},
      {"OP3", {}},
      {"OP4", {}},
      {"OP5", every_year_technical},
      {"OP6", every_year_technical},
  };
  return want;
}

std::string label_of(const Clause& c) {
  return (c.kind == ClauseKind::Preambular ? "PP" + std::to_string(c.index) : "OP" + c.number);
}

std::string texts(const std::vector<Edit>& edits, Edit::Op op) {
  std::string out;
  for (const Edit& e : edits)
    if (e.op == op) out += e.text;
  return out;
}

History nine_years(const std::string& newest) {
  std::vector<Document> versions;
  for (size_t k = 0; k < kFiles.size(); ++k) {
    std::string file = k + 1 == kFiles.size() ? newest : kFiles[k];
    Expected<Document> doc = read_document(std::string(RESDIFF_FIXTURES) + "/" + file);
    REQUIRE(doc.ok());
    versions.push_back(*doc);
  }
  return trace_history(std::move(versions));
}

void check_history(const History& h) {
  for (size_t k = 0; k < h.size(); ++k) {
    INFO("version " << k);
    CHECK(h.version(k).meta.symbol == kSymbols[k]);
    CHECK(h.version(k).count(ClauseKind::Preambular) == 18);
    CHECK(h.version(k).count(ClauseKind::Operative) == 6);
  }
  CHECK(h.gone.empty());
  REQUIRE(h.clauses.size() == expected().size());
  for (const ClauseHistory& c : h.clauses) {
    std::string label = label_of(h.newest().clauses[c.clause]);
    INFO(label);
    auto it = expected().find(label);
    REQUIRE(it != expected().end());
    CHECK(c.lineage.born == 0);
    for (size_t k = 0; k < h.size(); ++k) {  // 18 recitals and 6 paragraphs every year: the same label in each
      CHECK(c.lineage.trail[k].size() == 1);
      if (c.lineage.trail[k].size() == 1) CHECK(label_of(h.clause(k, c.lineage.trail[k][0])) == label);
    }
    std::string got, want;
    auto step = [](std::string& out, size_t at, bool technical) {  // " 4S": appended piece by piece (GCC 12 -Wrestrict)
      out += ' ';
      out += std::to_string(at);
      out += technical ? 'T' : 'S';
    };
    for (const HistoryStep& s : c.lineage.steps) step(got, s.at, s.technical);
    for (const Want& w : it->second) step(want, w.at, w.technical);
    CHECK(got == want);
    if (got != want) continue;
    for (size_t i = 0; i < it->second.size(); ++i) {
      const HistoryStep& s = c.lineage.steps[i];
      const Want& w = it->second[i];
      INFO("step at " << kSymbols[s.at]);
      CHECK(s.status == Status::Changed);
      CHECK(texts(s.edits, Edit::Op::Delete).find(w.deleted) != std::string::npos);
      CHECK(texts(s.edits, Edit::Op::Insert).find(w.inserted) != std::string::npos);
    }
  }
}

}  // namespace

TEST_CASE("nine years of the terrorists and WMD resolution give the history read in the documents") {
  check_history(nine_years(kFiles.back()));
}

TEST_CASE("the nine years give the same history with the Markdown extraction of 80/41 as the newest") {
  check_history(nine_years("A_RES_80_41.md"));
}
