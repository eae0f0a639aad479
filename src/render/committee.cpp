// The sentences of a committee report (see committee.hpp).
//
// Each entry of the report becomes one sentence about the paragraph by its old number, in the
// passive voice of the General Assembly's committee reports:
//
//   changed      In the fifth preambular paragraph, the word “resolution” was replaced by
//                “resolutions” and the words “and 2663 (2022) of 30 November 2022” were inserted
//                after “December 2016”.
//   inserted     A new operative paragraph was inserted after operative paragraph 3, reading: “…”,
//                and subsequent paragraphs were renumbered accordingly.
//   deleted      The eighth preambular paragraph was deleted.
//   moved        The fifth preambular paragraph was moved to follow the ninth preambular paragraph.
//   split        Operative paragraph 3 was split into two paragraphs, and in it the word
//                “destruction,” was replaced by “destruction;”; the new operative paragraph 4
//                begins “Also urges all Member States to take such measures for”.
//   merged       Operative paragraphs 5 and 6 were merged into one paragraph.
//
// Consecutive insertions after one paragraph, and consecutive deletions, make one sentence
// ("The eighth and ninth preambular paragraphs were deleted."). The first insertion, deletion,
// move or regrouping of numbered paragraphs after which a paragraph carries another number adds
// "and subsequent paragraphs were renumbered accordingly".
//
// A split's edits are cut where its new paragraphs begin: the first paragraph's edits are "in it",
// each new paragraph is named by its new number and quoted by the words it begins with (those
// inserted there, else its first words), then its own edits.
//
// A word edit quotes what it changed. A lone word that occurs more than once in the paragraph
// takes the words before it until the quotation is found once ("the words “Council resolution”
// were replaced by …"); an edit glued to a word takes that word in ("consensus, of amendments"
// rather than ", of amendments"); an insertion is placed after the shortest run of the words
// before it that occurs once in the old paragraph ("after “December 2016”"), or before the
// words after it when it opens the paragraph.
//
// Document details (symbol, session, dates, report, closing) and footnotes are sentences too,
// after the clauses of their group: "In the footnote to the sixteenth preambular paragraph,
// “A/76/189.” was replaced by “A/80/164.”".
#include "render/committee.hpp"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "names.hpp"
#include "render/tally.hpp"
#include "resdiff/diff.hpp"
#include "resdiff/language.hpp"

namespace resdiff::render_committee {

namespace {


constexpr int kMostContextWords = 6;  // words of context a quotation may take to be found once

Sentence words_of(std::string s) { return {{std::move(s), false}}; }
Sentence quoted(std::string s) { return {{std::move(s), true}}; }

// pattern with each "{}" replaced by the next hole, in order.
Sentence fill(std::string_view pattern, std::initializer_list<Sentence> holes) {
  Sentence out;
  auto hole = holes.begin();
  size_t from = 0;
  for (size_t at = pattern.find("{}"); at != std::string_view::npos; at = pattern.find("{}", from)) {
    if (at > from) out.push_back({std::string(pattern.substr(from, at - from)), false});
    if (hole != holes.end()) {
      out.insert(out.end(), hole->begin(), hole->end());
      ++hole;
    }
    from = at + 2;
  }
  if (from < pattern.size()) out.push_back({std::string(pattern.substr(from)), false});
  return out;
}

// The sentence with a capital first letter (when it opens with the report's own words): "the",
// "à l'alinéa", "пятый пункт".
Sentence capitalised(Sentence s) {
  for (Phrase& p : s) {
    if (p.text.empty()) continue;
    if (!p.quoted) p.text = lang::capitalised(p.text);
    break;
  }
  return s;
}

// "a", "a and b", "a, b and c".
Sentence listed(const std::vector<Sentence>& items, const ReportWords& w) {
  Sentence out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out.push_back({std::string(i + 1 == items.size() ? w.list_and : w.list_comma), false});
    out.insert(out.end(), items[i].begin(), items[i].end());
  }
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }
bool is_word_char(char c) {
  auto u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u >= 0x80;
}

// True when the byte at i belongs to a letter or digit: any byte of a character outside ASCII
// counts unless that character is punctuation or a space (the Arabic comma "،", "；").
bool letter_at(std::string_view text, size_t i) {
  auto u = static_cast<unsigned char>(text[i]);
  if (u < 0x80) return is_word_char(text[i]);
  size_t start = i;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  int32_t at = static_cast<int32_t>(start);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), at, static_cast<int32_t>(text.size()), c);
  return c >= 0 && !u_ispunct(c) && !u_isUWhiteSpace(c);
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// How a paragraph's text is cut into words for quotations. Where words are spaced, a word is
// what stands between spaces and a quotation is found as whole words; where they are not
// (Chinese), a word is an ICU word token ("遭到", "破坏") and a quotation is found anywhere, so
// that an insertion is placed "after “遭到”" rather than after the whole clause before it.
class Cutter {
 public:
  explicit Cutter(bool spaced) {
    if (!spaced) tokenizer_.emplace();
  }

