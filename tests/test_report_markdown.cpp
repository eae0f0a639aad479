// Tests of the committee change summary (render_markdown_summary, src/render/summary_md.cpp and
// committee.cpp): a title, then sentences in the form of a committee report — each paragraph by
// its old number and ordinal words, full stops, substantive changes first — and the counts; on a
// hand-made report, on hand edits of A/RES/80/41 and on 76/28 → 80/41.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>

#include "report_sample.hpp"

using namespace resdiff;
using sample::occurrences;

namespace {

std::string fixture_text(const std::string& name) {
  std::ifstream in(std::string(RESDIFF_FIXTURES) + "/" + name);
  REQUIRE(in);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// 80/41 against text, a hand edit of it, through the whole pipeline.
Report edit_of_80_41(const std::string& text) {
  Expected<Document> old_doc = parse_document(fixture_text("A_RES_80_41.md"), "80_41.md", Format::Markdown);
  Expected<Document> new_doc = parse_document(text, "edited.md", Format::Markdown);
  REQUIRE(old_doc.ok());
  REQUIRE(new_doc.ok());
  return compare(std::move(*old_doc), std::move(*new_doc));
}

void replace(std::string& text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
}

// The text without the paragraph (up to its line end) that starts with `start`.
void drop_paragraph(std::string& text, const std::string& start) {
  size_t at = text.find(start);
  REQUIRE(at != std::string::npos);
  text.erase(at, text.find('\n', at) + 1 - at);
}

}  // namespace

TEST_CASE("render_markdown_summary: a title, the substantive changes first as a committee report words them, then technical updates, counts") {
  std::string md = render_markdown_summary(sample::report());
  INFO(md);
  CHECK(md.rfind("# Changes from A/RES/76/28 to A/RES/80/41\n\n", 0) == 0);
  size_t substantive = md.find("## Substantive changes"), technical = md.find("## Technical updates");
  size_t counts = md.find("## Counts");
  REQUIRE(substantive != std::string::npos);
  REQUIRE(technical != std::string::npos);
  CHECK(substantive < technical);
  CHECK(technical < counts);
  // substantive: the paragraphs by their old numbers, recitals by ordinal words
  std::string lines =
      "- In the third preambular paragraph, the word “resolution” was replaced by “resolutions” and the words "
      "“and \\<2663> (2022) & more” were inserted after “(2016)”.\n"
      "- In operative paragraph 2, the word “parties” was replaced by “Parties”.\n"
      "- Operative paragraph 3 was deleted.\n"
      "- A new operative paragraph was inserted after operative paragraph 3, reading: “Decides to remain seized of the matter.”.\n";
  CHECK(md.find(lines) == md.find("## Substantive changes\n\n") + std::string("## Substantive changes\n\n").size());
  CHECK(md.find("- In the first preambular paragraph, the words “75/58 of 7 December 2020” were replaced by “79/42 of 2 December "
                "2024”.\n") > technical);
  CHECK(md.find("- The session “76” was replaced by “80”.\n") > technical);
  CHECK(md.find("- In a footnote, “A/76/189.” was replaced by “A/80/164.”.\n") > technical);
  CHECK(md.find("| Preamble (3 → 3) | 1 | 2 | 0 | 0 | 0 | 0 | 0 | 1 | 1 |") != std::string::npos);
  CHECK(md.find("| Operative part (3 → 3) | 1 | 1 | 0 | 1 | 1 | 0 | 0 | 0 | 3 |") != std::string::npos);
  // every sentence ends with a full stop; no old wording is left
  for (size_t at = md.find("\n- "); at != std::string::npos; at = md.find("\n- ", at + 1)) {
    size_t end = md.find('\n', at + 1);
    CHECK(md[end - 1] == '.');
  }
  CHECK(md.find(" becomes ") == std::string::npos);
  CHECK(md.back() == '\n');
  CHECK(md.find("\n\n\n") == std::string::npos);
}

TEST_CASE("render_markdown_summary: a deleted recital and a new operative paragraph renumber the ones after it") {
  std::string text = fixture_text("A_RES_80_41.md");
  drop_paragraph(text, "Recalling the support expressed in the Final Document of the Nineteenth Summit");
  replace(text, "4. Encourages", "4. Invites Member States to share their national experiences;\n\n5. Encourages");
  replace(text, "5. Requests", "6. Requests");
  replace(text, "6. Decides", "7. Decides");
  std::string md = render_markdown_summary(edit_of_80_41(text));
  INFO(md);
  CHECK(md.find("- The eighth preambular paragraph was deleted.\n") != std::string::npos);
  CHECK(md.find("- A new operative paragraph was inserted after operative paragraph 3, reading: “Invites Member States to share "
                "their national experiences;”, and subsequent paragraphs were renumbered accordingly.\n") != std::string::npos);
  CHECK(occurrences(md, "renumbered accordingly") == 1);
  CHECK(md.find("## Technical updates") == std::string::npos);
}

TEST_CASE("render_markdown_summary: consecutive deletions and insertions make one sentence") {
  std::string text = fixture_text("A_RES_80_41.md");
  drop_paragraph(text, "Recalling the support expressed in the Final Document of the Nineteenth Summit");
  drop_paragraph(text, "Recalling also that the Group of Eight");
  replace(text, "6. Decides", "6. Urges all States to act;\n\n7. Invites all States to report;\n\n8. Decides");
  std::string md = render_markdown_summary(edit_of_80_41(text));
  INFO(md);
  CHECK(md.find("- The eighth and ninth preambular paragraphs were deleted.\n") != std::string::npos);
  CHECK(md.find("- Two new operative paragraphs were inserted after operative paragraph 5, reading: “Urges all States to act;” "
                "and “Invites all States to report;”, and subsequent paragraphs were renumbered accordingly.\n") != std::string::npos);
}

TEST_CASE("render_markdown_summary: moves, splits and merges are sentences in the committee's words") {
  Report r = sample::report();
  // OP2 moves to the end
  r.entries[4].status = Status::Moved;
  std::rotate(r.entries.begin() + 4, r.entries.begin() + 5, r.entries.end());
  std::string md = render_markdown_summary(r);
  INFO(md);
  CHECK(md.find("- Operative paragraph 2 was moved to follow operative paragraph 3, and in it the word “parties” was replaced by "
                "“Parties”.\n") != std::string::npos);

  Report s = sample::report();
  s.entries[4].status = Status::Split;
  s.entries[4].new_clauses = {4, 5};
  md = render_markdown_summary(s);
  CHECK(md.find("- Operative paragraph 2 was split into two paragraphs") != std::string::npos);
  Report m = sample::report();
  m.entries[4].status = Status::Merged;
  m.entries[4].old_clauses = {3, 4};
  md = render_markdown_summary(m);
  CHECK(md.find("- Operative paragraphs 1 and 2 were merged into one paragraph") != std::string::npos);
}

TEST_CASE("render_markdown_summary: identical documents") {
  Report r = sample::report();
  r.entries = {r.entries[1], r.entries[3]};
  r.metadata.clear();
  std::string md = render_markdown_summary(r);
  CHECK(md.find("No differences.") != std::string::npos);
  CHECK(md.find("## Substantive changes") == std::string::npos);
  CHECK(md.find("## Technical updates") == std::string::npos);
}

TEST_CASE("render_markdown_summary on A/RES/76/28 → A/RES/80/41 says what the corpus's change list says") {
  std::string md = render_markdown_summary(sample::real_pair());
  INFO(md);
  CHECK(md.rfind("# Changes from A/RES/76/28 to A/RES/80/41\n", 0) == 0);
  size_t technical = md.find("## Technical updates");
  REQUIRE(technical != std::string::npos);
  // the substantive edits of fixtures/CORPUS-README.md, by old paragraph
  for (const char* line : {
           "- In the fifth preambular paragraph, the word “resolution” was replaced by “resolutions” and the words “and 2663 (2022) "
           "of 30 November 2022” were inserted after “December 2016”.\n",
           "- In the seventh preambular paragraph, the words “consensus, of amendments to strengthen” were replaced by “consensus of "
           "the States Parties, of the Amendment to” and the word “their” was replaced by “its”.\n",
           "- In the eighth preambular paragraph, the word “Eighteenth” was replaced by “Nineteenth” and the "
           "words “Baku on 25 and 26 October 2019” were replaced by “Kampala on 19 and 20 January 2024”.\n",
           "- In the ninth preambular paragraph, the words “has been” were replaced by “was”.\n",
           "- In operative paragraph 2, the word “parties” was replaced by “Parties”.\n",
           "- A new footnote to the seventh preambular paragraph reads “Ibid., vol. 3132, No. 24631.”.\n"}) {
    INFO(line);
    CHECK(md.find(line) < technical);
  }
  CHECK(md.find("- In the thirteenth preambular paragraph, the words “the fourth International Conference on Nuclear Security: "
                "Shaping the Future, in Vienna in May 2024,” were inserted") < technical);
  // the technical ones
  for (const char* line : {"- In the first preambular paragraph, the words “75/58 of 7 December 2020” were replaced by “79/42 of "
                           "2 December 2024”.\n",
                           "- In the sixteenth preambular paragraph, the word “75/58” was replaced by “79/42”.\n",
                           "- In operative paragraph 5, the word “seventy-seventh” was replaced by “eighty-first”.\n",
                           "- In operative paragraph 6, the word “seventy-seventh” was replaced by “eighty-first”.\n",
                           "- In the footnote to the sixteenth preambular paragraph, “A/76/189.” was replaced by “A/80/164.”.\n"}) {
    INFO(line);
    CHECK(md.find(line) > technical);
  }
  CHECK(md.find("| Preamble (18 → 18) | 11 | 7 |") != std::string::npos);
}

TEST_CASE("render_markdown_summary: the draft A/C.1/80/L.22's sponsors, gone from A/RES/80/41, are one list that was removed") {
  // The draft's masthead (page 1 of the PDF) names 51 sponsors, "Albania, Australia, … and
  // Uruguay: draft resolution"; the adopted resolution names none. One list, so "was".
  Expected<Document> draft = read_document(std::string(RESDIFF_FIXTURES) + "/official-pdf/A_C.1_80_L.22.pdf");
  Expected<Document> adopted = read_document(std::string(RESDIFF_FIXTURES) + "/official-pdf/A_RES_80_41.pdf");
  REQUIRE(draft.ok());
  REQUIRE(adopted.ok());
  std::string md = render_markdown_summary(compare(std::move(*draft), std::move(*adopted)));
  INFO(md);
  CHECK(md.find("- The list of sponsors “Albania, Australia, Austria, Belgium, Bhutan,") != std::string::npos);
  CHECK(md.find("Northern Ireland and Uruguay” was removed.\n") != std::string::npos);
  CHECK(md.find("The sponsors") == std::string::npos);
}

namespace {

// text with `from` replaced by `to` (which opens a new paragraph numbered N + 1 after the one
// holding it, N) and every later operative paragraph's number raised by one ("4." → "5.",
// Arabic "4 -" → "5 -").
std::string split_paragraph(const std::string& text, const std::string& from, const std::string& to) {
  std::string out;
  bool after = false;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(at, end - at);
    size_t digits = 0;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
    bool numbered = digits > 0 && (line.compare(digits, 2, ". ") == 0 || line.compare(digits, 3, " - ") == 0);
    if (after && numbered) line = std::to_string(std::stoi(line.substr(0, digits)) + 1) + line.substr(digits);
    if (size_t f = line.find(from); f != std::string::npos) {
      line.replace(f, from.size(), to);
      after = true;
    }
    out += line + (end < text.size() ? "\n" : "");
    at = end + 1;
  }
  REQUIRE(after);
  return out;
}

std::string summary_of(const std::string& old_name, const std::string& old_text, const std::string& new_text) {
  Expected<Document> old_doc = parse_document(old_text, old_name, Format::Markdown);
  Expected<Document> new_doc = parse_document(new_text, "split.md", Format::Markdown);
  REQUIRE(old_doc.ok());
  REQUIRE(new_doc.ok());
  Report report = compare(std::move(*old_doc), std::move(*new_doc));
  bool split = false;
  for (const Entry& e : report.entries) split = split || e.status == Status::Split;
  REQUIRE(split);
  return render_markdown_summary(report);
}

}  // namespace

