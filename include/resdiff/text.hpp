// Unicode helpers shared by the stages (ICU underneath). No state, no printing.
#pragma once
#include <string>
#include <string_view>

namespace resdiff::text {

/// Byte offset of the first invalid UTF-8 sequence in s, or npos when s is valid.
size_t find_invalid_utf8(std::string_view s);

/// s with each invalid UTF-8 sequence replaced by U+FFFD; valid UTF-8 comes back as it was.
std::string repair_utf8(std::string_view s);

/// NFC-normalised copy of valid UTF-8.
std::string nfc(std::string_view s);

/// The form readers hand on: NFC, and NFKC for the compatibility characters extraction leaves
/// behind — Arabic presentation forms ("ﻻ" → "لا") and full-width digits and Latin letters
/// ("２０２１" → "2021"). Full-width punctuation ("，", "；") stays: Chinese writes it so.
std::string reading_form(std::string_view s);

/// s = reading_form(s), in place: no copy when s is its own reading form already (ASCII, and
/// nearly every document beyond it), which is told by reading it once.
void make_reading_form(std::string& s);

/// True when s is valid UTF-8 and its own reading form (reading_form(s) == s) by what each of its
/// characters is alone: ASCII, or NFC whatever stands beside it and no compatibility form. False
/// for the rest, also for the few texts that only ICU's normaliser could call unchanged.
bool plainly_reading_form(std::string_view s);

/// Canonical clause text: reading_form(); non-breaking and other hyphens (U+2010, U+2011) as '-'; soft hyphens
/// and zero-width characters removed; every run of white space (NBSP included) one ' '; trimmed.
std::string canonical(std::string_view s);

/// True when canonical(s) == s, told by reading s (no copy); ASCII eight bytes at a time, ICU
/// only for a character whose NFC depends on its neighbours. Stages that receive canonical text
/// (a Clause's) use it to skip canonicalising again.
bool is_canonical(std::string_view s);

/// canonical(s) without a copy when s is canonical already: s itself, else canonical(s) stored
/// in scratch. The view lives as long as s and scratch.
std::string_view canonical_view(std::string_view s, std::string& scratch);

/// Comparison key: canonical, then NFKC case-folded, quotes and dashes unified. Equal keys mean
/// the same clause text for alignment purposes.
std::string comparison_key(std::string_view s);

/// Number of Unicode code points in valid UTF-8.
size_t length(std::string_view s);

/// True for a character of a script written without spaces between words (Han, kana, Thai, Lao,
/// Khmer, Myanmar, Tibetan) or CJK punctuation and full-width forms ("，", "。", "（"): two such
/// characters side by side never have a space between them, even across a line break.
bool spaceless(char32_t c);

/// Lower-case roman numeral for 1..3999 ("iv", "xl"); empty outside that range.
std::string roman_numeral(int value);

/// List letters as Word and browsers count: 1 → "a" … 26 → "z", 27 → "aa", 28 → "bb"; empty below 1.
std::string list_letters(int value);

}  // namespace resdiff::text
