// Styled runs → terminal lines: measure, mark, wrap, truncate.
//
// Wrapping works on "words": stretches of text between break opportunities. A break may fall at
// white space (which is then dropped) or on either side of a wide CJK character, so Chinese text
// without spaces wraps too. A word is a list of pieces because one word can change style in its
// middle ("resolution{+s+}"), and such a word must never be split at the style change.
//
//   runs:  "Recalling its " [Delete "resolution"] [Insert "resolutions"] " 2325 (2016)"
//   width 20, indent 4, no colour:
//       Recalling its
//       [-resolution-]{+resolutions+}
//       2325 (2016)
#include "layout.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace resdiff::layout {

namespace {

constexpr const char* kReset = "\x1b[0m";

// Width of one code point in terminal cells.
int cells(UChar32 c) {
  if (c < 0x20) return 0;
  int category = u_charType(c);
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) return 0;
  int east_asian = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH ? 2 : 1;
}

bool is_wide(UChar32 c) { return cells(c) == 2; }

bool is_break_space(UChar32 c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Calls f(code_point, utf8_bytes) for each code point; invalid bytes come as U+FFFD, one byte each.
template <class F>
void for_each_code_point(std::string_view text, F f) {
  int32_t i = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) c = 0xFFFD;
    f(c, text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
  }
}

bool is_edit(Style style) {
  return style == Style::Delete || style == Style::Insert || style == Style::DeleteTech || style == Style::InsertTech;
}

// Without colour, deletions and insertions carry wdiff's brackets; white space at their ends
// stands outside the brackets ("2016 {+and 2663 (2022)+} on"). With colour, a deletion and the
// insertion that replaces it are kept one space apart.
Runs mark(const Runs& runs, bool color) {
  if (color) {
    // a space between a deletion and the insertion right after it, so the words do not run together
    Runs out;
    for (const Run& run : runs) {
      bool deleted_before = !out.empty() && (out.back().style == Style::Delete || out.back().style == Style::DeleteTech);
      bool inserted = run.style == Style::Insert || run.style == Style::InsertTech;
      if (deleted_before && inserted && !run.text.empty() && run.text.front() != ' ' &&
          !out.back().text.empty() && out.back().text.back() != ' ') {
        out.push_back({" ", Style::Plain});
      }
      out.push_back(run);
    }
    return out;
  }
  Runs out;
  for (const Run& run : runs) {
    size_t first = run.text.find_first_not_of(" \t\n");
    if (!is_edit(run.style) || first == std::string::npos) {
      out.push_back(run);
      continue;
    }
    size_t last = run.text.find_last_not_of(" \t\n");
    bool deleted = run.style == Style::Delete || run.style == Style::DeleteTech;
    if (first > 0) out.push_back({run.text.substr(0, first), Style::Plain});
    out.push_back({std::string(deleted ? "[-" : "{+") + run.text.substr(first, last + 1 - first) + (deleted ? "-]" : "+}"),
                   run.style});
    if (last + 1 < run.text.size()) out.push_back({run.text.substr(last + 1), Style::Plain});
  }
  return out;
}

struct Piece {
  std::string text;
  Style style;
  int width;
};

void append(std::vector<Piece>& pieces, std::string_view text, Style style, int width) {
  if (!pieces.empty() && pieces.back().style == style) {
    pieces.back().text += text;
    pieces.back().width += width;
  } else {
    pieces.push_back({std::string(text), style, width});
  }
}

struct Word {
  std::vector<Piece> space;  // the white space before the word (dropped at a line break)
  int space_width = 0;
  std::vector<Piece> pieces;
  int width = 0;
};

std::vector<Word> split_words(const Runs& runs) {
  std::vector<Word> words;
  Word current;
  auto finish = [&] {
    if (!current.pieces.empty()) words.push_back(std::move(current));
    current = Word{};
  };
  for (const Run& run : runs) {
    for_each_code_point(run.text, [&](UChar32 c, std::string_view bytes) {
      if (is_break_space(c)) {
        if (!current.pieces.empty()) finish();
        append(current.space, " ", run.style, 1);
        current.space_width += 1;
        return;
      }
      int w = cells(c);
      if (is_wide(c)) finish();
      append(current.pieces, bytes, run.style, w);
      current.width += w;
      if (is_wide(c)) finish();
    });
  }
  finish();
  return words;
}

class LineWriter {
 public:
  LineWriter(int width, int first_indent, int indent, bool color)
      : width_(width), indent_(indent), color_(color), column_(first_indent) {
    out_ = std::string(static_cast<size_t>(first_indent), ' ');
  }

  int room() const { return width_ <= 0 ? 1 << 30 : width_ - column_; }
  bool at_line_start() const { return line_.empty(); }

  void put(const std::vector<Piece>& pieces) {
    for (const Piece& piece : pieces) {
      append(line_, piece.text, piece.style, piece.width);
      column_ += piece.width;
    }
  }

