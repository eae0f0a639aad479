// Internal to the load stage: one reader per container format. Each turns its bytes into the
// same Block stream the Markdown reader yields: paragraphs in reading order, italic spans,
// operative numbers written out as text ("1. ", "(a) "), footnote references as "[^N]" in the
// text and footnote texts as trailing "[^N]: text" blocks, so that one segmenter reads them all.
#pragma once
#include <string>
#include <string_view>

#include "resdiff/expected.hpp"
#include "resdiff/load.hpp"

namespace resdiff::load_detail {

/// Word .docx (a ZIP with word/document.xml). original=true reads tracked changes as before them.
/// Keeps limits' ZIP bounds (part size and ratio) and XML nesting.
Expected<Source> load_docx(std::string_view bytes, const std::string& path, bool original, const Limits& limits = {});

/// HTML: the UN's own, pandoc's, a browser's "save as". Keeps limits' nesting bound.
Expected<Source> load_html(std::string_view bytes, const std::string& path, const Limits& limits = {});

/// PDF through poppler (its text device, as pdftotext): reading-order text, page furniture dropped, wraps joined. Keeps
/// limits' page bound.
Expected<Source> load_pdf(std::string_view bytes, const std::string& path, const Limits& limits = {});

}  // namespace resdiff::load_detail
