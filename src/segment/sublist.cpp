// Sub-paragraph labels for a list whose labels were partly lost in extraction.
//
// Items follow a paragraph ending in ':'. Letters (a), (b) … run at the top; an item ending in
// ':' opens a nested list (i), (ii) …. Most labels are gone in extractor 1.3.0, so labels are
// inferred in sequence and re-synced on every label that survived. The hard question is where a
// nested list ends; the next surviving label answers it. Worked example, A/RES/80/11 operative 1
// ("… by:"), seven items, two labels surviving:
//
//   item  text starts             label  ends ':'   reading
//   0     Requesting …            -                 (a)
//   1     Requesting … by:        -      yes        (b), opens a nested list
//   2     Assisting …             -                 nested: next label is roman (ii) and 2 = 0 + 1 + 1,
//                                                   so this item stays nested: (b) (i)
//   3     (ii) Inviting …         (ii)              (b) (ii)
//   4     Taking note …           -                 nested so far; next label is letter (e): items 4
//                                                   and 5 must be (c) and (d) to reach it, so the
//                                                   nested list ends here: (c)
//   5     Requesting …            -                 (d)
//   6     (e) Requesting …        (e)               (e)
//
// A single-letter label that is also a numeral ((i), (v), (x)) is roman inside a nested list when
// it is the next numeral there, else a letter. With no label ahead to decide, an open nested list
// stays open. A list whose first label is (i) is numbered in roman numerals at the top.
#include <string>

#include "resdiff/text.hpp"
#include "segment/passes.hpp"

namespace resdiff::segmenter {
namespace {

// "(a)" … "(z)", then "(aa)", "(bb)" as UN documents (and Word) continue a letter list; in a
// language with letters of its own, its n-th letter ("(б)").
std::string letter_label(int n, const Lexicon* lex) {
  if (lex && !lex->item_letters.empty() && n >= 1 && static_cast<size_t>(n) <= lex->item_letters.size())
    return "(" + std::string(lex->item_letters[static_cast<size_t>(n - 1)]) + ")";
  return "(" + text::list_letters(n) + ")";
}

// "(i)", "(ii)" …; in a language with nested numerals of its own, its n-th ("(一)", Arabic "(1)").
std::string roman_label(int n, const Lexicon* lex) {
  if (lex && !lex->item_numerals.empty() && n >= 1 && static_cast<size_t>(n) <= lex->item_numerals.size())
    return "(" + std::string(lex->item_numerals[static_cast<size_t>(n - 1)]) + ")";
  return "(" + text::roman_numeral(n) + ")";
}

/// What a label means where it stands: a letter, or a roman numeral in the nested list.
bool reads_as_roman(const Label& label, bool nested, int roman) {
  if (label.roman == 0) return false;
  if (label.letter == 0) return true;
  return nested && label.roman == roman + 1;
}

}  // namespace

std::vector<std::string> label_items(const std::vector<ListItem>& items, const Lexicon* lex) {
  std::vector<std::string> paths;
  int letter = 0;          // last top-level item given (a letter, or a numeral in a roman list)
  int roman = 0;           // last numeral given in the open nested list
  bool nested = false;     // a nested list is open
  bool top_roman = false;  // the top level counts (i), (ii) …
  for (size_t k = 0; k < items.size(); ++k) {
    const ListItem& item = items[k];
    bool as_roman = false;
    if (item.label && letter == 0 && !nested && item.label->roman == 1) top_roman = true;
    if (item.label && top_roman && !nested) {
      letter = item.label->roman > 0 ? item.label->roman : letter + 1;
    } else if (item.label) {
      as_roman = reads_as_roman(*item.label, nested, roman);
      if (as_roman) {
        roman = item.label->roman;
        nested = true;
      } else {
        letter = item.label->letter;
        nested = false;
      }
    } else if (nested) {
      // Count unlabelled items up to the next label, and see what that label needs.
      size_t j = k;
      while (j < items.size() && !items[j].label) ++j;
      const size_t unlabelled = j - k;
      bool stay = true;
      if (j < items.size()) {
        const Label& next = *items[j].label;
        if (!reads_as_roman(next, true, roman + static_cast<int>(unlabelled)) && next.letter > letter) {
          const size_t letters_needed = static_cast<size_t>(next.letter - letter - 1);
          stay = letters_needed < unlabelled;  // the first (unlabelled - needed) items stay nested
        }
      }
      if (stay) {
        ++roman;
        as_roman = true;
      } else {
        nested = false;
        ++letter;
      }
    } else {
      ++letter;
    }
    if (!as_roman && item.colon) {  // "(b) … by:" opens a nested list
      nested = true;
      roman = 0;
    }
    std::string top = top_roman ? roman_label(letter, lex) : letter_label(letter, lex);
    paths.push_back(as_roman ? top + " " + roman_label(roman, lex) : top);
  }
  return paths;
}

}  // namespace resdiff::segmenter
