// Tests for src/segment: each pass on small strings, then whole documents, then exact clause texts
// and metadata of the real fixtures the golden diff depends on.
#include <catch2/catch.hpp>

#include <unicode/uchar.h>

#include <string>

#include "../src/segment/passes.hpp"
#include "resdiff/load.hpp"
#include "resdiff/segment.hpp"

using namespace resdiff;
using namespace resdiff::segmenter;
using Catch::Matchers::Contains;

namespace {

const Lexicon& en = english();

Document parse(std::string_view markdown) {
  Expected<Source> source = load(markdown, "test.md", Format::Markdown);
  REQUIRE(source.ok());
  return segment(*source);
}

Document fixture(const std::string& name) {
  const std::string path = std::string(RESDIFF_FIXTURES) + "/" + name;
  Expected<std::string> bytes = read_file(path);
  REQUIRE(bytes.ok());
  Expected<Source> source = load(*bytes, path);
  REQUIRE(source.ok());
  return segment(*source);
}

/// The clause of one kind with a 1-based index.
const Clause& clause(const Document& doc, ClauseKind kind, int index) {
  for (const Clause& c : doc.clauses)
    if (c.kind == kind && c.index == index) return c;
  FAIL("no clause " << kind_name(kind) << " " << index);
  throw;
}

std::vector<Piece> pieces(std::initializer_list<const char*> texts) {
  std::vector<Piece> out;
  int line = 1;
  for (const char* t : texts) out.push_back(Piece{t, line += 2, {}});
  return out;
}

std::vector<std::string> texts(const std::vector<Piece>& ps) {
  std::vector<std::string> out;
  for (const Piece& p : ps) out.push_back(p.text);
  return out;
}

std::vector<std::string> texts_of(const std::vector<Piece>& ps) { return texts(ps); }

/// Runs take_markers on one text with footnotes 1..n defined; returns the text and cited numbers.
std::pair<std::string, std::vector<int>> markers(const std::string& text, int defined = 20) {
  std::vector<Piece> body{Piece{text, 1, {}}};
  std::vector<std::string> notes;
  for (int i = 1; i <= defined; ++i) notes.push_back("note " + std::to_string(i));
  Warnings warnings;
  take_markers(body, notes, en, warnings);
  std::vector<int> cited;
  for (const Cite& c : body[0].cites) cited.push_back(c.number);
  return {body[0].text, cited};
}

}  // namespace

// ---- chars.cpp, lexicon.cpp ----

TEST_CASE("superscript_digit reads the superscript digits and nothing else") {
  CHECK(superscript_digit(U'¹') == 1);
  CHECK(superscript_digit(U'²') == 2);
  CHECK(superscript_digit(U'⁷') == 7);
  CHECK(superscript_digit(U'⁰') == 0);
  CHECK(superscript_digit(U'7') == -1);
}

TEST_CASE("the character tests answer as ICU does on every ASCII character, told without it") {
  for (char32_t c = 0; c < 0x80; ++c) {
    INFO("character " << static_cast<int>(c));
    CHECK(is_letter(c) == static_cast<bool>(u_isalpha(static_cast<UChar32>(c))));
    CHECK(is_lower(c) == static_cast<bool>(u_islower(static_cast<UChar32>(c))));
    CHECK(is_upper(c) == (u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c))));
    CHECK(is_blank(c) == (c == ' ' || c == '\t' || c == '\n' || c == '\r' || u_isUWhiteSpace(static_cast<UChar32>(c))));
  }
  // stepping: ASCII one byte at a time, other characters whole, bad bytes as U+FFFD
  const std::string s = "a\u00e9\xff\u4e2dz";
  size_t next = 0;
  CHECK(char_at(s, 0, &next) == U'a');
  CHECK(next == 1);
  CHECK(char_at(s, 1, &next) == U'\u00e9');
  CHECK(next == 3);
  CHECK(char_at(s, 3, &next) == 0xFFFD);
  CHECK(char_before(s, s.size(), &next) == U'z');
  CHECK(next == s.size() - 1);
  CHECK(char_before(s, s.size() - 1, &next) == U'\u4e2d');
  CHECK(next == 4);
  CHECK(trim(" \t\u00a0Noting\u3000\n") == "Noting");
}

TEST_CASE("ordinal_value reads session ordinals written in words") {
  CHECK(ordinal_value(en, "Seventy-sixth") == 76);
  CHECK(ordinal_value(en, "Eightieth") == 80);
  CHECK(ordinal_value(en, "eighty-first") == 81);
  CHECK(ordinal_value(en, "regular") == 0);
}

TEST_CASE("iso_date and month_number read English dates") {
  CHECK(iso_date(en, "6", "December", "2021") == "2021-12-06");
  CHECK(iso_date(en, "26", "november", "2025") == "2025-11-26");
  CHECK(iso_date(en, "6", "Decembre", "2021").empty());
  CHECK(month_number(en, "May") == 5);
}

// ---- shapes.cpp ----

TEST_CASE("ends_clause accepts , ; : . at the end and nothing else") {
  CHECK(ends_clause("Recalling its resolution 79/42 of 2 December 2024, "));
  CHECK(ends_clause("by:"));
  CHECK_FALSE(ends_clause("held in Baku on"));
  CHECK_FALSE(ends_clause("the International Tracing"));
  CHECK_FALSE(ends_clause(""));
}

TEST_CASE("paragraph_number reads operative numbers and not dates or symbols") {
  size_t rest = 0;
  CHECK(paragraph_number("12. Decides to", &rest) == 12);
  CHECK(rest == 4);
  CHECK(paragraph_number("1. \nWe, Heads", &rest) == 1);
  CHECK(rest == 4);
  CHECK_FALSE(paragraph_number("25 and 26 October 2019,"));
  CHECK_FALSE(paragraph_number("80/41. Measures"));
  CHECK_FALSE(paragraph_number("2.5 per cent"));
}

TEST_CASE("paragraph_number reads operative numbers of any length") {
  size_t rest = 0;
  CHECK(paragraph_number("1000. Decides to", &rest) == 1000);
  CHECK(rest == 6);
  CHECK(paragraph_number("45123. Requests") == 45123);
  CHECK_FALSE(paragraph_number("12345678901. Requests"));  // past what an int holds
}

TEST_CASE("a resolution numbered past 999 keeps counting its operative paragraphs") {
  std::string text = "The General Assembly,\n\nRecalling its resolution 79/42,\n\n";
  for (int n = 1; n <= 1005; ++n) text += std::to_string(n) + ". Requests report number " + std::to_string(n) + ";\n\n";
  Document doc = parse(text);
  REQUIRE(doc.clauses.size() == 1006);
  CHECK(doc.clauses.back().number == "1005");
  CHECK(doc.clauses.back().text == "Requests report number 1005;");
  CHECK(doc.warnings.empty());
}

