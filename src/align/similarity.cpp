// How alike two clauses are: the measure behind every non-exact pairing.
//
// A clause's comparison key is cut into words (runs of letters and digits; each ideograph of a
// script written without spaces, such as Chinese, is a word of its own). Its profile is the
// multiset of
//   - its words (unigrams), exactly as they are, and
//   - its adjacent word pairs (bigrams), with every all-digit word replaced by '#'.
// similarity() is the Dice coefficient of two profiles: 2·|A ∩ B| / (|A| + |B|).
//
// Why not bigrams alone, as the textbook measure has it? Resolutions are updated by replacing
// numbers. Take preambular 1 of A/RES/76/28 and A/RES/80/41:
//
//   recalling its resolution 75/58 of 7 december 2020
//   recalling its resolution 79/42 of 2 december 2024
//
// Plain bigrams share only "recalling its" and "its resolution": Dice 2·2/16 = 0.25, below any
// sensible threshold, and the recital would come out deleted and inserted. With numbers masked
// the eight bigrams ("resolution #", "# #", "# of", …) all agree, while the unigrams still tell
// 75 from 79 (5 of 9 shared): Dice 2·(5+8)/(17+17) = 0.76. Two recitals that differ in their
// words rather than their numbers lose on both counts, so look-alike "Recalling …" recitals are
// still told apart by content.
//
// The shingles (exact bigrams) are what the shingle index files a clause under: exact, so that a
// rare pair of words really is rare.
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "align/stages.hpp"
#include "resdiff/text.hpp"

