// Paragraph text under construction: joining wrapped lines, editing text without losing the
// emphasis runs, and finishing a paragraph into a Block.
//
// Joining a wrapped line is a space, except after an end-of-line hyphen. A hyphen after a
// lower-case letter with a lower-case letter on the next line is either a break inside one word
// ("inter-" + "national") or a compound broken at its own hyphen ("decision-" + "making"). The
// document itself decides: when the word without the hyphen ("international") occurs somewhere
// else in it, the hyphen was the typesetter's and goes; otherwise it stays ("decision-making").
// A hyphen before "and"/"or" is a suspended compound ("pre- and post-conflict") and keeps its
// space; a dash between digits ("2015–" + "2030") joins without one, and so does a line of a
// script written without spaces with its neighbour ("临时议" + "程" → "临时议程").
//
//   "eradication of poverty in all its forms and dimensions, and inter-"  +  "national law"
//      → "…and international law"     (if "international" occurs elsewhere in the text)
//   "These decent work deficits can have long-"  +  "lasting consequences"
//      → "…can have long-lasting consequences"
#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "resdiff/text.hpp"
#include "segment/lines.hpp"
#include "segment/passes.hpp"

namespace resdiff::segmenter {
namespace {

/// Hyphens that may end a line: ASCII, U+2010 hyphen, U+2011 non-breaking hyphen.
size_t trailing_hyphen_length(std::string_view s) {
  if (!s.empty() && s.back() == '-') return 1;
  if (s.size() >= 3 && s.substr(s.size() - 3) == "\u2010") return 3;
  if (s.size() >= 3 && s.substr(s.size() - 3) == "\u2011") return 3;
  return 0;
}

/// Length of a trailing en or em dash, else 0.
size_t trailing_dash_length(std::string_view s) {
  if (s.size() >= 3 && (s.substr(s.size() - 3) == "\u2013" || s.substr(s.size() - 3) == "\u2014")) return 3;
  return 0;
}

/// The letters that end s (a word fragment before a hyphen).
std::string_view trailing_letters(std::string_view s) {
  size_t begin = s.size();
  while (begin > 0) {
    size_t i = begin - 1;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    if (!is_letter(last_code_point(s.substr(0, begin)))) break;
    begin = i;
  }
  return s.substr(begin);
}

/// The letters that start s.
std::string_view leading_letters(std::string_view s) {
  int32_t i = 0;
  int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0 || !u_isalpha(c)) return s.substr(0, static_cast<size_t>(at));
  }
  return s;
}

/// Lower-case copy of a UTF-8 word, code point by code point.
std::string lower(std::string_view word) {
  std::string out;
  int32_t i = 0;
  int32_t n = static_cast<int32_t>(word.size());
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(word.data(), i, n, c);
    if (c < 0) continue;
    c = u_tolower(c);
    char buf[4];
    int32_t len = 0;
    U8_APPEND_UNSAFE(buf, len, c);
    out.append(buf, static_cast<size_t>(len));
  }
  return out;
}

/// Rebuilds spans through a map from old byte offsets to new ones.
void remap(std::vector<Span>& spans, const std::vector<size_t>& map) {
  std::vector<Span> kept;
  for (Span s : spans) {
    Span t{map[std::min(s.begin, map.size() - 1)], map[std::min(s.end, map.size() - 1)]};
    if (t.begin < t.end) kept.push_back(t);
  }
  spans = std::move(kept);
}

/// Sorts spans and merges those that overlap or are separated only by spaces in text.
void merge_spans(std::vector<Span>& spans, std::string_view text) {
  std::sort(spans.begin(), spans.end(), [](Span a, Span b) { return a.begin < b.begin; });
  std::vector<Span> merged;
  for (Span s : spans) {
    if (!merged.empty()) {
      Span& last = merged.back();
      size_t gap_end = s.begin;
      bool only_spaces = last.end >= gap_end ||
                         text.substr(last.end, gap_end - last.end).find_first_not_of(' ') == std::string_view::npos;
      if (only_spaces) {
        last.end = std::max(last.end, s.end);
        continue;
      }
    }
    merged.push_back(s);
  }
  spans = std::move(merged);
}

}  // namespace

void add_words(std::string_view text, WordSet& words) {
  int32_t i = 0;
  int32_t n = static_cast<int32_t>(text.size());
  int32_t start = -1;
  while (i <= n) {
    int32_t at = i;
    UChar32 c = 0;
    if (i < n) U8_NEXT(text.data(), i, n, c);
    else ++i;
    bool letter = at < n && c >= 0 && u_isalpha(c);
    if (letter && start < 0) start = at;
    if (!letter && start >= 0) {
      if (at - start >= 2) words.insert(lower(text.substr(static_cast<size_t>(start), static_cast<size_t>(at - start))));
      start = -1;
    }
  }
}