TEST_CASE("render_markdown_summary: a split's edits are cut where the new paragraph begins, which is named and quoted") {
  // A made-up split of 80/41's OP3 before "their means of delivery": OP3 now ends "destruction;"
  // and a new OP4 begins "Also urges all Member States to take such measures for"; 4–6 become 5–7.
  std::string text = split_paragraph(fixture_text("A_RES_80_41.md"), "weapons of mass destruction, their means of delivery",
                                     "weapons of mass destruction;\n\n4. Also urges all Member States to take such measures for "
                                     "their means of delivery");
  std::string md = summary_of("80_41.md", fixture_text("A_RES_80_41.md"), text);
  INFO(md);
  CHECK(md.find("- Operative paragraph 3 was split into two paragraphs, and in it the word “destruction,” was replaced by "
                "“destruction;”; the new operative paragraph 4 begins “Also urges all Member States to take such measures "
                "for”, and subsequent paragraphs were renumbered accordingly.\n") != std::string::npos);
  CHECK(md.find("destruction; Also urges") == std::string::npos);
}

TEST_CASE("render_markdown_summary: a split in each of the five other languages names the new paragraph in its words") {
  // Made-up splits of each fixtures/lang/<code>_2.md's operative paragraph 2 after "ratify the
  // Convention", the new paragraph 3 opening with words of its own; 3–5 become 4–6.
  struct Case {
    std::string code, from, to, sentence;
  };
  const std::vector<Case> cases = {
      {"fr", "de ratifier la Convention pour la protection",
       "de ratifier la Convention ;\n\n3. *Demande également* aux États Membres d’appliquer la Convention pour la protection",
       "» ; le nouveau paragraphe 3 du dispositif commence par «\u00a0Demande également aux États Membres d’appliquer\u00a0», et les "
       "paragraphes suivants ont été renumérotés en conséquence."},
      {"es", "a que ratifiquen la Convención para la Protección",
       "a que ratifiquen la Convención;\n\n3. *Exhorta también* a los Estados Miembros a que apliquen la Convención para la "
       "Protección",
       "; el nuevo párrafo 3 de la parte dispositiva comienza con “Exhorta también a los Estados Miembros a que apliquen”"},
      {"ru", "ратифицировать Конвенцию о защите",
       "ратифицировать Конвенцию;\n\n3. *призывает также* государства-члены применять Конвенцию о защите",
       "; новый пункт 3 постановляющей части начинается словами «призывает также государства-члены применять»"},
      {"zh", "批准《关于发生武装冲突时保护文化财产的公约》", "批准该公约；\n\n3. 又吁请会员国执行《关于发生武装冲突时保护文化财产的公约》",
       "；新的执行部分第3段开头为“又吁请会员国执行”，其后各段相应重新编号。"},
      {"ar", "أن تصدق على اتفاقية حماية الممتلكات الثقافية",
       "أن تصدق على الاتفاقية؛\n\n3 - تهيب أيضا بالدول الأعضاء أن تنفذ اتفاقية حماية الممتلكات الثقافية",
       "؛ تبدأ الفقرة 3 الجديدة من المنطوق بعبارة “تهيب أيضا بالدول الأعضاء أن تنفذ”"},
  };
  for (const Case& c : cases) {
    INFO(c.code);
    std::string old_text = fixture_text("lang/" + c.code + "_2.md");
    std::string md = summary_of(c.code + "_2.md", old_text, split_paragraph(old_text, c.from, c.to));
    INFO(md);
    CHECK(md.find(c.sentence) != std::string::npos);
  }
}
