// read_input(), read_inputs() and warning_lines() of input.hpp.
#include "input.hpp"

#include <cstdint>
#include <filesystem>
#include <future>
#include <optional>
#include <system_error>
#include <utility>

#include "resdiff/resdiff.hpp"

namespace resdiff_cli {

resdiff::Expected<resdiff::Document> read_input(const std::string& path, const ReadingOptions& options) {
  if (path == "/dev/null") {
    resdiff::Document empty;
    empty.path = path;
    return empty;
  }
  return resdiff::read_document(path, load_options(options));
}

namespace {

/// Two files read at once hold both readers' working copies at the same time; past this size
/// together they are read in turn. Issue 10's bound on the peak memory, 4 × the inputs + 30 MB,
/// decides it: reading at once adds about one side's reading peak, ~2 bytes per byte of the pair
/// for Markdown, and buys at most that side's reading time. Measured on 2026-12-01 (2 cores, a
/// loaded machine, /usr/bin/time, main 0a6161f; in turn → at once, wall seconds and peak RSS):
///   A/RES/79/144 → 80/110 (PDF, 1.4 MB)      0.54–0.72 s, 23 MB → 0.63–0.78 s, 26 MB  (bound 36 MB)
///   bench 8k clauses, 1% (Markdown, 7.5 MB)  0.36–0.40 s, 42 MB → 0.41–0.57 s, 58 MB  (bound 60 MB)
///   bench 64k clauses, 1% (60 MB)            2.7–4.3 s, 227 MB  → 4.9–5.1 s, 354 MB   (bound 272 MB)
/// So a PDF pair (reading ~0.5 MB/s: on two idle cores it waits for its slower side, not for
/// both) is read at once; past 4 MiB the second reader's copies would take the 8k pair to within
/// 2 MB of its bound and the 64k pair far past it, for no time gained on a busy machine.
constexpr std::uintmax_t kAtOnceBytes = 4u << 20;

/// The size of path when it names a regular file (through links), else nothing: reading such a
/// file can neither wait nor consume what another reader needs, as standard input, a pipe or a
/// terminal could.
std::optional<std::uintmax_t> regular_file_size(const std::string& path) {
  std::error_code error;
  if (path == "-" || !std::filesystem::is_regular_file(path, error)) return std::nullopt;
  std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error) return std::nullopt;
  return size;
}

}  // namespace

resdiff::Expected<std::pair<resdiff::Document, resdiff::Document>> read_inputs(const std::string& old_path,
                                                                               const std::string& new_path,
                                                                               const ReadingOptions& options) {
  using Read = resdiff::Expected<resdiff::Document>;
  std::optional<std::future<Read>> new_read;
  std::optional<std::uintmax_t> old_size = regular_file_size(old_path), new_size = regular_file_size(new_path);
  if (old_size && new_size && *old_size + *new_size <= kAtOnceBytes) {
    try {
      new_read = std::async(std::launch::async, [&] { return read_input(new_path, options); });
    } catch (const std::system_error&) {  // no thread to be had: read in turn below
    }
  }
  Read old_doc = read_input(old_path, options);
  if (!new_read && !old_doc) return old_doc.error();  // in turn: new is not read once old has failed
  Read new_doc = new_read ? new_read->get() : read_input(new_path, options);
  if (!old_doc) return old_doc.error();
  if (!new_doc) return new_doc.error();
  return std::pair<resdiff::Document, resdiff::Document>(std::move(*old_doc), std::move(*new_doc));
}

std::string warning_lines(const resdiff::Document& doc, bool quiet) {
  std::string out;
  if (quiet) return out;
  for (const std::string& warning : doc.warnings) out += "resdiff: " + doc.path + ": warning: " + one_line(warning) + "\n";
  return out;
}

}  // namespace resdiff_cli
