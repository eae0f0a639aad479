// Property test of the technical-update rule (docs/TECHNICAL.md): `--ignore-technical` never
// hides a substantive edit, and the rule's own cases stay technical.
//
// A case takes a real clause of a corpus document (its session known: 76 for 76/28, 80 for the
// others), picks one calendar-looking word in it — a day before a month, a month name, a year, a
// plain number, an ordinal, a resolution or document symbol — and edits it, then compares a
// one-clause old document (the real clause, of the real session) with a one-clause new one (the
// edited clause) whose session is 0, 1 or 4 sessions later, with CompareOptions::ignore_technical.
//
// Edits outside the rule (each must leave the clause changed, and the entry not technical):
//   day        a day before a month changed, its year left alone (nothing moved with it)
//   month      a month name replaced by another
//   year       a year moved by anything but the step, or a historical year (far from the
//              document's time) moved by the step
//   count      a plain number (no year, no day, no paragraph number) changed
//   ordinal    an ordinal moved by anything but the step; one that counts no session, meeting,
//              anniversary or observance, moved by any amount
//   serial     a resolution's or document's serial number changed, its session left alone
//   far day    a date's year moved by the step, its day moved by more than a week
//   one step   with a step of 0 (one session), any of the edits the rule would allow otherwise
// Edits inside the rule (each must make the entry technical, and unchanged under ignore_technical):
//   year       a year standing alone ("in 2021", "for 2025") near the document's time, moved by the step
//   session    an ordinal before "session" moved by the step
//   symbol     a resolution's session part near the document's moved by the step, its serial
//              changed (and its date's year moved by the step, if it has a date), or an A/
//              document symbol's
//
// The seed is fixed: a failure names its case, and rerunning gives the same case.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "resdiff/regex.hpp"
#include "resdiff/resdiff.hpp"

using namespace resdiff;

namespace {

constexpr int kCases = 20000;

struct Source {
  std::string name;
  Document doc;
  int session = 0;
};

const std::vector<Source>& corpus() {
  static const std::vector<Source> docs = [] {
    std::vector<Source> out;
    for (const char* name : {"A_RES_76_28.seed.md", "A_RES_80_41.md", "A_RES_80_24.md", "A_RES_80_2.md", "A_RES_80_10.md",
                             "A_RES_80_11.md", "A_RES_80_19.md", "A_RES_80_38.md", "A_RES_80_5.md"}) {
      Expected<Document> d = read_document(std::string(RESDIFF_FIXTURES) + "/" + name);
      if (d && d->meta.session) out.push_back({name, *d, *d->meta.session});
    }
    return out;
  }();
  return docs;
}

const std::vector<std::string> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};

int month_of(const std::string& w) {
  for (size_t k = 0; k < kMonths.size(); ++k)
    if (kMonths[k] == w) return static_cast<int>(k) + 1;
  return 0;
}

/// English ordinal in words, 1 to 99.
std::string ordinal_words(int n) {
  static const std::vector<std::string> small = {"first",      "second",     "third",      "fourth",      "fifth",
                                                 "sixth",      "seventh",    "eighth",     "ninth",       "tenth",
                                                 "eleventh",   "twelfth",    "thirteenth", "fourteenth",  "fifteenth",
                                                 "sixteenth",  "seventeenth", "eighteenth", "nineteenth"};
  static const std::vector<std::string> tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  static const std::vector<std::string> tens_ordinal = {"twentieth", "thirtieth", "fortieth", "fiftieth",
                                                        "sixtieth",  "seventieth", "eightieth", "ninetieth"};
  if (n < 20) return small[static_cast<size_t>(n - 1)];
  if (n % 10 == 0) return tens_ordinal[static_cast<size_t>(n / 10 - 2)];
  return tens[static_cast<size_t>(n / 10 - 2)] + "-" + small[static_cast<size_t>(n % 10 - 1)];
}

