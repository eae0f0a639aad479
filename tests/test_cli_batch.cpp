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

TEST_CASE("the batch pair list is one tab-separated line per compared pair, nothing for the rest") {
  resdiff::BatchResult result;
  resdiff::BatchRow pair;
  pair.old_path = "79/A_RES_79_42.pdf";
  pair.new_path = "80/A_RES_80_41.pdf";
  pair.how = resdiff::PairedBy::RecallsAndTitle;
  resdiff::BatchRow lone;
  lone.kind = resdiff::BatchRow::Kind::Unpaired;
  lone.new_path = "80/A_RES_80_5.pdf";
  result.rows = {pair, lone};
  CHECK(pair_list(result) == "79/A_RES_79_42.pdf\t80/A_RES_80_41.pdf\trecalls and title\n");
}
