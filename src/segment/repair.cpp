// Repairs of extraction damage in the body: page furniture and running headers out, a month name
// parted from the year glued to it ("in New York on 28 September2012", A/RES/73/55's page text),
// the halves of a clause split across a page break joined again. (Hyphens an extraction left
// open are mended in hyphens.cpp.)
//
// Page furniture is whole lines of raw page text: the symbol "A/RES/80/5", the job number
// "25-17700 (E)", the barcode "2517700", the page "2/18". A running header is a piece that is the
// title or a prefix of it (80/2 repeats "Scale of assessments for the apportionment of the
// expenses of the" between operative 4 and 5).
//
// Joining, worked on the seed (footnote blocks are already gone by now):
//   A: "Recalling the support expressed … held in Baku on"        no , ; : . at the end: unfinished
//   B: "25 and 26 October 2019, for measures to prevent …"        a digit, but not "25. ": continues
//   -> "Recalling the support … held in Baku on 25 and 26 October 2019, for measures …"
// B continues A when A is unfinished and B starts in lower case, with a digit that is no operative
// number, or with a capitalised word that opens no clause and is no section heading
// (80/38: "… as well as the International" + "Tracing Instrument, including …"). In a language
// whose clauses start with a capital, A ending in ',' and B starting in lower case is also a
// page break (80/5 annex: "… accessible, safe," + "affordable, adequate housing …").
#include <string>

#include "resdiff/regex.hpp"
#include "resdiff/text.hpp"
#include "segment/bytes.hpp"
#include "segment/passes.hpp"