/// Value of an ordinal in words (1–99), 0 if the word is none.
int ordinal_of(const std::string& w) {
  std::string lower;
  for (char c : w) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int n = 1; n < 100; ++n)
    if (ordinal_words(n) == lower) return n;
  return 0;
}

std::string capitalised_like(const std::string& word, const std::string& like) {
  std::string out = word;
  if (!like.empty() && std::isupper(static_cast<unsigned char>(like[0]))) out[0] = static_cast<char>(std::toupper(out[0]));
  return out;
}

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

/// A clause's words as split at spaces, each with its core (leading "(" and trailing punctuation off).
struct Token {
  std::string lead, core, tail;
  std::string whole() const { return lead + core + tail; }
};

std::vector<Token> tokens_of(const std::string& text) {
  std::vector<Token> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) {
    Token t;
    size_t a = 0;
    while (a < w.size() && (w[a] == '(' || w[a] == '[' || w[a] == '\xe2')) {
      if (w[a] == '\xe2') break;  // a curly quote: leave the word alone
      ++a;
    }
    size_t b = w.size();
    while (b > a && std::string(",;.:)]").find(w[b - 1]) != std::string::npos) --b;
    t.lead = w.substr(0, a);
    t.core = w.substr(a, b - a);
    t.tail = w.substr(b);
    out.push_back(t);
  }
  return out;
}

std::string join(const std::vector<Token>& tokens) {
  std::string out;
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (k > 0) out += ' ';
    out += tokens[k].whole();
  }
  return out;
}

/// A one-clause document of a session.
Document one_clause(const Clause& clause, const std::string& text, int session) {
  Document d;
  Clause c = clause;
  c.text = text;
  c.footnotes.clear();
  d.clauses.push_back(c);
  d.meta.session = session;
  return d;
}

/// True when year is near the time of a session (as docs/TECHNICAL.md defines it).
bool near(int year, int session) { return year >= session + 1944 && year <= session + 1947; }

/// An edit of one clause: the new text and what kind of edit it is.
struct Mutation {
  std::string text;
  std::string what;
  bool technical = false;  ///< inside the rule
};

