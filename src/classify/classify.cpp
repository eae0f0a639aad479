// Technical or substantive: does a change only move references along with the calendar?
//
// Every session the same resolution comes back with its references updated: the resolution it
// recalls, the report it takes note of, the session it asks for a report at, the dates of the
// meetings it mentions. Those edits are technical; a drafter wants to see them apart from the
// ones that change what the Assembly says.
//
// A replacement (the text a change region deleted, and the text it inserted) is technical when
//   1. both sides are non-empty (a pure insertion or deletion always says something new),
//   2. each side holds at least one calendar token, and
//   3. with calendar tokens, white space and punctuation taken out, the words left on both sides
//      are the same, in the same order, with the same case.
// Calendar tokens are years (1900–2099, also "2020-2021"), month names, day numbers next to a
// month ("7 December", "25 and 26 October"), resolution symbols ("75/58", "54/237 C", "S-10/2"),
// document symbols ("A/76/189", "A/RES/80/41", "A/80/L.11", "S/2024/767"), ordinals in words
// ("seventy-seventh", "Eighteenth") or digits ("45th", "52nd": meeting numbers).
//
// References to the Assembly's own sessions must also keep their distance from the document's
// session (4.): an ordinal followed by "session" and the session part of "75/58" or "A/76/189".
// In A/RES/76/28 "its seventy-seventh session" is the next session (+1); A/RES/80/41 says
// "eighty-first" (+1 from 80): technical. Had it said "eighty-second" (+2) the Assembly would
// have postponed the report: substantive. "75/58" in 76/28 and "79/42" in 80/41 both recall the
// previous session (−1). Other ordinals (the Eighteenth Summit, the sixty-fifth regular session
// of an agency's General Conference) count events that recur on their own calendars and are
// accepted as they are; so is everything when a document's session is unknown. An ordinal that
// names a body ("First Committee" → "Second Committee") is no calendar token.
//
// References to the document's own paragraphs ("paragraph 5 above", see references.cpp) are
// calendar tokens of their own kind: "paragraph 5 above" → "paragraph 6 above" is technical when
// the alignment paired old operative 5 with new operative 6 (CalendarContext::paragraphs), and
// substantive otherwise — pointing at another paragraph changes what the text says.
//
// The calendar words (months, ordinals in words, "session", "Committee") are the documents' own
// languages' (CalendarContext::old_language, new_language; see include/resdiff/language.hpp).
//
// classify() reads each side of the edit script as a whole, so that a change of just
// "seventy-seventh" → "eighty-first" still sees the "session" after it, "7" → "2" the
// "December" beside it, and "5" → "6" the "paragraph … above" around it.
#include <algorithm>
#include <cctype>
#include <string>

#include "classify/calendar.hpp"
#include "diff/tokens.hpp"
#include "resdiff/classify.hpp"

namespace resdiff {
namespace {

/// A reference to the Assembly's own session, with its kind so that like is compared with like;
/// or (Paragraph) a reference to one of the document's own paragraphs.
enum class SessionRef { None, Ordinal, Resolution, Document, Paragraph };

/// One word token of a text, with what the calendar analysis found out about it.
struct Word {
  size_t begin = 0, end = 0;  ///< byte range in the text
  std::string_view text;
  bool calendar = false;
  SessionRef ref = SessionRef::None;
  int session = 0;  ///< the session the reference names, when ref is a session reference
  int paragraph = -1;      ///< Paragraph: which reference of the text (words of "2 (a)" share one)
  std::string number = {}; ///< Paragraph: the number path referred to ("2 (a)")
};

/// True for a non-empty run of ASCII digits.
bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

/// The value of a run of at most six digits (-1 when longer).
int number(std::string_view s) { return s.size() > 6 ? -1 : std::stoi(std::string(s)); }

/// A year 1900–2099, or a range of them ("2020-2021", "2021-25").
bool is_year(std::string_view s) {
  if (s.size() == 4 && all_digits(s)) return number(s) >= 1900 && number(s) <= 2099;
  // Ranges: "2020-2021", "2021-25".
  size_t dash = s.find('-');
  if (dash == std::string_view::npos) return false;
  std::string_view tail = s.substr(dash + 1);
  return is_year(s.substr(0, dash)) && all_digits(tail) && (tail.size() == 2 || is_year(tail));
}

/// A day of a month, 1–31, or a range of two ("25-26").
bool is_day_number(std::string_view s) {
  if (all_digits(s)) return s.size() <= 2 && number(s) >= 1 && number(s) <= 31;
  size_t dash = s.find('-');  // "25-26"
  return dash != std::string_view::npos && is_day_number(s.substr(0, dash)) && is_day_number(s.substr(dash + 1)) &&
         s.substr(dash + 1).find('-') == std::string_view::npos;
}

/// "75/58" → session 75; "54/237" and the like. Returns the first number, or -1.
int resolution_session(std::string_view s) {
  size_t slash = s.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 4) return -1;
  std::string_view tail = s.substr(slash + 1);
  if (!all_digits(s.substr(0, slash)) || !all_digits(tail) || tail.size() > 4) return -1;
  return number(s.substr(0, slash));
}

/// "S-10/2", "ES-10/2": resolutions of special sessions.
bool is_special_resolution(std::string_view s) {
  size_t dash = s.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 2) return false;
  for (char c : s.substr(0, dash))
    if (c < 'A' || c > 'Z') return false;
  return resolution_session(s.substr(dash + 1)) >= 0;
}

