// The evaluation set's reader and scorer, shared by tests/test_eval.cpp and bench/eval.cpp.
//
// fixtures/eval/ holds pairs made by applying known edits to real corpus documents (see its
// README.md). A pair is two small files:
//
//   NNN.pair      how to build the two documents from a corpus file:
//                   base A_RES_80_19.md          the corpus document (fixtures/), read as usual
//                   ops move+change split        what was done (for the reader; not used)
//                   old 31 <text>                before comparing, old clause 31 reads <text>
//                   = 4                          a new clause: old clause 4 as it was
//                   ~ 4 op <text>                a new clause made from old clause 4 (for the reader:
//                                                kind and text given; footnotes of clause 4 kept)
//                   + pp <text>                  a new clause from nowhere
//                 The new clauses are listed in reading order; kinds are pp, op, sub, annex, para.
//   NNN.expected  the alignment a drafter would draw, one operation a line, clause positions
//                 0-based (Document::clauses):
//                   unchanged 0 -> 0
//                   changed 3 -> 3 [technical]   technical: the entry must be marked technical
//                   split 5 -> 5 6               merged 7 8 -> 8
//                   deleted 9 ->                 inserted -> 10
//
// build() makes the two Documents (new clause indices and operative numbers recomputed, so that
// a renumbering looks as it would in print); score() compares a Report with the expectation, by
// exact (status, old positions, new positions) triples. No printing here: callers print.
#pragma once
#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "resdiff/report.hpp"

namespace resdiff::eval {

/// One new clause of a pair: copied from an old clause, made from one, or inserted.
struct NewClause {
  char how = '=';        ///< '=' copied, '~' made from an old clause, '+' inserted
  long source = -1;      ///< old clause position ('=' and '~'), -1 for '+'
  std::string kind;      ///< "pp", "op", "sub", "annex", "para" ('~' and '+')
  std::string text;      ///< ('~' and '+')
};

/// One expected operation.
struct Operation {
  Status status = Status::Unchanged;
  std::vector<size_t> old_clauses;
  std::vector<size_t> new_clauses;
  bool technical = false;  ///< the entry must be technical
};

/// One evaluation pair as read from its two files.
struct Pair {
  std::string name;                             ///< "017"
  std::string base;                             ///< corpus file name
  std::string ops;                              ///< the "ops" line
  std::vector<std::pair<size_t, std::string>> old_texts;  ///< old clause texts replaced before comparing
  std::vector<NewClause> new_clauses;
  std::vector<Operation> expected;
};

/// The statuses in the order tables print them.
inline const std::array<Status, 7> kStatuses = {Status::Unchanged, Status::Changed, Status::Moved, Status::Inserted,
                                                Status::Deleted,   Status::Split,   Status::Merged};

inline std::optional<Status> status_from(const std::string& name) {
  for (Status s : kStatuses)
    if (name == status_name(s)) return s;
  return std::nullopt;
}

inline std::optional<ClauseKind> kind_from(const std::string& code) {
  if (code == "pp") return ClauseKind::Preambular;
  if (code == "op") return ClauseKind::Operative;
  if (code == "sub") return ClauseKind::Subparagraph;
  if (code == "annex") return ClauseKind::Annex;
  if (code == "para") return ClauseKind::Paragraph;
  return std::nullopt;
}

inline const char* kind_code(ClauseKind kind) {
  switch (kind) {
    case ClauseKind::Preambular: return "pp";
    case ClauseKind::Operative: return "op";
    case ClauseKind::Subparagraph: return "sub";
    case ClauseKind::Annex: return "annex";
    case ClauseKind::Paragraph: return "para";
  }
  return "para";
}

/// Reads NNN.pair and NNN.expected from dir; an error message instead when they are malformed.
inline std::optional<Pair> read_pair(const std::string& dir, const std::string& name, std::string& error) {
  Pair pair;
  pair.name = name;
  std::ifstream in(dir + "/" + name + ".pair");
  if (!in) {
    error = name + ".pair: cannot open";
    return std::nullopt;
  }
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line);
    std::string tag;
    words >> tag;
    std::string rest;
    auto text_after = [&](size_t fields) {  // the text after `fields` space-separated fields
      size_t at = 0;
      for (size_t f = 0; f < fields; ++f) {
        at = line.find(' ', at);
        if (at == std::string::npos) return std::string();
        ++at;
      }
      return line.substr(at);
    };
    if (tag == "base") {
      words >> pair.base;
    } else if (tag == "ops") {
      pair.ops = text_after(1);
    } else if (tag == "old") {
      size_t pos = 0;
      words >> pos;
      pair.old_texts.emplace_back(pos, text_after(2));
    } else if (tag == "=") {
      NewClause c;
      words >> c.source;
      pair.new_clauses.push_back(c);
    } else if (tag == "~") {
      NewClause c{'~', -1, "", ""};
      words >> c.source >> c.kind;
      c.text = text_after(3);
      pair.new_clauses.push_back(c);
    } else if (tag == "+") {
      NewClause c{'+', -1, "", ""};
      words >> c.kind;
      c.text = text_after(2);
      pair.new_clauses.push_back(c);
    } else {
      error = name + ".pair:" + std::to_string(n) + ": unknown line";
      return std::nullopt;
    }
  }
  std::ifstream ex(dir + "/" + name + ".expected");
  if (!ex) {
    error = name + ".expected: cannot open";
    return std::nullopt;
  }
  for (int n = 1; std::getline(ex, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line);
    std::string word;
    words >> word;
    std::optional<Status> status = status_from(word);
    if (!status) {
      error = name + ".expected:" + std::to_string(n) + ": unknown status";
      return std::nullopt;
    }
    Operation op;
    op.status = *status;
    bool arrow = false;
    while (words >> word) {
      if (word == "->") {
        arrow = true;
      } else if (word == "technical") {
        op.technical = true;
      } else {
        (arrow ? op.new_clauses : op.old_clauses).push_back(std::stoul(word));
      }
    }
    pair.expected.push_back(std::move(op));
  }
  return pair;
}

