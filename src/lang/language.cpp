// The list of languages and the look-ups every stage makes in a Language table.
//
// A language is one file (src/lang/<code>.cpp, defining one function that returns its table) and
// one line in languages.def, which all() below lists. Look-ups fold both sides, so a table may list "January" and the
// text say "JANUARY"; ASCII words take a fast path, others go through ICU's full case folding
// ("ДЕКАБРЯ" → "декабря").
//
// Worked example: iso_date(english(), "6", "December", "2021") finds "December" as month 12 by
// folding it to "december" and comparing with the folded "December" of the table: "2021-12-06";
// long_date(english(), "2021-12-06") writes it back through date_format "{d} {m} {y}":
// "6 December 2021".
#include "resdiff/language.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <vector>

namespace resdiff::lang {

#define RESDIFF_LANGUAGE(name) const Language& name();
#include "lang/languages.def"
#undef RESDIFF_LANGUAGE

std::span<const Language* const> all() {
  static const std::array kAll = {
#define RESDIFF_LANGUAGE(name) &name(),
#include "lang/languages.def"
#undef RESDIFF_LANGUAGE
  };
  return kAll;
}

const Language* find(std::string_view code) {
  for (const Language* l : all())
    if (l->code == code) return l;
  return nullptr;
}

const Language& of(const std::optional<std::string>& code) {
  const Language* l = code ? find(*code) : nullptr;
  return l ? *l : english();
}

std::string fold(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  bool ascii = true;
  for (size_t i = 0; i < word.size(); ++i) {
    if (word.compare(i, 3, "\u2010") == 0 || word.compare(i, 3, "\u2011") == 0) {
      out += '-';
      i += 2;
      continue;
    }
    auto c = static_cast<unsigned char>(word[i]);
    ascii = ascii && c < 0x80;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  if (ascii) return out;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(out);
  u.foldCase();
  std::string folded;
  u.toUTF8String(folded);
  return folded;
}

namespace {

/// True when word, folded, is key (already folded). ASCII words compare without allocating.
bool folds_to(std::string_view word, std::string_view key) {
  bool ascii = std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (!ascii) return fold(word) == key;
  if (word.size() != key.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != key[i]) return false;
  }
  return true;
}

}  // namespace

bool listed(WordList list, std::string_view word) {
  std::string key = fold(word);
  return std::any_of(list.begin(), list.end(), [&](std::string_view w) { return folds_to(w, key); });
}

bool listed_exactly(WordList list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool listed_in_any(WordList Language::*member, std::string_view word, bool exact) {
  for (const Language* l : all())
    if (exact ? listed_exactly(l->*member, word) : listed(l->*member, word)) return true;
  return false;
}

int month_number(const Language& language, std::string_view word) {
  std::string key = fold(word);
  for (size_t i = 0; i < language.months.size(); ++i)
    if (folds_to(language.months[i], key)) return static_cast<int>(i % 12) + 1;
  return 0;
}

std::optional<int> ordinal_value(const Language& language, std::string_view words) {
  if (auto v = language.ordinal_in_words(words)) return v;
  return language.ordinal_in_digits(words);
}

std::string iso_date(const Language& language, std::string_view day, std::string_view month, std::string_view year) {
  int m = month_number(language, month);
  if (m == 0 || day.empty() || year.size() != 4) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.4s-%02d-%02d", std::string(year).c_str(), m, std::stoi(std::string(day)));
  return buf;
}

std::string long_date(const Language& language, const std::string& iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
  int month = std::atoi(iso.substr(5, 2).c_str());
  int day = std::atoi(iso.substr(8, 2).c_str());
  if (month < 1 || month > 12 || day < 1 || language.months.size() < 12) return iso;
  std::string out;
  std::string_view f = language.date_format;
  for (size_t i = 0; i < f.size(); ++i) {
    if (f[i] == '{' && i + 2 < f.size() && f[i + 2] == '}') {
      char k = f[i + 1];
      if (k == 'd') out += day == 1 && !language.day_one.empty() ? std::string(language.day_one) : std::to_string(day);
      else if (k == 'm') out += language.months[static_cast<size_t>(month - 1)];
      else if (k == 'n') out += std::to_string(month);
      else if (k == 'y') out += iso.substr(0, 4);
      else out += f.substr(i, 3);
      i += 2;
      continue;
    }
    out += f[i];
  }
  return out;
}

namespace {

/// The code point at byte i of s (U+FFFD when invalid); i moves past it.
UChar32 next_code_point(std::string_view s, size_t& i) {
  auto offset = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), offset, static_cast<int32_t>(s.size()), c);
  i = static_cast<size_t>(offset);
  return c < 0 ? 0xFFFD : c;
}

bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

}  // namespace

