// Where a streaming renderer puts its output, piece by piece, instead of returning it whole.
//
// A report of 64,000 clauses is 126 MB of JSON; built as one string before it is written, it was
// the largest thing in memory at the end of a run (and twice that while the string grew). A
// renderer that takes a Sink writes the same bytes in pieces of about 64 KiB as it walks the
// report, so the output never stands whole in memory. The library never prints: the caller owns
// the sink and decides where the bytes go (the command line's writes a file descriptor or the
// atomic -o's temporary file; StringSink collects them, which is what the string renderers do).
//
//   StringSink sink;
//   render_json(report, sink);          // sink.text == render_json(report)
//
// A sink that can take no more (a full disk, a closed pipe) keeps its error and drops what
// follows; renderers never ask, they just finish (the caller reads the sink's error after).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace resdiff {

class Sink {
 public:
  virtual ~Sink() = default;
  /// The next bytes of the output, in order.
  virtual void write(std::string_view bytes) = 0;
};

/// A sink that keeps everything written to it in text.
class StringSink : public Sink {
 public:
  void write(std::string_view bytes) override { text.append(bytes); }
  std::string text;
};

/// Streaming renderers fill a buffer and hand it to their sink once it holds this much.
inline constexpr size_t kSinkChunkBytes = size_t{64} << 10;

}  // namespace resdiff
