// Stage 6, render: Report (or Document) in, text out. Renderers return strings; they never print.
#pragma once
#include <string>

#include "resdiff/document.hpp"
#include "resdiff/report.hpp"

namespace resdiff {

/// How the human-readable views look.
struct RenderOptions {
  bool color = false;     ///< ANSI colour (terminal view)
  int context = 1;        ///< unchanged clauses shown around each change in the text view (-1: all)
  int width = 80;         ///< terminal width for wrapping
};

/// The terminal / plain-text view (colour when options.color).
std::string render_text(const Report& report, const RenderOptions& options);

/// The JSON report, exactly per CONTRACT.md (format "resdiff-report", version 1).
std::string render_json(const Report& report);

/// `resdiff parse FILE --format json` (format "resdiff-parse", version 1).
std::string render_parse_json(const Document& doc);

/// `resdiff parse FILE --format text`: metadata lines, then one clause per line ("PP3: …", "OP5 (a): …").
std::string render_parse_text(const Document& doc);

/// `resdiff parse FILE --format markdown`: the document as clean Markdown (header, recitals,
/// numbered operative paragraphs, closing, footnote definitions) that reads back to the same clauses.
std::string render_parse_markdown(const Document& doc);

/// A clause's short label: "PP5", "OP2", "OP5 (a)", "ANX12", "P3".
std::string clause_label(const Clause& clause);

}  // namespace resdiff
