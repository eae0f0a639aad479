// Internal to src/segment: the Piece the passes hand along, and the passes in the order
// segment() runs them. Each pass lives in its own file; tests call them one by one on strings.
//
//   lines --paragraphs_from_lines (lines.hpp)--> blocks        (paged sources: PDF, raw page text)
//   blocks --split_runs--> pieces --take_definitions--> footnotes + pieces
//          --find_assembly / read_header--> metadata + body pieces
//          --drop_furniture--> --take_markers--> --join_page_breaks--> --read_clauses--> Document
//          --warn_lost_ends--> warnings
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "resdiff/document.hpp"
#include "resdiff/load.hpp"
#include "lexicon.hpp"

namespace resdiff::segmenter {

using Warnings = std::vector<std::string>;

/// Footnote `number` was cited at byte `at` of a piece's text (the marker itself is gone).
struct Cite {
  size_t at = 0;
  int number = 0;
};

/// A stretch of text on its way to becoming a clause: a block, part of one, or halves joined.
struct Piece {
  std::string text;          ///< UTF-8; may hold '\n'
  int line = 0;              ///< source line where it starts
  std::vector<Cite> cites;   ///< footnotes cited in it, in reading order
  bool bold = false;         ///< set in bold throughout (a heading, never a clause)
};

// ---- chars.cpp: code points and white space ----

// These run on nearly every character the passes read, so ASCII is told inline here (among
// ASCII, ICU's letters are A-Z and a-z, its White_Space \t-\r and ' ', no title case) and
// chars.cpp asks ICU for the rest (the *_beyond_ascii functions, not for the passes' own use).
char32_t char_at_beyond_ascii(std::string_view s, size_t i, size_t* next);
char32_t char_before_beyond_ascii(std::string_view s, size_t i, size_t* start);
bool is_letter_beyond_ascii(char32_t c);
bool is_lower_beyond_ascii(char32_t c);
bool is_upper_beyond_ascii(char32_t c);
bool is_blank_beyond_ascii(char32_t c);

/// The code point starting at byte i (U+FFFD if invalid); *next gets the byte after it.
inline char32_t char_at(std::string_view s, size_t i, size_t* next = nullptr) {
  if (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) {
    if (next) *next = i + 1;
    return static_cast<char32_t>(s[i]);
  }
  return char_at_beyond_ascii(s, i, next);
}
/// The code point ending just before byte i (0 at the start); *start gets its first byte.
inline char32_t char_before(std::string_view s, size_t i, size_t* start = nullptr) {
  if (i > 0 && i <= s.size() && static_cast<unsigned char>(s[i - 1]) < 0x80) {
    if (start) *start = i - 1;
    return static_cast<char32_t>(s[i - 1]);
  }
  return char_before_beyond_ascii(s, i, start);
}
inline bool is_letter(char32_t c) {
  return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : is_letter_beyond_ascii(c);
}
inline bool is_lower(char32_t c) { return c < 0x80 ? c >= 'a' && c <= 'z' : is_lower_beyond_ascii(c); }
inline bool is_upper(char32_t c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : is_upper_beyond_ascii(c); }
/// White space, NBSP included.
inline bool is_blank(char32_t c) { return c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') : is_blank_beyond_ascii(c); }
/// 0-9 for a superscript digit (¹ ² ³ ⁴ … ⁰), -1 otherwise.
int superscript_digit(char32_t c);
/// trim() of a text that starts or ends (after ASCII white space) beyond ASCII.
std::string_view trim_beyond_ascii(std::string_view s);
/// s without white space at either end.
inline std::string_view trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || (s[b] >= '\t' && s[b] <= '\r'))) ++b;
  while (e > b && (s[e - 1] == ' ' || (s[e - 1] >= '\t' && s[e - 1] <= '\r'))) --e;
  if (b < e && (static_cast<unsigned char>(s[b]) >= 0x80 || static_cast<unsigned char>(s[e - 1]) >= 0x80))
    return trim_beyond_ascii(s);  // NBSP and the other blanks beyond ASCII
  return s.substr(b, e - b);
}

