// The words of a committee report in one language: how `--format markdown` and the HTML page's
// list of changes name paragraphs and say what happened to them ("In the fifth preambular
// paragraph, the word “resolution” was replaced by “resolutions”."). Each Language table points
// to its own (Language::report_words); patterns hold "{}" holes filled in order.
#pragma once
#include <array>
#include <string>
#include <string_view>
#include <utility>

namespace resdiff {

/// Where a paragraph's name stands in a sentence. Languages that contract articles or decline
/// nouns name a paragraph differently in each place: "le paragraphe 3" / "au paragraphe 3",
/// "пункт 3" / "в пункте 3" / "после пункта 3" / "перед пунктом 3" / "к пункту 3".
enum class NameRole {
  Subject,  ///< the paragraph is what the sentence is about: "{} was deleted"
  In,       ///< the paragraph edited: "In {}, …"
  After,    ///< what a new or moved paragraph follows: "after {}"
  Before,   ///< what it stands before: "before {}"
  Of,       ///< what a footnote belongs to: "the footnote to {}"
};

/// The output words of a committee report in one language.
struct ReportWords {
  // --- naming paragraphs: the old numbers, preambular paragraphs by ordinal words -------------
  /// One clause by kind ({} the ordinal words or the number): "the {} preambular paragraph",
  /// "operative paragraph {}", "operative paragraph {}" (a sub-paragraph's full path),
  /// "paragraph {} of the annex", "the {} paragraph". Indexed by ClauseKind.
  std::array<std::string_view, 5> one;
  /// Several clauses of one kind ({} their ordinals or numbers, listed): "the {} preambular paragraphs".
  std::array<std::string_view, 5> many;
  /// Which kinds are named by ordinal words rather than numbers.
  std::array<bool, 5> by_ordinal;
  /// One new clause by kind, by its new number (what a split made): "the new {} preambular
  /// paragraph", "the new operative paragraph {}"; empty: `one`.
  std::array<std::string_view, 5> one_new = {};
  /// The noun of a new clause, singular and plural: "preambular paragraph", "subparagraph".
  std::array<std::string_view, 5> noun;
  std::array<std::string_view, 5> nouns;
  /// The names in the other roles, by NameRole minus one (In, After, Before, Of), then by kind; an
  /// empty pattern is the Subject one (`one`, `many`). English needs none.
  std::array<std::array<std::string_view, 5>, 4> one_as = {};
  std::array<std::array<std::string_view, 5>, 4> many_as = {};
  std::string_view list_comma;  ///< ", " between the items of a list but the last two
  std::string_view list_and;    ///< " and " before the last item

  // --- word edits inside a paragraph ----------------------------------------------------------
  std::string_view in_clause;             ///< "In {}, {}": the paragraph, its edits
  std::string_view word_replaced;         ///< "the word {} was replaced by {}"
  std::string_view words_replaced;        ///< "the words {} were replaced by {}"
  std::string_view word_inserted_after;   ///< "the word {} was inserted after {}"
  std::string_view words_inserted_after;  ///< "the words {} were inserted after {}"
  std::string_view word_inserted_before;  ///< "the word {} was inserted before {}"
  std::string_view words_inserted_before; ///< "the words {} were inserted before {}"
  std::string_view word_deleted;          ///< "the word {} was deleted"
  std::string_view words_deleted;         ///< "the words {} were deleted"
  std::string_view word_deleted_after;    ///< "the word {} following {} was deleted"
  std::string_view words_deleted_after;   ///< "the words {} following {} were deleted"
  std::string_view technical_mark;        ///< "{} (a technical update)"

  // --- whole paragraphs -----------------------------------------------------------------------
  std::string_view inserted_after;        ///< "a new {} was inserted after {}, reading: {}"
  std::string_view inserted_after_many;   ///< "{} new {} were inserted after {}, reading: {}" (count in words)
  std::string_view inserted_before;       ///< "a new {} was inserted before {}, reading: {}"
  std::string_view inserted_before_many;  ///< "{} new {} were inserted before {}, reading: {}"
  std::string_view inserted;              ///< "a new {} was inserted, reading: {}"
  std::string_view inserted_many;         ///< "{} new {} were inserted, reading: {}"
  std::string_view deleted;               ///< "{} was deleted"
  std::string_view deleted_many;          ///< "{} were deleted"
  std::string_view moved_after;           ///< "{} was moved to follow {}"
  std::string_view moved_before;          ///< "{} was moved to stand before {}"
  std::string_view split;                 ///< "{} was split into {} paragraphs" (count in words)
  /// A split's new paragraph, its name then the words it begins with: "{} begins {}".
  std::string_view split_begins;
  std::string_view split_then;            ///< "{}; {}": the split so far, then one new paragraph
  std::string_view merged;                ///< "{} were merged into one paragraph"
  std::string_view and_edits;             ///< "{}, and in it {}": a paragraph's move or regrouping, then its edits
  std::string_view renumbered;            ///< "{}, and subsequent paragraphs were renumbered accordingly"
  std::string_view sentence;              ///< "{}.": a sentence's full stop

