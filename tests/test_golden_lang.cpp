// Golden tests of the five other official languages: each made-up pair of fixtures/lang/ read,
// compared and checked against the change list written by hand in fixtures/lang/EXPECTED.md
// before any of this ran. The five languages carry the same edits in their own words, so one
// list serves all; what each language writes its own way (the inserted words, the ordinals, the
// sub-paragraph letters) is checked language by language.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "resdiff/render.hpp"
#include "resdiff/resdiff.hpp"

using namespace resdiff;

namespace {

const std::vector<std::string> kLanguages = {"fr", "es", "ru", "zh", "ar"};

Document read(const std::string& name) {
  Expected<Document> doc = read_document(std::string(RESDIFF_FIXTURES) + "/lang/" + name);
  INFO(name << ": " << (doc ? "" : doc.error().what()));
  REQUIRE(doc.ok());
  return *doc;
}

Report pair(const std::string& code) { return compare(read(code + "_1.md"), read(code + "_2.md")); }

/// One entry as the change list names it: status, kind, old and new index among clauses of the
/// kind (0 where there is none), technical.
using Row = std::tuple<std::string, std::string, int, int, bool>;

std::set<Row> rows(const Report& r) {
  std::set<Row> out;
  for (const Entry& e : r.entries) {
    int o = e.old_clauses.empty() ? 0 : r.old_doc.clauses[e.old_clauses[0]].index;
    int n = e.new_clauses.empty() ? 0 : r.new_doc.clauses[e.new_clauses[0]].index;
    out.insert({status_name(e.status), kind_name(e.kind), o, n, e.technical});
  }
  return out;
}

// fixtures/lang/EXPECTED.md, "Recitals" and "Operative paragraphs".
const std::set<Row> kExpected = {
    {"changed", "preambular", 1, 1, true},      {"moved", "preambular", 2, 6, false},
    {"changed", "preambular", 3, 2, false},     {"deleted", "preambular", 4, 0, false},
    {"unchanged", "preambular", 5, 3, false},   {"unchanged", "preambular", 6, 4, false},
    {"unchanged", "preambular", 7, 5, false},   {"inserted", "preambular", 0, 7, false},
    {"unchanged", "operative", 1, 1, false},    {"changed", "operative", 2, 2, false},
    {"unchanged", "operative", 3, 3, false},    {"deleted", "operative", 4, 0, false},
    {"changed", "operative", 5, 4, true},       {"changed", "operative", 6, 5, true},
    {"unchanged", "subparagraph", 1, 1, false}, {"deleted", "subparagraph", 2, 0, false},
    {"unchanged", "subparagraph", 3, 2, false}, {"inserted", "subparagraph", 0, 3, false},
};

/// The entry holding the new clause of kind with 1-based index.
const Entry& entry_for(const Report& r, ClauseKind kind, int index) {
  for (const Entry& e : r.entries)
    for (size_t n : e.new_clauses)
      if (r.new_doc.clauses[n].kind == kind && r.new_doc.clauses[n].index == index) return e;
  FAIL("no entry for new clause " << kind_name(kind) << " " << index);
  throw;
}

/// The deleted and inserted texts of an entry, in order ("-x", "+y").
std::vector<std::string> changes(const Entry& e) {
  std::vector<std::string> out;
  for (const Edit& edit : e.edits)
    if (edit.op != Edit::Op::Equal) out.push_back((edit.op == Edit::Op::Delete ? "-" : "+") + edit.text);
  return out;
}

}  // namespace

TEST_CASE("each language's pair is read in its own language, with its header") {
  for (const std::string& code : kLanguages) {
    INFO(code);
    Report r = pair(code);
    CHECK(r.old_doc.meta.language == code);
    CHECK(r.new_doc.meta.language == code);
    CHECK(r.old_doc.is_resolution);
    CHECK(r.old_doc.meta.symbol == "78/150");
    CHECK(r.new_doc.meta.symbol == "79/160");
    CHECK(r.old_doc.meta.session == 78);  // from the session line in words
    CHECK(r.new_doc.meta.session == 79);
    CHECK(r.old_doc.meta.date == "2023-12-19");
    CHECK(r.new_doc.meta.date == "2024-12-17");
    CHECK(r.old_doc.meta.agenda_item == "68");
    CHECK(r.new_doc.meta.agenda_item == "70");
    CHECK(r.old_doc.meta.report.has_value());
    CHECK(r.old_doc.meta.closing.has_value());
    CHECK(r.old_doc.count(ClauseKind::Preambular) == 7);
    CHECK(r.old_doc.count(ClauseKind::Operative) == 6);
    CHECK(r.new_doc.count(ClauseKind::Preambular) == 7);
    CHECK(r.new_doc.count(ClauseKind::Operative) == 5);
    CHECK(r.old_doc.footnotes.size() == 2);
    CHECK(r.old_doc.warnings == std::vector<std::string>{});
    CHECK(r.new_doc.warnings == std::vector<std::string>{});
  }
}

