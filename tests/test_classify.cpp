// Tests for src/classify: the technical-update rule (docs/TECHNICAL.md, rule.cpp) through
// is_technical_change() and classify(). Each rule case is named after where it comes from: the
// issue (9, part 1), the corpus's checked change lists (76/28 → 80/41, 75/58 → 76/28) or a real
// 79th → 80th session pair of official PDFs (corpus/pdf/), read by hand.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "resdiff/classify.hpp"

using namespace resdiff;

namespace {

const CalendarContext k76to80{76, 80};
const CalendarContext k75to76{75, 76};
const CalendarContext k79to80{79, 80};
const CalendarContext k80to80{80, 80};  // one session: a hand edit, a draft and its adopted text

Edit eq(const std::string& t) { return {Edit::Op::Equal, t, false}; }
Edit del(const std::string& t) { return {Edit::Op::Delete, t, false}; }
Edit ins(const std::string& t) { return {Edit::Op::Insert, t, false}; }

std::vector<bool> flags(const std::vector<Edit>& edits) {
  std::vector<bool> out;
  for (const Edit& e : edits) out.push_back(e.technical);
  return out;
}

bool technical(const std::string& a, const std::string& b, const CalendarContext& context = k76to80) {
  return is_technical_change(a, b, context);
}

}  // namespace

TEST_CASE("classify with both texts cut once marks the edits as classify does") {
  Tokenizer t;
  std::vector<Edit> edits = {eq("Recalling its resolution "), del("75/58 of 7 December 2020"), ins("79/42 of 2 December 2024"),
                             eq(", and the "), del("Baku"), ins("Kampala"), eq(" Summit,")};
  std::vector<Edit> plain = edits, cut = edits;
  classify(plain, k76to80);
  const std::string a = reconstruct(edits, true), b = reconstruct(edits, false);
  classify(cut, k76to80, tokenized(t, a), tokenized(t, b));
  CHECK(flags(plain) == std::vector<bool>{false, true, true, false, false, false, false});
  CHECK(flags(cut) == flags(plain));
  std::vector<Edit> equal = {eq("Recalling its resolution 75/58,")};
  equal[0].technical = true;
  classify(equal, k76to80, tokenized(t, "Recalling its resolution 75/58,"), tokenized(t, "Recalling its resolution 75/58,"));
  CHECK(flags(equal) == std::vector<bool>{false});
}

TEST_CASE("ordinal_value reads English ordinals in words and digits") {
  CHECK(ordinal_value("seventy-seventh") == 77);
  CHECK(ordinal_value("eighty-first") == 81);
  CHECK(ordinal_value("Eighteenth") == 18);
  CHECK(ordinal_value("NINETEENTH") == 19);
  CHECK(ordinal_value("first") == 1);
  CHECK(ordinal_value("twentieth") == 20);
  CHECK(ordinal_value("eightieth") == 80);
  CHECK(ordinal_value("ninety-ninth") == 99);
  CHECK(ordinal_value("Eighty\u2011First") == 81);  // non-breaking hyphen, as PDFs have it
  CHECK(ordinal_value("45th") == 45);
  CHECK(ordinal_value("52nd") == 52);
  CHECK(ordinal_value("3rd") == 3);
  CHECK_FALSE(ordinal_value("seventy").has_value());
  CHECK_FALSE(ordinal_value("seventy-tenth").has_value());
  CHECK_FALSE(ordinal_value("session").has_value());
  CHECK_FALSE(ordinal_value("45").has_value());
  CHECK_FALSE(ordinal_value("").has_value());
}

TEST_CASE("issue 9: a changed yearly deadline without a year is substantive") {
  // A paragraph of an 80th-session text asking for reports "by 30 April annually", edited.
  const std::string a = "Requests the specialized agencies to report by 30 April annually to the Secretary-General;";
  const std::string b = "Requests the specialized agencies to report by 31 May annually to the Secretary-General;";
  CHECK_FALSE(technical(a, b, k80to80));
  CHECK_FALSE(technical(a, b, k79to80));
  CHECK_FALSE(technical(a, b, k76to80));
  CHECK_FALSE(technical("by 30 April annually", "by 29 April annually", k79to80));  // no year: nothing moved
}

