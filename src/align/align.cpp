// The aligner: which clauses of the old document became which clauses of the new one.
//
// A resolution changes between sessions the way a drafter edits it: most clauses stay, some are
// reworded, a few are added, dropped or moved. Alignment recovers those operations from the two
// texts alone, in three stages that each do the cheap thing first:
//
//   1. anchors.cpp  clauses whose key (text::comparison_key) is unique and equal on both sides;
//                   the longest run of them in the same order stays in place, the rest moved.
//   2. gaps.cpp     between two anchors, the remaining clauses are paired by similarity in order
//                   (heaviest increasing chain). Stage 1 runs again inside each gap first, since a
//                   key repeated in the document may be unique within the gap (patience diff).
//   3. moves.cpp    leftovers look for a partner anywhere among the other side's leftovers; the
//                   pairs found moved, the rest is deleted or inserted.
//
// Status is decided by the text, never by the number: operative 5 that became operative 6 with
// the same words is unchanged. Equal keys with different bytes (case, quotes) are changed. A pair
// of clauses of different kinds (a recital that became an operative paragraph) is moved.
//
// Worked example (A/RES/76/28 → A/RES/80/41, 18 recitals and 6 paragraphs on each side):
//   stage 1: 14 anchors (PP2, PP3, PP4, PP6, PP10…, OP1, OP3, OP4), all in order: in place
//   stage 2: gaps PP1|PP1', PP5|PP5', PP7-9|PP7'-9', PP13|PP13', PP16|PP16', OP2|OP2',
//            OP5-6|OP5'-6' are paired one to one by similarity: changed
//   stage 3: no leftovers; nothing moved, inserted or deleted
// The output lists pairings in the new document's reading order; a deleted clause comes right
// after the entry of the nearest old clause before it that was not moved (or first).
#include <algorithm>

#include "align/stages.hpp"
#include "resdiff/text.hpp"

namespace resdiff::align_stage {
namespace {

/// Prepares one side: keys, profiles, no partners.
Side prepare(const Document& doc) {
  Side side;
  side.doc = &doc;
  side.keys.reserve(doc.clauses.size());
  side.profiles.reserve(doc.clauses.size());
  for (const Clause& c : doc.clauses) {
    side.keys.push_back(text::comparison_key(c.text));
    side.profiles.push_back(make_profile(side.keys.back()));
  }
  side.partner.assign(doc.clauses.size(), kNone);
  return side;
}

/// A stretch of unmatched clauses facing each other between two in-place anchors.
struct Gap {
  std::vector<size_t> old_ids;
  std::vector<size_t> new_ids;
};

/// Stages 1 and 2 over the whole document: anchors, then anchors again inside each gap, then
/// similarity pairing where no anchor is left. A work list instead of recursion.
void match_in_order(Context& ctx) {
  std::vector<Gap> work(1);
  for (size_t i = 0; i < ctx.old_side.keys.size(); ++i) work[0].old_ids.push_back(i);
  for (size_t j = 0; j < ctx.new_side.keys.size(); ++j) work[0].new_ids.push_back(j);
  while (!work.empty()) {
    Gap gap = std::move(work.back());
    work.pop_back();
    if (gap.old_ids.empty() || gap.new_ids.empty()) continue;
    std::vector<std::pair<size_t, size_t>> anchors = match_anchors(ctx, gap.old_ids, gap.new_ids);
    if (anchors.empty()) {
      match_gap(ctx, gap.old_ids, gap.new_ids);
      continue;
    }
    // Cut the gap at the anchors: segment k lies before anchor k (the last one after all).
    std::vector<Gap> parts(anchors.size() + 1);
    size_t k = 0;
    for (size_t pos : gap.old_ids) {
      while (k < anchors.size() && anchors[k].first < pos) ++k;
      if (ctx.old_side.partner[pos] == kNone) parts[k].old_ids.push_back(pos);
    }
    k = 0;
    for (size_t pos : gap.new_ids) {
      while (k < anchors.size() && anchors[k].second < pos) ++k;
      if (ctx.new_side.partner[pos] == kNone) parts[k].new_ids.push_back(pos);
    }
    for (auto it = parts.rbegin(); it != parts.rend(); ++it)
      if (!it->old_ids.empty() && !it->new_ids.empty()) work.push_back(std::move(*it));
  }
}

/// The pairings in the new document's reading order, deleted clauses where they stood.
std::vector<Pairing> emit(const Context& ctx) {
  const size_t n_old = ctx.old_side.partner.size();
  const size_t n_new = ctx.new_side.partner.size();
  std::vector<size_t> match_of_new(n_new, kNone);
  for (size_t m = 0; m < ctx.matches.size(); ++m) match_of_new[ctx.matches[m].new_pos] = m;
  std::vector<size_t> match_of_old(n_old, kNone);
  for (size_t m = 0; m < ctx.matches.size(); ++m) match_of_old[ctx.matches[m].old_pos] = m;

  // One slot per new clause, in reading order.
  std::vector<Pairing> slots;
  slots.reserve(n_new);
  std::vector<size_t> slot_of_match(ctx.matches.size(), kNone);
  for (size_t j = 0; j < n_new; ++j) {
    Pairing p;
    if (size_t m = match_of_new[j]; m != kNone) {
      const Match& match = ctx.matches[m];
      p = {match.status, {match.old_pos}, {j}, match.similarity};
      slot_of_match[m] = slots.size();
    } else {
      p = {Status::Inserted, {}, {j}, 0.0};
    }
    slots.push_back(std::move(p));
  }

  // Deleted clauses hang after the slot of the nearest earlier old clause that did not move.
  std::vector<std::vector<size_t>> deleted_after(slots.size() + 1);  // [0]: before everything
  size_t after = 0;
  for (size_t i = 0; i < n_old; ++i) {
    size_t m = match_of_old[i];
    if (m == kNone) {
      deleted_after[after].push_back(i);
    } else if (ctx.matches[m].status != Status::Moved) {
      after = slot_of_match[m] + 1;
    }
  }

  std::vector<Pairing> out;
  out.reserve(n_new + n_old);
  auto flush = [&](size_t k) {
    for (size_t i : deleted_after[k]) out.push_back({Status::Deleted, {i}, {}, 0.0});
  };
  flush(0);
  for (size_t s = 0; s < slots.size(); ++s) {
    out.push_back(std::move(slots[s]));
    flush(s + 1);
  }
  return out;
}

}  // namespace

void record(Context& ctx, size_t old_pos, size_t new_pos, double similarity, bool in_place) {
  const Clause& a = ctx.old_side.doc->clauses[old_pos];
  const Clause& b = ctx.new_side.doc->clauses[new_pos];
  Status status = Status::Changed;
  if (!in_place || a.kind != b.kind) {
    status = Status::Moved;
  } else if (a.text == b.text) {
    status = Status::Unchanged;
  }
  ctx.old_side.partner[old_pos] = new_pos;
  ctx.new_side.partner[new_pos] = old_pos;
  ctx.matches.push_back({old_pos, new_pos, status, similarity});
}

}  // namespace resdiff::align_stage

namespace resdiff {

std::vector<Pairing> align(const Document& old_doc, const Document& new_doc, const AlignOptions& options) {
  align_stage::Context ctx{align_stage::prepare(old_doc), align_stage::prepare(new_doc), options, {}};
  align_stage::match_in_order(ctx);
  align_stage::match_moves(ctx);
  return align_stage::emit(ctx);
}

}  // namespace resdiff
