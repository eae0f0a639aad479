// Shapes of text the passes ask about: does it end a clause, start one, carry an operative number
// or a sub-paragraph label, read as a section heading? Plus slicing a piece at a byte range.
//
// A real clause start is an operative number ("12. "), a label ("(e) "), or an opener word of the
// lexicon ("Recalling", "Decides", "Strengthening"). "Tracing Instrument, including …" is none of
// them, which is how the page-break join knows 80/38's operative 30 continues there.
#include <cctype>
#include <string>

#include "resdiff/text.hpp"
#include "segment/passes.hpp"

namespace resdiff::segmenter {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Value of a lower-case roman numeral up to xxxix, 0 when s is not one.
int roman_value(std::string_view s) {
  static constexpr std::string_view kRomans[] = {
      "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
      "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
      "xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii", "xxviii", "xxix", "xxx",
      "xxxi", "xxxii", "xxxiii", "xxxiv", "xxxv", "xxxvi", "xxxvii", "xxxviii", "xxxix"};
  for (size_t i = 0; i < std::size(kRomans); ++i)
    if (kRomans[i] == s) return static_cast<int>(i) + 1;
  return 0;
}

/// White space (or the end) at byte i.
bool blank_or_end(std::string_view s, size_t i) { return i >= s.size() || is_blank(char_at(s, i)); }

/// Offset of the first non-blank byte at or after i.
size_t skip_blanks(std::string_view s, size_t i) {
  while (i < s.size()) {
    size_t next = 0;
    if (!is_blank(char_at(s, i, &next))) break;
    i = next;
  }
  return i;
}

bool opener(std::string_view text, const Lexicon& lex) {
  std::string_view word = first_word(text);
  if (word.empty() || (lex.capitalised_clauses && !is_upper(char_at(word, 0)))) return false;
  if (month_number(lex, word) > 0) {  // "May consider" opens an item; "May 2024" does not
    size_t after = skip_blanks(text, word.size());
    if (after < text.size() && is_digit(text[after])) return false;
  }
  return opens_with(lex, lex.recital_openers, text) || opens_with(lex, lex.operative_openers, text) ||
         opens_with(lex, lex.item_openers, text);
}

/// True for the closing punctuation of a clause in any script.
bool clause_mark(char32_t c) {
  return c == ',' || c == ';' || c == ':' || c == '.' || c == 0xFF0C || c == 0xFF1B || c == 0xFF1A || c == 0x3002 ||
         c == 0x060C || c == 0x061B || c == 0x3001;
}

}  // namespace

bool ends_clause(std::string_view text) {
  std::string_view t = trim(text);
  if (t.empty()) return false;
  return clause_mark(char_before(t, t.size()));
}

bool ends_with_colon(std::string_view text) {
  std::string_view t = trim(text);
  char32_t last = char_before(t, t.size());
  return last == ':' || last == 0xFF1A;
}

bool ends_with_comma(std::string_view text) {
  std::string_view t = trim(text);
  char32_t last = char_before(t, t.size());
  return last == ',' || last == 0xFF0C || last == 0x060C;
}

bool opens_with(const Lexicon& lex, WordList list, std::string_view text) {
  if (lex.spaced) return listed(list, first_word(text));
  for (std::string_view w : list)
    if (!w.empty() && lang::phrase_at(text, w) > 0) return true;
  return false;
}

std::string_view first_word(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    size_t next = 0;
    if (!is_letter(char_at(text, i, &next))) break;
    i = next;
  }
  return text.substr(0, i);
}

std::optional<int> paragraph_number(std::string_view text, size_t* rest, const Lexicon* lex) {
  // Any length up to nine digits (int-safe): the law of the sea has ~370 operative paragraphs, and
  // a 64,000-clause benchmark pair (bench/make_pairs.cpp) numbers past 1000.
  size_t i = 0;
  while (i < text.size() && i < 10 && is_digit(text[i])) ++i;
  if (i == 0 || i > 9 || i >= text.size()) return std::nullopt;
  size_t after = 0;
  if (text[i] == '.' && blank_or_end(text, i + 1)) {
    after = i + 1;
  } else if (lex && lex->dash_numbers && is_blank(char_at(text, i))) {  // "1 - تهيب", "1 – تهيب"
    size_t dash = skip_blanks(text, i), next = 0;
    char32_t d = char_at(text, dash, &next);
    if ((d != '-' && d != 0x2013 && d != 0x2010 && d != 0x2011) || !blank_or_end(text, next)) return std::nullopt;
    after = next;
  } else {
    return std::nullopt;
  }
  if (rest) *rest = skip_blanks(text, after);
  return std::stoi(std::string(text.substr(0, i)));
}

