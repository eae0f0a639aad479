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
Expected<Source> load_docx(std::string_view bytes, const std::string& path, bool original);

/// HTML: the UN's own, pandoc's, a browser's "save as".
Expected<Source> load_html(std::string_view bytes, const std::string& path);

/// PDF through poppler-cpp: reading-order text, page furniture dropped, wraps joined.
Expected<Source> load_pdf(std::string_view bytes, const std::string& path);

}  // namespace resdiff::load_detail
