// Stage 5, classify: is a change only a technical (calendar) update, or substantive?
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "resdiff/diff.hpp"
#include "resdiff/language.hpp"
#include "resdiff/tolerance.hpp"

namespace resdiff {

/// Each document's own place in time, so that "next session" can be recognised on both sides.
struct CalendarContext {
  std::optional<int> old_session;  ///< 76 for A/RES/76/28
  std::optional<int> new_session;  ///< 80 for A/RES/80/41
  /// Old number → new number of the document's own paragraphs, as the alignment paired them
  /// ("5" → "6" when a paragraph was inserted before operative 5; sub-paragraphs as "2 (a)").
  /// A reference to one of them ("paragraph 5 above") that follows this mapping is technical.
  std::map<std::string, std::string> paragraphs = {};
  /// The languages whose calendar words each side is written in (nullptr: English).
  const Language* old_language = nullptr;
  const Language* new_language = nullptr;
  /// Differences that are none (-i, -w, --ignore-punctuation): the words around a calendar
  /// reference are compared under it.
  Tolerance tolerance = {};
};

/// True when replacing old_text by new_text only moves references with the calendar as the two
/// documents' sessions moved (docs/TECHNICAL.md): session and event ordinals, resolution and
/// document symbols and years moving by the same step as the sessions, dates near the documents'
/// own time whose year moves by that step, references to the document's own paragraphs that
/// follow its renumbering (context.paragraphs). Both sides must be non-empty and every other word
/// the same. With the sessions unknown or equal, only the paragraph references can be technical.
bool is_technical_change(std::string_view old_text, std::string_view new_text, const CalendarContext& context);

/// True when the two documents are of different, known sessions: the calendar moved between them.
bool calendar_moved(const CalendarContext& context);

/// The session a resolution adopted on an ISO date belongs to: "2021-12-06" → 76 (the session
/// opening in September 2021), "2022-06-30" → 76 too; nullopt for a malformed date.
std::optional<int> session_of_date(std::string_view iso_date);

/// Marks each Delete/Insert run of edits technical or not (a delete and the insert right after it
/// are judged together, as one replacement). Equal edits stay non-technical.
void classify(std::vector<Edit>& edits, const CalendarContext& context);

/// classify() with the two sides already cut into tokens: old_text and new_text must be
/// reconstruct(edits, true) and reconstruct(edits, false), as they are for word_diff()'s edits of
/// them. Saves cutting the texts a second time.
void classify(std::vector<Edit>& edits, const CalendarContext& context, const TokenizedText& old_text,
              const TokenizedText& new_text);

/// Session number from an English ordinal: "seventy-seventh" → 77, "eighty-first" → 81.
std::optional<int> ordinal_value(std::string_view word);

}  // namespace resdiff
