// The UN's own PDFs (fixtures/official-pdf/): every one reads to the counts, symbol, date and title
// a person checked against its pages (the table in fixtures/README.md, "The official PDFs"), and
// the eight documents the corpus also has as Markdown extractions read to the same clauses.
#include <catch2/catch.hpp>

#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "resdiff/language.hpp"
#include "resdiff/load.hpp"
#include "resdiff/regex.hpp"
#include "resdiff/report.hpp"
#include "resdiff/segment.hpp"
#include "resdiff/resdiff.hpp"

using namespace resdiff;

namespace {

/// Reads fixtures/NAME to a Document.
Document read(const std::string& name) {
  Expected<Document> doc = read_document(std::string(RESDIFF_FIXTURES) + "/" + name);
  INFO(name << ": " << (doc ? "" : doc.error().what()));
  REQUIRE(doc.ok());
  return *doc;
}

/// What an official PDF reads as, checked by hand against its pages.
struct Official {
  const char* file;
  int recitals, operative, subparagraphs, annex, footnotes;
  const char* symbol;  ///< Metadata::symbol: "80/41" for a resolution, the document symbol for a draft
  const char* date;    ///< adoption date, "" for a draft
  const char* title;
};

const Official kOfficial[] = {
    {"A_80_L.22.pdf", 35, 362, 4, 0, 172, "A/80/L.22", "", "Oceans and the law of the sea"},
    {"A_80_L.29.pdf", 0, 0, 0, 0, 0, "A/80/L.29", "", "Oceans and the law of the sea"},
    {"A_C.1_80_L.22.pdf", 18, 6, 0, 0, 7, "A/C.1/80/L.22", "", "Measures to prevent terrorists from acquiring weapons of mass destruction"},
    {"A_RES_78_112.pdf", 13, 24, 0, 0, 6, "78/112", "2023-12-07", "The rule of law at the national and international levels"},
    {"A_RES_78_136.pdf", 26, 50, 0, 0, 14, "78/136", "2023-12-19", "International financial system and development"},
    {"A_RES_78_152.pdf", 35, 70, 0, 0, 31, "78/152", "2023-12-19", "Disaster risk reduction"},
    {"A_RES_78_189.pdf", 39, 54, 0, 0, 38, "78/189", "2023-12-19", "Rights of Indigenous Peoples"},
    {"A_RES_78_19.pdf", 22, 9, 0, 0, 5, "78/19", "2023-12-04", "Prevention of an arms race in outer space"},
    {"A_RES_78_2.pdf", 2, 6, 0, 0, 1, "78/2", "2023-10-05",
     "Scale of assessments for the apportionment of the expenses of the United Nations: requests under Article 19 of the Charter"},
    {"A_RES_78_220.pdf", 3, 35, 7, 0, 13, "78/220", "2023-12-19", "Situation of human rights in the Islamic Republic of Iran"},
    {"A_RES_78_244.pdf", 4, 14, 0, 0, 11, "78/244", "2023-12-22", "Programme planning"},
    {"A_RES_78_43.pdf", 18, 6, 0, 0, 7, "78/43", "2023-12-04", "Measures to prevent terrorists from acquiring weapons of mass destruction"},
    {"A_RES_78_46.pdf", 24, 34, 0, 0, 14, "78/46", "2023-12-04", "The illicit trade in small arms and light weapons in all its aspects"},
    {"A_RES_78_53.pdf", 34, 23, 0, 0, 19, "78/53", "2023-12-04", "Nuclear disarmament"},
    {"A_RES_78_66.pdf", 14, 10, 0, 0, 3, "78/66", "2023-12-04", "Comprehensive Nuclear-Test-Ban Treaty"},
    {"A_RES_78_69.pdf", 38, 376, 4, 0, 158, "78/69", "2023-12-05", "Oceans and the law of the sea"},
    {"A_RES_78_83.pdf", 19, 24, 4, 0, 4, "78/83", "2023-12-07",
     "Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples by the specialized "
     "agencies and the international institutions associated with the United Nations"},
    {"A_RES_78_92.pdf", 37, 19, 0, 0, 11, "78/92", "2023-12-07", "Question of Guam"},
    {"A_RES_79_105.pdf", 34, 19, 0, 0, 11, "79/105", "2024-12-04", "Question of Guam"},
    {"A_RES_79_126.pdf", 13, 24, 0, 0, 6, "79/126", "2024-12-04", "The rule of law at the national and international levels"},
    {"A_RES_79_144.pdf", 38, 381, 4, 2, 170, "79/144", "2024-12-12", "Oceans and the law of the sea"},
    {"A_RES_79_159.pdf", 45, 59, 0, 0, 43, "79/159", "2024-12-17", "Rights of Indigenous Peoples"},
    {"A_RES_79_183.pdf", 3, 35, 8, 0, 17, "79/183", "2024-12-17", "Situation of human rights in the Islamic Republic of Iran"},
    {"A_RES_79_19.pdf", 23, 9, 0, 0, 6, "79/19", "2024-12-02", "Prevention of an arms race in outer space"},
    {"A_RES_79_196.pdf", 31, 57, 0, 0, 13, "79/196", "2024-12-19", "International financial system and development"},
    {"A_RES_79_205.pdf", 38, 79, 0, 0, 32, "79/205", "2024-12-19", "Disaster risk reduction"},
    {"A_RES_79_247.pdf", 4, 15, 0, 0, 11, "79/247", "2024-12-24", "Programme planning"},
    {"A_RES_79_3.pdf", 2, 6, 0, 0, 1, "79/3", "2024-10-09",
     "Scale of assessments for the apportionment of the expenses of the United Nations: requests under Article 19 of the Charter"},
    {"A_RES_79_40.pdf", 23, 36, 0, 0, 8, "79/40", "2024-12-02", "The illicit trade in small arms and light weapons in all its aspects"},
    {"A_RES_79_42.pdf", 18, 6, 0, 0, 7, "79/42", "2024-12-02", "Measures to prevent terrorists from acquiring weapons of mass destruction"},
    {"A_RES_79_50.pdf", 35, 23, 0, 0, 20, "79/50", "2024-12-02", "Nuclear disarmament"},
    {"A_RES_79_77.pdf", 15, 11, 0, 0, 3, "79/77", "2024-12-02", "Comprehensive Nuclear-Test-Ban Treaty"},
    {"A_RES_79_96.pdf", 18, 24, 4, 0, 4, "79/96", "2024-12-04",
     "Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples by the specialized "
     "agencies and the international institutions associated with the United Nations"},
    {"A_RES_80_10.pdf", 11, 3, 0, 0, 13, "80/10", "2025-11-26", "International Day of the World’s Indigenous Women and Girls"},
    {"A_RES_80_11.pdf", 16, 30, 15, 0, 4, "80/11", "2025-11-26", "2025 review of the United Nations peacebuilding architecture"},
    {"A_RES_80_110.pdf", 35, 362, 4, 0, 172, "80/110", "2025-12-09", "Oceans and the law of the sea"},
    {"A_RES_80_122.pdf", 23, 71, 0, 0, 7, "80/122", "2025-12-15", "International financial system and development"},
    {"A_RES_80_137.pdf", 42, 84, 0, 0, 38, "80/137", "2025-12-15", "Disaster risk reduction"},
    {"A_RES_80_167.pdf", 14, 25, 0, 0, 6, "80/167", "2025-12-15", "The rule of law at the national and international levels"},
    {"A_RES_80_19.pdf", 24, 9, 0, 0, 6, "80/19", "2025-12-01", "Prevention of an arms race in outer space"},
    {"A_RES_80_191.pdf", 47, 63, 0, 0, 44, "80/191", "2025-12-15", "Rights of Indigenous Peoples"},
    {"A_RES_80_2.pdf", 2, 6, 0, 0, 1, "80/2", "2025-10-14",
     "Scale of assessments for the apportionment of the expenses of the United Nations: requests under Article 19 of the Charter"},
    {"A_RES_80_222.pdf", 3, 37, 8, 0, 17, "80/222", "2025-12-18", "Situation of human rights in the Islamic Republic of Iran"},
    {"A_RES_80_233.pdf", 4, 15, 0, 0, 10, "80/233", "2025-12-30", "Programme planning"},
    {"A_RES_80_24.pdf", 35, 23, 0, 0, 20, "80/24", "2025-12-01", "Nuclear disarmament"},
    {"A_RES_80_38.pdf", 23, 37, 0, 0, 8, "80/38", "2025-12-01", "The illicit trade in small arms and light weapons in all its aspects"},
    {"A_RES_80_41.pdf", 18, 6, 0, 0, 7, "80/41", "2025-12-01", "Measures to prevent terrorists from acquiring weapons of mass destruction"},
    {"A_RES_80_5.pdf", 0, 1, 0, 166, 15, "80/5", "2025-11-04",
     "Doha Political Declaration of the “World Social Summit” under the title “the Second World Summit for Social Development”"},
    {"A_RES_80_70.pdf", 16, 11, 0, 0, 4, "80/70", "2025-12-01", "Comprehensive Nuclear-Test-Ban Treaty"},
    {"A_RES_80_87.pdf", 18, 24, 4, 0, 4, "80/87", "2025-12-05",
     "Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples by the specialized "
     "agencies and the international institutions associated with the United Nations"},
    {"A_RES_80_96.pdf", 35, 19, 0, 0, 11, "80/96", "2025-12-05", "Question of Guam"},
};

/// A clause whose Markdown extraction lost its last printed line, checked against the PDF's page
/// (pdftotext -layout) by hand: the document, the clause (kind and number as printed) and the
/// words the PDF has after the extraction's end.
struct LostTail {
  const char* document;
  ClauseKind kind;
  const char* number;
  const char* tail;
};

// The extractions cut a clause at the end of a line that was not its last: the next printed line,
// the clause's end, is missing (80/24 OP2 ends "…systematic and progressive process"; 80/38 OP22
// "…the International Tracing"; 80/5 paragraph 30 "…To this end, we").
const LostTail kLostTails[] = {
    {"24", ClauseKind::Operative, "2", " of nuclear disarmament;"},
    {"24", ClauseKind::Operative, "10", " of nuclear disarmament;"},
    {"38", ClauseKind::Operative, "22", " Instrument;"},
    {"38", ClauseKind::Operative, "34", " Instrument;"},
    {"5", ClauseKind::Annex, "29 (j)", " development;"},
    {"5", ClauseKind::Annex, "30", " commit to:"},
    {"5", ClauseKind::Annex, "30 (f)", " frameworks;"},
    {"5", ClauseKind::Annex, "30 (h)", " all;"},
    {"5", ClauseKind::Annex, "30 (k)", " development;"},
    {"5", ClauseKind::Annex, "31 (b)", " frameworks;"},
    {"5", ClauseKind::Annex, "31 (f)", " development;"},
    {"5", ClauseKind::Annex, "31 (g)", " all;"},
    {"5", ClauseKind::Annex, "32 (f)", " development;"},
    {"5", ClauseKind::Annex, "33", " commit to:"},
};

/// The lost tail listed for a clause of a document, or nullptr.
const LostTail* lost_tail(const std::string& document, const Clause& c) {
  for (const LostTail& t : kLostTails)
    if (document == t.document && c.kind == t.kind && c.number == t.number) return &t;
  return nullptr;
}

}  // namespace