TEST_CASE("item_label reads letters, roman numerals, and both for (i)") {
  size_t rest = 0;
  auto e = item_label("(e) Requesting the", &rest);
  REQUIRE(e);
  CHECK(e->letter == 5);
  CHECK(e->roman == 0);
  CHECK(rest == 4);
  auto ii = item_label("(ii) Inviting");
  REQUIRE(ii);
  CHECK(ii->letter == 0);
  CHECK(ii->roman == 2);
  auto i = item_label("(i)\nComplex");
  REQUIRE(i);
  CHECK(i->letter == 9);
  CHECK(i->roman == 1);
  CHECK(item_label("(c) x")->roman == 0);  // (c) is a letter, never one hundred
  CHECK_FALSE(item_label("(INTERPOL) and"));
  CHECK_FALSE(item_label("(2004) of"));
  CHECK_FALSE(item_label("(a)bc"));
}

TEST_CASE("starts_paragraph knows numbers, labels and opener words, not continuations") {
  CHECK(starts_paragraph("Recalling also the entry", en));
  CHECK(starts_paragraph("Deeply concerned by", en));
  CHECK(starts_paragraph("Calls upon all States", en));
  CHECK(starts_paragraph("Strengthening investment", en));
  CHECK(starts_paragraph("7. Also urges", en));
  CHECK(starts_paragraph("(m) Considering", en));
  CHECK(starts_paragraph("May consider, when seeking", en));
  CHECK_FALSE(starts_paragraph("May 2024, the third", en));
  CHECK_FALSE(starts_paragraph("Tracing Instrument, including in preparation", en));
  CHECK_FALSE(starts_paragraph("the International Atomic Energy Agency", en));
  CHECK_FALSE(starts_paragraph("Development, the outcome of", en));
}

TEST_CASE("is_heading wants a short unpunctuated line followed by a clause") {
  Piece op{"1. Reaffirms all relevant resolutions", 62, {}};
  Piece cont{"the International Atomic Energy Agency", 40, {}};
  CHECK(is_heading("Peacebuilding Commission", &op, en));
  CHECK(is_heading("Department of Political and Peacebuilding Affairs/Peacebuilding Support Office", &op, en));
  CHECK_FALSE(is_heading("Peacebuilding Commission", &cont, en));
  CHECK_FALSE(is_heading("Peacebuilding Commission", nullptr, en));
  CHECK_FALSE(is_heading("Recalling further the adoption", &op, en));
  CHECK_FALSE(is_heading("Scale of assessments,", &op, en));
  CHECK_FALSE(is_heading("52nd plenary meeting", &op, en));
}

TEST_CASE("is_annex_start and is_structural recognise the document's skeleton") {
  CHECK(is_annex_start("Annex", en));
  CHECK(is_annex_start("Annex II", en));
  CHECK_FALSE(is_annex_start("Annex to the present resolution", en));
  CHECK(is_structural("The General Assembly,", en));
  CHECK(is_structural("52nd plenary meeting 1 December 2025", en));
  CHECK_FALSE(is_structural("Recalling", en));
}

TEST_CASE("find_numbered_break finds the next paragraph at a line start, or mid-line in an annex") {
  std::string_view raw = "1. \nWe, Heads of State ... Development.2 \n2. \nWe acknowledge";
  CHECK(find_numbered_break(raw, 2, false) == raw.find("2. \nWe"));
  std::string_view run = "and its annexes. 9. We reaffirm the Addis Ababa";
  CHECK(find_numbered_break(run, 9, false) == std::string_view::npos);
  CHECK(find_numbered_break(run, 9, true) == run.find("9."));
  CHECK(find_numbered_break("see paragraph 9. of", 9, true) == std::string_view::npos);
  CHECK(find_numbered_break("Corr.2. We", 2, true) == std::string_view::npos);
}

TEST_CASE("slice trims, counts lines and carries the cites that fall inside") {
  Piece p{"first line,\n  second line", 10, {Cite{11, 1}, Cite{24, 2}}};
  Piece head = slice(p, 0, 11);
  Piece tail = slice(p, 11, p.text.size());
  CHECK(head.text == "first line,");
  CHECK(head.line == 10);
  REQUIRE(head.cites.size() == 1);
  CHECK(head.cites[0].number == 1);
  CHECK(tail.text == "second line");
  CHECK(tail.line == 11);
  REQUIRE(tail.cites.size() == 1);
  CHECK(tail.cites[0].number == 2);
}

// ---- runs.cpp ----

TEST_CASE("split_runs cuts the seed's run-together first page at glued emphasis") {
  Expected<Source> s = load(
      "General and complete disarmament**Resolution adopted\non 6 December 2021***[on the report (A/76/444, para. "
      "93)]***76/28. Measures***The General Assembly,**Recalling* its resolution 75/58,*Recognizing* the "
      "determination, and *Recognizing* further, Terrorism,¹*Recalling further* the adoption",
      "seed.md", Format::Markdown);
  REQUIRE(s.ok());
  std::vector<Piece> ps = split_runs(s->blocks, en);
  CHECK(texts(ps) == std::vector<std::string>{"General and complete disarmament", "Resolution adopted\non 6 December 2021",
                                              "[on the report (A/76/444, para. 93)]", "76/28. Measures",
                                              "The General Assembly,", "Recalling its resolution 75/58,",
                                              "Recognizing the determination, and Recognizing further, Terrorism,¹",
                                              "Recalling further the adoption"});  // "and *Recognizing*": no comma, no cut
  CHECK(ps[1].line == 1);
  CHECK(ps[2].line == 2);
}

TEST_CASE("split_runs leaves emphasis inside a sentence or a footnote alone") {
  Expected<Source> s = load("¹ United Nations, *Treaty Series*, vol. 2445.\n\n1. *Calls upon* all States;", "x.md",
                            Format::Markdown);
  REQUIRE(s.ok());
  CHECK(texts(split_runs(s->blocks, en)) ==
        std::vector<std::string>{"¹ United Nations, Treaty Series, vol. 2445.", "1. Calls upon all States;"});
}

// ---- definitions.cpp ----

TEST_CASE("take_definitions reads Markdown, superscript and digit-led footnotes in sequence") {
  std::vector<Piece> ps = pieces({"Recalling the support ... held in Baku on", "¹ United Nations, Treaty Series.",
                                  "² Ibid., vol. 1456,\nNo. 24631.", "25 and 26 October 2019,³ for measures",
                                  "3 See A/74/548, annex.", "[^4]: See A/59/361.", "6 Resolution 60/1."});
  Warnings w;
  std::vector<std::string> notes = take_definitions(ps, en, w);
  CHECK(notes == std::vector<std::string>{"United Nations, Treaty Series.", "Ibid., vol. 1456, No. 24631.",
                                          "See A/74/548, annex.", "See A/59/361."});
  // "25 and 26 October" is text (25 is not the next footnote); "6 Resolution" skips 5: text too.
  CHECK(texts(ps) == std::vector<std::string>{"Recalling the support ... held in Baku on",
                                              "25 and 26 October 2019,³ for measures", "6 Resolution 60/1."});
}

TEST_CASE("take_definitions reads an out-of-sequence [^N] as the previous footnote's continuation") {
  std::vector<Piece> ps;
  for (int n = 1; n <= 9; ++n) ps.push_back(Piece{"[^" + std::to_string(n) + "]: Note.", n, {}});
  for (const char* t : {"[^10]: Report, Cairo, 5–13 September", "[^1994]: (United Nations publication), annex.",
                        "[^11]: Resolution 70/1."})
    ps.push_back(Piece{t, 20, {}});
  Warnings w;
  std::vector<std::string> notes = take_definitions(ps, en, w);
  REQUIRE(notes.size() == 11);
  CHECK(notes[9] == "Report, Cairo, 5–13 September 1994 (United Nations publication), annex.");
  CHECK(notes[10] == "Resolution 70/1.");
  CHECK(ps.empty());
  CHECK_THAT(w.front(), Contains("[^1994] is out of sequence"));
}