  bool spaced() const { return !tokenizer_; }

  // How often phrase stands in text (as whole words where words are spaced).
  int occurrences(std::string_view text, std::string_view phrase) const {
    if (phrase.empty()) return 0;
    int n = 0;
    for (size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
      bool starts = at == 0 || !letter_at(text, at - 1) || !letter_at(phrase, 0);
      size_t end = at + phrase.size();
      bool ends = end == text.size() || !letter_at(text, end) || !letter_at(phrase, phrase.size() - 1);
      if ((starts && ends) || tokenizer_) ++n;
    }
    return n;
  }

  int word_count(std::string_view phrase) const {
    if (tokenizer_) return static_cast<int>(word_ends(phrase).size());
    int n = 0;
    bool in_word = false;
    for (char c : phrase) {
      if (!is_space(c) && !in_word) ++n;
      in_word = !is_space(c);
    }
    return n;
  }

  // The last k words of text (with what follows them), or all of it when it has fewer.
  std::string_view last_words(std::string_view text, int k) const {
    if (tokenizer_) {
      std::vector<std::pair<size_t, size_t>> words = word_ends(text);
      if (k <= 0) return text.substr(words.empty() ? 0 : words.back().second);
      size_t i = words.size() > static_cast<size_t>(k) ? words.size() - static_cast<size_t>(k) : 0;
      return text.substr(words.empty() ? 0 : words[i].first);
    }
    size_t at = text.size();
    while (at > 0 && is_space(text[at - 1])) --at;
    for (int i = 0; i < k && at > 0; ++i) {
      while (at > 0 && !is_space(text[at - 1])) --at;
      if (i + 1 < k)
        while (at > 0 && is_space(text[at - 1])) --at;
    }
    return text.substr(at);
  }

  // The first k words of text (with what precedes them).
  std::string_view first_words(std::string_view text, int k) const {
    if (tokenizer_) {
      std::vector<std::pair<size_t, size_t>> words = word_ends(text);
      if (words.empty()) return text;
      if (k <= 0) return text.substr(0, words.front().first);
      return text.substr(0, words[std::min(words.size(), static_cast<size_t>(k)) - 1].second);
    }
    size_t at = 0;
    while (at < text.size() && is_space(text[at])) ++at;
    for (int i = 0; i < k && at < text.size(); ++i) {
      while (at < text.size() && !is_space(text[at])) ++at;
      if (i + 1 < k)
        while (at < text.size() && is_space(text[at])) ++at;
    }
    return text.substr(0, at);
  }

 private:
  std::optional<Tokenizer> tokenizer_;  // only for unspaced text

  // Where each token that is not white space begins and ends in text.
  std::vector<std::pair<size_t, size_t>> word_ends(std::string_view text) const {
    std::vector<std::pair<size_t, size_t>> out;
    size_t at = 0;
    for (const std::string& token : tokenizer_->tokenize(text)) {
      if (!trimmed(token).empty()) out.emplace_back(at, at + token.size());
      at += token.size();
    }
    return out;
  }
};

// One change inside a paragraph: the edited stretch on each side, and the equal text around it
// (the same on both sides), as byte offsets into the old and new texts.
struct Change {
  size_t old_begin = 0, old_end = 0, new_begin = 0, new_end = 0;
  size_t before_old = 0;  // where the equal text before the change starts (old side)
  size_t after_old = 0;   // where the equal text after the change ends (old side)
  bool technical = true;
};

// The changes of an edit script; white space alone between two edits does not part them.
std::vector<Change> changes_of(const std::vector<Edit>& edits) {
  std::vector<Change> out;
  size_t pos_old = 0, pos_new = 0, equal_start = 0;
  bool open = false;
  for (size_t i = 0; i < edits.size(); ++i) {
    const Edit& e = edits[i];
    size_t n = e.text.size();
    if (e.op == Edit::Op::Equal) {
      bool bridge = open && trimmed(e.text).empty() && i + 1 < edits.size() && edits[i + 1].op != Edit::Op::Equal;
      if (bridge) {
        out.back().old_end += n;
        out.back().new_end += n;
      } else {
        if (open) out.back().after_old = pos_old + n;
        open = false;
        equal_start = pos_old;
      }
      pos_old += n;
      pos_new += n;
      continue;
    }
    if (!open) {
      out.push_back(Change{pos_old, pos_old, pos_new, pos_new, equal_start, pos_old, true});
      open = true;
    }
    if (e.op == Edit::Op::Delete) {
      out.back().old_end += n;
      pos_old += n;
    } else {
      out.back().new_end += n;
      pos_new += n;
    }
    if (!e.technical) out.back().technical = false;
  }
  if (open) out.back().after_old = out.back().old_end;
  return out;
}

