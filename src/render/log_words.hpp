// The words every history view (`resdiff log`, `resdiff blame`) uses: what a step was, the
// "since … · changed in …" line, how a clause was labelled in each version, and the state of a
// clause in each version as the grid shows it. Internal to the render stage.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "resdiff/history.hpp"

namespace resdiff::log_words {

/// What a step was, in the words of the views: "substantive", "technical", "moved",
/// "moved, substantive", "split, technical", "merged" …
std::string step_kind(const HistoryStep& step);

/// True when the step changed words (has an Insert or Delete).
bool has_word_changes(const HistoryStep& step);

/// "since 72/42 · changed in 76/28 (substantive), 79/42 (substantive)"; "since 72/42 · unchanged";
/// "new in 80/41" for a clause born in the newest version.
std::string since_line(const History& history, const Lineage& lineage);

/// The clause labels of a step, old → new as the two-way view writes them: "PP5", "PP8→9", "OP5→5, 6".
std::string step_label(const History& history, const HistoryStep& step);

/// The labels of the clause's ancestors in version k ("PP7", "PP7, PP8"; "" when it had none).
std::string label_in(const History& history, const Lineage& lineage, size_t k);

/// What the grid shows for a clause in one version.
enum class Cell { Absent, New, Unchanged, Technical, Substantive, Moved, Split, Merged, Gone };

/// "absent", "new", "unchanged", "technical", "substantive", "moved", "split", "merged", "gone".
const char* cell_name(Cell cell);

/// The state of the clause in version k; died is the version a gone clause went in.
Cell cell_at(const Lineage& lineage, size_t k, std::optional<size_t> died = std::nullopt);

/// The step of the lineage at version k, or nullptr.
const HistoryStep* step_at(const Lineage& lineage, size_t k);

/// The clauses of the newest version sorted into four tallies that add up to all of them.
struct Tally {
  int unchanged = 0;    ///< born in the first version and never changed
  int technical = 0;    ///< born in the first version, changed only by technical updates
  int substantive = 0;  ///< born in the first version, with a step that is not only technical (moves, splits and merges count)
  int added = 0;        ///< born after the first version
};
Tally tally(const History& history);

/// The tallies in words: "24 clauses · 9 unchanged · 4 only technical updates · 11 substantive
/// changes · 0 added after 72/42" ("1 substantive change" for one).
std::string tally_line(const History& history);

}  // namespace resdiff::log_words