TEST_CASE("take_definitions does not take dates and ranges for digit-led footnotes") {
  std::vector<Piece> ps = pieces({"1 April 2016 in Washington, D.C.,", "1 and 2 December", "1 Resolution 60/1."});
  Warnings w;
  std::vector<std::string> notes = take_definitions(ps, en, w);
  CHECK(notes == std::vector<std::string>{"Resolution 60/1."});
  CHECK(ps.size() == 2);
}

// ---- markers.cpp ----

TEST_CASE("take_markers takes [^N] and superscript markers out") {
  auto [text, cited] = markers("the Amendment[^1] to the Convention on Nuclear Material² by the Agency");
  CHECK(text == "the Amendment to the Convention on Nuclear Material by the Agency");
  CHECK(cited == std::vector<int>{1, 2});
}

TEST_CASE("take_markers takes digits glued to words and punctuation when they are next in sequence") {
  auto [text, cited] = markers("Terrorism,1 the Amendment2 to Weapons;3 and Development.4 Next (A/80/L.5) and Corr.5");
  CHECK(text == "Terrorism, the Amendment to Weapons; and Development. Next (A/80/L.5) and Corr.5");
  CHECK(cited == std::vector<int>{1, 2, 3, 4});
}

TEST_CASE("take_markers takes standalone digits and collapses the gap") {
  auto [text, cited] = markers("Nuclear Material 1 by the Agency, Rights, 2 the Covenant, the Conference, 3");
  CHECK(text == "Nuclear Material  by the Agency, Rights,  the Covenant, the Conference,");
  CHECK(cited == std::vector<int>{1, 2, 3});
  CHECK(markers("the Treaty 1, and").first == "the Treaty, and");
}

TEST_CASE("take_markers splits a marker off a year: 20055 is 2005 and marker 5") {
  auto [text, cited] = markers("on 16 September 20051 and of 19722 and of 20243, then 2024,4");
  CHECK(text == "on 16 September 2005 and of 1972 and of 2024, then 2024,");
  CHECK(cited == std::vector<int>{1, 2, 3, 4});
}

TEST_CASE("take_markers leaves numbers that refer, count or date") {
  const std::string text =
      "paragraph 1 of resolution 1, No. 1, the 1 steps, 1 April 2016, paragraphs 1 to 10, 1 and 2 December, action 1 "
      "of the Pact, Goal 1 and A/80/1 1.";
  CHECK(markers(text).first == text);
  CHECK(markers(text).second.empty());
}

TEST_CASE("take_markers wants a definition for a bare number") {
  CHECK(markers("resolution 79/42,7 and Weapons1", 1).second == std::vector<int>{1});  // no footnote 7
  CHECK(markers("Terrorism,1 and Weapons2", 1).first == "Terrorism, and Weapons2");  // no footnote 2
  CHECK(markers("Programme of Action 1 and the Programme").second == std::vector<int>{1});
}

namespace {

/// Runs take_markers over several pieces with footnotes 1..defined; returns texts and cited numbers.
std::pair<std::vector<std::string>, std::vector<int>> markers_in(std::initializer_list<const char*> texts, int defined) {
  std::vector<Piece> body = pieces(texts);
  std::vector<std::string> notes;
  for (int i = 1; i <= defined; ++i) notes.push_back("note " + std::to_string(i));
  Warnings warnings;
  take_markers(body, notes, en, warnings);
  std::vector<int> cited;
  for (const Piece& p : body)
    for (const Cite& c : p.cites) cited.push_back(c.number);
  return {texts_of(body), cited};
}

}  // namespace

TEST_CASE("take_markers: a marker glued to a year range is found, and so are the ones after it") {
  // A/RES/80/5's and the cases: "2024–203412" is 2034 + 12, "2025–20283" is 2028 + 3.
  auto [texts, cited] = markers_in({"the Decade 2024–20341 and the timetable for 2025–20282,",
                                    "the new version3 of the Charter, all Member States4 and", "the Agenda of 2015,5"},
                                   5);
  CHECK(texts == std::vector<std::string>{"the Decade 2024–2034 and the timetable for 2025–2028,",
                                          "the new version of the Charter, all Member States and", "the Agenda of 2015,"});
  CHECK(cited == std::vector<int>{1, 2, 3, 4, 5});
}

TEST_CASE("take_markers: a missed marker costs only itself") {
  // Marker 3 is not in the text (an extractor lost it): 4, 5 and 6 are still found.
  auto [texts, cited] = markers_in({"Recalling the Treaty,1", "Noting the Convention2 and", "Welcoming the Summit,",
                                    "Noting the new version4 of the Charter,", "all Member States5 and",
                                    "the Agenda adopted in 2015,6"},
                                   6);
  CHECK(cited == std::vector<int>{1, 2, 4, 5, 6});
  CHECK(texts[3] == "Noting the new version of the Charter,");
  CHECK(texts[5] == "the Agenda adopted in 2015,");
}

TEST_CASE("take_markers: a recital moved or deleted does not break the markers after it") {
  // Footnotes numbered for an order the text no longer has: 3 is cited before 2, and 4 nowhere.
  auto [texts, cited] = markers_in({"Recalling the Treaty,1", "Recalling further the Protocol,3",
                                    "Recalling also the Convention,2", "Welcoming the Summit,5", "Noting the Agenda6 and"},
                                   6);
  CHECK(cited == std::vector<int>{1, 3, 2, 5, 6});
  for (const std::string& t : texts) CHECK(t.find_first_of("0123456") == std::string::npos);
}

TEST_CASE("take_markers: a footnote cited again after the same word is a marker again") {
  // A/RES/72/42: recital 6 "Nuclear Terrorism, 1", operative 2 "Nuclear Terrorism,1 and encourages".
  auto [texts, cited] = markers_in({"Acts of Nuclear Terrorism, 1", "the Agency on 8 July 2005,2",
                                    "Acts of Nuclear Terrorism,1 and encourages States parties"},
                                   2);
  CHECK(cited == std::vector<int>{1, 2, 1});
  CHECK(texts[2] == "Acts of Nuclear Terrorism, and encourages States parties");
}

TEST_CASE("take_markers: symbols and references keep their numbers") {
  const std::string text =
      "resolution GC(69)/RES/9 A.2 of the Conference, Treaty Series, vol. 2445, No. 39, paragraph 5 of resolution "
      "74/43 and document A/80/L.2,";
  auto [after, cited] = markers(text, 50);
  CHECK(after == text);
  CHECK(cited.empty());
}

TEST_CASE("take_markers: markers run together cite each footnote") {
  auto [texts, cited] = markers_in({"on 8 May 2016,12 and on 8 September 2006,³⁴"}, 4);
  CHECK(texts[0] == "on 8 May 2016, and on 8 September 2006,");
  CHECK(cited == std::vector<int>{1, 2, 3, 4});
}

