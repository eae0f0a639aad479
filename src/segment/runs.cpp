// Blocks to pieces: cut clauses that a conversion ran together on one line.
//
// The seed's first page is one paragraph in which only emphasis separates the clauses:
//
//   …destruction[b:Resolution adopted…2021][i:[on the report…]][b:76/28. Measures…]
//   [i:The General Assembly,][i:Recalling] its resolution 75/58 of 7 December 2020,[i:Recognizing] the …
//
// A block is cut where an emphasis span is GLUED to its neighbour (no white space between):
//   - at a span start, when the character before it is a letter, digit, superscript or closing
//     punctuation and the span starts with a capital, digit or bracket ("destruction|Resolution",
//     "Assembly,|Recalling", "Terrorism,¹|Recalling further");
//   - at a span end, when the span ends in a non-blank and a capital, digit or bracket follows
//     ("2021|[on the report", "destruction|The General Assembly,");
// and at an italic start that is a clause opener of the lexicon when the text before it ends with
// ',' or ';' (a recital ends, the next one's italic opener begins: "2020, *Recognizing* the").
// "United Nations, *Treaty Series*, vol." is not cut: "Treaty" opens no clause, and the span is
// not glued on either side.
#include <algorithm>
#include <set>

#include "segment/passes.hpp"

namespace resdiff::segmenter {
namespace {

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

bool closing_punct(char32_t c) {
  return c == ',' || c == ';' || c == ':' || c == '.' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == '"' || c == '\'';
}

/// Something that can begin a new clause or header line.
bool starts_something(char32_t c) { return is_upper(c) || is_digit(c) || c == '[' || c == '(' || c == 0x201C; }

/// The text before byte i, ignoring trailing blanks and footnote markers, ends with ',' or ';'.
bool clause_ended_before(std::string_view text, size_t i) {
  while (i > 0) {
    size_t start = 0;
    char32_t c = char_before(text, i, &start);
    if (c == ',' || c == ';') return true;
    if (!is_blank(c) && superscript_digit(c) < 0) return false;
    i = start;
  }
  return false;
}

std::set<size_t> cut_points(const Block& block, const Lexicon& lex) {
  std::string_view text = block.text;
  std::set<size_t> cuts;
  auto consider_start = [&](size_t at, bool italic) {
    if (at == 0 || at >= text.size()) return;
    char32_t before = char_before(text, at);
    char32_t first = char_at(text, at);
    bool glued = is_letter(before) || is_digit(before) || superscript_digit(before) >= 0 || closing_punct(before);
    if (glued && starts_something(first)) cuts.insert(at);
    if (italic && starts_paragraph(text.substr(at), lex) && clause_ended_before(text, at)) cuts.insert(at);
  };
  auto consider_end = [&](size_t at) {
    if (at == 0 || at >= text.size()) return;
    if (!is_blank(char_before(text, at)) && starts_something(char_at(text, at))) cuts.insert(at);
  };
  for (const Span& s : block.italics) consider_start(s.begin, true), consider_end(s.end);
  for (const Span& s : block.bold) consider_start(s.begin, false), consider_end(s.end);
  return cuts;
}


/// True when every visible character of text[begin, end) but footnote references stands in a span.
bool covered(const std::vector<Span>& spans, std::string_view text, size_t begin, size_t end) {
  if (spans.empty()) return false;
  bool any = false;
  for (size_t i = begin, next = 0; i < end; i = next) {
    char32_t c = char_at(text, i, &next);
    if (is_blank(c) || superscript_digit(c) >= 0 || (c >= '0' && c <= '9' && any)) continue;
    bool in = false;
    for (const Span& s : spans) in = in || (i >= s.begin && i < s.end);
    if (!in) return false;
    any = true;
  }
  return any;
}

/// A footnote definition ("[^3]: …", "³ …") is one piece, emphasis and all: "*Resolutions Adopted
/// by the Conference* (United Nations publication …)" is not two clauses.
bool is_definition(std::string_view text) {
  if (text.substr(0, 2) == "[^") return text.find("]:") != std::string_view::npos;
  return superscript_digit(char_at(text, 0)) >= 0;
}

}  // namespace

std::vector<Piece> split_runs(const std::vector<Block>& blocks, const Lexicon& lex) {
  std::vector<Piece> pieces;
  pieces.reserve(blocks.size());
  for (const Block& block : blocks) {
    size_t from = 0;
    std::set<size_t> cuts = is_definition(block.text) ? std::set<size_t>{} : cut_points(block, lex);
    cuts.insert(block.text.size());
    for (size_t cut : cuts) {
      Piece piece = slice(block.text, block.line, from, cut);
      piece.bold = covered(block.bold, block.text, from, cut);
      if (!piece.text.empty()) pieces.push_back(std::move(piece));
      from = cut;
    }
  }
  return pieces;
}

}  // namespace resdiff::segmenter
