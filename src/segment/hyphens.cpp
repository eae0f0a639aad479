// Hyphens an extraction left open: the space after a hyphen where it joined a PDF's lines
// ("decision- making", "coope-" and "ration" on two lines of a block), the space before a
// compound's hyphen ("high -level"), the space after the dash of a range of years ("2015– 2030").
//
// A broken word is closed into one word ("inter- national" -> "international") only when the
// document itself writes that word somewhere; otherwise the hyphen stays and only the space goes
// ("decision- making" -> "decision-making"). Which words the document writes is a set of its
// distinct words, A-Z folded to a-z (WordSet below), and it is built only when the first broken
// word asks: a document without one never pays for it. The set is the same as one built before
// any mending, since until a word is closed (which needs the set) the mending only removes white
// space beside a hyphen or dash, and that leaves every run of letters as it was.
//
// Worked example, body "an inter- national meeting" and a footnote "International Law":
//   "inter- national": "inter" ends in lower case, "national" starts so and keeps no space
//   (not "pre- and"): asks the set for "international", which the footnote writes -> closed
//   -> "an international meeting"; "high -level" -> "high-level" with no question asked.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "segment/bytes.hpp"
#include "segment/passes.hpp"

namespace resdiff::segmenter {
namespace {

/// A-Z or a-z.
bool ascii_letter(unsigned char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }

/// w with A-Z folded to a-z (every other byte as it is), appended to out.
void append_folded(std::string& out, std::string_view w) {
  const size_t from = out.size();
  out.append(w);
  for (size_t i = from; i < out.size(); ++i)
    if (out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] - 'A' + 'a');
}

/// The end of the run of letters starting at byte begin (begin itself when none starts there);
/// ASCII eight bytes at a time.
size_t letters_end(std::string_view s, size_t begin) {
  size_t e = begin;
  while (e < s.size()) {
    if (bytes::kLittleEndian && e + 8 <= s.size()) {
      const uint64_t others = ~bytes::letter_bytes(bytes::load8(s.data() + e)) & bytes::kHigh;
      if (others == 0) {
        e += 8;
        continue;
      }
      e += bytes::first_marked(others);  // the first byte that is no ASCII letter
    }
    const auto b = static_cast<unsigned char>(s[e]);
    if (b < 0x80) {
      if (!ascii_letter(b)) break;
      ++e;
      continue;
    }
    size_t next = 0;
    if (!is_letter(char_at_beyond_ascii(s, e, &next))) break;
    e = next;
  }
  return e;
}

/// The word ending at byte end: the run of letters before it.
std::string_view letters_before(std::string_view s, size_t end) {
  size_t b = end;
  while (b > 0) {
    size_t start = 0;
    if (!is_letter(char_before(s, b, &start))) break;
    b = start;
  }
  return s.substr(b, end - b);
}

/// The distinct words (runs of letters) of some texts, A-Z folded to a-z, or of those only that
/// may equal one of some words given in advance (same length and first byte): an open-addressing
/// table of their hashes over one arena of their bytes, so that adding a word already there and
/// asking for one copy nothing but the folded word.
class FoldedWords {
 public:
  /// Adds the words of text; with a filter, only those that may equal a word of `wanted`.
  void add_words_of(std::string_view text, const FoldedWords* wanted = nullptr) {
    for (size_t i = 0; i < text.size();) {
      if (bytes::kLittleEndian && i + 8 <= text.size()) {  // to the next ASCII letter or byte beyond ASCII, eight bytes at a time
        const uint64_t w = bytes::load8(text.data() + i);
        const uint64_t starts = bytes::letter_bytes(w) | bytes::beyond_ascii(w);
        if (starts == 0) {
          i += 8;
          continue;
        }
        i += bytes::first_marked(starts);
      }
      const auto b = static_cast<unsigned char>(text[i]);
      if (b < 0x80 && !ascii_letter(b)) {
        ++i;
        continue;
      }
      const size_t end = letters_end(text, i);
      if (end == i) {  // a character beyond ASCII that is no letter (a curly quote, a dash)
        char_at(text, i, &i);
        continue;
      }
      std::string_view word = text.substr(i, end - i);
      i = end;
      if (wanted && !wanted->may_hold(word)) continue;
      scratch_.clear();
      append_folded(scratch_, word);
      add(scratch_);
    }
  }

  /// Adds a word already folded; false when it was there.
  bool add(std::string_view folded) {
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    const uint64_t hash = std::hash<std::string_view>{}(folded);
    size_t s = hash & mask();
    for (; slots_[s] != 0; s = (s + 1) & mask())
      if (same(entries_[slots_[s] - 1], folded, hash)) return false;
    entries_.push_back(Entry{hash, arena_.size(), folded.size()});
    arena_.append(folded);
    slots_[s] = static_cast<uint32_t>(entries_.size());
    const auto first = static_cast<unsigned char>(folded[0]);
    shapes_[first] |= uint64_t{1} << std::min<size_t>(folded.size(), 63);
    return true;
  }

