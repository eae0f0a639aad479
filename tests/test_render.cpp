// Tests of the render stage (src/render/): labels, the JSON report and parse output, the text view.
// Reports are built by hand here, so these tests need neither the reader nor the engine.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "../src/render/layout.hpp"
#include "../src/render/names.hpp"
#include "resdiff/render.hpp"

using namespace resdiff;
using Json = nlohmann::ordered_json;

namespace {

Clause clause(ClauseKind kind, int index, std::string number, std::string text, std::vector<std::string> footnotes = {}) {
  Clause c;
  c.kind = kind;
  c.index = index;
  c.number = std::move(number);
  c.text = std::move(text);
  c.footnotes = std::move(footnotes);
  return c;
}

Edit edit(Edit::Op op, std::string text, bool technical = false) { return Edit{op, std::move(text), technical}; }

Entry entry(ClauseKind kind, Status status, std::vector<size_t> olds, std::vector<size_t> news, std::vector<Edit> edits,
            bool technical = false) {
  Entry e;
  e.kind = kind;
  e.status = status;
  e.old_clauses = std::move(olds);
  e.new_clauses = std::move(news);
  e.edits = std::move(edits);
  e.technical = technical;
  return e;
}

// A small pair: PP1 technical change, PP2-PP4 unchanged, PP5 substantive change,
// OP1 unchanged, OP2 deleted, OP3 renumbered to OP2, a new OP3, and one footnote changed.
Report sample_report() {
  Report r;
  r.old_doc.path = "old.md";
  r.old_doc.meta.symbol = "76/28";
  r.old_doc.meta.session = 76;
  r.old_doc.meta.date = "2021-12-06";
  r.old_doc.meta.language = "en";
  r.old_doc.meta.title = "Measures to prevent terrorists from acquiring weapons of mass destruction";
  r.old_doc.footnotes = {"A/76/189."};
  r.new_doc.path = "new.md";
  r.new_doc.meta.symbol = "80/41";
  r.new_doc.meta.session = 80;
  r.new_doc.meta.date = "2025-12-01";
  r.new_doc.meta.language = "en";
  r.new_doc.meta.title = r.old_doc.meta.title;
  r.new_doc.footnotes = {"A/80/164."};

  const auto P = ClauseKind::Preambular;
  const auto O = ClauseKind::Operative;
  r.old_doc.clauses = {clause(P, 1, "", "Recalling its resolution 75/58 of 7 December 2020,"),
                       clause(P, 2, "", "Recognizing the determination of the international community,"),
                       clause(P, 3, "", "Deeply concerned by the growing risk,"),
                       clause(P, 4, "", "Cognizant of the steps taken by States,"),
                       clause(P, 5, "", "Recalling Security Council resolution 2325 (2016),", {"A/76/189."}),
                       clause(O, 1, "1", "Calls upon all Member States to act;"),
                       clause(O, 2, "2", "Appeals to all Member States;"),
                       clause(O, 3, "3", "Urges all Member States to act;")};
  r.new_doc.clauses = {clause(P, 1, "", "Recalling its resolution 79/42 of 2 December 2024,"),
                       clause(P, 2, "", "Recognizing the determination of the international community,"),
                       clause(P, 3, "", "Deeply concerned by the growing risk,"),
                       clause(P, 4, "", "Cognizant of the steps taken by States,"),
                       clause(P, 5, "", "Recalling Security Council resolutions 2325 (2016) and 2663 (2022),", {"A/80/164."}),
                       clause(O, 1, "1", "Calls upon all Member States to act;"),
                       clause(O, 2, "2", "Urges all Member States to act;"),
                       clause(O, 3, "3", "Decides to remain seized of the matter.")};
  r.entries = {
      entry(P, Status::Changed, {0}, {0},
            {edit(Edit::Op::Equal, "Recalling its resolution "), edit(Edit::Op::Delete, "75/58 of 7 December 2020", true),
             edit(Edit::Op::Insert, "79/42 of 2 December 2024", true), edit(Edit::Op::Equal, ",")},
            true),
      entry(P, Status::Unchanged, {1}, {1}, {edit(Edit::Op::Equal, r.new_doc.clauses[1].text)}),
      entry(P, Status::Unchanged, {2}, {2}, {edit(Edit::Op::Equal, r.new_doc.clauses[2].text)}),
      entry(P, Status::Unchanged, {3}, {3}, {edit(Edit::Op::Equal, r.new_doc.clauses[3].text)}),
      entry(P, Status::Changed, {4}, {4},
            {edit(Edit::Op::Equal, "Recalling Security Council "), edit(Edit::Op::Delete, "resolution"),
             edit(Edit::Op::Insert, "resolutions"), edit(Edit::Op::Equal, " 2325 (2016)"),
             edit(Edit::Op::Insert, " and 2663 (2022)"), edit(Edit::Op::Equal, ",")}),
      entry(O, Status::Unchanged, {5}, {5}, {edit(Edit::Op::Equal, r.new_doc.clauses[5].text)}),
      entry(O, Status::Deleted, {6}, {}, {edit(Edit::Op::Delete, r.old_doc.clauses[6].text)}),
      entry(O, Status::Unchanged, {7}, {6}, {edit(Edit::Op::Equal, r.new_doc.clauses[6].text)}),
      entry(O, Status::Inserted, {}, {7}, {edit(Edit::Op::Insert, r.new_doc.clauses[7].text)}),
  };
  r.metadata = {MetadataRow{"session", "76", "80", true}, MetadataRow{"footnote", "A/76/189.", "A/80/164.", true}};
  r.preambular = Counts{3, 2, 0, 0, 0, 0, 0, 1, 1};
  r.operative = Counts{2, 0, 0, 1, 1, 0, 0, 0, 2};
  r.technical_only = false;
  return r;
}

RenderOptions plain(int context = 1, int width = 0) {
  RenderOptions options;
  options.color = false;
  options.context = context;
  options.width = width;
  return options;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool has_line(const std::string& text, const std::string& wanted) {
  for (const std::string& line : lines_of(text)) {
    if (line == wanted) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("clause_label names each kind of clause the way drafters do") {
  CHECK(clause_label(clause(ClauseKind::Preambular, 5, "", "x")) == "PP5");
  CHECK(clause_label(clause(ClauseKind::Operative, 2, "2", "x")) == "OP2");
  CHECK(clause_label(clause(ClauseKind::Operative, 4, "", "x")) == "OP4");
  CHECK(clause_label(clause(ClauseKind::Subparagraph, 1, "5 (a)", "x")) == "OP5 (a)");
  CHECK(clause_label(clause(ClauseKind::Subparagraph, 3, "5 (a) (ii)", "x")) == "OP5 (a) (ii)");
  CHECK(clause_label(clause(ClauseKind::Annex, 12, "12", "x")) == "ANX12");
  CHECK(clause_label(clause(ClauseKind::Annex, 7, "", "x")) == "ANX7");
  CHECK(clause_label(clause(ClauseKind::Paragraph, 3, "", "x")) == "P3");
}

TEST_CASE("render_json writes the contract's keys in the contract's order") {
  Json j = Json::parse(render_json(sample_report()));
  std::vector<std::string> keys;
  for (auto& [key, value] : j.items()) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"format", "version", "old", "new", "summary", "metadata", "clauses"});
  CHECK(j["format"] == "resdiff-report");
  CHECK(j["version"] == 1);

  std::vector<std::string> doc_keys;
  for (auto& [key, value] : j["old"].items()) doc_keys.push_back(key);
  std::vector<std::string> contract_doc = {"path", "symbol", "title", "session", "date", "language",
                                           "preambular", "operative", "footnotes"};
  REQUIRE(doc_keys.size() >= contract_doc.size());
  CHECK(std::vector<std::string>(doc_keys.begin(), doc_keys.begin() + 9) == contract_doc);
  CHECK(j["old"]["symbol"] == "76/28");
  CHECK(j["old"]["session"] == 76);
  CHECK(j["old"]["date"] == "2021-12-06");
  CHECK(j["old"]["language"] == "en");
  CHECK(j["old"]["preambular"] == 5);
  CHECK(j["old"]["operative"] == 3);
  CHECK(j["old"]["footnotes"] == 1);
}

TEST_CASE("render_json summary counts carry all seven statuses and technical_only") {
  Json j = Json::parse(render_json(sample_report()));
  for (const char* part : {"preambular", "operative"}) {
    for (const char* status : {"unchanged", "changed", "moved", "inserted", "deleted", "split", "merged"}) {
      INFO(part << "." << status);
      CHECK(j["summary"][part][status].is_number_integer());
    }
  }
  CHECK(j["summary"]["preambular"]["changed"] == 2);
  CHECK(j["summary"]["preambular"]["technical"] == 1);
  CHECK(j["summary"]["operative"]["inserted"] == 1);
  CHECK(j["summary"]["technical_only"] == false);
}

TEST_CASE("render_json entries: kind, status, REFs with null numbers for recitals, lossless edits") {
  Json j = Json::parse(render_json(sample_report()));
  REQUIRE(j["clauses"].size() == 9);
  const Json& pp1 = j["clauses"][0];
  std::vector<std::string> keys;
  for (auto& [key, value] : pp1.items()) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"kind", "status", "old", "new", "technical", "edits"});
  CHECK(pp1["kind"] == "preambular");
  CHECK(pp1["status"] == "changed");
  CHECK(pp1["technical"] == true);
  CHECK(pp1["old"][0]["index"] == 1);
  CHECK(pp1["old"][0]["number"].is_null());
  CHECK(pp1["old"][0]["text"] == "Recalling its resolution 75/58 of 7 December 2020,");
  CHECK(pp1["old"][0]["footnotes"].is_array());
  CHECK(pp1["edits"][1] == Json({{"op", "delete"}, {"text", "75/58 of 7 December 2020"}, {"technical", true}}));