class Writer {
 public:
  Writer(const Report& report, const ReportWords& words)
      : r_(report), w_(words), cut_(lang::of(report.new_doc.meta.language).spaced) {}

  Sentences run() {
    Sentences out;
    for (size_t i = 0; i < r_.entries.size();) {
      size_t next = i + 1;
      Item item = entry_item(i, next);
      if (!item.sentence.empty()) (item.technical ? out.technical : out.substantive).push_back(std::move(item));
      i = next;
    }
    for (const MetadataRow& row : r_.metadata) {
      Item item{{}, row.technical, metadata_sentence(row), std::nullopt};
      // a footnote's sentence is about the clause that cites it
      if (row.field == "footnote") item.cited_in = citing_entry(row.new_value ? row.new_value : row.old_value, row.new_value.has_value());
      (item.technical ? out.technical : out.substantive).push_back(std::move(item));
    }
    return out;
  }

 private:
  const Report& r_;
  const ReportWords& w_;
  Cutter cut_;
  bool renumbering_said_[5] = {};  // per kind family: "subsequent paragraphs were renumbered" said

  static size_t kind_index(ClauseKind kind) { return static_cast<size_t>(kind); }
  // Operative paragraphs and their sub-paragraphs are one family: they number one another.
  static size_t family(ClauseKind kind) {
    return kind == ClauseKind::Subparagraph ? kind_index(ClauseKind::Operative) : kind_index(kind);
  }

  // The ordinal words or the number that name c in role.
  std::string number_of(const Clause& c, NameRole role) const {
    if (w_.by_ordinal[kind_index(c.kind)]) return w_.ordinal_as != nullptr ? w_.ordinal_as(c.index, role) : w_.ordinal(c.index);
    return c.number.empty() ? std::to_string(c.index) : unspaced(c.number);
  }

  // A number path as the text writes it: "1 (b) (二)" is "1(b)(二)" where words are not spaced.
  std::string unspaced(std::string path) const {
    if (!cut_.spaced()) std::erase(path, ' ');
    return path;
  }

  // The name pattern of a kind in a role: the role's own, else the Subject one.
  std::string_view pattern(bool many, ClauseKind kind, NameRole role) const {
    size_t k = kind_index(kind);
    if (role != NameRole::Subject) {
      std::string_view own = (many ? w_.many_as : w_.one_as)[static_cast<size_t>(role) - 1][k];
      if (!own.empty()) return own;
    }
    return (many ? w_.many : w_.one)[k];
  }

  static int holes(std::string_view pattern) {
    int n = 0;
    for (size_t at = pattern.find("{}"); at != std::string_view::npos; at = pattern.find("{}", at + 2)) ++n;
    return n;
  }

  // A sub-paragraph's path cut into its paragraph and its own label as the table writes it:
  // "3 (b)" → "3" and "b)" (label "{})"); false when the path has no label at its end.
  bool cut_path(const Clause& c, std::string& paragraph, std::string& label) const {
    size_t open = c.number.rfind(" (");
    if (open == std::string::npos || c.number.size() < open + 4 || c.number.back() != ')') return false;
    paragraph = unspaced(c.number.substr(0, open));
    label = lang::format(w_.label, {std::string_view(c.number).substr(open + 2, c.number.size() - open - 3)});
    return true;
  }

  // A sub-paragraph pattern's two holes filled with its label(s) and its paragraph's number, in
  // the table's order.
  Sentence two_holes(std::string_view p, Sentence labels, const std::string& paragraph) const {
    return w_.paragraph_then_label ? fill(p, {words_of(paragraph), std::move(labels)}) : fill(p, {std::move(labels), words_of(paragraph)});
  }

  Sentence name(const Clause& c, NameRole role = NameRole::Subject) const {
    std::string_view p = pattern(false, c.kind, role);
    std::string paragraph, label;
    if (holes(p) == 2 && cut_path(c, paragraph, label)) return two_holes(p, words_of(label), paragraph);
    return fill(p, {words_of(number_of(c, role))});
  }