TEST_CASE("official PDFs: every one reads to the counts, symbol, date and title checked against its pages") {
  for (const Official& o : kOfficial) {
    INFO(o.file);
    Document doc = read(std::string("official-pdf/") + o.file);
    CHECK(doc.count(ClauseKind::Preambular) == o.recitals);
    CHECK(doc.count(ClauseKind::Operative) == o.operative);
    CHECK(doc.count(ClauseKind::Subparagraph) == o.subparagraphs);
    CHECK(doc.count(ClauseKind::Annex) == o.annex);
    CHECK(doc.footnotes.size() == static_cast<size_t>(o.footnotes));
    CHECK(doc.meta.symbol.value_or("") == o.symbol);
    CHECK(doc.meta.date.value_or("") == o.date);
    CHECK(doc.meta.title.value_or("") == o.title);
  }
}

TEST_CASE("official PDFs: no word of a clause is split or glued where the page has no space, no page furniture in one") {
  // "eighty -first", "sub -item", "self -determination", "Pak istan": the words of a justified line
  // as poppler's boxes cut them. The page has no space there; the reader must not invent one. Nor
  // may a clause hold the furniture every page prints: the job number ("25-19986", beside the
  // barcode), the symbol of the document's own pages ("A/RES/80/41", "A/80/L.22"), a page mark
  // ("2/18"), the running title's "Resolution adopted by the General Assembly on".
  const std::regex job(R"((^|[^\d/-])\d{2}-\d{5}( |$))");
  const std::regex page_mark(R"(\b\d{1,2}/\d{1,2} \d{2}-\d{5})");
  for (const Official& o : kOfficial) {
    INFO(o.file);
    Document doc = read(std::string("official-pdf/") + o.file);
    std::string own = std::string(o.symbol).rfind("A/", 0) == 0 ? o.symbol : std::string("A/RES/") + o.symbol;
    for (const Clause& c : doc.clauses) {
      INFO(c.text);
      for (const char* bad : {" -first", " -item", " -determination", "seventy -", "eighty -", " –19", "Pak istan"})
        CHECK(c.text.find(bad) == std::string::npos);
      CHECK_FALSE(std::regex_search(c.text, job));
      CHECK_FALSE(std::regex_search(c.text, page_mark));
      CHECK(c.text.find(own + " ") == std::string::npos);
      CHECK(c.text.find("Resolution adopted by the General Assembly on") == std::string::npos);
    }
  }
}

