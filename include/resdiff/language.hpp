// One official language of the United Nations, as data: every word a stage needs to read, judge or
// write a resolution in that language.
//
// The stages are one grammar, one classifier and one set of renderers for every language; what
// differs between "The General Assembly," and "L'Assemblée générale," is a Language table. Each
// language is one file, src/lang/<code>.cpp, holding one constant Language, and one line in
// src/lang/language.cpp's list. Stages find the table of a document with lang::of(meta.language).
//
// Word lists hold words as printed in the language's own script; look-ups fold case and Unicode
// hyphens (lang::fold), so "Recalling", "RECALLING" and "recalling" are the same word. Regular
// expressions are ECMAScript, matched against canonical text (one space between words) byte by
// byte: a letter outside ASCII is several bytes, so quantify it in a group ("Пункт(?:ы)?", never
// "Пункты?") and list it in an alternation, never in a bracket class.
//
// Worked example (English):
//   lang::of("en").assembly                     "The General Assembly"
//   lang::month_number(en, "December")          12
//   lang::ordinal_value(en, "Seventy-sixth")    76          en.ordinal_words(76) "seventy-sixth"
//   lang::listed(en.session_words, "Session")   true
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "resdiff/regex.hpp"

namespace resdiff {

struct ReportWords;

/// The direction a script runs in.
enum class Direction { LeftToRight, RightToLeft };

/// The script a language is written in, as language detection counts letters.
enum class Script { Latin, Cyrillic, Han, Arabic };

/// A list of words of one language.
using WordList = std::span<const std::string_view>;

/// The words and patterns of one language. Every member is constant data or a pure function.
struct Language {
  // --- identity --------------------------------------------------------------------------------
  std::string_view code = {};    ///< ISO 639-1 code, as Metadata::language and the JSON say: "en"
  std::string_view name = {};    ///< "English"
  Direction direction;      ///< how the script runs
  Script script;            ///< the letters it is written in
  WordList common_words = {};  ///< frequent words that tell it from languages of the same script ("the", "of")
  bool spaced = true;          ///< words are separated by spaces (not so in Chinese: openers match as prefixes)

  // --- grammar: what the segmenter reads ----------------------------------------------------------
  std::string_view assembly = {};    ///< opens the body: "The General Assembly" (a ',', ':', '，' or '،' may follow)
  bool capitalised_clauses;     ///< clauses start with a capital (not so in Russian, nor in caseless scripts)
  bool dash_numbers = false;    ///< operative paragraphs are numbered "1 -" (Arabic) as well as "1."
  bool closing_paren_labels = false;  ///< sub-paragraph labels may be "a)" as well as "(a)"
  WordList item_letters = {};   ///< sub-paragraph letters in order ("а", "б" …); empty: Latin a–z
  WordList item_numerals = {};  ///< numerals of nested items, in order ("一", "二" …; Arabic "1", "2" …); empty: roman i, ii …
  WordList label_brackets = {}; ///< brackets a label may stand in besides "(" ")", open then close: "（", "）"; Arabic "’", "‘"
  WordList bracketed_numerals = {};  ///< nested-item labels that are their own brackets, in order: "㈠", "㈡" …
  WordList recital_openers = {};     ///< first words of recitals: "Recalling", "Deeply"
  WordList operative_openers = {};   ///< first words of operative paragraphs: "Decides"
  WordList item_openers = {};        ///< first words of sub-paragraphs: "Strengthening"
  WordList months = {};              ///< month names as printed in dates, January first; further twelves are other forms
  WordList reference_words = {};     ///< a number after these is never a footnote marker (matched with case)
  WordList quantity_words = {};      ///< a bare number after these counts or dates something ("the 13 steps")
  WordList range_words = {};         ///< "1 to 10", "8 and 9": a number before these and a number
  WordList annex_words = {};         ///< a block that is just this word (+ numeral) opens an annex
  WordList report_openings = {};     ///< how a report line names its committee: "[on the report of the "
  std::string_view unnamed_committee = {};  ///< the committee a report line leaves unnamed: "Committee"
  std::string_view committee_end = " (";  ///< ends the committee's name in a report line
  WordList draft_lines = {};         ///< how the line naming a draft starts (lower case): "draft resolution", "amendment"
  WordList abbreviations = {};       ///< end in a full stop that a glued number never follows as a marker: "para."
  WordList clause_marks = {};        ///< the marks a clause's text ends with (a recital ",", an operative paragraph ";" or "."): ",", ";", ":", "."
  std::string_view session_pattern = {};   ///< group 1: the ordinal words of the session line
  std::string_view adopted_pattern = {};   ///< group 1: day, 2: month name, 3: year of adoption
  std::string_view agenda_pattern = {};    ///< group 1: the agenda item ("100 (s)")
  std::string_view report_pattern = {};    ///< group 1: the committee report or draft ("A/76/444, para. 93")
  std::string_view closing_pattern = {};   ///< whole block; groups: meeting ("45th plenary meeting"), date
  std::string_view date_pattern = {};      ///< groups: day, month name, year
  int closing_meeting_group = 1;      ///< which group of closing_pattern is the meeting
  int closing_date_group = 2;         ///< which is the date
  int day_group = 1;                  ///< which group of date_pattern and adopted_pattern is the day
  int month_group = 2;                ///< … the month
  int year_group = 3;                 ///< … the year
  std::string_view list_separator = ", ";  ///< between the meeting and the date of a closing line (in the text's order)