/// A random edit of text's word k, given the step; nullopt when word k suits no edit.
std::optional<Mutation> mutate(std::vector<Token> t, size_t k, int step, int session, std::mt19937& rng) {
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  auto other = [&](int value, int lo, int hi, auto&& allowed) {
    for (int tries = 0; tries < 50; ++tries) {
      int v = pick(lo, hi);
      if (v != value && allowed(v)) return v;
    }
    return value;
  };
  const std::string core = t[k].core;
  const std::string prev = k > 0 ? t[k - 1].core : "";
  const std::string next = k + 1 < t.size() ? t[k + 1].core : "";
  const std::string after_next = k + 2 < t.size() ? t[k + 2].core : "";
  const bool next_is_month = month_of(next) > 0 && t[k].tail.empty();
  Mutation m;

  if (all_digits(core) && core.size() <= 2 && std::stoi(core) >= 1 && std::stoi(core) <= 31 && next_is_month) {
    int day = std::stoi(core);
    bool year_after = k + 2 < t.size() && all_digits(after_next) && after_next.size() == 4;
    if (step != 0 && year_after && near(std::stoi(after_next), session) && pick(0, 1) == 0) {
      // far day: the year moved by the step, the day by more than a week
      int shifted = day > 15 ? day - pick(8, 14) : day + pick(8, 14);
      t[k].core = std::to_string(shifted);
      t[k + 2].core = std::to_string(std::stoi(after_next) + step);
      m.what = "far day";
    } else {
      t[k].core = std::to_string(other(day, 1, 28, [](int) { return true; }));
      m.what = "day";
    }
  } else if (month_of(core) > 0 && (all_digits(prev) || all_digits(next))) {
    int month = month_of(core);
    t[k].core = kMonths[static_cast<size_t>(other(month, 1, 12, [](int) { return true; }) - 1)];
    m.what = "month";
  } else if (all_digits(core) && core.size() == 4 && std::stoi(core) >= 1900 && std::stoi(core) <= 2099) {
    int year = std::stoi(core);
    const bool alone = t[k].lead.empty() && month_of(prev) == 0;
    if (step != 0 && near(year, session) && alone && pick(0, 1) == 0) {
      t[k].core = std::to_string(year + step);
      m.what = "year in rule";
      m.technical = true;
    } else if (step != 0 && !near(year, session) && pick(0, 1) == 0) {
      t[k].core = std::to_string(year + step);
      m.what = "historical year";
    } else {
      t[k].core = std::to_string(other(year, year - 6, year + 6, [&](int v) { return v - year != step; }));
      m.what = "year";
    }
  } else if (all_digits(core) && core.size() <= 6) {
    std::string lower_prev = prev;
    for (char& c : lower_prev) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower_prev.rfind("paragraph", 0) == 0 || lower_prev.rfind("subparagraph", 0) == 0 || next_is_month) return std::nullopt;
    int n = std::stoi(core);
    t[k].core = std::to_string(other(n, std::max(0, n - 9), n + 9, [](int) { return true; }));
    m.what = "count";
  } else if (int v = ordinal_of(core); v > 0) {
    auto lower = [](std::string w) {
      for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return w;
    };
    auto is_event = [](const std::string& w) {
      return w == "session" || w == "sessions" || w == "meeting" || w == "meetings" || w == "anniversary" || w == "observance";
    };
    const bool qualified = lower(next) == "regular" || lower(next) == "ordinary" || lower(next) == "annual" || lower(next) == "plenary";
    const bool event = t[k].tail.empty() && (is_event(lower(next)) || (qualified && t[k + 1].tail.empty() && is_event(lower(after_next))));
    if (event && lower(next) == "session" && step != 0 && v + step < 100 && pick(0, 1) == 0) {
      t[k].core = capitalised_like(ordinal_words(v + step), core);
      m.what = "session in rule";
      m.technical = true;
    } else {
      int w = other(v, std::max(1, v - 6), std::min(99, v + 6), [&](int x) { return !event || x - v != step; });
      if (w == v) return std::nullopt;
      t[k].core = capitalised_like(ordinal_words(w), core);
      m.what = event ? "event off the step" : "ordinal";
    }
  } else if (std::regex_match(core, std::regex("A/([0-9]{2})/([0-9]{1,4})"))) {
    std::smatch parts;
    std::regex_match(core, parts, std::regex("A/([0-9]{2})/([0-9]{1,4})"));
    int s = std::stoi(parts[1].str());
    int serial = std::stoi(parts[2].str());
    if (step != 0 && std::abs(s - session) <= 3 && pick(0, 1) == 0) {
      t[k].core = "A/" + std::to_string(s + step) + "/" + std::to_string(serial + pick(1, 50));
      m.what = "symbol in rule";
      m.technical = true;
    } else {
      t[k].core = "A/" + parts[1].str() + "/" + std::to_string(serial + pick(1, 50));
      m.what = "serial";
    }
  } else if (std::regex_match(core, std::regex("([0-9]{2})/([0-9]{1,3})"))) {
    std::smatch parts;
    std::regex_match(core, parts, std::regex("([0-9]{2})/([0-9]{1,3})"));
    int s = std::stoi(parts[1].str());
    const std::string serial = std::to_string(std::stoi(parts[2].str()) + pick(1, 50));
    // Its date, if it has one: "75/58 of 7 December 2020".
    const bool dated = t[k].tail.empty() && next == "of" && k + 4 < t.size() && month_of(t[k + 3].core) > 0 &&
                       all_digits(t[k + 4].core) && t[k + 4].core.size() == 4;
    if (step != 0 && std::abs(s - session) <= 3 && pick(0, 1) == 0) {
      t[k].core = std::to_string(s + step) + "/" + serial;
      if (dated) t[k + 4].core = std::to_string(std::stoi(t[k + 4].core) + step);
      m.what = "resolution in rule";
      m.technical = true;
    } else {
      t[k].core = parts[1].str() + "/" + serial;
      m.what = "serial";
    }
  } else {
    return std::nullopt;
  }
  if (step == 0 && m.technical) {
    m.technical = false;
    m.what = "one step: " + m.what;
  }
  m.text = join(t);
  return m;
}

