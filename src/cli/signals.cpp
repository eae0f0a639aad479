// The run's watch (see signals.hpp). Everything a handler touches is a fixed-size static buffer
// or a lock-free atomic written before the handlers can run, and a handler calls only
// async-signal-safe functions (unlink, poll, clock_gettime, write, sigaction, raise, _exit).
#include "signals.hpp"

#include <poll.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

namespace resdiff_cli {
namespace {

constexpr int kTickMs = 250;
constexpr int kTerminating[] = {SIGINT, SIGTERM, SIGHUP};

char temporary[4096];                      // "" when there is none
std::atomic<bool> has_temporary{false};
char time_message[512];                    // written before the timer starts
size_t time_message_length = 0;
timespec deadline{};
bool has_deadline = false;
bool watch_stdout = false;

void remove_temporary() {
  if (has_temporary.load()) unlink(temporary);
}

timespec now() {
  timespec t{};
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t;
}

bool after(const timespec& a, const timespec& b) {
  return a.tv_sec > b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec > b.tv_nsec);
}

// SIGINT, SIGTERM, SIGHUP: clean up, then die of the signal as if there were no handler.
void on_terminate(int sig) {
  int saved = errno;
  remove_temporary();
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  sigaction(sig, &dfl, nullptr);
  raise(sig);  // delivered when the handler returns (the signal is blocked while it runs)
  errno = saved;
}

// True when standard output is a pipe or socket whose reading end has gone.
bool reader_gone() {
  pollfd p{STDOUT_FILENO, POLLOUT, 0};
  return poll(&p, 1, 0) == 1 && (p.revents & (POLLERR | POLLHUP)) != 0;
}

void on_tick(int) {
  int saved = errno;
  if (watch_stdout && reader_gone()) exit_broken_pipe();
  if (has_deadline && after(now(), deadline)) {
    remove_temporary();
    ssize_t ignored = write(STDERR_FILENO, time_message, time_message_length);
    (void)ignored;
    _exit(2);
  }
  errno = saved;
}

void set_timer(int ms) {
  itimerval timer{};
  timer.it_interval.tv_sec = ms / 1000;
  timer.it_interval.tv_usec = (ms % 1000) * 1000;
  timer.it_value = timer.it_interval;
  setitimer(ITIMER_REAL, &timer, nullptr);
}

// Signals that end the run or tick, as a set.
sigset_t watched_signals() {
  sigset_t set;
  sigemptyset(&set);
  for (int sig : kTerminating) sigaddset(&set, sig);
  sigaddset(&set, SIGALRM);
  return set;
}

}  // namespace

void watch_run(const RunWatch& watch) {
  struct sigaction terminate {};
  terminate.sa_handler = on_terminate;
  sigemptyset(&terminate.sa_mask);
  terminate.sa_flags = SA_RESTART;
  for (int sig : kTerminating) {
    struct sigaction previous {};
    sigaction(sig, nullptr, &previous);
    if (previous.sa_handler == SIG_IGN) continue;  // nohup and friends: stay ignored
    sigaction(sig, &terminate, nullptr);
  }

  // A file grown past `ulimit -f` makes write() fail (EFBIG) instead of killing the run with the
  // temporary file left behind: the failure is reported and the temporary removed.
  struct sigaction ignore {};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  sigaction(SIGXFSZ, &ignore, nullptr);

  struct stat st {};
  watch_stdout = watch.stdout_output && fstat(STDOUT_FILENO, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode));
  has_deadline = watch.max_seconds > 0;
  if (has_deadline) {
    deadline = now();
    deadline.tv_sec += watch.max_seconds;
    std::string message = "resdiff: " + watch.names + ": gave up after " + std::to_string(watch.max_seconds) +
                          (watch.max_seconds == 1 ? " second" : " seconds") + " (resdiff's time limit; see --time-limit)\n";
    time_message_length = std::min(message.size(), sizeof time_message);
    std::memcpy(time_message, message.data(), time_message_length);
  }
  if (!has_deadline && !watch_stdout) return;
  struct sigaction tick {};
  tick.sa_handler = on_tick;
  sigemptyset(&tick.sa_mask);
  for (int sig : kTerminating) sigaddset(&tick.sa_mask, sig);
  tick.sa_flags = SA_RESTART;
  sigaction(SIGALRM, &tick, nullptr);
  set_timer(kTickMs);
}

void stop_watch() { set_timer(0); }

void remember_temporary(const std::string& path) {
  size_t n = std::min(path.size(), sizeof temporary - 1);
  has_temporary.store(false);
  std::memcpy(temporary, path.data(), n);
  temporary[n] = '\0';
  has_temporary.store(n == path.size());  // a longer path is not remembered rather than cut short
}

void forget_temporary() { has_temporary.store(false); }

void exit_broken_pipe() {
  remove_temporary();
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  sigaction(SIGPIPE, &dfl, nullptr);
  sigset_t pipe_only;
  sigemptyset(&pipe_only);
  sigaddset(&pipe_only, SIGPIPE);
  sigprocmask(SIG_UNBLOCK, &pipe_only, nullptr);
  raise(SIGPIPE);
  _exit(141);  // only if SIGPIPE could not end the run: the status a shell shows for it
}

HoldSignals::HoldSignals() {
  sigset_t set = watched_signals();
  sigprocmask(SIG_BLOCK, &set, &saved_);
}

HoldSignals::~HoldSignals() { sigprocmask(SIG_SETMASK, &saved_, nullptr); }

}  // namespace resdiff_cli
