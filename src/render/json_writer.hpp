// A JSON writer that streams: the report is written as it is walked, with no document tree built
// first (a tree of the 64,000-clause benchmark pair held ~218 MB of node overhead beside the text
// it copied). It writes into a string; given a Sink (resdiff/sink.hpp), it hands that string to
// the sink whenever it holds kSinkChunkBytes (64 KiB) and empties it, so that the output never
// stands whole in memory (126 MB of JSON at 64,000 clauses); flush() hands over the rest.
// Internal to the render stage.
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
//
//   JsonWriter w(buffer, 2, &sink);     // the same bytes, in pieces of ~64 KiB, into sink
//   …; w.flush();
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "resdiff/sink.hpp"

namespace resdiff::render_json_detail {

class JsonWriter {
 public:
  /// Writes into out; with a sink, out is the buffer handed to it in pieces (call flush() at the end).
  JsonWriter(std::string& out, int indent, Sink* sink = nullptr) : out_(out), indent_(indent), sink_(sink) {
    if (sink_ != nullptr) out_.reserve(kSinkChunkBytes + kSinkChunkBytes / 4);
  }

  /// Hands what the buffer holds to the sink (nothing without one).
  void flush();

  /// Bytes written as they are (a final newline).
  void raw(std::string_view bytes) { out_.append(bytes); }

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
  Sink* sink_;
  std::vector<bool> empty_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

/// s as a JSON string literal, escaped as nlohmann escapes it: runs of bytes that need no escape
/// (found eight at a time) are appended whole.
void append_string(std::string& out, std::string_view s);

}  // namespace resdiff::render_json_detail
