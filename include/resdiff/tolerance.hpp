// Tolerances: differences a user asks resdiff to ignore, as diff's -i and -w do.
#pragma once
#include <string>
#include <string_view>

namespace resdiff {

/// Which differences between two texts are no differences. Read by alignment (a clause that
/// differs only so is unchanged), the word diff (such a difference is an Equal edit) and the
/// classifier (the words around a calendar reference are compared so). All off by default.
struct Tolerance {
  bool ignore_case = false;         ///< -i: "States parties" is "States Parties"
  bool ignore_space = false;        ///< -w: white space anywhere, also around hyphens: "post- conflict" is "post-conflict"
  bool ignore_punctuation = false;  ///< --ignore-punctuation: "2020," is "2020;", "non-proliferation" is "nonproliferation"

  /// True when any difference is ignored.
  bool any() const { return ignore_case || ignore_space || ignore_punctuation; }
};

namespace text {

/// The text with what tolerance ignores taken out: canonical form, then punctuation dropped
/// (ignore_punctuation), white space dropped (ignore_space) or collapsed to single spaces, and
/// Unicode case folding (ignore_case). Two texts are the same under tolerance when their keys are
/// equal; with no tolerance the key is the canonical text.
std::string tolerant_key(std::string_view s, const Tolerance& tolerance);

/// True when a and b are the same text under tolerance (byte-equal texts always are).
bool same_under(std::string_view a, std::string_view b, const Tolerance& tolerance);

}  // namespace text
}  // namespace resdiff
