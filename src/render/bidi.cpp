// Right-to-left text for terminals that show characters in the order they receive them.
//
// Arabic is stored in logical order: the first letter read is the first byte. A terminal without
// bidirectional support (xterm, the Linux console, most serial terminals) paints the bytes left to
// right, so an Arabic clause comes out backwards and its letters unjoined. For those terminals the
// text view can be given in visual order: each output line that holds right-to-left letters is
// shaped (letters in their joining forms, U+FE70… presentation forms, as ICU's u_shapeArabic
// writes them) and reordered by the Unicode bidirectional algorithm (ICU's ubidi), with brackets
// mirrored and combining marks kept after their letters. Styles travel with the characters, so
// a deletion stays red and struck through wherever it lands.
//
// The view sets its columns apart by two spaces or more. The line's left-to-right lead — its
// indentation and a label such as "PP3→2  " or "report       " — and its tail ("  technical")
// stay where they are; what lies between is one right-to-left paragraph. Lines without
// right-to-left letters are left as they are, byte for byte.
//
//   logical  "PP1  إذ تشير إلى قرارها [-77/140-]{+78/150+}،"
//   visual   "PP1  ،{+78/150+}[-77/140-] ﺎﻫﺭﺍﺮﻗ ﻰﻟﺇ ﺮﻴﺸﺗ ﺫﺇ"   (letters shaped, read from the right)
#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ushape.h>

#include <memory>
#include <string>
#include <vector>

#include "layout.hpp"

namespace resdiff::layout {
namespace {

/// One line as UTF-16 code units, each with the escape sequence in force where it stands.
struct StyledLine {
  std::u16string text;
  std::vector<std::string> style;  ///< per code unit: the SGR sequence in force ("" for none)
};

/// Splits a line into its text and the ANSI SGR sequences in force at each code unit.
StyledLine parse(std::string_view line) {
  StyledLine out;
  std::string current;
  size_t at = 0;
  while (at < line.size()) {
    if (line[at] == '\x1b') {
      size_t end = line.find('m', at);
      if (end == std::string_view::npos) break;
      std::string seq(line.substr(at, end + 1 - at));
      current = seq == "\x1b[0m" ? std::string() : current + seq;
      at = end + 1;
      continue;
    }
    size_t next = line.find('\x1b', at);
    if (next == std::string_view::npos) next = line.size();
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(line.data() + at, static_cast<int32_t>(next - at)));
    out.text.append(reinterpret_cast<const char16_t*>(u.getBuffer()), static_cast<size_t>(u.length()));
    out.style.insert(out.style.end(), static_cast<size_t>(u.length()), current);
    at = next;
  }
  return out;
}

/// The styled line written back as UTF-8 with its escape sequences.
std::string write(const StyledLine& line) {
  std::string out, current;
  for (size_t i = 0; i < line.text.size();) {
    size_t end = i + 1;
    while (end < line.text.size() && line.style[end] == line.style[i]) ++end;
    if (line.style[i] != current) {
      if (!current.empty()) out += "\x1b[0m";
      out += line.style[i];
      current = line.style[i];
    }
    icu::UnicodeString u(reinterpret_cast<const UChar*>(line.text.data() + i), static_cast<int32_t>(end - i));
    u.toUTF8String(out);
    i = end;
  }
  if (!current.empty()) out += "\x1b[0m";
  return out;
}

bool is_rtl_letter(UChar32 c) {
  UCharDirection d = u_charDirection(c);
  return d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC;
}

/// The letters of each same-style stretch of part in their joining forms.
StyledLine shape(const StyledLine& part) {
  StyledLine out;
  for (size_t i = 0; i < part.text.size();) {
    size_t end = i + 1;
    while (end < part.text.size() && part.style[end] == part.style[i]) ++end;
    const auto* source = reinterpret_cast<const UChar*>(part.text.data() + i);
    const auto length = static_cast<int32_t>(end - i);
    std::u16string shaped(static_cast<size_t>(length) * 2 + 4, u'\0');
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = u_shapeArabic(source, length, reinterpret_cast<UChar*>(shaped.data()), static_cast<int32_t>(shaped.size()),
                              U_SHAPE_LETTERS_SHAPE | U_SHAPE_TEXT_DIRECTION_LOGICAL | U_SHAPE_LENGTH_GROW_SHRINK, &status);
    if (U_FAILURE(status)) {
      shaped.assign(part.text, i, end - i);
      n = length;
    }
    out.text.append(shaped, 0, static_cast<size_t>(n));
    out.style.insert(out.style.end(), static_cast<size_t>(n), part.style[i]);
    i = end;
  }
  return out;
}

/// part (one right-to-left paragraph) in visual order, left to right.
StyledLine reorder(const StyledLine& part) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UBiDi, decltype(&ubidi_close)> bidi(ubidi_open(), ubidi_close);
  ubidi_setPara(bidi.get(), reinterpret_cast<const UChar*>(part.text.data()), static_cast<int32_t>(part.text.size()), 1,
                nullptr, &status);
  if (U_FAILURE(status)) return part;
  int32_t runs = ubidi_countRuns(bidi.get(), &status);
  if (U_FAILURE(status)) return part;
  StyledLine out;
  auto copy = [&](size_t from, size_t to, bool mirror) {  // one cluster, code units [from, to)
    for (size_t k = from; k < to; ++k) {
      char16_t c = part.text[k];
      if (mirror && !U16_IS_SURROGATE(c)) c = static_cast<char16_t>(u_charMirror(c));
      out.text.push_back(c);
      out.style.push_back(part.style[k]);
    }
  };
  for (int32_t r = 0; r < runs; ++r) {
    int32_t start = 0, length = 0;
    UBiDiDirection dir = ubidi_getVisualRun(bidi.get(), r, &start, &length);
    size_t begin = static_cast<size_t>(start), end = begin + static_cast<size_t>(length);
    if (dir == UBIDI_LTR) {
      copy(begin, end, false);
      continue;
    }
    // Right to left: clusters (a letter and the marks after it) from the last to the first.
    size_t cluster_end = end;
    for (size_t k = end; k > begin;) {
      --k;
      if (U16_IS_TRAIL(part.text[k]) && k > begin) --k;
      UChar32 c = 0;
      U16_GET(part.text.data(), 0, k, part.text.size(), c);
      int type = u_charType(c);
      if ((type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK) && k > begin) continue;
      copy(k, cluster_end, true);
      cluster_end = k;
    }
  }
  return out;
}

