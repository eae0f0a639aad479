// Calendar items: the runs of words in a clause that name a point or a count of the calendar.
//
// The technical-update rule (docs/TECHNICAL.md, rule.cpp) judges whole references, never loose
// words: "7" in "7 December 2020" is the day of a date whose year says how far it moved, "58" in
// "75/58" is the serial number of a resolution of the seventy-fifth session. analyse() finds
// these items in a text, in this order (a word belongs to at most one item):
//
//   Symbol     a resolution ("75/58", "54/237 C", the Council's "2023/33") or a document symbol
//              ("A/76/189", "A/RES/80/41", "A/80/L.23", "E/2025/56", "A/AC.109/2025/9") that has an
//              Assembly session part or a year part (another body's session, as in
//              "A/HRC/53/44", is neither). Its shape masks those parts and the serial
//              number ("A/#S/#N", "A/AC.109/#Y/#N"), so that like is compared with like. A symbol
//              with neither ("CD/2039", "UN/DESA", "S-10/2") is an ordinary word.
//   Event      an ordinal followed by an event word, maybe after a qualifier: "eighty-first
//              session", "sixty-ninth regular session", "third Meeting", "52nd plenary meeting",
//              "eightieth anniversary". The item is the ordinal alone, of one word or several
//              ("septuagésimo sexto período de sesiones"); where the language puts the noun
//              first, the event word comes before it ("في دورتها السابعة والسبعين"). An ordinal
//              without one ("the Eighteenth Summit", "the First Committee") is an ordinary word.
//   Date       day numbers and month names, maybe a year: "7 December 2020", "25 and 26 October
//              2019", "27 April to 22 May 2015", "December 7, 2020", "May 2024", "30 April"; in
//              other languages with the words they put between the parts ("7 de diciembre de
//              2020"), month names of several words ("7 كانون الأول/ديسمبر 2020") or the year first
//              with units ("2020年12月7日"). A month name alone is no date ("States may …"). A date
//              right after a resolution and "of" dates that resolution (Item::dates): "75/58 of 7
//              December 2020" (Chinese puts the date first: "2020年12月7日第75/58号决议").
//   Year       a year 1900–2099 or a range ("2020-2021", "2021-25") that is in no date.
//   Paragraph  the number of a reference to the document's own paragraphs (references.cpp).
//
// Worked example: "Recalling its resolution 75/58 of 7 December 2020, and the 2016 Summit,"
//   Symbol "75/58" (session 75, shape "#S/#N", a resolution); Date "7 December 2020" (point
//   {7, 12}, year 2020, dating the resolution); Year "2016". "Recalling", "its", "resolution",
//   "of", "and", "the", "Summit" are ordinary words.
#include <algorithm>
#include <cctype>
#include <string>

#include "classify/calendar.hpp"
#include "diff/tokens.hpp"

