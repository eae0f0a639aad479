// Clauses that stop mid-sentence, a closing without its date: warnings where an extraction may
// have lost the end of a paragraph.
//
// A clause ends with a mark its grammar wants: a recital with ",", an operative paragraph with
// ";" or ".", a sub-paragraph with ";" or ":" — the language table's clause_marks ("，" "；" in
// Chinese, "،" "؛" in Arabic), maybe inside closing quotes or brackets ("entitled “Nuclear
// disarmament”."). A clause whose text stops on a word although another clause (or the closing)
// comes after it was cut where it should have run on: an extractor that dropped the last line of
// a paragraph leaves exactly that. The text is never changed — a comparison still shows the lost
// words as a change — but the warning names the clause and its last words, so that a user who sees
// the clause "changed" against another copy of the same document knows why.
//
// The closing line names the plenary meeting and its date ("51st plenary meeting, 26 November
// 2025"); one that stops after the meeting lost its date the same way.
//
//   OP2 "… the nuclear-weapon States to carry out … a systematic and progressive process"
//   OP3 "Urges the nuclear-weapon States …"
//     → "line 41: operative paragraph 2 ends mid-sentence ("…a systematic and progressive
//        process"): its end may have been lost in extraction"
//   closing "51st plenary meeting"
//     → "the closing ("51st plenary meeting") has no date: its date may have been lost in extraction"
#include <string>

#include "segment/passes.hpp"

namespace resdiff::segmenter {
namespace {

/// s without the closing quotes, brackets and blanks at its end.
std::string_view without_closers(std::string_view s) {
  while (!s.empty()) {
    size_t start = s.size();
    char32_t c = char_before(s, s.size(), &start);
    bool closer = c == ')' || c == ']' || c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0xBB ||
                  c == 0xFF09 || is_blank(c);
    if (!closer) break;
    s = s.substr(0, start);
  }
  return s;
}

/// True when text ends with one of the language's clause marks (closing quotes and brackets aside).
bool ends_with_mark(std::string_view text, const Lexicon& lex) {
  std::string_view t = without_closers(text);
  for (std::string_view mark : lex.clause_marks)
    if (t.size() >= mark.size() && t.substr(t.size() - mark.size()) == mark) return true;
  return false;
}

/// The clause as a warning names it: "operative paragraph 2", "preambular paragraph 5".
std::string clause_name(const Clause& c) {
  std::string number = c.number.empty() ? std::to_string(c.index) : c.number;
  switch (c.kind) {
    case ClauseKind::Preambular: return "preambular paragraph " + number;
    case ClauseKind::Operative: return "operative paragraph " + number;
    case ClauseKind::Subparagraph: return "sub-paragraph " + number;
    case ClauseKind::Annex: return "annex paragraph " + number;
    case ClauseKind::Paragraph: break;
  }
  return "paragraph " + number;
}

/// The last words of text, about 40 bytes of them, after "…".
std::string last_words(std::string_view text) {
  if (text.size() <= 40) return std::string(text);
  size_t from = text.find(' ', text.size() - 40);
  if (from == std::string_view::npos) return std::string(text);
  std::string out = "…";  // appended, not "…" + std::string (GCC 12's false -Wrestrict)
  out.append(text.substr(from + 1));
  return out;
}

}  // namespace

void warn_lost_ends(const Document& doc, const Lexicon& lex, Warnings& warnings) {
  for (size_t i = 0; i < doc.clauses.size(); ++i) {
    const Clause& c = doc.clauses[i];
    if (c.kind == ClauseKind::Paragraph || c.text.empty()) continue;
    const bool followed = i + 1 < doc.clauses.size() || (c.kind != ClauseKind::Annex && doc.meta.closing);
    if (!followed || ends_with_mark(c.text, lex)) continue;
    warnings.push_back((c.line > 0 ? "line " + std::to_string(c.line) + ": " : std::string()) + clause_name(c) +
                       " ends mid-sentence (\"" + last_words(c.text) + "\"): its end may have been lost in extraction");
  }
  std::string date;
  if (doc.meta.closing && read_closing(*doc.meta.closing, lex, &date) && date.empty())
    warnings.push_back("the closing (\"" + *doc.meta.closing + "\") has no date: its date may have been lost in extraction");
}

}  // namespace resdiff::segmenter
