// The document model: what the segmenter reads out of one resolution.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace resdiff {

/// The kind of a clause, as named in the JSON contract.
enum class ClauseKind { Preambular, Operative, Subparagraph, Annex, Paragraph };

/// "preambular", "operative", "subparagraph", "annex" or "paragraph".
const char* kind_name(ClauseKind kind);

/// One recital, operative paragraph, sub-paragraph, annex paragraph or plain paragraph.
struct Clause {
  ClauseKind kind = ClauseKind::Paragraph;
  int index = 0;                        ///< 1-based position among clauses of its kind
  std::string number;                   ///< printed number path ("5", "5 (a)", "5 (a) (ii)"); empty for recitals
  std::string text;                     ///< markers out, white space collapsed, page-break halves joined, NFC
  std::vector<std::string> footnotes;   ///< texts of the footnotes this clause cites, in citing order
  std::vector<size_t> footnote_at;      ///< byte offset in `text` where each of `footnotes` is cited (same order);
                                        ///< may be empty (a clause built by hand): then they stand at the end
  std::string heading;                  ///< the section heading the clause stands under ("" if none)
  int line = 0;                         ///< 1-based source line where the clause starts (0 if unknown)
};

/// What the document says about itself. Every field is read from the document's own text;
/// front matter only fills what the text lacks or visibly cut short.
struct Metadata {
  std::optional<std::string> symbol;       ///< resolution number as printed: "76/28"
  std::optional<int> session;              ///< 76
  std::optional<std::string> title;        ///< "Measures to prevent terrorists from acquiring weapons of mass destruction"
  std::optional<std::string> date;         ///< adoption date, ISO "2021-12-06"
  std::optional<std::string> agenda_item;  ///< "100 (s)"
  std::optional<std::string> report;       ///< "A/76/444, para. 93", or "A/80/L.11" when adopted without reference
  std::optional<std::string> committee;    ///< "First Committee"; unset "without reference to a Main Committee"
  std::optional<std::string> closing;      ///< "45th plenary meeting, 6 December 2021"
  std::optional<std::string> draft;        ///< what a draft is: "draft resolution", "amendment to draft resolution A/80/L.22"
  std::optional<std::string> sponsors;     ///< a draft's sponsors: "Albania, Australia, … and Uruguay"
  std::optional<std::string> note;         ///< a note marked "*" rather than numbered (a draft's note on its sponsors)
  std::optional<std::string> language;     ///< "en", "fr", "es", "ru", "zh", "ar"
};

/// One document as read: metadata, clauses in reading order, footnotes, and what was odd.
struct Document {
  std::string path;                    ///< as given by the user
  Metadata meta;
  std::vector<Clause> clauses;         ///< reading order; recitals, then operative and sub-paragraphs, then annex
  std::vector<std::string> footnotes;  ///< every footnote text, by number (footnotes[0] is footnote 1)
  bool is_resolution = true;           ///< false: read paragraph by paragraph (kind Paragraph)
  std::vector<std::string> warnings;   ///< things the reader repaired or could not read, one line each

  /// Number of top-level clauses of one kind (as DOC.preambular / DOC.operative count them).
  int count(ClauseKind kind) const;
};

}  // namespace resdiff
