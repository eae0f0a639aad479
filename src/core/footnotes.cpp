// Footnote rows: footnotes are compared apart from the clause text that cites them.
//
// For each entry, the footnotes cited by its old clauses and those cited by its new clauses are
// compared as multisets of texts: a footnote with the same text on both sides (under the tolerance,
// -i, -w, --ignore-punctuation) is no change, even when its number moved (a footnote inserted earlier in the document renumbers all later ones).
// What is left is paired in order when alike (similarity() ≥ kFootnoteThreshold) and becomes one
// row with both texts, technical when is_technical_change() says so; the rest become rows with
// null on one side, substantive. Footnotes of inserted and deleted clauses give rows too.
//
// Worked example (A/RES/76/28 → A/RES/80/41):
//   PP7   old {"Ibid., vol. 1456, No. 24631."}
//         new {"Ibid., vol. 3132, No. 24631.", "Ibid., vol. 1456, No. 24631."}
//         → the 1456 note is matched; one row null → "Ibid., vol. 3132, No. 24631." (substantive)
//   PP16  old {"A/76/189."}  new {"A/80/164."}
//         → one row "A/76/189." → "A/80/164.", technical (both the current session's report)
#include <algorithm>

#include "core/compare_stages.hpp"
#include "resdiff/text.hpp"

namespace resdiff::compare_stage {
namespace {

/// Two leftover footnotes at least this alike are one footnote that changed.
constexpr double kFootnoteThreshold = 0.5;

}  // namespace

std::vector<MetadataRow> footnote_rows(const std::vector<std::string>& old_notes, const std::vector<std::string>& new_notes,
                                       const CalendarContext& context) {
  std::vector<bool> new_taken(new_notes.size(), false);
  std::vector<std::string> old_left;
  for (const std::string& note : old_notes) {
    size_t k = 0;
    while (k < new_notes.size() && (new_taken[k] || !text::same_under(new_notes[k], note, context.tolerance))) ++k;
    if (k < new_notes.size()) {
      new_taken[k] = true;
    } else {
      old_left.push_back(note);
    }
  }
  std::vector<std::string> new_left;
  for (size_t k = 0; k < new_notes.size(); ++k)
    if (!new_taken[k]) new_left.push_back(new_notes[k]);

  std::vector<MetadataRow> rows;
  size_t from = 0;  // pairs keep their order: the next partner is searched after the last one
  std::vector<bool> paired(new_left.size(), false);
  for (const std::string& note : old_left) {
    size_t k = from;
    while (k < new_left.size() && similarity(note, new_left[k]) < kFootnoteThreshold) ++k;
    if (k < new_left.size()) {
      rows.push_back({"footnote", note, new_left[k], is_technical_change(note, new_left[k], context)});
      paired[k] = true;
      from = k + 1;
    } else {
      rows.push_back({"footnote", note, std::nullopt, false});
    }
  }
  for (size_t k = 0; k < new_left.size(); ++k)
    if (!paired[k]) rows.push_back({"footnote", std::nullopt, new_left[k], false});
  return rows;
}

}  // namespace resdiff::compare_stage