TEST_CASE("each language's pair reports exactly the hand-written change list") {
  for (const std::string& code : kLanguages) {
    INFO(code);
    Report r = pair(code);
    std::set<Row> got = rows(r);
    for (const Row& row : kExpected) {
      INFO("expected " << std::get<0>(row) << " " << std::get<1>(row) << " " << std::get<2>(row) << "→"
                       << std::get<3>(row) << (std::get<4>(row) ? " technical" : ""));
      CHECK(got.count(row) == 1);
    }
    for (const Row& row : got) {
      INFO("reported " << std::get<0>(row) << " " << std::get<1>(row) << " " << std::get<2>(row) << "→"
                       << std::get<3>(row) << (std::get<4>(row) ? " technical" : ""));
      CHECK(kExpected.count(row) == 1);
    }
    CHECK(r.preambular.unchanged == 3);
    CHECK(r.preambular.changed == 2);
    CHECK(r.preambular.moved == 1);
    CHECK(r.preambular.inserted == 1);
    CHECK(r.preambular.deleted == 1);
    CHECK(r.operative.unchanged == 2);
    CHECK(r.operative.changed == 3);
    CHECK(r.operative.deleted == 1);
    CHECK_FALSE(r.technical_only);
  }
}

TEST_CASE("each language's header, closing and footnote rows are technical updates") {
  for (const std::string& code : kLanguages) {
    INFO(code);
    Report r = pair(code);
    std::set<std::string> fields;
    for (const MetadataRow& m : r.metadata) {
      INFO(m.field << ": " << m.old_value.value_or("null") << " | " << m.new_value.value_or("null"));
      fields.insert(m.field);
      CHECK(m.technical);
      if (m.field == "footnote") {
        REQUIRE(m.old_value);
        REQUIRE(m.new_value);
        CHECK(m.old_value->rfind("A/78/300", 0) == 0);
        CHECK(m.new_value->rfind("A/79/310", 0) == 0);
      }
    }
    CHECK(fields == std::set<std::string>{"symbol", "session", "date", "agenda_item", "report", "closing", "footnote"});
  }
}

TEST_CASE("each language's changed clauses carry exactly the words that changed") {
  // PP2 (old PP3): the inserted "deliberate"; OP2: the inserted "that have not yet done so";
  // OP4 (old OP5): the session ordinal, seventy-ninth → eightieth.
  struct Words {
    std::string code;
    std::vector<std::string> pp2, op2, op4;
  };
  const std::vector<Words> expected = {
      {"fr", {"+délibérée "}, {"+qui ne l’ont pas encore fait "}, {"-soixante-dix-neuvième", "+quatre-vingtième"}},
      {"es", {"+deliberada "}, {"+que aún no lo hayan hecho "}, {"-septuagésimo noveno", "+octogésimo"}},
      {"ru", {"+преднамеренным "}, {"+, которые еще не сделали этого,"}, {"-семьдесят девятой", "+восьмидесятой"}},
      {"zh", {"+蓄意"}, {"+尚未这样做的"}, {"-第七十九", "+第八十"}},
      {"ar", {"-تدمير التراث", "+التدمير المتعمد للتراث"}, {"+التي لم تفعل ذلك بعد "}, {"-التاسعة والسبعين", "+الثمانين"}},
  };
  for (const Words& w : expected) {
    INFO(w.code);
    Report r = pair(w.code);
    CHECK(changes(entry_for(r, ClauseKind::Preambular, 2)) == w.pp2);
    CHECK(changes(entry_for(r, ClauseKind::Operative, 2)) == w.op2);
    CHECK(changes(entry_for(r, ClauseKind::Operative, 4)) == w.op4);
    for (const Edit& e : entry_for(r, ClauseKind::Operative, 4).edits)
      if (e.op != Edit::Op::Equal) CHECK(e.technical);
  }
}