  void newline() {
    flush();
    out_ += '\n';
    out_ += std::string(static_cast<size_t>(indent_), ' ');
    column_ = indent_;
  }

  // A word wider than a whole line, cut into line-sized chunks.
  void put_cut(const Word& word) {
    for (const Piece& piece : word.pieces) {
      for_each_code_point(piece.text, [&](UChar32 c, std::string_view bytes) {
        int w = cells(c);
        if (!at_line_start() && w > room()) newline();
        put({Piece{std::string(bytes), piece.style, w}});
      });
    }
  }

  std::string finish() {
    flush();
    return out_ + '\n';
  }

 private:
  // Writes the line's pieces, each style run opened and closed once.
  void flush() {
    for (const Piece& piece : line_) {
      if (color_ && piece.style != Style::Plain) {
        out_ += sgr(piece.style);
        out_ += piece.text;
        out_ += kReset;
      } else {
        out_ += piece.text;
      }
    }
    line_.clear();
  }

  int width_, indent_;
  bool color_;
  int column_;
  std::vector<Piece> line_;
  std::string out_;
};

}  // namespace

Runs edit_runs(const std::vector<Edit>& edits, bool old_side, bool new_side) {
  Runs runs;
  for (const Edit& edit : edits) {
    switch (edit.op) {
      case Edit::Op::Equal: runs.push_back({edit.text, Style::Plain}); break;
      case Edit::Op::Delete:
        if (old_side) runs.push_back({edit.text, edit.technical ? Style::DeleteTech : Style::Delete});
        break;
      case Edit::Op::Insert:
        if (new_side) runs.push_back({edit.text, edit.technical ? Style::InsertTech : Style::Insert});
        break;
    }
  }
  return runs;
}

const char* sgr(Style style) {
  switch (style) {
    case Style::Plain: return "";
    case Style::Bold: return "\x1b[1m";
    case Style::Dim: return "\x1b[2m";
    case Style::Delete: return "\x1b[31;9m";
    case Style::Insert: return "\x1b[32m";
    case Style::DeleteTech: return "\x1b[2;31;9m";
    case Style::InsertTech: return "\x1b[2;32m";
    case Style::Changed: return "\x1b[33m";
    case Style::Moved: return "\x1b[36m";
    case Style::Added: return "\x1b[32m";
    case Style::Removed: return "\x1b[31m";
    case Style::Regrouped: return "\x1b[35m";
    case Style::Substantive: return "\x1b[1;35m";
  }
  return "";
}

int display_width(std::string_view text) {
  int width = 0;
  for_each_code_point(text, [&](UChar32 c, std::string_view) { width += cells(c); });
  return width;
}

std::string wrap(const Runs& runs, int width, int first_indent, int indent, bool color) {
  LineWriter line(width, first_indent, indent, color);
  for (const Word& word : split_words(mark(runs, color))) {
    if (line.at_line_start()) {
      // white space at the start of a line is dropped
    } else if (word.space_width + word.width <= line.room()) {
      line.put(word.space);
    } else {
      line.newline();
    }
    if (word.width <= line.room()) {
      line.put(word.pieces);
    } else {
      line.put_cut(word);
    }
  }
  return line.finish();
}

Runs truncate(const Runs& runs, int max_cells) {
  int total = 0;
  for (const Run& run : runs) total += display_width(run.text);
  if (total <= max_cells) max_cells = total + 1;  // fits: nothing is cut, only line breaks go
  Runs out;
  int used = 0;
  bool cut = false;
  for (const Run& run : runs) {
    Run piece{"", run.style};
    for_each_code_point(run.text, [&](UChar32 c, std::string_view bytes) {
      if (cut) return;
      int w = cells(c);
      if (used + w > max_cells - 1) {
        cut = true;
        return;
      }
      piece.text += is_break_space(c) ? std::string_view(" ") : bytes;
      used += w;
    });
    if (!piece.text.empty()) out.push_back(std::move(piece));
    if (cut) break;
  }
  if (cut) {
    // "…" after the last whole word when that loses little, else right at the cut
    Run& last = out.empty() ? out.emplace_back(Run{"", Style::Plain}) : out.back();
    size_t space = last.text.find_last_of(' ');
    if (space != std::string::npos && space > 0 && last.text.size() - space < 16) last.text.resize(space);
    while (!last.text.empty() && last.text.back() == ' ') last.text.pop_back();
    out.push_back({"…", last.style});
  }
  return out;
}

std::string paint(const Runs& runs, bool color) {
  std::string out;
  for (const Run& run : mark(runs, color)) {
    if (color && run.style != Style::Plain) {
      out += sgr(run.style);
      out += run.text;
      out += kReset;
    } else {
      out += run.text;
    }
  }
  return out;
}

}  // namespace resdiff::layout