// ---- shapes.cpp: what a stretch of text looks like ----

/// Ends with clause-final punctuation: , ; : or . in any script (，；：。 ، ؛), white space at the end ignored.
bool ends_clause(std::string_view text);
/// Ends with a colon, ':' or the full-width '：' (white space at the end ignored): a list follows.
bool ends_with_colon(std::string_view text);
/// Ends with a comma in any script (',', '，', '،'), as recitals do.
bool ends_with_comma(std::string_view text);
/// The leading run of letters ("Calls" of "Calls upon"); empty when text starts otherwise.
std::string_view first_word(std::string_view text);
/// "12. Decides" -> 12 and *rest = offset of "Decides"; nullopt when not an operative number. With a
/// lexicon whose numbers may be "12 -" (Arabic), "12 - تقرر" too.
std::optional<int> paragraph_number(std::string_view text, size_t* rest = nullptr, const Lexicon* lex = nullptr);
/// "6    Also reaffirms" -> 6 and *rest = offset of "Also": a number printed without its full stop
/// before an operative opener (A/RES/80/167's typo); nullopt otherwise.
std::optional<int> unstopped_number(std::string_view text, const Lexicon& lex, size_t* rest = nullptr);

/// A sub-paragraph label as printed, and what it can stand for: "(e)" is letter 5; "(ii)" is
/// roman 2; "(i)" is both letter 9 and roman 1 until context decides.
struct Label {
  int letter = 0;  ///< a = 1 … z = 26, 0 when it cannot be a letter
  int roman = 0;   ///< i = 1 … , 0 when it cannot be a roman numeral
};
/// "(a) Requests" -> Label and *rest = offset of "Requests"; nullopt when no label. With a lexicon,
/// also its own letters ("(б)", "(ب)") and, where it writes them so, labels without the opening
/// bracket ("a)", "б)").
std::optional<Label> item_label(std::string_view text, size_t* rest = nullptr, const Lexicon* lex = nullptr);

/// True when text opens with a word of list: its first word (any case) or, in a language written
/// without spaces, its first characters.
bool opens_with(const Lexicon& lex, WordList list, std::string_view text);

/// Starts like a clause: an operative number, a label, or an opener word of the lexicon.
bool starts_paragraph(std::string_view text, const Lexicon& lex);
/// "The General Assembly", a closing line or an annex title: structure, never a clause's tail.
bool is_structural(std::string_view text, const Lexicon& lex);
/// "Annex", "Annex II": opens an annex.
bool is_annex_start(std::string_view text, const Lexicon& lex);
/// "Annex" -> "", "Annex II" -> "", "Annex Doha Political Declaration …" -> its title: a piece that
/// opens an annex and the title it carries; nullopt for any other piece.
std::optional<std::string> annex_start(std::string_view text, const Lexicon& lex);
/// A section heading: short, unpunctuated, not itself a clause, and followed by a clause start.
bool is_heading(std::string_view text, const Piece* next, const Lexicon& lex);
/// A heading by its text, or a piece set in bold throughout and unpunctuated at its end (the
/// annex's title, "Independent panel"): the UN sets headings bold and clauses never.
bool is_heading(const Piece& piece, const Piece* next, const Lexicon& lex);
/// Byte offset where paragraph `number` starts inside text (at a line start, or with midline
/// after ". " / "; " / ": " and before a capital), or npos.
size_t find_numbered_break(std::string_view text, int number, bool midline);
/// Bytes [begin, end) of a piece, white space trimmed, with its cites and its line.
Piece slice(const Piece& piece, size_t begin, size_t end);
/// The same of a text that starts at source line `line` and cites nothing (a block's): no copy of the whole.
Piece slice(std::string_view text, int line, size_t begin, size_t end);

// ---- the passes ----