TEST_CASE("official PDFs: recital openers are italic by their font, and every footnote is cited by a raised number") {
  // UN resolutions set the opening words of a recital in italics ("Recalling", "Deeply concerned"):
  // in every paragraph of every resolution PDF that opens with a recital opener of the language
  // table, that first word stands in an italic run the reader took from the glyphs' font names.
  // And every footnote a resolution defines is cited in its text, by the raised number the page
  // sets (the drafts' sponsor note under the rule is a masthead note, cited by an asterisk).
  const Language& en = lang::english();
  for (const Official& o : kOfficial) {
    if (std::string(o.file).rfind("A_RES_", 0) != 0) continue;
    INFO(o.file);
    Expected<std::string> bytes = read_file(std::string(RESDIFF_FIXTURES) + "/official-pdf/" + o.file);
    REQUIRE(bytes.ok());
    Expected<Source> source = load(*bytes, o.file, Format::Pdf);
    REQUIRE(source.ok());
    int openers = 0;
    for (const Block& b : paragraphs(*source)) {
      size_t end = b.text.find_first_of(" ,");
      std::string first = b.text.substr(0, end);
      if (!lang::listed(en.recital_openers, first)) continue;
      INFO(b.text.substr(0, 80));
      ++openers;
      bool italic = false;
      for (Span s : b.italics) italic = italic || (s.begin == 0 && s.end >= first.size());
      CHECK(italic);
    }
    CHECK(openers >= std::min(o.recitals, 1));
    Document doc = read(std::string("official-pdf/") + o.file);
    std::set<std::string> cited;
    for (const Clause& c : doc.clauses) cited.insert(c.footnotes.begin(), c.footnotes.end());
    for (size_t n = 1; n <= doc.footnotes.size(); ++n) {
      INFO("footnote " << n << ": " << doc.footnotes[n - 1]);
      // 79/144's footnote 170 ("Resolution 55/7, annex I.") is cited by its annex's title, a heading.
      if (std::string(o.file) == "A_RES_79_144.pdf" && n == 170) continue;
      CHECK(cited.count(doc.footnotes[n - 1]) == 1);
    }
  }
}

