// Paragraph text assembled from styled pieces, for the readers of marked-up formats (DOCX, HTML).
//
// Readers append what they meet (a Word run, an HTML text node) with its style; finish() turns
// the pieces into a Block the way the Markdown reader would have produced it: NFC text, runs of
// white space collapsed to one space (a line break kept as '\n'), ends trimmed, and italic and
// bold spans that cover words, not the spaces around them.
//
//   append("Recalling", italic) append(" ", plain) append("its resolution", plain)
//   → Block{text: "Recalling its resolution", italics: [0, 9)}
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "resdiff/load.hpp"

namespace resdiff::load_detail {

/// The emphasis of a piece of text.
struct Style {
  bool italic = false;
  bool bold = false;
};

/// A paragraph being built.
class RichText {
 public:
  /// Appends text; ' ', '\t', '\r' and runs of U+00A0 count as white space, '\n' as a line break.
  void append(std::string_view text, Style style = {});

  /// Appends a line break ('\n' in the block).
  void line_break() { append("\n"); }

  /// Puts plain text in front of everything appended so far (a list label such as "1. ").
  void prepend(std::string_view text);

  /// True when nothing but white space has been appended.
  bool blank() const;

  /// The block: NFC, white space collapsed, trimmed, with its spans; line as given.
  Block finish(int line) const;

 private:
  struct Piece {
    std::string text;
    Style style;
  };
  std::vector<Piece> pieces_;
};

}  // namespace resdiff::load_detail
