// The aligner: which clauses of the old document became which clauses of the new one.
//
// A resolution changes between sessions the way a drafter edits it: most clauses stay, some are
// reworded, a few are added, dropped, moved, split in two or merged into one. Alignment recovers
// those operations from the two texts alone, in five stages that each do the cheap thing first:
//
//   1. anchors.cpp       clauses whose key (text::comparison_key) is unique and equal on both
//                        sides: the same clause, with near certainty.
//   2. soft_anchors.cpp  with them, over the whole document, the edited clauses that are each
//                        other's clearly best partner (soft anchors); the heaviest run of all
//                        these anchors in the same order stays in place, the rest moved.
//   3. gaps.cpp          between two in-place anchors, stage 1 runs again (a key repeated in the
//                        document may be unique within the gap: patience diff), then the rest is
//                        paired by similarity in order (heaviest increasing chain).
//   4. splits.cpp        a clause that is the concatenation of several clauses of the other side
//                        (free, or its own changed partner) is split or merged: neighbours first,
//                        else pieces that stand apart (a merge of operative 3 and 5 over 4).
//   5. moves.cpp         leftovers look for a partner anywhere among the other side's leftovers;
//                        the pairs found moved, the rest is deleted or inserted.
//
// Status is decided by the text, never by the number: operative 5 that became operative 6 with
// the same words is unchanged, so inserting or deleting a paragraph renumbers the later ones
// without changing or moving them. Equal keys with different bytes (case, quotes) are changed,
// unless AlignOptions::tolerance ignores the difference (-i, -w, --ignore-punctuation). A pair of
// clauses of different kinds (a recital that became an operative paragraph) is moved.
//
// Worked example (A/RES/76/28 → A/RES/80/41, 18 recitals and 6 paragraphs on each side):
//   stage 1: 15 exact anchors (PP2, PP3, PP4, PP6, PP10…, OP1, OP2 — "States parties" and
//            "States Parties" share a key —, OP3, OP4)
//   stage 2: 9 soft anchors (PP1, PP5, PP7, PP8, PP9, PP13, PP16, OP5, OP6), each clearly the
//            other's best partner; all 24 anchors in order: in place, OP2 and the soft ones changed
//   stages 3-5: nothing left; nothing moved, split, merged, inserted or deleted
// The output lists pairings in the new document's reading order (a split at its first new
// clause); a deleted clause comes right after the entry of the nearest old clause before it that
// was not moved (or first).
#include <algorithm>
#include <functional>
#include <string_view>
#include <unordered_map>

#include "align/stages.hpp"
#include "resdiff/text.hpp"

