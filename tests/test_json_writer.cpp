// Tests for src/render/json_writer.cpp: strings are escaped byte for byte as nlohmann::json
// escapes them, whatever falls where in the eight-byte words the fast path reads, and a writer
// given a sink hands it the same bytes in pieces.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "../src/render/json_writer.hpp"

using resdiff::render_json_detail::append_string;
using resdiff::render_json_detail::JsonWriter;

namespace {

std::string nlohmann_string(const std::string& s) {
  return nlohmann::ordered_json(s).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string escaped(const std::string& s) {
  std::string out = "<";  // appended after what is there
  append_string(out, s);
  REQUIRE(out.starts_with("<"));
  return out.substr(1);
}

// A sink that keeps its pieces apart.
struct Pieces : resdiff::Sink {
  std::vector<std::string> pieces;
  void write(std::string_view bytes) override { pieces.emplace_back(bytes); }
};

}  // namespace

TEST_CASE("append_string escapes every byte that needs it, wherever it falls in an eight-byte word") {
  // each byte that is escaped or decides the path (controls, '"', '\\', DEL, the start of a
  // two- and a three-byte character, a lone continuation byte, 0xff) at every position of texts of
  // 0 to 33 bytes, so every word boundary and tail is crossed
  const std::vector<std::string> specials = {std::string(1, '\0'), "\x01", "\x1f", "\"", "\\", "\b", "\f", "\n", "\r",
                                             "\t", "\x7f", " ", "\xC3\xA9", "\xE2\x80\x94", "\x80", "\xff", "\xC3"};
  for (size_t length = 0; length <= 33; ++length) {
    for (const std::string& special : specials) {
      for (size_t at = 0; at <= length; ++at) {
        std::string s(length, 'a');
        s.insert(at, special);
        INFO("length " << length << ", at " << at << ", special byte " << static_cast<int>(static_cast<unsigned char>(special[0])));
        CHECK(escaped(s) == nlohmann_string(s));
      }
    }
  }
}

TEST_CASE("append_string keeps valid UTF-8 and replaces a bad byte found far after the first character past ASCII") {
  std::string text = "Décide — de rester saisi 「中文」 ";
  std::string long_text;
  for (int i = 0; i < 50; ++i) long_text += text;
  CHECK(escaped(long_text) == nlohmann_string(long_text));
  std::string bad = long_text + "\xff" + long_text + "\"quoted\"";
  CHECK(escaped(bad) == nlohmann_string(bad));
  CHECK(escaped(bad).find("\xEF\xBF\xBD") != std::string::npos);
}

TEST_CASE("a JsonWriter given a sink hands it the same bytes in pieces of about 64 KiB") {
  auto write = [](JsonWriter& w) {
    w.begin_object();
    w.key("clauses");
    w.begin_array();
    for (int i = 0; i < 5000; ++i) {
      w.begin_object();
      w.key("index");
      w.value(i);
      w.key("text");
      w.value("Requests the Secretary-General to submit a report on the implementation of the present resolution, " +
              std::to_string(i));
      w.end_object();
    }
    w.end_array();
    w.end_object();
    w.raw("\n");
  };
  std::string whole;
  JsonWriter plain(whole, 2);
  write(plain);

  Pieces sink;
  std::string buffer;
  JsonWriter streamed(buffer, 2, &sink);
  write(streamed);
  streamed.flush();
  CHECK(buffer.empty());
  REQUIRE(sink.pieces.size() > 5);  // ~700 KB
  std::string joined;
  for (const std::string& piece : sink.pieces) {
    CHECK(piece.size() < resdiff::kSinkChunkBytes + 1024);
    joined += piece;
  }
  CHECK(joined == whole);
  CHECK(nlohmann::ordered_json::parse(whole)["clauses"].size() == 5000);
}