/// "A/76/189", "A/RES/80/41", "S/2024/767", "A/CONF.229/2017/8": true, with the session for A/ symbols.
bool is_document_symbol(std::string_view s, int& session) {
  session = -1;
  if (s.find('/') == std::string_view::npos || s.front() < 'A' || s.front() > 'Z') return false;
  if (std::none_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return false;  // "UN/DESA" names an office, not a document
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '/' && c != '.' && c != '-') return false;
  std::vector<std::string_view> parts;
  for (size_t at = 0;;) {
    size_t slash = s.find('/', at);
    parts.push_back(s.substr(at, slash - at));
    if (slash == std::string_view::npos) break;
    at = slash + 1;
  }
  if (std::any_of(parts.begin(), parts.end(), [](std::string_view p) { return p.empty(); })) return false;
  if (parts[0] == "A") {
    size_t k = parts.size() > 2 && parts[1] == "RES" ? 2 : 1;
    if (k < parts.size() && all_digits(parts[k]) && parts[k].size() <= 3) session = number(parts[k]);
  }
  return true;
}

/// The word tokens of text, with calendar tokens and session references marked in the words of language.
std::vector<Word> analyse(const Tokenizer& tokenizer, std::string_view text, const Language& language) {
  std::vector<Word> words;
  size_t at = 0;
  for (const std::string& token : tokenizer.tokenize(text)) {
    if (diff_stage::is_word_token(token)) words.push_back({at, at + token.size(), text.substr(at, token.size())});
    at += token.size();
  }
  auto next_is = [&](size_t k, WordList list) { return k + 1 < words.size() && lang::listed(list, words[k + 1].text); };
  auto is_month = [&](std::string_view w) { return lang::month_number(language, w) > 0; };
  for (size_t k = 0; k < words.size(); ++k) {
    Word& w = words[k];
    int session = -1;
    if (is_year(w.text) || is_month(w.text) || is_special_resolution(w.text)) {
      w.calendar = true;
    } else if (auto v = lang::ordinal_value(language, w.text)) {
      w.calendar = !next_is(k, language.numbered_bodies);  // the First Committee stays first
      if (next_is(k, language.session_words)) {
        w.ref = SessionRef::Ordinal;
        w.session = *v;
      }
    } else if ((session = resolution_session(w.text)) >= 0) {
      w.calendar = true;
      if (session < 1000) {  // not a year range such as "2024/25"
        w.ref = SessionRef::Resolution;
        w.session = session;
      }
      // "54/237 C": the letter of a resolution in parts.
      if (k + 1 < words.size() && words[k + 1].text.size() == 1 && std::isupper(static_cast<unsigned char>(words[k + 1].text[0])))
        words[k + 1].calendar = true;
    } else if (is_document_symbol(w.text, session)) {
      w.calendar = true;
      if (session >= 0) {
        w.ref = SessionRef::Document;
        w.session = session;
      }
    }
  }
  // Day numbers, right to left so that "25 and 26 October" sees 26 before 25.
  for (size_t k = words.size(); k-- > 0;) {
    Word& w = words[k];
    if (w.calendar || !is_day_number(w.text)) continue;
    bool month_next = k + 1 < words.size() && is_month(words[k + 1].text);
    bool month_before = k > 0 && is_month(words[k - 1].text);
    bool joined = k + 2 < words.size() && lang::listed(language.day_conjunctions, words[k + 1].text) && words[k + 2].calendar &&
                  is_day_number(words[k + 2].text);
    w.calendar = month_next || month_before || joined;
  }
  // References to the document's own paragraphs ("paragraph 5 above"): judged by the renumbering.
  std::vector<std::pair<size_t, size_t>> ranges;
  ranges.reserve(words.size());
  for (const Word& w : words) ranges.emplace_back(w.begin, w.end);
  int id = 0;
  for (const classify_stage::OwnReference& r : classify_stage::own_references(text, ranges, language)) {
    for (size_t k = r.first_word; k <= r.last_word; ++k) {
      words[k].calendar = true;
      words[k].ref = SessionRef::Paragraph;
      words[k].paragraph = id;
      words[k].number = r.number;
    }
    ++id;
  }
  return words;
}

