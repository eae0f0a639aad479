// The classifier's private interface: one language's calendar words (calendar_en.cpp for
// English). Not installed.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace resdiff::classify_stage {

/// True for a month name ("December", "december").
bool is_month(std::string_view word);

/// Value of an ordinal written in words, "first" (1) to "ninety-ninth" (99), any case, any hyphen.
std::optional<int> ordinal_word_value(std::string_view word);

/// Value of an ordinal written in digits: "45th" → 45, "52nd" → 52, "1st" → 1.
std::optional<int> numeric_ordinal_value(std::string_view word);

/// True for the word after an ordinal that makes it a session of the document's own body ("session").
bool is_session_word(std::string_view word);

/// True for a word after which an ordinal names a body, not an event ("First Committee").
bool is_numbered_body(std::string_view word);

/// True for a conjunction joining two day numbers before a month ("25 and 26 October").
bool is_day_conjunction(std::string_view word);

/// A reference to one of the document's own paragraphs, found by own_references().
struct OwnReference {
  size_t first_word = 0;  ///< the words that spell the number path: "5", or "2" and "a" for "2 (a)"
  size_t last_word = 0;   ///< inclusive
  std::string number;     ///< the path as Clause::number prints it: "5", "2 (a)", "2 (a) (ii)"
};

/// The references to the document's own paragraphs in text (references.cpp): "paragraph 5
/// above", "paragraphs 3 to 5 below", "paragraphs 2 (a) and 7 of the present resolution". words
/// are the byte ranges of text's word tokens, in order.
std::vector<OwnReference> own_references(std::string_view text, const std::vector<std::pair<size_t, size_t>>& words);

}  // namespace resdiff::classify_stage
