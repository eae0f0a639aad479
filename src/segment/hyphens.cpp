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
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

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

/// The end of the run of letters starting at byte begin (begin itself when none starts there).
size_t letters_end(std::string_view s, size_t begin) {
  size_t e = begin;
  while (e < s.size()) {
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

/// The distinct words (runs of letters) of some texts, A-Z folded to a-z: an open-addressing
/// table of their hashes over one arena of their bytes, so that adding a word already there and
/// asking for one copy nothing but the folded word.
class WordSet {
 public:
  /// Adds every run of letters of text.
  void add_words_of(std::string_view text) {
    for (size_t i = 0; i < text.size();) {
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
      scratch_.clear();
      append_folded(scratch_, text.substr(i, end - i));
      add(scratch_);
      i = end;
    }
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

  size_t mask() const { return slots_.size() - 1; }

  bool same(const Entry& e, std::string_view folded, uint64_t hash) const {
    return e.hash == hash && e.size == folded.size() && std::memcmp(arena_.data() + e.at, folded.data(), e.size) == 0;
  }

  void add(std::string_view folded) {
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    const uint64_t hash = std::hash<std::string_view>{}(folded);
    size_t s = hash & mask();
    for (; slots_[s] != 0; s = (s + 1) & mask())
      if (same(entries_[slots_[s] - 1], folded, hash)) return;
    entries_.push_back(Entry{hash, arena_.size(), folded.size()});
    arena_.append(folded);
    slots_[s] = static_cast<uint32_t>(entries_.size());
  }

  void grow() {
    slots_.assign(slots_.empty() ? 1024 : slots_.size() * 2, 0);
    for (size_t k = 0; k < entries_.size(); ++k) {
      size_t s = entries_[k].hash & mask();
      while (slots_[s] != 0) s = (s + 1) & mask();
      slots_[s] = static_cast<uint32_t>(k + 1);
    }
  }

  std::string arena_;
  std::vector<Entry> entries_;
  std::vector<uint32_t> slots_;  // 0: empty; else 1 + the entry's index
  std::string scratch_;
};

bool mendable_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

}  // namespace

void close_spaced_hyphens(std::vector<Piece>& body, std::vector<std::string>& footnotes, const Lexicon& lex) {
  std::vector<std::string*> texts;  // the body's and the footnotes' texts
  texts.reserve(body.size() + footnotes.size());
  for (Piece& piece : body) texts.push_back(&piece.text);
  for (std::string& note : footnotes) texts.push_back(&note);
  WordSet words;  // the document's words, lower case: filled when the first broken word asks
  bool words_read = false;
  std::string joined;
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
      if (at > 0 && t[at - 1] >= '0' && t[at - 1] <= '9' && !next.empty() && is_lower(char_at(next, 0))) {
        t.erase(at + 1, after - at - 1);  // "22- point": a number's compound
        continue;
      }
      if (before.empty() || !is_lower(char_before(t, at))) continue;  // "A- 1", "– " are no broken words
      if (next.empty() || listed(lex.hyphen_keepers, next)) continue;  // "pre- and post-conflict"
      bool one_word = false;
      if (is_lower(char_at(next, 0))) {
        if (!words_read) {
          for (const std::string* each : texts) words.add_words_of(*each);
          words_read = true;
        }
        joined.clear();
        append_folded(joined, before);
        append_folded(joined, next);
        one_word = words.contains(joined);
      }
      t.erase(one_word ? at : at + 1, after - at - (one_word ? 0 : 1));
    }
    // "high -level", "Forty -seventh": a space before the hyphen of a compound.
    for (size_t at = t.find('-', 1); at != std::string::npos; at = t.find('-', at + 1))
      if (t[at - 1] == ' ' && at > 1 && is_letter(char_before(t, at - 1)) && at + 1 < t.size() &&
          is_lower(char_at(t, at + 1)))
        t.erase(at - 1, 1);
  }
}

}  // namespace resdiff::segmenter
