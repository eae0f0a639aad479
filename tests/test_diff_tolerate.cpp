// Tests for src/diff/tolerate.cpp: the word diff under -i, -w and --ignore-punctuation.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "resdiff/diff.hpp"

using namespace resdiff;

namespace {

const Tolerance kCase{true, false, false};
const Tolerance kSpace{false, true, false};
const Tolerance kPunctuation{false, false, true};

/// Edits as "=text", "=text<old", "-text", "+text".
std::vector<std::string> show(const std::vector<Edit>& edits) {
  std::vector<std::string> out;
  for (const Edit& e : edits) {
    std::string s = (e.op == Edit::Op::Equal ? "=" : e.op == Edit::Op::Delete ? "-" : "+") + e.text;
    if (e.old_text) s += "<" + *e.old_text;
    out.push_back(s);
  }
  return out;
}

std::vector<Edit> diff(const std::string& a, const std::string& b, const Tolerance& tolerance) {
  const Tokenizer tokenizer;
  std::vector<Edit> edits = word_diff(tokenizer, a, b, lang::english(), tolerance);
  INFO("old: " << a << "\nnew: " << b);
  CHECK(reconstruct(edits, true) == a);
  CHECK(reconstruct(edits, false) == b);
  for (size_t k = 1; k < edits.size(); ++k) CHECK(edits[k].op != edits[k - 1].op);
  for (const Edit& e : edits) CHECK((e.op == Edit::Op::Equal || !e.old_text));
  return edits;
}

}  // namespace

TEST_CASE("without a tolerance a case change is a change, with -i it is equal text") {
  const std::string a = "and encourages States parties to the Convention to review its implementation;";
  const std::string b = "and encourages States Parties to the Convention to review its implementation;";
  CHECK(show(diff(a, b, Tolerance{})) == std::vector<std::string>{"=and encourages States ", "-parties", "+Parties",
                                                                   "= to the Convention to review its implementation;"});
  CHECK(show(diff(a, b, kCase)) == std::vector<std::string>{"=" + b + "<" + a});
}

TEST_CASE("under -i, the real change stays and the real change and makes the case change around it equal") {
  CHECK(show(diff("encourages States parties to the Convention", "encourages States Parties of the Convention", kCase)) ==
        std::vector<std::string>{"=encourages States Parties <encourages States parties ", "-to", "+of", "= the Convention"});
}

TEST_CASE("under -w, spaces around hyphens and inside words are no change") {
  CHECK(show(diff("support post- conflict efforts", "support post-conflict efforts", kSpace)) ==
        std::vector<std::string>{"=support post-conflict efforts<support post- conflict efforts"});
  CHECK(show(diff("the Non -Proliferation Treaty", "the Non-Proliferation Treaty", kSpace)).size() == 1);
  CHECK(show(diff("disarmament obligatio ns and commitments", "disarmament obligations and commitments", kSpace)).size() == 1);
  // Next to a real change: the hyphenated word stays out of it.
  CHECK(show(diff("support post- conflict efforts", "support post-conflict work", kSpace)) ==
        std::vector<std::string>{"=support post-conflict <support post- conflict ", "-efforts", "+work"});
}

TEST_CASE("under --ignore-punctuation, a changed, added or dropped mark is no change") {
  CHECK(show(diff("their means of delivery,", "their means of delivery;", kPunctuation)) ==
        std::vector<std::string>{"=their means of delivery;<their means of delivery,"});
  CHECK(show(diff("77/65 of 7 December 2022 and 78/53", "77/65 of 7 December 2022, 78/53", kPunctuation)) ==
        std::vector<std::string>{"=77/65 of 7 December 2022,<77/65 of 7 December 2022 ", "-and", "= 78/53"});  // only "and" went
  CHECK(show(diff("Recalling, in particular, its resolution", "Recalling in particular its resolution", kPunctuation)).size() == 1);
}

TEST_CASE("a tolerance changes nothing where the texts differ otherwise") {
  const Tokenizer tokenizer;
  const std::string a = "Recalling its resolution 75/58 of 7 December 2020,";
  const std::string b = "Recalling its resolution 79/42 of 2 December 2024,";
  const Tolerance all{true, true, true};
  CHECK(show(word_diff(tokenizer, a, b, lang::english(), all)) == show(word_diff(tokenizer, a, b)));
  CHECK(diff("", "", all).empty());
  CHECK(show(diff("same", "same", all)) == std::vector<std::string>{"=same"});
}