/// runs.cpp: blocks to pieces, cutting clauses that run together between emphasis spans.
std::vector<Piece> split_runs(const std::vector<Block>& blocks, const Lexicon& lex);

/// definitions.cpp: takes footnote definitions out of pieces; returns their texts by number.
std::vector<std::string> take_definitions(std::vector<Piece>& pieces, const Lexicon& lex, Warnings& warnings);

/// header.cpp: index of the piece "The General Assembly," (split off when text follows it), or npos.
size_t find_assembly(std::vector<Piece>& pieces, const Lexicon& lex);
/// header.cpp: for a text with no "The General Assembly" that is a draft's amendment (A/80/L.29:
/// "Brazil:* amendment to draft resolution A/80/L.22", the title, then its instructions), the end
/// of its masthead (the piece after the title); npos when it names no draft.
size_t draft_header_end(const std::vector<Piece>& pieces, const Lexicon& lex);
/// header.cpp: metadata from the pieces before "The General Assembly" and the front matter.
Metadata read_header(const std::vector<Piece>& header, const std::map<std::string, std::string>& front_matter,
                     const Lexicon& lex);
/// header.cpp: front matter title cleaned: trailing " :" dropped, " : " as ": ".
std::string clean_title(std::string_view title);
/// header.cpp: "45th plenary meeting, 6 December 2021" from a closing line; *date gets ISO.
std::optional<std::string> read_closing(std::string_view text, const Lexicon& lex, std::string* date = nullptr);

/// repair.cpp: drops page furniture (symbols, job numbers, page numbers) and running headers
/// (a piece that is the title or a prefix of it, but not the annex's title after "Annex").
void drop_furniture(std::vector<Piece>& body, const std::vector<std::string>& titles, const Lexicon& lex, Warnings& warnings);
/// repair.cpp: parts a month name from the year an extraction glued to it ("28 September2012").
void part_glued_dates(std::vector<Piece>& body, const Lexicon& lex);
/// hyphens.cpp: closes the space an extraction left after a hyphen it joined a line at: "whole-
/// of-government" reads "whole-of-government", "inter- national" "international" when the document
/// writes that word; "pre- and post-conflict" keeps its space; "high -level", a space before a
/// compound's hyphen, reads "high-level". The footnotes' texts are mended the same way.
void close_spaced_hyphens(std::vector<Piece>& body, std::vector<std::string>& footnotes, const Lexicon& lex);
/// markers.cpp: decides over the whole body which numbers cite footnotes, takes those markers out
/// of the text and records them as cites. raised_known: the page showed which digits are raised
/// (a PDF), so only those, written as superscripts, are markers; bare digits stay text.
void take_markers(std::vector<Piece>& body, const std::vector<std::string>& footnotes, const Lexicon& lex,
                  Warnings& warnings, bool raised_known = false);
/// repair.cpp: joins the halves of clauses split across a page break.
void join_page_breaks(std::vector<Piece>& body, const Lexicon& lex, Warnings& warnings);

/// sublist.cpp: one surviving-or-lost label per list item, and whether the item ends with ':'.
struct ListItem {
  std::optional<Label> label;
  bool colon = false;
};
/// sublist.cpp: number paths "(a)", "(b) (ii)" for a list whose labels were partly lost; letters
/// are the lexicon's when it has its own ("(а)", "(б)").
std::vector<std::string> label_items(const std::vector<ListItem>& items, const Lexicon* lex = nullptr);

/// grammar.cpp: recitals, operative paragraphs, sub-paragraphs, headings, closing and annex.
void read_clauses(std::vector<Piece> body, const Lexicon& lex, Document& doc);

/// endings.cpp: warns of each clause that stops mid-sentence (no clause mark of the language at
/// its end) though a clause or the closing follows it, and of a closing without its date: their
/// ends may have been lost in extraction.
void warn_lost_ends(const Document& doc, const Lexicon& lex, Warnings& warnings);

}  // namespace resdiff::segmenter
