// Change lists for golden tests: what a person read off two versions of a resolution, clause by
// clause, and the check of a resdiff report against it. Shared by test_pdf_golden.cpp (the UN's
// PDFs) and test_pagetext_golden.cpp (the UN's raw page text); the format is in fixtures/README.md.
//
// A change list names every clause that is not unchanged, with the whole clause marked up as wdiff
// does: "Recalling its resolution [-78/43 of 4 December 2023-]{+79/42 of 2 December 2024+},".
// check_report() checks, clause by clause:
//   - resdiff pairs the same old and new clauses with the same status, technical or substantive;
//   - the old and new texts resdiff read are the markup's two sides, word for word;
//   - the words resdiff's edits delete and insert are, net, those the markup marks;
//   - every clause the list does not name is unchanged, and the counts and metadata rows agree.
// "OLD ~ NEW either: …" marks a rewrite so thorough that reading it as changed or as deleted and
// inserted are both right: either is accepted. "unchecked: FIELD …" leaves that field's metadata
// rows out of the comparison (the oceans pair's 58 footnote rows were not read by hand).
#pragma once
#include <catch2/catch.hpp>

#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "resdiff/render.hpp"
#include "resdiff/resdiff.hpp"

namespace resdiff::golden {


/// One line of a change list about a clause.
struct ExpectedClause {
  std::string old_label, new_label;  ///< "" when there is none (inserted, deleted)
  std::string status;                ///< "changed", "moved", "inserted", "deleted", "either"
  bool technical = false;
  std::string markup;                ///< the clause with [-deleted-] and {+inserted+} runs
};

/// One metadata row a change list expects.
struct ExpectedRow {
  std::string field, old_value, new_value;
  bool technical = false;
};

/// A parsed change list.
struct ChangeList {
  std::string old_file, new_file;
  std::map<std::string, std::pair<int, int>> counts;  ///< "PP" → (old, new)
  std::vector<ExpectedClause> clauses;
  std::vector<ExpectedRow> metadata;
  std::set<std::string> unchecked;  ///< metadata fields not compared ("unchecked: footnote …")
};

inline std::string trim(std::string s) {
  size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

/// Reads the change list at fixtures/PATH ("golden-pdf/A_RES_78_43--A_RES_79_42.changes").
inline ChangeList read_changes(const std::string& path) {
  std::ifstream in(std::string(RESDIFF_FIXTURES) + "/" + path);
  REQUIRE(in);
  ChangeList list;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t colon = line.find(": ");
    REQUIRE(colon != std::string::npos);
    std::string head = line.substr(0, colon), body = line.substr(colon + 2);
    std::istringstream words(head);
    std::vector<std::string> w;
    for (std::string x; words >> x;) w.push_back(x);
    REQUIRE(!w.empty());
    if (w[0] == "old") {
      list.old_file = body;
    } else if (w[0] == "new") {
      list.new_file = body;
    } else if (w[0] == "unchecked") {
      list.unchecked.insert(body.substr(0, body.find(' ')));
    } else if (w[0] == "counts") {
      std::istringstream c(body);
      for (std::string part; c >> part;) {
        int a = 0, b = 0;
        c >> a >> b;
        list.counts[part] = {a, b};
      }
    } else if (w[0] == "meta") {
      ExpectedRow row;
      row.field = w.at(1);
      row.technical = w.size() > 2 && w[2] == "technical";
      size_t arrow = body.find(" → ");
      REQUIRE(arrow != std::string::npos);
      row.old_value = body.substr(0, arrow);
      row.new_value = body.substr(arrow + std::string(" → ").size());
      list.metadata.push_back(row);
    } else {
      ExpectedClause e;
      e.markup = body;
      // "OLD = NEW changed technical", "OLD > NEW moved", "OLD - deleted", "+ NEW inserted",
      // "OLD ~ NEW either"; a label may run over words ("OP1 (b) (ii)").
      size_t k = 0;
      auto label = [&] {
        std::string l = w.at(k++);
        while (k < w.size() && w[k].front() == '(') l += " " + w[k++];
        return l;
      };
      if (w[0] == "+") {
        ++k;
        e.new_label = label();
        e.status = "inserted";
      } else {
        e.old_label = label();
        std::string op = w.at(k++);
        if (op == "-") {
          e.status = "deleted";
        } else {
          e.new_label = label();
          e.status = op == "=" ? "changed" : op == ">" ? "moved" : "either";
        }
      }
      for (const std::string& x : w) e.technical = e.technical || x == "technical";
      list.clauses.push_back(e);
    }
  }
  return list;
}

/// The old (old_side) or new text of a markup.
inline std::string side(const std::string& markup, bool old_side) {
  std::string out;
  for (size_t i = 0; i < markup.size();) {
    bool del = markup.compare(i, 2, "[-") == 0, ins = markup.compare(i, 2, "{+") == 0;
    if (del || ins) {
      size_t end = markup.find(del ? "-]" : "+}", i + 2);
      REQUIRE(end != std::string::npos);
      if (del == old_side) out += markup.substr(i + 2, end - i - 2);
      i = end + 2;
      continue;
    }
    out += markup[i++];
  }
  // A run at a clause's edge or next to a space leaves a double or edge space on the side without it.
  std::string squeezed;
  for (char c : out)
    if (!(c == ' ' && (squeezed.empty() || squeezed.back() == ' '))) squeezed += c;
  return trim(squeezed);
}

/// Words and punctuation marks of s, each one token: ASCII punctuation but "-", "/" and "." (which
/// stay inside "non-proliferation", "A/80/164", "E.93.I.8"), and the general punctuation block
/// (dashes, curly quotes: U+2010–U+206F), stand alone.
inline std::multiset<std::string> tokens(const std::string& s) {
  std::multiset<std::string> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.insert(word);
    word.clear();
  };
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    std::string piece = s.substr(i, length);
    bool general_punctuation = length == 3 && c == 0xE2 && i + 1 < s.size() &&
                               (static_cast<unsigned char>(s[i + 1]) == 0x80 || static_cast<unsigned char>(s[i + 1]) == 0x81);
    i += length;
    if (c == ' ') {
      flush();
    } else if ((c < 0x80 && !std::isalnum(c) && c != '-' && c != '/' && c != '.') || general_punctuation) {
      flush();
      out.insert(piece);
    } else {
      word += piece;
    }
  }
  flush();
  return out;
}