std::optional<int> unstopped_number(std::string_view text, const Lexicon& lex, size_t* rest) {
  size_t i = 0;
  while (i < text.size() && i < 4 && is_digit(text[i])) ++i;
  if (i == 0 || i > 3 || i >= text.size() || !is_blank(char_at(text, i))) return std::nullopt;
  size_t word = skip_blanks(text, i);
  std::string_view opener = first_word(text.substr(word));
  if (opener.empty() || !is_upper(char_at(opener, 0)) || !listed(lex.operative_openers, opener)) return std::nullopt;
  if (rest) *rest = word;
  return std::stoi(std::string(text.substr(0, i)));
}

std::optional<Label> item_label(std::string_view text, size_t* rest, const Lexicon* lex) {
  if (text.empty()) return std::nullopt;
  // Where words are not spaced a label may touch the text after it ("（a）建立"); else a blank follows.
  auto ends_label = [&](size_t at) { return (lex && !lex->spaced) || blank_or_end(text, at); };
  if (lex) {  // "㈠", "㈡": a nested numeral in its own bracket
    for (size_t k = 0; k < lex->bracketed_numerals.size(); ++k) {
      std::string_view n = lex->bracketed_numerals[k];
      if (!text.starts_with(n) || !ends_label(n.size())) continue;
      if (rest) *rest = skip_blanks(text, n.size());
      return Label{0, static_cast<int>(k) + 1};
    }
  }
  // "(a)"; the language's own brackets ("（a）", Arabic "’1‘"); or "a)" where the language writes it so
  size_t open = text[0] == '(' ? 1 : 0;
  std::string_view close_mark = ")";
  for (size_t k = 0; lex && open == 0 && k + 1 < lex->label_brackets.size(); k += 2) {
    if (!text.starts_with(lex->label_brackets[k])) continue;
    open = lex->label_brackets[k].size();
    close_mark = lex->label_brackets[k + 1];
  }
  if (open == 0 && !(lex && lex->closing_paren_labels)) return std::nullopt;
  size_t close = text.find(close_mark, open);
  if (close == std::string_view::npos || close < open + 1 || close > 7 + open || !ends_label(close + close_mark.size()))
    return std::nullopt;
  size_t after = close + close_mark.size();
  std::string_view inside = text.substr(open, close - open);
  if (lex) {  // "(б)", "(هـ)": the language's own letters; "（一）", "’1‘": its own nested numerals
    for (size_t k = 0; k < lex->item_letters.size(); ++k) {
      if (inside != lex->item_letters[k]) continue;
      if (rest) *rest = skip_blanks(text, after);
      return Label{static_cast<int>(k) + 1, 0};
    }
    for (size_t k = 0; k < lex->item_numerals.size(); ++k) {
      if (inside != lex->item_numerals[k]) continue;
      if (rest) *rest = skip_blanks(text, after);
      return Label{0, static_cast<int>(k) + 1};
    }
  }
  for (char c : inside)
    if (c < 'a' || c > 'z') return std::nullopt;
  Label label;
  if (inside.size() == 1) label.letter = inside[0] - 'a' + 1;
  label.roman = roman_value(inside);
  if (label.letter == 0 && label.roman == 0) return std::nullopt;
  if (label.letter != 0 && inside != "i" && inside != "v" && inside != "x") label.roman = 0;  // (c), (d): letters
  if (rest) *rest = skip_blanks(text, after);
  return label;
}

bool starts_paragraph(std::string_view text, const Lexicon& lex) {
  text = trim(text);
  return paragraph_number(text, nullptr, &lex) || item_label(text, nullptr, &lex) || opener(text, lex);
}