// ---- header.cpp ----

TEST_CASE("read_header reads symbol, session, date, agenda item and report from the text") {
  std::vector<Piece> header = pieces({"United Nations", "General Assembly Distr.: General 5 December 2025",
                                      "Eightieth session Agenda item 99 (t) General and complete disarmament",
                                      "Resolution adopted by the General Assembly on 1 December 2025",
                                      "[on the report of the First Committee (A/80/534, para. 7)]",
                                      "80/41. Measures to prevent terrorists from acquiring weapons of"});
  Metadata m = read_header(header, {}, en);
  CHECK(m.symbol == "80/41");
  CHECK(m.session == 80);
  CHECK(m.date == "2025-12-01");  // adoption, not the Distr. date
  CHECK(m.agenda_item == "99 (t)");
  CHECK(m.report == "A/80/534, para. 7");
  CHECK(m.committee == "First Committee");
  CHECK(m.title == "Measures to prevent terrorists from acquiring weapons of");
  CHECK(m.language == "en");
}

TEST_CASE("read_header reads a draft's masthead: symbol, committee, sponsors, what it is, and its title") {
  // After A/C.1/80/L.22's first page.
  std::vector<Piece> header = pieces({"United Nations", "A/C.1/80/L.22", "General Assembly",
                                      "Distr.: Limited 13 October 2025", "Original: English", "Eightieth session",
                                      "First Committee", "Agenda item 99 (t) General and complete disarmament",
                                      "Albania, Australia and Uruguay:", "draft resolution",
                                      "Measures to prevent terrorists from acquiring weapons of mass destruction"});
  Metadata m = read_header(header, {}, en);
  CHECK(m.symbol == "A/C.1/80/L.22");
  CHECK(m.session == 80);
  CHECK(m.committee == "First Committee");
  CHECK(m.sponsors == "Albania, Australia and Uruguay");
  CHECK(m.draft == "draft resolution");
  CHECK(m.title == "Measures to prevent terrorists from acquiring weapons of mass destruction");
  CHECK_FALSE(m.date);
  // A/80/L.29: the sponsor, its note's asterisk and what it is on one line.
  Metadata a = read_header(pieces({"A/80/L.29", "Brazil:* amendment to draft resolution A/80/L.22",
                                   "Oceans and the law of the sea"}), {}, en);
  CHECK(a.sponsors == "Brazil");
  CHECK(a.draft == "amendment to draft resolution A/80/L.22");
  CHECK(a.title == "Oceans and the law of the sea");
}

TEST_CASE("read_header completes a title cut short from the front matter, never overrides it") {
  std::vector<Piece> cut = pieces({"80/41. Measures to prevent terrorists from acquiring weapons of"});
  CHECK(read_header(cut, {{"title", "Measures to prevent terrorists from acquiring weapons of mass destruction :"}}, en)
            .title == "Measures to prevent terrorists from acquiring weapons of mass destruction");
  std::vector<Piece> whole = pieces({"80/10. International Day of the World’s Indigenous Women and Girls"});
  CHECK(read_header(whole, {{"title", "International Day of the World's Indigenous Women and Girls : extra :"}}, en)
            .title == "International Day of the World’s Indigenous Women and Girls");
  CHECK(read_header(pieces({"80/2. Scale of assessments for the apportionment of the expenses of the"}),
                    {{"title", "Scale of assessments for the apportionment of the expenses of the United Nations : "
                               "requests under Article 19 of the Charter :"}},
                    en)
            .title ==
        "Scale of assessments for the apportionment of the expenses of the United Nations: requests under Article 19 "
        "of the Charter");
}

TEST_CASE("read_header falls back on the front matter symbol and the symbol's session") {
  Metadata m = read_header(pieces({"United Nations"}), {{"symbol", "A/RES/80/10"}, {"title", "A title :"}}, en);
  CHECK(m.symbol == "80/10");
  CHECK(m.session == 80);
  CHECK(m.title == "A title");
  CHECK(read_header(pieces({"[without reference to a Main Committee (A/80/L.11)]"}), {}, en).report == "A/80/L.11");
}

TEST_CASE("read_header reads the committee of the report line, none without reference to one") {
  CHECK(read_header(pieces({"[on the report of the Fifth Committee (A/80/567)]"}), {}, en).committee == "Fifth Committee");
  CHECK(read_header(pieces({"[on the reports of the Third Committee (A/80/480, para. 12)]"}), {}, en).committee ==
        "Third Committee");
  Metadata none = read_header(pieces({"[without reference to a Main Committee (A/80/L.11)]"}), {}, en);
  CHECK_FALSE(none.committee.has_value());
  CHECK_FALSE(read_header(pieces({"80/10. A title"}), {}, en).committee.has_value());
}

TEST_CASE("read_closing formats the plenary meeting with or without its date") {
  std::string date;
  CHECK(read_closing("45th plenary meeting\n6 December 2021", en, &date) == "45th plenary meeting, 6 December 2021");
  CHECK(date == "2021-12-06");
  CHECK(read_closing("51st plenary meeting", en) == "51st plenary meeting");
  CHECK_FALSE(read_closing("Recalling the 45th plenary meeting", en));
}

TEST_CASE("find_assembly finds the body's start and splits it off a run-on line") {
  std::vector<Piece> ps = pieces({"80/5. Doha", "The General Assembly", "Adopts"});
  CHECK(find_assembly(ps, en) == 1);
  std::vector<Piece> run = pieces({"Title", "The General Assembly, Recalling its resolution,"});
  CHECK(find_assembly(run, en) == 1);
  CHECK(texts(run) == std::vector<std::string>{"Title", "The General Assembly,", "Recalling its resolution,"});
  std::vector<Piece> none = pieces({"Resolution adopted by the General Assembly on 1 December 2025"});
  CHECK(find_assembly(none, en) == std::string::npos);
}

// ---- repair.cpp ----

TEST_CASE("drop_furniture drops a mark at either end of a piece and keeps clauses that only look like one") {
  std::vector<Piece> body = pieces({"1/3 Oceans and the law of the sea", "Oceans and the law of the sea 25-17700 (E)",
                                    "_____ 2/3", "1. Decides to include 2/3 of it;", "12. Takes note 2/3",
                                    "A/RES/80/110 A", "Recalling its resolution A/RES/79/144", "2/3 of the votes, A"});
  Warnings w;
  drop_furniture(body, {"Oceans and the law of the sea"}, en, w);
  CHECK(texts(body) == std::vector<std::string>{"1. Decides to include 2/3 of it;", "12. Takes note 2/3",
                                                "Recalling its resolution A/RES/79/144", "2/3 of the votes, A"});
}

TEST_CASE("join_page_breaks joins an unfinished clause with its continuation") {
  std::vector<Piece> body = pieces({"Recalling the support expressed, held in Baku on", "25 and 26 October 2019, for measures,",
                                    "30. Encourages States, as well as the International",
                                    "Tracing Instrument, including in preparation;", "7. Also urges States, while",
                                    "stressing that reductions;", "4. Calls upon States, including the points of contact",
                                    "5. Encourages all;"});
  Warnings w;
  join_page_breaks(body, en, w);
  CHECK(texts(body) == std::vector<std::string>{
                           "Recalling the support expressed, held in Baku on 25 and 26 October 2019, for measures,",
                           "30. Encourages States, as well as the International Tracing Instrument, including in preparation;",
                           "7. Also urges States, while stressing that reductions;",
                           "4. Calls upon States, including the points of contact", "5. Encourages all;"});
  CHECK(w.size() == 3);
  CHECK_THAT(w[0], Contains("joined paragraph split across a page break"));
}

