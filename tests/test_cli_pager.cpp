// Tests for src/cli/pager.cpp: when to page, and with what.
#include <catch2/catch.hpp>

#include "pager.hpp"

using namespace resdiff_cli;

namespace {
PagerContext long_output_on_a_terminal() {
  PagerContext c;
  c.is_tty = true;
  c.lines = 100;
  c.height = 24;
  return c;
}
}  // namespace

TEST_CASE("long output on a terminal goes through less -FRX when PAGER is unset") {
  CHECK(pager_command(long_output_on_a_terminal()) == "less -FRX");
}

TEST_CASE("no pager off a terminal, into a file, for json, with --no-pager or when it fits") {
  PagerContext c = long_output_on_a_terminal();
  c.is_tty = false;
  CHECK(pager_command(c).empty());
  c = long_output_on_a_terminal();
  c.to_stdout = false;
  CHECK(pager_command(c).empty());
  c = long_output_on_a_terminal();
  c.machine_format = true;
  CHECK(pager_command(c).empty());
  c = long_output_on_a_terminal();
  c.no_pager = true;
  CHECK(pager_command(c).empty());
  c = long_output_on_a_terminal();
  c.lines = 10;
  CHECK(pager_command(c).empty());
}

TEST_CASE("PAGER names the pager; empty or cat means none") {
  PagerContext c = long_output_on_a_terminal();
  c.pager_env = "most";
  CHECK(pager_command(c) == "most");
  c.pager_env = "cat";
  CHECK(pager_command(c).empty());
  c.pager_env = "  ";
  CHECK(pager_command(c).empty());
}

TEST_CASE("count_lines counts a last line without a line break") {
  CHECK(count_lines("") == 0);
  CHECK(count_lines("a\nb\n") == 2);
  CHECK(count_lines("a\nb") == 2);
}