/// The names (NNN) of the pairs in dir, sorted.
inline std::vector<std::string> pair_names(const std::string& dir) {
  std::vector<std::string> names;
  std::ifstream index(dir + "/INDEX");
  std::string line;
  while (std::getline(index, line))
    if (!line.empty() && line[0] != '#') names.push_back(line.substr(0, line.find(' ')));
  std::sort(names.begin(), names.end());
  return names;
}

/// Recomputes Clause::index per kind and the printed numbers of operative paragraphs (1, 2, …) and
/// their sub-paragraphs (the parent's new number, then the sub-paragraph's own labels).
inline void renumber(Document& doc) {
  std::map<ClauseKind, int> seen;
  int op = 0;
  bool numbered = std::any_of(doc.clauses.begin(), doc.clauses.end(), [](const Clause& c) {
    return c.kind == ClauseKind::Operative && !c.number.empty();
  });
  for (Clause& c : doc.clauses) {
    c.index = ++seen[c.kind];
    if (c.kind == ClauseKind::Operative) {
      ++op;
      c.number = numbered ? std::to_string(op) : "";
    } else if (c.kind == ClauseKind::Subparagraph) {
      size_t space = c.number.find(' ');
      std::string labels = space == std::string::npos ? " (x)" : c.number.substr(space);
      c.number = std::to_string(op) + labels;
    } else if (c.kind == ClauseKind::Preambular) {
      c.number.clear();
    }
  }
}

/// The old and new documents of a pair, from its base document.
inline std::pair<Document, Document> build(const Pair& pair, const Document& base) {
  Document old_doc = base;
  for (const auto& [pos, text] : pair.old_texts) old_doc.clauses.at(pos).text = text;
  Document new_doc = base;
  new_doc.clauses.clear();
  for (const NewClause& nc : pair.new_clauses) {
    Clause c;
    if (nc.how != '+') c = old_doc.clauses.at(static_cast<size_t>(nc.source));
    if (nc.how != '=') {
      c.kind = kind_from(nc.kind).value_or(ClauseKind::Paragraph);
      c.text = nc.text;
    }
    if (nc.how == '+') c.number = c.kind == ClauseKind::Subparagraph ? "0 (x)" : "";
    new_doc.clauses.push_back(std::move(c));
  }
  renumber(new_doc);
  return {std::move(old_doc), std::move(new_doc)};
}