TEST_CASE("official PDFs: the running title never leaks into a clause, and the title is read whole") {
  Document d = read("official-pdf/A_RES_80_41.pdf");
  CHECK(d.meta.title.value_or("") == "Measures to prevent terrorists from acquiring weapons of mass destruction");
  for (const Clause& c : d.clauses) {
    INFO(c.text);
    CHECK(c.text.find("mass destruction the International") == std::string::npos);
    CHECK(c.text.find("A/RES/80/41") == std::string::npos);
    CHECK(c.text.find("25-19986") == std::string::npos);
  }
  const Clause* pp7 = nullptr;
  for (const Clause& c : d.clauses)
    if (c.kind == ClauseKind::Preambular && c.index == 7) pp7 = &c;
  REQUIRE(pp7);
  CHECK(pp7->text ==
        "Recalling further the adoption, by consensus of the States Parties, of the Amendment to the Convention on the "
        "Physical Protection of Nuclear Material by the International Atomic Energy Agency on 8 July 2005, and its "
        "entry into force on 8 May 2016,");
  CHECK(pp7->footnotes == std::vector<std::string>{"Ibid., vol. 3132, No. 24631.", "Ibid., vol. 1456, No. 24631."});
}

TEST_CASE("official PDFs: a PDF and the Markdown extraction of the same document read to the same clauses") {
  // Only the clauses of kLostTails differ, each by exactly its lost words at its end, and 80/10's
  // closing, whose extraction lost its date line ("51st plenary meeting" / "26 November 2025" on
  // the page); the other four documents diff to no change at all.
  int identical = 0;
  size_t tails = 0;
  for (const char* n : {"41", "24", "19", "38", "2", "5", "10", "11"}) {
    std::string name = std::string("A_RES_80_") + n;
    INFO(name);
    Report r = compare(read(name + ".md"), read("official-pdf/" + name + ".pdf"));
    bool same = true;
    for (const Entry& e : r.entries) {
      if (e.status == Status::Unchanged) continue;
      same = false;
      INFO(status_name(e.status) << " " << reconstruct(e.edits, true) << " | " << reconstruct(e.edits, false));
      REQUIRE(e.status == Status::Changed);
      const Clause& old_clause = r.old_doc.clauses[e.old_clauses[0]];
      const Clause& new_clause = r.new_doc.clauses[e.new_clauses[0]];
      const LostTail* lost = lost_tail(n, new_clause);
      REQUIRE(lost);
      CHECK(old_clause.number == new_clause.number);
      CHECK(new_clause.text == old_clause.text + lost->tail);
      ++tails;
    }
    for (const MetadataRow& row : r.metadata) {
      same = false;
      INFO(row.field << ": " << row.old_value.value_or("") << " → " << row.new_value.value_or(""));
      CHECK(std::string(n) == "10");
      CHECK(row.field == "closing");
      CHECK(row.old_value.value_or("") == "51st plenary meeting");
      CHECK(row.new_value.value_or("") == "51st plenary meeting, 26 November 2025");
    }
    identical += same;
  }
  CHECK(tails == std::size(kLostTails));  // every listed loss is still there: none went unnoticed
  CHECK(identical == 4);                  // 80/41, 80/19, 80/2 and 80/11
}