TEST_CASE("join_page_breaks keeps headings, clause starts and finished clauses apart") {
  std::vector<Piece> body = pieces({"Affirming that the review is aimed at the field level,", "Peacebuilding Commission",
                                    "1. Reaffirms all relevant resolutions;", "Peacebuilding financing",
                                    "13. Calls for the full implementation;"});
  Warnings w;
  join_page_breaks(body, en, w);
  CHECK(body.size() == 5);
  CHECK(w.empty());
}

TEST_CASE("join_page_breaks joins after a comma when the next page starts in lower case") {
  std::vector<Piece> body = pieces({"(a) Promoting an adequate standard of living, in accessible, safe,",
                                    "affordable, adequate housing;"});
  Warnings w;
  join_page_breaks(body, en, w);
  CHECK(texts(body) == std::vector<std::string>{"(a) Promoting an adequate standard of living, in accessible, safe, "
                                                "affordable, adequate housing;"});
}

TEST_CASE("join_page_breaks carries the second half's cites along") {
  std::vector<Piece> body{Piece{"held in Baku on", 8, {}}, Piece{"25 October 2019, for", 16, {Cite{16, 3}}}};
  Warnings w;
  join_page_breaks(body, en, w);
  REQUIRE(body.size() == 1);
  REQUIRE(body[0].cites.size() == 1);
  CHECK(body[0].cites[0].at == std::string("held in Baku on 25 October 2019,").size());
}

TEST_CASE("drop_furniture drops running headers and page furniture lines") {
  std::vector<Piece> body = pieces({"4. Urges all Member States;", "Scale of assessments for the apportionment of the",
                                    "25-17700\n2/18", "A/RES/80/5\nDoha Political Declaration", "*2517700*\nconsequences in",
                                    "Scale of", "5. Agrees;"});
  Warnings w;
  drop_furniture(body, {"Scale of assessments for the apportionment of the expenses", "Doha Political Declaration"}, en, w);
  CHECK(texts(body) == std::vector<std::string>{"4. Urges all Member States;", "consequences in", "Scale of", "5. Agrees;"});
}

TEST_CASE("drop_furniture keeps the annex's title, though it repeats the resolution's title") {
  // fixtures/A_RES_80_5.md, lines 26-32: the closing, "Annex", then the declaration's title, which
  // is the resolution's own title too; the same title before a page's text is a running header.
  const char* title =
      "Doha Political Declaration of the “World Social Summit” under the title “the Second World Summit for Social "
      "Development”";
  std::vector<Piece> body = pieces({"28th plenary meeting 4 November 2025", "Annex", title,
                                    "1. We, Heads of State and Government and high representatives, have gathered in Doha",
                                    title, "consequences in accordance with international law"});
  Warnings w;
  drop_furniture(body, {title}, en, w);
  CHECK(texts(body) == std::vector<std::string>{"28th plenary meeting 4 November 2025", "Annex", title,
                                                "1. We, Heads of State and Government and high representatives, have "
                                                "gathered in Doha",
                                                "consequences in accordance with international law"});
}

// ---- sublist.cpp ----

TEST_CASE("label_items infers lost labels and ends a nested list where a surviving label says") {
  // A/RES/80/11 operative 1: (a), (b) "… by:", (i), "(ii)", then two items that must be (c), (d).
  std::vector<ListItem> items{{{}, false}, {{}, true}, {{}, false}, {Label{0, 2}, false}, {{}, false},
                              {{}, false}, {Label{5, 0}, false}, {{}, false}};
  CHECK(label_items(items) ==
        std::vector<std::string>{"(a)", "(b)", "(b) (i)", "(b) (ii)", "(c)", "(d)", "(e)", "(f)"});
}

TEST_CASE("label_items keeps a nested list open without evidence, and reads (i) after (h) as a letter") {
  std::vector<ListItem> nested{{{}, true}, {{}, false}, {{}, false}};
  CHECK(label_items(nested) == std::vector<std::string>{"(a)", "(a) (i)", "(a) (ii)"});
  std::vector<ListItem> letters(8);
  letters.push_back(ListItem{Label{9, 1}, false});
  CHECK(label_items(letters).back() == "(i)");
  std::vector<ListItem> roman{{Label{9, 1}, false}, {{}, false}, {Label{0, 3}, false}};
  CHECK(label_items(roman) == std::vector<std::string>{"(i)", "(ii)", "(iii)"});
}

TEST_CASE("label_items re-syncs on a surviving label after lost ones") {
  std::vector<ListItem> items(12);
  items.push_back(ListItem{Label{13, 0}, false});  // "(m) Strengthening …" after twelve lost labels
  items.push_back(ListItem{});
  std::vector<std::string> got = label_items(items);
  CHECK(got[11] == "(l)");
  CHECK(got[12] == "(m)");
  CHECK(got[13] == "(n)");
}

// ---- grammar.cpp and segment.cpp: whole documents ----

TEST_CASE("segment reads recitals, numbered operative paragraphs and the closing") {
  Document d = parse(
      "80/1. Title\n\nThe General Assembly,\n\n*Recalling* its resolution 79/1,\n\n*Noting* the report,\n\n"
      "1. *Decides* to act;\n\n2. *Requests* a report.\n\n*9th plenary meeting\n1 October 2025*\n");
  CHECK(d.is_resolution);
  CHECK(d.count(ClauseKind::Preambular) == 2);
  CHECK(d.count(ClauseKind::Operative) == 2);
  const Clause& op2 = clause(d, ClauseKind::Operative, 2);
  CHECK(op2.number == "2");
  CHECK(op2.text == "Requests a report.");
  CHECK(op2.line == 11);
  CHECK(clause(d, ClauseKind::Preambular, 1).number.empty());
  CHECK(d.meta.closing == "9th plenary meeting, 1 October 2025");
  CHECK(d.meta.date == "2025-10-01");  // from the closing when the header has none
  CHECK(d.meta.symbol == "80/1");
}

TEST_CASE("segment infers sub-paragraphs after an operative paragraph ending in ':'") {
  Document d = parse(
      "The General Assembly,\n\nRecalling,\n\n1. Decides:\n\nRequesting the Commission;\n\nRequesting, by:\n\n"
      "Assisting States;\n\n(ii) Inviting banks;\n\nTaking note;\n\n(d) Requesting;\n\n2. Calls upon all.");
  CHECK(d.count(ClauseKind::Operative) == 2);
  std::vector<std::string> numbers;
  for (const Clause& c : d.clauses)
    if (c.kind == ClauseKind::Subparagraph) numbers.push_back(c.number);
  CHECK(numbers == std::vector<std::string>{"1 (a)", "1 (b)", "1 (b) (i)", "1 (b) (ii)", "1 (c)", "1 (d)"});
  CHECK(clause(d, ClauseKind::Subparagraph, 4).text == "Inviting banks;");
  CHECK(clause(d, ClauseKind::Operative, 2).number == "2");
}

