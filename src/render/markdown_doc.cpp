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
//   [on the report of the Committee (A/76/444, para. 93)]
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
// text (the Document records which footnotes a clause cites, not where); the committee's name
// is not kept, so the report line says "the Committee"; the opener's italics are a guess (the
// first word, with "also", "further", "upon", "in mind", … and the word after an adverb); the
// header is written in English.
#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "resdiff/render.hpp"

namespace resdiff {

namespace {

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

// Words that continue a clause opener in italics: "Recalling also", "Bearing in mind".
bool continues_opener(std::string_view word) {
  static constexpr std::array<std::string_view, 16> kWords = {
      "also",  "further", "furthermore", "moreover", "again", "upon", "in", "mind", "note", "with",
      "concern", "appreciation", "satisfaction", "regret", "alarm", "deep"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// Byte length of the opener to italicise at the start of a clause (0 when the clause does not
// start with a capitalised word).
size_t opener_length(std::string_view text) {
  if (text.empty() || !(text[0] >= 'A' && text[0] <= 'Z')) return 0;
  auto word_end = [&](size_t from) {
    size_t end = from;
    while (end < text.size() && ((text[end] >= 'a' && text[end] <= 'z') || (text[end] >= 'A' && text[end] <= 'Z') ||
                                 text[end] == '-')) {
      ++end;
    }
    return end;
  };
  size_t end = word_end(0);
  std::string_view first = text.substr(0, end);
  bool adverb = first.ends_with("ly") || first == "Also" || first == "Further" || first == "Once";
  for (int words = 1; end < text.size() && text[end] == ' '; ++words) {
    size_t next = word_end(end + 1);
    std::string_view word = text.substr(end + 1, next - end - 1);
    if (word.empty() || !(continues_opener(word) || (adverb && words == 1))) break;
    end = next;
  }
  return end;
}

// Clause text with its opener in italics, escaped.
std::string with_opener(std::string_view text) {
  size_t n = opener_length(text);
  if (n == 0) return escape(text);
  std::string out(1, '*');
  out += escape(text.substr(0, n));
  out += '*';
  out += escape(text.substr(n));
  return out;
}

// "Seventy-sixth" for 76.
std::string ordinal_words(int n) {
  static constexpr std::array<const char*, 20> kOrdinals = {
      "",          "first",      "second",     "third",      "fourth",     "fifth",     "sixth",
      "seventh",   "eighth",     "ninth",      "tenth",      "eleventh",   "twelfth",   "thirteenth",
      "fourteenth", "fifteenth", "sixteenth",  "seventeenth", "eighteenth", "nineteenth"};
  static constexpr std::array<const char*, 10> kTens = {"", "", "twenty", "thirty", "forty",
                                                        "fifty", "sixty", "seventy", "eighty", "ninety"};
  static constexpr std::array<const char*, 10> kTensOrdinal = {"", "", "twentieth", "thirtieth", "fortieth",
                                                               "fiftieth", "sixtieth", "seventieth", "eightieth",
                                                               "ninetieth"};
  std::string out;
  if (n >= 100) {
    out = n % 100 == 0 ? "one hundredth" : "one hundred and ";
    n %= 100;
    if (n == 0) return out;
  }
  if (n < 20) return out + kOrdinals[static_cast<size_t>(std::max(n, 0))];
  if (n % 10 == 0) return out + kTensOrdinal[static_cast<size_t>(n / 10)];
  return out + kTens[static_cast<size_t>(n / 10)] + "-" + kOrdinals[static_cast<size_t>(n % 10)];
}

// "6 December 2021" for "2021-12-06"; the input itself when it is not an ISO date.
std::string long_date(const std::string& iso) {
  static constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",
                                                          "May",     "June",     "July",      "August",
                                                          "September", "October", "November", "December"};
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
  int month = std::atoi(iso.substr(5, 2).c_str());
  int day = std::atoi(iso.substr(8, 2).c_str());
  if (month < 1 || month > 12 || day < 1) return iso;
  return std::to_string(day) + " " + kMonths[static_cast<size_t>(month - 1)] + " " + iso.substr(0, 4);
}

// The header paragraphs, as the first page of a resolution prints them.
std::vector<std::string> header(const Metadata& meta) {
  std::vector<std::string> out;
  if (meta.symbol) out.push_back(escape("A/RES/" + *meta.symbol));
  if (meta.session && *meta.session > 0) {
    std::string session = ordinal_words(*meta.session);
    if (!session.empty()) session[0] = static_cast<char>(session[0] - 'a' + 'A');
    out.push_back(session + " session");
  }
  if (meta.agenda_item) {
    bool several = meta.agenda_item->find(',') != std::string::npos || meta.agenda_item->find(" and ") != std::string::npos;
    out.push_back(escape((several ? "Agenda items " : "Agenda item ") + *meta.agenda_item));
  }
  if (meta.title) out.push_back(escape(*meta.title));
  if (meta.date) out.push_back("Resolution adopted by the General Assembly on " + long_date(*meta.date));
  if (meta.report) {
    bool draft = meta.report->find("/L.") != std::string::npos;
    out.push_back(escape((draft ? "[without reference to a Main Committee (" : "[on the report of the Committee (") +
                         *meta.report + ")]"));
  }
  if (meta.symbol && meta.title) out.push_back(escape(*meta.symbol + ". " + *meta.title));
  return out;
}

// Footnote numbers for each clause's cited texts: the first unused footnote with that text.
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

// The labels of a number path: "5 (a) (ii)" → {"5", "(a)", "(ii)"}.
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

// One clause's paragraph: indentation and list marker from its number path, the text with its
// opener in italics, its footnote references at the end.
std::string clause_paragraph(const Clause& clause, const std::vector<int>& notes) {
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
  body += italic_opener ? with_opener(clause.text) : escape(clause.text);
  for (int n : notes) body += "[^" + std::to_string(n) + "]";
  return indent + body;
}

}  // namespace

std::string render_parse_markdown(const Document& doc) {
  std::vector<std::string> paragraphs;
  if (doc.is_resolution) {
    paragraphs = header(doc.meta);
    paragraphs.push_back("The General Assembly,");
  }
  std::vector<std::vector<int>> notes = footnote_numbers(doc);
  std::string heading;
  bool closed = false;
  for (size_t i = 0; i < doc.clauses.size(); ++i) {
    const Clause& clause = doc.clauses[i];
    if (clause.kind == ClauseKind::Annex && !closed) {
      // The closing line ends the resolution proper; the annex follows it under its own title.
      if (doc.meta.closing) paragraphs.push_back(escape(*doc.meta.closing));
      paragraphs.push_back("Annex");
      closed = true;
    }
    if (clause.heading != heading) {
      heading = clause.heading;
      if (!heading.empty()) paragraphs.push_back(escape(heading));
    }
    paragraphs.push_back(clause_paragraph(clause, notes[i]));
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
