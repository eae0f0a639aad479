// Tests for src/cli/terminal.cpp: colour, width and the reproducible date, decided from given surroundings.
#include <catch2/catch.hpp>

#include "terminal.hpp"

using namespace resdiff_cli;

TEST_CASE("colour is on for a terminal and off for a pipe, a file, NO_COLOR and TERM=dumb") {
  Terminal tty;
  tty.stdout_tty = true;
  Terminal pipe;
  CHECK(use_color("auto", true, tty));
  CHECK_FALSE(use_color("auto", true, pipe));
  CHECK_FALSE(use_color("auto", false, tty));  // -o FILE
  Terminal no_color = tty;
  no_color.no_color = true;
  CHECK_FALSE(use_color("auto", true, no_color));
  Terminal dumb = tty;
  dumb.dumb = true;
  CHECK_FALSE(use_color("auto", true, dumb));
  Terminal git = pipe;
  git.git_pager = true;
  CHECK(use_color("auto", true, git));
  CHECK(use_color("always", false, pipe));
  CHECK_FALSE(use_color("never", true, tty));
}

TEST_CASE("the width is --width, else the terminal's, else no wrapping off a terminal") {
  Terminal tty;
  tty.stdout_tty = true;
  tty.columns = 120;
  CHECK(output_width(-1, true, tty) == 120);
  CHECK(output_width(60, true, tty) == 60);
  CHECK(output_width(-1, false, tty) == 0);
  Terminal unknown;
  unknown.stdout_tty = true;
  CHECK(output_width(-1, true, unknown) == 80);
  unknown.columns_env = 132;
  CHECK(output_width(-1, true, unknown) == 132);
  Terminal pipe;
  CHECK(output_width(-1, true, pipe) == 0);
}

TEST_CASE("SOURCE_DATE_EPOCH gives an ISO date, and a bad value none") {
  Terminal t;
  CHECK(source_date_iso(t).empty());
  t.source_date = "1764547200";
  CHECK(source_date_iso(t) == "2025-12-01T00:00:00Z");
  t.source_date = "soon";
  CHECK(source_date_iso(t).empty());
  t.source_date = "-5";
  CHECK(source_date_iso(t).empty());
}

TEST_CASE("right-to-left text is in visual order on a plain terminal, logical elsewhere") {
  Terminal tty;
  tty.stdout_tty = true;
  CHECK(use_visual_order(true, tty));
  CHECK_FALSE(use_visual_order(false, tty));  // -o FILE
  Terminal pipe;
  CHECK_FALSE(use_visual_order(true, pipe));
  Terminal gnome = tty;
  gnome.bidi_terminal = true;  // VTE orders it itself
  CHECK_FALSE(use_visual_order(true, gnome));
  Terminal forced = pipe;
  forced.bidi = "visual";
  CHECK(use_visual_order(true, forced));
  Terminal logical = tty;
  logical.bidi = "logical";
  CHECK_FALSE(use_visual_order(true, logical));
}
