// Metadata rows: the header fields and the closing that differ between the two documents.
//
// Fields are compared in a fixed order — symbol, session, date, title, agenda_item, report,
// committee, closing, sponsors (a draft's) — on their canonical text, and a row is made only for a field that differs
// (null on the side where the field is missing). Session is written as its number ("76").
//
// Between two sessions of one resolution every field but the title changes by nature: symbol
// 76/28 → 80/41, session, dates, agenda item, committee report, closing meeting. Those rows are
// technical when the field is present on both sides and the calendar moved between the two
// documents (calendar_moved(): known, different sessions). Between two texts of one session (a
// draft and the adopted text, or a hand edit) nothing moved with the calendar, and a changed
// field is substantive, as a changed date in a clause would be. A title is technical only when
// is_technical_change() says so (a changed title usually means a changed subject). A change of
// committee ("First Committee" → "Fourth Committee", or to or from none) is never technical: the
// resolution moved to another forum.
//
// Worked example (A/RES/76/28 → A/RES/80/41):
//   symbol       "76/28" → "80/41"                     technical
//   session      "76" → "80"                           technical
//   agenda_item  "100 (s)" → "99 (t)"                  technical
//   title        equal                                 no row
#include <optional>
#include <string>
#include <string_view>

#include "core/compare_stages.hpp"
#include "resdiff/text.hpp"

namespace resdiff::compare_stage {
namespace {

/// A session as its number string ("76"), as the metadata rows show it.
std::optional<std::string> session_text(const std::optional<int>& session) {
  if (!session) return std::nullopt;
  return std::to_string(*session);
}

}  // namespace

std::vector<MetadataRow> metadata_rows(const Metadata& old_meta, const Metadata& new_meta, const CalendarContext& context) {
  std::vector<MetadataRow> rows;
  auto compare_field = [&](const char* field, const std::optional<std::string>& a, const std::optional<std::string>& b) {
    if (!a && !b) return;
    if (a && b && text::same_under(text::canonical(*a), text::canonical(*b), context.tolerance)) return;
    MetadataRow row{field, a, b,
                    a.has_value() && b.has_value() && std::string_view(field) != "committee" && calendar_moved(context)};
    if (row.technical && row.field == "title") row.technical = is_technical_change(*a, *b, context);
    rows.push_back(std::move(row));
  };
  compare_field("symbol", old_meta.symbol, new_meta.symbol);
  compare_field("session", session_text(old_meta.session), session_text(new_meta.session));
  compare_field("date", old_meta.date, new_meta.date);
  compare_field("title", old_meta.title, new_meta.title);
  compare_field("agenda_item", old_meta.agenda_item, new_meta.agenda_item);
  compare_field("report", old_meta.report, new_meta.report);
  compare_field("committee", old_meta.committee, new_meta.committee);
  compare_field("closing", old_meta.closing, new_meta.closing);
  compare_field("sponsors", old_meta.sponsors, new_meta.sponsors);
  return rows;
}

}  // namespace resdiff::compare_stage
