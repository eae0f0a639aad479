// The committed versions of one file, for `resdiff log --git PATH`.
//
//   git -C DIR rev-parse --show-toplevel                     the repository holding the file
//   git -C DIR log --follow --diff-filter=d --format=%x01%H %cs --name-only -- NAME
//        \x01 3f2c…e1 2025-12-05                              one record per commit, newest first,
//                                                           with the file's name at that commit
//        resolutions/A_RES_80_41.md                         (renames followed)
//   git -C TOP show 3f2c…e1:resolutions/A_RES_80_41.md       the bytes of that version
//
// git runs without a shell (fork and execvp, arguments as given), with its standard error kept
// so that trouble comes back as one line naming the file. The versions come back oldest first;
// a commit whose content is the same as the version before (a rename, a mode change) is left out.
#include "git_history.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace resdiff_cli {

namespace {

/// Reads a file descriptor to its end.
std::string drain(int fd) {
  std::string out;
  char buffer[65536];
  while (true) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buffer, static_cast<size_t>(n));
  }
  return out;
}

/// The first non-empty line of git's complaint, without "fatal: ".
std::string first_line(const std::string& text) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!line.empty()) {
      if (line.rfind("fatal: ", 0) == 0) line = line.substr(7);
      return line;
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return "git failed";
}

}  // namespace

resdiff::Expected<std::string> run_git(const std::string& dir, const std::vector<std::string>& args, const std::string& what_for) {
  int out_pipe[2], err_pipe[2];
  if (pipe(out_pipe) != 0) return resdiff::Error{what_for, std::string("cannot run git: ") + std::strerror(errno)};
  if (pipe(err_pipe) != 0) {
    close(out_pipe[0]);
    close(out_pipe[1]);
    return resdiff::Error{what_for, std::string("cannot run git: ") + std::strerror(errno)};
  }
  // no colour, no quoted non-ASCII names, whatever the user's configuration says
  std::vector<std::string> argv_strings = {"git", "-c", "color.ui=never", "-c", "core.quotepath=off", "-C", dir};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv_strings) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid < 0) return resdiff::Error{what_for, std::string("cannot run git: ") + std::strerror(errno)};
  if (pid == 0) {
    dup2(out_pipe[1], STDOUT_FILENO);
    dup2(err_pipe[1], STDERR_FILENO);
    close(out_pipe[0]);
    close(out_pipe[1]);
    close(err_pipe[0]);
    close(err_pipe[1]);
    execvp("git", argv.data());
    _exit(127);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  // git's error output is small; read the output first, then the errors
  std::string out = drain(out_pipe[0]);
  std::string err = drain(err_pipe[0]);
  close(out_pipe[0]);
  close(err_pipe[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127 && err.empty()) return resdiff::Error{what_for, "cannot run git: not found"};
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return resdiff::Error{what_for, first_line(err)};
  return out;
}

std::vector<GitVersion> parse_git_log(const std::string& output) {
  std::vector<GitVersion> versions;
  size_t start = 0;
  while (start < output.size()) {
    size_t end = output.find('\n', start);
    std::string line = output.substr(start, end == std::string::npos ? std::string::npos : end - start);
    start = end == std::string::npos ? output.size() : end + 1;
    if (!line.empty() && line[0] == '\x01') {
      GitVersion version;
      size_t space = line.find(' ');
      version.commit = line.substr(1, space == std::string::npos ? std::string::npos : space - 1);
      if (space != std::string::npos) version.date = line.substr(space + 1);
      versions.push_back(std::move(version));
    } else if (!line.empty() && !versions.empty() && versions.back().path.empty()) {
      versions.back().path = line;
    }
  }
  return versions;
}

resdiff::Expected<std::vector<GitVersion>> git_versions(const std::string& path) {
  namespace fs = std::filesystem;
  fs::path file(path);
  std::string dir = file.has_parent_path() ? file.parent_path().string() : ".";
  std::error_code error;
  if (!fs::is_directory(dir, error)) return resdiff::Error{path, "no such folder"};
  resdiff::Expected<std::string> top = run_git(dir, {"rev-parse", "--show-toplevel"}, path);
  if (!top) return resdiff::Error{path, "not in a git repository"};
  std::string root = *top;
  while (!root.empty() && (root.back() == '\n' || root.back() == '\r')) root.pop_back();
  resdiff::Expected<std::string> log = run_git(
      dir, {"log", "--follow", "--diff-filter=d", "--format=%x01%H %cs", "--name-only", "--", file.filename().string()}, path);
  if (!log) return log.error();
  std::vector<GitVersion> versions = parse_git_log(*log);
  if (versions.empty()) return resdiff::Error{path, "no committed version in git"};
  std::reverse(versions.begin(), versions.end());
  std::vector<GitVersion> distinct;
  for (GitVersion& version : versions) {
    resdiff::Expected<std::string> bytes = run_git(root, {"show", version.commit + ":" + version.path}, path);
    if (!bytes) return bytes.error();
    version.bytes = std::move(*bytes);
    // a commit that only renamed the file (or changed its mode) brings no new version
    if (!distinct.empty() && distinct.back().bytes == version.bytes) continue;
    distinct.push_back(std::move(version));
  }
  return distinct;
}

}  // namespace resdiff_cli