  // "the eighth and ninth preambular paragraphs", "operative paragraphs 3 and 4".
  Sentence names(const Document& doc, const std::vector<size_t>& positions, NameRole role = NameRole::Subject) const {
    std::vector<const Clause*> clauses;
    for (size_t p : positions) {
      if (p < doc.clauses.size()) clauses.push_back(&doc.clauses[p]);
    }
    if (clauses.empty()) return {};
    if (clauses.size() == 1) return name(*clauses.front(), role);
    bool one_kind = std::all_of(clauses.begin(), clauses.end(), [&](const Clause* c) { return c->kind == clauses.front()->kind; });
    std::vector<Sentence> items;
    std::string_view many = pattern(true, clauses.front()->kind, role);
    if (one_kind && holes(many) == 2) {
      // sub-paragraphs of one paragraph: "les alinéas b) et c) du paragraphe 3 du dispositif"
      std::string first_paragraph, paragraph, label;
      for (const Clause* c : clauses) {
        if (!cut_path(*c, paragraph, label) || (!first_paragraph.empty() && paragraph != first_paragraph)) {
          one_kind = false;
          break;
        }
        first_paragraph = paragraph;
        items.push_back(words_of(label));
      }
      if (one_kind) return two_holes(many, listed(items, w_), first_paragraph);
      items.clear();
    }
    if (!one_kind) {
      for (const Clause* c : clauses) items.push_back(name(*c, role));
      return listed(items, w_);
    }
    for (const Clause* c : clauses) items.push_back(words_of(number_of(*c, role)));
    return fill(many, {listed(items, w_)});
  }

  // The old clause nearest before entry i (in the report's order) of the same family (a deleted
  // one only when of the same kind), or the nearest after it when there is none before; nullptr
  // when the family has no old clause.
  const Clause* anchor(size_t i, ClauseKind kind, bool& before) const {
    for (size_t k = i; k-- > 0;) {
      const Entry& e = r_.entries[k];
      for (auto it = e.old_clauses.rbegin(); it != e.old_clauses.rend(); ++it) {
        const Clause& c = r_.old_doc.clauses[*it];
        // a new sub-paragraph is no sequel to a deleted paragraph: it follows its paragraph's items
        if (e.status == Status::Deleted && c.kind != kind) continue;
        if (family(c.kind) == family(kind)) {
          before = false;
          return &c;
        }
      }
    }
    for (size_t k = i + 1; k < r_.entries.size(); ++k) {
      for (size_t o : r_.entries[k].old_clauses) {
        const Clause& c = r_.old_doc.clauses[o];
        if (family(c.kind) == family(kind)) {
          before = true;
          return &c;
        }
      }
    }
    return nullptr;
  }

  // True when some paragraph of the family after entry i carries another number than before.
  bool renumbered_after(size_t i, ClauseKind kind) const {
    for (size_t k = i + 1; k < r_.entries.size(); ++k) {
      const Entry& e = r_.entries[k];
      if (e.old_clauses.size() != 1 || e.new_clauses.size() != 1) continue;
      const Clause& o = r_.old_doc.clauses[e.old_clauses[0]];
      const Clause& n = r_.new_doc.clauses[e.new_clauses[0]];
      if (family(o.kind) != family(kind) || family(n.kind) != family(kind) || o.number.empty() || n.number.empty()) continue;
      if (o.number != n.number) return true;
    }
    return false;
  }

  // s, and "subsequent paragraphs were renumbered accordingly" when entry i (a structural change)
  // is the first of its family after which the numbers move.
  Sentence with_renumbering(Sentence s, size_t i, ClauseKind kind) {
    size_t f = family(kind);
    if (w_.by_ordinal[f] || renumbering_said_[f] || !renumbered_after(i, kind)) return s;
    renumbering_said_[f] = true;
    return fill(w_.renumbered, {s});
  }

  // One item for entry i, which may take in the entries after it up to `next` (consecutive
  // insertions after one paragraph, consecutive deletions).
  Item entry_item(size_t i, size_t& next) {
    const Entry& e = r_.entries[i];
    Item item;
    item.entries = {i};
    item.technical = e.technical;
    Sentence s;
    switch (e.status) {
      case Status::Unchanged:
        return item;
      case Status::Changed: {
        Sentence edits = edits_sentence(e);
        if (edits.empty()) return item;
        s = fill(w_.in_clause, {names(r_.old_doc, e.old_clauses, NameRole::In), edits});
        break;
      }
      case Status::Inserted: s = inserted(i, next, item); break;
      case Status::Deleted: s = deleted(i, next, item); break;
      case Status::Moved: {
        const Clause& c = r_.new_doc.clauses[e.new_clauses.front()];
        bool before = false;
        const Clause* a = anchor(i, c.kind, before);
        Sentence old_name = names(r_.old_doc, e.old_clauses);
        s = a == nullptr ? old_name
                         : fill(before ? w_.moved_before : w_.moved_after,
                                {old_name, name(*a, before ? NameRole::Before : NameRole::After)});
        s = with_edits(std::move(s), e);
        s = with_renumbering(std::move(s), i, c.kind);
        break;
      }
      case Status::Split:
        s = fill(w_.split, {names(r_.old_doc, e.old_clauses), words_of(w_.cardinal(static_cast<int>(e.new_clauses.size())))});
        s = with_renumbering(split_parts(std::move(s), e), i, e.kind);
        break;
      case Status::Merged:
        s = fill(w_.merged, {names(r_.old_doc, e.old_clauses)});
        s = with_renumbering(with_edits(std::move(s), e), i, e.kind);
        break;
    }
    item.sentence = capitalised(fill(w_.sentence, {s}));
    return item;
  }