/// Counts of one status: expected, reported, and both (true positives).
struct Tally {
  int expected = 0, reported = 0, correct = 0;
  double precision() const { return reported == 0 ? 1.0 : static_cast<double>(correct) / reported; }
  double recall() const { return expected == 0 ? 1.0 : static_cast<double>(correct) / expected; }
};

/// What went wrong in one pair, one line each (empty when it is right).
struct Score {
  std::map<Status, Tally> tallies;
  int technical_expected = 0, technical_correct = 0;
  std::vector<std::string> mistakes;
};

inline std::string describe(Status status, const std::vector<size_t>& olds, const std::vector<size_t>& news) {
  std::string s = status_name(status);  // appended piece by piece: " " + std::string trips GCC 12's -Wrestrict
  for (size_t i : olds) {
    s += ' ';
    s += std::to_string(i);
  }
  s += " ->";
  for (size_t j : news) {
    s += ' ';
    s += std::to_string(j);
  }
  return s;
}

/// Compares the report's entries with the expected operations.
inline Score score(const Report& report, const std::vector<Operation>& expected) {
  Score result;
  std::vector<bool> used(report.entries.size(), false);
  for (const Operation& op : expected) {
    ++result.tallies[op.status].expected;
    if (op.technical) ++result.technical_expected;
    bool found = false;
    for (size_t k = 0; k < report.entries.size(); ++k) {
      const Entry& e = report.entries[k];
      if (used[k] || e.status != op.status || e.old_clauses != op.old_clauses || e.new_clauses != op.new_clauses) continue;
      used[k] = true;
      found = true;
      ++result.tallies[op.status].correct;
      if (op.technical) {
        if (e.technical) {
          ++result.technical_correct;
        } else {
          result.mistakes.push_back("not technical: " + describe(op.status, op.old_clauses, op.new_clauses));
        }
      }
      break;
    }
    if (!found) result.mistakes.push_back("missed:   " + describe(op.status, op.old_clauses, op.new_clauses));
  }
  for (size_t k = 0; k < report.entries.size(); ++k) {
    const Entry& e = report.entries[k];
    ++result.tallies[e.status].reported;
    if (!used[k]) result.mistakes.push_back("reported: " + describe(e.status, e.old_clauses, e.new_clauses));
  }
  return result;
}

/// Adds one pair's score into a running total.
inline void add(Score& total, const Score& one) {
  for (const auto& [status, t] : one.tallies) {
    Tally& sum = total.tallies[status];
    sum.expected += t.expected;
    sum.reported += t.reported;
    sum.correct += t.correct;
  }
  total.technical_expected += one.technical_expected;
  total.technical_correct += one.technical_correct;
}

/// The per-status table: status, expected, reported, correct, precision, recall.
inline std::string table(const Score& total) {
  std::ostringstream out;
  char line[160];
  std::snprintf(line, sizeof line, "%-10s %9s %9s %8s %10s %8s\n", "operation", "expected", "reported", "correct",
                "precision", "recall");
  out << line;
  for (Status s : kStatuses) {
    Tally t = total.tallies.count(s) ? total.tallies.at(s) : Tally{};
    std::snprintf(line, sizeof line, "%-10s %9d %9d %8d %9.1f%% %7.1f%%\n", status_name(s), t.expected, t.reported,
                  t.correct, 100.0 * t.precision(), 100.0 * t.recall());
    out << line;
  }
  std::snprintf(line, sizeof line, "%-10s %9d %9s %8d %10s %7.1f%%\n", "technical", total.technical_expected, "-",
                total.technical_correct, "-",
                total.technical_expected ? 100.0 * total.technical_correct / total.technical_expected : 100.0);
  out << line;
  return out.str();
}

}  // namespace resdiff::eval