  // --- document details and footnotes ---------------------------------------------------------
  /// The name of a metadata field: {"symbol", "the symbol"}, {"date", "the date of adoption"},
  /// {"sponsors", "the list of sponsors"} (a draft's: one list, so "the list … was removed").
  std::array<std::pair<std::string_view, std::string_view>, 9> fields;
  std::string_view field_replaced;        ///< "{} {} was replaced by {}": field, old, new
  std::string_view field_added;           ///< "{} {} was added"
  std::string_view field_removed;         ///< "{} {} was removed"
  std::string_view footnote_added;        ///< "a new footnote to {} reads {}": paragraph, text
  std::string_view footnote_added_free;   ///< "a new footnote reads {}"
  std::string_view footnote_removed;      ///< "the footnote to {}, {}, was deleted"
  std::string_view footnote_removed_free; ///< "the footnote {} was deleted"
  std::string_view footnote_replaced;     ///< "in the footnote to {}, {} was replaced by {}"
  std::string_view footnote_replaced_free;///< "in a footnote, {} was replaced by {}"

  // --- the report around the sentences --------------------------------------------------------
  std::string_view title;                 ///< "Changes from {} to {}"
  std::string_view compared;              ///< "{} compared with {}."
  std::string_view no_differences;        ///< "No differences."
  std::string_view technical_only;        ///< "Technical updates only (sessions, dates, symbols): nothing substantive changed."
  std::string_view substantive_heading;   ///< "Substantive changes"
  std::string_view technical_heading;     ///< "Technical updates"
  std::string_view counts_heading;        ///< "Counts"
  std::string_view open_quote, close_quote;  ///< “ and ”

  /// A count in words for the start of a sentence: 2 → "two" (digits from 11 on).
  std::string (*cardinal)(int n);
  /// An ordinal in words: 5 → "fifth", 101 → "one hundred and first".
  std::string (*ordinal)(int n);

  // --- what languages other than English need (empty or nullptr: as English) ------------------
  /// The ordinal in words for a name in a role, where the language declines it: Russian
  /// (5, In) → "пятом". nullptr: `ordinal` in every role.
  std::string (*ordinal_as)(int n, NameRole role) = nullptr;
  /// A sub-paragraph's own label as the language writes it in a name ({} its letter): "{})"
  /// gives "b)". A Subparagraph pattern of `one`/`many` with two holes takes the label(s), then
  /// the paragraph's number: "l'alinéa {} du paragraphe {} du dispositif"; with one hole, the
  /// whole path ("operative paragraph 3 (b)").
  std::string_view label = "({})";
  /// The two holes of such a pattern take the paragraph's number first, then the label(s):
  /// Chinese "执行部分第{}{}段" gives "执行部分第3(b)段".
  bool paragraph_then_label = false;
  /// A document's session after its symbol in the summary ({} the session ordinal in digits):
  /// "{} session"; the long date in the language's format follows after detail_separator.
  /// Empty: English ("78th session, 19 Dec 2023").
  std::string_view session_detail = {};
  std::string_view detail_separator = ", ";
  /// A session ordinal in digits: 78 → "78e". nullptr: English ("78th").
  std::string (*ordinal_digits)(int n) = nullptr;
  /// The heading of the HTML page's list of changes. Empty: "Changes".
  std::string_view changes_heading = {};
  /// The column heads of the counts table: part, unchanged, changed, moved, inserted, deleted,
  /// split, merged, technical, substantive. Empty: English.
  std::array<std::string_view, 10> count_columns = {};
  /// The name of each part in the counts table, by kind: "Preamble", "Operative part",
  /// "Sub-paragraphs", "Annex", "Text". Empty: English.
  std::array<std::string_view, 5> part_names = {};
};

}  // namespace resdiff
