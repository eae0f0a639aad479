// Git's external-diff arguments. git runs GIT_EXTERNAL_DIFF (or diff.external) with seven
// arguments, nine for a rename:
//
//   path old-file old-hex old-mode new-file new-hex new-mode [new-path rename-info]
//   resolution.md /tmp/XyZ_resolution.md 1a2b3c4 100644 resolution.md 0000000 100644
//
// The files to compare are old-file and new-file; the documents are named by their paths in the
// repository, not by git's temporary files.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace resdiff_cli {

/// The two sides of one external-diff call.
struct GitDiffCall {
  std::string old_file, new_file;  ///< what to read (git's temporary files, or /dev/null)
  std::string old_name, new_name;  ///< the paths in the repository, to name the documents
};

/// The call when arguments are git's seven (or nine) external-diff arguments, else nullopt.
std::optional<GitDiffCall> git_diff_call(const std::vector<std::string>& arguments);

}  // namespace resdiff_cli