namespace resdiff::segmenter {
namespace {

/// One mark of page furniture: a symbol, a job number, a barcode, a page number, a footnote rule.
constexpr const char* kFurnitureMark =
    R"((?:[A-Z]/RES/\d+/\d+(?: [A-Z])?|\d{2}-\d{5}(?: \([A-Z]\))?|\*?\d{7}\*?|\d{1,3}/\d{1,3}|_{5,}))";

/// False when no kFurnitureMark can open t, told from its first characters; the regexes run only
/// on what passes (they are most of the segmenter's time otherwise, on every clause). A mark opens
/// with "X/" (a symbol), '*' or '_', or digits: two then '-', one to three then '/', or seven.
bool may_open_with_mark(std::string_view t) {
  if (t.empty()) return false;
  const char c = t[0];
  if (c == '*' || c == '_') return true;
  if (c >= 'A' && c <= 'Z') return t.size() > 1 && t[1] == '/';
  size_t digits = 0;
  while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
  const char after = digits < t.size() ? t[digits] : '\0';
  return (digits >= 1 && digits <= 3 && after == '/') || (digits == 2 && after == '-') || digits == 7;
}

/// False when no kFurnitureMark can close t: every mark ends in a digit, a capital, ')', '*' or '_'.
bool may_close_with_mark(std::string_view t) {
  if (t.empty()) return false;
  const char c = t.back();
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == ')' || c == '*' || c == '_';
}

bool is_furniture_line(std::string_view line) {
  static const std::regex kFurniture(std::string("^") + kFurnitureMark + "$");
  std::string_view trimmed = trim(line);
  if (!may_open_with_mark(trimmed) || !may_close_with_mark(trimmed)) return false;
  std::string t(trimmed);
  return std::regex_match(t, kFurniture);
}

/// The piece is the title, or a prefix of it of three words or more.
bool is_running_header(std::string_view t, const std::vector<std::string>& titles) {
  for (const std::string& title : titles) {
    if (title.empty()) continue;
    if (t == title) return true;
    if (title.size() <= t.size() || !title.starts_with(t) || title[t.size()] != ' ') continue;
    size_t words = 1;
    for (char c : t) words += c == ' ';
    if (words >= 3) return true;
  }
  return false;
}

/// A piece of page text run together on one line, as a viewer copies it: furniture marks at its
/// ends and the running title between ("A/RES/75/58 Measures to prevent … destruction 20-16873
/// 2/3"), or a footnote rule before them. True when nothing else is left.
bool is_furniture_run(std::string_view canonical, const std::vector<std::string>& titles) {
  static const std::regex kLeading(std::string("^") + kFurnitureMark + "(?: |$)");
  static const std::regex kTrailing(std::string("(?:^| )") + kFurnitureMark + "$");
  std::string_view rest = canonical;
  int marks = 0;
  for (bool cut = true; cut && !rest.empty();) {
    cut = false;
    std::cmatch m;
    if (may_open_with_mark(rest) && std::regex_search(rest.data(), rest.data() + rest.size(), m, kLeading))
      rest = rest.substr(static_cast<size_t>(m.length(0))), cut = true, ++marks;
    if (may_close_with_mark(rest) && std::regex_search(rest.data(), rest.data() + rest.size(), m, kTrailing))
      rest = rest.substr(0, static_cast<size_t>(m.position(0))), cut = true, ++marks;
  }
  return marks > 0 && (rest.empty() || is_running_header(rest, titles));
}

/// b continues a, by what b's start and a's end say (a being no structure: see continues()).
bool continues_unless_structural(const Piece& a, std::string_view t, const Piece& b, const Piece* next, const Lexicon& lex) {
  char32_t c = char_at(t, 0);
  // "… accessible, safe," + "affordable, adequate housing …": no clause starts in lower case.
  if (is_lower(c) && lex.capitalised_clauses && trim(a.text).ends_with(',')) return true;
  if (ends_clause(a.text)) return false;
  if (is_lower(c)) return true;
  if (c >= '0' && c <= '9') return !paragraph_number(t, nullptr, &lex);
  if (item_label(t, nullptr, &lex)) return false;  // "(b)", "b)", "（b）", "’2‘", "㈡" open an item
  if (c == '(') return true;
  if (a.bold != b.bold) return false;  // a heading and the clause under it
  if (is_upper(c)) return !starts_paragraph(t, lex) && !is_structural(t, lex) && !is_heading(b, next, lex);
  return true;  // quotes, brackets, dashes
}

/// b continues a: a is no structure ("The General Assembly", a closing, "Annex") and the text
/// says so. The structure is asked last, since the text's ends nearly always answer first.
bool continues(const Piece& a, const Piece& b, const Piece* next, const Lexicon& lex) {
  std::string_view t = trim(b.text);
  return !t.empty() && continues_unless_structural(a, t, b, next, lex) && !is_structural(a.text, lex);
}

}  // namespace

void drop_furniture(std::vector<Piece>& body, const std::vector<std::string>& titles, const Lexicon& lex, Warnings& warnings) {
  std::vector<Piece> kept;
  kept.reserve(body.size());
  int furniture = 0;
  for (Piece& piece : body) {
    // The piece without its furniture lines; the piece itself (no copy) when it has none.
    std::string text;
    bool any_furniture = false;
    for (size_t start = 0; start <= piece.text.size();) {
      size_t end = piece.text.find('\n', start);
      if (end == std::string::npos) end = piece.text.size();
      std::string_view line = std::string_view(piece.text).substr(start, end - start);
      if (is_furniture_line(line)) {
        if (!any_furniture) {  // the lines kept so far, from the first that is not empty
          text.assign(piece.text, 0, start == 0 ? 0 : start - 1);
          text.erase(0, text.find_first_not_of('\n'));
        }
        any_furniture = true;
        ++furniture;
      } else if (any_furniture) {
        if (!text.empty()) text += '\n';
        text += line;
      }
      start = end + 1;
    }
    if (any_furniture) piece.text = std::move(text);
    else piece.text.erase(0, piece.text.find_first_not_of('\n'));  // as the lines joined again would start
    // A footnote rule copied onto the end of the paragraph above it ("… 8 May 2016, ______").
    static const std::regex kRuleAtEnd(R"(\s+_{5,}\s*$)");
    if (piece.text.find("_____") != std::string::npos) piece.text = std::regex_replace(piece.text, kRuleAtEnd, "");
    std::string scratch;
    std::string_view canonical = text::canonical_view(piece.text, scratch);
    if (canonical.empty()) continue;
    // The piece after "Annex" is the annex's title, which may repeat the resolution's ("Adopts the
    // Doha Political Declaration …, as contained in the annex" / "Annex" / "Doha Political
    // Declaration …"): it heads the annex's paragraphs, never a page's.
    if ((is_running_header(canonical, titles) || is_furniture_run(canonical, titles)) &&
        !(!kept.empty() && is_annex_start(kept.back().text, lex))) {
      warnings.push_back("line " + std::to_string(piece.line) + ": dropped running header \"" + std::string(canonical) + "\"");
      continue;
    }
    kept.push_back(std::move(piece));
  }
  if (furniture > 0)
    warnings.push_back("dropped " + std::to_string(furniture) + " lines of page furniture (symbols, job and page numbers)");
  body = std::move(kept);
}

void part_glued_dates(std::vector<Piece>& body, const Lexicon& lex) {
  for (Piece& piece : body) {
    std::string& t = piece.text;
    // Each run of letters that four digits or more follow at once ("September2012"): looked for
    // from the digits, which few letters touch, rather than word by word.
    for (size_t d = 1; d < t.size(); ++d) {
      if (bytes::kLittleEndian && d + 8 <= t.size()) {  // to the next digit, eight bytes at a time
        const uint64_t digits = bytes::digit_bytes(bytes::load8(t.data() + d));
        if (digits == 0) {
          d += 7;
          continue;
        }
        d += bytes::first_marked(digits);
      }
      if (t[d] < '0' || t[d] > '9') continue;
      const auto b = static_cast<unsigned char>(t[d - 1]);
      if (b < 0x80 ? !((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) : !is_letter(char_before(t, d))) continue;
      size_t digits = d;
      while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
      size_t begin = d;  // the run of letters before the digits
      for (size_t start = 0; begin > 0 && is_letter(char_before(t, begin, &start));) begin = start;
      if (digits - d >= 4 && month_number(lex, std::string_view(t).substr(begin, d - begin)) > 0) {
        t.insert(d, 1, ' ');
        for (Cite& cite : piece.cites)
          if (cite.at >= d) ++cite.at;
        ++digits;
      }
      d = digits;
    }
  }
}

void join_page_breaks(std::vector<Piece>& body, const Lexicon& lex, Warnings& warnings) {
  std::vector<Piece> out;
  out.reserve(body.size());
  for (size_t i = 0; i < body.size(); ++i) {
    Piece& b = body[i];
    const Piece* next = i + 1 < body.size() ? &body[i + 1] : nullptr;
    if (out.empty() || !continues(out.back(), b, next, lex)) {
      out.push_back(std::move(b));
      continue;
    }
    Piece& a = out.back();
    a.text.erase(trim(a.text).size() + static_cast<size_t>(trim(a.text).data() - a.text.data()));
    a.text += ' ';
    size_t shift = a.text.size();
    a.text += b.text;
    for (const Cite& cite : b.cites) a.cites.push_back(Cite{cite.at + shift, cite.number});
    warnings.push_back("line " + std::to_string(b.line) + ": joined paragraph split across a page break (from line " +
                       std::to_string(a.line) + ")");
  }
  body = std::move(out);
}

}  // namespace resdiff::segmenter
