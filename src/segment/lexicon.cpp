// Lexicon look-ups shared by the passes: list membership, month numbers, ordinal words, ISO dates.
// Example: ordinal_value(english(), "Seventy-sixth") splits at '-' into "seventy" (70) and
// "sixth" (6) and adds them: 76.
#include "segment/lexicon.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

namespace resdiff::segmenter {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

}  // namespace

std::span<const Lexicon* const> lexicons() {
  static const std::array<const Lexicon*, 1> all = {&english()};
  return all;
}

const Patterns& patterns(const Lexicon& lex) {
  static const std::vector<Patterns> compiled = [] {
    auto re = [](std::string_view p) { return std::regex(p.begin(), p.end()); };
    std::vector<Patterns> out;
    for (const Lexicon* l : lexicons())
      out.push_back(Patterns{re(l->session_pattern), re(l->adopted_pattern), re(l->agenda_pattern),
                             re(l->report_pattern), re(l->closing_pattern), re(l->date_pattern)});
    return out;
  }();
  std::span<const Lexicon* const> all = lexicons();
  for (size_t i = 0; i < all.size(); ++i)
    if (all[i] == &lex) return compiled[i];
  throw std::logic_error("lexicon not listed in lexicons()");
}

bool listed(std::span<const std::string_view> list, std::string_view word) {
  std::string key = lower(word);
  return std::find(list.begin(), list.end(), key) != list.end();
}

bool listed_exactly(std::span<const std::string_view> list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

int month_number(const Lexicon& lex, std::string_view word) {
  std::string key = lower(word);
  for (size_t i = 0; i < lex.months.size(); ++i)
    if (lex.months[i] == key) return static_cast<int>(i) + 1;
  return 0;
}

int ordinal_value(const Lexicon& lex, std::string_view words) {
  int total = 0;
  std::string all = lower(words);
  size_t start = 0;
  while (start <= all.size()) {
    size_t end = all.find_first_of("- ", start);
    if (end == std::string::npos) end = all.size();
    std::string_view part(all.data() + start, end - start);
    auto it = std::find_if(lex.ordinals.begin(), lex.ordinals.end(), [&](const Ordinal& o) { return o.word == part; });
    if (it == lex.ordinals.end()) return 0;
    total += it->value;
    start = end + 1;
  }
  return total;
}

std::string iso_date(const Lexicon& lex, std::string_view day, std::string_view month, std::string_view year) {
  int m = month_number(lex, month);
  if (m == 0 || day.empty() || year.size() != 4) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.4s-%02d-%02d", std::string(year).c_str(), m, std::stoi(std::string(day)));
  return buf;
}

}  // namespace resdiff::segmenter