  const Json& deleted = j["clauses"][6];
  CHECK(deleted["status"] == "deleted");
  CHECK(deleted["new"].empty());
  CHECK(deleted["old"][0]["number"] == "2");
  const Json& inserted = j["clauses"][8];
  CHECK(inserted["status"] == "inserted");
  CHECK(inserted["old"].empty());
  CHECK(j["clauses"][4]["new"][0]["footnotes"] == Json::array({"A/80/164."}));
}

TEST_CASE("render_json metadata rows keep null for an absent side") {
  Report r = sample_report();
  r.metadata.push_back(MetadataRow{"footnote", std::nullopt, "Ibid., vol. 3132.", false});
  Json j = Json::parse(render_json(r));
  REQUIRE(j["metadata"].size() == 3);
  CHECK(j["metadata"][0] == Json({{"field", "session"}, {"old", "76"}, {"new", "80"}, {"technical", true}}));
  CHECK(j["metadata"][2]["old"].is_null());
  CHECK(j["metadata"][2]["new"] == "Ibid., vol. 3132.");
}

TEST_CASE("render_json writes unknown or malformed DOC fields as null") {
  Report r;
  r.old_doc.path = "a.txt";
  r.old_doc.meta.date = "6 December 2021";  // not ISO: the schema wants YYYY-MM-DD or null
  r.old_doc.meta.language = "de";           // outside the contract's six
  r.new_doc.path = "b.txt";
  Json j = Json::parse(render_json(r));
  CHECK(j["old"]["symbol"].is_null());
  CHECK(j["old"]["title"].is_null());
  CHECK(j["old"]["session"].is_null());
  CHECK(j["old"]["date"].is_null());
  CHECK(j["old"]["language"].is_null());
  CHECK(j["clauses"].is_array());
  CHECK(j["metadata"].is_array());
}

