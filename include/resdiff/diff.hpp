// Stage 4, diff: word-level edits between two clause texts.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "resdiff/language.hpp"
#include "resdiff/tolerance.hpp"

namespace resdiff {

/// One piece of a lossless edit script (the JSON contract's EDIT).
struct Edit {
  enum class Op { Equal, Insert, Delete };
  Op op = Op::Equal;
  std::string text;        ///< the text; for an Equal edit the new text
  bool technical = false;  ///< set by classify(); false for Equal
  /// Equal only: the old text, when it differs from text in a way the Tolerance ignores
  /// ("parties" for "Parties" under -i); unset when both sides read the same.
  std::optional<std::string> old_text = std::nullopt;
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
  /// The same tokens as views into text, without a copy of each (text must outlive them).
  std::vector<std::string_view> token_views(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// A text and its tokens (Tokenizer::token_views), cut once for both the word diff and classify().
struct TokenizedText {
  std::string_view text;
  std::vector<std::string_view> tokens;
};

/// text and tokenizer.token_views(text).
TokenizedText tokenized(const Tokenizer& tokenizer, std::string_view text);

/// Word diff: dtl over tokens, then a clean-up so that a change reads as one phrase (no islands of
/// one common word or of punctuation between two changes; a delete always before its insert).
/// Lossless: Equal+Delete texts concatenate to old_text, Equal+Insert texts to new_text. The common
/// words the clean-up absorbs are language's.
/// With a tolerance (-i, -w, --ignore-punctuation), a change that only differs so becomes an Equal
/// edit holding the new text and, in old_text, the old one (tolerate.cpp).
std::vector<Edit> word_diff(const Tokenizer& tokenizer, std::string_view old_text, std::string_view new_text,
                            const Language& language = lang::english(), const Tolerance& tolerance = {});

/// word_diff() of two texts already cut into tokens (the same edits).
std::vector<Edit> word_diff(const Tokenizer& tokenizer, const TokenizedText& old_text, const TokenizedText& new_text,
                            const Language& language = lang::english(), const Tolerance& tolerance = {});

/// A plain line diff of two texts as `diff -u` writes it: "--- old_name" / "+++ new_name", then
/// "@@ -1,3 +1,3 @@" hunks with `context` common lines around each change. Every byte of a line
/// counts (indentation, trailing blanks); a last line without a newline is marked "\ No newline
/// at end of file". "" when the texts are equal.
std::string unified_line_diff(std::string_view old_text, std::string_view new_text, const std::string& old_name,
                              const std::string& new_name, int context = 3);

/// Concatenation of the edits' texts on one side (old: Equal+Delete, an Equal's old_text where it
/// has one; new: Equal+Insert).
std::string reconstruct(const std::vector<Edit>& edits, bool old_side);

}  // namespace resdiff
