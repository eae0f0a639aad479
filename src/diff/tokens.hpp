// The word differ's private interface: token classes and the clean-up stage. Also used by
// src/classify, which reads the same tokens. Not installed.
#pragma once
#include <string_view>
#include <vector>

#include "resdiff/diff.hpp"

namespace resdiff::diff_stage {

/// True for a token made only of white space.
bool is_space_token(std::string_view token);

/// True for a token that starts with a letter, a digit, a combining mark or an ideograph.
bool is_word_token(std::string_view token);

/// A stretch of the raw diff: equal tokens (in old), or one change (deleted and inserted tokens).
struct Segment {
  bool equal = true;
  std::vector<std::string_view> old_tokens;  ///< equal: the shared tokens; change: the deleted ones
  std::vector<std::string_view> new_tokens;  ///< equal: unused; change: the inserted ones
};

/// Cleans a raw diff (alternating equal and change segments) so that a change reads as a phrase,
/// and turns it into edits: Delete before Insert, adjacent edits of one op merged, none empty.
/// Function words and month names are the language's.
std::vector<Edit> clean_up(std::vector<Segment> segments, const Language& language);

/// The edits with every change that differs only as tolerance ignores turned into an Equal edit
/// (new text, old_text the old), and such differences at the edges of the other changes too
/// (tolerate.cpp). Unchanged when tolerance ignores nothing.
std::vector<Edit> tolerate(const Tokenizer& tokenizer, std::vector<Edit> edits, const Tolerance& tolerance);

}  // namespace resdiff::diff_stage
