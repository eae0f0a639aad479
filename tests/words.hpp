// Words of a clause text for the property tests' random edits: split at white space, joined by
// one space. Shared by tests/test_property.cpp and tests/test_history_property.cpp.
#pragma once
#include <sstream>
#include <string>
#include <vector>

namespace resdiff::test_words {

/// The words of text, split at white space.
inline std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

/// The words joined by one space.
inline std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (size_t k = 0; k < words.size(); ++k) {
    if (k > 0) out += ' ';
    out += words[k];
  }
  return out;
}

}  // namespace resdiff::test_words
