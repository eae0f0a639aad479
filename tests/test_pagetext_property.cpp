// Property test of the page-text reader and the segmenter (issue 8, part 9): clean clause lists
// rendered as damaged page text read back to the same clauses.
//
// A case takes one of the corpus's clean Markdown documents (recitals, operative paragraphs and
// sub-paragraphs with their footnotes), drops a few recitals at random (their footnotes stay
// defined, so the markers left in the text have gaps in their numbering: 1, 2, 4, 7 …) and prints
// what is left the way pdftotext and the UN's page text print a resolution:
//
//   - the masthead, the symbol and title line, "The General Assembly,", the closing;
//   - lines wrapped at a random width (58–92 characters), paragraphs apart by a blank line;
//   - page breaks in random places, mid-paragraph too, each opened by a running title of one
//     line (the symbol) or of two and three (symbol, title in one or two lines), a job number and
//     "N/M", after a form feed on some pages and not on others (pdftotext's pages and a viewer's
//     copy mixed: a page break no form feed marks is found by its furniture);
//   - each page's footnotes in a block under a rule "__________________" at its foot (the foot of
//     the page where the citing paragraph ends), uncited ones included;
//   - every marker style, chosen per citation: glued to the word, year or range ("States6",
//     "2025–20283"), after the punctuation (",9"), set apart ("Terrorism, 1"), superscript ("³");
//   - line-end hyphens: a compound broken at its own hyphen ("non-" / "proliferation"), a word
//     the document also prints whole broken with an added one ("estab-" / "lishment");
//   - spaces left around hyphens by an extractor's line join ("high- level", "self -determination").
//
// What must come back: the same clauses in the same order, each with its kind, printed number,
// text and the footnotes it cites (in the order cited), and the same title. The seed is fixed:
// a failure names its case and prints the page text, and rerunning gives the same case.
//
// Worked example (case from 80/41, width 70): "… Acts of Nuclear Terrorism,¹" / page break /
// "A/RES/80/41" / "Measures to prevent terrorists from acquiring weapons of mass destruction" /
// "25-19905" / "2/3" / "Welcoming also the adoption … Nuclear Material 2 by the International …"
// reads back as PP6 citing footnote 1 and PP7 citing footnote 2, the running title in neither.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "resdiff/language.hpp"
#include "resdiff/resdiff.hpp"

using namespace resdiff;

namespace {

constexpr int kCases = 1000;

const std::vector<Document>& corpus() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> out;
    for (const char* name : {"A_RES_76_28.seed.md", "A_RES_80_41.md", "A_RES_80_24.md", "A_RES_80_19.md",
                             "A_RES_80_38.md", "A_RES_80_2.md", "A_RES_80_11.md"}) {
      Expected<Document> d = read_document(std::string(RESDIFF_FIXTURES) + "/" + name);
      REQUIRE(d.ok());
      out.push_back(*d);
    }
    return out;
  }();
  return docs;
}