  /// True when the set holds the (folded) word.
  bool contains(std::string_view folded) const {
    if (slots_.empty()) return false;
    const uint64_t hash = std::hash<std::string_view>{}(folded);
    for (size_t s = hash & mask(); slots_[s] != 0; s = (s + 1) & mask())
      if (same(entries_[slots_[s] - 1], folded, hash)) return true;
    return false;
  }

 private:
  struct Entry {
    uint64_t hash = 0;
    size_t at = 0, size = 0;  // bytes of the arena
  };

  /// False when no word of the set has the length and first byte that `word` (not folded) has folded.
  bool may_hold(std::string_view word) const {
    auto first = static_cast<unsigned char>(word[0]);
    if (first >= 'A' && first <= 'Z') first = static_cast<unsigned char>(first - 'A' + 'a');
    return (shapes_[first] >> std::min<size_t>(word.size(), 63) & 1) != 0;
  }

  size_t mask() const { return slots_.size() - 1; }

  bool same(const Entry& e, std::string_view folded, uint64_t hash) const {
    return e.hash == hash && e.size == folded.size() && std::memcmp(arena_.data() + e.at, folded.data(), e.size) == 0;
  }

  void grow() {
    slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, 0);
    for (size_t k = 0; k < entries_.size(); ++k) {
      size_t s = entries_[k].hash & mask();
      while (slots_[s] != 0) s = (s + 1) & mask();
      slots_[s] = static_cast<uint32_t>(k + 1);
    }
  }

  std::string arena_;
  std::vector<Entry> entries_;
  std::vector<uint32_t> slots_;  // 0: empty; else 1 + the entry's index
  uint64_t shapes_[256] = {};    // by folded first byte: bit n set when a word of n bytes (63: or more) is held
  std::string scratch_;
};

/// b with A-Z folded to a-z.
unsigned char folded(char b) {
  const auto c = static_cast<unsigned char>(b);
  return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c - 'A' + 'a') : c;
}

/// True when one of the texts writes the word q (folded, letters only) as a word of its own: q's
/// bytes, A-Z folded, with no letter either side. Boyer-Moore-Horspool over the folded bytes: a
/// look every few bytes for a long word, rather than every word of the document.
bool writes_word(const std::vector<std::string*>& texts, std::string_view q) {
  const size_t m = q.size();
  size_t shift[256];
  std::fill(std::begin(shift), std::end(shift), m);
  for (size_t k = 0; k + 1 < m; ++k) shift[static_cast<unsigned char>(q[k])] = m - 1 - k;
  for (const std::string* text : texts) {
    const std::string& t = *text;
    for (size_t i = 0; i + m <= t.size(); i += shift[folded(t[i + m - 1])]) {
      if (folded(t[i + m - 1]) != static_cast<unsigned char>(q[m - 1])) continue;
      size_t k = 0;
      while (k + 1 < m && folded(t[i + k]) == static_cast<unsigned char>(q[k])) ++k;
      if (k + 1 == m && !is_letter(char_before(t, i)) && !is_letter(char_at(t, i + m))) return true;
    }
  }
  return false;
}

bool mendable_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

/// What white space after a hyphen is, told from the runs of letters either side of it.
enum class Break {
  None,            ///< "A- 1", "– ", "pre- and": left as it is
  NumberCompound,  ///< "22- point": the space goes
  Hyphenated,      ///< "decision- Making": the space goes, the hyphen stays
  Ask,             ///< "inter- national": one word if the document writes it, else hyphenated
};

Break break_at(std::string_view t, size_t at, std::string_view before, std::string_view next, const Lexicon& lex) {
  if (at > 0 && t[at - 1] >= '0' && t[at - 1] <= '9' && !next.empty() && is_lower(char_at(next, 0)))
    return Break::NumberCompound;
  if (before.empty() || !is_lower(char_before(t, at))) return Break::None;  // "A- 1", "– " are no broken words
  if (next.empty() || listed(lex.hyphen_keepers, next)) return Break::None;  // "pre- and post-conflict"
  return is_lower(char_at(next, 0)) ? Break::Ask : Break::Hyphenated;
}

/// fold(before) + fold(next), in out.
std::string_view joined(std::string& out, std::string_view before, std::string_view next) {
  out.clear();
  append_folded(out, before);
  append_folded(out, next);
  return out;
}

/// Calls f(at, after, before, next) for each hyphen of t with white space after it, before up to after.
template <class F>
void each_spaced_hyphen(std::string_view t, F&& f) {
  for (size_t at = t.find('-'); at != std::string_view::npos; at = t.find('-', at + 1)) {
    size_t after = at + 1;
    while (after < t.size() && mendable_space(t[after])) ++after;
    if (after == at + 1) continue;
    f(at, after, letters_before(t, at), t.substr(after, letters_end(t, after) - after));
  }
}

