// Stage 1, load: bytes in, paragraph blocks out. Knows file formats, not resolutions.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "resdiff/expected.hpp"

namespace resdiff {

/// Input formats. Auto means: detect from the content.
enum class Format { Auto, Text, Markdown, Html, Docx, Pdf };

/// "text", "markdown", "html", "docx", "pdf" ("auto" for Auto).
const char* format_name(Format format);

/// A half-open byte range [begin, end) inside Block::text.
struct Span {
  size_t begin = 0;
  size_t end = 0;
};

/// One paragraph of source text, emphasis markup taken out.
struct Block {
  std::string text;              ///< UTF-8, NFC; single line breaks kept as '\n'
  std::vector<Span> italics;     ///< italic runs in text (recital openers are italic)
  std::vector<Span> bold;        ///< bold runs in text
  int line = 0;                  ///< 1-based line in the source where the block starts
};

/// One loaded input: its blocks in reading order and what the container said about it.
struct Source {
  std::string path;
  Format format = Format::Text;
  std::vector<Block> blocks;
  std::map<std::string, std::string> front_matter;  ///< YAML front matter keys (hints, never the truth)
  std::vector<std::string> warnings;
};

/// How to read an input.
struct LoadOptions {
  Format format = Format::Auto;  ///< Auto: detect from the content
  bool docx_original = false;    ///< DOCX with tracked changes: read the text as it was before them
};

/// Reads a whole file ("-" for standard input) into memory.
Expected<std::string> read_file(const std::string& path);

/// Detects the format of bytes from their content (PDF magic, ZIP with word/document.xml, HTML, else text).
Format detect_format(std::string_view bytes);

/// Decodes and splits bytes into blocks. Refuses binary data and invalid UTF-8 with an Error naming path.
Expected<Source> load(std::string_view bytes, const std::string& path, Format format = Format::Auto);

/// The same with every reading option (DOCX tracked changes).
Expected<Source> load(std::string_view bytes, const std::string& path, const LoadOptions& options);

}  // namespace resdiff
