// A lineage: one clause's life through a series, grown one comparison at a time.
//
// A lineage records where the clause stands in each version (its trail), the versions at which
// it differs from the version before (its steps, with the word edits), and, byte by byte, which
// version brought each piece of its present text (its origins, what `resdiff blame --words`
// prints). trace_history() (history.cpp) grows lineages along the pairings of each comparison;
// this file holds the operations it needs.
//
// Origins travel through a step's edits as a cursor travels through a lossless edit script:
//
//   old text   "Recalling its resolution 74/43 of 12 December 2019,"   origins  [52 bytes from 72/42]
//   edits      ="Recalling its resolution " −"74/43 of 12 December 2019" +"75/58 of 7 December 2020" =","
//   new text   "Recalling its resolution 75/58 of 7 December 2020,"    origins  [25 from 72/42]
//                                                                                [24 from 76/28] [1 from 72/42]
//
// A merge joins lineages: the earliest birth wins, trails are united version by version, and the
// steps are laid side by side in version order. Two halves of one earlier split share the steps
// made before they parted; such a shared step is kept once (same version, same ancestors).
#include "history/lineage.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

namespace resdiff::history_detail {
namespace {

/// Appends a run, joining it to the last one when they come from the same version.
void push(std::vector<Origin>& runs, size_t length, size_t version) {
  if (length == 0) return;
  if (!runs.empty() && runs.back().version == version) {
    runs.back().length += length;
    return;
  }
  runs.push_back({length, version});
}

/// Sorted union of two sorted position lists.
std::vector<size_t> united(const std::vector<size_t>& a, const std::vector<size_t>& b) {
  std::vector<size_t> out;
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

/// How much a status says about a step, when two ancestors' steps of one version are combined.
int weight(Status status) {
  switch (status) {
    case Status::Merged: return 3;
    case Status::Split: return 2;
    case Status::Moved: return 1;
    default: return 0;
  }
}

/// The step of one version made of the steps two ancestors took at it.
HistoryStep combined(HistoryStep a, const HistoryStep& b) {
  if (a.from == b.from) return a;  // one step both halves of a split share
  a.status = weight(b.status) > weight(a.status) ? b.status : a.status;
  // the edits run over the ancestors' texts in reading order, joined by one space
  bool b_first = !b.from.empty() && (a.from.empty() || b.from.front() < a.from.front());
  std::vector<Edit> first = b_first ? b.edits : std::move(a.edits), second = b_first ? std::move(a.edits) : b.edits;
  first.push_back({Edit::Op::Equal, " ", false});
  first.insert(first.end(), second.begin(), second.end());
  a.edits = std::move(first);
  a.technical = all_technical(a.edits);
  a.from = united(a.from, b.from);
  a.to = united(a.to, b.to);
  return a;
}

}  // namespace

Lineage fresh(size_t versions, size_t at, size_t position, size_t text_length) {
  Lineage lineage;
  lineage.born = at;
  lineage.trail.assign(versions, {});
  lineage.trail[at] = {position};
  push(lineage.origins, text_length, at);
  return lineage;
}

Lineage merged(std::vector<Lineage> parts, size_t at) {
  Lineage out = std::move(parts.front());
  for (size_t i = 1; i < parts.size(); ++i) {
    Lineage& part = parts[i];
    out.born = std::min(out.born, part.born);
    for (size_t k = 0; k < out.trail.size() && k < part.trail.size(); ++k) out.trail[k] = united(out.trail[k], part.trail[k]);
    std::vector<HistoryStep> steps;
    size_t x = 0, y = 0;
    while (x < out.steps.size() || y < part.steps.size()) {
      if (y == part.steps.size() || (x < out.steps.size() && out.steps[x].at < part.steps[y].at)) {
        steps.push_back(std::move(out.steps[x++]));
      } else if (x == out.steps.size() || part.steps[y].at < out.steps[x].at) {
        steps.push_back(std::move(part.steps[y++]));
      } else {
        steps.push_back(combined(std::move(out.steps[x++]), part.steps[y++]));
      }
    }
    out.steps = std::move(steps);
    push(out.origins, 1, at);  // the space that joins the merged texts
    for (const Origin& run : part.origins) push(out.origins, run.length, run.version);
  }
  return out;
}

void add_step(Lineage& lineage, HistoryStep step) { lineage.steps.push_back(std::move(step)); }

std::vector<Origin> carry(const std::vector<Origin>& old_origins, const std::vector<Edit>& edits, size_t at) {
  std::vector<Origin> out;
  size_t run = 0, used = 0;  // the cursor in old_origins: run index, bytes of it already passed
  auto advance = [&](size_t length, bool keep) {
    while (length > 0) {
      if (run == old_origins.size()) {  // the edits name more old text than there is: a fault upstream
        if (keep) push(out, length, at);
        return;
      }
      size_t take = std::min(length, old_origins[run].length - used);
      if (keep) push(out, take, old_origins[run].version);
      used += take;
      length -= take;
      if (used == old_origins[run].length) {
        ++run;
        used = 0;
      }
    }
  };
  for (const Edit& edit : edits) {
    switch (edit.op) {
      case Edit::Op::Equal:
        if (edit.old_text && edit.old_text->size() != edit.text.size()) {
          // a tolerated difference (-i, -w): the new bytes take the origin of the old ones' start
          size_t version = run < old_origins.size() ? old_origins[run].version : at;
          advance(edit.old_text->size(), false);
          push(out, edit.text.size(), version);
        } else {
          advance(edit.text.size(), true);
        }
        break;
      case Edit::Op::Delete: advance(edit.text.size(), false); break;
      case Edit::Op::Insert: push(out, edit.text.size(), at); break;
    }
  }
  return out;
}

std::vector<Origin> slice(const std::vector<Origin>& origins, size_t from, size_t length) {
  std::vector<Origin> out;
  size_t offset = 0;
  for (const Origin& run : origins) {
    size_t begin = std::max(from, offset), end = std::min(from + length, offset + run.length);
    if (begin < end) push(out, end - begin, run.version);
    offset += run.length;
  }
  return out;
}

bool all_technical(const std::vector<Edit>& edits) {
  bool any = false;
  for (const Edit& edit : edits) {
    if (edit.op == Edit::Op::Equal) continue;
    if (!edit.technical) return false;
    any = true;
  }
  return any;
}

}  // namespace resdiff::history_detail
