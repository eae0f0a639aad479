// The sentences of a committee report, made from a Report: what `--format markdown` lists and
// what the HTML page's list of changes links. Words come from a ReportWords table;
// sentences are phrases, some of them quoted document text, so that each format escapes the
// quoted text its own way. Internal to the render stage.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "resdiff/report_words.hpp"
#include "resdiff/report.hpp"

namespace resdiff::render_committee {

/// A stretch of a sentence: the report's own words, or document text to be quoted.
struct Phrase {
  std::string text;
  bool quoted = false;  ///< document text, written between the table's quotes
};
using Sentence = std::vector<Phrase>;

/// One sentence of the report and what it is about.
struct Item {
  std::vector<size_t> entries;  ///< positions in Report::entries it describes (none for a metadata row)
  bool technical = false;       ///< a technical update
  Sentence sentence;            ///< a whole sentence: capital first, full stop last
  std::optional<size_t> cited_in;  ///< a footnote's sentence: the entry of the clause citing the note
};

/// The report's sentences: substantive ones, then technical updates, each in reading order
/// (the clauses first, then the document details and footnotes).
struct Sentences {
  std::vector<Item> substantive;
  std::vector<Item> technical;
};

/// The committee-report words of the new document's language (English when it has none).
const ReportWords& report_words(const Report& report);

/// The committee-report sentences of a report in the words of `words`.
Sentences sentences(const Report& report, const ReportWords& words);

/// A sentence as plain text, quoted phrases between the table's quotes.
std::string plain(const Sentence& sentence, const ReportWords& words);

/// Markdown-significant characters that occur in resolution texts get a backslash.
std::string md(const std::string& text);

/// A sentence as Markdown: every phrase escaped (md), quoted phrases between the table's quotes.
std::string markdown(const Sentence& sentence, const ReportWords& words);

/// A document by symbol with its session and date in the words' language:
/// "A/RES/78/150 (78th session, 19 Dec 2023)", "A/RES/78/150 (78e session, 19 décembre 2023)".
std::string described(const Document& doc, const ReportWords& words);

/// A part's name in the counts table: the words' own ("Préambule"), else English ("Preamble").
std::string_view part_name(ClauseKind kind, const ReportWords& words);

/// Head i of the counts table (0 the part, then unchanged … merged, technical, substantive) in
/// the words' language; empty when the words have none (English: each view its own).
std::string_view count_column(size_t i, const ReportWords& words);

}  // namespace resdiff::render_committee
