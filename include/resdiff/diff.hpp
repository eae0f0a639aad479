// Stage 4, diff: word-level edits between two clause texts.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "resdiff/language.hpp"

namespace resdiff {

/// One piece of a lossless edit script (the JSON contract's EDIT).
struct Edit {
  enum class Op { Equal, Insert, Delete };
  Op op = Op::Equal;
  std::string text;
  bool technical = false;  ///< set by classify(); false for Equal
};

/// "equal", "insert", "delete".
const char* op_name(Edit::Op op);

/// Splits text into word tokens with ICU word breaking, keeping white space and punctuation as
/// tokens of their own, and keeping symbols ("A/76/189", "75/58") and hyphenated words whole.
/// Concatenating the tokens gives back text exactly.
class Tokenizer {
 public:
  Tokenizer();
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;
  std::vector<std::string> tokenize(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Word diff: dtl over tokens, then a clean-up so that a change reads as one phrase (no islands of
/// one common word or of punctuation between two changes; a delete always before its insert).
/// Lossless: Equal+Delete texts concatenate to old_text, Equal+Insert texts to new_text. The common
/// words the clean-up absorbs are language's.
std::vector<Edit> word_diff(const Tokenizer& tokenizer, std::string_view old_text, std::string_view new_text,
                            const Language& language = lang::english());

/// Concatenation of the edits' texts on one side (old: Equal+Delete; new: Equal+Insert).
std::string reconstruct(const std::vector<Edit>& edits, bool old_side);

}  // namespace resdiff
