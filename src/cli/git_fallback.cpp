// git_view(): documents compared, anything else shown as git shows it (see git_fallback.hpp).
#include "git_fallback.hpp"

#include "resdiff/diff.hpp"
#include "resdiff/load.hpp"
#include "resdiff/resdiff.hpp"

namespace resdiff_cli {
namespace {

using namespace resdiff;

/// The side as a document: an added or deleted file is an empty one.
Expected<Document> read_side(const GitSide& side, const ReadingOptions& reading) {
  if (side.absent) {
    Document empty;
    empty.path = side.name;
    empty.is_resolution = false;
    return empty;
  }
  return parse_document(side.bytes, side.name, load_options(reading));
}

/// Text a line diff shows faithfully: a plain text, Markdown or HTML file (or nothing at all).
bool plain_text(const GitSide& side, const ReadingOptions& reading) {
  if (side.absent) return true;
  Format format = load_options(reading).format;
  if (format == Format::Auto) format = detect_format(side.bytes);
  return format == Format::Text || format == Format::Markdown || format == Format::Html;
}

/// "a/name", "b/name", or /dev/null for a side git did not have.
std::string header_name(const GitSide& side, const char* prefix) { return side.absent ? "/dev/null" : prefix + side.name; }

}  // namespace

std::string difftool_name(const std::string& path, const std::optional<std::string>& base) {
  if (base && !base->empty()) return *base;
  size_t slash = path.rfind('/');
  if (slash == std::string::npos || slash == 0) return path;
  size_t dir = path.rfind('/', slash - 1);
  std::string parent = path.substr(dir == std::string::npos ? 0 : dir + 1, slash - (dir == std::string::npos ? 0 : dir + 1));
  return parent.rfind("git-blob-", 0) == 0 ? path.substr(slash + 1) : path;
}

GitView git_view(const GitSide& old_side, const GitSide& new_side, const ReadingOptions& reading) {
  GitView view;
  bool same = old_side.absent == new_side.absent && old_side.bytes == new_side.bytes;
  Expected<Document> old_doc = read_side(old_side, reading);
  Expected<Document> new_doc = read_side(new_side, reading);
  if (!old_doc || !new_doc) {
    view.plain = same ? "" : "Binary files " + header_name(old_side, "a/") + " and " + header_name(new_side, "b/") + " differ\n";
    return view;
  }
  bool resolution = old_doc->is_resolution || new_doc->is_resolution;
  if (!resolution && plain_text(old_side, reading) && plain_text(new_side, reading)) {
    const std::string& name = new_side.absent ? old_side.name : new_side.name;
    view.plain = same ? ""
                      : "resdiff: " + name + " is not a resolution: plain line diff\n" +
                            unified_line_diff(old_side.bytes, new_side.bytes, header_name(old_side, "a/"),
                                              header_name(new_side, "b/"));
    return view;
  }
  view.old_doc = std::move(*old_doc);
  view.new_doc = std::move(*new_doc);
  return view;
}

}  // namespace resdiff_cli
