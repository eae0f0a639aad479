// Technical or substantive: does a change only move references along with the calendar?
//
// The words that spell the references (months, ordinals, "session") are the documents'
// languages' (CalendarContext::old_language, new_language; include/resdiff/language.hpp).
//
// Every session the same resolution comes back with its references updated: the resolution it
// recalls, the report it takes note of, the session it asks for a report at. Those edits are
// technical; a drafter wants to see them apart from the ones that change what the Assembly says,
// and `--ignore-technical` hides them. It must never hide anything else, so the rule is exact
// (docs/TECHNICAL.md): an edit is technical only when it moves with the calendar as the two
// documents' sessions moved.
//
// A replacement (the text a change region deleted and the text it inserted) is technical when
//   1. both sides are non-empty (a pure insertion or deletion always says something new);
//   2. the calendar items it touches (items.cpp: symbols, event ordinals, dates, years, own
//      paragraph references), taken whole, are in the same order and of the same kinds on both
//      sides, and every other word and punctuation mark is the same, in the same order, with
//      the same case (white space aside; what CalendarContext::tolerance ignores aside too);
//   3. each item of the old side moves with the calendar into its partner (rule.cpp), and at
//      least one of them changed.
// An item is taken whole even when the change region holds only part of it: in "75/58 of 7
// December 2020" → "79/42 of 2 December 2024" a region "7" → "2" is judged as the date "7 December
// 2020" → "2 December 2024" dating the resolution "75/58" → "79/42". classify() therefore reads each
// side of the edit script as a whole text, once.
//
// Worked example (A/RES/76/28 → A/RES/80/41, step 4): OP5 "… at its −seventy-seventh
// +eighty-first session;" — the region touches one Event item on each side; 77 → 81 moves by
// 4: technical. PP8 "… of the −Eighteenth +Nineteenth Summit, held in −Baku on 25 and 26 October
// 2019 +Kampala on 19 and 20 January 2024 …" — "Eighteenth" is no item (a summit is not counted in
// sessions), so the first region's words differ: substantive; the second has "Baku" ≠ "Kampala":
// substantive.
#include <algorithm>

#include "classify/calendar.hpp"
#include "resdiff/classify.hpp"
#include "diff/tokens.hpp"
#include "resdiff/text.hpp"

