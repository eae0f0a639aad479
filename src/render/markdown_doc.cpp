// `resdiff parse FILE --format markdown`: a parsed document written back as clean Markdown.
//
// The output is the canonical text of the document, one paragraph per clause, in the layout of
// an official resolution, and it reads back (through the Markdown reader and the segmenter) to
// the same clauses and footnotes. pandoc turns it into DOCX and HTML with real lists: operative
// paragraphs are an ordered list, sub-paragraphs nested lists ("(a)", "(i)"), indented under
// their parent. Example:
//
//   A/RES/76/28
//
//   Seventy-sixth session
//
//   Agenda item 100 (s)
//
//   Measures to prevent terrorists from acquiring weapons of mass destruction
//
//   Resolution adopted by the General Assembly on 6 December 2021
//
//   [on the report of the First Committee (A/76/444, para. 93)]
//
//   76/28. Measures to prevent terrorists from acquiring weapons of mass destruction
//
//   The General Assembly,
//
//   *Recalling* its resolution 75/58 of 7 December 2020,
//
//   1. *Calls upon* all Member States to support …;
//
//       (a) sub-paragraph …;
//
//   45th plenary meeting, 6 December 2021
//
//   [^1]: United Nations, *Treaty Series*, vol. 2445, No. 44004.
//
// Limits, by what the Document keeps: a clause's footnote references stand at the END of its
// text (the Document records which footnotes a clause cites, not where); a report line whose
// committee was not read says "the Committee"; the opener's italics are a guess (the
// first word, with "also", "further", "upon", "in mind", … and the word after an adverb); the
// header is written in English.
#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "render/resolution_text.hpp"
#include "resdiff/render.hpp"

namespace resdiff {

namespace {

using render_resolution::footnote_numbers;
using render_resolution::number_parts;
using render_resolution::opener_length;

// Markdown-escapes clause text for our reader and for pandoc: every character either could read
// as markup is backslash-escaped, and so is a leading "12." or "(a)" that would start a list.
std::string escape(std::string_view text) {
  static constexpr std::string_view kSpecial = "\\*_`[]<>$^~@&#|";
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  bool numbered = digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')');
  std::string out;
  out.reserve(text.size() + 8);
  if (!text.empty() && (text[0] == '(' || text[0] == '-' || text[0] == '+' || text[0] == ':')) out += '\\';
  for (size_t i = 0; i < text.size(); ++i) {
    if ((numbered && i == digits) || kSpecial.find(text[i]) != std::string_view::npos) out += '\\';
    out += text[i];
  }
  return out;
}

// Clause text with its opener in italics, escaped.
std::string with_opener(std::string_view text, const Language& language) {
  size_t n = opener_length(text, language);
  if (n == 0) return escape(text);
  std::string out(1, '*');
  out += escape(text.substr(0, n));
  out += '*';
  out += escape(text.substr(n));
  return out;
}

// One clause's paragraph: indentation and list marker from its number path, the text with its
// opener in italics, its footnote references at the end.
std::string clause_paragraph(const Clause& clause, const std::vector<int>& notes, const Language& language) {
  std::string body;
  std::string indent;
  std::vector<std::string> parts = number_parts(clause.number);
  bool numbered = clause.kind == ClauseKind::Operative || clause.kind == ClauseKind::Subparagraph ||
                  clause.kind == ClauseKind::Annex;
  if (numbered && !parts.empty()) {
    // Each level is indented to the content column of its parent's marker, so pandoc nests it.
    std::string top = parts[0];
    if (!top.empty() && top[0] != '(' && top.back() != '.') top += ".";
    size_t column = 0;
    for (size_t level = 0; level + 1 < parts.size(); ++level) {
      std::string marker = level == 0 ? top : parts[level];
      column += marker.size() + 1;
    }
    indent.assign(column, ' ');
    body = (parts.size() == 1 ? top : parts.back()) + " ";
  }
  bool italic_opener = clause.kind == ClauseKind::Preambular || clause.kind == ClauseKind::Operative;
  body += italic_opener ? with_opener(clause.text, language) : escape(clause.text);
  for (int n : notes) body += "[^" + std::to_string(n) + "]";
  return indent + body;
}

}  // namespace

std::string render_parse_markdown(const Document& doc) {
  const Language& language = lang::of(doc.meta.language);
  std::vector<std::string> paragraphs;
  if (doc.is_resolution) {
    for (const render_resolution::HeaderLine& line : render_resolution::header_lines(doc.meta)) {
      paragraphs.push_back(escape(line.text));
    }
    paragraphs.push_back(std::string(language.formula));
  }
  std::vector<std::vector<int>> notes = footnote_numbers(doc);
  std::string heading;
  bool closed = false;
  for (size_t i = 0; i < doc.clauses.size(); ++i) {
    const Clause& clause = doc.clauses[i];
    if (clause.kind == ClauseKind::Annex && !closed) {
      // The closing line ends the resolution proper; the annex follows it under its own title.
      if (doc.meta.closing) paragraphs.push_back(escape(*doc.meta.closing));
      paragraphs.push_back(std::string(language.annex_heading));
      closed = true;
    }
    if (clause.heading != heading) {
      heading = clause.heading;
      if (!heading.empty()) paragraphs.push_back(escape(heading));
    }
    paragraphs.push_back(clause_paragraph(clause, notes[i], language));
  }
  if (doc.meta.closing && !closed) paragraphs.push_back(escape(*doc.meta.closing));
  for (size_t i = 0; i < doc.footnotes.size(); ++i) {
    paragraphs.push_back("[^" + std::to_string(i + 1) + "]: " + escape(doc.footnotes[i]));
  }
  std::string out;
  for (const std::string& p : paragraphs) {
    if (!out.empty()) out += "\n";
    out += p + "\n";
  }
  return out;
}

}  // namespace resdiff
