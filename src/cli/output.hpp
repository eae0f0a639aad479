// Output, whole or not at all: to standard output, or to a file through a temporary file in the
// same directory and a rename, so that trouble never leaves a half-written result and an old
// file stays as it was until the new one is complete.
#pragma once
#include <optional>
#include <string>

#include "resdiff/expected.hpp"

namespace resdiff_cli {

/// Writes all of text to the file descriptor fd, retrying after interruptions; false on error (errno set).
bool write_all(int fd, const std::string& text);

/// Writes text to standard output (path empty or "-") or to path; the Error names what failed.
std::optional<resdiff::Error> write_output(const std::string& path, const std::string& text);

}  // namespace resdiff_cli