  // --- page text: what the page-text reader needs before the segmenter ---------------------------
  std::string_view plenary_meeting = {};   ///< after the meeting number of a closing line: " plenary meeting"
  std::string_view adopted_by = {};        ///< opens the adoption line: "Resolution adopted by "
  std::string_view page_word = {};         ///< opens a page number line: "Page " ("Page 2 of 18")
  std::string_view page_of = {};           ///< between page and count: " of "
  WordList furniture_lines = {};           ///< whole lines the printer adds to pages: "Please recycle"
  WordList marker_blockers = {};   ///< a number after these is no footnote marker ("resolution 1", "on 4")
  WordList count_nouns = {};       ///< a number before these counts ("17 Goals", "4 November"): no marker
  WordList hyphen_keepers = {};    ///< "pre- and post-": a line-end hyphen before these keeps its space
  WordList recital_endings = {};   ///< a capitalised word ending so opens a recital ("Recalling")
  WordList not_recitals = {};      ///< capitalised words with such an ending that open none ("Beijing")
  WordList modifier_endings = {};  ///< endings of a recital's first word before a lower-case one ("Deeply concerned")
  WordList recital_adjectives = {};  ///< adjectives that open a recital before a lower-case word ("Mindful of")

  // --- calendar: what the classifier needs for technical updates ---------------------------------
  WordList session_words = {};     ///< next to an ordinal, the Assembly's own session: "session" (phrases allowed)
  WordList numbered_bodies = {};   ///< next to an ordinal, a body and not an event: "Committee"
  WordList day_conjunctions = {};  ///< join two day numbers before a month: "25 and 26 October"
  WordList event_words = {};       ///< after an ordinal, like session_words, a recurring event: "meeting", "anniversary"
  WordList event_qualifiers = {};  ///< between an ordinal and its session or event word: "regular" ("sixty-ninth regular session")
  WordList date_links = {};        ///< between a resolution and its adoption date: "of" ("75/58 of 7 December 2020")
  bool noun_first = false;    ///< the noun comes before its ordinal ("الدورة السابعة"): look left, not right
  int ordinal_span = 1;       ///< most word tokens an ordinal in words takes ("septuagésimo sexto": 2)
  int phrase_span = 1;        ///< most word tokens a month, session or body phrase takes ("período de sesiones": 3)
  WordList date_joiners = {}; ///< words between a day and its month, or a month and its year: "de"
  WordList date_units = {};   ///< glued after a number, make it a date: "年", "月", "日"
  bool date_before_resolution = false;  ///< a resolution's date stands before it, date_links between ("…日第75/58号决议")
  /// Value of a session or event ordinal written in words, any case: "Seventy-sixth" → 76.
  std::optional<int> (*ordinal_in_words)(std::string_view words);
  /// Value of an ordinal written in digits: "45th" → 45.
  std::optional<int> (*ordinal_in_digits)(std::string_view word);

  // --- references to the document's own paragraphs ("paragraph 5 above") -----------------------
  WordList paragraph_words = {};    ///< "paragraph", "paragraphs", "subparagraph", "subparagraphs"
  WordList paragraph_joiners = {};  ///< join number paths: "and", "or", "to"
  WordList own_qualifiers = {};     ///< word sequences after the numbers that make them the document's own: "above", "of the present resolution"
  bool qualifier_first = false;  ///< Chinese order: qualifier, numbers, paragraph word ("上文第5段")
  std::string_view number_prefix = {};  ///< may stand before a paragraph number: "第"

