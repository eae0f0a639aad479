// The classifier's private interface: the calendar items found in a text (items.cpp), the rule
// that judges two of them (rule.cpp), and references to the document's own paragraphs
// (references.cpp). Not installed.
//
// The rule itself (docs/TECHNICAL.md) is language-neutral: it speaks of years, dates, symbols
// and ordinals of recurring events. The words that spell them in one language — month names,
// ordinals in words, "session", "and"/"to" between two days, "of" between a resolution and its
// date — are the document's Language table's (include/resdiff/language.hpp, src/lang/).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "resdiff/classify.hpp"
#include "resdiff/language.hpp"

namespace resdiff::classify_stage {

// ---- References to the document's own paragraphs (references.cpp) ----

/// A reference to one of the document's own paragraphs, found by own_references().
struct OwnReference {
  size_t first_word = 0;  ///< the words that spell the number path: "5", or "2" and "a" for "2 (a)"
  size_t last_word = 0;   ///< inclusive
  std::string number;     ///< the path as Clause::number prints it: "5", "2 (a)", "2 (a) (ii)"
};

/// The references to the document's own paragraphs in text (references.cpp): "paragraph 5
/// above", "paragraphs 3 to 5 below", "paragraphs 2 (a) and 7 of the present resolution". words
/// are the byte ranges of text's word tokens, in order; the reference words are the language's.
std::vector<OwnReference> own_references(std::string_view text, const std::vector<std::pair<size_t, size_t>>& words,
                                         const Language& language);

// ---- Calendar items (items.cpp) ----

/// What a calendar item is.
enum class ItemKind {
  Year,        ///< "2024", "2020-2021"
  Date,        ///< "7 December 2020", "25 and 26 October 2019", "December 2016", "30 April"
  Symbol,      ///< a resolution or document symbol with a session or a year in it: "75/58", "A/80/164", "E/2025/56"
  Event,       ///< the ordinal of a recurring event: "eighty-first" (session), "sixty-ninth" (regular session)
  Paragraph,   ///< a reference to the document's own paragraph: the "5" of "paragraph 5 above"
};

/// One calendar item of a text: a run of word tokens and what they say.
struct Item {
  ItemKind kind = ItemKind::Year;
  size_t first = 0, last = 0;  ///< word positions, inclusive
  size_t begin = 0, end = 0;   ///< byte range in the text
  std::vector<int> years;      ///< Year: one, or two for a range; Date: none or one; Symbol: its year parts
  /// Date: the day (0 when none) and month of each point, in order: "31 March and 1 April" is
  /// {31, 3}, {1, 4}.
  std::vector<std::pair<int, int>> points;
  int session = -1;            ///< Symbol: the Assembly session part (75 of "75/58"), -1 if none; Event: the ordinal
  std::string shape;           ///< Symbol: the symbol with its session, year and serial parts masked ("A/#S/#N")
  bool resolution = false;     ///< Symbol: a resolution ("75/58", "2023/33"), which a date may follow
  int dates = -1;              ///< Date: the Symbol item of the resolution it dates ("75/58 of 7 December 2020")
  std::string number;          ///< Paragraph: the number path referred to ("2 (a)")
};

/// One word token of a text, and the item it belongs to.
struct Word {
  size_t begin = 0, end = 0;  ///< byte range in the text
  std::string_view text;
  int item = -1;              ///< index into Analysis::items, -1 for none
};

/// A text's tokens, word tokens and calendar items.
struct Analysis {
  std::vector<std::string_view> tokens;  ///< every token (words, spaces, punctuation), in order
  std::vector<size_t> token_begin;       ///< byte offset of each token
  std::vector<int> token_item;           ///< the item each token lies in (punctuation inside "December 7, 2020" too), -1 for none
  std::vector<Word> words;
  std::vector<Item> items;
};

/// The calendar items of text, written in language (items.cpp).
Analysis analyse(const Tokenizer& tokenizer, std::string_view text, const Language& language);

/// The same, of a text already cut into tokens.
Analysis analyse(const TokenizedText& text, const Language& language);

// ---- The rule (rule.cpp) ----

/// The two documents' places in time, as the rule needs them.
struct Calendar {
  std::optional<int> step;         ///< sessions the new document is ahead of the old one (unknown: nothing moved)
  std::optional<int> old_session, new_session;
  const std::map<std::string, std::string>* paragraphs = nullptr;  ///< old → new numbers
  Tolerance tolerance = {};  ///< how the words around the references are compared
};

/// The Calendar a CalendarContext stands for.
Calendar calendar_of(const CalendarContext& context);

/// True when item b (of new_text) is item a (of old_text) moved with the calendar as the rule
/// says, or spelled identically.
bool moves_with_calendar(const Analysis& old_side, const Item& a, std::string_view old_text, const Analysis& new_side,
                         const Item& b, std::string_view new_text, const Calendar& calendar);

}  // namespace resdiff::classify_stage
