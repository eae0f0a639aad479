// Tokens for the word diff: ICU word boundaries, then symbols glued back together.
//
// ICU's word break iterator (UAX #29, with dictionaries for Chinese, Japanese, Thai…) cuts text
// into words, runs of white space and single punctuation marks. That is nearly what a drafter
// calls a word, but it cuts the references resolutions are full of:
//
//   "A/76/189"         → "A" "/" "76" "/" "189"
//   "75/58"            → "75" "/" "58"
//   "seventy-seventh"  → "seventy" "-" "seventh"
//   "A/80/L.11"        → "A" "/" "80" "/" "L" "." "11"
//
// so a second pass glues word + joiner + word back into one token, where the joiner is "/", "-",
// a Unicode hyphen (U+2010, U+2011) or "." and touches a word on both sides. Punctuation that
// ends a word stays its own token ("2020," → "2020" ","), and so does white space. Decimals such
// as "16.4" ICU already keeps whole. Concatenating the tokens gives back the text byte for byte.
//
// ICU works on UTF-16; a UText opened over the UTF-8 bytes lets it report boundaries as byte
// offsets directly, with no conversion. The iterator is made once per Tokenizer and cloned per
// call, so tokenize() is const and safe to call from several threads.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <stdexcept>

#include "diff/tokens.hpp"

namespace resdiff {
namespace {

/// The first code point of s (U+FFFD if s is empty or malformed).
UChar32 first_code_point(std::string_view s) {
  if (s.empty()) return 0xFFFD;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(p, i, static_cast<int32_t>(s.size()), c);
  return c < 0 ? 0xFFFD : c;
}

/// True for the marks that glue two words into one token.
bool is_joiner(std::string_view token) {
  return token == "/" || token == "-" || token == "." || token == "\u2010" || token == "\u2011";
}

}  // namespace

namespace diff_stage {

bool is_space_token(std::string_view token) {
  if (token.empty()) return false;
  const auto* p = reinterpret_cast<const uint8_t*>(token.data());
  const auto n = static_cast<int32_t>(token.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || !u_isUWhiteSpace(c)) return false;
  }
  return true;
}

bool is_word_token(std::string_view token) {
  UChar32 c = first_code_point(token);
  return u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

}  // namespace diff_stage

struct Tokenizer::Impl {
  std::unique_ptr<icu::BreakIterator> words;  ///< the prototype, cloned for each call
};

Tokenizer::Tokenizer() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status) || !impl_->words) throw std::runtime_error("ICU word break iterator unavailable");
}

Tokenizer::~Tokenizer() = default;

std::vector<std::string> Tokenizer::tokenize(std::string_view text) const {
  std::vector<std::string_view> raw;
  if (!text.empty()) {
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    std::unique_ptr<icu::BreakIterator> it(impl_->words->clone());
    if (U_SUCCESS(status) && it) it->setText(ut, status);
    if (U_FAILURE(status) || !it) {
      utext_close(ut);
      throw std::runtime_error("ICU word break iterator failed");
    }
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next())
      raw.push_back(text.substr(static_cast<size_t>(start), static_cast<size_t>(end - start)));
    it.reset();
    utext_close(ut);
  }

  // Glue word + joiner + word (repeatedly: "A" "/" "RES" "/" "80" → "A/RES/80").
  std::vector<std::string> tokens;
  tokens.reserve(raw.size());
  bool last_is_word = false;
  for (size_t k = 0; k < raw.size(); ++k) {
    if (last_is_word && k + 1 < raw.size() && is_joiner(raw[k]) && diff_stage::is_word_token(raw[k + 1])) {
      tokens.back().append(raw[k]).append(raw[k + 1]);
      ++k;
      continue;
    }
    tokens.emplace_back(raw[k]);
    last_is_word = diff_stage::is_word_token(raw[k]);
  }
  return tokens;
}

}  // namespace resdiff