  Sentence with_edits(Sentence s, const Entry& e) const {
    Sentence edits = edits_sentence(e);
    return edits.empty() ? s : fill(w_.and_edits, {s, edits});
  }

  // A new paragraph by its new number: "the new operative paragraph 4".
  Sentence new_name(const Clause& c) const {
    std::string_view p = w_.one_new[kind_index(c.kind)];
    if (p.empty()) return name(c);
    std::string paragraph, label;
    if (holes(p) == 2 && cut_path(c, paragraph, label)) return two_holes(p, words_of(label), paragraph);
    return fill(p, {words_of(number_of(c, NameRole::Subject))});
  }

  // A split's sentence s, then its edits cut where the new paragraphs begin (see the top).
  Sentence split_parts(Sentence s, const Entry& e) const {
    std::vector<size_t> starts;  // where each new paragraph begins in the joined new text
    size_t at = 0;
    for (size_t n : e.new_clauses) {
      starts.push_back(at);
      at += r_.new_doc.clauses[n].text.size() + 1;
    }
    std::vector<std::vector<Edit>> parts = cut_at(e.edits, starts);
    if (parts.size() != e.new_clauses.size() || reconstruct(e.edits, true) != joined(r_.old_doc, e.old_clauses) ||
        reconstruct(e.edits, false) != joined(r_.new_doc, e.new_clauses))
      return with_edits(std::move(s), e);
    Sentence first = edits_sentence(parts[0], e.technical);
    if (!first.empty()) s = fill(w_.and_edits, {s, first});
    for (size_t k = 1; k < parts.size(); ++k) {
      // the words inserted where the paragraph begins, else its first words
      std::vector<Edit> rest = parts[k];
      std::string opening;
      size_t lead = 0;
      for (; lead < rest.size() && rest[lead].op != Edit::Op::Equal; ++lead) {
        if (rest[lead].op == Edit::Op::Insert) opening += rest[lead].text;
      }
      std::vector<Edit> kept;
      for (size_t j = 0; j < rest.size(); ++j) {
        if (j >= lead || rest[j].op != Edit::Op::Insert) kept.push_back(rest[j]);
      }
      rest = std::move(kept);
      std::string_view words = trimmed(opening);
      if (words.empty()) words = trimmed(cut_.first_words(r_.new_doc.clauses[e.new_clauses[k]].text, kMostContextWords));
      Sentence part = fill(w_.split_begins, {new_name(r_.new_doc.clauses[e.new_clauses[k]]), quoted(std::string(words))});
      Sentence edits = edits_sentence(rest, e.technical);
      if (!edits.empty()) part = fill(w_.and_edits, {part, edits});
      s = fill(w_.split_then, {s, part});
    }
    return s;
  }

  // The edits cut where each of starts begins on the new side; the one-space separator before
  // each start (how joined() joins clauses) belongs to no part. A deletion goes with the text
  // before it.
  static std::vector<std::vector<Edit>> cut_at(const std::vector<Edit>& edits, const std::vector<size_t>& starts) {
    std::vector<std::vector<Edit>> parts(1);
    size_t pos = 0;  // on the new side
    size_t next = 1;
    auto add = [&](Edit::Op op, std::string text, bool technical) {
      if (text.empty()) return;
      if (!parts.back().empty() && parts.back().back().op == op && parts.back().back().technical == technical)
        parts.back().back().text += text;
      else
        parts.back().push_back(Edit{op, std::move(text), technical});
    };
    for (const Edit& e : edits) {
      if (e.op == Edit::Op::Delete) {
        add(e.op, e.text, e.technical);
        continue;
      }
      std::string_view text = e.text;
      while (!text.empty()) {
        if (next < starts.size() && pos + text.size() >= starts[next]) {
          // up to the separator, then past it to the next part
          size_t before = starts[next] - 1 - pos;
          if (before > text.size()) before = text.size();
          add(e.op, std::string(text.substr(0, before)), e.technical);
          text.remove_prefix(before);
          pos += before;
          if (pos == starts[next] - 1 && !text.empty()) {
            text.remove_prefix(1);  // the separator
            ++pos;
            parts.emplace_back();
            ++next;
          }
          continue;
        }
        add(e.op, std::string(text), e.technical);
        pos += text.size();
        text = {};
      }
    }
    return parts;
  }