namespace resdiff {
namespace {

using classify_stage::Analysis;
using classify_stage::Calendar;
using classify_stage::Item;

/// The language a CalendarContext names (English when it names none).
const Language& language_of(const Language* language) { return language ? *language : lang::english(); }

/// The first token at or after byte offset `at`.
size_t token_at(const Analysis& a, size_t at) {
  return static_cast<size_t>(std::lower_bound(a.token_begin.begin(), a.token_begin.end(), at) - a.token_begin.begin());
}

/// One side of a replacement as the rule reads it: the other words, and the items in order.
struct Side {
  std::vector<std::string> rest;  ///< words and punctuation in no item (under the tolerance); an item's place as "\x01"
  std::vector<const Item*> items;
};

/// The side of a replacement covering bytes [begin, end) of a's text, every item it touches whole;
/// the other words as the tolerance reads them (what it ignores left out).
Side read_side(const Analysis& a, size_t begin, size_t end, const Tolerance& tolerance) {
  size_t first = token_at(a, begin), last = token_at(a, end);  // tokens [first, last)
  // Grow the range to whole items.
  if (first < a.tokens.size() && a.token_item[first] >= 0) first = token_at(a, a.items[static_cast<size_t>(a.token_item[first])].begin);
  if (last > 0 && last <= a.tokens.size() && a.token_item[last - 1] >= 0)
    last = token_at(a, a.items[static_cast<size_t>(a.token_item[last - 1])].end);
  Side side;
  int previous = -1;
  for (size_t t = first; t < last; ++t) {
    int item = a.token_item[t];
    if (item >= 0) {
      if (item != previous) {
        side.items.push_back(&a.items[static_cast<size_t>(item)]);
        side.rest.emplace_back("\x01");
      }
      previous = item;
      continue;
    }
    previous = -1;
    std::string_view token = a.tokens[t];
    if (diff_stage::is_space_token(token)) continue;
    if (!tolerance.any()) {
      side.rest.emplace_back(token);
    } else if (std::string key = text::tolerant_key(token, tolerance); !key.empty()) {
      side.rest.push_back(std::move(key));  // a comma under --ignore-punctuation is nothing
    }
  }
  return side;
}

/// The replacement of old bytes [oa, ob) by new bytes [na, nb) is technical (see the essay above).
bool judge(const Analysis& old_a, std::string_view old_text, size_t oa, size_t ob, const Analysis& new_a,
           std::string_view new_text, size_t na, size_t nb, const Calendar& calendar) {
  if (oa == ob || na == nb) return false;
  Side o = read_side(old_a, oa, ob, calendar.tolerance);
  Side n = read_side(new_a, na, nb, calendar.tolerance);
  if (o.items.empty() || o.rest != n.rest || o.items.size() != n.items.size()) return false;
  bool changed = false;
  for (size_t k = 0; k < o.items.size(); ++k) {
    const Item& a = *o.items[k];
    const Item& b = *n.items[k];
    if (!classify_stage::moves_with_calendar(old_a, a, old_text, new_a, b, new_text, calendar)) return false;
    changed |= old_text.substr(a.begin, a.end - a.begin) != new_text.substr(b.begin, b.end - b.begin);
  }
  return changed;
}

/// True (and every edit marked not technical) when the edits hold no change: no text needs reading.
bool nothing_to_judge(std::vector<Edit>& edits) {
  if (!std::all_of(edits.begin(), edits.end(), [](const Edit& e) { return e.op == Edit::Op::Equal; })) return false;
  for (Edit& e : edits) e.technical = false;
  return true;
}

}  // namespace

bool is_technical_change(std::string_view old_text, std::string_view new_text, const CalendarContext& context) {
  if (old_text.empty() || new_text.empty()) return false;
  const Tokenizer tokenizer;
  Analysis old_a = classify_stage::analyse(tokenizer, old_text, language_of(context.old_language));
  Analysis new_a = classify_stage::analyse(tokenizer, new_text, language_of(context.new_language));
  return judge(old_a, old_text, 0, old_text.size(), new_a, new_text, 0, new_text.size(), classify_stage::calendar_of(context));
}

void classify(std::vector<Edit>& edits, const CalendarContext& context) {
  if (nothing_to_judge(edits)) return;
  const Tokenizer tokenizer;  // cheap: ICU shares the rules; a clone of one iterator
  const std::string old_text = reconstruct(edits, true);
  const std::string new_text = reconstruct(edits, false);
  classify(edits, context, tokenized(tokenizer, old_text), tokenized(tokenizer, new_text));
}

void classify(std::vector<Edit>& edits, const CalendarContext& context, const TokenizedText& old_tokens,
              const TokenizedText& new_tokens) {
  if (nothing_to_judge(edits)) return;
  const std::string_view old_text = old_tokens.text, new_text = new_tokens.text;
  const Analysis old_a = classify_stage::analyse(old_tokens, language_of(context.old_language));
  const Analysis new_a = classify_stage::analyse(new_tokens, language_of(context.new_language));
  const Calendar calendar = classify_stage::calendar_of(context);
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
    bool technical = judge(old_a, old_text, old_at, old_end, new_a, new_text, new_at, new_end, calendar);
    for (; k < end; ++k) edits[k].technical = technical;
    old_at = old_end;
    new_at = new_end;
  }
}

std::optional<int> ordinal_value(std::string_view word) { return lang::ordinal_value(lang::english(), word); }

bool calendar_moved(const CalendarContext& context) { return classify_stage::calendar_of(context).step.has_value(); }

std::optional<int> session_of_date(std::string_view iso_date) {
  // "2021-12-06": the session that opened in September of the year, or the one before.
  if (iso_date.size() < 7 || iso_date[4] != '-') return std::nullopt;
  for (size_t k : {0, 1, 2, 3, 5, 6})
    if (iso_date[k] < '0' || iso_date[k] > '9') return std::nullopt;
  int year = std::stoi(std::string(iso_date.substr(0, 4)));
  int month = std::stoi(std::string(iso_date.substr(5, 2)));
  if (year < 1946 || month < 1 || month > 12) return std::nullopt;
  return year - 1945 - (month < 9 ? 1 : 0);
}

}  // namespace resdiff
