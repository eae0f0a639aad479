// Golden tests on the UN's own PDFs: successive years of one resolution (fixtures/official-pdf/),
// compared by resdiff, against change lists a person wrote from reading the two documents
// (fixtures/golden-pdf/*.changes; how they were made and checked: fixtures/README.md).
//
// What a change list holds and how a report is checked against it: tests/change_list.hpp.
#include "change_list.hpp"

using namespace resdiff;

namespace {

/// Reads both documents of a change list and compares them.
void check_pair(const std::string& changes) {
  golden::ChangeList list = golden::read_changes("golden-pdf/" + changes);
  auto read = [](const std::string& name) {
    Expected<Document> doc = read_document(std::string(RESDIFF_FIXTURES) + "/official-pdf/" + name);
    INFO(name << ": " << (doc ? "" : doc.error().what()));
    REQUIRE(doc.ok());
    return *doc;
  };
  Report r = compare(read(list.old_file), read(list.new_file));
  golden::check_report(r, list);
}

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