TEST_CASE("issue 9: a changed historical year is substantive, whatever the step") {
  // 80/41's recital on the Nuclear Security Summits, the 2010 summit edited to 2011.
  const std::string a = "Recalling further the holding of the Nuclear Security Summit on 12 and 13 April 2010 in Washington, D.C.,";
  const std::string b = "Recalling further the holding of the Nuclear Security Summit on 12 and 13 April 2011 in Washington, D.C.,";
  CHECK_FALSE(technical(a, b, k80to80));
  CHECK_FALSE(technical(a, b, k79to80));  // a step of one, but 2010 is history
  CHECK_FALSE(technical("in 2010", "in 2014", k76to80));
  CHECK_FALSE(technical("in 2016", "in 2020", k76to80));
}

TEST_CASE("issue 9: a date near the document's year moves by the step, its day may shift") {
  CHECK(technical("by 25 April 2025", "by 24 April 2026", k79to80));
  CHECK(technical("from 14 to 16 May 2024", "from 21 to 23 May 2025", k79to80));  // a week later
  CHECK(technical("on 26 September 2024", "on 26 September 2025", k79to80));      // 79/50 → 80/24
  CHECK(technical("in May 2024", "in May 2025", k79to80));
  CHECK(technical("December 7, 2020", "December 2, 2024", k76to80));
  CHECK(technical("by 30 April 2025", "by 2 May 2026", k79to80));  // two days on, over a month's end
  // Not as the calendar moved:
  CHECK_FALSE(technical("by 25 April 2025", "by 10 April 2026", k79to80));   // two weeks earlier
  CHECK_FALSE(technical("by 30 April 2025", "by 31 May 2026", k79to80));     // a month later
  CHECK_FALSE(technical("by 25 April 2025", "by 25 April 2027", k79to80));   // two years for one session
  CHECK_FALSE(technical("by 25 April 2025", "by 24 April 2025", k79to80));   // the year stayed
  CHECK_FALSE(technical("in May 2024", "in June 2025", k79to80));
  CHECK_FALSE(technical("by 25 April 2025", "by 24 April 2026", k80to80));   // one session: nothing moved
  CHECK_FALSE(technical("on 22 September 2023", "on 26 September 2025", k79to80));  // 79/77 → 80/70: two years
  CHECK_FALSE(technical("on 7 July 2007", "on 7 June 2008", k76to80));
}

TEST_CASE("corpus 76/28 → 80/41: last year's resolution and its date, the report, the next session") {
  CHECK(technical("Recalling its resolution 75/58 of 7 December 2020,", "Recalling its resolution 79/42 of 2 December 2024,"));
  CHECK(technical("pursuant to paragraph 5 of resolution 75/58,", "pursuant to paragraph 5 of resolution 79/42,"));
  CHECK(technical("A/76/189.", "A/80/164."));
  CHECK(technical("at its seventy-seventh session;", "at its eighty-first session;"));
  CHECK(technical("in 2020-2021", "in 2024-2025"));
  CHECK_FALSE(technical("in 2020-2021", "in 2024-2026"));
}

TEST_CASE("corpus 76/28 → 80/41: the IAEA's regular session moves by four, the summit and its dates do not") {
  CHECK(technical("the General Conference of the Agency at its sixty-fifth regular session,",
                  "the General Conference of the Agency at its sixty-ninth regular session,"));
  // PP8: the Eighteenth → Nineteenth Summit (summits are not counted in sessions), Baku 2019 → Kampala 2024.
  CHECK_FALSE(technical("the Eighteenth Summit", "the Nineteenth Summit"));
  CHECK_FALSE(technical("25 and 26 October 2019", "19 and 20 January 2024"));
  CHECK_FALSE(technical("held in Baku on 25 and 26 October 2019", "held in Kampala on 19 and 20 January 2024"));
  CHECK_FALSE(technical("Ibid., vol. 1456, No. 24631.", "Ibid., vol. 3132, No. 24631."));  // PP7's new footnote
}

TEST_CASE("corpus 75/58 → 76/28: sixty-second → sixty-fifth regular session is no step of one") {
  CHECK_FALSE(technical("at its sixty-second regular session,", "at its sixty-fifth regular session,", k75to76));
  CHECK(technical("Recalling its resolution 74/43 of 12 December 2019,", "Recalling its resolution 75/58 of 7 December 2020,",
                  k75to76));
  CHECK(technical("at its seventy-sixth session;", "at its seventy-seventh session;", k75to76));
  CHECK(technical("A/75/171.", "A/76/189.", k75to76));
}

