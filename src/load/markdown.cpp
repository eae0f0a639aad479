// Markdown and plain text to blocks: paragraphs are separated by blank lines.
//
// A line holding only white space is blank (raw page text is full of them). A horizontal rule
// (`---`, `***`, `___`, and the `__________________` footnote separator of page text) ends a block
// and is dropped. In Markdown, YAML front matter at the very start goes to Parsed::front_matter;
// `# ` heading markers are stripped and a heading is a block of its own; a footnote definition
// `[^N]:` always starts a new block, and indented lines after a blank line continue it. Inside a
// block, lines keep their '\n' (leading and trailing white space trimmed); parse_inline then
// reads the emphasis. Example:
//
//   ---\ntitle: "X :"\n---\n\nRecalling its resolution\n   \n1. *Decides*\n\n---\n\n[^1]: A\n    B\n[^2]: C
//   -> front_matter {title: "X :"}; blocks "Recalling its resolution" (line 5), "1. Decides" (line 7,
//      italic span "Decides"), "[^1]: A\nB" (line 11), "[^2]: C" (line 13)
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "load/loader.hpp"

namespace resdiff::loader {
namespace {

std::string_view trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\f\v");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\f\v");
  return s.substr(b, e - b + 1);
}

/// The lines of a text one after the other, without a list of them: split at '\n', the empty
/// line after a final '\n' not counted ("a\nb\n" has the lines "a" and "b").
class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {}

  /// The next line into *line; false after the last.
  bool next(std::string_view* line) {
    if (start_ > text_.size()) return false;
    size_t end = text_.find('\n', start_);
    if (end == std::string_view::npos) end = text_.size();
    if (end == text_.size() && end == start_) return false;  // nothing after the last '\n'
    *line = text_.substr(start_, end - start_);
    start_ = end + 1;
    return true;
  }

 private:
  std::string_view text_;
  size_t start_ = 0;
};

bool is_rule(std::string_view line) {
  std::string_view t = trim(line);
  if (t.size() < 3) return false;
  char c = t[0];
  if (c != '-' && c != '*' && c != '_') return false;
  for (char x : t)
    if (x != c && x != ' ') return false;
  return true;
}

bool is_footnote_definition(std::string_view line) {
  std::string_view t = trim(line);
  if (t.substr(0, 2) != "[^") return false;
  size_t i = 2;
  while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
  return i > 2 && t.substr(i, 2) == "]:";
}

/// "## Title ##" -> "Title"; empty when the line is not an ATX heading.
std::string_view heading_text(std::string_view line) {
  std::string_view t = trim(line);
  size_t level = t.find_first_not_of('#');
  if (level == 0 || level > 6 || level == std::string_view::npos || t[level] != ' ') return {};
  t.remove_prefix(level);
  size_t end = t.find_last_not_of("# ");
  return trim(end == std::string_view::npos ? std::string_view{} : t.substr(0, end + 1));
}

size_t indentation(std::string_view line) {
  size_t n = 0;
  for (char c : line) {
    if (c == ' ') ++n;
    else if (c == '\t') n += 4;
    else break;
  }
  return n;
}

/// Collects lines into raw blocks, then turns each into a Block.
class BlockBuilder {
 public:
  explicit BlockBuilder(bool markdown) : markdown_(markdown) {}

  void add_line(std::string_view content, int line) {
    if (raw_.empty()) start_ = line;
    else raw_ += '\n';
    raw_ += content;
  }

  void flush(bool footnote = false) {
    if (!raw_.empty()) {
      Block block;
      if (markdown_) {
        Inline parsed = parse_inline(raw_);
        block.text = std::move(parsed.text);
        block.italics = std::move(parsed.italics);
        block.bold = std::move(parsed.bold);
      } else {
        block.text = raw_;
      }
      block.line = start_;
      blocks_.push_back(std::move(block));
      last_was_footnote_ = footnote;
    }
    raw_.clear();
  }

  /// Reopens the last block (for an indented continuation of a footnote after a blank line).
  bool reopen_footnote() {
    if (!last_was_footnote_ || blocks_.empty() || !raw_.empty()) return false;
    Block last = std::move(blocks_.back());
    blocks_.pop_back();
    raw_ = std::move(last.text);  // footnote blocks carry no emphasis worth keeping apart
    start_ = last.line;
    return true;
  }

  std::vector<Block> take() { return std::move(blocks_); }

 private:
  bool markdown_;
  std::string raw_;
  int start_ = 0;
  bool last_was_footnote_ = false;
  std::vector<Block> blocks_;
};

}  // namespace

std::map<std::string, std::string> parse_front_matter(const std::vector<std::string_view>& lines) {
  std::map<std::string, std::string> out;
  for (std::string_view line : lines) {
    size_t colon = line.find(':');
    if (line.empty() || line[0] == '#' || line[0] == ' ' || colon == std::string_view::npos) continue;
    std::string key(trim(line.substr(0, colon)));
    std::string_view value = trim(line.substr(colon + 1));
    std::string clean;
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
      for (size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '\\' && i + 1 < value.size()) ++i;
        clean += value[i];
      }
    } else if (value.size() >= 2 && value.front() == '\'' && value.back() == '\'') {
      value = value.substr(1, value.size() - 2);
      for (size_t i = 0; i < value.size(); ++i) {
        clean += value[i];
        if (value[i] == '\'' && i + 1 < value.size() && value[i + 1] == '\'') ++i;
      }
    } else {
      clean = value;
    }
    if (!key.empty()) out[key] = clean;
  }
  return out;
}

Parsed parse_blocks(std::string_view text, bool markdown) {
  Parsed parsed;
  Lines lines(text);
  size_t first = 0;  // the lines before it are front matter
  if (std::string_view opening; markdown && Lines(text).next(&opening) && trim(opening) == "---") {
    Lines ahead(text);
    std::vector<std::string_view> front;
    std::string_view l;
    ahead.next(&l);
    for (size_t j = 1; ahead.next(&l); ++j) {
      if (trim(l) == "---" || trim(l) == "...") {
        parsed.front_matter = parse_front_matter(front);
        first = j + 1;
        break;
      }
      front.push_back(l);
    }
  }
  BlockBuilder builder(markdown);
  bool in_footnote = false;   // the open block is a footnote definition
  bool after_blank = false;   // a blank line came since the last text line
  std::string_view raw;
  for (size_t i = 0; lines.next(&raw); ++i) {
    if (i < first) continue;
    const int line = static_cast<int>(i) + 1;
    if (trim(raw).empty()) {
      builder.flush(in_footnote);
      after_blank = true;
      continue;
    }
    if (is_rule(raw)) {
      builder.flush(in_footnote);
      in_footnote = false;
      after_blank = true;
      continue;
    }
    if (markdown) {
      if (is_footnote_definition(raw)) {
        builder.flush(in_footnote);
        in_footnote = true;
      } else if (after_blank && indentation(raw) >= 4 && builder.reopen_footnote()) {
        // continuation of the footnote above, after a blank line
      } else if (after_blank) {
        in_footnote = false;
      }
      std::string_view heading = heading_text(raw);
      if (!heading.empty()) {
        builder.flush(in_footnote);
        builder.add_line(heading, line);
        builder.flush();
        in_footnote = false;
        after_blank = true;
        continue;
      }
    }
    builder.add_line(trim(raw), line);
    after_blank = false;
  }
  builder.flush(in_footnote);
  parsed.blocks = builder.take();
  return parsed;
}

}  // namespace resdiff::loader