/// Which words the document writes, asked by its broken words. The questions are foreseen: one per
/// broken word as the texts stand before any mending, so on the first question only they are
/// answered: a few each by a search of the texts, many by collecting the words of the same length
/// and first letter as one of them. A question not foreseen (a
/// word broken twice, "co- ope- ration", asks for "cooperation" once "coope" is closed) collects
/// every word: those the texts write now and the parts of the words closed so far, which together
/// are the words they wrote before any mending.
class DocumentWords {
 public:
  /// Up to so many questions, each is looked for in the texts (writes_word); more, the texts' words
  /// of their shapes are collected once.
  static constexpr size_t kFewQuestions = 8;

  DocumentWords(const std::vector<std::string*>& texts, const Lexicon& lex) : texts_(texts), lex_(lex) {}

  /// True when the document writes the word folded, as it was before any word was closed.
  bool writes(std::string_view folded) {
    if (!foreseen_ready_) {
      std::vector<std::string> questions;  // the foreseen ones, each once
      for (const std::string* text : texts_)
        each_spaced_hyphen(*text, [&](size_t at, size_t, std::string_view before, std::string_view next) {
          if (break_at(*text, at, before, next, lex_) == Break::Ask && foreseen_.add(joined(question_, before, next)))
            questions.push_back(question_);
        });
      if (questions.size() <= kFewQuestions) {  // each looked for on its own
        for (const std::string& q : questions)
          if (writes_word(texts_, q)) found_.add(q);
      } else {
        for (const std::string* text : texts_) found_.add_words_of(*text, &foreseen_);
      }
      foreseen_ready_ = true;
    }
    if (foreseen_.contains(folded)) return found_.contains(folded);
    if (!all_ready_) {
      for (const std::string* text : texts_) all_.add_words_of(*text);
      for (size_t k = 0; k < closed_parts_.size(); ++k) all_.add(closed_parts_[k]);
      all_ready_ = true;
    }
    return all_.contains(folded);
  }

  /// A word closed from its parts (folded): they are gone from the texts, not from the document.
  void closed(std::string_view before, std::string_view next) {
    std::string parts[2];
    append_folded(parts[0], before);
    append_folded(parts[1], next);
    for (std::string& part : parts) {
      if (all_ready_) all_.add(part);
      closed_parts_.push_back(std::move(part));
    }
  }

 private:
  const std::vector<std::string*>& texts_;
  const Lexicon& lex_;
  FoldedWords foreseen_;  // the questions the broken words ask as the texts stand before mending
  FoldedWords found_;     // the document's words of their lengths and first letters
  bool foreseen_ready_ = false;
  FoldedWords all_;       // every word, for a question not foreseen
  bool all_ready_ = false;
  std::vector<std::string> closed_parts_;
  std::string question_;  // a foreseen question, while they are collected
};

}  // namespace

void close_spaced_hyphens(std::vector<Piece>& body, std::vector<std::string>& footnotes, const Lexicon& lex) {
  std::vector<std::string*> texts;  // the body's and the footnotes' texts
  texts.reserve(body.size() + footnotes.size());
  for (Piece& piece : body) texts.push_back(&piece.text);
  for (std::string& note : footnotes) texts.push_back(&note);
  DocumentWords words(texts, lex);
  std::string question;
  for (std::string* text : texts) {
    std::string& t = *text;
    // "2015– 2030": a range of years broken after its dash.
    for (size_t at = t.find("\u2013 "); at != std::string::npos; at = t.find("\u2013 ", at + 1))
      if (at > 0 && t[at - 1] >= '0' && t[at - 1] <= '9' && at + 4 < t.size() && t[at + 4] >= '0' && t[at + 4] <= '9')
        t.erase(at + 3, 1);
    // "decision- making", or "coope-" and "ration" on two lines of a block: white space after a hyphen.
    for (size_t at = t.find('-'); at != std::string::npos; at = t.find('-', at + 1)) {
      size_t after = at + 1;
      while (after < t.size() && mendable_space(t[after])) ++after;
      if (after == at + 1) continue;
      std::string_view before = letters_before(t, at);
      std::string_view next = std::string_view(t).substr(after, letters_end(t, after) - after);
      const Break kind = break_at(t, at, before, next, lex);
      if (kind == Break::None) continue;
      const bool one_word = kind == Break::Ask && words.writes(joined(question, before, next));
      if (one_word) words.closed(before, next);
      if (kind == Break::NumberCompound || !one_word) t.erase(at + 1, after - at - 1);
      else t.erase(at, after - at);
    }
    // "high -level", "Forty -seventh": a space before the hyphen of a compound.
    for (size_t at = t.find('-', 1); at != std::string::npos; at = t.find('-', at + 1))
      if (t[at - 1] == ' ' && at > 1 && is_letter(char_before(t, at - 1)) && at + 1 < t.size() &&
          is_lower(char_at(t, at + 1)))
        t.erase(at - 1, 1);
  }
}

}  // namespace resdiff::segmenter
