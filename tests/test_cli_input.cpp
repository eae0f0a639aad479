// Tests for src/cli/input.cpp: reading the documents a command names. read_inputs() reads two
// files at once; what it hands back must be what reading them in turn gives.
#include <catch2/catch.hpp>

#include <string>

#include "input.hpp"

using namespace resdiff_cli;

namespace {

const std::string kFixtures = RESDIFF_FIXTURES;

/// The clause texts and warnings of a document, to compare two readings of it.
std::string summary(const resdiff::Document& doc) {
  std::string out = doc.path + "\n";
  for (const resdiff::Clause& c : doc.clauses) out += std::string(resdiff::kind_name(c.kind)) + " " + c.number + ": " + c.text + "\n";
  for (const std::string& w : doc.warnings) out += "warning: " + w + "\n";
  return out;
}

}  // namespace

TEST_CASE("read_inputs gives both documents as read_input gives each, PDFs and Markdown alike") {
  const ReadingOptions options;
  const std::string pdf = kFixtures + "/official-pdf/A_RES_80_41.pdf";
  const std::string md = kFixtures + "/A_RES_80_41.md";
  auto both = read_inputs(pdf, md, options);
  REQUIRE(both.ok());
  auto old_doc = read_input(pdf, options);
  auto new_doc = read_input(md, options);
  REQUIRE(old_doc.ok());
  REQUIRE(new_doc.ok());
  CHECK(both->first.clauses.size() > 20);
  CHECK(summary(both->first) == summary(*old_doc));
  CHECK(summary(both->second) == summary(*new_doc));
}

TEST_CASE("read_inputs names the old file's error when both fail, and the new one's when only it fails") {
  const ReadingOptions options;
  const std::string md = kFixtures + "/A_RES_80_41.md";
  auto both_bad = read_inputs("/nonexistent/old.md", "/nonexistent/new.md", options);
  REQUIRE_FALSE(both_bad.ok());
  CHECK_THAT(both_bad.error().what(), Catch::Matchers::Contains("old.md"));
  auto new_bad = read_inputs(md, "/nonexistent/new.md", options);
  REQUIRE_FALSE(new_bad.ok());
  CHECK_THAT(new_bad.error().what(), Catch::Matchers::Contains("new.md"));
}

TEST_CASE("read_inputs reads /dev/null, which is no regular file, in turn as the empty document") {
  const ReadingOptions options;
  auto added = read_inputs("/dev/null", kFixtures + "/A_RES_80_41.md", options);
  REQUIRE(added.ok());
  CHECK(added->first.clauses.empty());
  CHECK_FALSE(added->second.clauses.empty());
}
