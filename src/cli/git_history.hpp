// The versions of one file in its git repository, for `resdiff log --git PATH`.
#pragma once
#include <string>
#include <vector>

#include "resdiff/expected.hpp"

namespace resdiff_cli {

/// One committed version of the file.
struct GitVersion {
  std::string commit;  ///< full hash
  std::string date;    ///< committer date, YYYY-MM-DD
  std::string path;    ///< the file's path at that commit, from the repository's top
  std::string bytes;   ///< the file's content at that commit
};

/// `git log --follow` of path, oldest first, each version's content read with `git show`;
/// commits that delete the file, or leave its content as it was (a rename), are left out. Runs git in the file's folder, without a shell.
/// An Error (naming path) when path is not in a git repository or has no committed version.
resdiff::Expected<std::vector<GitVersion>> git_versions(const std::string& path);

/// The output of `git ...` run in folder dir, or an Error naming what_for with git's first
/// line of complaint.
resdiff::Expected<std::string> run_git(const std::string& dir, const std::vector<std::string>& args, const std::string& what_for);

/// The commits and paths in `git log --follow --format=%x01%H %cs --name-only` output, in the
/// order given (newest first).
std::vector<GitVersion> parse_git_log(const std::string& output);

}  // namespace resdiff_cli
