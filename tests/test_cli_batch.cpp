// Tests for src/cli/batch_command.cpp: the progress bar's line (the command itself is run by
// tests/e2e/batch.sh).
#include <catch2/catch.hpp>

#include "batch_command.hpp"

using namespace resdiff_cli;

TEST_CASE("the batch progress bar fills in proportion and clears its line at the end") {
  CHECK(progress_line(0, 30) == "\rresdiff batch [                              ] 0/30");
  CHECK(progress_line(15, 30) == "\rresdiff batch [###############               ] 15/30");
  CHECK(progress_line(30, 30) == "\rresdiff batch [##############################] 30/30\r\033[K");
  CHECK(progress_line(0, 0).ends_with("\r\033[K"));
}