TEST_CASE("render_json never throws on invalid UTF-8") {
  Report r = sample_report();
  r.new_doc.clauses[0].text = "bad \xff byte";
  CHECK_NOTHROW(Json::parse(render_json(r)));
}

TEST_CASE("render_parse_json: format resdiff-parse, the document and each clause with its kind") {
  Report r = sample_report();
  r.new_doc.clauses.push_back(clause(ClauseKind::Subparagraph, 1, "3 (a)", "in the first place;"));
  Json j = Json::parse(render_parse_json(r.new_doc));
  CHECK(j["format"] == "resdiff-parse");
  CHECK(j["version"] == 1);
  CHECK(j["document"]["symbol"] == "80/41");
  REQUIRE(j["clauses"].size() == 9);
  std::vector<std::string> keys;
  for (auto& [key, value] : j["clauses"][0].items()) keys.push_back(key);
  CHECK(std::vector<std::string>(keys.begin(), keys.begin() + 5) ==
        std::vector<std::string>{"kind", "index", "number", "text", "footnotes"});
  CHECK(j["clauses"][0]["kind"] == "preambular");
  CHECK(j["clauses"][0]["number"].is_null());
  CHECK(j["clauses"][8]["kind"] == "subparagraph");
  CHECK(j["clauses"][8]["number"] == "3 (a)");
}

