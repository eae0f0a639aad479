// The run's watch: what a signal, a time limit or a vanished reader of standard output does.
//
// Process-wide state, so it lives here in the command line and nowhere in the library:
//   - SIGINT, SIGTERM, SIGHUP: the temporary file of an output being written (output.cpp names it
//     with remember_temporary()) is removed, then the signal ends the run as it would have.
//   - SIGXFSZ (a file past `ulimit -f`) is ignored, so that the write fails with EFBIG and the
//     output is reported as trouble and its temporary file removed, instead of a killed run.
//   - every 250 ms a timer (SIGALRM) checks two things, and ends the run at once when
//       * the run has taken longer than its time limit (Limits::max_seconds, --time-limit):
//         "resdiff: a.md, b.md: gave up after 300 seconds (resdiff's time limit; see
//         --time-limit)", exit status 2;
//       * standard output is a pipe whose reader went away (`resdiff a b | true`): silently, as
//         SIGPIPE would, even when SIGPIPE is ignored — not 100 s later when the output is ready.
//   - stop_watch() ends the timer before the output is written or paged: a user reading in the
//     pager has no time limit, and from then on a failed write notices a broken pipe.
//
//   watch_run({300, true, "a.md, b.md"});   // … read, compare, render …
//   stop_watch();                            // … write_output() …
#pragma once
#include <signal.h>

#include <string>

namespace resdiff_cli {

/// What watch_run() watches.
struct RunWatch {
  int max_seconds = 0;          ///< the time limit; 0: none
  bool stdout_output = false;   ///< the output goes to standard output: watch its reader
  std::string names;            ///< the inputs, as the time-limit message names them ("a.md, b.md")
};

/// Installs the signal handlers and starts the timer.
void watch_run(const RunWatch& watch);

/// Stops the timer (the signal handlers stay).
void stop_watch();

/// The temporary file to remove when a signal ends the run (at most one at a time, a path of at
/// most 4 KiB); forget_temporary() once it is renamed or removed.
void remember_temporary(const std::string& path);
void forget_temporary();

/// Ends the run as a broken pipe does: the temporary file removed, killed by SIGPIPE even when
/// SIGPIPE is ignored (exit status 141 in a shell), no message.
[[noreturn]] void exit_broken_pipe();

/// While alive, SIGINT, SIGTERM, SIGHUP and SIGALRM wait: an existing file being rewritten in
/// place is never left half-written by them.
class HoldSignals {
 public:
  HoldSignals();
  ~HoldSignals();
  HoldSignals(const HoldSignals&) = delete;
  HoldSignals& operator=(const HoldSignals&) = delete;

 private:
  sigset_t saved_;
};

}  // namespace resdiff_cli
