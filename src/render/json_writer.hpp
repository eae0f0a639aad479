// A JSON writer that streams into a string: the report is written as it is walked, with no
// document tree built first (a tree of the 64,000-clause benchmark pair held ~218 MB of node
// overhead beside the text it copied). Internal to the render stage.
//
// The bytes are exactly nlohmann::json's dump(indent, ' ', false, replace) of the same values in
// the same order, which the reports were written with before: objects and arrays open on their
// line and close on their own, "key": value, empty ones as {} and [], strings escaped as
// nlohmann escapes them (\" \\ \b \f \n \r \t, other control characters as \u00XX, UTF-8 kept,
// an invalid byte as U+FFFD). indent < 0 writes it all on one line without spaces.
//
//   JsonWriter w(out, 2);
//   w.begin_object(); w.key("format"); w.value("resdiff-report"); w.key("clauses"); w.begin_array();
//   w.end_array(); w.end_object();
//   → {\n  "format": "resdiff-report",\n  "clauses": []\n}
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace resdiff::render_json_detail {

class JsonWriter {
 public:
  JsonWriter(std::string& out, int indent) : out_(out), indent_(indent) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  /// The next member's key (inside an object).
  void key(std::string_view name);

  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(const std::optional<std::string>& s);
  void value(long long n);
  void value(int n) { value(static_cast<long long>(n)); }
  void value(size_t n) { value(static_cast<long long>(n)); }
  void value(bool b);
  void null();

  /// An array of strings.
  void value(const std::vector<std::string>& strings);

 private:
  void element();  // before a value that is an array element (a key already placed members)
  void open(char c);
  void close(char c);
  void newline(size_t depth);

  std::string& out_;
  int indent_;
  std::vector<bool> empty_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

/// s as a JSON string literal, escaped as nlohmann escapes it.
void append_string(std::string& out, std::string_view s);

}  // namespace resdiff::render_json_detail