/// The tokens inside the markup's deleted (old_side) or inserted runs.
inline std::multiset<std::string> marked(const std::string& markup, bool old_side) {
  std::multiset<std::string> out;
  const char* open = old_side ? "[-" : "{+";
  const char* close = old_side ? "-]" : "+}";
  for (size_t at = markup.find(open); at != std::string::npos; at = markup.find(open, at + 2)) {
    size_t end = markup.find(close, at + 2);
    for (const std::string& t : tokens(markup.substr(at + 2, end - at - 2))) out.insert(t);
  }
  return out;
}

/// a − b as multisets.
inline std::multiset<std::string> minus(std::multiset<std::string> a, const std::multiset<std::string>& b) {
  for (const std::string& t : b)
    if (auto it = a.find(t); it != a.end()) a.erase(it);
  return a;
}

/// The label of a side of an entry ("" when it has no clause there).
inline std::string label_of(const Document& doc, const std::vector<size_t>& clauses) {
  return clauses.empty() ? std::string() : clause_label(doc.clauses[clauses.front()]);
}

/// Checks a report against a change list (see the essay above).
inline void check_report(const Report& r, const ChangeList& list) {
  for (const auto& [part, counts] : list.counts) {
    INFO(part);
    ClauseKind kind = part == "PP" ? ClauseKind::Preambular : part == "OP" ? ClauseKind::Operative
                      : part == "SUB" ? ClauseKind::Subparagraph : ClauseKind::Annex;
    if (part == "FN") {
      CHECK(r.old_doc.footnotes.size() == static_cast<size_t>(counts.first));
      CHECK(r.new_doc.footnotes.size() == static_cast<size_t>(counts.second));
      continue;
    }
    CHECK(r.old_doc.count(kind) == counts.first);
    CHECK(r.new_doc.count(kind) == counts.second);
  }
  std::set<const Entry*> named;
  for (const ExpectedClause& e : list.clauses) {
    INFO(e.old_label << " → " << e.new_label << " " << e.status << ": " << e.markup);
    const Entry* found = nullptr;
    const Entry* old_alone = nullptr;
    const Entry* new_alone = nullptr;
    for (const Entry& entry : r.entries) {
      std::string o = label_of(r.old_doc, entry.old_clauses), n = label_of(r.new_doc, entry.new_clauses);
      if (o == e.old_label && n == e.new_label) found = &entry;
      if (!e.old_label.empty() && o == e.old_label && n.empty()) old_alone = &entry;
      if (!e.new_label.empty() && n == e.new_label && o.empty()) new_alone = &entry;
    }
    if (e.status == "either" && !found) {  // read as deleted and inserted: fine too
      REQUIRE(old_alone);
      REQUIRE(new_alone);
      named.insert(old_alone);
      named.insert(new_alone);
      continue;
    }
    REQUIRE(found);
    named.insert(found);
    if (e.status != "either") {
      std::string status = status_name(found->status);
      CHECK(status == e.status);
    }
    bool changed = e.markup.find("[-") != std::string::npos || e.markup.find("{+") != std::string::npos;
    if (e.status == "inserted" || e.status == "deleted" || !changed) {
      CHECK(found->edits.size() <= 1);
    } else {
      CHECK(found->technical == e.technical);
    }
    if (!found->old_clauses.empty()) CHECK(r.old_doc.clauses[found->old_clauses.front()].text == side(e.markup, true));
    if (!found->new_clauses.empty()) CHECK(r.new_doc.clauses[found->new_clauses.front()].text == side(e.markup, false));
    if (e.status == "changed" || e.status == "moved") {
      std::multiset<std::string> del, ins;
      for (const Edit& edit : found->edits) {
        if (edit.op == Edit::Op::Delete)
          for (const std::string& t : tokens(edit.text)) del.insert(t);
        if (edit.op == Edit::Op::Insert)
          for (const std::string& t : tokens(edit.text)) ins.insert(t);
      }
      std::multiset<std::string> want_del = marked(e.markup, true), want_ins = marked(e.markup, false);
      // The words resdiff shows deleted and inserted, net of a common word its clean-up took into
      // a phrase or an edit script matched otherwise, are the words the list marks.
      CHECK(minus(del, ins) == minus(want_del, want_ins));
      CHECK(minus(ins, del) == minus(want_ins, want_del));
    }
  }
  for (const Entry& entry : r.entries) {
    if (named.count(&entry)) continue;
    INFO(label_of(r.old_doc, entry.old_clauses) << " → " << label_of(r.new_doc, entry.new_clauses));
    CHECK(entry.status == Status::Unchanged);
  }
  // Metadata rows: the same set, in any order.
  std::multiset<std::string> want, got;
  for (const ExpectedRow& row : list.metadata)
    want.insert(row.field + (row.technical ? " technical: " : ": ") + row.old_value + " → " + row.new_value);
  for (const MetadataRow& row : r.metadata)
    if (!list.unchecked.count(row.field))
      got.insert(row.field + (row.technical ? " technical: " : ": ") + row.old_value.value_or("(none)") + " → " +
                 row.new_value.value_or("(none)"));
  CHECK(got == want);
}

/// Reads the change list fixtures/LIST and the two documents it names from fixtures/DOCUMENTS/,
/// compares them and checks the report against the list.
inline void check_pair(const std::string& list_path, const std::string& documents) {
  ChangeList list = read_changes(list_path);
  auto read = [&](const std::string& name) {
    Expected<Document> doc = read_document(std::string(RESDIFF_FIXTURES) + "/" + documents + "/" + name);
    INFO(name << ": " << (doc ? "" : doc.error().what()));
    REQUIRE(doc.ok());
    return *doc;
  };
  check_report(compare(read(list.old_file), read(list.new_file)), list);
}

}  // namespace resdiff::golden
