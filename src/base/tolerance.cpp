// Tolerant keys: a text with the differences a user ignores taken out.
//
// diff users expect -i to ignore case and -w to ignore white space; resdiff adds
// --ignore-punctuation, since an extraction or a drafter often changes only a comma. The key of a
// text is its canonical form (text::canonical: NFC, Unicode hyphens as '-', white space
// collapsed) with, for each tolerance asked for:
//   ignore_punctuation   every punctuation code point (Unicode category P: commas, full stops,
//                        hyphens, dashes, quotes, brackets) dropped;
//   ignore_space         every white space dropped, so "post- conflict", "post -conflict" and
//                        "post-conflict" have one key, and so do "obligatio ns" and "obligations"
//                        (a space a PDF extraction put inside a word); otherwise runs of white
//                        space are one space and none lead or trail;
//   ignore_case          full Unicode case folding ("Parties" → "parties", "STRASSE" → "strasse").
//
// Worked example, all three: "States Parties, post- conflict" → "statespartiespostconflict";
// "States parties post-conflict;" gives the same key.
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "resdiff/text.hpp"
#include "resdiff/tolerance.hpp"

namespace resdiff::text {

std::string tolerant_key(std::string_view s, const Tolerance& tolerance) {
  std::string c = canonical(s);
  if (!tolerance.any()) return c;
  std::string out;
  out.reserve(c.size());
  bool pending_space = false;
  const auto* p = reinterpret_cast<const uint8_t*>(c.data());
  const auto n = static_cast<int32_t>(c.size());
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 ch;
    U8_NEXT(p, i, n, ch);
    if (ch < 0) continue;
    if (tolerance.ignore_punctuation && u_ispunct(ch)) continue;
    if (u_isUWhiteSpace(ch)) {
      pending_space = !tolerance.ignore_space && !out.empty();
      continue;
    }
    if (pending_space) {
      out += ' ';
      pending_space = false;
    }
    out.append(c, static_cast<size_t>(start), static_cast<size_t>(i - start));
  }
  if (!tolerance.ignore_case) return out;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(out.data(), static_cast<int32_t>(out.size())));
  u.foldCase();
  std::string folded;
  u.toUTF8String(folded);
  return folded;
}

bool same_under(std::string_view a, std::string_view b, const Tolerance& tolerance) {
  if (a == b) return true;
  return tolerance.any() && tolerant_key(a, tolerance) == tolerant_key(b, tolerance);
}

}  // namespace resdiff::text
