// The words of a resolution's layout shared by the renderers that write a whole resolution back
// (see resolution_text.hpp): header lines in the document's language (the formats and words of its
// Language table), the italic opener heuristic, footnote numbers and number paths.
#include "render/resolution_text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <set>

namespace resdiff::render_resolution {

namespace {

/// True when word ends with one of endings.
bool ends_with_any(std::string_view word, WordList endings) {
  return std::any_of(endings.begin(), endings.end(), [&](std::string_view e) { return word.ends_with(e); });
}

}  // namespace

std::vector<HeaderLine> header_lines(const Metadata& meta) {
  const Language& language = lang::of(meta.language);
  std::vector<HeaderLine> out;
  if (meta.symbol) out.push_back({"symbol", "A/RES/" + *meta.symbol});
  if (meta.session && *meta.session > 0) {
    std::string session = lang::capitalised(language.ordinal_words(*meta.session));
    out.push_back({"session", lang::format(language.session_line, {session})});
  }
  if (meta.agenda_item) {
    bool several = meta.agenda_item->find(',') != std::string::npos || meta.agenda_item->find(" and ") != std::string::npos;
    out.push_back({"agenda_item", lang::format(several ? language.agenda_lines : language.agenda_line, {*meta.agenda_item})});
  }
  if (meta.title) out.push_back({"title", *meta.title});
  if (meta.date) out.push_back({"date", lang::format(language.adopted_line, {lang::long_date(language, *meta.date)})});
  if (meta.report) {
    bool draft = meta.report->find("/L.") != std::string::npos;
    std::string_view committee = meta.committee ? std::string_view(*meta.committee) : language.unnamed_committee;
    out.push_back({"report", draft && !meta.committee ? lang::format(language.without_reference_line, {*meta.report})
                                                      : lang::format(language.report_line, {committee, *meta.report})});
  }
  if (meta.symbol && meta.title) out.push_back({"heading", *meta.symbol + ". " + *meta.title});
  return out;
}

size_t opener_length(std::string_view text, const Language& language) {
  if (!language.italic_openers || text.empty()) return 0;
  // The code point at byte i, and the byte after it.
  auto at = [&](size_t i, size_t* next) {
    auto offset = static_cast<int32_t>(i);
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), offset, static_cast<int32_t>(text.size()), c);
    *next = static_cast<size_t>(offset);
    return c;
  };
  size_t after_first = 0;
  UChar32 first_letter = at(0, &after_first);
  if (!u_isalpha(first_letter) || (language.capitalised_clauses && !u_isupper(first_letter))) return 0;
  auto word_end = [&](size_t from) {
    size_t end = from, next = 0;
    while (end < text.size()) {
      UChar32 c = at(end, &next);
      if (!u_isalpha(c) && c != '-') break;
      end = next;
    }
    return end;
  };
  size_t end = word_end(0);
  std::string_view first = text.substr(0, end);
  bool adverb = ends_with_any(first, language.adverb_endings) || lang::listed_exactly(language.opener_adverbs, first);
  for (int words = 1; end < text.size() && text[end] == ' '; ++words) {
    size_t next = word_end(end + 1);
    std::string_view word = text.substr(end + 1, next - end - 1);
    if (word.empty() || !(lang::listed_exactly(language.opener_continuations, word) || (adverb && words == 1))) break;
    end = next;
  }
  return end;
}

std::vector<std::vector<int>> footnote_numbers(const Document& doc) {
  std::vector<std::vector<int>> numbers(doc.clauses.size());
  std::set<size_t> used;
  for (size_t c = 0; c < doc.clauses.size(); ++c) {
    for (const std::string& cited : doc.clauses[c].footnotes) {
      size_t found = doc.footnotes.size();
      for (size_t i = 0; i < doc.footnotes.size(); ++i) {
        if (doc.footnotes[i] != cited) continue;
        if (found == doc.footnotes.size()) found = i;
        if (!used.count(i)) {
          found = i;
          break;
        }
      }
      if (found == doc.footnotes.size()) continue;
      used.insert(found);
      numbers[c].push_back(static_cast<int>(found) + 1);
    }
  }
  return numbers;
}

std::vector<std::string> number_parts(const std::string& number) {
  std::vector<std::string> parts;
  size_t i = 0;
  while (i < number.size()) {
    while (i < number.size() && number[i] == ' ') ++i;
    size_t end = number.find(' ', i);
    if (end == std::string::npos) end = number.size();
    if (end > i) parts.push_back(number.substr(i, end - i));
    i = end;
  }
  return parts;
}

}  // namespace resdiff::render_resolution