namespace resdiff::classify_stage {
namespace {

/// True for a non-empty run of ASCII digits.
bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

/// The value of a run of at most six digits (-1 when longer).
int number(std::string_view s) { return s.size() > 6 ? -1 : std::stoi(std::string(s)); }

/// A single year 1900–2099.
bool is_single_year(std::string_view s) { return s.size() == 4 && all_digits(s) && number(s) >= 1900 && number(s) <= 2099; }

/// The years of a year or year range token ("2020", "2020-2021", "2021-25"); empty if it is none.
std::vector<int> years_of(std::string_view s) {
  if (is_single_year(s)) return {number(s)};
  size_t dash = s.find('-');
  if (dash == std::string_view::npos || !is_single_year(s.substr(0, dash))) return {};
  std::string_view tail = s.substr(dash + 1);
  int first = number(s.substr(0, dash));
  if (is_single_year(tail)) return {first, number(tail)};
  if (tail.size() == 2 && all_digits(tail)) return {first, first / 100 * 100 + number(tail)};
  return {};
}

/// The days of a day token: "7" → {7}, "25-26" → {25, 26}; empty if it is none.
std::vector<int> days_of(std::string_view s) {
  auto one = [](std::string_view d) { return all_digits(d) && d.size() <= 2 && number(d) >= 1 && number(d) <= 31; };
  if (one(s)) return {number(s)};
  size_t dash = s.find('-');
  if (dash != std::string_view::npos && one(s.substr(0, dash)) && one(s.substr(dash + 1))) {
    return {number(s.substr(0, dash)), number(s.substr(dash + 1))};
  }
  return {};
}

/// The parts of a symbol between its slashes.
std::vector<std::string_view> parts_of(std::string_view s) {
  std::vector<std::string_view> parts;
  for (size_t at = 0;;) {
    size_t slash = s.find('/', at);
    parts.push_back(s.substr(at, slash == std::string_view::npos ? std::string_view::npos : slash - at));
    if (slash == std::string_view::npos) break;
    at = slash + 1;
  }
  return parts;
}

/// True when parts[k] is the Assembly session of an A/ symbol: "A/76/189", "A/RES/80/41",
/// "A/C.1/80/L.22", "A/INF/80/1" — never the session of another body ("A/HRC/53/44").
bool is_session_part(const std::vector<std::string_view>& parts, size_t k) {
  if (parts[0] != "A" || k + 1 >= parts.size() || !all_digits(parts[k]) || parts[k].size() > 3) return false;
  if (k == 1) return true;
  std::string_view series = parts[1];
  return k == 2 && (series == "RES" || series == "INF" || series == "BUR" || series.substr(0, 2) == "C.");
}

/// A Symbol item for the token s, or false when s is no symbol with a session or a year in it.
bool read_symbol(std::string_view s, Item& item) {
  if (s.find('/') == std::string_view::npos) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '/' && c != '.' && c != '-') return false;
  std::vector<std::string_view> parts = parts_of(s);
  if (std::any_of(parts.begin(), parts.end(), [](std::string_view p) { return p.empty(); })) return false;
  item.kind = ItemKind::Symbol;
  // A resolution: two parts of digits, the first a session (up to three digits) or a year.
  if (parts.size() == 2 && all_digits(parts[0]) && all_digits(parts[1]) && parts[1].size() <= 4) {
    item.resolution = true;
    if (parts[0].size() <= 3) {
      item.session = number(parts[0]);
      item.shape = "#S/#N";
      return true;
    }
    if (is_single_year(parts[0])) {
      item.years.push_back(number(parts[0]));
      item.shape = "#Y/#N";
      return true;
    }
    return false;
  }
  if (s.front() < 'A' || s.front() > 'Z') return false;
  bool calendar = false;
  for (size_t k = 0; k < parts.size(); ++k) {
    std::string_view p = parts[k];
    if (!item.shape.empty()) item.shape += '/';
    if (is_session_part(parts, k)) {
      item.session = number(p);  // "A/76/189", "A/RES/80/41", "A/C.1/80/L.22"
      item.shape += "#S";
      calendar = true;
    } else if (k > 0 && is_single_year(p) && k + 1 < parts.size()) {
      item.years.push_back(number(p));  // "S/2024/767", "A/AC.109/2025/9"
      item.shape += "#Y";
      calendar = true;
    } else if (k > 0 && k + 1 == parts.size()) {
      // The serial number: its digits masked ("164", "L.23", "Add.1").
      size_t digits = p.size();
      while (digits > 0 && std::isdigit(static_cast<unsigned char>(p[digits - 1]))) --digits;
      item.shape += std::string(p.substr(0, digits)) + (digits < p.size() ? "#N" : "");
    } else {
      item.shape += p;
    }
  }
  return calendar;
}

/// The text of words [k, k + m), what lies between them included ("كانون الأول/ديسمبر", "12月").
std::string_view span(const std::vector<Word>& w, size_t k, size_t m) {
  return std::string_view(w[k].text.data(), static_cast<size_t>(w[k + m - 1].text.data() + w[k + m - 1].text.size() - w[k].text.data()));
}

/// The number of words from k (at most most) that spell an entry of list, longest first; 0 if none.
size_t phrase_at(const std::vector<Word>& w, size_t k, WordList list, size_t most) {
  if (k >= w.size()) return 0;
  for (size_t m = std::min(most, w.size() - k); m > 0; --m)
    if (lang::listed(list, span(w, k, m))) return m;
  return 0;
}

/// The number of words ending at word j (inclusive) that spell an entry of list; 0 if none.
size_t phrase_before(const std::vector<Word>& w, size_t j, WordList list, size_t most) {
  if (j >= w.size()) return 0;
  for (size_t m = std::min(most, j + 1); m > 0; --m)
    if (lang::listed(list, span(w, j + 1 - m, m))) return m;
  return 0;
}

/// Marks words first..last as item `index`.
void claim(Analysis& a, size_t first, size_t last, Item item) {
  item.first = first;
  item.last = last;
  item.begin = a.words[first].begin;
  item.end = a.words[last].end;
  for (size_t k = first; k <= last; ++k) a.words[k].item = static_cast<int>(a.items.size());
  a.items.push_back(std::move(item));
}

/// Symbols and event ordinals, left to right.
void find_symbols_and_events(Analysis& a, const Language& language) {
  const std::vector<Word>& w = a.words;
  for (size_t k = 0; k < w.size(); ++k) {
    Item item;
    if (read_symbol(w[k].text, item)) {
      size_t last = k;
      // "54/237 C": the letter of a resolution in parts.
      if (item.resolution && k + 1 < w.size() && w[k + 1].text.size() == 1 &&
          std::isupper(static_cast<unsigned char>(w[k + 1].text[0]))) {
        item.shape += ' ';
        item.shape += w[k + 1].text;
        last = k + 1;
      }
      claim(a, k, last, std::move(item));
      k = last;
      continue;
    }
    // An ordinal of one word or several ("septuagésimo sexto", "السابعة والسبعين"), longest first.
    size_t length = 0;
    std::optional<int> value;
    for (size_t m = std::min(static_cast<size_t>(std::max(language.ordinal_span, 1)), w.size() - k); m > 0 && !value; --m)
      if ((value = lang::ordinal_value(language, span(w, k, m)))) length = m;
    if (!value) continue;
    const size_t most = static_cast<size_t>(std::max(language.phrase_span, 1));
    auto event_after = [&](size_t j) {
      return phrase_at(w, j, language.session_words, most) > 0 || phrase_at(w, j, language.event_words, most) > 0;
    };
    auto event_before = [&](size_t j) {  // the noun ends at word j
      return phrase_before(w, j, language.session_words, most) > 0 || phrase_before(w, j, language.event_words, most) > 0;
    };
    bool event = false;
    if (language.noun_first) {  // "في دورتها العادية السابعة": noun, qualifier, ordinal
      if (k > 0) {
        size_t j = k - 1;
        if (size_t q = phrase_before(w, j, language.event_qualifiers, most); q > 0 && j >= q) j -= q;
        event = event_before(j);
      }
    } else {
      size_t next = k + length;
      next += phrase_at(w, next, language.event_qualifiers, most);
      event = event_after(next);
    }
    if (event) {
      item.kind = ItemKind::Event;
      item.session = *value;
      claim(a, k, k + length - 1, std::move(item));
    }
    k += length - 1;
  }
}

/// Dates, left to right, among the words no item holds.
void find_dates(Analysis& a, const Language& language) {
  const std::vector<Word>& w = a.words;
  const size_t most = static_cast<size_t>(std::max(language.phrase_span, 1));
  auto free_at = [&](size_t k) { return k < w.size() && w[k].item < 0; };
  // Words a language puts between a day and its month or a month and its year ("7 de diciembre").
  auto past_joiners = [&](size_t k) {
    while (free_at(k) && lang::listed(language.date_joiners, w[k].text)) ++k;
    return k;
  };
  size_t month_words = 1;  // the words of the month month_at found last ("كانون الأول/ديسمبر": 2)
  auto month_at = [&](size_t k) -> std::optional<int> {
    for (size_t m = std::min(most, w.size() - std::min(k, w.size())); m > 0; --m) {
      bool free = true;
      for (size_t j = k; j < k + m; ++j) free = free && free_at(j);
      if (!free) continue;
      if (int month = lang::month_number(language, span(w, k, m)); month > 0) {
        month_words = m;
        return month;
      }
    }
    return std::nullopt;
  };
  auto conjunction_at = [&](size_t k) { return free_at(k) && lang::listed(language.day_conjunctions, w[k].text); };
  auto days_at = [&](size_t k) {
    if (!free_at(k)) return std::vector<int>{};
    std::vector<int> days = days_of(w[k].text);
    if (days.empty()) {  // "1er décembre": a day written as an ordinal
      std::optional<int> d = language.ordinal_in_digits(w[k].text);
      if (d && *d >= 1 && *d <= 31) days.push_back(*d);
    }
    return days;
  };
  auto year_at = [&](size_t k) -> std::optional<int> {
    if (!free_at(k) || !is_single_year(w[k].text)) return std::nullopt;
    return number(w[k].text);
  };
  auto unit_at = [&](size_t k) { return free_at(k) && lang::listed(language.date_units, w[k].text); };
  for (size_t k = 0; k < w.size(); ++k) {
    if (!free_at(k)) continue;
    Item date;
    date.kind = ItemKind::Date;
    size_t at = k;  // the word after the date so far
    if (!days_at(k).empty()) {
      // Day-first: groups of days, each closed by a month; "27 April to 22 May 2015".
      for (size_t group = k;;) {
        std::vector<int> days = days_at(group);
        size_t j = group + 1;
        while (conjunction_at(j) && !days_at(j + 1).empty()) {
          std::vector<int> more = days_at(j + 1);
          days.insert(days.end(), more.begin(), more.end());
          j += 2;
        }
        std::optional<int> month = month_at(past_joiners(j));
        if (!month) break;
        for (int d : days) date.points.emplace_back(d, *month);
        at = past_joiners(j) + month_words;
        if (!(conjunction_at(at) && !days_at(at + 1).empty())) break;
        group = at + 1;  // past the conjunction before the next group
      }
      if (date.points.empty()) continue;
    } else if (std::optional<int> month = month_at(k)) {
      // Month-first: "December 7, 2020", "May 2024"; a month alone is no date.
      const size_t after = k + month_words;
      std::vector<int> days = days_at(after);
      if (days.size() == 1) {
        date.points.emplace_back(days[0], *month);
        at = after + 1;
      } else if (year_at(past_joiners(after))) {
        date.points.emplace_back(0, *month);
        at = after;
      } else {
        continue;
      }
    } else if (std::optional<int> year = year_at(k); year && unit_at(k + 1)) {
      // Year-first, each part with its unit: "2020年12月7日", "2024年5月".
      std::optional<int> month = month_at(k + 2);
      if (!month) continue;
      date.years.push_back(*year);
      at = k + 2 + month_words;
      std::vector<int> days = days_at(at);
      if (days.size() == 1 && unit_at(at + 1)) {
        date.points.emplace_back(days[0], *month);
        at += 2;
      } else {
        date.points.emplace_back(0, *month);
      }
      claim(a, k, at - 1, std::move(date));
      k = at - 1;
      continue;
    } else {
      continue;
    }
    if (std::optional<int> year = year_at(past_joiners(at))) {
      date.years.push_back(*year);
      at = past_joiners(at) + 1;
    }
    claim(a, k, at - 1, std::move(date));
    k = at - 1;
  }
}

/// Years and year ranges in no other item.
void find_years(Analysis& a) {
  for (size_t k = 0; k < a.words.size(); ++k) {
    if (a.words[k].item >= 0) continue;
    std::vector<int> years = years_of(a.words[k].text);
    if (years.empty()) continue;
    Item item;
    item.kind = ItemKind::Year;
    item.years = std::move(years);
    claim(a, k, k, std::move(item));
  }
}

/// References to the document's own paragraphs, in words no other item holds.
void find_paragraphs(Analysis& a, std::string_view text, const Language& language) {
  std::vector<std::pair<size_t, size_t>> ranges;
  ranges.reserve(a.words.size());
  for (const Word& w : a.words) ranges.emplace_back(w.begin, w.end);
  for (const OwnReference& r : own_references(text, ranges, language)) {
    bool taken = false;
    for (size_t k = r.first_word; k <= r.last_word; ++k) taken |= a.words[k].item >= 0;
    if (taken) continue;
    Item item;
    item.kind = ItemKind::Paragraph;
    item.number = r.number;
    claim(a, r.first_word, r.last_word, std::move(item));
  }
}

/// Links each date that follows "<resolution> of" to that resolution; in a language that puts
/// the date first, each date that precedes "<link> <resolution>" ("2020年12月7日第75/58号决议").
void link_dates(Analysis& a, const Language& language) {
  for (Item& item : a.items) {
    if (item.kind != ItemKind::Date) continue;
    size_t link_at = 0, symbol_at = 0;
    if (language.date_before_resolution) {
      if (item.last + 2 >= a.words.size()) continue;
      link_at = item.last + 1;
      symbol_at = item.last + 2;
    } else {
      if (item.first < 2) continue;
      link_at = item.first - 1;
      symbol_at = item.first - 2;
    }
    const Word& link = a.words[link_at];
    const Word& other = a.words[symbol_at];
    if (link.item >= 0 || !lang::listed(language.date_links, link.text) || other.item < 0) continue;
    const Item& symbol = a.items[static_cast<size_t>(other.item)];
    if (symbol.kind == ItemKind::Symbol && symbol.resolution) item.dates = other.item;
  }
}

}  // namespace

