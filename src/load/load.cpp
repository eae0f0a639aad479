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

Expected<Source> load_text(std::string_view bytes, const std::string& path, Format format) {
  Source source;
  Expected<std::string> text = loader::decode_text(bytes, path, source.warnings);
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

}  // namespace

namespace {

/// The source read in the format it has.
Expected<Source> load_format(std::string_view bytes, const std::string& path, const LoadOptions& options) {
  Format format = options.format == Format::Auto ? detect_format(bytes) : options.format;
  switch (format) {
    case Format::Pdf: return load_detail::load_pdf(bytes, path);
    case Format::Docx: return as_page_text(load_detail::load_docx(bytes, path, options.docx_original));
    case Format::Html: return as_page_text(load_detail::load_html(bytes, path));
    case Format::Auto:
    case Format::Text:
    case Format::Markdown: break;
  }
  return load_text(bytes, path, format == Format::Auto ? Format::Text : format);
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
