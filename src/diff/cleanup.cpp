// Clean-up of a raw word diff, so that a change reads as one phrase.
//
// A shortest edit script is minimal, not readable. Between two clause texts that differ in a
// date it keeps every shared space and every shared "of" as an equal island:
//
//   −75/58 +79/42 = of  −7 +2 = December  −2020 +2024
//
// A reader wants "75/58 of 7 December 2020" → "79/42 of 2 December 2024". diff-match-patch's
// semantic clean-up solves this on characters by weighing each equality against the edits around
// it. We work on word tokens (never splitting one, so every edit starts and ends on a word
// boundary and punctuation stays a token of its own), in three passes:
//
// 1. Absorb islands. An equal run lying between two change regions is absorbed into one region
//    (it is deleted and inserted again) when
//      - it is trivial: only white space and punctuation, or a single word that is one character
//        long, a function word ("of", "the", "and", "its", …) or a month name of the
//        text's language (Language::glue_words, months); or
//      - it is short and between two replacements: no longer (in characters, spaces included)
//        than the longer side of the replacement before it and of the one after it — the
//        semantic rule of diff-match-patch, which makes "-Welcomes with appreciation +Takes note
//        of = the report -submitted by +prepared for" one replacement, while "-big +small = red
//        -dog +cat" keeps "red" (five characters against three). Unlike diff-match-patch, a pure
//        insertion or deletion does not absorb its neighbour: "-seventy-seventh +eighty-first
//        = session +, under the item …" keeps the calendar update apart from the new words, so
//        that classify() can call the one technical and the other substantive.
//    Left to right; after a merge the larger region may make the island before it short enough,
//    so the rule is tried again backwards.
// 2. Trim regions. A region whose deleted and inserted tokens begin (or end) alike gives those
//    tokens back to the equal run beside it.
// 3. Slide pure insertions and deletions. "the cat" → "the big cat" can be written "the[+ big]
//    cat" or "the [+big ]cat"; where the tokens around an insertion repeat it, it may slide. We
//    choose the place whose edges fall next to white space, and among those the one that starts
//    with a word: "the [+big ]cat".
//
// Tokens are never split, so every change begins and ends on a word boundary. Finally each region
// becomes a Delete followed by an Insert; adjacent edits of one op are merged and empty ones
// dropped. Every pass keeps the old and the new text intact, so the edits stay lossless.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cctype>
#include <string>

#include "diff/tokens.hpp"
#include "resdiff/language.hpp"
#include "resdiff/text.hpp"