Para para_from_line(const Line& line) {
  return Para{line.text, line.italics, line.bold, line.source_line};
}

void append_line(Para& para, const Line& line, const WordSet& words, const Lexicon& lex) {
  const std::string& next = line.text;
  if (next.empty()) return;
  if (para.text.empty()) {
    int at = para.line;
    para = para_from_line(line);
    if (at > 0) para.line = at;
    return;
  }
  bool space = true;
  const std::string_view text = para.text;
  const size_t size = text.size();
  if (size >= 2 && text.substr(size - 2) == "\u00AD") {
    replace_range(para, size - 2, size, "");
    space = false;
  } else if (size_t h = trailing_hyphen_length(text)) {
    std::string_view before = text.substr(0, size - h);
    char32_t last = last_code_point(before);
    if (last != 0 && last != ' ') {
      space = false;
      std::string_view second = leading_letters(next);
      if (is_lower(last) && !second.empty() && is_lower(first_letter(second))) {
        if (listed(lex.hyphen_keepers, second)) {  // "pre- and post-"
          space = true;
        } else if (words.count(lower(trailing_letters(before)) + lower(second))) {
          replace_range(para, size - h, size, "");
        }
      }
    }
  } else if (size_t d = trailing_dash_length(text)) {
    char before = size > d ? text[size - d - 1] : ' ';
    if (before >= '0' && before <= '9' && next[0] >= '0' && next[0] <= '9') space = false;
  }
  if (text::spaceless(last_code_point(para.text)) || text::spaceless(char_at(next, 0))) space = false;
  if (space) para.text.push_back(' ');
  size_t offset = para.text.size();
  para.text.append(next);
  for (Span s : line.italics) para.italics.push_back({s.begin + offset, s.end + offset});
  for (Span s : line.bold) para.bold.push_back({s.begin + offset, s.end + offset});
}

void replace_range(Para& para, size_t begin, size_t end, std::string_view with) {
  // Text inserted at a span's start joins the text after it; a span around replaced text covers the new text.
  auto move = [&](size_t pos, bool is_begin) {
    if (begin == end) return pos < begin || (pos == begin && !is_begin) ? pos : pos + with.size();
    if (pos <= begin) return pos;
    if (pos >= end) return pos - (end - begin) + with.size();
    return is_begin ? begin : begin + with.size();
  };
  for (auto* spans : {&para.italics, &para.bold}) {
    std::vector<Span> kept;
    for (Span s : *spans) {
      Span t{move(s.begin, true), move(s.end, false)};
      if (t.begin < t.end) kept.push_back(t);
    }
    *spans = std::move(kept);
  }
  para.text = para.text.substr(0, begin) + std::string(with) + para.text.substr(end);
}

Block finish(Para para) {
  // Collapse runs of spaces and tabs, trim the ends.
  const std::string& in = para.text;
  std::string out;
  std::vector<size_t> map(in.size() + 1, 0);
  bool pending_space = false;
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = true;
      map[i] = out.size();
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    map[i] = out.size();
    out += c;
  }
  map[in.size()] = out.size();
  remap(para.italics, map);
  remap(para.bold, map);
  para.text = std::move(out);

  // NFC, piece by piece between span boundaries so that the runs stay put.
  if (text::find_invalid_utf8(para.text) == std::string::npos) {
    std::vector<size_t> cuts{0, para.text.size()};
    for (const auto* spans : {&para.italics, &para.bold})
      for (Span s : *spans) cuts.insert(cuts.end(), {s.begin, s.end});
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::string normal;
    std::vector<size_t> at(para.text.size() + 1, 0);
    for (size_t k = 0; k + 1 < cuts.size(); ++k) {
      at[cuts[k]] = normal.size();
      normal += text::reading_form(std::string_view(para.text).substr(cuts[k], cuts[k + 1] - cuts[k]));
    }
    at[para.text.size()] = normal.size();
    for (auto* spans : {&para.italics, &para.bold})
      for (Span& s : *spans) s = {at[s.begin], at[s.end]};
    para.text = std::move(normal);
  }
  merge_spans(para.italics, para.text);
  merge_spans(para.bold, para.text);
  return Block{para.text, para.italics, para.bold, para.line};
}

}  // namespace resdiff::segmenter