TEST_CASE("each language numbers its sub-paragraphs with its own letters") {
  const std::vector<std::pair<std::string, std::vector<std::string>>> expected = {
      {"fr", {"3 (a)", "3 (b)", "3 (c)"}}, {"es", {"3 (a)", "3 (b)", "3 (c)"}}, {"ru", {"3 (а)", "3 (б)", "3 (в)"}},
      {"zh", {"3 (a)", "3 (b)", "3 (c)"}}, {"ar", {"3 (أ)", "3 (ب)", "3 (ج)"}},
  };
  for (const auto& [code, numbers] : expected) {
    INFO(code);
    Document d = read(code + "_2.md");
    std::vector<std::string> got;
    for (const Clause& c : d.clauses)
      if (c.kind == ClauseKind::Subparagraph) got.push_back(c.number);
    CHECK(got == numbers);
  }
}

TEST_CASE("each language's JSON report names its language and validates as a report") {
  for (const std::string& code : kLanguages) {
    INFO(code);
    nlohmann::json j = nlohmann::json::parse(render_json(pair(code)));
    CHECK(j["old"]["language"] == code);
    CHECK(j["new"]["language"] == code);
    CHECK(j["summary"]["preambular"]["moved"] == 1);
    CHECK(j["clauses"].size() == kExpected.size());
  }
}

TEST_CASE("each language's document compared with itself has no differences") {
  for (const std::string& code : kLanguages) {
    for (const char* side : {"_1.md", "_2.md"}) {
      INFO(code << side);
      Document d = read(code + side);
      CHECK_FALSE(compare(d, d).has_differences());
    }
  }
}

TEST_CASE("each language's pair made into PDFs by LibreOffice reads to the same clauses and the same change list") {
  // fixtures/lang/make-pdfs.sh: pandoc and LibreOffice (DejaVu, WenQuanYi Zen Hei) set each source.
  for (const std::string& code : kLanguages) {
    for (const char* side : {"_1", "_2"}) {
      INFO(code << side);
      Document source = read(code + side + ".md");
      Document pdf = read("pdf/" + code + side + ".pdf");
      CHECK(pdf.meta.language == code);
      CHECK(pdf.meta.symbol == source.meta.symbol);
      CHECK(pdf.meta.session == source.meta.session);
      CHECK(pdf.meta.date == source.meta.date);
      CHECK(pdf.meta.title == source.meta.title);
      CHECK(pdf.meta.closing == source.meta.closing);
      REQUIRE(pdf.clauses.size() == source.clauses.size());
      for (size_t i = 0; i < source.clauses.size(); ++i) {
        INFO(source.clauses[i].text);
        CHECK(pdf.clauses[i].number == source.clauses[i].number);
        CHECK(pdf.clauses[i].text == source.clauses[i].text);
        CHECK(pdf.clauses[i].footnotes == source.clauses[i].footnotes);
      }
      CHECK_FALSE(compare(source, pdf).has_differences());
    }
    Report r = compare(read("pdf/" + code + "_1.pdf"), read("pdf/" + code + "_2.pdf"));
    CHECK(rows(r) == kExpected);
  }
}

