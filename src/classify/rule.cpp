// The technical-update rule: does one calendar item move with the calendar into another?
//
// A technical update is an edit that only keeps a text true as time passes (docs/TECHNICAL.md).
// Time passes by sessions: between A/RES/76/28 and A/RES/80/41 the Assembly moved four sessions
// and four years on (the step, Calendar::step), between 79/42 and 80/41 one. An item moves with
// the calendar when it moves by exactly that step and is of the kind that moves at all:
//
//   Event      an ordinal of a recurring event moves by the step: "seventy-seventh session" →
//              "eighty-first session" (4), "sixty-eighth regular session" → "sixty-ninth" (1).
//   Symbol     the same shape (a report stays a report: "A/#S/#N"); its session part moves by the
//              step and stands near the document's own session (at most kSymbolSessions away:
//              its own report, last year's resolution, the one of a biennial or triennial
//              series, not resolution 68/32 of 2013); its year parts move as years do; its serial
//              number may be anything. "75/58" → "79/42", "A/76/189" → "A/80/164".
//   Year       moves by the step and is near the document's own time: within kNearYears of the
//              years its session spans (the 76th session runs from September 2021 into 2022, so
//              2020 to 2023 are near for 76/28). A historical year never moves: "the Nuclear
//              Security Summit … 2010" edited to 2011 is substantive whatever the step.
//   Date       its year moves as a year does, each of its days lands within kDayShift days of the
//              same day a step later ("25 April 2025" → "24 April 2026"), and a month without a
//              day stays the same month. A date without a year never moves: "by 30 April
//              annually" → "by 31 May annually" is a new deadline.
//              The date of a resolution ("75/58 of 7 December 2020") is that resolution's
//              adoption: when the resolution moved with the calendar, its date may be any day of
//              the years its session spans ("79/42 of 2 December 2024").
//   Paragraph  a reference to one of the document's own paragraphs follows its renumbering
//              (Calendar::paragraphs): "paragraph 5 above" → "paragraph 6 above" after an
//              insertion before 5. This one needs no step.
//
// With no step — the sessions unknown, or the same session on both sides (a draft and the
// adopted text, a hand edit) — nothing moved, and no calendar item moves: every such edit is
// substantive. Counts ("28 years after", "306 certified facilities", "vol. 1456") are no items at
// all, so their changes are always substantive.
//
// Worked example (76/28 → 80/41, step 4): "sixty-fifth" → "sixty-ninth" before "regular session"
// moves by 4: technical; "Eighteenth Summit" → "Nineteenth Summit" is no event item (a summit is
// not counted by sessions), so the change is substantive; "25 and 26 October 2019" → "19 and 20
// January 2024": 2019 → 2024 is a step of 5, substantive.
#include <cstdlib>

#include "classify/calendar.hpp"

namespace resdiff::classify_stage {
namespace {

/// A session's years reach this many years further on each side and stay near.
constexpr int kNearYears = 1;
/// Farthest a symbol's session may stand from the document's own session.
constexpr int kSymbolSessions = 3;
/// Farthest a date's day may land from the same day a step later.
constexpr int kDayShift = 7;
/// The Assembly's first session opened in 1946; session S opens in September of S + 1945.
constexpr int kSessionYear = 1945;

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/// Days in month m of year y.
int month_length(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

/// True when year stands near the time of session.
bool near(int year, int session) {
  return year >= session + kSessionYear - kNearYears && year <= session + kSessionYear + 1 + kNearYears;
}

/// True when year y_new is year y_old moved by the step.
bool year_moves(int y_old, int y_new, const Calendar& c) {
  return y_new - y_old == *c.step && near(y_old, *c.old_session) && near(y_new, *c.new_session);
}

/// True when every year of a moves by the step into the year of b at the same place.
bool years_move(const std::vector<int>& a, const std::vector<int>& b, const Calendar& c) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k)
    if (!year_moves(a[k], b[k], c)) return false;
  return true;
}

/// True when a resolution's adoption may fall in year.
bool in_session_years(const Item& resolution, int year) {
  if (resolution.session >= 0) return year >= resolution.session + kSessionYear && year <= resolution.session + kSessionYear + 1;
  return !resolution.years.empty() && year >= resolution.years[0] && year <= resolution.years[0] + 1;
}

std::string_view text_of(const Item& item, std::string_view text) { return text.substr(item.begin, item.end - item.begin); }

bool symbol_moves(const Item& a, const Item& b, const Calendar& c) {
  if (a.shape != b.shape || a.resolution != b.resolution || (a.session < 0) != (b.session < 0)) return false;
  if (a.session >= 0 && (b.session - a.session != *c.step || std::abs(a.session - *c.old_session) > kSymbolSessions))
    return false;
  return years_move(a.years, b.years, c);
}

bool date_moves(const Item& a, const Item& b, const Calendar& c) {
  if (a.years.size() != 1 || b.years.size() != 1 || !year_moves(a.years[0], b.years[0], c)) return false;
  if (a.points.size() != b.points.size()) return false;
  for (size_t k = 0; k < a.points.size(); ++k) {
    auto [day_a, month_a] = a.points[k];
    auto [day_b, month_b] = b.points[k];
    if ((day_a == 0) != (day_b == 0)) return false;
    if (day_a == 0) {
      if (month_a != month_b) return false;
      continue;
    }
    // The old day a step later (clamped: 29 February → 28 February), against the new day.
    const int year = b.years[0];
    const long later = days_from_civil(year, month_a, std::min(day_a, month_length(year, month_a)));
    if (std::labs(days_from_civil(year, month_b, std::min(day_b, month_length(year, month_b))) - later) > kDayShift)
      return false;
  }
  return true;
}

}  // namespace

Calendar calendar_of(const CalendarContext& context) {
  Calendar c;
  c.old_session = context.old_session;
  c.new_session = context.new_session;
  if (context.old_session && context.new_session && *context.new_session != *context.old_session)
    c.step = *context.new_session - *context.old_session;
  c.paragraphs = &context.paragraphs;
  c.tolerance = context.tolerance;
  return c;
}

bool moves_with_calendar(const Analysis& old_side, const Item& a, std::string_view old_text, const Analysis& new_side,
                         const Item& b, std::string_view new_text, const Calendar& c) {
  if (a.kind != b.kind) return false;
  if (text_of(a, old_text) == text_of(b, new_text)) return true;
  if (a.kind == ItemKind::Paragraph) {
    if (c.paragraphs == nullptr) return false;
    auto it = c.paragraphs->find(a.number);
    return it != c.paragraphs->end() && it->second == b.number;
  }
  if (!c.step) return false;  // nothing moved
  switch (a.kind) {
    case ItemKind::Event: return b.session - a.session == *c.step;
    case ItemKind::Year: return years_move(a.years, b.years, c);
    case ItemKind::Symbol: return symbol_moves(a, b, c);
    case ItemKind::Date: {
      if (a.dates < 0 && b.dates < 0) return date_moves(a, b, c);
      if (a.dates < 0 || b.dates < 0) return false;
      // The adoption date of a resolution: it moves only with its resolution.
      const Item& ra = old_side.items[static_cast<size_t>(a.dates)];
      const Item& rb = new_side.items[static_cast<size_t>(b.dates)];
      if (text_of(ra, old_text) == text_of(rb, new_text) || !symbol_moves(ra, rb, c)) return false;
      return a.years.size() == 1 && b.years.size() == 1 && in_session_years(ra, a.years[0]) &&
             in_session_years(rb, b.years[0]);
    }
    case ItemKind::Paragraph: break;
  }
  return false;
}

}  // namespace resdiff::classify_stage
