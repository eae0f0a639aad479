// Stage 6, render: Report (or Document) in, text out. Renderers return strings, or hand their
// output in pieces to a Sink the caller gives (resdiff/sink.hpp: the same bytes, never whole in
// memory); they never print.
#pragma once
#include <string>

#include "resdiff/document.hpp"
#include "resdiff/expected.hpp"
#include "resdiff/report.hpp"
#include "resdiff/sink.hpp"

namespace resdiff {

/// How the human-readable views look.
struct RenderOptions {
  static constexpr int kNarrowest = 20;         ///< the narrowest width the text view wraps to
  static constexpr int kNarrowestColumns = 40;  ///< the narrowest width of -y: two columns of 18 cells
  bool color = false;     ///< ANSI colour (terminal view)
  int context = 1;        ///< unchanged clauses shown around each change in the text view (-1: all)
  int width = 80;         ///< terminal width for wrapping
  /// Right-to-left text (Arabic) shaped and in visual order, for a terminal that shows characters
  /// in the order it receives them (the text and side-by-side views).
  bool visual_order = false;
};

/// The terminal / plain-text view (colour when options.color).
std::string render_text(const Report& report, const RenderOptions& options);

/// The JSON report, exactly per CONTRACT.md (format "resdiff-report", version 1).
std::string render_json(const Report& report);

/// The same bytes as render_json(report), handed to sink in pieces of ~64 KiB as they are written.
void render_json(const Report& report, Sink& sink);

/// The same JSON report on one line and without the final newline (a line of `resdiff batch`'s index.jsonl).
std::string render_json_line(const Report& report);

/// `resdiff parse FILE --format json` (format "resdiff-parse", version 1).
std::string render_parse_json(const Document& doc);

/// The same bytes as render_parse_json(doc), handed to sink in pieces as they are written.
void render_parse_json(const Document& doc, Sink& sink);

/// `resdiff parse FILE --format text`: metadata lines, then one clause per line ("PP3: …", "OP5 (a): …"),
/// then one footnote per line ("FN1: …"); without labels (`--no-labels`), the texts alone.
std::string render_parse_text(const Document& doc, bool labels = true);

/// `resdiff parse FILE --format markdown`: the document as clean Markdown (header, recitals,
/// numbered operative paragraphs, closing, footnote definitions) that reads back to the same clauses.
std::string render_parse_markdown(const Document& doc);

/// The HTML report (`--format html`): one self-contained page (no external assets) with a summary
/// table, the metadata changes, and every clause as an inline redline and side by side.
std::string render_html(const Report& report, const RenderOptions& options);

/// The same page, handed to sink in pieces of ~64 KiB as its clauses are written.
void render_html(const Report& report, const RenderOptions& options, Sink& sink);

/// The committee change summary (`--format markdown`): substantive changes first, one sentence
/// each, then the technical updates grouped, the metadata changes and the counts.
std::string render_markdown_summary(const Report& report);

/// The side-by-side terminal view (`--side-by-side`): old text left, new right, fitted to
/// options.width (80 when it is 0 or less), colour as the text view.
std::string render_side_by_side(const Report& report, const RenderOptions& options);

/// `--stat`: the summary lines, then one line per changed clause ("PP5 | substantive | +8 -1 words").
std::string render_stat(const Report& report, const RenderOptions& options);

/// How the Word document of `--format docx` is signed.
/// How the Word output numbers paragraphs.
enum class DocxNumbering {
  Text,       ///< "5." as text, the old number struck through beside a new one (`--docx-numbering text`)
  Automatic,  ///< Word's automatic numbering (w:numPr) where both documents number as a list does
};

struct DocxOptions {
  std::string author = "resdiff";  ///< w:author of every tracked change, dc:creator
  std::string date;                ///< ISO 8601 UTC ("2025-12-01T00:00:00Z") of every change; empty: now
  DocxNumbering numbering = DocxNumbering::Text;  ///< --docx-numbering
};

/// `--format docx`: the .docx bytes of the new text with every change as a Word tracked change
/// (w:ins / w:del), the paragraph numbers as DocxOptions::numbering says, and the footnotes.
/// Read as accepted it is the new document; read as before the changes, the old one.
Expected<std::string> render_docx(const Report& report, const DocxOptions& options);

/// A clause's short label: "PP5", "OP2", "OP5 (a)", "ANX12", "P3".
std::string clause_label(const Clause& clause);

}  // namespace resdiff
