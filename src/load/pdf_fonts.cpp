// PDF fonts: which glyphs of a document's fonts are LAM-ALEF ligatures, and how wide they are.
//
// Arabic sets LAM followed by ALEF as one glyph. poppler writes that glyph's two letters in
// reading order ("لا") inside a word whose other glyphs it gives as they stand, from left to right
// (pdf_bidi.cpp turns the word round, so the pair must first be put as it stands), and it splits
// the glyph's advance evenly between the two: the LAM's box is exactly half the glyph's width.
// The page alone cannot tell that pair from a LAM and an ALEF that are two glyphs (reading order
// ALEF then LAM: "بالغ"), whose widths may be as alike in a given font. The font says it: its
// ToUnicode map gives the ligature glyph the two letters, and its width table its advance. So
// each simple font of the document (one byte a code, /FirstChar and /Widths, a Flate-compressed
// /ToUnicode stream: as LibreOffice writes them) is read for the codes that map to LAM + ALEF,
// and the ligatures' half-advances, as a fraction of the font size, are what a split pair's LAM
// box measures.
//
//   16 0 obj <</Type/Font/Subtype/TrueType … /FirstChar 0 … /Widths[0 684 … 570 …] /ToUnicode 17 0 R>>
//   17 0 obj stream "… <28> <06440627> …"          → code 0x28 is LAM-ALEF, 570/1000 em wide
//     → half-advance 0.285 em: a LAM box 3.42 pt wide at 12 pt followed by an ALEF is that glyph
//
// Fonts the reader cannot parse this way (compressed object streams, composite fonts) give
// nothing, and the word builder falls back on the even split alone.
#include <zlib.h>

#include <cctype>
#include <cstdlib>
#include <optional>
#include <string>

#include "load/pdf_parts.hpp"

