// Tests for src/cli/git.cpp: git's external-diff arguments.
#include <catch2/catch.hpp>

#include "git.hpp"

using namespace resdiff_cli;

TEST_CASE("git's seven external-diff arguments name the files and the path") {
  auto call = git_diff_call({"res.md", "/tmp/a_res.md", "1a2b3c4d", "100644", "res.md", "0000000", "100644"});
  REQUIRE(call);
  CHECK(call->old_file == "/tmp/a_res.md");
  CHECK(call->new_file == "res.md");
  CHECK(call->old_name == "res.md");
  CHECK(call->new_name == "res.md");
}

TEST_CASE("a rename's nine arguments name the new path") {
  auto call = git_diff_call({"old.md", "/tmp/x", "abcd", "100644", "/tmp/y", "ef01", "100644", "new.md", "similarity index 90%"});
  REQUIRE(call);
  CHECK(call->old_name == "old.md");
  CHECK(call->new_name == "new.md");
}

TEST_CASE("an added file comes as /dev/null with dots for hash and mode") {
  auto call = git_diff_call({"new.md", "/dev/null", ".", ".", "new.md", "abcd", "100644"});
  REQUIRE(call);
  CHECK(call->old_file == "/dev/null");
}

TEST_CASE("seven ordinary file names are not git's arguments") {
  CHECK_FALSE(git_diff_call({"a", "b", "c", "d", "e", "f", "g"}));
  CHECK_FALSE(git_diff_call({"a.md", "b.md"}));
  CHECK_FALSE(git_diff_call({"p", "f", "ABCD", "100644", "f", "abcd", "100644"}));  // upper-case hex is not git's
}
