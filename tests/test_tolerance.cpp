// Tests for src/base/tolerance.cpp: the tolerant key of a text under -i, -w, --ignore-punctuation.
#include <catch2/catch.hpp>

#include <string>

#include "resdiff/tolerance.hpp"

using namespace resdiff;

namespace {

const Tolerance kNone{};
const Tolerance kCase{true, false, false};
const Tolerance kSpace{false, true, false};
const Tolerance kPunctuation{false, false, true};
const Tolerance kAll{true, true, true};

}  // namespace

TEST_CASE("with no tolerance the key is the canonical text and only equal texts are the same") {
  CHECK(text::tolerant_key("States  Parties\u2011to", kNone) == "States Parties-to");
  CHECK_FALSE(kNone.any());
  CHECK(text::same_under("a", "a", kNone));
  CHECK_FALSE(text::same_under("States parties", "States Parties", kNone));
  CHECK_FALSE(text::same_under("a b", "a  b", kNone));  // the engine's texts are canonical already
}

TEST_CASE("ignore_case folds case, Unicode too") {
  CHECK(text::same_under("States parties", "States Parties", kCase));
  CHECK(text::same_under("ÉTATS", "états", kCase));
  CHECK(text::same_under("Straße", "STRASSE", kCase));
  CHECK_FALSE(text::same_under("States parties", "States Party", kCase));
  CHECK_FALSE(text::same_under("post- conflict", "post-conflict", kCase));
}

TEST_CASE("ignore_space drops white space, around hyphens and inside words alike") {
  CHECK(text::same_under("post- conflict", "post-conflict", kSpace));
  CHECK(text::same_under("post -conflict", "post-conflict", kSpace));
  CHECK(text::same_under("money - laundering", "money-laundering", kSpace));
  CHECK(text::same_under("obligatio ns", "obligations", kSpace));
  CHECK(text::same_under("a\u00a0b", "ab", kSpace));
  CHECK_FALSE(text::same_under("post- conflict", "Post-conflict", kSpace));
  CHECK_FALSE(text::same_under("post-conflict", "postconflict", kSpace));  // the hyphen is no space
}

TEST_CASE("ignore_punctuation drops punctuation marks, and the spaces they leave collapse") {
  CHECK(text::same_under("2020,", "2020;", kPunctuation));
  CHECK(text::same_under("non-proliferation", "nonproliferation", kPunctuation));
  CHECK(text::same_under("“Council”", "\"Council\"", kPunctuation));
  CHECK(text::same_under("States, Parties", "States Parties", kPunctuation));
  CHECK(text::same_under("Parties (2020)", "Parties 2020", kPunctuation));
  CHECK_FALSE(text::same_under("States Parties", "StatesParties", kPunctuation));
  CHECK_FALSE(text::same_under("2020", "2021", kPunctuation));
  CHECK(text::tolerant_key(", ; .", kPunctuation).empty());
}

TEST_CASE("the tolerances combine") {
  CHECK(text::same_under("States Parties, post- conflict", "States parties post-conflict;", kAll));
  CHECK(text::tolerant_key("States Parties, post- conflict", kAll) == "statespartiespostconflict");
  CHECK_FALSE(text::same_under("States Parties", "States Party", kAll));
}
