// Internal to src/load: the steps load() runs, exposed so tests can call each one on a string.
//
//   bytes --decode_text--> NFC UTF-8 with '\n' line ends
//         --parse_blocks--> front matter + raw blocks --parse_inline--> Block (text + emphasis spans)
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "resdiff/expected.hpp"
#include "resdiff/load.hpp"

namespace resdiff::loader {

/// UTF-16 (with its BOM, which tells the byte order) as UTF-8. Unpaired surrogates become U+FFFD.
std::string utf16_to_utf8(std::string_view bytes);

/// "UTF-16LE" or "UTF-16BE" when bytes without a byte-order mark look like Latin-script UTF-16:
/// a NUL in every other byte of the first 4 KiB and none in the other half, and no control
/// characters but white space; else nullptr.
const char* utf16_without_bom(std::string_view bytes);

/// UTF-16 without a BOM, in the byte order given, as UTF-8. Unpaired surrogates become U+FFFD.
std::string utf16_to_utf8(std::string_view bytes, bool little_endian);

/// Bytes to NFC UTF-8 with '\n' line ends: UTF-16 with a BOM decoded, UTF-8 BOM stripped. Refuses
/// a NUL byte anywhere ("binary file, not a text document (NUL byte at byte N)") and invalid UTF-8
/// ("invalid UTF-8 at byte N", N counted in the input bytes).
Expected<std::string> decode_text(std::string_view bytes, const std::string& path);

/// The same, and when the bytes are not UTF-8 but ICU's charset detector confidently recognises a
/// legacy encoding whose decoding reads as text, decodes it and says so in warnings.
Expected<std::string> decode_text(std::string_view bytes, const std::string& path, std::vector<std::string>& warnings);

/// decode_text() without a copy when the bytes need no decoding: UTF-8 with neither a BOM nor a
/// '\r', plainly its own reading form (text::plainly_reading_form) — nearly every text — comes back
/// as the bytes themselves; any other text is decoded into *storage and comes back as a view of it.
Expected<std::string_view> decode_text_view(std::string_view bytes, const std::string& path,
                                            std::vector<std::string>& warnings, std::string& storage);

/// A paragraph's text with its Markdown emphasis taken out.
struct Inline {
  std::string text;
  std::vector<Span> italics;
  std::vector<Span> bold;
};

/// Reads Markdown inline markup: `*`/`**`/`***` runs toggle italic/bold/both (closing what is open
/// first, so glued runs like `Assembly,**Recalling*` close one span and open the next), links
/// `[text](url)` become `text`, backslash escapes `\(` become `(`. `[^2]` is left as it is.
Inline parse_inline(std::string_view raw);

/// YAML front matter lines (`key: value`, one level, quotes stripped) as a map.
std::map<std::string, std::string> parse_front_matter(const std::vector<std::string_view>& lines);

/// What parse_blocks found: the blocks and the front matter.
struct Parsed {
  std::vector<Block> blocks;
  std::map<std::string, std::string> front_matter;
};

/// Splits decoded text into blocks at blank lines (white space only counts as blank) and
/// horizontal rules. With markdown: front matter, `#` headings, footnote definitions
/// (`[^N]:` always starts a block; indented lines continue it) and inline markup are read.
Parsed parse_blocks(std::string_view text, bool markdown);

}  // namespace resdiff::loader