/// One line in visual order (see the essay above).
std::string visual_line(std::string_view line) {
  StyledLine all = parse(line);
  size_t first_rtl = all.text.size();
  for (size_t i = 0; i < all.text.size(); ++i) {
    UChar32 c = 0;
    U16_GET(all.text.data(), 0, i, all.text.size(), c);
    if (is_rtl_letter(c)) {
      first_rtl = i;
      break;
    }
  }
  if (first_rtl == all.text.size()) return std::string(line);
  size_t last_rtl = first_rtl;
  for (size_t i = first_rtl; i < all.text.size(); ++i) {
    UChar32 c = 0;
    U16_GET(all.text.data(), 0, i, all.text.size(), c);
    if (is_rtl_letter(c)) last_rtl = i;
  }
  // The view's columns are set apart by two spaces or more: the lead (indentation, a label such
  // as "PP5→3" or "report") ends at the last such gap before the first right-to-left letter, the
  // tail ("technical") starts at the first one after the last.
  size_t lead = all.text.rfind(u"  ", first_rtl);
  lead = lead == std::u16string::npos ? 0 : lead + 2;
  while (lead < first_rtl && all.text[lead] == u' ') ++lead;
  size_t tail = all.text.find(u"  ", last_rtl);
  if (tail == std::u16string::npos) tail = all.text.size();
  auto piece = [&](size_t from, size_t to) {
    return StyledLine{all.text.substr(from, to - from),
                      {all.style.begin() + static_cast<long>(from), all.style.begin() + static_cast<long>(to)}};
  };
  StyledLine out = piece(0, lead);
  StyledLine shown = reorder(shape(piece(lead, tail)));
  StyledLine end = piece(tail, all.text.size());
  out.text += shown.text + end.text;
  out.style.insert(out.style.end(), shown.style.begin(), shown.style.end());
  out.style.insert(out.style.end(), end.style.begin(), end.style.end());
  return write(out);
}

}  // namespace

std::string visual_order(std::string_view text) {
  std::string out;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    bool newline = end != std::string_view::npos;
    if (!newline) end = text.size();
    out += visual_line(text.substr(at, end - at));
    if (newline) out += '\n';
    at = end + 1;
  }
  return out;
}

}  // namespace resdiff::layout
