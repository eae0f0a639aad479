// Stage 2, segment: blocks in, Document out. The resolution grammar lives here.
#pragma once
#include "resdiff/document.hpp"
#include "resdiff/load.hpp"

namespace resdiff {

/// Reads the resolution structure out of loaded blocks: header metadata, "The General Assembly,",
/// recitals, operative paragraphs and sub-paragraphs, footnotes (attached to their clauses),
/// closing. Repairs extraction damage. A text that is not a resolution comes back with
/// is_resolution = false, one Paragraph clause per block, and a warning.
Document segment(const Source& source);

/// The paragraphs the segmenter reads out of a source before its grammar: a container's blocks as
/// they are, or the paragraphs of a paged source's lines (wraps and page breaks joined, footnote
/// areas as trailing "[^N]: text" blocks, references left in the text, raised digits as
/// superscripts). What it repaired or could not read goes to *warnings.
std::vector<Block> paragraphs(const Source& source, std::vector<std::string>* warnings = nullptr);

}  // namespace resdiff
