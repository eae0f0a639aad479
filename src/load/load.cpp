// load(): bytes in, Source out. Picks the format (from the content unless the caller forces one)
// and hands the bytes to that format's reader:
//
//   %PDF-…                      → load_pdf   (poppler; lines with their layout, furniture dropped)
//   PK… with word/document.xml  → load_docx  (numbering, footnotes, tracked changes)
//   <html …                     → load_html  (libxml2's HTML parser)
//   anything else               → decode_text, then raw page text (a PDF's text pasted as is)
//                                 measured into lines, or Markdown/plain blocks.
// Paged sources (PDF, raw page text) come out as Source::lines, the others as Source::blocks;
// the segmenter reads paragraphs out of the lines.
//
// The bounds of limits.hpp are kept here for every format alike: the size of the bytes before a
// reader sees them (text, HTML), then what every reader yields — how many paragraphs or lines,
// how long each, how much text in all — so that no stage after loading meets an input larger
// than the limits. Readers keep the bounds only they can see (ZIP ratios, XML nesting, PDF
// pages). Over a bound is an Error naming it:
//   40 MB of text               → "text too large (resdiff's limit is 32 MiB)"
//   1,000,000 short paragraphs  → "too many paragraphs (resdiff's limit is 100000)"
#include <optional>
#include <string>
#include <string_view>

#include "load/formats.hpp"
#include "load/loader.hpp"
#include "load/pagetext.hpp"
#include "resdiff/load.hpp"

namespace resdiff {
namespace {

// Splits YAML front matter ("---" … "---" at the very start) off decoded text.
std::string_view split_front_matter(std::string_view text, std::map<std::string, std::string>& front) {
  if (text.substr(0, 4) != "---\n") return text;
  size_t end = text.find("\n---", 3);
  if (end == std::string_view::npos) return text;
  std::vector<std::string_view> lines;
  for (size_t pos = 4; pos < end + 1;) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos || nl > end) nl = end;
    lines.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  front = loader::parse_front_matter(lines);
  size_t after = text.find('\n', end + 1);
  return after == std::string_view::npos ? std::string_view() : text.substr(after + 1);
}

// "(resdiff's limit is X)": the end of every message about a limit.
std::string limit_is(const std::string& value) { return "(resdiff's limit is " + value + ")"; }

// The first bound of limits.hpp that the paragraphs (or lines) read break, or nullopt.
std::optional<Error> over_limits(const Source& source, const Limits& limits) {
  if (source.blocks.size() > limits.max_paragraphs)
    return Error{source.path, "too many paragraphs " + limit_is(std::to_string(limits.max_paragraphs))};
  if (source.lines.size() > limits.max_lines)
    return Error{source.path, "too many lines " + limit_is(std::to_string(limits.max_lines))};
  size_t total = 0;
  auto too_long = [&](const std::string& text, int line, const char* what) -> std::optional<Error> {
    total += text.size();
    if (text.size() <= limits.max_paragraph_bytes) return std::nullopt;
    std::string where = line > 0 ? " at line " + std::to_string(line) : "";
    return Error{source.path, what + where + " too long " + limit_is(byte_count(limits.max_paragraph_bytes))};
  };
  for (const Block& block : source.blocks)
    if (auto error = too_long(block.text, block.line, "paragraph")) return error;
  for (const Line& line : source.lines)
    if (auto error = too_long(line.text, line.source_line, "line")) return error;
  if (total > limits.max_text_bytes) return Error{source.path, "text too large " + limit_is(byte_count(limits.max_text_bytes))};
  return std::nullopt;
}

Expected<Source> load_text(std::string_view bytes, const std::string& path, Format format) {
  Source source;
  std::string decoded;  // the decoded text, when the bytes are not it already
  Expected<std::string_view> text = loader::decode_text_view(bytes, path, source.warnings, decoded);
  if (!text) return text.error();
  source.path = path;
  source.format = format;
  std::map<std::string, std::string> front;
  std::string_view body = split_front_matter(*text, front);
  if (load_detail::looks_like_page_text(body)) {
    source.front_matter = std::move(front);
    source.lines = load_detail::lines_from_page_text(body, &source.unmarked_paragraphs);
    source.warnings.insert(source.warnings.begin(), "raw page text: page headers, footers and line wraps repaired");
    return source;
  }
  loader::Parsed parsed = loader::parse_blocks(*text, format == Format::Markdown);
  source.blocks = std::move(parsed.blocks);
  source.front_matter = std::move(parsed.front_matter);
  return source;
}

/// A DOCX or HTML document that holds text pasted from a PDF, page furniture and all, is read as
/// the raw page text it is: one repair for every container.
Expected<Source> as_page_text(Expected<Source> source) {
  if (!source || !source->lines.empty()) return source;
  std::vector<Line> lines = load_detail::lines_from_container(source->blocks, &source->unmarked_paragraphs);
  if (lines.empty()) return source;
  source->lines = std::move(lines);
  source->blocks.clear();
  source->warnings.insert(source->warnings.begin(),
                          std::string("raw page text in ") + format_name(source->format) +
                              ": page headers, footers and line wraps repaired");
  return source;
}

/// The source read in the format it has, within the limits.
Expected<Source> load_format(std::string_view bytes, const std::string& path, const LoadOptions& options) {
  const Limits& limits = options.limits;
  Format format = options.format == Format::Auto ? detect_format(bytes) : options.format;
  Expected<Source> source = Error{path, ""};
  switch (format) {
    case Format::Pdf: source = load_detail::load_pdf(bytes, path, limits); break;
    case Format::Docx: source = as_page_text(load_detail::load_docx(bytes, path, options.docx_original, limits)); break;
    case Format::Html:
      if (bytes.size() > limits.max_markup_bytes) return Error{path, "HTML too large " + limit_is(byte_count(limits.max_markup_bytes))};
      source = as_page_text(load_detail::load_html(bytes, path, limits));
      break;
    case Format::Auto:
    case Format::Text:
    case Format::Markdown:
      if (bytes.size() > limits.max_text_bytes) return Error{path, "text too large " + limit_is(byte_count(limits.max_text_bytes))};
      source = load_text(bytes, path, format == Format::Auto ? Format::Text : format);
      break;
  }
  if (!source) return source;
  if (std::optional<Error> error = over_limits(*source, limits)) return *error;
  return source;
}

}  // namespace

Expected<Source> load(std::string_view bytes, const std::string& path, const LoadOptions& options) {
  Expected<Source> source = load_format(bytes, path, options);
  if (source) source->language = options.language;
  return source;
}

Expected<Source> load(std::string_view bytes, const std::string& path, Format format) {
  LoadOptions options;
  options.format = format;
  return load(bytes, path, options);
}

}  // namespace resdiff