namespace resdiff::align_stage {
namespace {

/// Numbers the comparison keys of both documents' clauses: equal numbers for equal keys, on
/// either side. Keys are told apart by a hash and, where two clauses share one, by their texts
/// (equal texts have equal keys) or else their keys, made again; no key is kept.
std::pair<std::vector<uint32_t>, std::vector<uint32_t>> key_classes(const Document& old_doc, const Document& new_doc) {
  struct Member {
    const std::string* text;
    uint32_t id;
  };
  std::unordered_map<uint64_t, std::vector<Member>> by_hash;  // the classes of each hash, by a member's text
  by_hash.reserve(old_doc.clauses.size() + new_doc.clauses.size());
  uint32_t classes = 0;
  auto number = [&](const Document& doc) {
    std::vector<uint32_t> ids;
    ids.reserve(doc.clauses.size());
    for (const Clause& c : doc.clauses) {
      const std::string key = text::comparison_key(c.text);
      std::vector<Member>& members = by_hash[std::hash<std::string_view>{}(key)];
      auto same = std::find_if(members.begin(), members.end(), [&](const Member& m) {
        return *m.text == c.text || text::comparison_key(*m.text) == key;
      });
      if (same == members.end()) same = members.insert(members.end(), Member{&c.text, classes++});
      ids.push_back(same->id);
    }
    return ids;
  };
  std::vector<uint32_t> old_ids = number(old_doc);
  std::vector<uint32_t> new_ids = number(new_doc);
  return {std::move(old_ids), std::move(new_ids)};
}

/// Prepares one side: key classes, profiles (made when first read, numbered in vocabularies), no partners.
Side prepare(const Document& doc, std::vector<uint32_t> keys, Vocabularies& vocabularies) {
  Side side;
  side.doc = &doc;
  side.keys = std::move(keys);
  side.profiles = Profiles(doc, vocabularies);
  side.partner.assign(doc.clauses.size(), kNone);
  return side;
}

/// A stretch of unmatched clauses facing each other between two in-place anchors.
struct Gap {
  std::vector<size_t> old_ids;
  std::vector<size_t> new_ids;
};

/// Stages 1 to 3: soft anchors over the whole document (with the exact ones), then in each gap
/// exact anchors again (patience), then similarity pairing where no anchor is left. A work list
/// instead of recursion.
void match_in_order(Context& ctx) {
  std::vector<std::pair<size_t, size_t>> anchors = match_soft_anchors(ctx);
  std::vector<Gap> work;
  {
    // Cut the document at the in-place anchors: gap k lies before anchor k (the last after all).
    std::vector<Gap> parts(anchors.size() + 1);
    size_t k = 0;
    for (size_t pos = 0; pos < ctx.old_side.partner.size(); ++pos) {
      while (k < anchors.size() && anchors[k].first < pos) ++k;
      if (ctx.old_side.partner[pos] == kNone) parts[k].old_ids.push_back(pos);
    }
    k = 0;
    for (size_t pos = 0; pos < ctx.new_side.partner.size(); ++pos) {
      while (k < anchors.size() && anchors[k].second < pos) ++k;
      if (ctx.new_side.partner[pos] == kNone) parts[k].new_ids.push_back(pos);
    }
    for (auto it = parts.rbegin(); it != parts.rend(); ++it)
      if (!it->old_ids.empty() && !it->new_ids.empty()) work.push_back(std::move(*it));
  }
  while (!work.empty()) {
    Gap gap = std::move(work.back());
    work.pop_back();
    if (gap.old_ids.empty() || gap.new_ids.empty()) continue;
    anchors = match_anchors(ctx, gap.old_ids, gap.new_ids);
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

/// One decision, whatever its shape: a Match or a Group.
struct Unit {
  Status status = Status::Unchanged;
  std::vector<size_t> old_pos, new_pos;
  double similarity = 1.0;
};

/// The pairings in the new document's reading order, deleted clauses where they stood.
std::vector<Pairing> emit(const Context& ctx) {
  const size_t n_old = ctx.old_side.partner.size();
  const size_t n_new = ctx.new_side.partner.size();
  std::vector<Unit> units;
  units.reserve(ctx.matches.size() + ctx.groups.size());
  for (const Match& m : ctx.matches) units.push_back({m.status, {m.old_pos}, {m.new_pos}, m.similarity});
  for (const Group& g : ctx.groups) units.push_back({g.status, g.old_pos, g.new_pos, g.similarity});
  std::vector<size_t> unit_of_new(n_new, kNone), unit_of_old(n_old, kNone);
  for (size_t u = 0; u < units.size(); ++u) {
    for (size_t j : units[u].new_pos) unit_of_new[j] = u;
    for (size_t i : units[u].old_pos) unit_of_old[i] = u;
  }

  // One slot per unit (at its first new clause) or inserted clause, in reading order.
  std::vector<Pairing> slots;
  slots.reserve(n_new);
  std::vector<size_t> slot_of_unit(units.size(), kNone);
  for (size_t j = 0; j < n_new; ++j) {
    if (size_t u = unit_of_new[j]; u != kNone) {
      if (slot_of_unit[u] != kNone) continue;  // a later piece of a split
      slot_of_unit[u] = slots.size();
      slots.push_back({units[u].status, units[u].old_pos, units[u].new_pos, units[u].similarity});
    } else {
      slots.push_back({Status::Inserted, {}, {j}, 0.0});
    }
  }

  // Deleted clauses hang after the slot of the nearest earlier old clause that did not move.
  std::vector<std::vector<size_t>> deleted_after(slots.size() + 1);  // [0]: before everything
  size_t after = 0;
  for (size_t i = 0; i < n_old; ++i) {
    size_t u = unit_of_old[i];
    if (u == kNone) {
      deleted_after[after].push_back(i);
    } else if (units[u].status != Status::Moved) {
      after = std::max(after, slot_of_unit[u] + 1);  // a merge's later piece must not pull it back
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
  } else if (text::same_under(a.text, b.text, ctx.options.tolerance)) {
    status = Status::Unchanged;
  }
  ctx.old_side.partner[old_pos] = new_pos;
  ctx.new_side.partner[new_pos] = old_pos;
  ctx.matches.push_back({old_pos, new_pos, status, similarity});
}

void unrecord(Context& ctx, size_t old_pos) {
  size_t new_pos = ctx.old_side.partner[old_pos];
  if (new_pos == kNone || new_pos == kGrouped) return;
  std::erase_if(ctx.matches, [&](const Match& m) { return m.old_pos == old_pos; });
  ctx.old_side.partner[old_pos] = kNone;
  ctx.new_side.partner[new_pos] = kNone;
}

}  // namespace resdiff::align_stage

namespace resdiff {

std::vector<Pairing> align(const Document& old_doc, const Document& new_doc, const AlignOptions& options) {
  align_stage::Vocabularies vocabularies;  // outlives ctx, whose profiles are numbered in it
  auto [old_keys, new_keys] = align_stage::key_classes(old_doc, new_doc);
  align_stage::Context ctx{align_stage::prepare(old_doc, std::move(old_keys), vocabularies),
                           align_stage::prepare(new_doc, std::move(new_keys), vocabularies), options, {}, {}};
  align_stage::match_in_order(ctx);
  align_stage::match_splits(ctx);
  align_stage::match_moves(ctx);
  return align_stage::emit(ctx);
}

}  // namespace resdiff
