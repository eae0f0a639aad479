// Tolerated differences: the word diff's changes that the user asked to ignore become Equal.
//
// With -i, -w or --ignore-punctuation (Tolerance), "States parties" against "States Parties" is no
// change. The word diff first runs exactly (word_diff.cpp, cleanup.cpp), so that everything it
// does without a tolerance stays as it is; then this pass reads each change region (the deletes
// and inserts between two Equal edits):
//
//   1. A region whose two sides are the same under the tolerance (text::same_under) becomes one
//      Equal edit: its text the new side, its old_text the old side. "−parties +Parties" under -i;
//      "−post- conflict +post-conflict" under -w; "−, +;" under --ignore-punctuation; a pure
//      insertion of "," under --ignore-punctuation too (its old side is empty).
//   2. In any other region, units the same under the tolerance at its start and end go to Equal
//      edits around it, so that only the real change is left: "−parties to the +Parties to a"
//      under -i is ="Parties to " (old "parties to ") −"the" +"a". Units are the word diff's
//      tokens, except that under -w a hyphen and the word it was cut from by a space are one
//      unit ("post-", " ", "conflict"), since the tokenizer cuts them differently from
//      "post-conflict". Units that are nothing under the tolerance (a space under -w, a comma
//      under --ignore-punctuation) join the Equal edits beside them.
// Then neighbouring Equal edits merge. The script stays lossless: Equal text plus Insert gives
// the new text; Equal old_text (or text, where it has none) plus Delete gives the old text.
#include <string>
#include <vector>

#include "diff/tokens.hpp"
#include "resdiff/text.hpp"

namespace resdiff::diff_stage {
namespace {

/// One unit of a side of a region: its text and its key under the tolerance ("" for nothing).
struct Unit {
  std::string text;
  std::string key;
};

/// True for a token that ends a word with a hyphen ("post-") or is one ("-").
bool ends_with_hyphen(std::string_view t) { return !t.empty() && t.back() == '-'; }

/// The units of text (see the essay): tokens, hyphen-and-space chains joined under ignore_space.
std::vector<Unit> units_of(const Tokenizer& tokenizer, std::string_view text, const Tolerance& tolerance) {
  std::vector<std::string> tokens = tokenizer.tokenize(text);
  std::vector<Unit> units;
  for (size_t k = 0; k < tokens.size(); ++k) {
    std::string unit = tokens[k];
    if (tolerance.ignore_space && is_word_token(tokens[k])) {
      // "post" "-" " " "conflict", "post" " " "-conflict", "post" "-" "conflict": one unit.
      while (k + 1 < tokens.size()) {
        size_t next = k + 1;
        while (next < tokens.size() && is_space_token(tokens[next])) ++next;
        if (next >= tokens.size()) break;
        const bool hyphen_here = ends_with_hyphen(unit);
        const bool hyphen_there = tokens[next].front() == '-';
        if (!hyphen_here && !hyphen_there) break;
        if (hyphen_here && !is_word_token(tokens[next]) && tokens[next] != "-") break;
        for (size_t m = k + 1; m <= next; ++m) unit += tokens[m];
        k = next;
      }
    }
    std::string key = text::tolerant_key(unit, tolerance);
    units.push_back({std::move(unit), std::move(key)});
  }
  return units;
}

/// The Equal edit for old and new texts that are the same under the tolerance.
Edit equal(std::string old_text, std::string new_text) {
  Edit e{Edit::Op::Equal, std::move(new_text), false};
  if (old_text != e.text) e.old_text = std::move(old_text);
  return e;
}

/// Concatenated texts of units [from, to).
std::string join(const std::vector<Unit>& units, size_t from, size_t to) {
  std::string out;
  for (size_t k = from; k < to; ++k) out += units[k].text;
  return out;
}

/// Appends the edits for one change region (old side, new side) to out.
void tolerate_region(const Tokenizer& tokenizer, const std::string& old_side, const std::string& new_side,
                     const Tolerance& tolerance, std::vector<Edit>& out) {
  if (text::same_under(old_side, new_side, tolerance)) {
    out.push_back(equal(old_side, new_side));
    return;
  }
  std::vector<Unit> a = units_of(tokenizer, old_side, tolerance);
  std::vector<Unit> b = units_of(tokenizer, new_side, tolerance);
  // Units the same at the start: [0, i) of a against [0, j) of b.
  size_t i = 0, j = 0;
  for (;;) {
    size_t ii = i, jj = j;
    while (ii < a.size() && a[ii].key.empty()) ++ii;
    while (jj < b.size() && b[jj].key.empty()) ++jj;
    if (ii < a.size() && jj < b.size() && a[ii].key == b[jj].key) {
      i = ii + 1;
      j = jj + 1;
      continue;
    }
    i = ii;  // nothing-units before the mismatch join the equal start
    j = jj;
    break;
  }
  // Units the same at the end: [ei, a.size()) against [ej, b.size()).
  size_t ei = a.size(), ej = b.size();
  for (;;) {
    size_t ii = ei, jj = ej;
    while (ii > i && a[ii - 1].key.empty()) --ii;
    while (jj > j && b[jj - 1].key.empty()) --jj;
    if (ii > i && jj > j && a[ii - 1].key == b[jj - 1].key) {
      ei = ii - 1;
      ej = jj - 1;
      continue;
    }
    ei = ii;
    ej = jj;
    break;
  }
  if (i > 0 || j > 0) out.push_back(equal(join(a, 0, i), join(b, 0, j)));
  if (ei > i) out.push_back({Edit::Op::Delete, join(a, i, ei), false});
  if (ej > j) out.push_back({Edit::Op::Insert, join(b, j, ej), false});
  if (ei < a.size() || ej < b.size()) out.push_back(equal(join(a, ei, a.size()), join(b, ej, b.size())));
}

/// Appends e to out, merging neighbouring Equal edits.
void push(std::vector<Edit>& out, Edit e) {
  if (e.op == Edit::Op::Equal && e.text.empty() && (!e.old_text || e.old_text->empty())) return;
  if (e.op == Edit::Op::Equal && !out.empty() && out.back().op == Edit::Op::Equal) {
    Edit& last = out.back();
    std::string old_text = (last.old_text ? *last.old_text : last.text) + (e.old_text ? *e.old_text : e.text);
    last.text += e.text;
    last.old_text = old_text == last.text ? std::nullopt : std::optional<std::string>(std::move(old_text));
    return;
  }
  out.push_back(std::move(e));
}

}  // namespace

std::vector<Edit> tolerate(const Tokenizer& tokenizer, std::vector<Edit> edits, const Tolerance& tolerance) {
  if (!tolerance.any()) return edits;
  std::vector<Edit> out;
  out.reserve(edits.size());
  for (size_t k = 0; k < edits.size();) {
    if (edits[k].op == Edit::Op::Equal) {
      push(out, std::move(edits[k]));
      ++k;
      continue;
    }
    std::string old_side, new_side;
    for (; k < edits.size() && edits[k].op != Edit::Op::Equal; ++k)
      (edits[k].op == Edit::Op::Delete ? old_side : new_side) += edits[k].text;
    std::vector<Edit> region;
    tolerate_region(tokenizer, old_side, new_side, tolerance, region);
    for (Edit& e : region) push(out, std::move(e));
  }
  return out;
}

}  // namespace resdiff::diff_stage
