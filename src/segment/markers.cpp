// Footnote markers: one decision over the whole document about which numbers in the text cite
// footnotes, then the markers taken out and each clause's citations remembered.
//
// Markers come as `[^2]`, superscripts `¹²³` (a PDF's raised digits are written so), or bare
// digits that an extractor glued on: to a word (`Amendment2`), to punctuation (`Terrorism,1`,
// `weapons;19`, `Development.2`, `79/42,7`), to a year or a year range (`20055` is 2005 +
// marker 5, `2025–20283` is 2028 + 3), run together (`2016,23` cites 2 and 3), or standing alone
// (`Material 3 by`, `Rights, 1 the`, `Conference, 15`). Most bare digits are real numbers, so each
// candidate gets a weight: how strongly its place says "marker" (glued to a word or to
// punctuation: strong; glued to a year: fairly strong; alone after a word: weak, after a comma
// or at a clause's end: less weak). A number after a reference word ("paragraph 5", "No. 39",
// "Goal 16"), after a quantity word ("the 13 steps", "of 2 December"), before a month ("1 April"),
// a unit ("5 million") or a range ("1 to 10", "8 and 9"), and symbols ("A.2", "L.22", "16.4",
// "A/80/164") are no candidates at all.
//
// Footnotes are numbered in the order they are first cited, and that is evidence, not a rule:
// the decision is the set of candidates that best explains the footnotes defined. A dynamic
// programme runs through the candidates in reading order with, as its state, the highest footnote
// cited so far. A candidate may be left as text (no gain), cite the next footnotes (its weight,
// less a cost for each defined footnote it skips, which then goes uncited unless a later
// candidate cites it again), or cite again a footnote already cited (its weight less a repeat
// cost, partly refunded when the word before it is the word before that footnote's first
// citation: "Terrorism,1" in operative 2 cites again the footnote of "Terrorism, 1" in recital
// 6). The best path through the whole document wins, so a missed or missing marker costs only
// itself: the markers after it are still found. `[^N]` and superscripts are always markers; when
// the page showed which digits are raised (a PDF), they are the only ones ("programmes 2, 10, 17"
// of A/RES/80/233 keeps its 10).
//
// Worked example, A/RES/80/41 recital 15 with markers 1-4 cited before:
//   "… General Assembly on 16 September 20055 and the adoption … on 8 September 2006,6"
//     "16": after "on", a quantity word: no candidate
//     "20055": year 2005 + 5: cites 5 (4 → 5, weight 3)
//     "2006": a year, no marker;  "6" after ',': cites 6 (5 → 6, weight 4)
// A bare number followed by ". " is a paragraph number of run-on page text ("… insecurity.\n3. We
// recognize"), never a marker.
//
// Removal keeps the text readable: "Material 3 by" -> "Material  by" (white space collapses
// later), "Conference, 15" -> "Conference,", "Treaty 5, and" -> "Treaty, and".
#include <algorithm>
#include <limits>
#include <string>

#include "segment/bytes.hpp"
#include "segment/passes.hpp"

