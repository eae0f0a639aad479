// Internal to src/segment: one language's resolution vocabulary, as data.
//
// The segmenter is one grammar for every language; what differs (the words that open a recital,
// month names, how the closing and the header lines read) lives in a Lexicon. Adding French is
// adding lexicon_fr.cpp and listing it in lexicons(); no code in the passes changes.
#pragma once
#include <regex>
#include <span>
#include <string>
#include <string_view>

namespace resdiff::segmenter {

/// An ordinal word and its value ("sixth" = 6, "seventy" = 70 for "seventy-sixth").
struct Ordinal {
  std::string_view word;
  int value;
};

/// The words and patterns of one language. Lists are lower case unless noted; regex patterns are
/// ECMAScript, matched against canonical text (one space between words).
struct Lexicon {
  std::string_view language;                          ///< "en"
  std::string_view assembly;                          ///< "The General Assembly" (opens the body)
  bool capitalised_clauses;  ///< clauses start with a capital (not so in Russian), so a lower-case start continues
  std::span<const std::string_view> recital_openers;  ///< first words of recitals: "recalling", "deeply"
  std::span<const std::string_view> operative_openers;  ///< first words of operative paragraphs: "decides"
  std::span<const std::string_view> item_openers;     ///< first words of sub-paragraphs: "strengthening"
  std::span<const std::string_view> months;           ///< twelve month names, January first
  std::span<const Ordinal> ordinals;                  ///< ordinal and tens words for session numbers
  std::span<const std::string_view> reference_words;  ///< a number after these is never a footnote marker (case kept)
  std::span<const std::string_view> quantity_words;   ///< a bare number after these counts something
  std::span<const std::string_view> range_words;      ///< "1 to 10", "8 and 9": a number before these + number
  std::span<const std::string_view> annex_words;      ///< a block that is just this word (+ numeral) opens an annex
  std::string_view session_pattern;   ///< group 1: the ordinal words before "session"
  std::string_view adopted_pattern;   ///< group 1: day, 2: month name, 3: year of adoption
  std::string_view agenda_pattern;    ///< group 1: the agenda item ("100 (s)")
  std::string_view report_pattern;    ///< group 1: the committee report or draft ("A/76/444, para. 93")
  std::string_view closing_pattern;   ///< whole block; group 1: meeting ("45th plenary meeting"), 2: date
  std::string_view date_pattern;      ///< group 1: day, 2: month name, 3: year
};

/// A lexicon's patterns, compiled.
struct Patterns {
  std::regex session, adopted, agenda, report, closing, date;
};

/// The English lexicon.
const Lexicon& english();

/// Every lexicon the segmenter knows, English first.
std::span<const Lexicon* const> lexicons();

/// The patterns of a lexicon listed in lexicons(), compiled once on first use.
const Patterns& patterns(const Lexicon& lex);

/// True when word (any case) is in list (lower case).
bool listed(std::span<const std::string_view> list, std::string_view word);
/// True when word, exactly as written, is in list.
bool listed_exactly(std::span<const std::string_view> list, std::string_view word);

/// 1..12 for a month name (any case), 0 when it is not one.
int month_number(const Lexicon& lex, std::string_view word);

/// Value of an ordinal written in words: "Seventy-sixth" = 76, "Eightieth" = 80; 0 when unknown.
int ordinal_value(const Lexicon& lex, std::string_view words);

/// "2021-12-06" from day, month name and year; empty when the month is unknown.
std::string iso_date(const Lexicon& lex, std::string_view day, std::string_view month, std::string_view year);

}  // namespace resdiff::segmenter
