// The pager: long output on a terminal goes through $PAGER (or `less -FRX`), like git's. The
// decision is a pure function (pager_command) so that it is tested without a terminal.
#include "pager.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>

namespace resdiff_cli {

int count_lines(const std::string& text) {
  int n = 0;
  for (char c : text) n += c == '\n' ? 1 : 0;
  if (!text.empty() && text.back() != '\n') ++n;
  return n;
}

std::string pager_command(const PagerContext& context) {
  if (context.no_pager || !context.to_stdout || !context.is_tty || context.machine_format) return "";
  if (context.lines < context.height) return "";
  if (!context.pager_env) return "less -FRX";
  const std::string& pager = *context.pager_env;
  if (pager.find_first_not_of(" \t") == std::string::npos || pager == "cat") return "";
  return pager;
}

bool run_pager(const std::string& command, const std::string& text) {
  int fds[2];
  if (pipe(fds) != 0) return false;
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return false;
  }
  if (pid == 0) {
    dup2(fds[0], STDIN_FILENO);
    close(fds[0]);
    close(fds[1]);
    if (std::getenv("LESS") == nullptr) setenv("LESS", "FRX", 1);
    execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(fds[0]);
  // a pager that quits before reading everything closes the pipe: not an error
  void (*previous)(int) = std::signal(SIGPIPE, SIG_IGN);
  size_t done = 0;
  while (done < text.size()) {
    ssize_t n = write(fds[1], text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  close(fds[1]);
  std::signal(SIGPIPE, previous);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return !(WIFEXITED(status) && WEXITSTATUS(status) == 127);
}

}  // namespace resdiff_cli
