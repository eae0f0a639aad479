// Reading the documents a command names, and the warning lines printed about them.
#pragma once
#include <string>
#include <utility>

#include "options.hpp"
#include "resdiff/document.hpp"
#include "resdiff/expected.hpp"

namespace resdiff_cli {

/// load → segment for path ("-": standard input). /dev/null is an empty document: git passes it
/// for an added or a deleted file.
resdiff::Expected<resdiff::Document> read_input(const std::string& path, const ReadingOptions& options);

/// Both documents of a comparison, each as read_input() reads it. Two regular files of at most
/// 4 MiB together are read at the same time, new on a second thread (a PDF pair then takes its
/// slower side's time, not the sum); anything else (larger files, whose two working copies at once
/// would raise the peak memory past issue 10's bound: input.cpp has the measurements; standard
/// input, a pipe, a device, /dev/null) in turn, old first, new not at all once old has failed.
/// Either way the error returned is old's when both fail.
resdiff::Expected<std::pair<resdiff::Document, resdiff::Document>> read_inputs(const std::string& old_path,
                                                                               const std::string& new_path,
                                                                               const ReadingOptions& options);

/// "resdiff: FILE: warning: …" lines for what the reader repaired (none with quiet); printed only
/// after the output is written, so that trouble stays one line.
std::string warning_lines(const resdiff::Document& doc, bool quiet);

}  // namespace resdiff_cli