  Sentence inserted(size_t i, size_t& next, Item& item) {
    const Entry& e = r_.entries[i];
    const Clause& first = r_.new_doc.clauses[e.new_clauses.front()];
    bool before = false;
    const Clause* a = anchor(i, first.kind, before);
    std::vector<Sentence> texts = {quoted(joined(r_.new_doc, e.new_clauses))};
    // the insertions right after it, of the same kind, go with it
    while (next < r_.entries.size() && r_.entries[next].status == Status::Inserted && r_.entries[next].kind == e.kind &&
           r_.entries[next].new_clauses.size() == 1) {
      texts.push_back(quoted(joined(r_.new_doc, r_.entries[next].new_clauses)));
      item.entries.push_back(next++);
    }
    size_t k = kind_index(first.kind);
    Sentence reading = listed(texts, w_);
    Sentence s;
    if (texts.size() == 1) {
      Sentence noun = words_of(std::string(w_.noun[k]));
      s = a == nullptr ? fill(w_.inserted, {noun, reading})
                       : fill(before ? w_.inserted_before : w_.inserted_after,
                              {noun, name(*a, before ? NameRole::Before : NameRole::After), reading});
    } else {
      Sentence count = words_of(w_.cardinal(static_cast<int>(texts.size())));
      Sentence noun = words_of(std::string(w_.nouns[k]));
      s = a == nullptr ? fill(w_.inserted_many, {count, noun, reading})
                       : fill(before ? w_.inserted_before_many : w_.inserted_after_many,
                              {count, noun, name(*a, before ? NameRole::Before : NameRole::After), reading});
    }
    return with_renumbering(std::move(s), next - 1, first.kind);
  }

  Sentence deleted(size_t i, size_t& next, Item& item) {
    const Entry& e = r_.entries[i];
    std::vector<size_t> olds = e.old_clauses;
    ClauseKind kind = r_.old_doc.clauses[olds.front()].kind;
    while (next < r_.entries.size() && r_.entries[next].status == Status::Deleted && r_.entries[next].old_clauses.size() == 1 &&
           r_.old_doc.clauses[r_.entries[next].old_clauses[0]].kind == kind) {
      olds.push_back(r_.entries[next].old_clauses[0]);
      item.entries.push_back(next++);
    }
    Sentence s = fill(olds.size() == 1 ? w_.deleted : w_.deleted_many, {names(r_.old_doc, olds)});
    return with_renumbering(std::move(s), next - 1, kind);
  }

  static std::string joined(const Document& doc, const std::vector<size_t>& positions) {
    std::string out;
    for (size_t p : positions) {
      if (p < doc.clauses.size()) out += (out.empty() ? "" : " ") + doc.clauses[p].text;
    }
    return out;
  }

  // The word edits of an entry, listed: "the word “a” was replaced by “b” and …".
  Sentence edits_sentence(const Entry& e) const {
    std::string old_text = joined(r_.old_doc, e.old_clauses), new_text = joined(r_.new_doc, e.new_clauses);
    if (reconstruct(e.edits, true) != old_text || reconstruct(e.edits, false) != new_text) return {};
    return edits_sentence(e.edits, e.technical);
  }

  // The word edits of one text (old and new as the edits make them); a technical edit is marked
  // so unless the whole entry is technical.
  Sentence edits_sentence(const std::vector<Edit>& edits, bool technical_entry) const {
    std::string old_text = reconstruct(edits, true), new_text = reconstruct(edits, false);
    std::vector<Sentence> parts;
    for (const Change& c : changes_of(edits)) {
      Sentence part = describe(c, old_text, new_text);
      if (part.empty()) continue;
      if (c.technical && !technical_entry) part = fill(w_.technical_mark, {part});
      parts.push_back(std::move(part));
    }
    return listed(parts, w_);
  }