/// The language a CalendarContext names (English when it names none).
const Language& language_of(const Language* language) { return language ? *language : lang::english(); }

/// The words of `words` that overlap the byte range [begin, end).
std::pair<size_t, size_t> words_in(const std::vector<Word>& words, size_t begin, size_t end) {
  auto first = std::find_if(words.begin(), words.end(), [&](const Word& w) { return w.end > begin; });
  auto last = std::find_if(first, words.end(), [&](const Word& w) { return w.begin >= end; });
  return {static_cast<size_t>(first - words.begin()), static_cast<size_t>(last - words.begin())};
}

/// The replacement of old_words[a) by new_words[b) is technical (see the essay above).
bool judge(const std::vector<Word>& old_words, std::pair<size_t, size_t> a, const std::vector<Word>& new_words,
           std::pair<size_t, size_t> b, const CalendarContext& context) {
  struct Side {
    std::vector<std::string_view> rest;     ///< words that are no calendar tokens
    std::vector<const Word*> sessions;      ///< session references
    std::vector<const Word*> paragraphs;    ///< own paragraph references, one word each
    bool calendar = false;
  };
  auto read = [](const std::vector<Word>& words, std::pair<size_t, size_t> range) {
    Side side;
    for (size_t k = range.first; k < range.second; ++k) {
      const Word& w = words[k];
      side.calendar |= w.calendar;
      if (!w.calendar) side.rest.push_back(w.text);
      if (w.ref == SessionRef::Paragraph) {
        if (side.paragraphs.empty() || side.paragraphs.back()->paragraph != w.paragraph) side.paragraphs.push_back(&w);
      } else if (w.ref != SessionRef::None) {
        side.sessions.push_back(&w);
      }
    }
    return side;
  };
  Side old_side = read(old_words, a);
  Side new_side = read(new_words, b);
  if (!old_side.calendar || !new_side.calendar || old_side.rest != new_side.rest) return false;
  if (old_side.sessions.size() != new_side.sessions.size()) return false;
  for (size_t k = 0; k < old_side.sessions.size(); ++k) {
    const Word& o = *old_side.sessions[k];
    const Word& n = *new_side.sessions[k];
    if (o.ref != n.ref) return false;
    if (context.old_session && context.new_session && o.session - *context.old_session != n.session - *context.new_session)
      return false;
  }
  if (old_side.paragraphs.size() != new_side.paragraphs.size()) return false;
  for (size_t k = 0; k < old_side.paragraphs.size(); ++k) {
    auto it = context.paragraphs.find(old_side.paragraphs[k]->number);
    if (it == context.paragraphs.end() || it->second != new_side.paragraphs[k]->number) return false;
  }
  return true;
}

}  // namespace

std::optional<int> ordinal_value(std::string_view word) { return lang::ordinal_value(lang::english(), word); }

bool is_technical_change(std::string_view old_text, std::string_view new_text, const CalendarContext& context) {
  if (old_text.empty() || new_text.empty()) return false;
  const Tokenizer tokenizer;
  std::vector<Word> old_words = analyse(tokenizer, old_text, language_of(context.old_language));
  std::vector<Word> new_words = analyse(tokenizer, new_text, language_of(context.new_language));
  return judge(old_words, {0, old_words.size()}, new_words, {0, new_words.size()}, context);
}

void classify(std::vector<Edit>& edits, const CalendarContext& context) {
  const Tokenizer tokenizer;  // cheap: ICU shares the rules; a clone of one iterator
  std::string old_text = reconstruct(edits, true);
  std::string new_text = reconstruct(edits, false);
  std::vector<Word> old_words = analyse(tokenizer, old_text, language_of(context.old_language));
  std::vector<Word> new_words = analyse(tokenizer, new_text, language_of(context.new_language));
  size_t old_at = 0, new_at = 0;
  for (size_t k = 0; k < edits.size();) {
    if (edits[k].op == Edit::Op::Equal) {
      edits[k].technical = false;
      old_at += edits[k].text.size();
      new_at += edits[k].text.size();
      ++k;
      continue;
    }
    size_t end = k;
    size_t old_end = old_at, new_end = new_at;
    for (; end < edits.size() && edits[end].op != Edit::Op::Equal; ++end)
      (edits[end].op == Edit::Op::Delete ? old_end : new_end) += edits[end].text.size();
    bool technical = old_end > old_at && new_end > new_at &&
                     judge(old_words, words_in(old_words, old_at, old_end), new_words,
                           words_in(new_words, new_at, new_end), context);
    for (; k < end; ++k) edits[k].technical = technical;
    old_at = old_end;
    new_at = new_end;
  }
}

}  // namespace resdiff
