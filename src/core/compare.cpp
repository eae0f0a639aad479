// compare(): the pipeline after reading — align, word diff, classify, metadata, counts.
//
// align() says which clauses correspond; for each pairing compare() builds one Entry:
//
//   unchanged          one Equal edit with the text (none when both texts are empty)
//   changed, moved     word_diff() of the two texts, then classify() marks technical runs
//   split, merged      the same, over the texts of the several clauses joined by one space
//   inserted, deleted  one Insert / one Delete edit with the whole text, never technical
//
// An entry is technical when it is not unchanged, has at least one insert or delete, and every
// insert and delete is technical. With CompareOptions::ignore_technical a technical changed
// entry is reported unchanged, and technical metadata rows are dropped, so that a report with
// only calendar updates has no differences. The collapsed entry's single Equal edit holds the
// new text, and the old one in Edit::old_text, so that its edits stay lossless. A technical moved entry stays moved (the
// move is a difference) but its edits collapse the same way; splits and merges keep their edits,
// which say where the text was cut or joined.
//
// Renumbering: classify() is told which old paragraph number became which new one
// (CalendarContext::paragraphs, built from the one-to-one pairings), so that "paragraph 5 above"
// → "paragraph 6 above" after an insertion is technical. Annex paragraphs have a numbering of
// their own, and entries of the annex are judged against it.
//
// Clause and footnote texts are put in text::canonical form first (NFC, Unicode hyphens as
// '-', white space collapsed), so that typography the segmenter let through — a U+2011 in a
// PDF extraction — cannot turn an unchanged clause into a changed one. Report::old_doc and
// new_doc hold these canonical texts, and the edits are lossless against them.
//
// Worked example (A/RES/76/28 → A/RES/80/41), preambular 1:
//   pairing  changed, old PP1 → new PP1
//   edits    = "Recalling its resolution " −"75/58 of 7 December 2020" +"79/42 of 2 December 2024" =","
//   classify both sides name the previous session (75 in 76, 79 in 80), the rest are dates: technical
//   entry    changed, technical
#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "core/compare_stages.hpp"
#include "resdiff/text.hpp"