TEST_CASE("render_parse_text: metadata lines, a blank line, one labelled clause per line, footnotes last") {
  Report r = sample_report();
  r.new_doc.clauses.push_back(clause(ClauseKind::Subparagraph, 1, "3 (a)", "in the first\nplace;"));
  std::string text = render_parse_text(r.new_doc);
  std::vector<std::string> lines = lines_of(text);
  REQUIRE(lines.size() >= 4);
  CHECK(lines[0] == "symbol: 80/41");
  CHECK(lines[1] == "session: 80");
  CHECK(has_line(text, "date: 2025-12-01"));
  CHECK(has_line(text, ""));
  CHECK(has_line(text, "PP1: Recalling its resolution 79/42 of 2 December 2024,"));
  CHECK(has_line(text, "OP2: Urges all Member States to act;"));
  CHECK(has_line(text, "OP3 (a): in the first place;"));
  CHECK(lines.back() == "FN1: A/80/164.");
}

TEST_CASE("render_parse_text without labels: clause and footnote lines are their texts alone") {
  Report r = sample_report();
  r.new_doc.clauses.push_back(clause(ClauseKind::Subparagraph, 1, "3 (a)", "in the first\nplace;"));
  std::string labelled = render_parse_text(r.new_doc);
  std::string text = render_parse_text(r.new_doc, false);
  std::vector<std::string> lines = lines_of(text);
  CHECK(lines[0] == "symbol: 80/41");  // metadata keep their field names: they count nothing
  CHECK(has_line(text, "Recalling its resolution 79/42 of 2 December 2024,"));
  CHECK(has_line(text, "in the first place;"));
  CHECK(lines.back() == "A/80/164.");
  CHECK(text.find("PP1: ") == std::string::npos);
  CHECK(text.find("OP3 (a): ") == std::string::npos);
  CHECK(text.find("FN1: ") == std::string::npos);
  CHECK(lines.size() == lines_of(labelled).size());  // the same lines, one for one
}

TEST_CASE("render_parse_text marks a change of section heading") {
  Document doc;
  Clause a = clause(ClauseKind::Annex, 1, "1", "First.");
  a.heading = "Annex";
  Clause b = clause(ClauseKind::Annex, 2, "2", "Second.");
  b.heading = "Annex";
  Clause c = clause(ClauseKind::Annex, 3, "3", "Third.");
  c.heading = "Implementation";
  doc.clauses = {a, b, c};
  CHECK(render_parse_text(doc) == "HD: Annex\nANX1: First.\nANX2: Second.\nHD: Implementation\nANX3: Third.\n");
}

TEST_CASE("render_text header names both documents by symbol, session and date") {
  std::string text = render_text(sample_report(), plain());
  std::vector<std::string> lines = lines_of(text);
  REQUIRE(lines.size() > 3);
  CHECK(lines[0] == "A/RES/76/28 (76th session, 6 Dec 2021) → A/RES/80/41 (80th session, 1 Dec 2025)");
  CHECK(lines[1] == "Measures to prevent terrorists from acquiring weapons of mass destruction");
  CHECK(lines[2] == "old.md → new.md");
}

