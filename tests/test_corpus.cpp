// Corpus tests: every fixture parses to the clause counts verified by hand (fixtures/README.md),
// two extractions of one document read the same, and 76/28 vs 80/41 keep the clauses the golden
// diff reports as unchanged identical.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "resdiff/regex.hpp"
#include "resdiff/load.hpp"
#include "resdiff/segment.hpp"

using namespace resdiff;

namespace {

Document fixture(const std::string& name) {
  const std::string path = std::string(RESDIFF_FIXTURES) + "/" + name;
  Expected<std::string> bytes = read_file(path);
  REQUIRE(bytes.ok());
  Expected<Source> source = load(*bytes, path);
  REQUIRE(source.ok());
  return segment(*source);
}

/// What each fixture must read as; the same table is in fixtures/README.md.
struct Expect {
  const char* file;
  int recitals, operative, subparagraphs, annex, footnotes;
  const char* symbol;
  const char* date;
  int cited_again = 0;  ///< citations of a footnote already cited earlier in the text
};

const Expect kCorpus[] = {
    {"A_RES_76_28.seed.md", 18, 6, 0, 0, 7, "76/28", "2021-12-06"},
    {"A_RES_80_41.md", 18, 6, 0, 0, 7, "80/41", "2025-12-01"},
    {"A_RES_80_41.extract-1.1.0.md", 18, 6, 0, 0, 7, "80/41", "2025-12-01"},
    {"A_RES_80_24.md", 35, 23, 0, 0, 20, "80/24", "2025-12-01"},
    {"A_RES_80_24.extract-1.1.0.md", 35, 23, 0, 0, 20, "80/24", "2025-12-01"},
    {"A_RES_80_2.md", 2, 6, 0, 0, 1, "80/2", "2025-10-14"},
    {"A_RES_80_10.md", 11, 3, 0, 0, 13, "80/10", "2025-11-26"},
    {"A_RES_80_11.md", 16, 30, 15, 0, 4, "80/11", "2025-11-26"},
    {"A_RES_80_19.md", 24, 9, 0, 0, 6, "80/19", "2025-12-01"},
    {"A_RES_80_38.md", 23, 37, 0, 0, 8, "80/38", "2025-12-01"},
    {"A_RES_80_5.md", 0, 1, 0, 166, 15, "80/5", "2025-11-04"},
    {"A_RES_80_5.extract-1.0.0.md", 0, 1, 0, 166, 15, "80/5", "2025-11-04"},
    {"pagetext/A_RES_72_42.pagetext.txt", 18, 6, 0, 0, 6, "72/42", "2017-12-04", 1},
    {"pagetext/A_RES_73_55.pagetext.txt", 18, 6, 0, 0, 6, "73/55", "2018-12-05", 1},
    {"pagetext/A_RES_74_43.pagetext.txt", 18, 6, 0, 0, 6, "74/43", "2019-12-12", 1},
    {"pagetext/A_RES_75_58.pagetext.txt", 18, 6, 0, 0, 7, "75/58", "2020-12-07"},
    {"pagetext/A_RES_76_28.pagetext.txt", 18, 6, 0, 0, 7, "76/28", "2021-12-06"},
    {"pagetext/A_RES_77_75.pagetext.txt", 18, 6, 0, 0, 7, "77/75", "2022-12-07"},
};

/// Clause by clause: kind, number, text and cited footnotes all equal.
void require_same_clauses(const Document& a, const Document& b) {
  REQUIRE(a.clauses.size() == b.clauses.size());
  for (size_t i = 0; i < a.clauses.size(); ++i) {
    INFO("clause " << i << ": " << kind_name(a.clauses[i].kind) << " " << a.clauses[i].index);
    CHECK(a.clauses[i].kind == b.clauses[i].kind);
    CHECK(a.clauses[i].number == b.clauses[i].number);
    CHECK(a.clauses[i].text == b.clauses[i].text);
    CHECK(a.clauses[i].footnotes == b.clauses[i].footnotes);
  }
  CHECK(a.footnotes == b.footnotes);
}

}  // namespace

TEST_CASE("every corpus file parses to the clause counts verified by hand") {
  for (const Expect& e : kCorpus) {
    INFO(e.file);
    Document d = fixture(e.file);
    CHECK(d.is_resolution);
    CHECK(d.count(ClauseKind::Preambular) == e.recitals);
    CHECK(d.count(ClauseKind::Operative) == e.operative);
    CHECK(d.count(ClauseKind::Subparagraph) == e.subparagraphs);
    CHECK(d.count(ClauseKind::Annex) == e.annex);
    CHECK(d.footnotes.size() == static_cast<size_t>(e.footnotes));
    CHECK(d.meta.symbol == e.symbol);
    CHECK(d.meta.session == std::stoi(std::string(e.symbol)));
    CHECK(d.meta.date == e.date);
    CHECK(d.meta.language == "en");
  }
}

TEST_CASE("every corpus clause is clean: canonical text, no marker left, footnotes resolved") {
  for (const Expect& e : kCorpus) {
    INFO(e.file);
    Document d = fixture(e.file);
    for (const Clause& c : d.clauses) {
      INFO(kind_name(c.kind) << " " << c.index << ": " << c.text);
      CHECK_FALSE(c.text.empty());
      CHECK(c.text.find("  ") == std::string::npos);
      CHECK(c.text.find('\n') == std::string::npos);
      CHECK(c.text.find("[^") == std::string::npos);
      CHECK(c.text.find("\u2011") == std::string::npos);
      for (const char* sup : {"¹", "²", "³", "⁴", "⁵", "⁶", "⁷"}) CHECK(c.text.find(sup) == std::string::npos);
      for (const std::string& f : c.footnotes) CHECK_FALSE(f.empty());
      CHECK(c.line > 0);
      if (c.kind == ClauseKind::Preambular) CHECK(c.number.empty());
      if (c.kind == ClauseKind::Subparagraph) CHECK_FALSE(c.number.empty());
    }
    size_t cited = 0;
    for (const Clause& c : d.clauses) cited += c.footnotes.size();
    CHECK(cited == d.footnotes.size() + static_cast<size_t>(e.cited_again));  // every footnote is cited
  }
}

