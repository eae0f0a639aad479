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
/// together, reading them in turn keeps the peak memory down. A PDF pair of 56 pages a side is
/// 1.4 MB (and reads at ~0.5 MB/s, where a second thread halves the wait); a Markdown pair of
/// 8,000 clauses is 7.5 MB (and reads at ~8 MB/s).
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
