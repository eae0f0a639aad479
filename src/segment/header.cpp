// Header metadata, read from the document's own text before "The General Assembly,", and the
// closing line after the last clause.
//
// The symbol and title read "80/41. Measures …", or "77/75." alone with the title on the lines
// after it (A/RES/77/75). Front matter is a hint, never the truth: the text's title wins, except
// that extractor 1.3.0 cuts long titles at the line end. When the text's title is a strict prefix
// of the front matter's, the front matter completes it. Example, A/RES/80/41:
//   text:         "80/41. Measures to prevent terrorists from acquiring weapons of"
//   front matter: title: "Measures to prevent terrorists from acquiring weapons of mass destruction :"
//   -> cleaned "… weapons of mass destruction", which starts with the text's title: it is used.
// A/RES/80/5's front matter writes "World Social Summit" with straight quotes where the text has
// curly ones, so it is no extension of the text's title, and the text's title stays.
// The report line names the committee too: "[on the report of the First Committee (A/76/444,
// para. 93)]" gives report "A/76/444, para. 93" and committee "First Committee"; a resolution
// adopted "without reference to a Main Committee" has a report (its draft) and no committee.
#include <string>
#include <string_view>

#include "base/number.hpp"
#include "resdiff/regex.hpp"
#include "resdiff/text.hpp"
#include "segment/passes.hpp"

