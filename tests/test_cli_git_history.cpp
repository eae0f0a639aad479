// Tests for src/cli/git_history.cpp: reading `git log --follow --name-only` output (the git runs
// themselves are tested on a temporary repository by tests/e2e/log_git.sh).
#include <catch2/catch.hpp>

#include "git_history.hpp"

using namespace resdiff_cli;

TEST_CASE("git log records give each commit, its date and the file's name at that commit") {
  std::string output =
      "\x01" "3f2c1a9e1111111111111111111111111111aaaa 2025-12-05\n\nresolutions/terrorists.pdf\n"
      "\x01" "b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0 2024-12-09\n\nwmd.pdf\n";
  std::vector<GitVersion> versions = parse_git_log(output);
  REQUIRE(versions.size() == 2);
  CHECK(versions[0].commit == "3f2c1a9e1111111111111111111111111111aaaa");
  CHECK(versions[0].date == "2025-12-05");
  CHECK(versions[0].path == "resolutions/terrorists.pdf");
  CHECK(versions[1].path == "wmd.pdf");
}

TEST_CASE("no git log output is no version") { CHECK(parse_git_log("").empty()); }

TEST_CASE("a file outside any repository is one error naming it") {
  resdiff::Expected<std::vector<GitVersion>> versions = git_versions("/nonexistent-folder/x.md");
  REQUIRE_FALSE(versions.ok());
  CHECK(versions.error().file == "/nonexistent-folder/x.md");
}