  Sentence describe(Change c, std::string_view old_text, std::string_view new_text) const {
    // An edit glued to a word takes that word in, on both sides (the equal text is common);
    // where words are not spaced every edit touches letters, and the diff's tokens are words.
    bool has_old = c.old_end > c.old_begin, has_new = c.new_end > c.new_begin;
    bool glued_left = cut_.spaced() && c.old_begin > c.before_old && letter_at(old_text, c.old_begin - 1) &&
                      ((has_old && !is_space(old_text[c.old_begin])) || (has_new && !is_space(new_text[c.new_begin])));
    while (glued_left && c.old_begin > c.before_old && letter_at(old_text, c.old_begin - 1)) {
      --c.old_begin;
      --c.new_begin;
    }
    bool glued_right = cut_.spaced() && c.old_end < c.after_old && letter_at(old_text, c.old_end) &&
                       ((has_old && !is_space(old_text[c.old_end - 1])) || (has_new && !is_space(new_text[c.new_end - 1])));
    while (glued_right && c.old_end < c.after_old && letter_at(old_text, c.old_end)) {
      ++c.old_end;
      ++c.new_end;
    }
    std::string_view left = old_text.substr(c.before_old, c.old_begin - c.before_old);
    std::string_view right = old_text.substr(c.old_end, c.after_old - c.old_end);
    std::string_view del = trimmed(old_text.substr(c.old_begin, c.old_end - c.old_begin));
    std::string_view ins = trimmed(new_text.substr(c.new_begin, c.new_end - c.new_begin));
    std::string_view gap_old = old_text.substr(c.old_begin, c.old_end - c.old_begin);
    std::string_view gap_new = new_text.substr(c.new_begin, c.new_end - c.new_begin);
    if (del.empty() && ins.empty()) return {};  // white space only

    if (!del.empty() && !ins.empty()) {
      // the words before (then after) it join both quotations until the old one is found once
      std::string old_phrase(gap_old), new_phrase(gap_new);
      int before_words = 0, after_words = 0;
      while (cut_.occurrences(old_text, trimmed(old_phrase)) != 1 && before_words < kMostContextWords &&
             cut_.last_words(left, before_words + 1).size() > cut_.last_words(left, before_words).size()) {
        ++before_words;
        std::string_view context = cut_.last_words(left, before_words);
        old_phrase = std::string(context) + std::string(gap_old);
        new_phrase = std::string(context) + std::string(gap_new);
      }
      std::string prefix = std::string(cut_.last_words(left, before_words));
      while (cut_.occurrences(old_text, trimmed(old_phrase)) != 1 && after_words < kMostContextWords &&
             cut_.first_words(right, after_words + 1).size() > cut_.first_words(right, after_words).size()) {
        ++after_words;
        std::string_view context = cut_.first_words(right, after_words);
        old_phrase = prefix + std::string(gap_old) + std::string(context);
        new_phrase = prefix + std::string(gap_new) + std::string(context);
      }
      std::string_view o = trimmed(old_phrase), n = trimmed(new_phrase);
      return fill(cut_.word_count(o) == 1 ? w_.word_replaced : w_.words_replaced, {quoted(std::string(o)), quoted(std::string(n))});
    }
    if (!ins.empty()) {
      bool one = cut_.word_count(ins) == 1;
      if (!trimmed(left).empty()) {
        std::string_view a = shortest_found(old_text, left, true);
        return fill(one ? w_.word_inserted_after : w_.words_inserted_after, {quoted(std::string(ins)), quoted(std::string(a))});
      }
      if (!trimmed(right).empty()) {
        std::string_view a = shortest_found(old_text, right, false);
        return fill(one ? w_.word_inserted_before : w_.words_inserted_before, {quoted(std::string(ins)), quoted(std::string(a))});
      }
      return fill(one ? w_.word_inserted_after : w_.words_inserted_after, {quoted(std::string(ins)), {}});
    }
    bool one = cut_.word_count(del) == 1;
    if (cut_.occurrences(old_text, del) == 1 || trimmed(left).empty()) {
      return fill(one ? w_.word_deleted : w_.words_deleted, {quoted(std::string(del))});
    }
    // not found once: "following" the shortest run of words before it that makes it so
    for (int k = 1; k <= kMostContextWords; ++k) {
      std::string_view context = cut_.last_words(left, k);
      std::string candidate = std::string(context) + std::string(gap_old);
      if (cut_.occurrences(old_text, trimmed(candidate)) == 1 || context.size() == left.size()) {
        return fill(one ? w_.word_deleted_after : w_.words_deleted_after,
                    {quoted(std::string(del)), quoted(std::string(trimmed(context)))});
      }
    }
    return fill(one ? w_.word_deleted_after : w_.words_deleted_after,
                {quoted(std::string(del)), quoted(std::string(trimmed(cut_.last_words(left, kMostContextWords))))});
  }

  // The shortest run of words at the end (from_end) or start of side that occurs once in text.
  std::string_view shortest_found(std::string_view text, std::string_view side, bool from_end) const {
    std::string_view best;
    for (int k = 1; k <= kMostContextWords; ++k) {
      std::string_view words = trimmed(from_end ? cut_.last_words(side, k) : cut_.first_words(side, k));
      if (words.size() == best.size()) break;  // no more words
      best = words;
      if (cut_.occurrences(text, best) == 1) break;
    }
    return best;
  }

  // The position of the clause citing a footnote text (in the new document when in_new).
  std::optional<size_t> cited_by(const std::optional<std::string>& note, bool in_new) const {
    if (!note) return std::nullopt;
    const Document& doc = in_new ? r_.new_doc : r_.old_doc;
    for (size_t p = 0; p < doc.clauses.size(); ++p) {
      const auto& notes = doc.clauses[p].footnotes;
      if (std::find(notes.begin(), notes.end(), *note) != notes.end()) return p;
    }
    return std::nullopt;
  }

