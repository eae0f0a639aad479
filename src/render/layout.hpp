// Styled text for the terminal view: runs of text with a style, measured in terminal cells,
// wrapped to a width with a hanging indent, with or without ANSI colour. Internal to render.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "resdiff/diff.hpp"

namespace resdiff::layout {

/// What a run of text means; how it looks is decided in one place (sgr()).
enum class Style : std::uint8_t {
  Plain,
  Bold,         ///< document names, part headings, clause labels
  Dim,          ///< context, collapsed runs, paths, technical tags
  Delete,       ///< deleted words (red, struck through; "[-…-]" without colour)
  Insert,       ///< inserted words (green; "{+…+}" without colour)
  DeleteTech,   ///< deleted words of a technical edit (muted)
  InsertTech,   ///< inserted words of a technical edit (muted)
  Changed,      ///< status words
  Moved,
  Added,
  Removed,
  Regrouped,    ///< split and merged
  Substantive,  ///< the "substantive" tag
};

/// One run of text in one style.
struct Run {
  std::string text;
  Style style = Style::Plain;
};
using Runs = std::vector<Run>;

/// Word edits as runs: equal text plain, deletions and insertions marked (muted when technical);
/// both sides inline, or only the old side's (old_side) or the new side's (new_side).
Runs edit_runs(const std::vector<Edit>& edits, bool old_side = true, bool new_side = true);

/// The ANSI SGR sequence that turns the style on ("" for Plain).
const char* sgr(Style style);

/// Width of UTF-8 text in terminal cells: East Asian wide and full-width characters count 2,
/// combining marks and format characters 0, everything else 1.
int display_width(std::string_view text);

/// Runs as lines of at most `width` cells (width <= 0: no wrapping, one line). The first line is
/// indented by first_indent spaces, the others by indent. Breaks at spaces and between wide
/// (CJK) characters; a word longer than a line is cut. Without colour, Delete and Insert runs
/// are marked like wdiff, "[-…-]" and "{+…+}", with white space at their ends moved outside.
/// Every line ends with '\n' and, with colour, resets its style before it.
std::string wrap(const Runs& runs, int width, int first_indent, int indent, bool color);

/// The runs cut to at most max_cells cells, with "…" where text was cut (line breaks become spaces).
Runs truncate(const Runs& runs, int max_cells);

/// The runs on one line, no wrapping, no final newline.
std::string paint(const Runs& runs, bool color);

/// text (lines of the terminal view, maybe with ANSI colour) with every line that holds
/// right-to-left letters shaped and reordered for display left to right (bidi.cpp); the line's
/// left-to-right lead (indentation, label) stays in front. Other lines are left as they are.
std::string visual_order(std::string_view text);

}  // namespace resdiff::layout
