// read_input() and warning_lines() of input.hpp.
#include "input.hpp"

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

std::string warning_lines(const resdiff::Document& doc, bool quiet) {
  std::string out;
  if (quiet) return out;
  for (const std::string& warning : doc.warnings) out += "resdiff: " + doc.path + ": warning: " + one_line(warning) + "\n";
  return out;
}

}  // namespace resdiff_cli