namespace resdiff {
namespace {

/// s in canonical form, copied only when it is not already (the segmenter's texts mostly are).
void canonicalize(std::string& s) {
  if (!text::is_canonical(s)) s = text::canonical(s);
}

/// Canonical clause and footnote texts (see the essay above).
void canonicalize(Document& doc) {
  for (Clause& c : doc.clauses) {
    canonicalize(c.text);
    for (std::string& f : c.footnotes) canonicalize(f);
  }
  for (std::string& f : doc.footnotes) canonicalize(f);
}

/// The texts of the clauses at positions, joined by single spaces: the clause's own text when
/// there is one, else the joined texts kept in store.
std::string_view joined_text(const Document& doc, const std::vector<size_t>& positions, std::string& store) {
  if (positions.size() == 1) return doc.clauses[positions[0]].text;
  for (size_t k = 0; k < positions.size(); ++k) {
    if (k > 0) store += ' ';
    store += doc.clauses[positions[k]].text;
  }
  return store;
}

/// The footnotes cited by the clauses at positions, in order.
std::vector<std::string> footnotes_of(const Document& doc, const std::vector<size_t>& positions) {
  std::vector<std::string> out;
  for (size_t p : positions) out.insert(out.end(), doc.clauses[p].footnotes.begin(), doc.clauses[p].footnotes.end());
  return out;
}

/// True when the entry changed and every insert and delete in it is technical.
bool all_technical(const Entry& entry) {
  if (entry.status == Status::Unchanged || entry.status == Status::Inserted || entry.status == Status::Deleted) return false;
  bool any = false;
  for (const Edit& e : entry.edits) {
    if (e.op == Edit::Op::Equal) continue;
    if (!e.technical) return false;
    any = true;
  }
  return any;
}

/// The document's session: as its header says, or as its adoption date implies.
std::optional<int> session_of(const Metadata& meta) {
  if (meta.session) return meta.session;
  if (meta.date) return session_of_date(*meta.date);
  return std::nullopt;
}

/// True for the kinds numbered in the annex's sequence rather than the operative part's.
bool in_annex(ClauseKind kind) { return kind == ClauseKind::Annex; }

/// The renumbering the alignment implies: old number → new number of each numbered clause paired
/// one to one with a clause of the same numbering (operative and sub-paragraphs, or annex).
std::map<std::string, std::string> renumbering(const Report& report, const std::vector<Pairing>& pairings, bool annex) {
  std::map<std::string, std::string> out;
  for (const Pairing& p : pairings) {
    if (p.old_clauses.size() != 1 || p.new_clauses.size() != 1) continue;
    const Clause& a = report.old_doc.clauses[p.old_clauses[0]];
    const Clause& b = report.new_doc.clauses[p.new_clauses[0]];
    if (a.number.empty() || b.number.empty() || in_annex(a.kind) != annex || in_annex(b.kind) != annex) continue;
    out.emplace(a.number, b.number);
  }
  return out;
}

/// One Equal edit for a whole text: the new text, and the old one when it reads otherwise (a
/// difference the tolerance ignores, or a technical update that ignore_technical collapsed).
Edit equal_edit(std::string_view old_text, std::string_view new_text) {
  Edit e{Edit::Op::Equal, std::string(new_text), false};
  if (old_text != new_text) e.old_text = std::string(old_text);
  return e;
}

/// The Entry for one pairing.
Entry make_entry(const Report& report, const Pairing& pairing, const Tokenizer& tokenizer, const CalendarContext& context,
                 const CompareOptions& options) {
  Entry entry;
  entry.status = pairing.status;
  entry.old_clauses = pairing.old_clauses;
  entry.new_clauses = pairing.new_clauses;
  entry.kind = !pairing.new_clauses.empty() ? report.new_doc.clauses[pairing.new_clauses.front()].kind
                                            : report.old_doc.clauses[pairing.old_clauses.front()].kind;
  std::string old_store, new_store;
  const std::string_view old_text = joined_text(report.old_doc, pairing.old_clauses, old_store);
  const std::string_view new_text = joined_text(report.new_doc, pairing.new_clauses, new_store);
  switch (pairing.status) {
    case Status::Unchanged:
      if (!old_text.empty() || !new_text.empty()) entry.edits.push_back(equal_edit(old_text, new_text));
      break;
    case Status::Inserted:
      if (!new_text.empty()) entry.edits.push_back({Edit::Op::Insert, std::string(new_text), false});
      break;
    case Status::Deleted:
      if (!old_text.empty()) entry.edits.push_back({Edit::Op::Delete, std::string(old_text), false});
      break;
    case Status::Changed:
    case Status::Moved:
    case Status::Split:
    case Status::Merged: {
      // Both texts are cut into tokens once, for the word diff and the classifier.
      const TokenizedText old_tokens = tokenized(tokenizer, old_text), new_tokens = tokenized(tokenizer, new_text);
      entry.edits = word_diff(tokenizer, old_tokens, new_tokens, lang::of(report.new_doc.meta.language), options.align.tolerance);
      classify(entry.edits, context, old_tokens, new_tokens);
      break;
    }
  }
  entry.technical = all_technical(entry);
  if (options.ignore_technical && entry.technical && (entry.status == Status::Changed || entry.status == Status::Moved)) {
    if (entry.status == Status::Changed) entry.status = Status::Unchanged;
    entry.technical = false;
    entry.edits.clear();
    if (!new_text.empty()) entry.edits.push_back(equal_edit(old_text, new_text));
  }
  return entry;
}

}  // namespace

Report compare(Document old_doc, Document new_doc, const CompareOptions& options) {
  Report report;
  canonicalize(old_doc);
  canonicalize(new_doc);
  report.old_doc = std::move(old_doc);
  report.new_doc = std::move(new_doc);
  const CalendarContext context{session_of(report.old_doc.meta), session_of(report.new_doc.meta), {},
                                &lang::of(report.old_doc.meta.language), &lang::of(report.new_doc.meta.language),
                                options.align.tolerance};
  const Tokenizer tokenizer;

  report.metadata = compare_stage::metadata_rows(report.old_doc.meta, report.new_doc.meta, context);
  const std::vector<Pairing> pairings = align(report.old_doc, report.new_doc, options.align);
  CalendarContext operative_context = context, annex_context = context;
  operative_context.paragraphs = renumbering(report, pairings, false);
  annex_context.paragraphs = renumbering(report, pairings, true);
  for (const Pairing& pairing : pairings) {
    const Clause& first = pairing.new_clauses.empty() ? report.old_doc.clauses[pairing.old_clauses.front()]
                                                      : report.new_doc.clauses[pairing.new_clauses.front()];
    report.entries.push_back(
        make_entry(report, pairing, tokenizer, in_annex(first.kind) ? annex_context : operative_context, options));
    std::vector<MetadataRow> notes =
        compare_stage::footnote_rows(footnotes_of(report.old_doc, pairing.old_clauses),
                                     footnotes_of(report.new_doc, pairing.new_clauses), context);
    // A footnote a clause cites once more or once less, which the other document still holds
    // (74/43's operative 2 cites footnote 1 again, 75/58's does not), neither appeared nor went.
    auto holds = [&](const Document& doc, const std::string& note) {
      return std::any_of(doc.footnotes.begin(), doc.footnotes.end(),
                         [&](const std::string& f) { return text::same_under(f, note, options.align.tolerance); });
    };
    std::erase_if(notes, [&](const MetadataRow& row) {
      if (!row.old_value && row.new_value) return holds(report.old_doc, *row.new_value);
      if (row.old_value && !row.new_value) return holds(report.new_doc, *row.old_value);
      return false;
    });
    report.metadata.insert(report.metadata.end(), notes.begin(), notes.end());
  }
  compare_stage::pair_across_entries(report.metadata, context);
  if (options.ignore_technical)
    std::erase_if(report.metadata, [](const MetadataRow& row) { return row.technical; });
  compare_stage::count(report);
  return report;
}

bool Report::has_differences() const {
  if (!metadata.empty()) return true;
  for (const Entry& e : entries)
    if (e.status != Status::Unchanged) return true;
  return false;
}

}  // namespace resdiff