Analysis analyse(const Tokenizer& tokenizer, std::string_view text, const Language& language) {
  return analyse(tokenized(tokenizer, text), language);
}

Analysis analyse(const TokenizedText& tokenized, const Language& language) {
  Analysis a;
  const std::string_view text = tokenized.text;
  a.tokens = tokenized.tokens;  // views into text, one after the other
  a.token_begin.reserve(a.tokens.size());
  size_t at = 0;
  for (std::string_view token : a.tokens) {
    a.token_begin.push_back(at);
    if (diff_stage::is_word_token(token)) a.words.push_back({at, at + token.size(), token});
    at += token.size();
  }
  find_symbols_and_events(a, language);
  find_dates(a, language);
  find_years(a);
  find_paragraphs(a, text, language);
  link_dates(a, language);
  a.token_item.assign(a.tokens.size(), -1);
  for (size_t i = 0; i < a.items.size(); ++i) {
    auto first = std::lower_bound(a.token_begin.begin(), a.token_begin.end(), a.items[i].begin);
    for (auto t = first; t != a.token_begin.end() && *t < a.items[i].end; ++t)
      a.token_item[static_cast<size_t>(t - a.token_begin.begin())] = static_cast<int>(i);
  }
  return a;
}

}  // namespace resdiff::classify_stage