TEST_CASE("official PDFs: the Markdown extractions warn of exactly the clauses whose end they lost, no PDF of any") {
  // The warning "ends mid-sentence … may have been lost in extraction" (src/segment/endings.cpp)
  // must name the clauses of kLostTails and nothing else; 80/10's extraction lost its closing's
  // date. On the UN's PDFs, whose text is whole, it must never fire.
  auto lost_ends = [](const Document& doc) {
    std::set<std::string> out;
    for (const std::string& w : doc.warnings)
      if (w.find("may have been lost in extraction") != std::string::npos) out.insert(w);
    return out;
  };
  auto name = [](const LostTail& t) {
    return std::string(t.kind == ClauseKind::Annex ? "annex paragraph " : "operative paragraph ") + t.number + " ends mid-sentence";
  };
  for (const char* n : {"41", "24", "19", "38", "2", "5", "10", "11"}) {
    const std::string file = std::string("A_RES_80_") + n + ".md";
    INFO(file);
    std::set<std::string> warned = lost_ends(read(file));
    std::set<std::string> want;
    for (const LostTail& t : kLostTails)
      if (std::string(t.document) == n) want.insert(name(t));
    std::set<std::string> named;  // the clause each warning names, its line and last words left off
    for (const std::string& w : warned) {
      size_t from = w.find(": ") + 2, to = w.find(" ends mid-sentence");
      if (to != std::string::npos) named.insert(w.substr(from, to - from) + " ends mid-sentence");
    }
    CHECK(named == want);
    const size_t closing = std::string(n) == "10" ? 1 : 0;  // "51st plenary meeting", its date line lost
    CHECK(warned.size() == want.size() + closing);
  }
  for (const Official& o : kOfficial) {
    INFO(o.file);
    CHECK(lost_ends(read(std::string("official-pdf/") + o.file)).empty());
  }
}