namespace resdiff::diff_stage {
namespace {

/// True when a single word may be absorbed as an island: one character long, or one of the
/// language's glue words or month names.
bool is_glue_word(std::string_view word, const Language& language) {
  if (text::length(word) == 1) return true;
  return lang::listed(language.glue_words, word) || lang::month_number(language, word) > 0;
}

/// True for an equal run that should not stand alone between two changes.
bool is_trivial_island(const std::vector<std::string_view>& tokens, const Language& language) {
  size_t words = 0;
  std::string_view word;
  for (std::string_view t : tokens) {
    if (is_word_token(t)) {
      ++words;
      word = t;
    }
  }
  return words == 0 || (words == 1 && is_glue_word(word, language));
}

/// Appends the tokens of from to to.
void append(std::vector<std::string_view>& to, const std::vector<std::string_view>& from) {
  to.insert(to.end(), from.begin(), from.end());
}

/// Number of code points of tokens.
size_t length_of(const std::vector<std::string_view>& tokens) {
  size_t n = 0;
  for (std::string_view t : tokens) n += text::length(t);
  return n;
}

/// Length of a change region: the longer of its deleted and inserted texts.
size_t change_length(const Segment& change) { return std::max(length_of(change.old_tokens), length_of(change.new_tokens)); }

/// True for a change region that both deletes and inserts.
bool is_replacement(const Segment& change) { return !change.old_tokens.empty() && !change.new_tokens.empty(); }

/// True when the equal run `island` between the change regions before and after should be absorbed:
/// it is trivial, or it lies between two replacements and is no longer than either (the semantic rule).
bool should_absorb(const Segment& before, const Segment& island, const Segment& after, const Language& language) {
  if (is_trivial_island(island.old_tokens, language)) return true;
  if (!is_replacement(before) || !is_replacement(after)) return false;
  size_t n = length_of(island.old_tokens);
  return n <= change_length(before) && n <= change_length(after);
}

/// Pass 1: absorbs equal islands between two change regions (trivial ones and short ones). A
/// merged region is larger, so an island before it may now qualify: the check repeats backwards.
std::vector<Segment> absorb_islands(std::vector<Segment> segments, const Language& language) {
  std::vector<Segment> out;
  out.reserve(segments.size());
  for (Segment& seg : segments) {
    if (!out.empty() && out.back().equal == seg.equal) {  // never two of a kind in a row
      append(out.back().old_tokens, seg.old_tokens);
      append(out.back().new_tokens, seg.new_tokens);
      continue;
    }
    out.push_back(std::move(seg));
    while (out.size() >= 3 && !out.back().equal && out[out.size() - 2].equal && !out[out.size() - 3].equal &&
           should_absorb(out[out.size() - 3], out[out.size() - 2], out.back(), language)) {
      Segment after = std::move(out.back());
      out.pop_back();
      std::vector<std::string_view> island = std::move(out.back().old_tokens);
      out.pop_back();
      Segment& region = out.back();
      append(region.old_tokens, island);
      append(region.old_tokens, after.old_tokens);
      append(region.new_tokens, island);
      append(region.new_tokens, after.new_tokens);
    }
  }
  return out;
}

/// Pass 2: moves tokens shared at the start or end of both sides of a region into equal runs.
std::vector<Segment> trim_regions(std::vector<Segment> segments) {
  std::vector<Segment> out;
  out.reserve(segments.size() + 2);
  auto push_equal = [&out](std::vector<std::string_view> tokens) {
    if (tokens.empty()) return;
    if (!out.empty() && out.back().equal) {
      append(out.back().old_tokens, tokens);
    } else {
      out.push_back({true, std::move(tokens), {}});
    }
  };
  for (Segment& seg : segments) {
    if (seg.equal) {
      push_equal(std::move(seg.old_tokens));
      continue;
    }
    auto& del = seg.old_tokens;
    auto& ins = seg.new_tokens;
    size_t prefix = 0;
    while (prefix < del.size() && prefix < ins.size() && del[prefix] == ins[prefix]) ++prefix;
    size_t suffix = 0;
    while (suffix < del.size() - prefix && suffix < ins.size() - prefix &&
           del[del.size() - 1 - suffix] == ins[ins.size() - 1 - suffix])
      ++suffix;
    push_equal({del.begin(), del.begin() + static_cast<std::ptrdiff_t>(prefix)});
    std::vector<std::string_view> tail(del.end() - static_cast<std::ptrdiff_t>(suffix), del.end());
    del.erase(del.end() - static_cast<std::ptrdiff_t>(suffix), del.end());
    del.erase(del.begin(), del.begin() + static_cast<std::ptrdiff_t>(prefix));
    ins.erase(ins.end() - static_cast<std::ptrdiff_t>(suffix), ins.end());
    ins.erase(ins.begin(), ins.begin() + static_cast<std::ptrdiff_t>(prefix));
    if (!del.empty() || !ins.empty()) out.push_back(std::move(seg));
    push_equal(std::move(tail));
  }
  return out;
}

/// How good a cut before c[at] is: 2 next to white space or at an end, 1 next to punctuation,
/// 0 between two words.
int boundary_score(const std::vector<std::string_view>& c, size_t at) {
  if (at == 0 || at == c.size()) return 2;
  if (is_space_token(c[at - 1]) || is_space_token(c[at])) return 2;
  if (!is_word_token(c[at - 1]) || !is_word_token(c[at])) return 1;
  return 0;
}

/// Pass 3: slides each pure insertion or deletion to its most readable place.
void slide_pure_changes(std::vector<Segment>& segments) {
  for (size_t k = 0; k < segments.size(); ++k) {
    Segment& seg = segments[k];
    if (seg.equal || (!seg.old_tokens.empty() && !seg.new_tokens.empty())) continue;
    auto& moving = seg.old_tokens.empty() ? seg.new_tokens : seg.old_tokens;
    Segment* before = k > 0 && segments[k - 1].equal ? &segments[k - 1] : nullptr;
    Segment* after = k + 1 < segments.size() && segments[k + 1].equal ? &segments[k + 1] : nullptr;
    if (before == nullptr && after == nullptr) continue;

    std::vector<std::string_view> c;  // before + moving + after
    if (before != nullptr) append(c, before->old_tokens);
    const size_t start = c.size();
    const size_t len = moving.size();
    append(c, moving);
    if (after != nullptr) append(c, after->old_tokens);

    // Sliding left hands tokens to the equal run after the change, sliding right to the one
    // before it: each only where that run exists.
    size_t lo = start;
    while (after != nullptr && lo > 0 && c[lo - 1] == c[lo - 1 + len]) --lo;
    size_t hi = start;
    while (before != nullptr && hi + len < c.size() && c[hi] == c[hi + len]) ++hi;
    if (lo == hi) continue;
    size_t best = start;
    int best_score = -1;
    for (size_t s = lo; s <= hi; ++s) {
      int score = 2 * (boundary_score(c, s) + boundary_score(c, s + len)) + (is_space_token(c[s]) ? 0 : 1);
      if (score > best_score) {
        best_score = score;
        best = s;
      }
    }
    if (best == start) continue;
    std::vector<std::string_view> left(c.begin(), c.begin() + static_cast<std::ptrdiff_t>(best));
    std::vector<std::string_view> mid(c.begin() + static_cast<std::ptrdiff_t>(best),
                                      c.begin() + static_cast<std::ptrdiff_t>(best + len));
    std::vector<std::string_view> right(c.begin() + static_cast<std::ptrdiff_t>(best + len), c.end());
    if (before != nullptr) before->old_tokens = std::move(left);
    moving = std::move(mid);
    if (after != nullptr) after->old_tokens = std::move(right);
  }
}

/// Appends text as an edit of op, merging with the last edit when it has the same op.
void emit(std::vector<Edit>& edits, Edit::Op op, const std::vector<std::string_view>& tokens) {
  std::string joined;
  for (std::string_view t : tokens) joined += t;
  if (joined.empty()) return;
  if (!edits.empty() && edits.back().op == op) {
    edits.back().text += joined;
  } else {
    edits.push_back({op, std::move(joined), false});
  }
}

}  // namespace

std::vector<Edit> clean_up(std::vector<Segment> segments, const Language& language) {
  segments = trim_regions(absorb_islands(std::move(segments), language));
  slide_pure_changes(segments);
  std::vector<Edit> edits;
  for (const Segment& seg : segments) {
    if (seg.equal) {
      emit(edits, Edit::Op::Equal, seg.old_tokens);
    } else {
      emit(edits, Edit::Op::Delete, seg.old_tokens);
      emit(edits, Edit::Op::Insert, seg.new_tokens);
    }
  }
  return edits;
}

}  // namespace resdiff::diff_stage
