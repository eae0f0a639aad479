// English calendar words: month names and ordinals, the vocabulary of technical updates.
//
// Resolutions name their sessions in words ("seventy-seventh session"), their meetings in
// digits ("45th plenary meeting") and their dates in day-month-year order ("7 December 2020").
// This file holds the English data and nothing else; another language would add a file of the
// same shape.
//
// Ordinals in words are read as tens + unit: "seventy-seventh" is "seventy" (70) and "seventh"
// (7); "twentieth" … "ninetieth" and "first" … "nineteenth" stand alone. Hyphens may be ASCII or
// Unicode (U+2010, U+2011), letters of any case: "Eighty‑First" → 81.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "classify/calendar.hpp"
#include "resdiff/classify.hpp"

namespace resdiff::classify_stage {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                      "july",    "august",   "september", "october", "november", "december"};

/// "first" … "nineteenth": index + 1 is the value.
constexpr std::array<std::string_view, 19> kSmallOrdinals = {
    "first",    "second",    "third",      "fourth",     "fifth",     "sixth",     "seventh",
    "eighth",   "ninth",     "tenth",      "eleventh",   "twelfth",   "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};

/// "twenty" … "ninety": (index + 2) · 10 is the value.
constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

/// "twentieth" … "ninetieth": (index + 2) · 10 is the value.
constexpr std::array<std::string_view, 8> kTensOrdinals = {"twentieth", "thirtieth", "fortieth", "fiftieth",
                                                           "sixtieth",  "seventieth", "eightieth", "ninetieth"};

/// ASCII lower case, with Unicode hyphens (U+2010, U+2011) turned into '-'.
std::string fold(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (size_t i = 0; i < word.size(); ++i) {
    if (word.compare(i, 3, "\u2010") == 0 || word.compare(i, 3, "\u2011") == 0) {
      out += '-';
      i += 2;
      continue;
    }
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
  }
  return out;
}

/// Position of word in table, if it is there.
template <size_t N>
std::optional<size_t> find(const std::array<std::string_view, N>& table, std::string_view word) {
  auto it = std::find(table.begin(), table.end(), word);
  if (it == table.end()) return std::nullopt;
  return static_cast<size_t>(it - table.begin());
}

}  // namespace

bool is_month(std::string_view word) { return find(kMonths, fold(word)).has_value(); }

std::optional<int> ordinal_word_value(std::string_view word) {
  std::string w = fold(word);
  if (auto k = find(kSmallOrdinals, w)) return static_cast<int>(*k) + 1;
  if (auto k = find(kTensOrdinals, w)) return (static_cast<int>(*k) + 2) * 10;
  size_t dash = w.find('-');
  if (dash == std::string::npos) return std::nullopt;
  auto tens = find(kTens, std::string_view(w).substr(0, dash));
  auto unit = find(kSmallOrdinals, std::string_view(w).substr(dash + 1));
  if (!tens || !unit || *unit >= 9) return std::nullopt;  // "seventy-tenth" is no ordinal
  return (static_cast<int>(*tens) + 2) * 10 + static_cast<int>(*unit) + 1;
}

std::optional<int> numeric_ordinal_value(std::string_view word) {
  size_t digits = 0;
  while (digits < word.size() && std::isdigit(static_cast<unsigned char>(word[digits]))) ++digits;
  if (digits == 0 || digits > 6 || word.size() != digits + 2) return std::nullopt;
  std::string suffix = fold(word.substr(digits));
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
  return std::stoi(std::string(word.substr(0, digits)));
}

bool is_session_word(std::string_view word) { return fold(word) == "session"; }

bool is_numbered_body(std::string_view word) {
  std::string w = fold(word);
  return w == "committee" || w == "committees";
}

bool is_day_conjunction(std::string_view word) {
  std::string w = fold(word);
  return w == "and" || w == "to" || w == "or";
}

}  // namespace resdiff::classify_stage

namespace resdiff {

std::optional<int> ordinal_value(std::string_view word) {
  if (auto v = classify_stage::ordinal_word_value(word)) return v;
  return classify_stage::numeric_ordinal_value(word);
}

}  // namespace resdiff