/// What word k looks like: "day", "month", "year", "number", "ordinal", "symbol", or "" (nothing to edit).
std::string look(const std::vector<Token>& t, size_t k) {
  const std::string& w = t[k].core;
  if (all_digits(w) && w.size() == 4) return "year";
  if (all_digits(w) && w.size() <= 2 && k + 1 < t.size() && month_of(t[k + 1].core) > 0) return "day";
  if (all_digits(w)) return "number";
  if (month_of(w) > 0) return "month";
  if (ordinal_of(w) > 0) return "ordinal";
  if (w.find('/') != std::string::npos) return "symbol";
  return "";
}

/// Runs cases [from, to): each edit outside the rule stays visible, each inside it is technical.
void run_cases(int from, int to, std::map<std::string, int>& tally) {
  const std::vector<Source>& docs = corpus();
  REQUIRE(docs.size() >= 8);
  std::mt19937 rng(20261201u);
  CompareOptions hide;
  hide.ignore_technical = true;
  for (int n = 0; n < to; ++n) {
    const Source& src = docs[static_cast<size_t>(rng() % docs.size())];
    const Clause& clause = src.doc.clauses[rng() % src.doc.clauses.size()];
    const int step = std::vector<int>{0, 1, 4}[rng() % 3];
    std::vector<Token> tokens = tokens_of(clause.text);
    if (tokens.empty()) continue;
    // Words by what they look like, so that every kind is tried about as often.
    std::map<std::string, std::vector<size_t>> kinds;
    for (size_t k = 0; k < tokens.size(); ++k) kinds[look(tokens, k)].push_back(k);
    kinds.erase("");
    std::optional<Mutation> m;
    for (int tries = 0; tries < 8 && !m && !kinds.empty(); ++tries) {
      auto it = std::next(kinds.begin(), static_cast<long>(rng() % kinds.size()));
      m = mutate(tokens, it->second[rng() % it->second.size()], step, src.session, rng);
    }
    if (n < from || !m || m->text == join(tokens)) continue;
    const std::string old_text = join(tokens);  // white space as the mutation writes it
    Document a = one_clause(clause, old_text, src.session);
    Document b = one_clause(clause, m->text, src.session + step);
    Report shown = compare(a, b);
    Report hidden = compare(a, b, hide);
    INFO("case " << n << " (" << src.name << ", step " << step << ", " << m->what << ")\n  old: " << old_text
                 << "\n  new: " << m->text);
    REQUIRE(shown.entries.size() == 1);
    REQUIRE(hidden.entries.size() == 1);
    ++tally[m->what];
    if (m->technical) {
      CHECK(shown.entries[0].technical);
      CHECK(hidden.entries[0].status == Status::Unchanged);
    } else {
      CHECK_FALSE(shown.entries[0].technical);
      CHECK(hidden.entries[0].status != Status::Unchanged);
      CHECK(hidden.has_differences());
    }
  }
}

}  // namespace

TEST_CASE("technical property: no edit outside the rule is hidden, the rule's own edits are technical") {
  std::map<std::string, int> tally;
  run_cases(0, kCases, tally);
  std::ostringstream table;
  for (const auto& [what, count] : tally) table << "  " << what << ": " << count << "\n";
  WARN("technical property, cases by kind of edit:\n" << table.str());
  // Every kind of edit was tried often enough to mean something.
  for (const char* what : {"day", "month", "year", "historical year", "count", "ordinal", "event off the step", "serial",
                           "far day", "year in rule", "session in rule", "resolution in rule"}) {
    INFO(what);
    CHECK(tally[what] >= 20);
  }
}
