// segment(): the driver. Reads a paged source's lines into paragraphs (paragraphs.cpp), runs the
// passes of passes.hpp in order over them and falls back to paragraph-by-paragraph reading when
// the text is not a resolution.
#include "resdiff/segment.hpp"

#include "resdiff/text.hpp"
#include "segment/lines.hpp"
#include "segment/passes.hpp"

namespace resdiff {
namespace {

using namespace segmenter;

/// The text of the first items (blocks or lines), enough to tell a script and find a formula.
template <class Items>
std::string opening_text(const Items& items) {
  std::string text;
  for (const auto& item : items) {
    text += item.text;
    text += '\n';
    if (text.size() > 200000) break;
  }
  return text;
}

/// The lexicon of the language the source names (--lang), else of the language its text is
/// written in (script, then opening formula, then common words; see lang::detect); nullptr when
/// neither says.
const Lexicon* found_lexicon(const Source& source) {
  if (const Lexicon* named = lang::find(source.language)) return named;
  return lang::detect(source.lines.empty() ? opening_text(source.blocks) : opening_text(source.lines));
}

/// The lexicon of a source: the one found, else English.
const Lexicon& lexicon_of(const Source& source) {
  const Lexicon* found = found_lexicon(source);
  return found ? *found : english();
}

/// Appends text (canonical, unless empty) to doc as the next Paragraph clause; returns it, or null.
Clause* add_paragraph(Document& doc, std::string_view text, int line) {
  std::string t = text::canonical(text);
  if (t.empty()) return nullptr;
  Clause clause;
  clause.kind = ClauseKind::Paragraph;
  clause.index = static_cast<int>(doc.clauses.size()) + 1;  // a text read as paragraphs holds nothing else
  clause.text = std::move(t);
  clause.line = line;
  doc.clauses.push_back(std::move(clause));
  return &doc.clauses.back();
}

/// One Paragraph clause per block, for a text that is not a resolution.
void read_paragraphs(const Source& source, const std::vector<Block>& blocks, Document& doc) {
  doc = Document{};
  doc.path = source.path;
  doc.is_resolution = false;
  for (const Block& block : blocks) add_paragraph(doc, block.text, block.line);
  doc.warnings.push_back(doc.clauses.empty() ? "empty: no text in it" : "not a resolution: compared paragraph by paragraph");
}

/// Takes the notes marked "*" ("[^*]: Any changes to the list of sponsors …") out of the pieces.
std::optional<std::string> take_star_note(std::vector<Piece>& pieces) {
  std::optional<std::string> note;
  std::erase_if(pieces, [&](const Piece& piece) {
    if (piece.text.rfind("[^*]: ", 0) != 0) return false;
    std::string t = text::canonical(std::string_view(piece.text).substr(6));
    note = note ? *note + " " + t : t;
    return true;
  });
  return note;
}

/// An amendment to a draft (A/80/L.29: "Replace operative paragraph 200 with the following text:"
/// and the text): no resolution, so its instructions and texts are compared paragraph by paragraph,
/// its masthead read as metadata.
void read_amendment(const std::vector<Piece>& body, Document& doc) {
  doc.is_resolution = false;
  for (const Piece& piece : body)
    if (Clause* clause = add_paragraph(doc, piece.text, piece.line))
      for (const Cite& cite : piece.cites) clause->footnotes.push_back(doc.footnotes[static_cast<size_t>(cite.number - 1)]);
  doc.warnings.push_back("not a resolution: " + doc.meta.draft.value_or("a draft's text") +
                         ", its paragraphs compared one by one");
}

/// True when the reader saw which glyphs are raised (a PDF's footnote references).
bool raised_known(const Source& source) {
  for (const Line& line : source.lines)
    if (line.positioned && !line.raised.empty()) return true;
  return false;
}

}  // namespace

std::vector<Block> paragraphs(const Source& source, std::vector<std::string>* warnings) {
  if (source.lines.empty()) return source.blocks;
  std::vector<std::string> ignored;
  return paragraphs_from_lines(source.lines, source.unmarked_paragraphs, lexicon_of(source), warnings ? *warnings : ignored);
}

Document segment(const Source& source) {
  Document doc;
  doc.path = source.path;
  const Lexicon& lex = lexicon_of(source);
  std::vector<Block> from_lines;  // a paged source's paragraphs; other sources' blocks are read where they are
  if (!source.lines.empty()) from_lines = paragraphs(source, &doc.warnings);
  const std::vector<Block>& blocks = source.lines.empty() ? source.blocks : from_lines;
  std::vector<Piece> pieces = split_runs(blocks, lex);
  std::optional<std::string> note = take_star_note(pieces);
  doc.footnotes = take_definitions(pieces, lex, doc.warnings);
  close_spaced_hyphens(pieces, doc.footnotes, lex);  // header (the title), body and footnotes alike
  size_t assembly = find_assembly(pieces, lex);
  size_t draft_end = assembly == std::string::npos ? draft_header_end(pieces, lex) : std::string::npos;
  if (assembly != std::string::npos || draft_end != std::string::npos) {
    const size_t header_end = assembly != std::string::npos ? assembly : draft_end;
    const size_t body_start = assembly != std::string::npos ? assembly + 1 : draft_end;
    std::vector<Piece> header(std::make_move_iterator(pieces.begin()), std::make_move_iterator(pieces.begin() + static_cast<long>(header_end)));
    std::vector<Piece> body(std::make_move_iterator(pieces.begin() + static_cast<long>(body_start)), std::make_move_iterator(pieces.end()));
    doc.meta = read_header(header, source.front_matter, lex);
    doc.meta.note = note;
    std::vector<std::string> titles;
    if (doc.meta.title) titles.push_back(*doc.meta.title);
    drop_furniture(body, titles, lex, doc.warnings);
    part_glued_dates(body, lex);
    take_markers(body, doc.footnotes, lex, doc.warnings, raised_known(source));
    join_page_breaks(body, lex, doc.warnings);
    if (assembly != std::string::npos) {
      read_clauses(std::move(body), lex, doc);
      warn_lost_ends(doc, lex, doc.warnings);
    } else {
      read_amendment(body, doc);
      return doc;
    }
  }
  if (doc.count(ClauseKind::Preambular) + doc.count(ClauseKind::Operative) == 0) {
    read_paragraphs(source, blocks, doc);
    if (const Lexicon* found = found_lexicon(source)) doc.meta.language = std::string(found->code);
  }
  return doc;
}

}  // namespace resdiff
