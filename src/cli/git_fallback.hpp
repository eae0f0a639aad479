// What git's routes show when an input is no document resdiff can compare. Under git (an
// external diff, a difftool) every file of a commit comes to resdiff, images and source code
// among them, and git must never break: a file that is not a document is passed through as git
// itself would show it, with one line that says so.
//
//   old and new read as documents, one a resolution     → compare them (the documents)
//   neither is a resolution and both are plain text     → "resdiff: app.py is not a resolution:
//     (source code, notes, HTML)                           plain line diff" and diff -u's lines
//   one is no document (an image, a binary, a broken     → "Binary files a/logo.png and
//     package)                                             b/logo.png differ"
//   the same bytes                                       → nothing
//
// DOCX and PDF files that are not resolutions are still documents: their paragraphs compare.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "options.hpp"
#include "resdiff/document.hpp"

namespace resdiff_cli {

/// One side of a git call: the bytes of its file, its path in the repository, and whether git
/// gave /dev/null (the file is added or deleted).
struct GitSide {
  std::string bytes;
  std::string name;
  bool absent = false;
};

/// How a git route shows two inputs.
struct GitView {
  std::optional<std::string> plain;  ///< set: print this instead of a comparison (may be empty: same bytes)
  resdiff::Document old_doc;         ///< the documents to compare when plain is unset
  resdiff::Document new_doc;
};

/// The name a file that git difftool hands over goes by: $BASE when git exported it (difftool -x),
/// else the file's own name when it is git's temporary copy ("/tmp/git-blob-Ab12/app.py" →
/// "app.py"), else the path as given (a file of the work tree).
std::string difftool_name(const std::string& path, const std::optional<std::string>& base);

/// Decides, as the essay above says, from the two sides' bytes.
GitView git_view(const GitSide& old_side, const GitSide& new_side, const ReadingOptions& reading);

}  // namespace resdiff_cli