  // The report entry holding clause p of the new (in_new) or old document.
  std::optional<size_t> entry_of(size_t p, bool in_new) const {
    for (size_t k = 0; k < r_.entries.size(); ++k) {
      const std::vector<size_t>& side = in_new ? r_.entries[k].new_clauses : r_.entries[k].old_clauses;
      if (std::find(side.begin(), side.end(), p) != side.end()) return k;
    }
    return std::nullopt;
  }

  // The report entry of the paragraph citing a footnote text: what its sentence links to.
  std::optional<size_t> citing_entry(const std::optional<std::string>& note, bool in_new) const {
    std::optional<size_t> p = cited_by(note, in_new);
    return p ? entry_of(*p, in_new) : std::nullopt;
  }

  // The name of the paragraph citing a footnote text, by its old number when it has one.
  Sentence citing(const std::optional<std::string>& note, bool in_new) const {
    std::optional<size_t> p = cited_by(note, in_new);
    if (!p) return {};
    if (!in_new) return name(r_.old_doc.clauses[*p], NameRole::Of);
    std::optional<size_t> k = entry_of(*p, true);
    if (k && !r_.entries[*k].old_clauses.empty()) return names(r_.old_doc, r_.entries[*k].old_clauses, NameRole::Of);
    return name(r_.new_doc.clauses[*p], NameRole::Of);
  }

  Sentence metadata_sentence(const MetadataRow& row) const {
    Sentence s;
    if (row.field == "footnote") {
      Sentence where = citing(row.new_value ? row.new_value : row.old_value, row.new_value.has_value());
      if (!row.old_value) {
        s = where.empty() ? fill(w_.footnote_added_free, {quoted(*row.new_value)})
                          : fill(w_.footnote_added, {where, quoted(*row.new_value)});
      } else if (!row.new_value) {
        s = where.empty() ? fill(w_.footnote_removed_free, {quoted(*row.old_value)})
                          : fill(w_.footnote_removed, {where, quoted(*row.old_value)});
      } else {
        s = where.empty() ? fill(w_.footnote_replaced_free, {quoted(*row.old_value), quoted(*row.new_value)})
                          : fill(w_.footnote_replaced, {where, quoted(*row.old_value), quoted(*row.new_value)});
      }
    } else {
      std::string field = row.field;
      for (char& ch : field) ch = ch == '_' ? ' ' : ch;
      field = "the " + field;
      for (const auto& [key, words] : w_.fields) {
        if (key == row.field) field = std::string(words);
      }
      if (!row.old_value) s = fill(w_.field_added, {words_of(field), quoted(row.new_value.value_or(""))});
      else if (!row.new_value) s = fill(w_.field_removed, {words_of(field), quoted(*row.old_value)});
      else s = fill(w_.field_replaced, {words_of(field), quoted(*row.old_value), quoted(*row.new_value)});
    }
    return capitalised(fill(w_.sentence, {s}));
  }
};

}  // namespace

const ReportWords& report_words(const Report& report) {
  const ReportWords* words = lang::of(report.new_doc.meta.language).report_words;
  return words != nullptr ? *words : *lang::english().report_words;
}

Sentences sentences(const Report& report, const ReportWords& words) { return Writer(report, words).run(); }

std::string described(const Document& doc, const ReportWords& words) {
  if (words.session_detail.empty()) return render_names::doc_described(doc);
  std::string detail;
  if (doc.meta.session) {
    int n = *doc.meta.session;
    detail = lang::format(words.session_detail, {words.ordinal_digits != nullptr ? words.ordinal_digits(n) : std::to_string(n)});
  }
  if (doc.meta.date)
    detail += (detail.empty() ? "" : std::string(words.detail_separator)) + lang::long_date(lang::of(doc.meta.language), *doc.meta.date);
  return render_names::doc_name(doc) + (detail.empty() ? "" : " (" + detail + ")");
}

std::string_view part_name(ClauseKind kind, const ReportWords& words) {
  std::string_view own = words.part_names[static_cast<size_t>(kind)];
  return own.empty() ? std::string_view(render_tally::part_name(kind)) : own;
}

std::string_view count_column(size_t i, const ReportWords& words) {
  return i < words.count_columns.size() ? words.count_columns[i] : std::string_view();
}

std::string plain(const Sentence& sentence, const ReportWords& words) {
  std::string out;
  for (const Phrase& p : sentence) {
    if (p.quoted) out += std::string(words.open_quote) + p.text + std::string(words.close_quote);
    else out += p.text;
  }
  return out;
}

std::string md(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '*' || c == '_' || c == '`' || c == '<' || c == '\\' || c == '[' || c == ']') out += '\\';
    out += c;
  }
  return out;
}

std::string markdown(const Sentence& sentence, const ReportWords& words) {
  std::string out;
  for (const Phrase& p : sentence) {
    out += p.quoted ? std::string(words.open_quote) + md(p.text) + std::string(words.close_quote) : md(p.text);
  }
  return out;
}

}  // namespace resdiff::render_committee