TEST_CASE("segment hangs items under a paragraph whose ':' was lost at a line end, and only there") {
  Document d = parse("The General Assembly,\n\nRecalling,\n\n1. Decides, to this end, to\n\nAdopting policies;\n\n"
                     "Supporting entrepreneurship.\n\n2. Requests a report;\n\nStrengthening cooperation.");
  std::vector<std::string> numbers;
  for (const Clause& c : d.clauses)
    if (c.kind != ClauseKind::Preambular) numbers.push_back(std::string(kind_name(c.kind)) + " " + c.number);
  CHECK(numbers == std::vector<std::string>{"operative 1", "subparagraph 1 (a)", "subparagraph 1 (b)", "operative 2",
                                            "operative "});
  bool warned = false;
  for (const std::string& w : d.warnings) warned |= w.find("unnumbered paragraph after operative paragraph 2") != std::string::npos;
  CHECK(warned);
}

TEST_CASE("segment keeps section headings on the clauses under them") {
  Document d = parse("The General Assembly,\n\nRecalling,\n\nPeacebuilding Commission\n\n1. Decides;\n\n"
                     "Peacebuilding financing\n\n2. Calls for financing.");
  CHECK(d.count(ClauseKind::Operative) == 2);
  CHECK(clause(d, ClauseKind::Preambular, 1).heading.empty());
  CHECK(clause(d, ClauseKind::Operative, 1).heading == "Peacebuilding Commission");
  CHECK(clause(d, ClauseKind::Operative, 2).heading == "Peacebuilding financing");
}

TEST_CASE("segment reads a one-paragraph resolution with an unnumbered operative paragraph and an annex") {
  Document d = parse(
      "80/5. Doha Declaration\n\nThe General Assembly\n\nAdopts the Doha Declaration, as contained in the annex.\n\n"
      "28th plenary meeting 4 November 2025\n\nAnnex\n\nDoha Declaration\n\n1. We have gathered.\n\n"
      "2. We commit to:\n\nTaking effective measures;\n\nA call to action\n\n3. We recommit.");
  CHECK(d.count(ClauseKind::Preambular) == 0);
  REQUIRE(d.count(ClauseKind::Operative) == 1);
  CHECK(clause(d, ClauseKind::Operative, 1).number.empty());
  CHECK(clause(d, ClauseKind::Operative, 1).text == "Adopts the Doha Declaration, as contained in the annex.");
  CHECK(d.meta.closing == "28th plenary meeting, 4 November 2025");
  std::vector<std::string> annex;
  for (const Clause& c : d.clauses)
    if (c.kind == ClauseKind::Annex) annex.push_back(c.number + " " + c.heading);
  // "Doha Declaration" after "Annex" is the annex's title, though it repeats the resolution's: it
  // heads the paragraphs up to the next heading, as when it stands on the line of "Annex" (below).
  CHECK(annex == std::vector<std::string>{"1 Doha Declaration", "2 Doha Declaration", "2 (a) Doha Declaration",
                                          "3 A call to action"});
}

TEST_CASE("segment reads an annex whose heading carries its title on the same line") {
  // The case, made up: "Annex 2025 Political Declaration …" on one line, an edit inside it.
  Document d = parse(
      "99/1. Declaration\n\nThe General Assembly\n\nAdopts the Political Declaration annexed to the present "
      "resolution.\n\n1st plenary meeting 1 January 2099\n\nAnnex 2025 Political Declaration of the High-level "
      "Meeting\n\n1. We, Heads of State and Government, are gathered.\n\n2. We commit to act.");
  std::vector<std::string> annex;
  for (const Clause& c : d.clauses)
    if (c.kind == ClauseKind::Annex) annex.push_back(c.number + " | " + c.text + " | " + c.heading);
  CHECK(annex == std::vector<std::string>{
                     "1 | We, Heads of State and Government, are gathered. | 2025 Political Declaration of the High-level Meeting",
                     "2 | We commit to act. | 2025 Political Declaration of the High-level Meeting"});
  for (const std::string& w : d.warnings) CHECK(w.find("after the closing") == std::string::npos);
}

TEST_CASE("segment compares text after the closing that no annex holds, as a paragraph, and says where") {
  Document d = parse("The General Assembly,\n\n1. *Decides* to act;\n\n1st plenary meeting 1 January 2099\n\n"
                     "Statement by the President on the vote.");
  const Clause& p = clause(d, ClauseKind::Paragraph, 1);
  CHECK(p.text == "Statement by the President on the vote.");
  bool said = false;
  for (const std::string& w : d.warnings)
    said = said || (w.rfind("line 7: text after the closing", 0) == 0 && w.find("compared as a paragraph") != std::string::npos);
  CHECK(said);
}

TEST_CASE("segment reads a closing with (resumed) and a number printed without its full stop") {
  Document d = parse("The General Assembly,\n\n1. *Decides* to act;\n\n2    Also decides to act again;\n\n"
                     "69th (resumed) plenary meeting 30 December 2025");
  CHECK(d.count(ClauseKind::Operative) == 2);
  CHECK(clause(d, ClauseKind::Operative, 2).number == "2");
  CHECK(clause(d, ClauseKind::Operative, 2).text == "Also decides to act again;");
  CHECK(d.meta.closing == "69th (resumed) plenary meeting, 30 December 2025");
}

TEST_CASE("segment keeps a bold heading or a long numbered section heading out of the clauses") {
  // 80/110's "XII Regular Process …" (18 words), 79/144's bold "Independent panel".
  Document d = parse(
      "The General Assembly,\n\n1. *Decides* to act;\n\nXII Regular Process for Global Reporting and Assessment of the "
      "State of the Marine Environment, including Socioeconomic Aspects\n\n2. *Decides* to act again;\n\n"
      "**Independent panel**\n\nThe panel reports;");
  CHECK(d.count(ClauseKind::Operative) == 3);
  CHECK(clause(d, ClauseKind::Operative, 2).heading.rfind("XII Regular Process", 0) == 0);
  CHECK(clause(d, ClauseKind::Operative, 3).heading == "Independent panel");
  CHECK(clause(d, ClauseKind::Operative, 3).text == "The panel reports;");
}

TEST_CASE("segment closes a space left after a hyphen, except before a word that suspends a compound") {
  // fixtures/A_RES_80_24.md: "Nuclear- Test-Ban", "high- level"; 80/5.md: "2015– 2030".
  Document d = parse(
      "The General Assembly,\n\n*Reiterating* the Comprehensive Nuclear- Test-Ban Treaty and a high- level "
      "conference on inter- national law, international, pre- and post-conflict, 2015– 2030,\n\n1. *Decides*;");
  CHECK(clause(d, ClauseKind::Preambular, 1).text ==
        "Reiterating the Comprehensive Nuclear-Test-Ban Treaty and a high-level conference on international law, "
        "international, pre- and post-conflict, 2015–2030,");
}

