// compare()'s private interface: the steps after alignment that build a Report. Not installed.
#pragma once
#include <vector>

#include "resdiff/classify.hpp"
#include "resdiff/report.hpp"

namespace resdiff::compare_stage {

/// Rows for the header fields and the closing that differ (metadata.cpp).
std::vector<MetadataRow> metadata_rows(const Metadata& old_meta, const Metadata& new_meta, const CalendarContext& context);

/// Rows for the footnotes of one entry's clauses that changed, appeared or went (footnotes.cpp).
std::vector<MetadataRow> footnote_rows(const std::vector<std::string>& old_notes, const std::vector<std::string>& new_notes,
                                       const CalendarContext& context);

/// Pairs the footnote rows that went from one entry with those that came to another (footnotes.cpp):
/// the same text is no row, a like text one row with both texts.
void pair_across_entries(std::vector<MetadataRow>& rows, const CalendarContext& context);

/// Tallies the entries by part and status, and sets technical_only (counts.cpp).
void count(Report& report);

}  // namespace resdiff::compare_stage
