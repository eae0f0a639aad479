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
// ICU's dictionary cuts Chinese numbers where its word list happens to ("第" "七十" "九届"); they are
// put back together first ("第七十九" "届"), so that one session ordinal is one token.
//
// ICU works on UTF-16; a UText opened over the UTF-8 bytes lets it report boundaries as byte
// offsets directly, with no conversion. The iterator is made once per Tokenizer and cloned per
// call, so tokenize() is const and safe to call from several threads.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
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

/// True for a Chinese numeral digit or multiplier ("七", "十", "百", "零").
bool is_han_numeral(UChar32 c) {
  switch (c) {
    case 0x3007: case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94: case 0x516D: case 0x4E03:
    case 0x516B: case 0x4E5D: case 0x5341: case 0x767E: case 0x5343: case 0x96F6: case 0x4E24:
      return true;
    default:
      return false;
  }
}

bool is_han_multiplier(UChar32 c) { return c == 0x5341 || c == 0x767E || c == 0x5343; }

/// raw re-cut so that every Chinese number ("第七十九", "三十", "第一") is one token: ICU's
/// dictionary cuts them where its word list happens to ("第" "七十" "九届"), which makes one
/// session ordinal look different from the next. A number is "第" and one numeral or more, or two
/// numerals or more with a multiplier among them; lone numerals inside words ("一致") stay.
std::vector<std::string_view> keep_numbers_whole(std::string_view text, const std::vector<std::string_view>& raw) {
  if (raw.empty()) return raw;
  std::vector<std::pair<size_t, size_t>> numbers;  // byte ranges
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    bool ordinal = c == 0x7B2C;  // 第
    if (!ordinal && !is_han_numeral(c)) continue;
    int32_t end = ordinal ? i : start, count = 0;
    bool multiplier = false;
    for (int32_t j = ordinal ? i : start; j < n;) {
      UChar32 d;
      U8_NEXT(p, j, n, d);
      if (!is_han_numeral(d)) break;
      multiplier |= is_han_multiplier(d);
      ++count;
      end = j;
    }
    if ((ordinal && count >= 1) || (count >= 2 && multiplier))
      numbers.emplace_back(static_cast<size_t>(start), static_cast<size_t>(end));
    i = std::max(i, end);
  }
  if (numbers.empty()) return raw;
  std::vector<size_t> cuts;  // token starts, then the end
  size_t at = 0;
  for (std::string_view t : raw) {
    cuts.push_back(at);
    at += t.size();
  }
  cuts.push_back(at);
  std::vector<size_t> kept;
  for (size_t cut : cuts) {
    bool inside = std::any_of(numbers.begin(), numbers.end(), [&](auto r) { return cut > r.first && cut < r.second; });
    if (!inside) kept.push_back(cut);
  }
  for (auto [begin, end] : numbers) kept.insert(kept.end(), {begin, end});
  std::sort(kept.begin(), kept.end());
  kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
  std::vector<std::string_view> out;
  for (size_t k = 0; k + 1 < kept.size(); ++k) out.push_back(text.substr(kept[k], kept[k + 1] - kept[k]));
  return out;
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
  std::vector<std::string_view> views = token_views(text);
  return std::vector<std::string>(views.begin(), views.end());
}

TokenizedText tokenized(const Tokenizer& tokenizer, std::string_view text) { return {text, tokenizer.token_views(text)}; }

std::vector<std::string_view> Tokenizer::token_views(std::string_view text) const {
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
    raw = keep_numbers_whole(text, raw);
  }

  // Glue word + joiner + word (repeatedly: "A" "/" "RES" "/" "80" → "A/RES/80"): the three lie
  // side by side in text, so the glued token is one longer view.
  std::vector<std::string_view> tokens;
  tokens.reserve(raw.size());
  bool last_is_word = false;
  for (size_t k = 0; k < raw.size(); ++k) {
    if (last_is_word && k + 1 < raw.size() && is_joiner(raw[k]) && diff_stage::is_word_token(raw[k + 1])) {
      tokens.back() = std::string_view(tokens.back().data(), tokens.back().size() + raw[k].size() + raw[k + 1].size());
      ++k;
      continue;
    }
    tokens.push_back(raw[k]);
    last_is_word = diff_stage::is_word_token(raw[k]);
  }
  return tokens;
}

}  // namespace resdiff
