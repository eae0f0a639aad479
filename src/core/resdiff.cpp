// The reading half of the pipeline in one place: load → segment.
// The comparing half is compare() in compare.cpp; the CLI calls one, then the other.
#include "resdiff/resdiff.hpp"

#include "resdiff/segment.hpp"

#ifndef RESDIFF_VERSION
#define RESDIFF_VERSION "0.0.0"
#endif

namespace resdiff {

Expected<Document> parse_document(std::string_view bytes, const std::string& path, const LoadOptions& options) {
  Expected<Source> source = load(bytes, path, options);
  if (!source) return source.error();
  Document doc = segment(*source);
  // what the reader repaired or guessed (an encoding, page furniture) comes first
  doc.warnings.insert(doc.warnings.begin(), source->warnings.begin(), source->warnings.end());
  return doc;
}

Expected<Document> read_document(const std::string& path, const LoadOptions& options) {
  Expected<std::string> bytes = read_file(path, options.limits.max_file_bytes);
  if (!bytes) return bytes.error();
  return parse_document(*bytes, path, options);
}

Expected<Document> parse_document(std::string_view bytes, const std::string& path, Format format) {
  LoadOptions options;
  options.format = format;
  return parse_document(bytes, path, options);
}

Expected<Document> read_document(const std::string& path, Format format) {
  LoadOptions options;
  options.format = format;
  return read_document(path, options);
}

const char* version() { return RESDIFF_VERSION; }

}  // namespace resdiff