std::optional<std::string> annex_start(std::string_view text, const Lexicon& lex) {
  // The first word decides first. When the text opens (after ASCII white space) with ASCII letters
  // and an ASCII byte after them, canonical() leaves that word as it is: no copy needed to say no.
  size_t b = 0;
  while (b < text.size() && (text[b] == ' ' || (text[b] >= '\t' && text[b] <= '\r'))) ++b;
  size_t e = b;
  while (e < text.size() && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z'))) ++e;
  if (e < text.size() && static_cast<unsigned char>(text[e]) < 0x80 && (e == b || !listed(lex.annex_words, text.substr(b, e - b))))
    return std::nullopt;
  std::string scratch;
  std::string_view t = text::canonical_view(text, scratch);
  std::string_view word = first_word(t);
  if (word.empty() || !listed(lex.annex_words, word) || !is_upper(char_at(word, 0))) return std::nullopt;
  std::string_view rest = trim(t.substr(word.size()));
  // "Annex II", "Annex A": a numeral or a capital letter may follow the word.
  size_t numeral = 0;
  while (numeral < rest.size() && (rest[numeral] == 'I' || rest[numeral] == 'V' || rest[numeral] == 'X')) ++numeral;
  if (numeral == 0 && rest.size() >= 1 && rest[0] >= 'A' && rest[0] <= 'Z' && (rest.size() == 1 || rest[1] == ' ')) numeral = 1;
  if (numeral > 0 && numeral < rest.size() && rest[numeral] != ' ') numeral = 0;  // "Annex Doha …": a title
  std::string_view title = trim(rest.substr(numeral));
  if (title.empty()) return std::string();
  // "Annex 2025 Political Declaration …": the annex's title set on its heading's line. A title
  // starts with a capital or a digit and ends without a clause's punctuation.
  char32_t first = char_at(title, 0);
  if (!is_upper(first) && !(first >= '0' && first <= '9') && first != 0x201C) return std::nullopt;
  if (ends_clause(title)) return std::nullopt;
  size_t words = 1;
  for (char c : title) words += c == ' ';
  if (words > 40) return std::nullopt;
  return std::string(title);
}

bool is_annex_start(std::string_view text, const Lexicon& lex) { return annex_start(text, lex).has_value(); }

bool is_structural(std::string_view text, const Lexicon& lex) {
  std::string scratch;
  std::string_view t = text::canonical_view(text, scratch);
  return lang::phrase_at(t, lex.assembly) > 0 || read_closing(t, lex) || is_annex_start(t, lex);
}

/// "XII Regular Process …": a section numbered in capital roman numerals, then a capitalised word.
bool roman_section(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && (t[i] == 'I' || t[i] == 'V' || t[i] == 'X' || t[i] == 'L')) ++i;
  if (i == 0 || i > 6 || i + 1 >= t.size() || t[i] != ' ') return false;
  return is_upper(char_at(t, i + 1));
}

bool is_heading(std::string_view text, const Piece* next, const Lexicon& lex) {
  std::string scratch;
  std::string_view t = text::canonical_view(text, scratch);
  if (t.empty() || t.size() > 300 || ends_clause(t) || !is_upper(char_at(t, 0))) return false;
  if (starts_paragraph(t, lex) || is_structural(t, lex)) return false;
  size_t words = 1;
  for (char c : t) words += c == ' ';
  // A numbered section's heading may run long ("XII Regular Process for Global Reporting and
  // Assessment of the State of the Marine Environment, including Socioeconomic Aspects").
  size_t most = roman_section(t) ? 40 : 15;
  return words <= most && next != nullptr && starts_paragraph(next->text, lex);
}

bool is_heading(const Piece& piece, const Piece* next, const Lexicon& lex) {
  if (is_heading(piece.text, next, lex)) return true;
  if (!piece.bold) return false;
  std::string scratch;
  std::string_view t = text::canonical_view(piece.text, scratch);
  if (t.empty() || ends_clause(t) || paragraph_number(t) || item_label(t) || is_structural(t, lex)) return false;
  size_t words = 1;
  for (char c : t) words += c == ' ';
  return words <= 40;
}

size_t find_numbered_break(std::string_view text, int number, bool midline) {
  const std::string digits = std::to_string(number) + ".";
  for (size_t at = text.find(digits, 1); at != std::string_view::npos; at = text.find(digits, at + 1)) {
    if (is_digit(text[at - 1]) || !blank_or_end(text, at + digits.size())) continue;
    size_t before = at;  // walk back over blanks to what precedes the number
    bool newline = false;
    while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t' || text[before - 1] == '\n'))
      newline |= text[--before] == '\n';
    if (before == at) continue;  // glued to the previous word: "Corr.2."
    if (newline) return at;
    char prev = before > 0 ? text[before - 1] : '\0';
    size_t word = skip_blanks(text, at + digits.size());
    if (midline && (prev == '.' || prev == ';' || prev == ':') && word < text.size() && is_upper(char_at(text, word)))
      return at;
  }
  return std::string_view::npos;
}

namespace {

Piece slice_text(std::string_view whole, int line, bool bold, const std::vector<Cite>& cites, size_t begin, size_t end) {
  std::string_view part = whole.substr(begin, end - begin);
  std::string_view kept = trim(part);
  size_t b = begin + static_cast<size_t>(kept.data() - part.data());
  Piece out;
  out.text = std::string(kept);
  out.line = line;
  out.bold = bold;
  for (size_t i = 0; i < b; ++i) out.line += whole[i] == '\n';
  for (const Cite& cite : cites)
    if ((cite.at > begin || begin == 0) && cite.at <= end)
      out.cites.push_back(Cite{cite.at < b ? 0 : std::min(cite.at - b, out.text.size()), cite.number});
  return out;
}

}  // namespace

Piece slice(const Piece& piece, size_t begin, size_t end) {
  return slice_text(piece.text, piece.line, piece.bold, piece.cites, begin, end);
}

Piece slice(std::string_view text, int line, size_t begin, size_t end) { return slice_text(text, line, false, {}, begin, end); }

}  // namespace resdiff::segmenter
