// Tests for src/cli/signals.cpp: what a signal, a time limit and a vanished reader do to a run.
// Each case runs in a forked child, since the point is how a process ends.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <string>

#include "signals.hpp"

using namespace resdiff_cli;

namespace {

// Runs body in a child process and returns its wait status.
template <class Body>
int in_child(Body body) {
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    body();
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

std::string temporary_name() {
  char name[] = "/tmp/resdiff-signals-XXXXXX";
  int fd = mkstemp(name);
  close(fd);
  return name;
}

bool exists(const std::string& path) {
  struct stat st {};
  return stat(path.c_str(), &st) == 0;
}

}  // namespace

TEST_CASE("SIGINT and SIGTERM remove the temporary output file and end the run as the signal does") {
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    INFO(sig);
    std::string temp = temporary_name();
    int status = in_child([&] {
      watch_run(RunWatch{});
      remember_temporary(temp);
      raise(sig);
      _exit(0);  // not reached
    });
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == sig);
    CHECK_FALSE(exists(temp));
  }
}

TEST_CASE("a forgotten temporary file (renamed into place) is not removed by a signal") {
  std::string kept = temporary_name();
  int status = in_child([&] {
    watch_run(RunWatch{});
    remember_temporary(kept);
    forget_temporary();
    raise(SIGTERM);
  });
  CHECK(WIFSIGNALED(status));
  CHECK(exists(kept));
  unlink(kept.c_str());
}

TEST_CASE("while signals are held, a signal waits until the rewrite is done") {
  std::string marker = temporary_name();
  unlink(marker.c_str());
  int status = in_child([&] {
    watch_run(RunWatch{});
    {
      HoldSignals hold;
      raise(SIGTERM);
      close(open(marker.c_str(), O_CREAT | O_WRONLY, 0600));  // still running: the rewrite finishes
    }
    _exit(0);  // not reached: the held signal ends the run here
  });
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGTERM);
  CHECK(exists(marker));
  unlink(marker.c_str());
}

TEST_CASE("a broken pipe ends the run as SIGPIPE does, even when SIGPIPE is ignored") {
  std::string temp = temporary_name();
  int status = in_child([&] {
    std::signal(SIGPIPE, SIG_IGN);
    remember_temporary(temp);
    exit_broken_pipe();
  });
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGPIPE);
  CHECK_FALSE(exists(temp));
}

TEST_CASE("the timer notices at once that standard output's reader went away") {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  close(fds[0]);  // the reader is gone before anything is written
  auto start = std::chrono::steady_clock::now();
  int status = in_child([&] {
    dup2(fds[1], STDOUT_FILENO);
    std::signal(SIGPIPE, SIG_IGN);
    watch_run(RunWatch{0, true, "a.md, b.md"});
    for (;;) pause();  // a comparison that would take for ever
  });
  close(fds[1]);
  auto took = std::chrono::steady_clock::now() - start;
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGPIPE);
  CHECK(took < std::chrono::seconds(10));
}

TEST_CASE("the time limit ends a run that cannot finish with one line naming the inputs, exit status 2") {
  int err[2];
  REQUIRE(pipe(err) == 0);
  int status = in_child([&] {
    dup2(err[1], STDERR_FILENO);
    watch_run(RunWatch{1, false, "a.md, b.md"});
    for (;;) pause();
  });
  close(err[1]);
  char buffer[256] = {};
  ssize_t n = read(err[0], buffer, sizeof buffer - 1);
  close(err[0]);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 2);
  CHECK(std::string(buffer, n > 0 ? static_cast<size_t>(n) : 0) ==
        "resdiff: a.md, b.md: gave up after 1 second (resdiff's time limit; see --time-limit)\n");
}