TEST_CASE("each page text's clauses cite the footnotes its page shows them citing") {
  // Read off fixtures/pagetext/: "Terrorism, 1", "Material 2 by", "2019,3", "Matters, 4", "20055"
  // or "2005 5 and", "2006,6", "75/58,7"; 72/42 to 74/43 cite footnote 1 again in operative 2.
  const std::vector<std::pair<std::string, std::vector<int>>> before_75 = {
      {"PP6", {1}}, {"PP7", {2}}, {"PP12", {3}}, {"PP15", {4, 5}}, {"PP16", {6}}, {"OP2", {1}}};
  const std::vector<std::pair<std::string, std::vector<int>>> from_75 = {
      {"PP6", {1}}, {"PP7", {2}}, {"PP8", {3}}, {"PP12", {4}}, {"PP15", {5, 6}}, {"PP16", {7}}};
  for (const char* year : {"72_42", "73_55", "74_43", "75_58", "76_28", "77_75"}) {
    INFO(year);
    Document d = fixture(std::string("pagetext/A_RES_") + year + ".pagetext.txt");
    const auto& table = std::string(year) < "75_58" ? before_75 : from_75;
    for (const Clause& c : d.clauses) {
      std::string label = (c.kind == ClauseKind::Preambular ? "PP" : "OP") + std::to_string(c.index);
      INFO(label << ": " << c.text);
      std::vector<std::string> want;
      for (const auto& [l, notes] : table)
        if (l == label)
          for (int n : notes) want.push_back(d.footnotes.at(static_cast<size_t>(n - 1)));
      CHECK(c.footnotes == want);
    }
  }
}

TEST_CASE("clause indexes count 1, 2, 3 within each kind") {
  Document d = fixture("A_RES_80_11.md");
  int expected[5] = {};
  for (const Clause& c : d.clauses) CHECK(c.index == ++expected[static_cast<int>(c.kind)]);
}

TEST_CASE("the two extractions of 80/41 read the same, clause by clause") {
  require_same_clauses(fixture("A_RES_80_41.md"), fixture("A_RES_80_41.extract-1.1.0.md"));
}

TEST_CASE("the two extractions of 80/24 read the same, clause by clause") {
  require_same_clauses(fixture("A_RES_80_24.md"), fixture("A_RES_80_24.extract-1.1.0.md"));
}

// The 1.3.0 extractor left a space after a hyphen or dash that ended a PDF line ("long- lasting",
// "2024– 2034"); the page-text repairer joins such lines properly. Undo that artefact to compare.
std::string without_wrap_artefacts(const std::string& s) {
  static const std::regex wrap(R"(([\w\d])(-|–) (\w))");
  return std::regex_replace(s, wrap, "$1$2$3");
}

TEST_CASE("80/5's raw page text reads like its 1.3.0 extraction, except where 1.3.0 lost line ends") {
  Document clean = fixture("A_RES_80_5.md");
  Document raw = fixture("A_RES_80_5.extract-1.0.0.md");
  REQUIRE(clean.clauses.size() == raw.clauses.size());
  CHECK(clean.footnotes == raw.footnotes);
  int differing = 0;
  for (size_t i = 0; i < clean.clauses.size(); ++i) {
    const Clause& a = clean.clauses[i];
    const Clause& b = raw.clauses[i];
    INFO(kind_name(a.kind) << " " << a.number << "\n 1.3.0: " << a.text << "\n 1.0.0: " << b.text);
    CHECK(a.number == b.number);
    CHECK(a.footnotes == b.footnotes);
    std::string a_text = without_wrap_artefacts(a.text), b_text = without_wrap_artefacts(b.text);
    if (a_text != b_text) {
      ++differing;
      CHECK(b_text.starts_with(a_text + " "));  // e.g. "… To this end, we" vs "… we commit to:"
    }
  }
  CHECK(differing == 10);
}

TEST_CASE("76/28 and 80/41 keep the unchanged clauses identical and the changed ones not") {
  Document old_doc = fixture("A_RES_76_28.seed.md");
  Document new_doc = fixture("A_RES_80_41.md");
  const std::vector<int> same_recitals{2, 3, 4, 6, 10, 11, 12, 14, 15, 17, 18};
  const std::vector<int> same_operative{1, 3, 4};
  auto text = [](const Document& d, ClauseKind kind, int index) {
    for (const Clause& c : d.clauses)
      if (c.kind == kind && c.index == index) return c.text;
    return std::string("(missing)");
  };
  for (int i = 1; i <= 18; ++i) {
    INFO("recital " << i);
    bool same = std::find(same_recitals.begin(), same_recitals.end(), i) != same_recitals.end();
    CHECK((text(old_doc, ClauseKind::Preambular, i) == text(new_doc, ClauseKind::Preambular, i)) == same);
  }
  for (int i = 1; i <= 6; ++i) {
    INFO("operative " << i);
    bool same = std::find(same_operative.begin(), same_operative.end(), i) != same_operative.end();
    CHECK((text(old_doc, ClauseKind::Operative, i) == text(new_doc, ClauseKind::Operative, i)) == same);
  }
}
