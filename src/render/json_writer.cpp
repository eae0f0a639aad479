// JsonWriter: see json_writer.hpp.
#include "json_writer.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>

#include <nlohmann/json.hpp>

#include "resdiff/text.hpp"

namespace resdiff::render_json_detail {

namespace {

constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHighBits = 0x8080808080808080ull;

/// Non-zero when one of the eight bytes of v is zero (exact as a yes or no).
constexpr uint64_t has_zero(uint64_t v) { return (v - kOnes) & ~v & kHighBits; }

/// Non-zero when one of the eight bytes of v is a control character (below 0x20), '"' or '\\',
/// the bytes JSON escapes; also one at or above 0x80 unless ascii_only is false.
constexpr uint64_t needs_a_look(uint64_t v, bool ascii_only) {
  return ((v - kOnes * 0x20) & ~v & kHighBits) | has_zero(v ^ (kOnes * '"')) | has_zero(v ^ (kOnes * '\\')) |
         (ascii_only ? v & kHighBits : 0);
}

static_assert(needs_a_look(0x6161616161616161ull, true) == 0);  // "aaaaaaaa"
static_assert(needs_a_look(0x6161616122616161ull, true) != 0);  // a '"' among them
static_assert(needs_a_look(0x616161615c616161ull, true) != 0);  // a '\\'
static_assert(needs_a_look(0x616161611f616161ull, true) != 0);  // a control character
static_assert(needs_a_look(0x61616161c3616161ull, true) != 0 && needs_a_look(0x61616161c3616161ull, false) == 0);

void append_escape(std::string& out, unsigned char c) {
  static const char* const kHex = "0123456789abcdef";
  switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\b': out += "\\b"; break;
    case '\f': out += "\\f"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    default: {
      const char hex[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      out.append(hex, 6);
    }
  }
}

}  // namespace

void append_string(std::string& out, std::string_view s) {
  const size_t start = out.size();
  const char* p = s.data();
  const size_t n = s.size();
  out += '"';
  bool utf8_checked = false;  // the rest of s (from the first byte past ASCII) is valid UTF-8
  size_t plain = 0;           // start of the run of bytes copied as they are
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t v;
      std::memcpy(&v, p + i, 8);
      if (needs_a_look(v, !utf8_checked) == 0) {
        i += 8;
        continue;
      }
    }
    for (const size_t end = std::min(i + 8, n); i < end; ++i) {
      const auto c = static_cast<unsigned char>(p[i]);
      if (c >= 0x80) {
        if (utf8_checked) continue;
        if (text::find_invalid_utf8(s.substr(i)) != std::string_view::npos) {
          // nlohmann's own replacement of bad bytes, so the bytes stay what they were
          out.resize(start);
          out += nlohmann::ordered_json(std::string(s)).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
          return;
        }
        utf8_checked = true;
        continue;
      }
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out.append(p + plain, i - plain);
      plain = i + 1;
      append_escape(out, c);
    }
  }
  out.append(p + plain, n - plain);
  out += '"';
}

void JsonWriter::flush() {
  if (sink_ == nullptr || out_.empty()) return;
  sink_->write(out_);
  out_.clear();
}

void JsonWriter::newline(size_t depth) {
  if (indent_ < 0) return;
  out_ += '\n';
  out_.append(depth * static_cast<size_t>(indent_), ' ');
}

void JsonWriter::element() {
  if (sink_ != nullptr && out_.size() >= kSinkChunkBytes) flush();
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (empty_.empty()) return;
  if (!empty_.back()) out_ += ',';
  empty_.back() = false;
  newline(empty_.size());
}

void JsonWriter::key(std::string_view name) {
  element();
  append_string(out_, name);
  out_ += indent_ < 0 ? ":" : ": ";
  after_key_ = true;
}

void JsonWriter::open(char c) {
  element();
  out_ += c;
  empty_.push_back(true);
}

void JsonWriter::close(char c) {
  bool was_empty = empty_.back();
  empty_.pop_back();
  if (!was_empty) newline(empty_.size());
  out_ += c;
}

void JsonWriter::value(std::string_view s) {
  element();
  append_string(out_, s);
}

void JsonWriter::value(const std::optional<std::string>& s) {
  if (s) value(std::string_view(*s));
  else null();
}

void JsonWriter::value(long long n) {
  element();
  char digits[24];
  out_.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
}

void JsonWriter::value(bool b) {
  element();
  out_ += b ? "true" : "false";
}

void JsonWriter::null() {
  element();
  out_ += "null";
}

void JsonWriter::value(const std::vector<std::string>& strings) {
  begin_array();
  for (const std::string& s : strings) value(std::string_view(s));
  end_array();
}

}  // namespace resdiff::render_json_detail
