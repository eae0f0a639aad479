// A hand-made Report shared by the report-surface tests (HTML, Markdown summary, side by side,
// stat), and the real 76/28 → 80/41 comparison read from the fixtures.
#pragma once
#include <string>
#include <vector>

#include "resdiff/render.hpp"
#include "resdiff/resdiff.hpp"

namespace sample {

using namespace resdiff;

inline Clause clause(ClauseKind kind, int index, std::string number, std::string text) {
  Clause c;
  c.kind = kind;
  c.index = index;
  c.number = std::move(number);
  c.text = std::move(text);
  return c;
}

inline Edit edit(Edit::Op op, std::string text, bool technical = false) { return Edit{op, std::move(text), technical}; }

inline Entry entry(ClauseKind kind, Status status, std::vector<size_t> olds, std::vector<size_t> news,
                   std::vector<Edit> edits, bool technical = false) {
  Entry e;
  e.kind = kind;
  e.status = status;
  e.old_clauses = std::move(olds);
  e.new_clauses = std::move(news);
  e.edits = std::move(edits);
  e.technical = technical;
  return e;
}

// PP1 technical change, PP2 unchanged, PP3 substantive change (with <&> to escape), OP1
// unchanged, OP2 "States parties" → "States Parties", OP3 deleted, a new OP3.
inline Report report() {
  Report r;
  r.old_doc.path = "old.md";
  r.old_doc.meta.symbol = "76/28";
  r.old_doc.meta.session = 76;
  r.old_doc.meta.date = "2021-12-06";
  r.old_doc.meta.language = "en";
  r.old_doc.meta.title = "Measures <to> prevent & protect";
  r.new_doc.path = "new.md";
  r.new_doc.meta.symbol = "80/41";
  r.new_doc.meta.session = 80;
  r.new_doc.meta.date = "2025-12-01";
  r.new_doc.meta.language = "en";
  r.new_doc.meta.title = r.old_doc.meta.title;
  const auto P = ClauseKind::Preambular;
  const auto O = ClauseKind::Operative;
  r.old_doc.clauses = {clause(P, 1, "", "Recalling its resolution 75/58 of 7 December 2020,"),
                       clause(P, 2, "", "Recognizing the determination of the international community,"),
                       clause(P, 3, "", "Recalling Security Council resolution 2325 (2016),"),
                       clause(O, 1, "1", "Calls upon all Member States to act;"),
                       clause(O, 2, "2", "Encourages States parties to review it;"),
                       clause(O, 3, "3", "Appeals to all Member States;")};
  r.new_doc.clauses = {clause(P, 1, "", "Recalling its resolution 79/42 of 2 December 2024,"),
                       clause(P, 2, "", "Recognizing the determination of the international community,"),
                       clause(P, 3, "", "Recalling Security Council resolutions 2325 (2016) and <2663> (2022) & more,"),
                       clause(O, 1, "1", "Calls upon all Member States to act;"),
                       clause(O, 2, "2", "Encourages States Parties to review it;"),
                       clause(O, 3, "3", "Decides to remain seized of the matter.")};
  r.entries = {
      entry(P, Status::Changed, {0}, {0},
            {edit(Edit::Op::Equal, "Recalling its resolution "), edit(Edit::Op::Delete, "75/58 of 7 December 2020", true),
             edit(Edit::Op::Insert, "79/42 of 2 December 2024", true), edit(Edit::Op::Equal, ",")},
            true),
      entry(P, Status::Unchanged, {1}, {1}, {edit(Edit::Op::Equal, r.new_doc.clauses[1].text)}),
      entry(P, Status::Changed, {2}, {2},
            {edit(Edit::Op::Equal, "Recalling Security Council "), edit(Edit::Op::Delete, "resolution"),
             edit(Edit::Op::Insert, "resolutions"), edit(Edit::Op::Equal, " 2325 (2016)"),
             edit(Edit::Op::Insert, " and <2663> (2022) & more"), edit(Edit::Op::Equal, ",")}),
      entry(O, Status::Unchanged, {3}, {3}, {edit(Edit::Op::Equal, r.new_doc.clauses[3].text)}),
      entry(O, Status::Changed, {4}, {4},
            {edit(Edit::Op::Equal, "Encourages States "), edit(Edit::Op::Delete, "parties"), edit(Edit::Op::Insert, "Parties"),
             edit(Edit::Op::Equal, " to review it;")}),
      entry(O, Status::Deleted, {5}, {}, {edit(Edit::Op::Delete, r.old_doc.clauses[5].text)}),
      entry(O, Status::Inserted, {}, {5}, {edit(Edit::Op::Insert, r.new_doc.clauses[5].text)}),
  };
  r.metadata = {MetadataRow{"session", "76", "80", true}, MetadataRow{"footnote", "A/76/189.", "A/80/164.", true}};
  r.preambular = Counts{1, 2, 0, 0, 0, 0, 0, 1, 1};
  r.operative = Counts{1, 1, 0, 1, 1, 0, 0, 0, 3};
  return r;
}

// A/RES/76/28 → A/RES/80/41 from the fixtures, through the whole pipeline.
inline Report real_pair() {
  std::string dir = RESDIFF_FIXTURES;
  Expected<Document> old_doc = read_document(dir + "/A_RES_76_28.seed.md");
  Expected<Document> new_doc = read_document(dir + "/A_RES_80_41.md");
  if (!old_doc || !new_doc) throw std::runtime_error("cannot read the 76/28 or 80/41 fixture");
  return compare(std::move(*old_doc), std::move(*new_doc));
}

inline size_t occurrences(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
  return n;
}

}  // namespace sample
