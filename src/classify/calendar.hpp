// The classifier's private interface: references to the document's own paragraphs
// (references.cpp). The calendar words themselves (months, ordinals, "session") live in the
// document's Language table (include/resdiff/language.hpp). Not installed.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "resdiff/language.hpp"

namespace resdiff::classify_stage {

/// A reference to one of the document's own paragraphs, found by own_references().
struct OwnReference {
  size_t first_word = 0;  ///< the words that spell the number path: "5", or "2" and "a" for "2 (a)"
  size_t last_word = 0;   ///< inclusive
  std::string number;     ///< the path as Clause::number prints it: "5", "2 (a)", "2 (a) (ii)"
};

/// The references to the document's own paragraphs in text (references.cpp): "paragraph 5
/// above", "paragraphs 3 to 5 below", "paragraphs 2 (a) and 7 of the present resolution". words
/// are the byte ranges of text's word tokens, in order; the reference words are the language's.
std::vector<OwnReference> own_references(std::string_view text, const std::vector<std::pair<size_t, size_t>>& words,
                                         const Language& language);

}  // namespace resdiff::classify_stage