TEST_CASE("official PDFs: an annex reads to the same paragraphs under its whole title in every layout the corpus has") {
  // 80/5: "Annex" and the declaration's title in one bold block (the PDF), "Annex" and the title
  // on lines of their own (the raw page text and the Markdown; the title repeats the resolution's
  // and is no running header there), numbered paragraphs with lettered items, 166 in all. 79/144:
  // "Annex" and a title the reader gives as two blocks ("… of the International Tribunal for the" /
  // "Law of the Sea Trust Fund" and its marker 170), a paragraph, a heading, a quoted paragraph 8.
  // The titles and headings are read off the PDFs' pages (79/144's first annex paragraph has no
  // number): 80/5's paragraphs 1-27 stand under the title, 28-42 under "A call to action", 43 on
  // under "Follow-up".
  const std::string doha =
      "Doha Political Declaration of the “World Social Summit” under the title “the Second World Summit for Social "
      "Development”";
  Document pdf = read("official-pdf/A_RES_80_5.pdf");
  for (const char* other : {"A_RES_80_5.extract-1.0.0.md", "A_RES_80_5.md"}) {
    INFO(other);
    Document doc = read(other);
    std::vector<const Clause*> a, b;
    for (const Clause& c : pdf.clauses)
      if (c.kind == ClauseKind::Annex) a.push_back(&c);
    for (const Clause& c : doc.clauses)
      if (c.kind == ClauseKind::Annex) b.push_back(&c);
    REQUIRE(a.size() == 166);
    REQUIRE(b.size() == a.size());
    for (size_t i = 0; i < a.size(); ++i) {
      INFO(a[i]->number);
      const int n = std::stoi(a[i]->number);
      const std::string heading = n < 28 ? doha : n < 43 ? "A call to action" : "Follow-up";
      CHECK(b[i]->number == a[i]->number);
      CHECK(a[i]->heading == heading);
      CHECK(b[i]->heading == heading);
      const LostTail* lost = std::string(other) == "A_RES_80_5.md" ? lost_tail("5", *a[i]) : nullptr;
      CHECK(b[i]->text + (lost ? lost->tail : "") == a[i]->text);
    }
  }
  Document oceans = read("official-pdf/A_RES_79_144.pdf");
  std::vector<std::string> annex;
  for (const Clause& c : oceans.clauses)
    if (c.kind == ClauseKind::Annex) annex.push_back(c.number + " | " + c.heading + " | " + c.text.substr(0, 40));
  CHECK(annex == std::vector<std::string>{
                     " | Amendments to the terms of reference of the International Tribunal for the Law of the Sea "
                     "Trust Fund | Amend paragraph 8 to read:",
                     "8 | Independent panel | The Secretary-General, through the Divis"});
}