TEST_CASE("79th → 80th session PDFs: the updates of real pairs") {
  // 79/42 → 80/41
  CHECK(technical("Recalling its resolution 78/43 of 4 December 2023,", "Recalling its resolution 79/42 of 2 December 2024,",
                  k79to80));
  CHECK(technical("at its sixty-eighth regular session,", "at its sixty-ninth regular session,", k79to80));
  CHECK(technical("A/79/138.", "A/80/164.", k79to80));
  // 79/3 → 80/2: another body's session; the Assembly's own current session.
  CHECK(technical("the Committee on Contributions on its eighty-fourth session,",
                  "the Committee on Contributions on its eighty-fifth session,", k79to80));
  CHECK(technical("until the end of its seventy-ninth session.", "until the end of its eightieth session.", k79to80));
  // 79/96 → 80/87: the Council's resolution and its date, the Council's and the Committee's documents.
  CHECK(technical("Economic and Social Council resolution 2023/33 of 26 July 2023,",
                  "Economic and Social Council resolution 2024/21 of 24 July 2024,", k79to80));
  CHECK(technical("E/2024/6.", "E/2025/56.", k79to80));
  CHECK(technical("for 2024,", "for 2025,", k79to80));
  CHECK(technical("Seventy-ninth Session, Supplement No. 23 (A/79/23).", "Eightieth Session, Supplement No. 23 (A/80/23).",
                  k79to80));
  // 79/105 → 80/96
  CHECK(technical("A/AC.109/2024/9.", "A/AC.109/2025/9.", k79to80));
  CHECK(technical("at the seventy-eighth session of the General Assembly,", "at the seventy-ninth session of the General Assembly,",
                  k79to80));
  CHECK_FALSE(technical("the 2024 Caribbean regional seminar,", "the 2025 Pacific regional seminar,", k79to80));
  // 79/50 → 80/24: the Conference on Disarmament's session two years on for one session.
  CHECK(technical("a programme of work for its 2024 session,", "a programme of work for its 2025 session,", k79to80));
  CHECK_FALSE(technical("during its 2024 session,", "during its 2026 session,", k79to80));
  CHECK(technical("the second Meeting of States Parties", "the third Meeting of States Parties", k79to80));
  // 79/77 → 80/70: counts that grew with the years are counts, not calendar references.
  CHECK_FALSE(technical("28 years after the Treaty was opened", "29 years after the Treaty was opened", k79to80));
  CHECK_FALSE(technical("the establishment of 306 certified facilities", "the establishment of 307 certified facilities", k79to80));
}

TEST_CASE("a pair of one session: nothing moved, every calendar edit is substantive") {
  CHECK_FALSE(technical("at its eightieth session", "at its eighty-first session", k80to80));
  CHECK_FALSE(technical("resolution 79/42", "resolution 79/43", k80to80));
  CHECK_FALSE(technical("for 2025,", "for 2026,", k80to80));
  CHECK_FALSE(technical("A/80/164.", "A/80/165.", k80to80));
  CHECK_FALSE(technical("the sixty-ninth regular session", "the seventieth regular session", k80to80));
}

TEST_CASE("sessions unknown: nothing is known to have moved") {
  CHECK_FALSE(technical("resolution 75/58", "resolution 79/42", CalendarContext{}));
  CHECK_FALSE(technical("at its seventy-seventh session", "at its eighty-first session", CalendarContext{76, std::nullopt}));
  CHECK_FALSE(technical("in 2020", "in 2024", CalendarContext{}));
}

TEST_CASE("symbols move only as the sessions moved and keep their shape") {
  CHECK_FALSE(technical("resolution 75/58", "resolution 78/42"));  // −1 in 76, −2 in 80
  CHECK_FALSE(technical("A/76/189.", "A/79/164."));
  CHECK(technical("A/RES/75/58", "A/RES/79/42"));
  CHECK(technical("A/76/L.11", "A/80/L.23"));
  CHECK_FALSE(technical("A/76/189", "A/80/L.23"));                         // a report became a draft
  CHECK(technical("resolution 75/237 C", "resolution 79/270 C"));
  CHECK_FALSE(technical("resolution 75/237 C", "resolution 79/270 D"));
  CHECK_FALSE(technical("resolution 68/32 of 5 December 2013", "resolution 72/32 of 4 December 2017"));  // history
  CHECK_FALSE(technical("resolution S-10/2", "resolution S-10/3"));       // a special session's: no calendar
  CHECK_FALSE(technical("S/2021/767", "S/2024/767"));                     // three years for four sessions
  CHECK(technical("S/2023/767", "S/2024/12", k79to80));
  CHECK_FALSE(technical("A/CONF.229/2017/8", "A/CONF.229/2021/3"));       // 2017 is history in 76/28
  CHECK_FALSE(technical("CD/2039", "CD/2040"));                           // no session, no year
  CHECK_FALSE(technical("UN/DESA in 2020", "UN/OCHA in 2024"));           // an office, not a document
}

