// Input formats: names and detection from the content (never from the file name).
//
// Detection looks at magic bytes first (PDF "%PDF-", a ZIP holding word/document.xml for DOCX),
// then at markup: HTML tags at the start, Markdown syntax anywhere in the first 64 KiB
// (front matter, `**`, `[^1]`, `](`, backslash escapes, `*word`, `# heading`). Anything else is
// plain text. UTF-16 input (with a BOM, or Latin-script without one) is judged on its UTF-8 transcription.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "load/loader.hpp"
#include "resdiff/load.hpp"

namespace resdiff {
namespace {

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  return std::equal(prefix.begin(), prefix.end(), s.begin(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  });
}

bool contains_ci(std::string_view s, std::string_view needle) {
  for (size_t i = 0; i + needle.size() <= s.size(); ++i)
    if (starts_with_ci(s.substr(i), needle)) return true;
  return false;
}

bool looks_like_html(std::string_view head) {
  size_t i = head.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos || head[i] != '<') return false;
  for (std::string_view tag : {"<!doctype html", "<html", "<body", "<p>", "<p ", "<div", "<h1", "<head"})
    if (contains_ci(head, tag)) return true;
  return false;
}

bool looks_like_markdown(std::string_view text) {
  if (text.substr(0, 4) == "---\n" || text.substr(0, 5) == "---\r\n") return true;
  for (std::string_view mark : {"**", "[^", "](", "\\(", "\\[", "\n# ", "\n## "})
    if (text.find(mark) != std::string_view::npos) return true;
  if (text.substr(0, 2) == "# ") return true;
  // `*Recalling*`: an asterisk opening a word.
  for (size_t i = text.find('*'); i != std::string_view::npos; i = text.find('*', i + 1)) {
    bool open_before = i == 0 || std::isspace(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == ',' ||
                       text[i - 1] == ';';
    if (open_before && i + 1 < text.size() && std::isalpha(static_cast<unsigned char>(text[i + 1]))) return true;
  }
  return false;
}

}  // namespace

const char* format_name(Format format) {
  switch (format) {
    case Format::Auto: return "auto";
    case Format::Text: return "text";
    case Format::Markdown: return "markdown";
    case Format::Html: return "html";
    case Format::Docx: return "docx";
    case Format::Pdf: return "pdf";
  }
  return "text";
}

Format detect_format(std::string_view bytes) {
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")
    return detect_format(loader::utf16_to_utf8(bytes));
  if (const char* utf16 = loader::utf16_without_bom(bytes))
    return detect_format(loader::utf16_to_utf8(bytes.substr(0, 128 * 1024), std::string_view(utf16) == "UTF-16LE"));
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return Format::Pdf;
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) &&
      bytes.find("word/document.xml") != std::string_view::npos)
    return Format::Docx;
  std::string_view head = bytes.substr(0, 64 * 1024);
  if (looks_like_html(head.substr(0, 4096))) return Format::Html;
  if (looks_like_markdown(head)) return Format::Markdown;
  return Format::Text;
}

}  // namespace resdiff
