// Tests for src/batch: pairing on small documents built here, then the corpus's real sessions
// 78, 79 and 80 (the UN's PDFs of 15 yearly series in fixtures/official-pdf/).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "resdiff/batch.hpp"

using namespace resdiff;

namespace {

Document doc(const std::string& symbol, const std::string& title, const std::string& first_recital = "") {
  Document d;
  if (!symbol.empty()) d.meta.symbol = symbol;
  if (!title.empty()) d.meta.title = title;
  Clause c;
  c.kind = ClauseKind::Preambular;
  c.index = 1;
  c.text = first_recital.empty() ? "Recognizing the importance of the matter," : first_recital;
  d.clauses.push_back(c);
  return d;
}

/// The 15 yearly series of the corpus README (78th → 79th → 80th session), by file name.
const char* const kSeries[][3] = {
    {"78_43", "79_42", "80_41"},    {"78_19", "79_19", "80_19"},    {"78_53", "79_50", "80_24"},
    {"78_46", "79_40", "80_38"},    {"78_2", "79_3", "80_2"},       {"78_66", "79_77", "80_70"},
    {"78_83", "79_96", "80_87"},    {"78_92", "79_105", "80_96"},   {"78_69", "79_144", "80_110"},
    {"78_136", "79_196", "80_122"}, {"78_152", "79_205", "80_137"}, {"78_112", "79_126", "80_167"},
    {"78_189", "79_159", "80_191"}, {"78_220", "79_183", "80_222"}, {"78_244", "79_247", "80_233"}};

/// Session 78, 79 or 80 as a folder would hold it (fixtures/official-pdf/, in name order): the
/// series' documents, and in session 80 also 80/5, 80/10, 80/11 and the draft A/80/L.22.
std::vector<std::string> session(int number) {
  const std::string dir = std::string(RESDIFF_FIXTURES) + "/official-pdf/";
  std::vector<std::string> out;
  for (const auto& series : kSeries) out.push_back(dir + "A_RES_" + series[number - 78] + ".pdf");
  if (number == 80)
    for (const char* extra : {"A_80_L.22.pdf", "A_RES_80_5.pdf", "A_RES_80_10.pdf", "A_RES_80_11.pdf"}) out.push_back(dir + extra);
  std::sort(out.begin(), out.end());
  return out;
}

std::string base(const std::string& path) { return std::filesystem::path(path).filename().string(); }

}  // namespace

TEST_CASE("a new resolution that recalls the old one and keeps its title is paired with it") {
  std::vector<Document> olds{doc("79/42", "Measures to prevent terrorists"), doc("79/19", "Outer space")};
  std::vector<Document> news{doc("80/19", "Outer space"),
                             doc("80/41", "Measures to prevent terrorists", "Recalling its resolution 79/42 of 2 December 2024,")};
  BatchPlan plan = pair_documents(olds, news);
  REQUIRE(plan.pairs.size() == 2);
  CHECK(plan.pairs[0].old_doc == 1);
  CHECK(plan.pairs[0].new_doc == 0);
  CHECK(plan.pairs[0].how == PairedBy::Title);
  CHECK(plan.pairs[1].old_doc == 0);
  CHECK(plan.pairs[1].new_doc == 1);
  CHECK(plan.pairs[1].how == PairedBy::RecallsAndTitle);
  CHECK(plan.ambiguous.empty());
  CHECK(plan.unpaired_old.empty());
  CHECK(plan.unpaired_new.empty());
}

TEST_CASE("a citation pairs documents whose titles differ, and wins over a title") {
  std::vector<Document> olds{doc("79/1", "Old name of the item"), doc("79/2", "New name of the item")};
  std::vector<Document> news{doc("80/7", "New name of the item", "Recalling its resolution 79/1 of 1 October 2024,")};
  BatchPlan plan = pair_documents(olds, news);
  REQUIRE(plan.pairs.size() == 1);
  CHECK(plan.pairs[0].old_doc == 0);
  CHECK(plan.pairs[0].how == PairedBy::Recalls);
  CHECK(plan.unpaired_old == std::vector<size_t>{1});
}

TEST_CASE("document symbols and page numbers are not citations of a resolution") {
  std::vector<Document> olds{doc("80/164", "A"), doc("79/42", "B")};
  std::vector<Document> news{doc("81/1", "C", "Taking note of the report of the Secretary-General (A/80/164), see 79/42.5 and 2/3,")};
  BatchPlan plan = pair_documents(olds, news);
  CHECK(plan.pairs.empty());
  CHECK(plan.unpaired_new == std::vector<size_t>{0});
  CHECK(plan.unpaired_old.size() == 2);
}

TEST_CASE("two documents with the same evidence are reported ambiguous, not guessed") {
  std::vector<Document> olds{doc("79/10", "Oceans and the law of the sea")};
  std::vector<Document> news{doc("80/110", "Oceans and the law of the sea"), doc("", "Oceans and the law of the sea:")};
  BatchPlan plan = pair_documents(olds, news);
  CHECK(plan.pairs.empty());
  REQUIRE(plan.ambiguous.size() == 1);
  CHECK(plan.ambiguous[0].old_docs == std::vector<size_t>{0});
  CHECK(plan.ambiguous[0].new_docs == std::vector<size_t>{0, 1});
  CHECK(plan.unpaired_new.empty());
  CHECK(plan.unpaired_old.empty());
}

