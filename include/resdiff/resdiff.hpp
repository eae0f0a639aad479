// The whole pipeline in one include: read a file into a Document, compare two Documents.
#pragma once
#include <string>

#include "resdiff/document.hpp"
#include "resdiff/expected.hpp"
#include "resdiff/load.hpp"
#include "resdiff/report.hpp"

namespace resdiff {

/// load → segment for one file ("-" for standard input).
Expected<Document> read_document(const std::string& path, Format format = Format::Auto);

/// load → segment for bytes already in memory (path is only for messages).
Expected<Document> parse_document(std::string_view bytes, const std::string& path, Format format = Format::Auto);

/// The same two with every reading option (e.g. DOCX tracked changes read as before them).
Expected<Document> read_document(const std::string& path, const LoadOptions& options);
Expected<Document> parse_document(std::string_view bytes, const std::string& path, const LoadOptions& options);

/// Library version, "X.Y.Z".
const char* version();

}  // namespace resdiff
