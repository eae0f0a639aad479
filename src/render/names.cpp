// Names in the text view: documents by symbol, session and date; entries by their old and new
// clause labels. The labels themselves come from clause_label() (label.cpp).
#include "names.hpp"

#include <array>
#include <cstdlib>

#include "resdiff/language.hpp"
#include "resdiff/render.hpp"

namespace resdiff::render_names {

namespace {

std::string base_name(const std::string& path) {
  if (path == "-") return "standard input";
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Length of the capital-letter prefix of a label: 2 for "OP5 (a)", 3 for "ANX12".
size_t letter_prefix(const std::string& label) {
  size_t n = 0;
  while (n < label.size() && label[n] >= 'A' && label[n] <= 'Z') ++n;
  return n;
}

// "OP5, OP6" → "5, 6" when every label in the list starts with the first one's prefix, else "".
std::string strip_prefix(const std::string& list, size_t prefix) {
  std::string out;
  size_t start = 0;
  while (true) {
    size_t comma = list.find(", ", start);
    std::string token = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (token.size() <= prefix || token.compare(0, prefix, list, 0, prefix) != 0) return "";
    if (!out.empty()) out += ", ";
    out += token.substr(prefix);
    if (comma == std::string::npos) return out;
    start = comma + 2;
  }
}

}  // namespace

std::string ordinal(int n) {
  int tens = n % 100, units = n % 10;
  const char* suffix = (tens >= 11 && tens <= 13) ? "th" : units == 1 ? "st" : units == 2 ? "nd" : units == 3 ? "rd" : "th";
  return std::to_string(n) + suffix;
}

std::string short_date(const std::string& iso) {
  // resdiff speaks English: the month's first three letters in the English table ("Dec").
  WordList months = lang::english().months;
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
  int month = std::atoi(iso.substr(5, 2).c_str());
  int day = std::atoi(iso.substr(8, 2).c_str());
  if (month < 1 || month > 12 || day < 1) return iso;
  return std::to_string(day) + " " + std::string(months[static_cast<size_t>(month - 1)].substr(0, 3)) + " " + iso.substr(0, 4);
}

std::string doc_name(const Document& doc) {
  if (!doc.meta.symbol) return base_name(doc.path);
  const std::string& symbol = *doc.meta.symbol;
  if (symbol.rfind("A/", 0) == 0) return symbol;
  std::string name = "A/RES/";
  name += symbol;
  return name;
}

std::string doc_detail(const Document& doc) {
  std::string detail;
  if (doc.meta.session) detail = ordinal(*doc.meta.session) + " session";
  if (doc.meta.date) detail += (detail.empty() ? "" : ", ") + short_date(*doc.meta.date);
  return detail;
}

std::string doc_described(const Document& doc) {
  std::string detail = doc_detail(doc);
  return doc_name(doc) + (detail.empty() ? "" : " (" + detail + ")");
}

std::string clause_labels(const Document& doc, const std::vector<size_t>& positions) {
  std::string out;
  for (size_t position : positions) {
    if (position >= doc.clauses.size()) continue;
    out += (out.empty() ? "" : ", ") + clause_label(doc.clauses[position]);
  }
  return out;
}

std::string entry_label(const Report& report, const Entry& entry) {
  std::string old_label = clause_labels(report.old_doc, entry.old_clauses);
  std::string new_label = clause_labels(report.new_doc, entry.new_clauses);
  if (old_label.empty()) return new_label;
  if (new_label.empty() || old_label == new_label) return old_label;
  size_t prefix = letter_prefix(old_label);
  if (prefix > 0 && letter_prefix(new_label) == prefix && old_label.compare(0, prefix, new_label, 0, prefix) == 0) {
    std::string old_rest = strip_prefix(old_label, prefix), new_rest = strip_prefix(new_label, prefix);
    if (!old_rest.empty() && !new_rest.empty()) return old_label.substr(0, prefix) + old_rest + "→" + new_rest;
  }
  return old_label + "→" + new_label;
}

SharedEnds shared_ends(const std::string& a, const std::string& b) {
  SharedEnds ends;
  size_t& prefix = ends.prefix;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  while (prefix > 0 && a[prefix - 1] != ' ') --prefix;
  size_t& suffix = ends.suffix;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  while (suffix > 0 && a[a.size() - suffix] != ' ') --suffix;
  return ends;
}

std::string clause_texts(const Document& doc, const std::vector<size_t>& positions) {
  std::string out;
  for (size_t position : positions) {
    if (position >= doc.clauses.size()) continue;
    if (!out.empty()) out += ' ';
    out += doc.clauses[position].text;
  }
  return out;
}

}  // namespace resdiff::render_names
