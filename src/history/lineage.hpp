// The history stage's private interface: how one clause's lineage grows by one comparison.
// Not installed.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "resdiff/history.hpp"

namespace resdiff::history_detail {

/// A clause first seen in version `at` at position `position`, with text_length bytes of text;
/// `versions` is the length of the series (the size of its trail).
Lineage fresh(size_t versions, size_t at, size_t position, size_t text_length);

/// One lineage out of the lineages of the several clauses a merge joined (in their reading
/// order): the earliest birth, the union of their trails, their steps in version order (a step
/// the ancestors share, such as a split both halves came from, kept once), their origins joined
/// by one separator byte from version `at`, as compare() joins merged texts with one space.
Lineage merged(std::vector<Lineage> parts, size_t at);

/// Adds the step `step` to lineage (after its last one).
void add_step(Lineage& lineage, HistoryStep step);

/// The origins of the new text after `edits` (lossless from the old text whose origins are
/// `old_origins`): equal bytes keep their origin, inserted bytes come from version `at`.
std::vector<Origin> carry(const std::vector<Origin>& old_origins, const std::vector<Edit>& edits, size_t at);

/// The bytes [from, from + length) of origins.
std::vector<Origin> slice(const std::vector<Origin>& origins, size_t from, size_t length);

/// True when edits hold a change and every Insert and Delete is technical.
bool all_technical(const std::vector<Edit>& edits);

}  // namespace resdiff::history_detail
