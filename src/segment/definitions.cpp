// Footnote definitions: find them among the pieces, take them out, keep their texts by number.
//
// Three styles occur, anywhere in a document (between the halves of a split recital, before
// operative 1, collected at the end):
//   "[^3]: Ibid., vol. 1456, No. 24631."         Markdown, 4-space continuation lines
//   "³ See A/74/548, annex."                     superscript-led (the seed)
//   "3 Ibid., vol. 1456, No. 24631."             digit-led (extractor 1.1.0 and raw page text)
// Definitions run 1, 2, 3 … in reading order, and that is what separates them from text:
//   - a digit-led piece is a definition only when its number is exactly the next one expected and
//     it does not read as a date or range ("25 and 26 October 2019,³ for …" when 3 is expected,
//     "1 April 2016 …", "8 and 9 December …" are text);
//   - a Markdown or superscript definition may skip at most two numbers; one far out of sequence is
//     the continuation of the previous footnote that an extractor mistook for a new one. Worked
//     example, A/RES/80/10:
//         [^10]: Report of the International Conference on Population and Development, Cairo, 5–13 September
//         [^1994]: (United Nations publication, Sales No. E.95.XIII.18), chap. I, resolution 1, annex.
//     11 is expected, 1994 is not near it, so footnote 10 reads "… 5–13 September 1994 (United
//     Nations publication, …), chap. I, resolution 1, annex." and [^11] follows as usual.
#include <string>

#include "base/number.hpp"
#include "resdiff/text.hpp"
#include "segment/passes.hpp"

namespace resdiff::segmenter {
namespace {

enum class Style { Markdown, Superscript, Digit };

struct Start {
  Style style;
  int number = 0;
  size_t rest = 0;  // offset of the footnote text
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// The definition-looking start of a piece, whatever its number.
std::optional<Start> definition_start(std::string_view t, const Lexicon& lex) {
  if (t.substr(0, 2) == "[^") {
    size_t i = 2;
    while (i < t.size() && is_digit(t[i])) ++i;
    if (i == 2 || i > 8 || t.substr(i, 2) != "]:") return std::nullopt;
    return Start{Style::Markdown, std::stoi(std::string(t.substr(2, i - 2))), i + 2};
  }
  int value = 0;
  size_t i = 0;
  for (size_t next = 0; i < t.size() && superscript_digit(char_at(t, i, &next)) >= 0; i = next)
    value = number::append_digit(value, superscript_digit(char_at(t, i)));
  if (i > 0) {
    if (i >= t.size() || !is_blank(char_at(t, i)) || value == number::kTooLarge) return std::nullopt;
    return Start{Style::Superscript, value, i};
  }
  while (i < t.size() && i < 4 && is_digit(t[i])) ++i;
  if (i == 0 || i > 3 || i >= t.size() || t[i] != ' ') return std::nullopt;
  std::string_view rest = trim(t.substr(i));
  std::string_view word = first_word(rest);
  if (word.empty() && !rest.empty() && (rest[0] == '-' || rest[0] == '/')) return std::nullopt;
  if (month_number(lex, word) > 0) return std::nullopt;  // "1 April 2016"
  if (listed(lex.range_words, word)) {                   // "8 and 9 December"
    std::string_view after = trim(rest.substr(word.size()));
    if (!after.empty() && is_digit(after[0])) return std::nullopt;
  }
  return Start{Style::Digit, std::stoi(std::string(t.substr(0, i))), i};
}

}  // namespace

std::vector<std::string> take_definitions(std::vector<Piece>& pieces, const Lexicon& lex, Warnings& warnings) {
  std::vector<std::string> notes;  // notes[n - 1] is footnote n
  int expected = 1;
  int last = 0;  // number of the last definition read
  std::vector<Piece> kept;
  kept.reserve(pieces.size());
  for (Piece& piece : pieces) {
    std::string_view t = trim(piece.text);
    std::optional<Start> start = definition_start(t, lex);
    if (!start) {
      kept.push_back(std::move(piece));
      continue;
    }
    std::string_view rest = trim(t.substr(start->rest));
    const int n = start->number;
    const bool in_sequence = start->style == Style::Digit ? n == expected : n >= expected && n <= expected + 2;
    if (!in_sequence) {
      if (start->style == Style::Markdown && last > 0) {
        std::string& note = notes[static_cast<size_t>(last - 1)];
        note.append(" ").append(std::to_string(n)).append(" ").append(rest);
        warnings.push_back("line " + std::to_string(piece.line) + ": footnote [^" + std::to_string(n) +
                           "] is out of sequence; read as the continuation of footnote " + std::to_string(last));
        continue;
      }
      kept.push_back(std::move(piece));
      continue;
    }
    if (notes.size() < static_cast<size_t>(n)) notes.resize(static_cast<size_t>(n));
    notes[static_cast<size_t>(n - 1)] = std::string(rest);
    last = n;
    expected = n + 1;
  }
  pieces = std::move(kept);
  for (size_t i = 0; i < notes.size(); ++i) {
    notes[i] = text::canonical(notes[i]);
    if (notes[i].empty()) warnings.push_back("footnote " + std::to_string(i + 1) + " has no text");
  }
  return notes;
}

}  // namespace resdiff::segmenter
