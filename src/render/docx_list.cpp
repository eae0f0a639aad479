// `--docx-numbering auto`: operative paragraphs and their sub-paragraphs numbered by Word's
// automatic numbering (w:numPr) instead of text, from one list in word/numbering.xml:
//
//   level 0  "%1."   decimal       1., 2., 3.     first line indented 567 twips, then a tab
//   level 1  "(%2)"  lowerLetter   (a), (b)       hanging from 1134
//   level 2  "(%3)"  lowerRoman    (i), (ii)      hanging from 1701
//   level 3  "(%4)"  upperLetter   (A), (B)       hanging from 2268
//
// A level restarts under each item of the level above, as resolutions number. Word and
// LibreOffice then compute the numbers: the new ones as the changes stand accepted, and
// LibreOffice (7.2 on, in Show Changes mode) the old one beside a number that changed ("5.[4.]").
// That holds only when the document's own numbers are what the list computes, so
// numbers_follow_the_list() checks each document first (a "5 bis", an annex's numbering or a list
// that starts at 3 keeps text numbers).
//
// Worked example: 79/160's operative paragraphs (fixtures/lang/fr_2.md) count 1–5 and the items
// (a)–(c) of its paragraph 3 count a–c under it: the list fits, "3." is
// <w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr> and "(b)" the same with ilvl 1.
#include "render/docx_parts.hpp"

#include <array>

#include "render/resolution_text.hpp"
#include "resdiff/text.hpp"

namespace resdiff::render_docx_detail {

namespace {

constexpr int kLevels = 4;
constexpr std::array<const char*, kLevels> kFormats = {"decimal", "lowerLetter", "lowerRoman", "upperLetter"};
constexpr std::array<const char*, kLevels> kTexts = {"%1.", "(%2)", "(%3)", "(%4)"};

// The label the list shows for value at level.
std::string list_label(int level, int value) {
  switch (level) {
    case 0: return std::to_string(value) + ".";
    case 1: return "(" + text::list_letters(value) + ")";
    case 2: return "(" + text::roman_numeral(value) + ")";
    default: {
      std::string letters = text::list_letters(value);
      for (char& c : letters) c = static_cast<char>(c - 'a' + 'A');
      return "(" + letters + ")";
    }
  }
}

// The indentation of a level, as clause_para gives a clause of that depth.
std::string level_indent(int level) {
  if (level == 0) return R"(<w:ind w:left="0" w:firstLine="567"/>)";
  return "<w:ind w:left=\"" + std::to_string(567 * (level + 1)) + "\" w:hanging=\"567\"/>";
}

}  // namespace

int list_level(const Clause& c) {
  if (c.kind != ClauseKind::Operative && c.kind != ClauseKind::Subparagraph) return -1;
  size_t depth = render_resolution::number_parts(c.number).size();
  if (depth == 0 || depth > kLevels) return -1;
  return static_cast<int>(depth) - 1;
}

bool numbers_follow_the_list(const Document& doc) {
  std::array<int, kLevels> count{};
  for (const Clause& c : doc.clauses) {
    if (c.kind != ClauseKind::Operative && c.kind != ClauseKind::Subparagraph) continue;
    int level = list_level(c);
    if (level < 0) return false;
    ++count[static_cast<size_t>(level)];
    for (size_t below = static_cast<size_t>(level) + 1; below < count.size(); ++below) count[below] = 0;
    std::vector<std::string> parts = render_resolution::number_parts(c.number);
    if (parts.back() + (level == 0 ? "." : "") != list_label(level, count[static_cast<size_t>(level)])) return false;
  }
  return true;
}

std::string numbering_part() {
  std::string levels;
  for (int l = 0; l < kLevels; ++l) {
    levels += "<w:lvl w:ilvl=\"" + std::to_string(l) + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + kFormats[static_cast<size_t>(l)] +
              "\"/><w:lvlText w:val=\"" + kTexts[static_cast<size_t>(l)] + "\"/><w:lvlJc w:val=\"left\"/><w:pPr>" + level_indent(l) +
              "</w:pPr></w:lvl>";
  }
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + "<w:numbering" + kNamespaces +
         R"(><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>)" + levels +
         R"(</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>)";
}

}  // namespace resdiff::render_docx_detail
