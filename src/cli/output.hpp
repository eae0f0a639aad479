// Output, whole or not at all, and never at the cost of anything the user owns.
//
// write_output() takes the output either whole (a string) or as a renderer that writes it into a
// Sink in pieces of ~64 KiB (resdiff/sink.hpp: the JSON report of 64,000 clauses is 126 MB, which
// then never stands whole in memory). Either way the report is complete before the first byte is
// written, so trouble (an unreadable input) never comes in mid-output; write_output() puts it
// where -o says:
//   - standard output (no -o, or "-"): written; a reader that went away ends the run silently,
//     as SIGPIPE does (even when SIGPIPE is ignored), and a write error is trouble;
//   - a new file: a temporary file in the same directory, then a rename, so the file appears
//     whole or not at all;
//   - an existing regular file with one name: the same, with its mode, owner and group copied to
//     the temporary file first — atomic, and the file keeps what it had. When its owner cannot be
//     given to a new file (not root, another user's file), it is rewritten in place as below;
//   - an existing regular file with several names (hard links): rewritten in place, so that every
//     name sees the new text: its space reserved first (a full disk fails before a byte is
//     overwritten; a streamed output is collected whole first, to know its size), then written
//     from the start and cut to length, with SIGINT, SIGTERM and SIGHUP held until it is done. Atomicity is given up for the links; only a crash or SIGKILL
//     in mid-write could leave it half-written;
//   - a symbolic link: written through — the file it points to is written as above, the link
//     stays a link (a dangling link gets the file it names);
//   - anything else (a FIFO, a terminal, /dev/null, /dev/full, /dev/stdout, /proc/self/fd/N):
//     opened and written to, never replaced or created.
// A temporary file never stays behind: removed on failure (a write error, an exception in the
// renderer), and on SIGINT/SIGTERM/SIGHUP (signals.hpp). A streamed write that fails keeps its
// first error, skips the rest of the writes and reports it when the renderer is done.
//
// check_output() runs before any input is read: -o naming one of the inputs, through any path or
// link (the same device and inode), is refused, so a draft is never replaced by its report; so
// is standard output when it is closed.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "resdiff/expected.hpp"
#include "resdiff/sink.hpp"

namespace resdiff_cli {

/// Opens /dev/null on any of standard input, output and error that is closed, so that no file
/// opened later takes their numbers (and a message meant for standard error never lands in an
/// output file). Call once, first; returns whether standard output was closed.
bool guard_standard_streams();

/// Writes all of text to the file descriptor fd, retrying after interruptions; false on error (errno set).
bool write_all(int fd, std::string_view text);

/// A renderer writing the output into the sink it is given (called once).
using Render = std::function<void(resdiff::Sink&)>;

/// Refuses an output path that names one of inputs ("-" is standard input) or a closed standard
/// output: the Error names the output and says why; nullopt when the output may be written.
std::optional<resdiff::Error> check_output(const std::string& path, const std::vector<std::string>& inputs);

/// Writes text to standard output (path empty or "-") or to path, as the file's essay says; the
/// Error names what failed.
std::optional<resdiff::Error> write_output(const std::string& path, const std::string& text);

/// The same for the output render writes into a sink, written as it comes (see the essay).
std::optional<resdiff::Error> write_output(const std::string& path, const Render& render);

}  // namespace resdiff_cli