TEST_CASE("the date of a resolution moves only with its resolution") {
  CHECK_FALSE(technical("resolution 78/43 of 4 December 2023", "resolution 78/43 of 5 December 2023", k79to80));
  CHECK_FALSE(technical("resolution 78/43 of 4 December 2023", "resolution 78/43 of 4 December 2024", k79to80));
  CHECK_FALSE(technical("resolution 75/58 of 7 December 2020", "resolution 79/42 of 2 December 2023"));  // 2023 is no year of the 79th
  CHECK(technical("resolution 75/58 of 7 December 2020", "resolution 79/42 of 18 January 2025"));
}

TEST_CASE("an ordinal that counts no session, meeting or anniversary is an ordinary word") {
  CHECK_FALSE(technical("the First Committee", "the Second Committee"));
  CHECK_FALSE(technical("the first International Conference", "the second International Conference", k75to76));
  CHECK_FALSE(technical("seventy-seventh", "eighty-first"));  // nothing says what it counts
  CHECK(technical("the eightieth anniversary", "the eighty-fourth anniversary"));
}

TEST_CASE("words and punctuation that are not references make a change substantive") {
  CHECK_FALSE(technical("Baku", "Kampala"));
  CHECK_FALSE(technical("held in Baku in 2021", "held in Kampala in 2025"));
  CHECK_FALSE(technical("States parties in 2021", "States Parties in 2025"));  // case counts
  CHECK_FALSE(technical("resolution", "resolutions"));
  CHECK_FALSE(technical("16.4", "16.5"));
  CHECK_FALSE(technical("大会", "安全理事会"));
  CHECK_FALSE(technical("2021", "2021 and 2022 and beyond"));
  CHECK_FALSE(technical("2021,", "2025;"));  // the year moved, the comma did not stay
  CHECK(technical("2021,", "2025,"));
}

TEST_CASE("a pure insertion or deletion is substantive") {
  CHECK_FALSE(technical("", "2024"));
  CHECK_FALSE(technical("2020", ""));
  CHECK_FALSE(technical("", ""));
  CHECK_FALSE(technical(", ", "; "));  // no calendar item on either side
}

TEST_CASE("classify judges each delete/insert run in the context of the whole text") {
  std::vector<Edit> op5 = {eq("to report to the General Assembly at its "), del("seventy-seventh"), ins("eighty-first"),
                           eq(" session;")};
  classify(op5, k76to80);
  CHECK(flags(op5) == std::vector<bool>{false, true, true, false});

  std::vector<Edit> postponed = {eq("at its "), del("seventy-seventh"), ins("eighty-second"), eq(" session;")};
  classify(postponed, k76to80);
  CHECK(flags(postponed) == std::vector<bool>{false, false, false, false});

  // The day alone is judged with its whole date: the year moved by four as well.
  std::vector<Edit> day = {eq("adopted on "), del("7"), ins("2"), eq(" December "), del("2020"), ins("2024"), eq(",")};
  classify(day, k76to80);
  CHECK(flags(day) == std::vector<bool>{false, true, true, false, true, true, false});

  // The day changed and the year stayed: not as the calendar moved.
  std::vector<Edit> day_only = {eq("adopted on "), del("7"), ins("2"), eq(" December 2020,")};
  classify(day_only, k76to80);
  CHECK(flags(day_only) == std::vector<bool>{false, false, false, false});

  std::vector<Edit> number = {eq("paragraph "), del("7"), ins("2"), eq(" of the annex")};
  classify(number, k76to80);
  CHECK(flags(number) == std::vector<bool>{false, false, false, false});
}

TEST_CASE("classify marks runs separately: a session technical, a venue substantive") {
  std::vector<Edit> pp13 = {eq("in "),         ins("May 2024, in "), eq("Vienna, and at its "), del("sixty-fifth"),
                            ins("sixty-ninth"), eq(" regular session, held in "), del("Baku"), ins("Kampala"), eq(",")};
  classify(pp13, k76to80);
  CHECK(flags(pp13) == std::vector<bool>{false, false, false, true, true, false, false, false, false});
}

