// Where a view shows each entry, and where it notes the place a moved clause left (its
// "ghost"). Shared by the text view, the HTML page and the Word document, so that all three put
// a moved clause's old place at the same spot. Internal to the render stage.
#pragma once
#include <cstddef>
#include <vector>

#include "resdiff/report.hpp"

namespace resdiff::render_places {

/// One place in a view: an entry at its new place, or the old place of a moved entry.
struct Place {
  size_t entry = 0;    ///< position in Report::entries
  bool ghost = false;  ///< the old place of a moved entry, not the entry itself
};

/// The entries in the report's order, each moved entry's old place inserted after the entry
/// holding the nearest earlier old clause that did not move (first of all when there is none).
std::vector<Place> reading_places(const Report& report);

}  // namespace resdiff::render_places
