// Reading the documents a command names, and the warning lines printed about them.
#pragma once
#include <string>

#include "options.hpp"
#include "resdiff/document.hpp"
#include "resdiff/expected.hpp"

namespace resdiff_cli {

/// load → segment for path ("-": standard input). /dev/null is an empty document: git passes it
/// for an added or a deleted file.
resdiff::Expected<resdiff::Document> read_input(const std::string& path, const ReadingOptions& options);

/// "resdiff: FILE: warning: …" lines for what the reader repaired (none with quiet); printed only
/// after the output is written, so that trouble stays one line.
std::string warning_lines(const resdiff::Document& doc, bool quiet);

}  // namespace resdiff_cli
