// Internal to src/segment: text read eight bytes at a time, for the passes that look for a few
// kinds of byte in every piece (the first letter of a word, a digit, a '[') and skip the rest.
// Each function gives the high bit of every byte of w (eight bytes of text, first byte lowest)
// that is of its kind, and no other bit: exact, so the first set bit is the first such byte.
//
//   w = "of 2024," -> digit_bytes(w) has the high bits of bytes 3-6; letter_bytes(w) of 0-1;
//   std::countr_zero(digit_bytes(w)) / 8 == 3, the offset of "2024".
// On a big-endian machine the passes read byte by byte instead (kLittleEndian is false).
#pragma once
#include <bit>
#include <cstdint>
#include <cstring>

namespace resdiff::segmenter::bytes {

inline constexpr bool kLittleEndian = std::endian::native == std::endian::little;
inline constexpr uint64_t kHigh = 0x8080808080808080ull;
inline constexpr uint64_t kLow = 0x7F7F7F7F7F7F7F7Full;
inline constexpr uint64_t kOnes = 0x0101010101010101ull;

/// The eight bytes at p.
inline uint64_t load8(const char* p) {
  uint64_t w = 0;
  std::memcpy(&w, p, 8);
  return w;
}

/// Bytes beyond ASCII (parts of a character of two bytes or more).
inline uint64_t beyond_ascii(uint64_t w) { return w & kHigh; }

/// Bytes in [lo, hi], both ASCII.
inline uint64_t bytes_in(uint64_t w, unsigned lo, unsigned hi) {
  const uint64_t x = w & kLow;
  const uint64_t from_lo = x + (0x80 - lo) * kOnes;     // high bit: at least lo (no carry: x <= 0x7F)
  const uint64_t past_hi = x + (0x7F - hi) * kOnes;     // high bit: past hi
  return from_lo & ~past_hi & ~w & kHigh;
}

/// ASCII digits 0-9.
inline uint64_t digit_bytes(uint64_t w) { return bytes_in(w, '0', '9'); }

/// ASCII letters A-Z and a-z.
inline uint64_t letter_bytes(uint64_t w) { return bytes_in(w | 0x20 * kOnes, 'a', 'z'); }  // A-Z folded to a-z

/// Bytes equal to c.
inline uint64_t bytes_equal(uint64_t w, unsigned char c) {
  const uint64_t x = w ^ (c * kOnes);  // the bytes equal to c become zero
  return ~(((x & kLow) + kLow) | x | kLow);
}

/// The offset (0-7) of the first byte that a mask of these functions marks; the mask is not 0.
inline size_t first_marked(uint64_t mask) { return static_cast<size_t>(std::countr_zero(mask)) / 8; }

}  // namespace resdiff::segmenter::bytes