namespace resdiff::align_stage {
namespace {

/// FNV-1a over bytes, started from a tag so that unigrams and bigrams never collide by design.
uint64_t hash_bytes(std::string_view bytes, uint64_t tag) {
  uint64_t h = 14695981039346656037ull ^ tag;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

/// Mixes two hashes into one (order matters).
uint64_t hash_pair(uint64_t a, uint64_t b) {
  return a * 0x9E3779B97F4A7C15ull ^ (b + 0x632BE59BD9B4E019ull + (a << 6) + (a >> 2));
}

/// True for characters of scripts written without spaces, each of which counts as a word.
bool is_unspaced(UChar32 c) {
  if (c < 0x80) return false;  // ASCII: no ICU property look-up
  if (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) return true;
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(c, &status);
  return script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA || script == USCRIPT_THAI ||
         script == USCRIPT_LAO || script == USCRIPT_KHMER || script == USCRIPT_MYANMAR;
}

/// True for characters that belong inside a word: letters, digits and combining marks.
bool is_word_char(UChar32 c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');  // u_isalnum's ASCII
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

/// The words of a key, as byte ranges.
std::vector<std::string_view> words_of(std::string_view key) {
  std::vector<std::string_view> words;
  const auto* p = reinterpret_cast<const uint8_t*>(key.data());
  const auto n = static_cast<int32_t>(key.size());
  int32_t start = -1;
  for (int32_t i = 0; i < n;) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && is_unspaced(c)) {
      if (start >= 0) words.push_back(key.substr(static_cast<size_t>(start), static_cast<size_t>(at - start)));
      start = -1;
      words.push_back(key.substr(static_cast<size_t>(at), static_cast<size_t>(i - at)));
    } else if (c >= 0 && is_word_char(c)) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      words.push_back(key.substr(static_cast<size_t>(start), static_cast<size_t>(at - start)));
      start = -1;
    }
  }
  if (start >= 0) words.push_back(key.substr(static_cast<size_t>(start)));
  return words;
}

/// True for a word of ASCII digits only, which bigrams mask as '#'.
bool all_digits(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

Profile make_profile(std::string_view key, Vocabularies& vocabularies) {
  Profile profile;
  std::vector<std::string_view> words = words_of(key);
  std::vector<uint64_t> exact;
  std::vector<uint64_t> masked;
  exact.reserve(words.size());
  masked.reserve(words.size());
  for (std::string_view w : words) {
    exact.push_back(hash_bytes(w, 1));
    masked.push_back(all_digits(w) ? hash_bytes("#", 1) : exact.back());
  }
  profile.features.reserve(words.size() > 0 ? 2 * words.size() - 1 : 0);
  for (uint64_t h : exact) profile.features.push_back(vocabularies.features.id(h));
  std::vector<uint64_t> shingles;
  shingles.reserve(words.size() > 1 ? words.size() - 1 : words.size());
  for (size_t k = 1; k < words.size(); ++k) {
    profile.features.push_back(vocabularies.features.id(joining_feature(masked[k - 1], masked[k])));
    shingles.push_back(hash_pair(hash_pair(3, exact[k - 1]), exact[k]));
  }
  if (words.size() == 1) shingles.push_back(exact[0]);
  if (!words.empty()) {
    profile.head = masked.front();
    profile.tail = masked.back();
  }
  std::sort(profile.features.begin(), profile.features.end());
  // The shingles stay in the order of their hashes: the index reads lists of equal length in it.
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  profile.shingles.reserve(shingles.size());
  for (uint64_t h : shingles) profile.shingles.push_back(vocabularies.shingles.id(h));
  return profile;
}

uint64_t joining_feature(uint64_t tail, uint64_t head) { return hash_pair(hash_pair(2, tail), head); }

Profiles::Profiles(const Document& doc, Vocabularies& vocabularies)
    : doc_(&doc), vocabularies_(&vocabularies), made_(doc.clauses.size()), ready_(doc.clauses.size(), false) {}

const Profile& Profiles::operator[](size_t pos) const {
  if (!ready_[pos]) {
    made_[pos] = make_profile(text::comparison_key(doc_->clauses[pos].text), *vocabularies_);
    ready_[pos] = true;
  }
  return made_[pos];
}

namespace {

/// One step of the walk through two sorted multisets: true when x[i] and y[j] match (both move
/// on), else the smaller one moves on.
bool match_step(const std::vector<uint32_t>& x, const std::vector<uint32_t>& y, size_t& i, size_t& j) {
  if (x[i] < y[j]) {
    ++i;
    return false;
  }
  if (y[j] < x[i]) {
    ++j;
    return false;
  }
  ++i;
  ++j;
  return true;
}

}  // namespace

size_t common_features(const std::vector<uint32_t>& x, const std::vector<uint32_t>& y) {
  size_t common = 0;
  for (size_t i = 0, j = 0; i < x.size() && j < y.size();) common += match_step(x, y, i, j) ? 1 : 0;
  return common;
}

double dice_at_least(const Profile& a, const Profile& b, double floor) {
  const auto& x = a.features;
  const auto& y = b.features;
  if (x.empty() && y.empty()) return 1.0;
  const double sum = static_cast<double>(x.size() + y.size());
  // 2·c / sum with c the final common count grows with c (and rounds monotonically), so once
  // c plus what is left of the shorter side cannot reach the floor, neither can the result.
  auto hopeless = [&](size_t common, size_t i, size_t j) {
    return 2.0 * static_cast<double>(common + std::min(x.size() - i, y.size() - j)) / sum < floor;
  };
  if (hopeless(0, 0, 0)) return -1.0;
  size_t common = 0, i = 0, j = 0;
  for (size_t step = 1; i < x.size() && j < y.size(); ++step) {
    common += match_step(x, y, i, j) ? 1 : 0;
    if (step % 16 == 0 && hopeless(common, i, j)) return -1.0;
  }
  return 2.0 * static_cast<double>(common) / sum;
}

double dice(const Profile& a, const Profile& b) {
  const auto& x = a.features;
  const auto& y = b.features;
  if (x.empty() && y.empty()) return 1.0;
  return 2.0 * static_cast<double>(common_features(x, y)) / static_cast<double>(x.size() + y.size());
}

}  // namespace resdiff::align_stage

namespace resdiff {

double similarity(const std::string& a, const std::string& b) {
  align_stage::Vocabularies vocabularies;
  return align_stage::dice(align_stage::make_profile(text::comparison_key(a), vocabularies),
                           align_stage::make_profile(text::comparison_key(b), vocabularies));
}

}  // namespace resdiff
