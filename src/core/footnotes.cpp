// Footnote rows: footnotes are compared apart from the clause text that cites them.
//
// For each entry, the footnotes cited by its old clauses and those cited by its new clauses are
// compared as multisets of texts: a footnote with the same text on both sides (under the tolerance,
// -i, -w, --ignore-punctuation) is no change, even when its number moved (a footnote inserted earlier in the document renumbers all later ones).
// What is left is paired in order when alike (similarity() ≥ kFootnoteThreshold) and becomes one
// row with both texts, technical when is_technical_change() says so; the rest become rows with
// null on one side, substantive. Footnotes of inserted and deleted clauses give rows too.
//
// A footnote follows its clause: when the clause went into another entry — merged into a
// paragraph that is not its neighbour, or deleted and written anew elsewhere — the entry it left
// has the footnote only on the old side and the entry it joined only on the new side. So, once
// every entry has its rows (pair_across_entries()), a footnote that went from one entry and came
// to another with the same text is no change, and one that came updated as the calendar moved
// (is_technical_change()) is one technical row with both texts.
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

void pair_across_entries(std::vector<MetadataRow>& rows, const CalendarContext& context) {
  auto is_note = [](const MetadataRow& r) { return r.field == "footnote"; };
  std::vector<size_t> gone, came;  // rows of a footnote only old / only new, in order
  for (size_t k = 0; k < rows.size(); ++k) {
    if (!is_note(rows[k])) continue;
    if (rows[k].old_value && !rows[k].new_value) gone.push_back(k);
    if (!rows[k].old_value && rows[k].new_value) came.push_back(k);
  }
  std::vector<bool> drop(rows.size(), false);
  // The same footnote: it followed its clause into another entry. No row.
  for (size_t g : gone) {
    for (size_t c : came) {
      if (drop[c] || !text::same_under(*rows[g].old_value, *rows[c].new_value, context.tolerance)) continue;
      drop[g] = drop[c] = true;
      break;
    }
  }
  // A footnote updated with the calendar on the way: one technical row with both texts, where
  // the old one stood. (Two footnotes of two unrelated clauses may look alike — "See A/75/1." and
  // "See A/80/2." — so across entries only a technical update is taken for one footnote.)
  for (size_t g : gone) {
    if (drop[g]) continue;
    for (size_t c : came) {
      if (drop[c] || similarity(*rows[g].old_value, *rows[c].new_value) < kFootnoteThreshold ||
          !is_technical_change(*rows[g].old_value, *rows[c].new_value, context))
        continue;
      rows[g].new_value = rows[c].new_value;
      rows[g].technical = true;
      drop[c] = true;
      break;
    }
  }
  size_t k = 0;
  std::erase_if(rows, [&](const MetadataRow&) { return drop[k++]; });
}

}  // namespace resdiff::compare_stage
