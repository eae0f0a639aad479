// The committee change summary (`--format markdown` for a comparison): what a committee secretary
// pastes into a report. A title naming both documents by symbol; the substantive changes first,
// one sentence per clause built from its word edits ("Operative paragraph 2: “States parties”
// becomes “States Parties”."); then the technical updates grouped in one sentence; the metadata
// changes; the counts as a table.
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "names.hpp"
#include "resdiff/render.hpp"

namespace resdiff {

namespace {

using render_names::doc_detail;
using render_names::doc_name;

constexpr size_t kShortWord = 12;  // a lone edited word up to this many bytes gets a word of context

// Markdown-significant characters that occur in resolution texts get a backslash.
std::string md(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '*' || c == '_' || c == '`' || c == '<' || c == '\\' || c == '[' || c == ']') out += '\\';
    out += c;
  }
  return out;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\n");
  return s.substr(b, e - b + 1);
}

bool is_space_only(const std::string& s) { return trim(s).empty(); }

std::string quote(const std::string& text) { return "“" + md(trim(text)) + "”"; }

// "preambular paragraph 5", "operative paragraph 5 (a)", "annex paragraph 12", "paragraph 3".
std::string clause_name(const Clause& clause) {
  std::string number = clause.number.empty() ? std::to_string(clause.index) : clause.number;
  switch (clause.kind) {
    case ClauseKind::Preambular: return "preambular paragraph " + std::to_string(clause.index);
    case ClauseKind::Operative:
    case ClauseKind::Subparagraph: return "operative paragraph " + number;
    case ClauseKind::Annex: return "annex paragraph " + number;
    case ClauseKind::Paragraph: return "paragraph " + std::to_string(clause.index);
  }
  return "paragraph " + number;
}

// The plural noun and the number of a clause, for grouped lists: {"preambular paragraphs", "5"}.
std::pair<std::string, std::string> kind_and_number(const Clause& clause) {
  std::string name = clause_name(clause);
  size_t space = name.rfind("paragraph ");
  return {name.substr(0, space) + "paragraphs", name.substr(space + 10)};
}

