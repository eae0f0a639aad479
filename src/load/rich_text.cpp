// RichText: styled pieces in, one canonical Block out (see rich_text.hpp).
#include "load/rich_text.hpp"

#include "resdiff/text.hpp"

namespace resdiff::load_detail {

namespace {

// A run of white space between two visible characters, and what it collapses to.
struct Gap {
  bool space = false;  // an ASCII blank
  bool newline = false;
  int nbsp = 0;

  // True when no white space has been seen since the last visible character.
  bool empty() const { return !space && !newline && nbsp == 0; }
  // '\n' for a line break, one NBSP when that was all, else one space.
  std::string_view collapsed() const {
    if (newline) return "\n";
    if (!space && nbsp == 1) return "\u00A0";
    return " ";
  }
};

// Spans of one style, grown character by character; white space between two styled
// characters does not end a span.
struct SpanBuilder {
  std::vector<Span> spans;
  bool last_visible_styled = false;

  // Records a visible character at [begin, end) of the output, styled or not.
  void visible(bool styled, size_t begin, size_t end) {
    if (styled) {
      if (last_visible_styled && !spans.empty()) {
        spans.back().end = end;
      } else {
        spans.push_back({begin, end});
      }
    }
    last_visible_styled = styled;
  }
};

}  // namespace

void RichText::append(std::string_view text, Style style) {
  if (text.empty()) return;
  if (!pieces_.empty() && pieces_.back().style.italic == style.italic && pieces_.back().style.bold == style.bold) {
    pieces_.back().text += text;
  } else {
    pieces_.push_back({std::string(text), style});
  }
}

void RichText::prepend(std::string_view text) {
  pieces_.insert(pieces_.begin(), Piece{std::string(text), Style{}});
}

bool RichText::blank() const {
  for (const Piece& piece : pieces_) {
    std::string_view t = piece.text;
    for (size_t i = 0; i < t.size(); ++i) {
      char c = t[i];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') continue;
      if (c == '\xC2' && i + 1 < t.size() && t[i + 1] == '\xA0') {
        ++i;
        continue;
      }
      return false;
    }
  }
  return true;
}

Block RichText::finish(int line) const {
  Block block;
  block.line = line;
  std::string& out = block.text;
  SpanBuilder italics;
  SpanBuilder bold;
  Gap gap;
  for (const Piece& piece : pieces_) {
    std::string t = text::find_invalid_utf8(piece.text) == std::string_view::npos ? text::reading_form(piece.text) : piece.text;
    for (size_t i = 0; i < t.size(); ++i) {
      char c = t[i];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        gap.space = true;
        continue;
      }
      if (c == '\n') {
        gap.newline = true;
        continue;
      }
      if (c == '\xC2' && i + 1 < t.size() && t[i + 1] == '\xA0') {
        ++gap.nbsp;
        ++i;
        continue;
      }
      if (!gap.empty() && !out.empty()) out += gap.collapsed();
      gap = Gap{};
      size_t begin = out.size();
      out += c;
      italics.visible(piece.style.italic, begin, out.size());
      bold.visible(piece.style.bold, begin, out.size());
    }
  }
  block.italics = std::move(italics.spans);
  block.bold = std::move(bold.spans);
  return block;
}

}  // namespace resdiff::load_detail
