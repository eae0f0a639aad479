// JsonWriter: see json_writer.hpp.
#include "json_writer.hpp"

#include <nlohmann/json.hpp>

#include "resdiff/text.hpp"

namespace resdiff::render_json_detail {

void append_string(std::string& out, std::string_view s) {
  if (text::find_invalid_utf8(s) != std::string_view::npos) {
    // nlohmann's own replacement of bad bytes, so the bytes stay what they were
    out += nlohmann::ordered_json(std::string(s)).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return;
  }
  static const char* const kHex = "0123456789abcdef";
  out += '"';
  size_t plain = 0;  // start of the run of bytes copied as they are
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + plain, i - plain);
    plain = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
  }
  out.append(s.data() + plain, s.size() - plain);
  out += '"';
}

void JsonWriter::newline(size_t depth) {
  if (indent_ < 0) return;
  out_ += '\n';
  out_.append(depth * static_cast<size_t>(indent_), ' ');
}

void JsonWriter::element() {
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
  out_ += std::to_string(n);
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