TEST_CASE("segment closes a space before a compound's hyphen, after a number's, and a hyphen at a line end, in the title and footnotes too") {
  // Made up after the "eighty -first", "self -determination" and 80/24's "22-point action plan".
  Document d = parse(
      "80/1. Peacebuilding archi-\ntecture\n\nThe General Assembly,\n\n*Recalling* the self -determination of "
      "peoples and its 22- point action plan on the peacebuilding architecture, the eighty -first session and "
      "the architecture - a dash stays,[^1]\n\n1. *Decides*;\n\n[^1]: Official Records, Forty -seventh Session.");
  CHECK(d.meta.title == "Peacebuilding architecture");
  CHECK(clause(d, ClauseKind::Preambular, 1).text ==
        "Recalling the self-determination of peoples and its 22-point action plan on the peacebuilding architecture, "
        "the eighty-first session and the architecture - a dash stays,");
  REQUIRE(d.footnotes.size() == 1);
  CHECK(d.footnotes[0] == "Official Records, Forty-seventh Session.");
}

TEST_CASE("segment closes a broken word that the document writes elsewhere in any case, and keeps the hyphen of one it never writes") {
  // Made up: "INTERNATIONAL" in capitals and "coöperation" beyond ASCII are written whole elsewhere.
  Document d = parse(
      "The General Assembly,\n\n*Recalling* inter- national and coöp- eration and well- being,[^1]\n\n"
      "1. *Decides* on INTERNATIONAL “coöperation”;\n\n[^1]: A footnote.");
  CHECK(clause(d, ClauseKind::Preambular, 1).text == "Recalling international and coöperation and well-being,");
}

TEST_CASE("segment closes a word broken twice when the document writes it, even where it wrote it only broken") {
  // Made up: "nati" is written, so "na- ti- onal" closes to "nati- onal", which asks for "national":
  // the document wrote it only as "inter- national", closed before it asks.
  Document d = parse(
      "The General Assembly,\n\n*Recalling* inter- national law, na- ti- onal law and co- ope- ration,\n\n"
      "1. *Decides* on international nati and Coope, not cooper;");
  CHECK(clause(d, ClauseKind::Preambular, 1).text == "Recalling international law, national law and coope-ration,");
}

TEST_CASE("segment closes each of many broken words that the document writes elsewhere, and only those") {
  // Made up: ten broken words (more than are looked for one by one); six are written whole elsewhere,
  // "governance" inside "governance-like", the rest nowhere.
  Document d = parse(
      "The General Assembly,\n\n*Recalling* inter- national, coope- ration, de- mocracy, devel- opment, go- vernance, "
      "ac- countability, trans- parency, sus- tainable, equi- table and par- ticipation,\n\n"
      "1. *Decides* on International COOPERATION, democracy, sustainable and Participation, not governance-like;");
  CHECK(clause(d, ClauseKind::Preambular, 1).text ==
        "Recalling international, cooperation, democracy, devel-opment, governance, ac-countability, trans-parency, "
        "sustainable, equi-table and participation,");
}

TEST_CASE("segment parts a month from the year glued to it") {
  // fixtures/pagetext/A_RES_73_55.pagetext.txt, recital 11.
  Document d = parse("The General Assembly,\n\n*Noting* the meeting in New York on 28 September2012,\n\n1. *Decides*;");
  CHECK(clause(d, ClauseKind::Preambular, 1).text == "Noting the meeting in New York on 28 September 2012,");
}

TEST_CASE("drop_furniture drops a page's marks run together on one line with the running title") {
  // As a viewer copies fixtures/pagetext/A_RES_75_58.pagetext.txt's page break.
  std::vector<Piece> body = pieces({"Welcoming also the adoption, and their entry into force on 8 May 2016, __________________",
                                    "A/RES/75/58 Measures to prevent terrorists 20-16873 2/3", "3/3 20-16873",
                                    "Noting the support expressed in 2019 2/3 of the votes,"});
  Warnings warnings;
  drop_furniture(body, {"Measures to prevent terrorists"}, en, warnings);
  CHECK(texts(body) == std::vector<std::string>{"Welcoming also the adoption, and their entry into force on 8 May 2016,",
                                                "Noting the support expressed in 2019 2/3 of the votes,"});
}

TEST_CASE("take_markers with raised digits known leaves every bare number as it stands") {
  // A/RES/80/233 operative 12: "programmes 2, 10, 17" — the PDF shows the markers raised.
  std::vector<Piece> body = pieces({"for programmes 2, 10, 17, 25 and 26 of the budget,¹"});
  std::vector<std::string> notes;
  for (int i = 1; i <= 10; ++i) notes.push_back("note " + std::to_string(i));
  Warnings warnings;
  take_markers(body, notes, en, warnings, true);
  CHECK(body[0].text == "for programmes 2, 10, 17, 25 and 26 of the budget,");
  REQUIRE(body[0].cites.size() == 1);
  CHECK(body[0].cites[0].number == 1);
}

TEST_CASE("segment attaches footnotes to the clause citing them, in every marker style") {
  Document d = parse(
      "The General Assembly,\n\n*Recalling* the Convention,¹\n\n*Noting* the Amendment[^2] and Material 3 by\n\n"
      "¹ United Nations, *Treaty Series*.\n\n² Ibid., vol. 2.\n\n3 Ibid., vol. 3.\n\n"
      "the Agency on 16 September 20054 and 2006,\n\n1. *Decides*;\n\n---\n\n[^4]: Resolution 60/1.\n");
  REQUIRE(d.count(ClauseKind::Preambular) == 2);
  CHECK(clause(d, ClauseKind::Preambular, 1).text == "Recalling the Convention,");
  CHECK(clause(d, ClauseKind::Preambular, 1).footnotes == std::vector<std::string>{"United Nations, Treaty Series."});
  const Clause& pp2 = clause(d, ClauseKind::Preambular, 2);
  CHECK(pp2.text == "Noting the Amendment and Material by the Agency on 16 September 2005 and 2006,");
  CHECK(pp2.footnotes == std::vector<std::string>{"Ibid., vol. 2.", "Ibid., vol. 3.", "Resolution 60/1."});
  CHECK(d.footnotes.size() == 4);
}

TEST_CASE("a clause records where in its text each footnote is cited") {
  Document d = parse(
      "The General Assembly,\n\n*Recalling* the Convention,¹\n\n*Noting* the Amendment[^2] and Material 3 by\n\n"
      "¹ United Nations, *Treaty Series*.\n\n² Ibid., vol. 2.\n\n3 Ibid., vol. 3.\n\n"
      "the Agency on 16 September 20054 and 2006,\n\n1. *Decides*;\n\n---\n\n[^4]: Resolution 60/1.\n");
  const Clause& pp1 = clause(d, ClauseKind::Preambular, 1);
  CHECK(pp1.footnote_at == std::vector<size_t>{std::string("Recalling the Convention,").size()});
  const Clause& pp2 = clause(d, ClauseKind::Preambular, 2);
  // after "Amendment", after "Material", after the year 2005 its marker was glued to
  const std::string& t = pp2.text;
  CHECK(pp2.footnote_at == std::vector<size_t>{t.find(" and Material"), t.find(" by the Agency"), t.find(" and 2006")});
  CHECK(clause(d, ClauseKind::Operative, 1).footnote_at.empty());

  // 80/41 recital 7, joined across a page break: "Amendment[^2]" and "Material 3 by"
  Document d80 = fixture("A_RES_80_41.md");
  const Clause& pp7 = clause(d80, ClauseKind::Preambular, 7);
  CHECK(pp7.footnote_at == std::vector<size_t>{pp7.text.find(" to the Convention"), pp7.text.find(" by the International")});
}

