// References to the document's own paragraphs, which follow its renumbering.
//
// Operative paragraphs refer to each other by number: "requests the Secretary-General to report
// on the implementation of paragraph 5 above", "the measures referred to in paragraphs 3 to 5 of
// the present resolution". When a drafter inserts a paragraph before operative 5, operative 5
// becomes 6 and the reference must say "paragraph 6 above": an edit that only keeps the text
// true, as technical as a date that moved with the calendar. Whether it is depends on the
// alignment (which old paragraph became which new one), so the classifier is given the old →
// new mapping of numbers (CalendarContext::paragraphs) and this file finds the references.
//
// A reference is the word "paragraph" (or "paragraphs", "subparagraph", "subparagraphs"), then one
// or more number paths joined by commas, "and", "or", "to", then a qualifier that says the
// paragraphs are the document's own: "above", "below", "hereof", "of the present resolution" (or
// decision, annex), "of this resolution". A number path is a number and the labels that follow it
// in brackets: "5", "2 (a)", "2 (a) (ii)", written as Clause::number writes them. Without the
// qualifier ("paragraph 5 of resolution 75/58", "paragraph 7 of the annex") the number belongs to
// another text, and nothing is found.
//
// The words ("paragraph", "and", "above", "of the present resolution") are the document's
// language's (Language::paragraph_words, paragraph_joiners, own_qualifiers).
//
// Worked example: "… referred to in paragraphs 2 (b) and 5 above;" has the words "paragraphs",
// "2", "b", "and", "5", "above": two references, "2 (b)" (words "2" and "b", a "(" between them)
// and "5", confirmed by "above".
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "classify/calendar.hpp"

namespace resdiff::classify_stage {
namespace {

bool is_number(std::string_view w) {
  return !w.empty() && w.size() <= 4 && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

/// A sub-paragraph label: a letter or a roman numeral, lower case ("a", "ii", "xiv").
bool is_label(std::string_view w) {
  return !w.empty() && w.size() <= 5 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

std::vector<OwnReference> own_references(std::string_view text, const std::vector<std::pair<size_t, size_t>>& words,
                                         const Language& language) {
  auto word = [&](size_t k) { return k < words.size() ? text.substr(words[k].first, words[k].second - words[k].first) : std::string_view(); };
  auto between = [&](size_t k) {  // the text between word k-1 and word k
    return text.substr(words[k - 1].second, words[k].first - words[k - 1].second);
  };
  // The number of words of the qualifier at word j (a word sequence of own_qualifiers), or 0.
  auto qualifier_at = [&](size_t j) -> size_t {
    if (!language.spaced) {  // "上文" may be cut "上" "文": compare the text of one token or more
      for (size_t n = 1; n <= 3 && j + n <= words.size(); ++n) {
        std::string_view span = text.substr(words[j].first, words[j + n - 1].second - words[j].first);
        if (lang::listed(language.own_qualifiers, span)) return n;
      }
      return 0;
    }
    for (std::string_view q : language.own_qualifiers) {
      size_t n = 0;
      bool match = true;
      for (size_t at = 0; at <= q.size() && match;) {
        size_t end = std::min(q.find(' ', at), q.size());
        match = j + n < words.size() && lang::fold(word(j + n)) == q.substr(at, end - at);
        ++n;
        at = end + 1;
      }
      if (match) return n;
    }
    return 0;
  };
  // The number paths from word j on, joined by the language's joiners; j ends past the last.
  auto numbers_at = [&](size_t& j) {
    std::vector<OwnReference> found;
    auto prefix = [&] {  // "第5段": a word that may stand before a number
      if (!language.number_prefix.empty() && word(j) == language.number_prefix && is_number(word(j + 1))) ++j;
    };
    prefix();
    while (is_number(word(j))) {
      OwnReference ref{j, j, std::string(word(j))};
      ++j;
      while (j < words.size() && is_label(word(j)) && between(j).find('(') != std::string_view::npos) {
        ref.number += " (" + std::string(word(j)) + ")";
        ref.last_word = j++;
      }
      found.push_back(std::move(ref));
      if (lang::listed(language.paragraph_joiners, word(j))) {
        ++j;
        prefix();
        if (!is_number(word(j))) --j;
      }
    }
    return found;
  };
  std::vector<OwnReference> out;
  for (size_t k = 0; k < words.size(); ++k) {
    if (language.qualifier_first) {  // "上文第5段": qualifier, numbers, paragraph word
      size_t q = qualifier_at(k);
      if (q == 0) continue;
      size_t j = k + q;
      std::vector<OwnReference> found = numbers_at(j);
      if (!found.empty() && lang::listed(language.paragraph_words, word(j))) out.insert(out.end(), found.begin(), found.end());
      continue;
    }
    if (!lang::listed(language.paragraph_words, word(k))) continue;
    size_t j = k + 1;
    std::vector<OwnReference> found = numbers_at(j);
    if (found.empty()) continue;
    if (qualifier_at(j) > 0) out.insert(out.end(), found.begin(), found.end());
    k = j - 1;
  }
  return out;
}

}  // namespace resdiff::classify_stage