/// A citation's marker as printed: the number in one of the styles text extractors leave.
std::string marker(int n, std::mt19937& rng, char before) {
  static const char* kSuper[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  std::string digits = std::to_string(n);
  switch (rng() % 3) {
    case 0: return digits;  // glued: "States6", "2025–20283", ",9"
    case 1:                 // set apart, as pdftotext leaves a raised number after punctuation
      return (before == ',' || before == ';' || before == '.' || before == ':') ? " " + digits : digits;
    default: {
      std::string out;
      for (char c : digits) out += kSuper[c - '0'];
      return out;
    }
  }
}

/// The words the clauses print three times or more: a line-end hyphen added inside one of them
/// (once per word) leaves two whole ones, so the reader can take it out again.
std::set<std::string> repeated_words(const std::vector<const Clause*>& clauses) {
  std::map<std::string, int> seen;
  for (const Clause* c : clauses) {
    std::string w;
    for (char ch : c->text + " ") {
      if ((ch >= 'a' && ch <= 'z')) {
        w += ch;
      } else {
        if (w.size() >= 9) ++seen[w];
        w.clear();
        if (!(ch >= 'A' && ch <= 'Z')) continue;
      }
    }
  }
  std::set<std::string> out;
  for (const auto& [w, n] : seen)
    if (n >= 3) out.insert(w);
  return out;
}

struct Page {
  std::vector<std::string> body;
  std::vector<int> notes;  // footnotes whose definitions stand at this page's foot
};

/// Prints a clean document as damaged page text.
class Printer {
 public:
  Printer(const Document& doc, const std::vector<const Clause*>& clauses, std::mt19937& rng)
      : doc_(doc), rng_(rng), whole_(repeated_words(clauses)) {
    width_ = 58 + static_cast<int>(rng_() % 35);
    running_lines_ = 1 + static_cast<int>(rng_() % 3);
  }

  std::string print(const std::vector<const Clause*>& clauses) {
    masthead();
    for (const Clause* c : clauses) {
      paragraph(label(*c) + with_markers(*c));
      blank();
    }
    closing();
    // uncited footnotes (their recitals dropped) stand on the page of the footnote before them
    std::map<int, size_t> page_of;
    for (size_t p = 0; p < pages_.size(); ++p)
      for (int n : pages_[p].notes) page_of[n] = p;
    for (int n = 1; n <= static_cast<int>(doc_.footnotes.size()); ++n)
      if (!page_of.count(n)) pages_[page_of[n] = n > 1 ? page_of[n - 1] : 0].notes.push_back(n);
    std::string out;
    for (size_t p = 0; p < pages_.size(); ++p) {
      if (p > 0) out += running_title(p);
      for (const std::string& line : pages_[p].body) out += line + (rng_() % 4 == 0 ? " \n" : "\n");
      std::sort(pages_[p].notes.begin(), pages_[p].notes.end());
      if (!pages_[p].notes.empty()) {
        out += "__________________ \n \n";
        for (int n : pages_[p].notes) {
          std::vector<std::string> lines = wrap(std::to_string(n) + " " + doc_.footnotes[static_cast<size_t>(n - 1)], width_ + 6);
          for (const std::string& l : lines) out += l + " \n";
          out += " \n";
        }
      }
    }
    return out;
  }

 private:
  const Document& doc_;
  std::mt19937& rng_;
  std::set<std::string> whole_;
  int width_ = 70, running_lines_ = 1;
  std::vector<Page> pages_{1};
  std::set<int> placed_;
  int lines_on_page_ = 0;

  /// Prints a line, then maybe breaks the page; returns the page the line stands on.
  size_t line(const std::string& text) {
    pages_.back().body.push_back(text);
    const size_t page = pages_.size() - 1;
    if (++lines_on_page_ > 8 && rng_() % 14 == 0) {
      pages_.emplace_back();
      lines_on_page_ = 0;
    }
    return page;
  }
  void blank() { pages_.back().body.push_back(""); }

  std::string running_title(size_t page) {
    std::string out = rng_() % 3 == 0 ? "\f" : "\n";
    out += "A/RES/" + *doc_.meta.symbol + " \n";
    if (running_lines_ >= 2) {
      std::vector<std::string> title = wrap(*doc_.meta.title, running_lines_ == 2 ? 200 : 48);
      for (const std::string& t : title) out += t + "\n";
    }
    out += " \n25-19905 \n" + std::to_string(page + 1) + "/" + std::to_string(pages_.size()) + " \n \n";
    return out;
  }

  void masthead() {
    pages_.back().body = {"United Nations ", "A/RES/" + *doc_.meta.symbol + " ", " ", "General Assembly ",
                          "Distr.: General ", "10 December 2025 ", "", "25-19905 (E)    101225 ", "*2519905* ", ""};
    if (doc_.meta.date) {
      pages_.back().body.push_back(" Resolution adopted by the General Assembly ");
      pages_.back().body.push_back("on " + lang::long_date(lang::english(), *doc_.meta.date) + " ");
      pages_.back().body.push_back("");
    }
    for (const std::string& l : wrap(*doc_.meta.symbol + ". " + *doc_.meta.title, width_)) pages_.back().body.push_back(l);
    pages_.back().body.push_back("");
    pages_.back().body.push_back("The General Assembly, ");
    pages_.back().body.push_back("");
  }

  void closing() {
    if (!doc_.meta.closing) return;
    const std::string& c = *doc_.meta.closing;
    size_t comma = c.find(", ");
    blank();
    pages_.back().body.push_back(comma == std::string::npos ? c : c.substr(0, comma));
    if (comma != std::string::npos) pages_.back().body.push_back(c.substr(comma + 2));
  }

  static std::string label(const Clause& c) {
    if (c.kind == ClauseKind::Operative && !c.number.empty()) return c.number + ". ";
    if (c.kind == ClauseKind::Subparagraph && !c.number.empty()) {
      size_t open = c.number.rfind('(');
      return (open == std::string::npos ? c.number : c.number.substr(open)) + " ";
    }
    return "";
  }

  /// The clause's text with its markers put back where it cites them, in a random style each.
  std::string with_markers(const Clause& c) {
    std::string out;
    size_t from = 0;
    for (size_t i = 0; i < c.footnotes.size(); ++i) {
      int n = static_cast<int>(std::find(doc_.footnotes.begin(), doc_.footnotes.end(), c.footnotes[i]) - doc_.footnotes.begin()) + 1;
      size_t at = i < c.footnote_at.size() ? std::min(c.footnote_at[i], c.text.size()) : c.text.size();
      out += c.text.substr(from, at - from);
      out += marker(n, rng_, out.empty() ? ' ' : out.back());
      from = at;
      if (!placed_.count(n)) {
        placed_.insert(n);
        pending_.push_back(n);
      }
    }
    out += c.text.substr(from);
    return out;
  }
  std::vector<int> pending_;

  /// Breaks text into lines of at most width characters, with hyphens at line ends and spaces
  /// around hyphens the way extractors leave them.
  std::vector<std::string> wrap(const std::string& text, int width) {
    std::vector<std::string> words;
    std::istringstream in(text);
    for (std::string w; in >> w;) words.push_back(w);
    std::vector<std::string> lines;
    std::string cur;
    auto chars = [](const std::string& s) {
      size_t n = 0;
      for (unsigned char ch : s) n += (ch & 0xC0) != 0x80;
      return static_cast<int>(n);
    };
    for (std::string w : words) {
      // an extractor's line join left a space by a compound's hyphen
      if (size_t h = w.find('-'); h != std::string::npos && h > 0 && h + 1 < w.size() && w[h - 1] >= 'a' &&
                                  w[h - 1] <= 'z' && w[h + 1] >= 'a' && w[h + 1] <= 'z' && rng_() % 6 == 0)
        w.insert(rng_() % 2 ? h + 1 : h, " ");
      if (!cur.empty() && chars(cur) + 1 + chars(w) > width) {
        // break the word at the line's end: at its own hyphen, or with one added inside a word the
        // document prints whole elsewhere
        std::string head, tail;
        if (size_t h = w.find('-'); h != std::string::npos && h > 1 && h + 2 < w.size() && w.find(' ') == std::string::npos &&
                                    chars(cur) + 1 + static_cast<int>(h) + 1 <= width && rng_() % 2 == 0) {
          head = w.substr(0, h + 1), tail = w.substr(h + 1);
        } else {
          std::string letters = w;
          while (!letters.empty() && !(letters.back() >= 'a' && letters.back() <= 'z')) letters.pop_back();
          if (whole_.count(letters) && rng_() % 2 == 0) {
            size_t cut = 3 + rng_() % (letters.size() - 5);
            if (chars(cur) + 1 + static_cast<int>(cut) + 1 <= width) {
              head = w.substr(0, cut) + "-", tail = w.substr(cut);
              whole_.erase(letters);
            }
          }
        }
        if (!head.empty()) {
          lines.push_back(cur + " " + head);
          cur = tail;
          continue;
        }
        lines.push_back(cur);
        cur = w;
      } else {
        cur = cur.empty() ? w : cur + " " + w;
      }
    }
    if (!cur.empty()) lines.push_back(cur);
    return lines;
  }

  void paragraph(const std::string& text) {
    size_t last = pages_.size() - 1;
    for (const std::string& l : wrap(text, width_)) last = line(l);
    for (int n : pending_) pages_[last].notes.push_back(n);  // at the foot of the page the paragraph ends on
    pending_.clear();
  }
};

/// One clause per line: kind, printed number, text and the footnotes it cites.
std::vector<std::string> described(const std::vector<const Clause*>& clauses) {
  std::vector<std::string> out;
  for (const Clause* c : clauses) {
    std::string d = std::to_string(static_cast<int>(c->kind)) + " [" + c->number + "] " + c->text;
    for (const std::string& f : c->footnotes) d += " {" + f + "}";
    out.push_back(d);
  }
  return out;
}

void run_case(int k) {
  std::mt19937 rng(static_cast<unsigned>(20261201 + k));
  const Document& doc = corpus()[static_cast<size_t>(k) % corpus().size()];
  std::vector<const Clause*> kept;
  for (const Clause& c : doc.clauses) {
    if (c.kind == ClauseKind::Preambular && doc.count(ClauseKind::Preambular) > 2 && rng() % 6 == 0) continue;
    kept.push_back(&c);
  }
  Printer printer(doc, kept, rng);
  const std::string page_text = printer.print(kept);
  Expected<Document> back = parse_document(page_text, "case.txt", Format::Text);
  INFO("case " << k << " from " << *doc.meta.symbol << ", page text:\n" << page_text);
  REQUIRE(back.ok());
  std::vector<const Clause*> read;
  for (const Clause& c : back->clauses) read.push_back(&c);
  CHECK(back->meta.title.value_or("") == doc.meta.title.value_or(""));
  std::vector<std::string> want = described(kept), got = described(read);
  CHECK(got.size() == want.size());
  for (size_t i = 0; i < std::min(got.size(), want.size()); ++i) {
    INFO("clause " << i);
    CHECK(got[i] == want[i]);
    if (got[i] != want[i]) break;
  }
}

}  // namespace

TEST_CASE("page-text property: clean clause lists printed as damaged page text read back to the same clauses") {
  for (int k = 0; k < kCases; ++k) run_case(k);
}