TEST_CASE("stronger evidence settles what a title alone leaves ambiguous") {
  std::vector<Document> olds{doc("79/144", "Oceans and the law of the sea")};
  std::vector<Document> news{doc("", "", "Reaffirming its resolution 79/144 of 12 December 2024,"),
                             doc("80/110", "Oceans and the law of the sea", "Recalling its resolution 79/144,")};
  BatchPlan plan = pair_documents(olds, news);
  REQUIRE(plan.pairs.size() == 1);
  CHECK(plan.pairs[0].new_doc == 1);
  CHECK(plan.pairs[0].how == PairedBy::RecallsAndTitle);
  CHECK(plan.unpaired_new == std::vector<size_t>{0});
}

TEST_CASE("sessions 79 and 80 of the corpus pair as the 15 series run, the rest unpaired") {
  BatchOptions options;
  options.threads = 2;
  options.format = BatchFormat::Json;
  BatchResult result = run_batch(session(79), session(80), options);
  // the series of the corpus README, checked by hand against each PDF's first recital and title
  const std::map<std::string, std::string> expected = {
      {"A_RES_79_42.pdf", "A_RES_80_41.pdf"},   {"A_RES_79_19.pdf", "A_RES_80_19.pdf"},
      {"A_RES_79_50.pdf", "A_RES_80_24.pdf"},   {"A_RES_79_40.pdf", "A_RES_80_38.pdf"},
      {"A_RES_79_3.pdf", "A_RES_80_2.pdf"},     {"A_RES_79_77.pdf", "A_RES_80_70.pdf"},
      {"A_RES_79_96.pdf", "A_RES_80_87.pdf"},   {"A_RES_79_105.pdf", "A_RES_80_96.pdf"},
      {"A_RES_79_144.pdf", "A_RES_80_110.pdf"}, {"A_RES_79_196.pdf", "A_RES_80_122.pdf"},
      {"A_RES_79_205.pdf", "A_RES_80_137.pdf"}, {"A_RES_79_126.pdf", "A_RES_80_167.pdf"},
      {"A_RES_79_159.pdf", "A_RES_80_191.pdf"}, {"A_RES_79_183.pdf", "A_RES_80_222.pdf"},
      {"A_RES_79_247.pdf", "A_RES_80_233.pdf"}};
  std::map<std::string, std::string> pairs;
  std::vector<std::string> unpaired;
  for (const BatchRow& row : result.rows) {
    if (row.kind == BatchRow::Kind::Pair) {
      pairs[base(row.old_path)] = base(row.new_path);
      CHECK(row.json.find('\n') == std::string::npos);
      CHECK(row.json.rfind("{\"format\":\"resdiff-report\"", 0) == 0);
      CHECK(row.report_name == base(row.old_path).substr(0, base(row.old_path).size() - 4) + "--" +
                                   base(row.new_path).substr(0, base(row.new_path).size() - 4) + ".json");
    }
    if (row.kind == BatchRow::Kind::Unpaired) unpaired.push_back(base(row.new_path.empty() ? row.old_path : row.new_path));
    CHECK(row.kind != BatchRow::Kind::Error);
    CHECK(row.kind != BatchRow::Kind::Ambiguous);
  }
  CHECK(pairs == expected);
  // the draft of 80/110 cites 79/144 and has its title, but a draft yields to the adopted text
  CHECK(unpaired == std::vector<std::string>{"A_80_L.22.pdf", "A_RES_80_10.pdf", "A_RES_80_11.pdf", "A_RES_80_5.pdf"});
  CHECK(result.documents_read == 34);
}

TEST_CASE("a file that cannot be read is one error row and the batch goes on") {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "resdiff-test-batch";
  std::filesystem::create_directories(dir);
  const std::string bad = (dir / "A_RES_79_999.pdf").string();
  {
    std::ofstream out(bad, std::ios::binary);
    out << "%PDF-1.7\n\x01\x02 not a PDF at all";
  }
  std::vector<std::string> olds = session(78);
  olds.resize(3);  // A_RES_78_112, 78_136, 78_152
  std::vector<std::string> news = session(79);
  news.push_back(bad);
  BatchOptions options;
  options.threads = 3;
  size_t calls = 0, last_total = 0;
  options.progress = [&](size_t done, size_t total) {
    ++calls;
    CHECK(done <= total);
    last_total = total;
  };
  BatchResult result = run_batch(olds, news, options);
  size_t pairs = 0, errors = 0;
  for (const BatchRow& row : result.rows) {
    if (row.kind == BatchRow::Kind::Pair) ++pairs;
    if (row.kind == BatchRow::Kind::Error) {
      ++errors;
      CHECK(row.new_path == bad);
      CHECK_FALSE(row.message.empty());
    }
  }
  CHECK(pairs == 3);  // 78/112 → 79/126, 78/136 → 79/196, 78/152 → 79/205
  CHECK(errors == 1);
  CHECK(calls == last_total);
  CHECK(render_batch_problems_jsonl(result).find("\"kind\":\"error\"") != std::string::npos);
  std::filesystem::remove_all(dir);
}
