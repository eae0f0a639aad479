// Golden tests on the UN's raw page text: six successive years of one resolution, A/RES/72/42 …
// 77/75 (fixtures/pagetext/, copied from the corpus), compared by resdiff year by year against
// change lists a person wrote from reading the two texts (fixtures/golden-pagetext/*.changes; how
// they were made and checked: fixtures/README.md). With the PDFs' 78/43 → 79/42 → 80/41
// (test_pdf_golden.cpp) and 80/41's Markdown, that is nine consecutive years.
//
// What a change list holds and how a report is checked against it: tests/change_list.hpp.
#include "change_list.hpp"

using namespace resdiff;

namespace {

/// Reads both page texts of a change list and compares them.
void check_pair(const std::string& changes) { golden::check_pair("golden-pagetext/" + changes, "pagetext"); }

}  // namespace

TEST_CASE("page-text golden: 72/42 → 73/55 reports the changes read from the two texts, and no others") {
  check_pair("A_RES_72_42--A_RES_73_55.changes");
}

TEST_CASE("page-text golden: 73/55 → 74/43 reports the changes read from the two texts, and no others") {
  check_pair("A_RES_73_55--A_RES_74_43.changes");
}

TEST_CASE("page-text golden: 74/43 → 75/58 reports the changes read from the two texts, and no others") {
  check_pair("A_RES_74_43--A_RES_75_58.changes");
}

TEST_CASE("page-text golden: 75/58 → 76/28, the brief's pair, reports the corpus README's changes and no others") {
  check_pair("A_RES_75_58--A_RES_76_28.changes");
}

TEST_CASE("page-text golden: 76/28 → 77/75 reports the changes read from the two texts, and no others") {
  check_pair("A_RES_76_28--A_RES_77_75.changes");
}