TEST_CASE("each language's committee summary reads as its committee report written by hand") {
  // fixtures/lang/summary/<code>.md: the Markdown summary of each pair, every sentence checked
  // against the pair and fixtures/lang/EXPECTED.md ("Committee summaries").
  for (const std::string& code : kLanguages) {
    INFO(code);
    std::ifstream in(std::string(RESDIFF_FIXTURES) + "/lang/summary/" + code + ".md");
    REQUIRE(in);
    std::string expected((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string got = render_markdown_summary(pair(code));
    CHECK(got == expected);
  }
}

TEST_CASE("each language's committee summary names paragraphs in its own grammar") {
  // the sentences EXPECTED.md quotes, one per construction: a contraction or a case in the name,
  // the renumbering, the inserted sub-paragraph after the one it follows
  const std::vector<std::pair<std::string, std::vector<std::string>>> expected = {
      {"fr",
       {"- Au troisième alinéa du préambule, le mot «\u00a0délibérée\u00a0» a été inséré après «\u00a0destruction\u00a0».\n",
        "- L’alinéa b) du paragraphe 3 du dispositif a été supprimé, et les paragraphes suivants ont été renumérotés en "
        "conséquence.\n",
        "- Un nouvel alinéa a été inséré après l’alinéa c) du paragraphe 3 du dispositif, libellé comme suit\u00a0: "}},
      {"es",
       {"- En el párrafo tercero del preámbulo, se insertó la palabra “deliberada” después de “destrucción”.\n",
        "- Se trasladó el párrafo segundo del preámbulo después del párrafo séptimo del preámbulo.\n",
        "- En la nota de pie de página correspondiente al párrafo quinto del preámbulo, se sustituyó “A/78/300.” por "
        "“A/79/310.”.\n"}},
      {"ru",
       {"- В третьем пункте преамбулы слово «преднамеренным» было вставлено после «обеспокоена».\n",
        "- Второй пункт преамбулы был перемещен и помещен после седьмого пункта преамбулы.\n",
        "- В сноске к пятому пункту преамбулы «A/78/300.» заменено на «A/79/310.».\n"}},
      {"zh",
       {"- 在序言部分第3段中，插入“蓄意”，置于“遭到”之后。\n", "- 删除执行部分第3(b)段，其后各段相应重新编号。\n",
        "- 在执行部分第5段中，“第七十九”改为“第八十”。\n"}},
      {"ar",
       {"- في الفقرة الثالثة من الديباجة، استُعيض عن عبارة “تدمير التراث” بعبارة “التدمير المتعمد للتراث”.\n",
        "- حُذفت الفقرة الفرعية (ب) من الفقرة 3 من المنطوق، وأُعيد ترقيم الفقرات اللاحقة تبعا لذلك.\n",
        "- في الفقرة 5 من المنطوق، استُعيض عن عبارة “التاسعة والسبعين” بعبارة “الثمانين”.\n"}},
  };
  for (const auto& [code, sentences] : expected) {
    INFO(code);
    std::string md = render_markdown_summary(pair(code));
    INFO(md);
    for (const std::string& s : sentences) CHECK(md.find(s) != std::string::npos);
  }
}

TEST_CASE("each language's HTML list of changes is in its words, right to left in Arabic") {
  const std::vector<std::tuple<std::string, std::string, std::string>> expected = {
      {"fr", "<h2>Modifications</h2>", "<nav id=\"changes\" aria-label=\"Modifications\" dir=\"auto\" lang=\"fr\">"},
      {"es", "<h3>Cambios sustantivos</h3>", "lang=\"es\">"},
      {"ru", "<h3>Технические обновления</h3>", "lang=\"ru\">"},
      {"zh", "<h3>实质性修改</h3>", "lang=\"zh\">"},
      {"ar", "<h3>التغييرات الموضوعية</h3>", "<nav id=\"changes\" aria-label=\"التغييرات\" dir=\"rtl\" lang=\"ar\">"},
  };
  for (const auto& [code, heading, nav] : expected) {
    INFO(code);
    std::string html = render_html(pair(code), RenderOptions{});
    CHECK(html.find(heading) != std::string::npos);
    CHECK(html.find(nav) != std::string::npos);
  }
}

TEST_CASE("a changed, inserted or deleted nested item is named by its own labels in the committee summary") {
  // fixtures/lang/labels/: zh 1 (b) (二) gains "和边境官员" and (三) is new; ar 1 (أ) (2) gains
  // "وموظفي الجمارك" and 1 (ب) (1) goes, so (2) becomes (1)
  auto labels = [](const std::string& code) {
    auto doc = [](const std::string& name) {
      Expected<Document> d = read_document(std::string(RESDIFF_FIXTURES) + "/lang/labels/" + name);
      REQUIRE(d.ok());
      return *d;
    };
    return compare(doc(code + "_1.md"), doc(code + "_2.md"));
  };
  Report zh = labels("zh");
  std::string md = render_markdown_summary(zh);
  INFO(md);
  CHECK(md.find("## 实质性修改\n\n- 在执行部分第1(b)(二)段中，插入“和边境官员”，置于“官员”之后。\n"
                "- 插入一个新的分段，置于执行部分第1(b)(二)段之后，内容如下：“培训博物馆工作人员；”。\n\n") != std::string::npos);
  CHECK(zh.other.changed == 1);
  CHECK(zh.other.inserted == 1);
  Report ar = labels("ar");
  md = render_markdown_summary(ar);
  INFO(md);
  CHECK(md.find("- في الفقرة الفرعية (2) من الفقرة 1 (أ) من المنطوق، أُدرجت عبارة “وموظفي الجمارك” بعد “المسلحة”.\n"
                "- حُذفت الفقرة الفرعية (1) من الفقرة 1 (ب) من المنطوق، وأُعيد ترقيم الفقرات اللاحقة تبعا لذلك.\n") !=
        std::string::npos);
  CHECK(ar.other.changed == 1);
  CHECK(ar.other.deleted == 1);
  CHECK(ar.other.unchanged == 4);
}
