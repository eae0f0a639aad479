// The words of a resolution's layout shared by the renderers that write a whole resolution back
// (see resolution_text.hpp): header lines in English, the italic opener heuristic, footnote
// numbers and number paths.
#include "render/resolution_text.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <set>

namespace resdiff::render_resolution {

namespace {

// Words that continue a clause opener in italics: "Recalling also", "Bearing in mind".
bool continues_opener(std::string_view word) {
  static constexpr std::array<std::string_view, 16> kWords = {
      "also",  "further", "furthermore", "moreover", "again", "upon", "in", "mind", "note", "with",
      "concern", "appreciation", "satisfaction", "regret", "alarm", "deep"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
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

}  // namespace

std::vector<HeaderLine> header_lines(const Metadata& meta) {
  std::vector<HeaderLine> out;
  if (meta.symbol) out.push_back({"symbol", "A/RES/" + *meta.symbol});
  if (meta.session && *meta.session > 0) {
    std::string session = ordinal_words(*meta.session);
    if (!session.empty()) session[0] = static_cast<char>(session[0] - 'a' + 'A');
    out.push_back({"session", session + " session"});
  }
  if (meta.agenda_item) {
    bool several = meta.agenda_item->find(',') != std::string::npos || meta.agenda_item->find(" and ") != std::string::npos;
    out.push_back({"agenda_item", (several ? "Agenda items " : "Agenda item ") + *meta.agenda_item});
  }
  if (meta.title) out.push_back({"title", *meta.title});
  if (meta.date) out.push_back({"date", "Resolution adopted by the General Assembly on " + long_date(*meta.date)});
  if (meta.report) {
    bool draft = meta.report->find("/L.") != std::string::npos;
    std::string committee = meta.committee ? "the " + *meta.committee : std::string("the Committee");
    out.push_back({"report", (draft && !meta.committee ? std::string("[without reference to a Main Committee (")
                                                       : "[on the report of " + committee + " (") +
                                 *meta.report + ")]"});
  }
  if (meta.symbol && meta.title) out.push_back({"heading", *meta.symbol + ". " + *meta.title});
  return out;
}

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