TEST_CASE("render_text summary: one line per part") {
  std::string text = render_text(sample_report(), plain());
  CHECK(has_line(text, "Preamble: 5 → 5 recitals · 2 changed (1 technical) · 3 unchanged"));
  CHECK(has_line(text, "Operative part: 3 → 3 paragraphs · 1 inserted · 1 deleted · 2 unchanged"));
}

TEST_CASE("render_text without colour marks edits like wdiff and has no escapes") {
  std::string text = render_text(sample_report(), plain());
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(has_line(text, "PP1  changed · technical"));
  CHECK(has_line(text, "    Recalling its resolution [-75/58 of 7 December 2020-]{+79/42 of 2 December 2024+},"));
  CHECK(has_line(text, "PP5  changed · substantive"));
  CHECK(has_line(text, "    Recalling Security Council [-resolution-]{+resolutions+} 2325 (2016) {+and 2663 (2022)+},"));
  CHECK(has_line(text, "OP2  deleted"));
  CHECK(has_line(text, "    [-Appeals to all Member States;-]"));
  CHECK(has_line(text, "OP3  inserted"));
}

TEST_CASE("render_text labels a renumbered clause with old and new numbers") {
  std::string text = render_text(sample_report(), plain(1));
  CHECK(has_line(text, "OP3→2  Urges all Member States to act;"));
}

TEST_CASE("render_text with colour: red struck deletions, green insertions, muted technical edits") {
  RenderOptions options = plain();
  options.color = true;
  std::string text = render_text(sample_report(), options);
  CHECK(text.find("\x1b[31;9mresolution\x1b[0m") != std::string::npos);
  CHECK(text.find("\x1b[32mresolutions\x1b[0m") != std::string::npos);
  CHECK(text.find("\x1b[2;31;9m75/58 of 7 December 2020\x1b[0m") != std::string::npos);
  CHECK(text.find("[-") == std::string::npos);
  CHECK(text.find("{+") == std::string::npos);
}

TEST_CASE("render_text collapses unchanged clauses and shows context neighbours") {
  std::string none = render_text(sample_report(), plain(0));
  CHECK(has_line(none, "… PP2–PP4 unchanged"));
  CHECK(none.find("Recognizing") == std::string::npos);

  std::string one = render_text(sample_report(), plain(1));
  CHECK(has_line(one, "PP2  Recognizing the determination of the international community,"));
  CHECK(has_line(one, "… PP3 unchanged"));
  CHECK(has_line(one, "PP4  Cognizant of the steps taken by States,"));

  std::string all = render_text(sample_report(), plain(-1));
  CHECK(has_line(all, "PP3  Deeply concerned by the growing risk,"));
  for (const std::string& line : lines_of(all)) CHECK(line.find("  unchanged") == std::string::npos);
}

TEST_CASE("render_text lists metadata changes") {
  std::string text = render_text(sample_report(), plain());
  CHECK(has_line(text, "Metadata"));
  CHECK(has_line(text, "  session   [-76-] {+80+}  technical"));
  CHECK(has_line(text, "  footnote  [-A/76/189.-] {+A/80/164.+}  technical  (PP5)"));
}

TEST_CASE("render_text of identical documents says so") {
  Report r = sample_report();
  r.entries = {entry(ClauseKind::Preambular, Status::Unchanged, {1}, {1}, {edit(Edit::Op::Equal, "x")})};
  r.metadata.clear();
  std::string text = render_text(r, plain());
  CHECK(has_line(text, "No differences."));
  CHECK(text.find("… ") == std::string::npos);  // no collapsed clause list
  CHECK(text.find("── Preamble") == std::string::npos);
  CHECK(render_text(r, plain(-1)).find("── Preamble") != std::string::npos);
}