namespace resdiff::segmenter {
namespace {

/// The first match of pattern in text, or nullopt.
std::optional<std::smatch> search(const std::string& text, const std::regex& pattern) {
  std::smatch m;
  if (std::regex_search(text, m, pattern)) return m;
  return std::nullopt;
}

/// The committee named by a report line: "[on the report of the First Committee (A/76/444, para. 93)]"
/// -> "First Committee"; nullopt for "[without reference to a Main Committee (A/80/L.11)]".
std::optional<std::string> committee_name(const std::string& report_line, const Lexicon& lex) {
  for (std::string_view lead : lex.report_openings) {
    if (report_line.rfind(lead, 0) != 0) continue;
    size_t end = report_line.find(lex.committee_end, lead.size());
    std::string name = end == std::string::npos ? std::string() : report_line.substr(lead.size(), end - lead.size());
    if (name.empty() || name == lex.unnamed_committee) return std::nullopt;  // "the Committee": which one is not said
    return name;
  }
  return std::nullopt;
}

/// The ISO date of a match of the date or adoption pattern, its groups where the lexicon says.
std::string date_of(const std::smatch& m, const Lexicon& lex) {
  return iso_date(lex, m[static_cast<size_t>(lex.day_group)].str(), m[static_cast<size_t>(lex.month_group)].str(),
                  m[static_cast<size_t>(lex.year_group)].str());
}

/// The session an ordinal in words names, words being the pattern's guess at them: the longest
/// tail of the words that reads as an ordinal ("2025 Octogésimo" → "Octogésimo"); 0 when none does.
int session_ordinal(const Lexicon& lex, const std::string& words) {
  for (size_t at = 0; at < words.size(); at = words.find(' ', at), at = at == std::string::npos ? words.size() : at + 1)
    if (int n = ordinal_value(lex, words.substr(at)); n > 0) return n;
  return 0;
}

/// "80/41. Measures …" -> {"80/41", "Measures …"}.
std::optional<std::pair<std::string, std::string>> symbol_line(const std::string& t) {
  static const std::regex kSymbolLine(R"(^(\d{1,3}/\d{1,4}(?: [A-Z])?)(?:\.|\s+[-–])\s+(.+)$)");  // Arabic: "76/28 - …"
  std::smatch m;
  if (!std::regex_match(t, m, kSymbolLine)) return std::nullopt;
  return std::make_pair(m[1].str(), m[2].str());
}

/// "77/75." alone -> "77/75": the symbol of a title set on the lines after it.
std::optional<std::string> symbol_alone(const std::string& t) {
  static const std::regex kSymbol(R"(^(\d{1,3}/\d{1,4}(?: [A-Z])?)\.$)");
  std::smatch m;
  if (!std::regex_match(t, m, kSymbol)) return std::nullopt;
  return m[1].str();
}

/// The document symbol of a masthead line: "A/C.1/80/L.22", "A/80/L.29", "A/RES/80/41".
bool is_document_symbol(const std::string& t) {
  static const std::regex kSymbol(R"(^[A-Z]{1,2}(?:/[A-Z0-9.]+)*/\d{1,3}/(?:L\.|RES/)?[A-Z0-9.]+$)");
  return std::regex_match(t, kSymbol);
}

/// "First Committee": a committee named by its ordinal on a masthead line, or nullopt.
std::optional<std::string> committee_line(const std::string& t, const Lexicon& lex) {
  size_t space = t.find(' ');
  if (space == std::string::npos || t.find(' ', space + 1) != std::string::npos) return std::nullopt;
  std::string_view ordinal(t.data(), space), body(t.data() + space + 1, t.size() - space - 1);
  if (ordinal_value(lex, ordinal) <= 0 || !listed(lex.numbered_bodies, body) || !is_upper(char_at(ordinal, 0))) return std::nullopt;
  return t;
}

/// Where a draft line starts in t ("draft resolution", or after the sponsors: "Brazil:* amendment
/// to draft resolution A/80/L.22"), or npos.
size_t draft_line_at(const std::string& t, const Lexicon& lex) {
  size_t at = 0;
  if (size_t colon = t.find(':'); colon != std::string::npos) {
    at = colon + 1;
    while (at < t.size() && (t[at] == '*' || t[at] == ' ')) ++at;
  }
  std::string rest = lang::fold(std::string_view(t).substr(at));
  for (std::string_view words : lex.draft_lines)
    if (rest.rfind(words, 0) == 0 && (rest.size() == words.size() || rest[words.size()] == ' ')) return at;
  return std::string::npos;
}

/// A draft's masthead: the document symbol, its sponsors ("… and Uruguay:" before the draft line,
/// or on it), what it is ("draft resolution") and its title, the line after.
void read_draft(const std::vector<Piece>& header, const Lexicon& lex, Metadata& meta) {
  for (size_t i = 0; i < header.size(); ++i) {
    std::string t = text::canonical(header[i].text);
    size_t at = draft_line_at(t, lex);
    if (at == std::string::npos) continue;
    meta.draft = t.substr(at);
    std::string sponsors = at > 0 ? t.substr(0, at) : std::string();
    if (sponsors.empty() && i > 0) {
      std::string before = text::canonical(header[i - 1].text);
      if (!before.empty() && (before.back() == ':' || before.ends_with(":*"))) sponsors = before;
    }
    while (!sponsors.empty() && (sponsors.back() == ' ' || sponsors.back() == '*' || sponsors.back() == ':')) sponsors.pop_back();
    if (!sponsors.empty()) meta.sponsors = sponsors;
    if (!meta.title && i + 1 < header.size()) meta.title = text::canonical(header[i + 1].text);
    break;
  }
  if (!meta.symbol)
    for (const Piece& piece : header)
      if (std::string t = text::canonical(piece.text); is_document_symbol(t)) {
        meta.symbol = t;
        break;
      }
}

}  // namespace

size_t draft_header_end(const std::vector<Piece>& pieces, const Lexicon& lex) {
  for (size_t i = 0; i < pieces.size(); ++i)
    if (draft_line_at(text::canonical(pieces[i].text), lex) != std::string::npos)
      return std::min(pieces.size(), i + 2);  // the draft line and the title after it
  return std::string::npos;
}

size_t find_assembly(std::vector<Piece>& pieces, const Lexicon& lex) {
  for (size_t i = 0; i < pieces.size(); ++i) {
    std::string_view t = trim(pieces[i].text);
    const size_t name = lang::phrase_at(t, lex.assembly);  // "L'Assemblée" or "L’Assemblée"
    if (name == 0) continue;
    size_t end = name;
    size_t next = 0;
    char32_t mark = char_at(t, end, &next);
    if (mark == ',' || mark == ':' || mark == 0xFF0C || mark == 0xFF1A || mark == 0x060C) end = next;  // "，" "：" "،"
    std::string_view rest = trim(t.substr(end));
    if (rest.empty()) return i;
    if (end > name) {  // "The General Assembly, Recalling …" on one line: split it off
      size_t offset = static_cast<size_t>(t.data() - pieces[i].text.data());
      Piece head = slice(pieces[i], 0, offset + end);
      Piece tail = slice(pieces[i], offset + end, pieces[i].text.size());
      pieces[i] = std::move(head);
      pieces.insert(pieces.begin() + static_cast<long>(i) + 1, std::move(tail));
      return i;
    }
  }
  return std::string::npos;
}

std::string clean_title(std::string_view title) {
  std::string t = text::canonical(title);
  while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.pop_back();
  for (size_t at = t.find(" : "); at != std::string::npos; at = t.find(" : ", at)) t.replace(at, 3, ": ");
  return t;
}

std::optional<std::string> read_closing(std::string_view text, const Lexicon& lex, std::string* date) {
  std::string scratch;
  std::string_view t = text::canonical_view(text, scratch);
  std::cmatch m;
  if (!std::regex_match(t.data(), t.data() + t.size(), m, patterns(lex).closing)) return std::nullopt;
  const auto& meeting = m[static_cast<size_t>(lex.closing_meeting_group)];
  const auto& when = m[static_cast<size_t>(lex.closing_date_group)];
  std::string closing = meeting.str();
  if (when.matched) {
    // In the order the text gives them: "45th plenary meeting, 6 December 2021", "2021年12月6日 第45次全体会议".
    bool date_first = when.first < meeting.first;
    closing = date_first ? when.str() + std::string(lex.list_separator) + closing : closing + std::string(lex.list_separator) + when.str();
    if (date) {
      std::string d = when.str();
      if (auto parts = search(d, patterns(lex).date)) *date = date_of(*parts, lex);
    }
  }
  return closing;
}

Metadata read_header(const std::vector<Piece>& header, const std::map<std::string, std::string>& front_matter,
                     const Lexicon& lex) {
  Metadata meta;
  std::string all;
  for (size_t i = 0; i < header.size(); ++i) {
    std::string t = text::canonical(header[i].text);
    if (auto line = symbol_line(t); line && !meta.symbol) {
      meta.symbol = line->first;
      meta.title = line->second;
    } else if (auto alone = symbol_alone(t); alone && !meta.symbol && i + 1 < header.size()) {
      meta.symbol = *alone;  // "77/75." on a line of its own, the title on the next
      meta.title = text::canonical(header[i + 1].text);
    }
    all += t + "\n";
  }
  read_draft(header, lex, meta);
  const Patterns& p = patterns(lex);
  for (std::sregex_iterator it(all.begin(), all.end(), p.session), end; it != end && !meta.session; ++it)
    if (int n = session_ordinal(lex, (*it)[1].str()); n > 0) meta.session = n;
  if (auto m = search(all, p.adopted)) {
    std::string date = date_of(*m, lex);
    if (!date.empty()) meta.date = date;
  }
  if (auto m = search(all, p.agenda)) meta.agenda_item = (*m)[1].str();
  if (auto m = search(all, p.report)) {
    meta.report = (*m)[1].str();
    meta.committee = committee_name((*m)[0].str(), lex);
  } else {
    for (const Piece& piece : header)  // a committee's draft names it in its masthead: "First Committee"
      if (!meta.committee) meta.committee = committee_line(text::canonical(piece.text), lex);
  }
  meta.language = std::string(lex.code);

  // Front matter fills gaps and completes a title cut short; it never overrides the text.
  if (auto it = front_matter.find("symbol"); it != front_matter.end() && !meta.symbol) {
    std::string symbol = it->second;
    if (symbol.rfind("A/RES/", 0) == 0) symbol.erase(0, 6);
    if (!symbol.empty()) meta.symbol = symbol;
  }
  if (auto it = front_matter.find("title"); it != front_matter.end()) {
    std::string full = clean_title(it->second);
    if (!meta.title) {
      if (!full.empty()) meta.title = full;
    } else if (full.size() > meta.title->size() && full.rfind(*meta.title, 0) == 0 && full[meta.title->size()] == ' ') {
      meta.title = full;
    }
  }
  if (!meta.session && meta.symbol) {  // "80/41", "A/RES/80/41", "A/C.1/80/L.22": the first number part
    std::string_view rest = *meta.symbol;
    while (!rest.empty()) {
      size_t slash = rest.find('/');
      std::string_view part = rest.substr(0, slash);
      if (!part.empty() && part.size() <= 3 && part.find_first_not_of("0123456789") == std::string_view::npos) {
        meta.session = number::decimal(part);
        break;
      }
      if (slash == std::string_view::npos) break;
      rest.remove_prefix(slash + 1);
    }
  }
  return meta;
}

}  // namespace resdiff::segmenter