std::string capitalized(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// "1", "1 and 16", "1, 3 and 16".
std::string and_list(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

std::string names_of(const Document& doc, const std::vector<size_t>& positions) {
  // "operative paragraph 5" or "operative paragraphs 5 and 6"
  std::vector<std::string> numbers;
  std::string kind;
  for (size_t p : positions) {
    if (p >= doc.clauses.size()) continue;
    auto [k, n] = kind_and_number(doc.clauses[p]);
    kind = k;
    numbers.push_back(n);
  }
  if (numbers.empty()) return "";
  if (numbers.size() == 1) return kind.substr(0, kind.size() - 1) + " " + numbers[0];
  return kind + " " + and_list(numbers);
}

std::string last_word(const std::string& text) {
  std::string t = trim(text);
  size_t space = t.find_last_of(' ');
  return space == std::string::npos ? t : t.substr(space + 1);
}

bool one_word(const std::string& text) { return trim(text).find(' ') == std::string::npos; }

// One change inside a clause: the words deleted and inserted together, and the equal text before.
struct Change {
  std::string before;  // the equal text before it
  std::string deleted, inserted;
  bool technical = true;
};

std::vector<Change> changes_of(const std::vector<Edit>& edits) {
  std::vector<Change> out;
  std::string before;
  bool open = false;
  for (size_t i = 0; i < edits.size(); ++i) {
    const Edit& e = edits[i];
    if (e.op == Edit::Op::Equal) {
      // white space alone between two edits does not separate them
      bool bridge = open && is_space_only(e.text) && i + 1 < edits.size() && edits[i + 1].op != Edit::Op::Equal;
      if (bridge) {
        out.back().deleted += e.text;
        out.back().inserted += e.text;
        continue;
      }
      open = false;
      before = e.text;
      continue;
    }
    if (!open) {
      out.push_back(Change{before, "", "", true});
      open = true;
    }
    (e.op == Edit::Op::Delete ? out.back().deleted : out.back().inserted) += e.text;
    if (!e.technical) out.back().technical = false;
  }
  return out;
}

std::string describe(const Change& c) {
  std::string del = trim(c.deleted), ins = trim(c.inserted);
  std::string context = last_word(c.before);
  bool short_word = (del.empty() || (one_word(del) && del.size() <= kShortWord)) &&
                    (ins.empty() || (one_word(ins) && ins.size() <= kShortWord));
  bool glued = !c.before.empty() && c.before.back() != ' ';  // an edit inside a word
  std::string out;
  // an edit that starts with punctuation right after a word ("consensus[-, of-]") quotes that word too
  bool punctuation = glued && !context.empty() && ((!del.empty() && std::ispunct(static_cast<unsigned char>(del[0]))) ||
                                                   (!ins.empty() && std::ispunct(static_cast<unsigned char>(ins[0]))));
  if (!del.empty() && !ins.empty()) {
    if (short_word && !context.empty() && !glued) out = quote(context + " " + del) + " becomes " + quote(context + " " + ins);
    else if (punctuation) out = quote(context + c.deleted) + " becomes " + quote(context + c.inserted);
    else out = quote(del) + " becomes " + quote(ins);
  } else if (!ins.empty()) {
    out = "inserted " + quote(ins);
    if (short_word && !context.empty()) out += " after " + quote(context);
  } else {
    out = "deleted " + quote(del);
    if (short_word && !context.empty()) out += " after " + quote(context);
  }
  return out;
}

class Summary {
 public:
  explicit Summary(const Report& report) : r_(report) {}

  std::string render() {
    o_ += "# Changes from " + md(doc_name(r_.old_doc)) + " to " + md(doc_name(r_.new_doc)) + "\n\n";
    const std::optional<std::string>& title = r_.new_doc.meta.title ? r_.new_doc.meta.title : r_.old_doc.meta.title;
    std::string line;
    if (title) {
      line += "*";
      line += md(*title);
      line += "*: ";
    }
    line += md(described(r_.old_doc)) + " compared with " + md(described(r_.new_doc)) + ".";
    o_ += line + "\n\n";
    if (!r_.has_differences()) {
      o_ += "No differences.\n\n";
    } else if (r_.technical_only) {
      o_ += "Technical updates only (sessions, dates, symbols): nothing substantive changed.\n\n";
    }
    substantive();
    technical();
    metadata();
    counts();
    while (o_.size() >= 2 && o_[o_.size() - 1] == '\n' && o_[o_.size() - 2] == '\n') o_.pop_back();
    return o_;
  }

 private:
  const Report& r_;
  std::string o_;

  static std::string described(const Document& doc) {
    std::string detail = doc_detail(doc);
    return doc_name(doc) + (detail.empty() ? "" : " (" + detail + ")");
  }

  std::string old_name(const Entry& e) const { return names_of(r_.old_doc, e.old_clauses); }
  std::string new_name(const Entry& e) const { return names_of(r_.new_doc, e.new_clauses); }

  static std::string text_of(const Document& doc, const std::vector<size_t>& positions) {
    std::string out;
    for (size_t p : positions) {
      if (p < doc.clauses.size()) out += (out.empty() ? "" : " ") + doc.clauses[p].text;
    }
    return out;
  }

  // The word changes of an entry as clauses of a sentence; technical ones only when asked.
  std::string edits_sentence(const Entry& e, bool with_technical) const {
    std::vector<std::string> parts;
    bool skipped_technical = false;
    for (const Change& c : changes_of(e.edits)) {
      if (c.technical && !with_technical) {
        skipped_technical = true;
        continue;
      }
      parts.push_back(describe(c) + (c.technical && !e.technical ? " (technical update)" : ""));
    }
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) out += (i ? "; " : "") + parts[i];
    if (skipped_technical) out += std::string(out.empty() ? "" : "; ") + "plus technical updates";
    return out;
  }

  std::string sentence(const Entry& e) const {
    std::string old_n = old_name(e), new_n = new_name(e);
    std::string words = edits_sentence(e, true);
    switch (e.status) {
      case Status::Inserted:
        return "New " + new_n + ": " + quote(text_of(r_.new_doc, e.new_clauses)) + ".";
      case Status::Deleted:
        return capitalized(old_n) + " of " + md(doc_name(r_.old_doc)) + " was deleted: " + quote(text_of(r_.old_doc, e.old_clauses)) + ".";
      case Status::Moved:
        return capitalized(old_n) + " moved to become " + new_n + (words.empty() ? "" : "; " + words) + ".";
      case Status::Split:
        return capitalized(old_n) + " was split into " + new_n + (words.empty() ? "" : "; " + words) + ".";
      case Status::Merged:
        return capitalized(old_n) + " were merged into " + new_n + (words.empty() ? "" : "; " + words) + ".";
      case Status::Changed:
      case Status::Unchanged: {
        std::string name = capitalized(new_n);
        if (old_n != new_n && !old_n.empty()) name = capitalized(old_n) + " (now " + new_n + ")";
        return name + ": " + (words.empty() ? "changed" : words) + ".";
      }
    }
    return "";
  }

  void substantive() {
    std::vector<std::string> items;
    for (const Entry& e : r_.entries) {
      if (e.status == Status::Unchanged || e.technical) continue;
      items.push_back(sentence(e));
    }
    if (items.empty()) return;
    o_ += "## Substantive changes\n\n";
    for (const std::string& item : items) o_ += "- " + item + "\n";
    o_ += "\n";
  }

  void technical() {
    // kind → numbers, in reading order of kinds
    std::vector<std::string> kinds;
    std::map<std::string, std::vector<std::string>> numbers;
    std::vector<std::string> regrouped;  // technical-only moves, splits, merges, described apart
    for (const Entry& e : r_.entries) {
      if (e.status == Status::Unchanged || !e.technical) continue;
      if (e.status != Status::Changed) {
        regrouped.push_back(sentence(e));
        continue;
      }
      const Document& doc = e.new_clauses.empty() ? r_.old_doc : r_.new_doc;
      const std::vector<size_t>& positions = e.new_clauses.empty() ? e.old_clauses : e.new_clauses;
      if (positions.empty() || positions.front() >= doc.clauses.size()) continue;
      auto [kind, number] = kind_and_number(doc.clauses[positions.front()]);
      if (numbers.find(kind) == numbers.end()) kinds.push_back(kind);
      numbers[kind].push_back(number);
    }
    if (kinds.empty() && regrouped.empty()) return;
    o_ += "## Technical updates\n\n";
    if (!kinds.empty()) {
      std::vector<std::string> groups;
      for (const std::string& kind : kinds) {
        const auto& list = numbers[kind];
        std::string noun = list.size() == 1 ? kind.substr(0, kind.size() - 1) : kind;
        groups.push_back(noun + " " + and_list(list));
      }
      std::string all;
      for (size_t i = 0; i < groups.size(); ++i) all += (i ? ", " : "") + groups[i];
      o_ += "Technical updates: " + all + " (session, dates, symbols).\n\n";
      for (const Entry& e : r_.entries) {
        if (e.status != Status::Changed || !e.technical) continue;
        o_ += "- " + capitalized(new_name(e)) + ": " + edits_sentence(e, true) + "\n";
      }
      o_ += "\n";
    }
    for (const std::string& item : regrouped) o_ += "- " + item + "\n";
    if (!regrouped.empty()) o_ += "\n";
  }

  void metadata() {
    if (r_.metadata.empty()) return;
    o_ += "## Document details\n\n";
    for (const MetadataRow& row : r_.metadata) {
      std::string field = row.field;
      for (char& c : field) c = c == '_' ? ' ' : c;
      std::string item;
      if (!row.old_value) item = capitalized(field) + " added: " + quote(*row.new_value);
      else if (!row.new_value) item = capitalized(field) + " removed: " + quote(*row.old_value);
      else item = capitalized(field) + ": " + quote(*row.old_value) + " becomes " + quote(*row.new_value);
      o_ += "- " + item + (row.technical ? " (technical update)" : "") + "\n";
    }
    o_ += "\n";
  }

  void counts() {
    o_ += "## Counts\n\n| Part | Unchanged | Changed | Moved | Inserted | Deleted | Split | Merged | Technical | Substantive |\n"
          "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n";
    auto row = [&](const std::string& name, const Counts& c, bool always) {
      std::array<int, 9> v = {c.unchanged, c.changed, c.moved, c.inserted, c.deleted, c.split, c.merged, c.technical, c.substantive};
      int sum = 0;
      for (int n : v) sum += n;
      if (!always && sum == 0) return;
      o_ += "| " + name;
      for (int n : v) o_ += " | " + std::to_string(n);
      o_ += " |\n";
    };
    bool resolution = r_.old_doc.is_resolution || r_.new_doc.is_resolution;
    auto label = [&](const char* name, ClauseKind kind) {
      return std::string(name) + " (" + std::to_string(r_.old_doc.count(kind)) + " → " + std::to_string(r_.new_doc.count(kind)) + ")";
    };
    row(label("Preamble", ClauseKind::Preambular), r_.preambular, resolution);
    row(label("Operative part", ClauseKind::Operative), r_.operative, resolution);
    row(resolution ? "Sub-paragraphs and annex" : "Paragraphs", r_.other, !resolution);
    o_ += "\n";
  }
};

}  // namespace

std::string render_markdown_summary(const Report& report) { return Summary(report).render(); }

}  // namespace resdiff
