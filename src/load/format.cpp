// Input formats: names and detection from the content (never from the file name).
#include <string_view>

#include "resdiff/load.hpp"

namespace resdiff {

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

}  // namespace resdiff