std::string capitalised(std::string_view word) {
  if (word.empty()) return {};
  size_t i = 0;
  UChar32 first = next_code_point(word, i);
  icu::UnicodeString head(first);
  head.toTitle(nullptr);
  std::string out;
  head.toUTF8String(out);
  out.append(word.substr(i));
  return out;
}

size_t phrase_at(std::string_view text, std::string_view phrase) {
  size_t t = 0, p = 0;
  while (p < phrase.size()) {
    if (t >= text.size()) return 0;
    size_t t_next = t, p_next = p;
    UChar32 a = next_code_point(text, t_next), b = next_code_point(phrase, p_next);
    bool same = a == b || (is_apostrophe(a) && is_apostrophe(b)) || (u_isUWhiteSpace(a) && u_isUWhiteSpace(b));
    if (!same) return 0;
    t = t_next;
    p = p_next;
  }
  return t;
}

const Language* detect(std::string_view text) {
  // Letters per script.
  size_t latin = 0, cyrillic = 0, han = 0, arabic = 0;
  for (size_t i = 0; i < text.size();) {
    UChar32 c = next_code_point(text, i);
    if (!u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(c, &status)) {
      case USCRIPT_LATIN: ++latin; break;
      case USCRIPT_CYRILLIC: ++cyrillic; break;
      case USCRIPT_HAN: ++han; break;
      case USCRIPT_ARABIC: ++arabic; break;
      default: break;
    }
  }
  size_t most = std::max({latin, cyrillic, han, arabic});
  if (most == 0) return nullptr;
  // Chinese resolutions are full of Latin symbols (A/76/189) but hold more ideographs than letters.
  Script script = most == han ? Script::Han : most == arabic ? Script::Arabic : most == cyrillic ? Script::Cyrillic : Script::Latin;
  std::vector<const Language*> candidates;
  for (const Language* l : all())
    if (l->script == script) candidates.push_back(l);
  if (candidates.empty()) return nullptr;
  if (candidates.size() == 1) return candidates.front();
  // The opening formula at the start of a line decides.
  for (size_t at = 0; at < text.size(); at = text.find('\n', at), at = at == std::string_view::npos ? text.size() : at + 1) {
    std::string_view line = text.substr(at);
    while (!line.empty() && (line.front() == ' ' || line.front() == '*' || line.front() == '_')) line.remove_prefix(1);
    for (const Language* l : candidates)
      if (phrase_at(line, l->assembly) > 0) return l;
  }
  // Else the most common words.
  std::vector<size_t> hits(candidates.size(), 0);
  for (size_t i = 0; i < text.size();) {
    while (i < text.size() && !std::isalpha(static_cast<unsigned char>(text[i])) && static_cast<unsigned char>(text[i]) < 0x80) ++i;
    size_t end = i;
    while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) || static_cast<unsigned char>(text[end]) >= 0x80) &&
           text[end] != ' ')
      ++end;
    if (end == i) {
      ++i;
      continue;
    }
    std::string_view word = text.substr(i, end - i);
    for (size_t k = 0; k < candidates.size(); ++k)
      if (listed(candidates[k]->common_words, word)) ++hits[k];
    i = end;
  }
  size_t best = static_cast<size_t>(std::max_element(hits.begin(), hits.end()) - hits.begin());
  return candidates[best];
}

std::string format(std::string_view pattern, std::initializer_list<std::string_view> values) {
  std::string out;
  auto value = values.begin();
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern.compare(i, 2, "{}") == 0 && value != values.end()) {
      out += *value++;
      ++i;
      continue;
    }
    out += pattern[i];
  }
  return out;
}

const Patterns& patterns(const Language& language) {
  static const std::vector<Patterns> compiled = [] {
    auto re = [](std::string_view p) { return std::regex(p.begin(), p.end()); };
    std::vector<Patterns> out;
    for (const Language* l : all())
      out.push_back(Patterns{re(l->session_pattern), re(l->adopted_pattern), re(l->agenda_pattern),
                             re(l->report_pattern), re(l->closing_pattern), re(l->date_pattern)});
    return out;
  }();
  std::span<const Language* const> every = all();
  for (size_t i = 0; i < every.size(); ++i)
    if (every[i] == &language) return compiled[i];
  throw std::logic_error("language not listed in lang::all()");
}

}  // namespace resdiff::lang