  // --- diff clean-up -----------------------------------------------------------------------------
  WordList glue_words = {};  ///< words too common to stand alone between two changes: "of", "the"

  // --- output: what renderers write when they write a resolution back -------------------------
  std::string_view formula = {};        ///< the body's opening line: "The General Assembly,"
  std::string_view annex_heading = {};  ///< "Annex"
  bool italic_openers = true;      ///< recital and operative openers are set in italics
  WordList opener_continuations = {};   ///< words that continue an italic opener: "Recalling also", "Bearing in mind"
  WordList opener_adverbs = {};         ///< first words always followed by one more opener word: "Also", "Further"
  WordList adverb_endings = {};         ///< endings of such first words: "-ly" ("Deeply concerned")
  std::string_view session_line = {};   ///< "{} session" ({} is the ordinal in words, capitalised)
  std::string_view agenda_line = {};    ///< "Agenda item {}"
  std::string_view agenda_lines = {};   ///< "Agenda items {}"
  std::string_view adopted_line = {};   ///< "Resolution adopted by the General Assembly on {}" ({} a long date)
  std::string_view report_line = {};    ///< "[on the report of the {} ({})]": committee, report
  std::string_view without_reference_line = {};  ///< "[without reference to a Main Committee ({})]": the draft
  std::string_view date_format = {};    ///< "{d} {m} {y}": {d} day, {m} month name, {n} month number, {y} year
  std::string_view day_one = {};   ///< how the first of a month is written, when not "1": "1er"
  /// The ordinal in words, lower case: 76 → "seventy-sixth".
  std::string (*ordinal_words)(int n);
  /// The words of a committee report in this language (resdiff/report_words.hpp); nullptr: English's.
  const ReportWords* report_words = nullptr;
};

namespace lang {

/// The English table.
const Language& english();

/// Every language resdiff knows, English first.
std::span<const Language* const> all();

/// The language with this code ("fr"), or nullptr.
const Language* find(std::string_view code);

/// The table for a document's Metadata::language: English when it is unset or unknown.
const Language& of(const std::optional<std::string>& code);

/// A word folded for look-ups: Unicode case folding, and U+2010 / U+2011 hyphens as '-'.
std::string fold(std::string_view word);

/// True when word (any case) is in list.
bool listed(WordList list, std::string_view word);
/// True when word, exactly as written, is in list.
bool listed_exactly(WordList list, std::string_view word);

/// True when word is in the list `member` of some language (any case; exactly as written when
/// exact): for readers, which read before the document's language is known.
bool listed_in_any(WordList Language::*member, std::string_view word, bool exact = false);

/// 1..12 for a month name of the language (any case), 0 when it is not one.
int month_number(const Language& language, std::string_view word);

/// The value of an ordinal in words or digits ("seventy-sixth", "45th"), or nullopt.
std::optional<int> ordinal_value(const Language& language, std::string_view words);

/// "2021-12-06" from day, month name and year; empty when the month is unknown.
std::string iso_date(const Language& language, std::string_view day, std::string_view month, std::string_view year);

/// "6 December 2021" for "2021-12-06" in the language's date format; the input when it is not ISO.
std::string long_date(const Language& language, const std::string& iso);

/// word with its first letter in upper (title) case: "seventy-sixth" → "Seventy-sixth", "семьдесят" → "Семьдесят".
std::string capitalised(std::string_view word);

/// The byte length of phrase at the start of text, comparing apostrophes (' ’) and spaces (any
/// white space) as equal and everything else exactly; 0 when text does not start with it.
size_t phrase_at(std::string_view text, std::string_view phrase);

/// The language a text is written in: the script most of its letters are in, then among that
/// script's languages the one whose opening formula starts a line, else the one with most common
/// words. nullptr when the text has no letters of a known script.
const Language* detect(std::string_view text);

/// pattern with each "{}" replaced by the next of values, in order.
std::string format(std::string_view pattern, std::initializer_list<std::string_view> values);

/// A language's patterns, compiled.
struct Patterns {
  std::regex session, adopted, agenda, report, closing, date;
};

/// The compiled patterns of a language listed in all(), compiled once on first use.
const Patterns& patterns(const Language& language);

}  // namespace lang
}  // namespace resdiff