TEST_CASE("render_text notes where a moved clause stood") {
  Report r = sample_report();
  // old OP2 moves to the end of the new text
  r.new_doc.clauses.push_back(r.old_doc.clauses[6]);
  r.new_doc.clauses.back().index = 4;
  r.new_doc.clauses.back().number = "4";
  r.entries[6] = entry(ClauseKind::Operative, Status::Moved, {6}, {8}, {edit(Edit::Op::Equal, "Appeals to all Member States;")});
  std::swap(r.entries[6], r.entries[8]);
  std::swap(r.entries[6], r.entries[7]);  // new order: OP1, OP2 (old 3), OP3 (new), OP4 (old 2)
  std::string text = render_text(r, plain(0));
  CHECK(has_line(text, "OP2  moved → OP4  Appeals to all Member States;"));
  CHECK(has_line(text, "OP2→4  moved"));
  CHECK(text.find("OP2  moved → OP4") < text.find("OP2→4  moved"));
}

TEST_CASE("render_text wraps to the width with a hanging indent") {
  Report r = sample_report();
  r.new_doc.clauses[7].text = std::string(30, 'x') + " " + std::string(200, 'y') + " words after it in the same clause";
  r.entries[8].edits = {edit(Edit::Op::Insert, r.new_doc.clauses[7].text)};
  std::string text = render_text(r, plain(1, 40));
  for (const std::string& line : lines_of(text)) {
    INFO(line);
    CHECK(layout::display_width(line) <= 40);
  }
  CHECK(has_line(text, "    {+xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"));
}

TEST_CASE("layout measures wide characters as two cells and wraps between them") {
  CHECK(layout::display_width("abc") == 3);
  CHECK(layout::display_width("大会") == 4);
  CHECK(layout::display_width("e\xCC\x81") == 1);  // e + combining acute
  std::string wrapped = layout::wrap({{"回顾其关于防止恐怖分子获取大规模毁灭性武器的措施的各项决议", layout::Style::Plain}}, 20, 0, 4, false);
  for (const std::string& line : lines_of(wrapped)) CHECK(layout::display_width(line) <= 20);
  CHECK(lines_of(wrapped).size() > 1);
}

TEST_CASE("layout truncates one-line notes with an ellipsis") {
  layout::Runs runs = layout::truncate({{"one two three four five six seven", layout::Style::Plain}}, 16);
  std::string line = layout::paint(runs, false);
  CHECK(layout::display_width(line) <= 16);
  CHECK(line.substr(line.size() - 3) == "…");
  CHECK(layout::paint(layout::truncate({{"short\ntext", layout::Style::Plain}}, 16), false) == "short text");
}

TEST_CASE("names: ordinals, short dates, document names") {
  using namespace render_names;
  CHECK(ordinal(76) == "76th");
  CHECK(ordinal(81) == "81st");
  CHECK(ordinal(52) == "52nd");
  CHECK(ordinal(73) == "73rd");
  CHECK(ordinal(11) == "11th");
  CHECK(ordinal(112) == "112th");
  CHECK(short_date("2021-12-06") == "6 Dec 2021");
  CHECK(short_date("6 December 2021") == "6 December 2021");
  Document doc;
  doc.path = "dir/draft.md";
  CHECK(doc_name(doc) == "draft.md");
  CHECK(doc_detail(doc).empty());
  doc.path = "-";
  CHECK(doc_name(doc) == "standard input");
  doc.meta.symbol = "80/41";
  doc.meta.session = 80;
  CHECK(doc_name(doc) == "A/RES/80/41");
  CHECK(doc_detail(doc) == "80th session");
  doc.meta.symbol = "A/C.1/80/L.11";
  CHECK(doc_name(doc) == "A/C.1/80/L.11");
}