namespace resdiff::load_detail::pdf {
namespace {

/// The body of indirect object n ("n 0 obj … endobj"), or empty.
std::string_view object_body(std::string_view bytes, int n) {
  std::string head = std::to_string(n) + " 0 obj";
  for (size_t at = bytes.find(head); at != std::string_view::npos; at = bytes.find(head, at + 1)) {
    if (at > 0 && std::isdigit(static_cast<unsigned char>(bytes[at - 1]))) continue;  // "116 0 obj" for 16
    size_t begin = at + head.size();
    size_t end = bytes.find("endobj", begin);
    if (end == std::string_view::npos) return {};
    return bytes.substr(begin, end - begin);
  }
  return {};
}

/// The integer after key in a dictionary ("/FirstChar 0"), if any.
std::optional<long> integer_after(std::string_view dict, std::string_view key) {
  size_t at = dict.find(key);
  if (at == std::string_view::npos) return std::nullopt;
  std::string rest(dict.substr(at + key.size(), 32));
  char* end = nullptr;
  long value = std::strtol(rest.c_str(), &end, 10);
  if (end == rest.c_str()) return std::nullopt;
  return value;
}

/// The object number of a reference after key ("/ToUnicode 17 0 R"), if any.
std::optional<int> reference_after(std::string_view dict, std::string_view key) {
  size_t at = dict.find(key);
  if (at == std::string_view::npos) return std::nullopt;
  std::string_view rest = dict.substr(at + key.size(), 32);
  size_t r = rest.find(" 0 R");
  if (r == std::string_view::npos) return std::nullopt;
  std::string number(rest.substr(0, r));
  char* end = nullptr;
  long value = std::strtol(number.c_str(), &end, 10);
  if (end == number.c_str() || *end != '\0') return std::nullopt;
  return static_cast<int>(value);
}

/// The numbers of an array "[0 684 336 …]" starting at or after its opening bracket.
std::vector<double> numbers_of(std::string_view text) {
  std::vector<double> out;
  size_t open = text.find('[');
  size_t close = text.find(']', open);
  if (open == std::string_view::npos || close == std::string_view::npos) return out;
  std::string inside(text.substr(open + 1, close - open - 1));
  const char* p = inside.c_str();
  while (*p) {
    char* end = nullptr;
    double v = std::strtod(p, &end);
    if (end == p) {
      ++p;
      continue;
    }
    out.push_back(v);
    p = end;
  }
  return out;
}

/// The widths array of a font dictionary, inline or by reference.
std::vector<double> widths_of(std::string_view bytes, std::string_view dict) {
  size_t at = dict.find("/Widths");
  if (at == std::string_view::npos) return {};
  std::string_view rest = dict.substr(at + 7);
  size_t first = rest.find_first_not_of(" \r\n\t");
  if (first == std::string_view::npos) return {};
  if (rest[first] == '[') return numbers_of(rest);
  if (std::optional<int> ref = reference_after(dict, "/Widths")) return numbers_of(object_body(bytes, *ref));
  return {};
}

/// The stream of an object body, inflated when it is Flate-compressed; empty when it cannot be.
std::string stream_of(std::string_view body) {
  size_t at = body.find("stream");
  if (at == std::string_view::npos) return {};
  size_t begin = at + 6;
  if (begin < body.size() && body[begin] == '\r') ++begin;
  if (begin < body.size() && body[begin] == '\n') ++begin;
  size_t end = body.find("endstream", begin);
  if (end == std::string_view::npos) return {};
  std::string_view data = body.substr(begin, end - begin);
  if (body.substr(0, at).find("/FlateDecode") == std::string_view::npos) return std::string(data);
  std::string out;
  z_stream z{};
  if (inflateInit(&z) != Z_OK) return {};
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  char buffer[16384];
  int status = Z_OK;
  while (status == Z_OK && out.size() < (1u << 22)) {  // a ToUnicode map is a few kilobytes
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof buffer;
    status = inflate(&z, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - z.avail_out);
  }
  inflateEnd(&z);
  return status == Z_STREAM_END || status == Z_BUF_ERROR ? out : std::string();
}

/// True for the hex of LAM followed by ALEF or an ALEF with madda or hamza ("06440627").
bool lam_alef_hex(std::string_view hex) {
  if (hex.size() != 8) return false;
  std::string h(hex);
  for (char& c : h) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return h == "06440627" || h == "06440622" || h == "06440623" || h == "06440625";
}

/// The one-byte codes a ToUnicode map gives LAM-ALEF ("<28> <06440627>" in a bfchar block).
std::vector<int> lam_alef_codes(const std::string& cmap) {
  std::vector<int> codes;
  size_t at = 0;
  while ((at = cmap.find('<', at)) != std::string::npos) {
    size_t close = cmap.find('>', at);
    if (close == std::string::npos) break;
    std::string_view source(cmap.data() + at + 1, close - at - 1);
    size_t next = cmap.find_first_not_of(" \t", close + 1);
    if (next != std::string::npos && cmap[next] == '<' && source.size() == 2) {
      size_t end = cmap.find('>', next);
      if (end == std::string::npos) break;
      if (lam_alef_hex(std::string_view(cmap.data() + next + 1, end - next - 1)))
        codes.push_back(static_cast<int>(std::strtol(std::string(source).c_str(), nullptr, 16)));
      at = end + 1;
      continue;
    }
    at = close + 1;
  }
  return codes;
}

}  // namespace

std::vector<double> ligature_halves(std::string_view bytes) {
  std::vector<double> halves;
  for (size_t at = bytes.find("/ToUnicode"); at != std::string_view::npos; at = bytes.find("/ToUnicode", at + 1)) {
    // The font dictionary around this key: from its object's start to its end.
    size_t begin = bytes.rfind(" obj", at);
    size_t end = bytes.find("endobj", at);
    if (begin == std::string_view::npos || end == std::string_view::npos) continue;
    std::string_view dict = bytes.substr(begin, end - begin);
    if (dict.find("/Type0") != std::string_view::npos || dict.find("/Widths") == std::string_view::npos) continue;
    std::optional<int> map = reference_after(dict.substr(at - begin), "/ToUnicode");
    std::optional<long> first = integer_after(dict, "/FirstChar");
    if (!map || !first) continue;
    std::vector<int> codes = lam_alef_codes(stream_of(object_body(bytes, *map)));
    if (codes.empty()) continue;
    std::vector<double> widths = widths_of(bytes, dict);
    for (int code : codes) {
      long index = code - *first;
      if (index >= 0 && index < static_cast<long>(widths.size()) && widths[static_cast<size_t>(index)] > 0)
        halves.push_back(widths[static_cast<size_t>(index)] / 2000.0);
    }
  }
  return halves;
}

}  // namespace resdiff::load_detail::pdf