namespace resdiff::segmenter {
namespace {

/// What a candidate's place says about it.
enum class Place { Certain, Glued, Year, Standalone };

/// One way to read a candidate: the footnotes it cites (consecutive, ascending) and the bytes of
/// the piece it takes out when it does.
struct Reading {
  int first = 0, last = 0;   // cites first, first + 1, …, last
  size_t cut_begin = 0, cut_end = 0;
  double weight = 0;         // log-odds that this reading is right, given its place
};

/// A number in the text that may cite footnotes.
struct Candidate {
  size_t piece = 0;
  size_t begin = 0, end = 0;  // bytes of the digits (of "[^N]" for an explicit marker)
  Place place = Place::Standalone;
  std::vector<Reading> readings;
  std::string context;        // the word before, lower case, punctuation stripped
};

constexpr double kMissing = 3.0;    // a defined footnote that nothing cites
constexpr double kRepeat = 2.5;     // citing a footnote already cited
constexpr double kSameWord = 3.0;   // ... after the same word as its first citation
constexpr double kNever = -std::numeric_limits<double>::infinity();

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

bool closing_punct(char32_t c) {
  return c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == '"';
}

bool is_dash(char32_t c) { return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2010 || c == 0x2011; }

/// The word ending at byte i (skipping blanks before it), as written: "vol." for "vol. 2445".
std::string_view word_before(std::string_view s, size_t i) {
  while (i > 0 && is_blank(char_before(s, i))) i -= 1;
  size_t end = i;
  while (i > 0 && !is_blank(char_before(s, i))) {
    size_t start = 0;
    char_before(s, i, &start);
    i = start;
  }
  return s.substr(i, end - i);
}

/// The word starting after byte i (skipping blanks), letters and digits only.
std::string_view word_after(std::string_view s, size_t i) {
  while (i < s.size() && is_blank(char_at(s, i))) ++i;
  size_t b = i;
  while (i < s.size()) {
    size_t next = 0;
    char32_t c = char_at(s, i, &next);
    if (!is_letter(c) && !is_digit(c) && !is_dash(c)) break;
    i = next;
  }
  return s.substr(b, i - b);
}

/// The letters of word, lower case: "Terrorism," -> "terrorism".
std::string context_word(std::string_view word) {
  std::string out;
  for (size_t i = 0, next = 0; i < word.size(); i = next) {
    char32_t c = char_at(word, i, &next);
    if (is_letter(c)) out.append(word.substr(i, next - i));
  }
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

/// "1 April", "1 to 10", "8 and 9 December", "5 million": the number dates, counts or spans.
bool guarded_after(std::string_view s, size_t end, const Lexicon& lex) {
  std::string_view next = word_after(s, end);
  if (month_number(lex, next) > 0 || listed(lex.count_nouns, next)) return true;
  if (listed(lex.range_words, next)) {
    size_t at = static_cast<size_t>(next.data() - s.data()) + next.size();
    std::string_view then = word_after(s, at);
    return !then.empty() && is_digit(static_cast<unsigned char>(then[0]));
  }
  return false;
}

/// An all-capitals word with digits glued on is a name ("G20", "COP28"), not a word and a marker.
bool acronym_before(std::string_view s, size_t b) {
  std::string_view word = word_before(s, b);
  bool any = false;
  for (size_t i = 0, next = 0; i < word.size(); i = next) {
    char32_t c = char_at(word, i, &next);
    if (is_lower(c)) return false;
    any = any || is_upper(c);
  }
  return any;
}

/// The year that a digit run of 5-7 digits starts with (1800-2099, the rest not starting with 0),
/// or 0.
int leading_year(std::string_view run) {
  if (run.size() < 5 || run.size() > 7 || run[4] == '0') return 0;
  int year = std::stoi(std::string(run.substr(0, 4)));
  return year >= 1800 && year <= 2099 ? year : 0;
}

/// Adds the readings of a digit run that may be one number or several markers run together:
/// "23" is 23, or 2 and 3; "56" is 56, or 5 and 6.
void add_run_readings(Candidate& c, std::string_view run, size_t cut_begin, size_t cut_end, double weight) {
  if (run.size() <= 3) c.readings.push_back({std::stoi(std::string(run)), std::stoi(std::string(run)), cut_begin, cut_end, weight});
  // Split into consecutive numbers: the first number's length decides the rest.
  for (size_t len = 1; len < run.size() && len <= 3; ++len) {
    int first = std::stoi(std::string(run.substr(0, len)));
    if (first == 0 || run[0] == '0') break;
    std::string expect;
    int last = first;
    while (expect.size() < run.size()) expect += std::to_string(last++);
    if (expect == run && last - first >= 2) c.readings.push_back({first, last - 1, cut_begin, cut_end, weight - 0.5});
  }
}

/// The candidate for the ASCII digit run s[b, e), or nullopt when its neighbours rule it out.
std::optional<Candidate> digit_candidate(std::string_view s, size_t b, size_t e, const Lexicon& lex) {
  if (b == 0) return std::nullopt;
  std::string_view run = s.substr(b, e - b);
  if (run[0] == '0') return std::nullopt;
  char32_t after = char_at(s, e);
  if (e < s.size() && !is_blank(after) && after != ',' && after != ';' && after != ':' && after != '.' && after != ')' &&
      after != 0x201D && after != 0x2019 && !is_dash(after))
    return std::nullopt;  // "22-point" is a dash … "2nd", "16.4", "A/80/164" are not markers
  if (after == '.' && e + 1 < s.size() && is_digit(static_cast<unsigned char>(s[e + 1]))) return std::nullopt;  // "16.4"
  if (is_dash(after)) {  // only "2015–20283–" style year ranges run on
    if (!leading_year(run)) return std::nullopt;
  }
  size_t before_start = 0;
  char32_t before = char_before(s, b, &before_start);
  Candidate c;
  c.begin = b;
  c.end = e;
  const std::string_view prev = word_before(s, b);
  c.context = context_word(prev);
  if (is_blank(before)) {
    if (after == '.' && (e + 1 >= s.size() || is_blank(char_at(s, e + 1)))) return std::nullopt;  // "3. We recognize"
    std::string_view word = word_before(s, b);
    if (word.empty() || listed_exactly(lex.reference_words, word)) return std::nullopt;  // "paragraph 5", "No. 39"
    if (leading_year(run)) {  // "of 19721": 1972 and marker 1
      c.place = Place::Year;
      add_run_readings(c, run.substr(4), b + 4, e, 3.0);
      return c;
    }
    if (run.size() > 3) return std::nullopt;
    char32_t last = char_before(s, static_cast<size_t>(word.data() - s.data()) + word.size());
    if (!is_letter(last) && !closing_punct(last) && !is_digit(last) && last != '.') return std::nullopt;
    if (is_digit(last) && (word.size() != 4 || word.find_first_not_of("0123456789") != std::string_view::npos))
      return std::nullopt;  // after a number that is not a year ("2005 4 and" is)
    if (listed(lex.quantity_words, word) || guarded_after(s, e, lex)) return std::nullopt;
    std::string_view next = word_after(s, e);
    if (!next.empty() && is_digit(static_cast<unsigned char>(next[0]))) return std::nullopt;  // "1 000", "2 3"
    c.place = Place::Standalone;
    double weight = last == ',' || last == ';' ? 2.0 : 1.5;
    if (trim(s.substr(e)).empty() && (last == ',' || last == ';' || last == '.')) weight = 3.0;  // "Matters, 3" ends the clause
    // Cut the blanks before it too when punctuation follows: "Treaty 5, and" -> "Treaty, and".
    size_t cut = b;
    if (e >= s.size() || after == ',' || after == ';' || after == '.' || after == ':' || after == ')')
      while (cut > 0 && is_blank(static_cast<unsigned char>(s[cut - 1]))) --cut;
    c.readings.push_back({std::stoi(std::string(run)), std::stoi(std::string(run)), cut, e, weight});
    return c;
  }
  if (is_dash(before)) {  // "2025–20283": a year range's second year with marker 3
    size_t start = before_start;
    size_t digits = start;
    while (digits > 0 && is_digit(static_cast<unsigned char>(s[digits - 1]))) --digits;
    if (start - digits != 4 || !leading_year(run)) return std::nullopt;
    c.place = Place::Year;
    add_run_readings(c, run.substr(4), b + 4, e, 3.0);
    return c;
  }
  if (before == '.') {  // "Development.2": a sentence end, not "L.11", "Corr.2", "A.2" or "16.4"
    std::string_view word = word_before(s, b);
    if (word.find('/') != std::string_view::npos || word.size() < 4) return std::nullopt;
    char32_t last = char_before(s, before_start);
    if (!is_lower(last) && last != ')') return std::nullopt;
    for (std::string_view abbr : lex.abbreviations)
      if (word.size() >= abbr.size() && word.substr(word.size() - abbr.size()) == abbr) return std::nullopt;
    c.place = Place::Glued;
    add_run_readings(c, run, b, e, 3.5);
    return c;
  }
  if (before == ',') {  // "1,234" groups digits; "2024,234" is a year and markers
    size_t lead = before_start;
    while (lead > 0 && is_digit(static_cast<unsigned char>(s[lead - 1]))) --lead;
    if (lead < before_start && before_start - lead <= 3 && run.size() == 3) return std::nullopt;
  }
  if (is_letter(before)) {
    if (acronym_before(s, b)) return std::nullopt;  // "G20", "COP28"
    c.place = Place::Glued;
    add_run_readings(c, run, b, e, 4.0);
    return c;
  }
  if (closing_punct(before)) {
    c.place = Place::Glued;
    add_run_readings(c, run, b, e, 4.0);
    return c;
  }
  return std::nullopt;  // after '/', '(', '§' …
}

/// The candidates of one piece, in reading order.
std::vector<Candidate> candidates(std::string_view s, size_t piece, const Lexicon& lex) {
  std::vector<Candidate> out;
  for (size_t i = 0; i < s.size();) {
    if (bytes::kLittleEndian && i + 8 <= s.size()) {  // to the next digit, '[' or byte beyond ASCII, eight at a time
      const uint64_t w = bytes::load8(s.data() + i);
      const uint64_t starts = bytes::digit_bytes(w) | bytes::bytes_equal(w, '[') | bytes::beyond_ascii(w);
      if (starts == 0) {
        i += 8;
        continue;
      }
      i += bytes::first_marked(starts);
    }
    if (const auto b = static_cast<unsigned char>(s[i]); b < 0x80 && b != '[' && (b < '0' || b > '9')) {
      ++i;  // no marker starts at an ASCII byte but '[' or a digit (superscripts lie beyond ASCII)
      continue;
    }
    if (s.compare(i, 2, "[^") == 0) {
      size_t j = i + 2;
      while (j < s.size() && is_digit(static_cast<unsigned char>(s[j]))) ++j;
      if (j > i + 2 && j - i - 2 <= 4 && j < s.size() && s[j] == ']') {
        int n = std::stoi(std::string(s.substr(i + 2, j - i - 2)));
        Candidate c;
        c.begin = i;
        c.end = j + 1;
        c.place = Place::Certain;
        c.context = context_word(word_before(s, i));
        c.readings.push_back({n, n, i, j + 1, 0});
        out.push_back(std::move(c));
        i = j + 1;
        continue;
      }
    }
    size_t next = 0;
    char32_t ch = char_at(s, i, &next);
    if (superscript_digit(ch) >= 0) {
      size_t e = i;
      std::string digits;
      for (size_t n2 = 0; e < s.size() && superscript_digit(char_at(s, e, &n2)) >= 0; e = n2)
        digits += static_cast<char>('0' + superscript_digit(char_at(s, e)));
      Candidate c;
      c.begin = i;
      c.end = e;
      c.place = Place::Certain;
      c.context = context_word(word_before(s, i));
      if (digits[0] != '0') add_run_readings(c, digits, i, e, 0);
      if (c.readings.empty()) c.readings.push_back({-1, -1, i, e, 0});  // "⁰": taken out, cites nothing
      out.push_back(std::move(c));
      i = e;
      continue;
    }
    if (is_digit(ch)) {
      size_t e = i;
      while (e < s.size() && is_digit(static_cast<unsigned char>(s[e]))) ++e;
      if (i == 0 || !is_digit(static_cast<unsigned char>(s[i - 1]))) {
        if (auto c = digit_candidate(s, i, e, lex); c && !c->readings.empty()) {
          c->piece = piece;
          out.push_back(std::move(*c));
        }
      }
      i = e;
      continue;
    }
    i = next;
  }
  for (Candidate& c : out) c.piece = piece;
  return out;
}

bool defined(const std::vector<std::string>& footnotes, int n) {
  return n >= 1 && static_cast<size_t>(n) <= footnotes.size() && !footnotes[static_cast<size_t>(n - 1)].empty();
}

/// The chosen reading of each candidate (-1: left as text), by the dynamic programme of the essay.
std::vector<int> decide(const std::vector<Candidate>& cands, const std::vector<std::string>& footnotes) {
  int top = static_cast<int>(footnotes.size());
  for (const Candidate& c : cands)
    if (c.place == Place::Certain)
      for (const Reading& r : c.readings) top = std::max(top, r.last);
  const size_t states = static_cast<size_t>(top) + 1;
  // missing[m]: defined footnotes numbered 1..m (prefix counts), to price the ones a jump skips.
  std::vector<int> defined_upto(states, 0);
  for (int n = 1; n <= top; ++n) defined_upto[static_cast<size_t>(n)] = defined_upto[static_cast<size_t>(n - 1)] + defined(footnotes, n);
  auto skipped = [&](int from, int to) {  // defined footnotes strictly between from and to
    return to - 1 > from ? defined_upto[static_cast<size_t>(to - 1)] - defined_upto[static_cast<size_t>(from)] : 0;
  };
  // Which footnote numbers appear after which words anywhere: evidence for a repeat.
  std::vector<std::vector<std::pair<size_t, std::string>>> seen(states);
  for (size_t k = 0; k < cands.size(); ++k)
    for (const Reading& r : cands[k].readings)
      if (r.first == r.last && r.first >= 1 && r.first <= top) seen[static_cast<size_t>(r.first)].push_back({k, cands[k].context});
  auto same_word_before = [&](size_t k, int n) {
    for (const auto& [at, word] : seen[static_cast<size_t>(n)])
      if (at < k && !word.empty() && word == cands[k].context) return true;
    return false;
  };

  struct Step {
    int from = -1;     // the state before this candidate
    int reading = -1;  // -1: left as text
  };
  std::vector<double> best(states, kNever);
  best[0] = 0;
  std::vector<std::vector<Step>> back(cands.size(), std::vector<Step>(states));
  for (size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    const bool certain = c.place == Place::Certain;
    std::vector<double> next(states, kNever);
    if (!certain)
      for (size_t m = 0; m < states; ++m)
        if (best[m] > kNever) next[m] = best[m], back[k][m] = {static_cast<int>(m), -1};
    for (size_t r = 0; r < c.readings.size(); ++r) {
      const Reading& reading = c.readings[r];
      bool cites_defined = true;
      for (int n = reading.first; n <= reading.last; ++n) cites_defined = cites_defined && defined(footnotes, n);
      if (!certain && !cites_defined) continue;
      for (size_t m = 0; m < states; ++m) {
        if (best[m] == kNever) continue;
        const int state = static_cast<int>(m);
        double score = 0;
        size_t to = m;
        if (reading.first < 1) {  // a superscript zero: taken out, cites nothing
          score = best[m];
        } else if (reading.first > state) {
          score = best[m] + reading.weight - kMissing * skipped(state, reading.first);
          to = static_cast<size_t>(reading.last);
        } else if (reading.last <= state || certain) {
          double refund = reading.first == reading.last && same_word_before(k, reading.first) ? kSameWord : 0;
          score = best[m] + reading.weight - (certain ? 0 : kRepeat - refund);
          to = std::max(m, static_cast<size_t>(reading.last));
        } else {
          continue;
        }
        if (score > next[to]) next[to] = score, back[k][to] = {state, static_cast<int>(r)};
      }
    }
    best = std::move(next);
  }
  int end = 0;
  double end_score = kNever;
  for (size_t m = 0; m < states; ++m) {
    if (best[m] == kNever) continue;
    double score = best[m] - kMissing * (defined_upto[states - 1] - defined_upto[m]);
    if (score > end_score) end_score = score, end = static_cast<int>(m);
  }
  std::vector<int> chosen(cands.size(), -1);
  for (size_t k = cands.size(); k-- > 0;) {
    const Step& step = back[k][static_cast<size_t>(end)];
    chosen[k] = step.reading;
    end = step.from < 0 ? 0 : step.from;
  }
  return chosen;
}

}  // namespace

void take_markers(std::vector<Piece>& body, const std::vector<std::string>& footnotes, const Lexicon& lex,
                  Warnings& warnings, bool raised_known) {
  std::vector<Candidate> cands;
  for (size_t p = 0; p < body.size(); ++p) {
    std::vector<Candidate> more = candidates(body[p].text, p, lex);
    for (Candidate& c : more)
      if (!raised_known || c.place == Place::Certain) cands.push_back(std::move(c));
  }
  std::vector<int> chosen = decide(cands, footnotes);

  std::vector<bool> cited(footnotes.size() + 1, false);
  size_t k = 0;
  for (size_t p = 0; p < body.size(); ++p) {
    Piece& piece = body[p];
    const std::string& s = piece.text;
    size_t first = k;  // the piece's candidates; its text is rebuilt only when one of them cites
    while (first < cands.size() && cands[first].piece == p && chosen[first] < 0) ++first;
    if (first == cands.size() || cands[first].piece != p) {
      k = first;
      continue;
    }
    k = first;
    std::string out;
    size_t copied = 0;
    for (; k < cands.size() && cands[k].piece == p; ++k) {
      if (chosen[k] < 0) continue;
      const Reading& r = cands[k].readings[static_cast<size_t>(chosen[k])];
      if (r.cut_begin < copied) continue;
      out.append(s, copied, r.cut_begin - copied);
      copied = r.cut_end;
      for (int n = r.first; n >= 1 && n <= r.last; ++n) {
        if (defined(footnotes, n)) {
          piece.cites.push_back(Cite{out.size(), n});
          cited[static_cast<size_t>(n)] = true;
        } else {
          warnings.push_back("line " + std::to_string(piece.line) + ": footnote " + std::to_string(n) +
                             " is cited but not defined");
        }
      }
    }
    out.append(s, copied, std::string::npos);
    piece.text = std::move(out);
  }
  for (size_t n = 1; n <= footnotes.size(); ++n)
    if (!footnotes[n - 1].empty() && !cited[n])
      warnings.push_back("footnote " + std::to_string(n) + " is defined but no marker for it was found");
}

}  // namespace resdiff::segmenter