TEST_CASE("names: entry labels with old and new numbers for renumbering, splits, merges and kind changes") {
  using namespace render_names;
  Report r;
  const auto O = ClauseKind::Operative;
  r.old_doc.clauses = {clause(O, 5, "5", "a"), clause(O, 6, "6", "b"), clause(ClauseKind::Annex, 3, "3", "c")};
  r.new_doc.clauses = {clause(O, 5, "5", "a"), clause(O, 6, "6", "b"), clause(O, 7, "7", "b"),
                       clause(ClauseKind::Subparagraph, 1, "5 (a)", "x")};
  CHECK(entry_label(r, entry(O, Status::Unchanged, {0}, {0}, {})) == "OP5");
  CHECK(entry_label(r, entry(O, Status::Changed, {1}, {2}, {})) == "OP6→7");
  CHECK(entry_label(r, entry(O, Status::Split, {0}, {0, 1}, {})) == "OP5→5, 6");
  CHECK(entry_label(r, entry(O, Status::Merged, {0, 1}, {0}, {})) == "OP5, 6→5");
  CHECK(entry_label(r, entry(O, Status::Moved, {2}, {2}, {})) == "ANX3→OP7");
  CHECK(entry_label(r, entry(O, Status::Changed, {0}, {3}, {})) == "OP5→5 (a)");
  CHECK(entry_label(r, entry(O, Status::Inserted, {}, {2}, {})) == "OP7");
  CHECK(entry_label(r, entry(O, Status::Deleted, {1}, {}, {})) == "OP6");
}

TEST_CASE("the streamed JSON report is byte for byte what a dump of its tree writes") {
  using Tree = nlohmann::ordered_json;
  Report r = sample_report();
  r.new_doc.warnings = {"line 3: a \"quoted\" word, a\ttab", "control \x01\x1f, DEL \x7f and a back\\slash"};
  r.new_doc.clauses[7].text = "Décide — de rester saisi de la question 「中文」.";
  r.metadata.push_back(MetadataRow{"closing", std::nullopt, "52nd\nplenary meeting\r", false});
  r.old_doc.meta.date = "6 December 2021";  // not ISO: null
  r.entries[1].edits[0].old_text = "recognizing the determination of the international community,";  // as -i reads it
  for (const Report& report : {r, Report{}}) {
    const std::string json = render_json(report);
    CHECK(json == Tree::parse(json).dump(2, ' ', false, Tree::error_handler_t::replace) + "\n");
    const std::string line = render_json_line(report);
    CHECK(line == Tree::parse(line).dump(-1, ' ', false, Tree::error_handler_t::replace));
    CHECK(Tree::parse(line) == Tree::parse(json));
  }
  const std::string parse = render_parse_json(r.new_doc);
  CHECK(parse == Tree::parse(parse).dump(2, ' ', false, Tree::error_handler_t::replace) + "\n");
}

TEST_CASE("the streamed JSON replaces an invalid UTF-8 byte as nlohmann does") {
  using Tree = nlohmann::ordered_json;
  Report r = sample_report();
  r.new_doc.warnings = {std::string("bad \xff byte")};
  const std::string json = render_json(r);
  CHECK(json.find("bad \xEF\xBF\xBD byte") != std::string::npos);
  CHECK(json == Tree::parse(json).dump(2, ' ', false, Tree::error_handler_t::replace) + "\n");
}

TEST_CASE("render_json and render_parse_json into a sink write the bytes they return, in pieces") {
  Report r = sample_report();
  const std::vector<Entry> entries = r.entries;
  for (int i = 0; i < 400; ++i) r.entries.insert(r.entries.end(), entries.begin(), entries.end());  // past 64 KiB
  for (int i = 0; i < 1000; ++i) r.new_doc.clauses.push_back(r.new_doc.clauses[i % 8]);
  struct Counted : StringSink {
    int pieces = 0;
    void write(std::string_view bytes) override {
      ++pieces;
      StringSink::write(bytes);
    }
  };
  Counted report_sink, parse_sink;
  render_json(r, report_sink);
  CHECK(report_sink.pieces > 1);
  CHECK(report_sink.text == render_json(r));
  render_parse_json(r.new_doc, parse_sink);
  CHECK(parse_sink.pieces > 1);
  CHECK(parse_sink.text == render_parse_json(r.new_doc));
}