TEST_CASE("classify: pure insertions and deletions are substantive, mixed runs judged as one") {
  std::vector<Edit> pure = {eq("in "), ins("May 2024, in "), eq("February 2020"), del(" and 2021")};
  classify(pure, k76to80);
  CHECK(flags(pure) == std::vector<bool>{false, false, false, false});

  std::vector<Edit> mixed = {eq("resolution "), del("75/58"), ins("79/42"), del(" of 7"), ins(" of 2"), eq(" December 2020")};
  classify(mixed, k76to80);  // the date's year did not move with its resolution's session
  CHECK(flags(mixed) == std::vector<bool>{false, false, false, false, false, false});
  std::vector<Edit> whole = {eq("resolution "), del("75/58"), ins("79/42"), del(" of 7"), ins(" of 2"), eq(" December "),
                             del("2020"), ins("2024")};
  classify(whole, k76to80);
  CHECK(flags(whole) == std::vector<bool>{false, true, true, true, true, false, true, true});
  CHECK(reconstruct(whole, true) == "resolution 75/58 of 7 December 2020");
}

TEST_CASE("classify leaves equal-only and empty scripts alone") {
  std::vector<Edit> none;
  classify(none, k76to80);
  CHECK(none.empty());
  std::vector<Edit> same = {eq("Recalling its resolution 75/58,")};
  classify(same, k76to80);
  CHECK(flags(same) == std::vector<bool>{false});
}

TEST_CASE("references to the document's own paragraphs follow the renumbering") {
  CalendarContext renumbered = k76to80;
  renumbered.paragraphs = {{"1", "1"}, {"2", "3"}, {"3", "4"}, {"4", "5"}, {"5", "6"}, {"2 (b)", "2 (c)"}};
  CHECK(technical("as referred to in paragraph 5 above;", "as referred to in paragraph 6 above;", renumbered));
  CHECK(technical("pursuant to paragraphs 3 to 5 of the present resolution", "pursuant to paragraphs 4 to 6 of the present resolution",
                  renumbered));
  CHECK(technical("in paragraphs 2, 3 and 5 below", "in paragraphs 3, 4 and 6 below", renumbered));
  CHECK(technical("paragraph 2 (b) above", "paragraph 2 (c) above", renumbered));
  CHECK(technical("paragraph 4 of this resolution", "paragraph 5 of this resolution", renumbered));
  // Not what the renumbering says: the text now points at another paragraph.
  CHECK_FALSE(technical("as referred to in paragraph 5 above;", "as referred to in paragraph 7 above;", renumbered));
  CHECK_FALSE(technical("paragraph 1 above", "paragraph 2 above", renumbered));
  // No renumbering known: any change of a reference is substantive.
  CHECK_FALSE(technical("as referred to in paragraph 5 above;", "as referred to in paragraph 6 above;"));
  // Another text's paragraph: the renumbering of this one says nothing about it.
  CHECK_FALSE(technical("paragraph 5 of resolution 75/58", "paragraph 6 of resolution 75/58", renumbered));
  CHECK_FALSE(technical("paragraph 5 of the annex", "paragraph 6 of the annex", renumbered));
  // Words around the reference still count.
  CHECK_FALSE(technical("paragraph 5 above", "paragraphs 6 above", renumbered));
}

TEST_CASE("classify: a renumbered cross-reference inside a clause is a technical edit") {
  CalendarContext renumbered = k76to80;
  renumbered.paragraphs = {{"5", "6"}};
  std::vector<Edit> edits = {eq("Requests a report on the implementation of paragraph "), del("5"), ins("6"),
                             eq(" above at its "), del("seventy-seventh"), ins("eighty-first"), eq(" session;")};
  classify(edits, renumbered);
  CHECK(flags(edits) == std::vector<bool>{false, true, true, false, true, true, false});
  std::vector<Edit> label = {eq("measures set out in paragraph 2 ("), del("b"), ins("c"), eq(") above;")};
  CalendarContext subs;
  subs.paragraphs = {{"2 (b)", "2 (c)"}};
  classify(label, subs);
  CHECK(flags(label) == std::vector<bool>{false, true, true, false});
}

TEST_CASE("session_of_date: the session that opened in September of the year, or the one before") {
  CHECK(session_of_date("2021-12-06") == 76);
  CHECK(session_of_date("2025-12-01") == 80);
  CHECK(session_of_date("2025-09-09") == 80);
  CHECK(session_of_date("2026-06-30") == 80);
  CHECK(session_of_date("2025-08-31") == 79);
  CHECK_FALSE(session_of_date("December 2025").has_value());
  CHECK_FALSE(session_of_date("2025-13-01").has_value());
  CHECK_FALSE(session_of_date("").has_value());
}

TEST_CASE("calendar_moved: two known, different sessions") {
  CHECK(calendar_moved(k76to80));
  CHECK_FALSE(calendar_moved(k80to80));
  CHECK_FALSE(calendar_moved(CalendarContext{}));
  CHECK_FALSE(calendar_moved(CalendarContext{76, std::nullopt}));
}
