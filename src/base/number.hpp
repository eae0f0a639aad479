// Decimal numbers read out of document text, without overflow and without exceptions.
//
// Documents are full of digit runs that are not small numbers: a footnote marker glued to a year
// ("20055"), a symbol that is not one ("A/RES/abc/41"), a superscript run a careless edit made
// twelve digits long. std::stoi throws on the first two kinds and a hand-written `v = v * 10 + d`
// overflows on the third (undefined behaviour). These helpers say "not a number" instead:
//
//   decimal("41") → 41        decimal("abc") → nullopt      decimal("") → nullopt
//   decimal("12345678901") → nullopt (more than kMaxDigits)  decimal("4500", 999) → nullopt
//   append_digit(append_digit(0, 4), 1) → 41; once past kMaxDigits digits it stays kTooLarge.
#pragma once
#include <optional>
#include <string_view>

namespace resdiff::number {

/// Longest digit run read as a number: nine digits always fit an int.
inline constexpr size_t kMaxDigits = 9;

/// What append_digit() returns once a number has more than kMaxDigits digits.
inline constexpr int kTooLarge = 1'000'000'000;

/// The value of a run of ASCII digits (nothing else, at most kMaxDigits of them, at most max), else nullopt.
inline std::optional<int> decimal(std::string_view digits, int max = kTooLarge - 1) {
  if (digits.empty() || digits.size() > kMaxDigits) return std::nullopt;
  int value = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  if (value > max) return std::nullopt;
  return value;
}

/// value * 10 + digit, saturating at kTooLarge (which then stays kTooLarge).
inline constexpr int append_digit(int value, int digit) {
  if (value >= kTooLarge / 10) return kTooLarge;
  return value * 10 + digit;
}

}  // namespace resdiff::number
