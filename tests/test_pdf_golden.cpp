// Golden tests on the UN's own PDFs: successive years of one resolution (fixtures/official-pdf/),
// compared by resdiff, against change lists a person wrote from reading the two documents
// (fixtures/golden-pdf/*.changes; how they were made and checked: fixtures/README.md).
//
// What a change list holds and how a report is checked against it: tests/change_list.hpp.
#include "change_list.hpp"

using namespace resdiff;

namespace {

/// Reads both documents of a change list and compares them.
void check_pair(const std::string& changes) { golden::check_pair("golden-pdf/" + changes, "official-pdf"); }

}  // namespace

TEST_CASE("pdf golden: 78/43 → 79/42 reports the changes read from the two PDFs, and no others") {
  check_pair("A_RES_78_43--A_RES_79_42.changes");
}

TEST_CASE("pdf golden: 79/42 → 80/41 reports the changes read from the two PDFs, and no others") {
  check_pair("A_RES_79_42--A_RES_80_41.changes");
}

TEST_CASE("pdf golden: 79/50 → 80/24 reports the changes read from the two PDFs, and no others") {
  check_pair("A_RES_79_50--A_RES_80_24.changes");
}

TEST_CASE("pdf golden: 79/144 → 80/110, the 56-page oceans resolution, reports the changes read from the two PDFs") {
  check_pair("A_RES_79_144--A_RES_80_110.changes");
}