TEST_CASE("segment reads a text that is no resolution paragraph by paragraph") {
  Document d = parse("# Notes\n\nFirst paragraph\nwrapped.\n\nSecond *one*.");
  CHECK_FALSE(d.is_resolution);
  REQUIRE(d.clauses.size() == 3);
  CHECK(d.clauses[1].kind == ClauseKind::Paragraph);
  CHECK(d.clauses[1].index == 2);
  CHECK(d.clauses[1].text == "First paragraph wrapped.");
  CHECK(d.clauses[2].text == "Second one.");
  CHECK(d.warnings == std::vector<std::string>{"not a resolution: compared paragraph by paragraph"});
}

// ---- the fixtures the golden diff depends on ----

TEST_CASE("80/41 recital 7 is joined across the page break with both footnotes") {
  Document d = fixture("A_RES_80_41.md");
  const Clause& pp7 = clause(d, ClauseKind::Preambular, 7);
  CHECK(pp7.text ==
        "Recalling further the adoption, by consensus of the States Parties, of the Amendment to the Convention on the "
        "Physical Protection of Nuclear Material by the International Atomic Energy Agency on 8 July 2005, and its "
        "entry into force on 8 May 2016,");
  CHECK(pp7.footnotes == std::vector<std::string>{"Ibid., vol. 3132, No. 24631.", "Ibid., vol. 1456, No. 24631."});
  CHECK(pp7.line == 38);
}

TEST_CASE("80/41 recital 15 loses the marker glued to 2005 and cites two footnotes") {
  Document d = fixture("A_RES_80_41.md");
  const Clause& pp15 = clause(d, ClauseKind::Preambular, 15);
  CHECK(pp15.text.ends_with(
      "on 16 September 2005 and the adoption of the United Nations Global Counter-Terrorism Strategy on 8 September "
      "2006,"));
  CHECK(pp15.footnotes == std::vector<std::string>{"Resolution 60/1.", "Resolution 60/288."});
}

TEST_CASE("the seed's recital 8 is joined across the page break and its footnote blocks") {
  Document d = fixture("A_RES_76_28.seed.md");
  const Clause& pp8 = clause(d, ClauseKind::Preambular, 8);
  CHECK(pp8.text ==
        "Recalling the support expressed in the Final Document of the Eighteenth Summit of Heads of State or "
        "Government of Non-Aligned Countries, held in Baku on 25 and 26 October 2019, for measures to prevent "
        "terrorists from acquiring weapons of mass destruction,");
  CHECK(pp8.footnotes == std::vector<std::string>{"See A/74/548, annex."});
  CHECK(clause(d, ClauseKind::Preambular, 6).footnotes ==
        std::vector<std::string>{"United Nations, Treaty Series, vol. 2445, No. 44004."});
}

TEST_CASE("the seed's recital 4 and 80/41's read the same after links, escapes and hyphens") {
  const std::string expected =
      "Cognizant of the steps taken by States to implement Security Council resolution 1540 (2004) of 28 April 2004 "
      "on the non-proliferation of weapons of mass destruction,";
  CHECK(clause(fixture("A_RES_76_28.seed.md"), ClauseKind::Preambular, 4).text == expected);
  CHECK(clause(fixture("A_RES_80_41.md"), ClauseKind::Preambular, 4).text == expected);
}

TEST_CASE("the seed's operative paragraphs lose number and opener emphasis") {
  Document d = fixture("A_RES_76_28.seed.md");
  const Clause& op1 = clause(d, ClauseKind::Operative, 1);
  CHECK(op1.number == "1");
  CHECK(op1.text ==
        "Calls upon all Member States to support international efforts to prevent terrorists from acquiring weapons "
        "of mass destruction and their means of delivery;");
  CHECK(clause(d, ClauseKind::Preambular, 1).text == "Recalling its resolution 75/58 of 7 December 2020,");
}

TEST_CASE("the seed's metadata comes from its own text") {
  Metadata m = fixture("A_RES_76_28.seed.md").meta;
  CHECK(m.symbol == "76/28");
  CHECK(m.session == 76);
  CHECK(m.date == "2021-12-06");
  CHECK(m.agenda_item == "100 (s)");
  CHECK(m.report == "A/76/444, para. 93");
  CHECK(m.committee == "First Committee");
  CHECK(m.closing == "45th plenary meeting, 6 December 2021");
  CHECK(m.title == "Measures to prevent terrorists from acquiring weapons of mass destruction");
  CHECK(m.language == "en");
}

TEST_CASE("80/41's metadata comes from its own text, the title completed from the front matter") {
  Metadata m = fixture("A_RES_80_41.md").meta;
  CHECK(m.symbol == "80/41");
  CHECK(m.session == 80);
  CHECK(m.date == "2025-12-01");
  CHECK(m.agenda_item == "99 (t)");
  CHECK(m.report == "A/80/534, para. 7");
  CHECK(m.closing == "52nd plenary meeting, 1 December 2025");
  CHECK(m.title == "Measures to prevent terrorists from acquiring weapons of mass destruction");
}

TEST_CASE("80/38 operative 30 continues on the next page with a capitalised word") {
  Document d = fixture("A_RES_80_38.md");
  const Clause& op30 = clause(d, ClauseKind::Operative, 30);
  CHECK(op30.text.ends_with(
      "as well as the International Tracing Instrument, including in preparation for the meetings on the Programme "
      "of Action;"));
  CHECK(op30.number == "30");
}

TEST_CASE("80/10 reads footnote 10's continuation and a closing without a date") {
  Document d = fixture("A_RES_80_10.md");
  REQUIRE(d.footnotes.size() == 13);
  CHECK(d.footnotes[9] ==
        "Report of the International Conference on Population and Development, Cairo, 5–13 September 1994 (United "
        "Nations publication, Sales No. E.95.XIII.18), chap. I, resolution 1, annex.");
  CHECK(d.meta.closing == "51st plenary meeting");
  CHECK(d.meta.date == "2025-11-26");
  CHECK(d.meta.report == "A/80/L.11");
  CHECK_FALSE(d.meta.committee.has_value());
  CHECK(clause(d, ClauseKind::Preambular, 2).footnotes.size() == 5);
  CHECK(clause(d, ClauseKind::Preambular, 2).text.starts_with(
      "Reaffirming also the International Covenant on Civil and Political Rights, the International Covenant"));
}

TEST_CASE("80/2 drops the running header between operative 4 and 5") {
  Document d = fixture("A_RES_80_2.md");
  CHECK(d.count(ClauseKind::Operative) == 6);
  CHECK(clause(d, ClauseKind::Operative, 5).text.starts_with("Agrees that the failure"));
  CHECK(d.meta.title ==
        "Scale of assessments for the apportionment of the expenses of the United Nations: requests under Article 19 "
        "of the Charter");
  bool warned = false;
  for (const std::string& w : d.warnings) warned |= w.find("running header") != std::string::npos;
  CHECK(warned);
}
