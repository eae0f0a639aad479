// Tests for src/diff: the tokenizer, the word diff and its clean-up, losslessness.
#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "resdiff/diff.hpp"

using namespace resdiff;

namespace {

using Tokens = std::vector<std::string>;

std::string concat(const Tokens& tokens) {
  std::string s;
  for (const auto& t : tokens) s += t;
  return s;
}

bool has_token(const Tokens& tokens, const std::string& t) { return std::find(tokens.begin(), tokens.end(), t) != tokens.end(); }

/// Edits as "=text", "-text", "+text" for readable comparisons.
std::vector<std::string> show(const std::vector<Edit>& edits) {
  std::vector<std::string> out;
  for (const Edit& e : edits) out.push_back((e.op == Edit::Op::Equal ? "=" : e.op == Edit::Op::Delete ? "-" : "+") + e.text);
  return out;
}

/// The structural promises of word_diff: lossless, no empty edits, no two edits of one op in a row,
/// and an insert never directly before a delete.
void check_edits(const std::vector<Edit>& edits, const std::string& a, const std::string& b) {
  INFO("old: " << a << "\nnew: " << b);
  CHECK(reconstruct(edits, true) == a);
  CHECK(reconstruct(edits, false) == b);
  for (size_t k = 0; k < edits.size(); ++k) {
    CHECK(!edits[k].text.empty());
    CHECK_FALSE(edits[k].technical);
    if (k > 0) {
      CHECK(edits[k].op != edits[k - 1].op);
      CHECK_FALSE((edits[k - 1].op == Edit::Op::Insert && edits[k].op == Edit::Op::Delete));
    }
  }
}

/// Paragraphs of a fixture file (blank-line separated), or none if it is missing.
std::vector<std::string> paragraphs(const std::string& name) {
  std::ifstream in(std::string(RESDIFF_FIXTURES) + "/" + name);
  std::vector<std::string> out;
  std::string line, current;
  while (std::getline(in, line)) {
    if (line.empty()) {
      if (!current.empty()) out.push_back(current);
      current.clear();
    } else {
      current += (current.empty() ? "" : " ") + line;
    }
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

}  // namespace

TEST_CASE("op_name spells the contract's ops") {
  CHECK(std::string(op_name(Edit::Op::Equal)) == "equal");
  CHECK(std::string(op_name(Edit::Op::Insert)) == "insert");
  CHECK(std::string(op_name(Edit::Op::Delete)) == "delete");
}

TEST_CASE("tokens concatenate back to the text exactly") {
  Tokenizer t;
  for (std::string s : {"", " ", "Recalling its resolution 75/58 of 7 December 2020,", "  two  spaces\tand\ttabs\n",
                        "“Quoted” — dash – and … ellipsis", "non\u2011proliferation", "大会回顾其决议。", "ссылаясь на свою резолюцию"})
    CHECK(concat(t.tokenize(s)) == s);
  CHECK(t.tokenize("").empty());
}

TEST_CASE("token views are the tokens, pointing into the text one after the other") {
  Tokenizer t;
  for (std::string s : {"", "Recalling its resolution 75/58 of 7 December 2020,", "A/RES/80/41 and non\u2011proliferation",
                        "第七十九届会议", "  two  spaces\tand\ttabs\n"}) {
    std::vector<std::string_view> views = t.token_views(s);
    std::vector<std::string> tokens = t.tokenize(s);
    REQUIRE(views.size() == tokens.size());
    const char* at = s.data();
    for (size_t k = 0; k < views.size(); ++k) {
      CHECK(views[k] == tokens[k]);
      CHECK(views[k].data() == at);
      at += views[k].size();
    }
  }
}

TEST_CASE("the word diff of texts cut once is the word diff of the texts") {
  Tokenizer t;
  const std::string a = "Recalling its resolution 75/58 of 7 December 2020, and A/76/189,";
  const std::string b = "Recalling also its resolution 79/42 of 2 December 2024, and A/80/189,";
  for (const Tolerance& tolerance : {Tolerance{}, Tolerance{true, true, true}}) {
    std::vector<Edit> plain = word_diff(t, a, b, lang::english(), tolerance);
    std::vector<Edit> cut = word_diff(t, tokenized(t, a), tokenized(t, b), lang::english(), tolerance);
    REQUIRE(plain.size() == cut.size());
    for (size_t k = 0; k < plain.size(); ++k) {
      CHECK(plain[k].op == cut[k].op);
      CHECK(plain[k].text == cut[k].text);
      CHECK(plain[k].old_text == cut[k].old_text);
    }
  }
}

TEST_CASE("symbols, hyphenated words and decimals stay whole") {
  Tokenizer t;
  Tokens tokens = t.tokenize(
      "A/76/189 75/58 S-10/2 A/80/534 A/RES/80/41 A/80/L.11 A/CONF.229/2017/8 S/2024/767 seventy-seventh "
      "non-proliferation Counter-Terrorism 16.4 non\u2011proliferation 45th 52nd");
  for (std::string s : {"A/76/189", "75/58", "S-10/2", "A/80/534", "A/RES/80/41", "A/80/L.11", "A/CONF.229/2017/8",
                        "S/2024/767", "seventy-seventh", "non-proliferation", "Counter-Terrorism", "16.4",
                        "non\u2011proliferation", "45th", "52nd"}) {
    INFO(s);
    CHECK(has_token(tokens, s));
  }
}

TEST_CASE("punctuation after a word is a token of its own") {
  Tokenizer t;
  CHECK(t.tokenize("2020,") == Tokens{"2020", ","});
  CHECK(t.tokenize("2016;") == Tokens{"2016", ";"});
  CHECK(t.tokenize("matter.") == Tokens{"matter", "."});
  CHECK(t.tokenize("(2004)") == Tokens{"(", "2004", ")"});
  CHECK(t.tokenize("resolution 75/58, and") == Tokens{"resolution", " ", "75/58", ",", " ", "and"});
}

TEST_CASE("Chinese is cut into words by ICU's dictionary") {
  Tokenizer t;
  std::string s = "大会回顾其第75/58号决议，并注意到秘书长的报告。";
  Tokens tokens = t.tokenize(s);
  CHECK(concat(tokens) == s);
  CHECK(tokens.size() >= 8);
  CHECK(has_token(tokens, "大会"));
  CHECK(has_token(tokens, "75/58"));
  CHECK(has_token(tokens, "，"));
  CHECK(has_token(tokens, "。"));
}

TEST_CASE("a Chinese number is one token, however ICU's dictionary cuts it") {
  Tokenizer t;
  std::string s = "请秘书长向大会第七十九届会议提交报告";
  Tokens tokens = t.tokenize(s);
  CHECK(concat(tokens) == s);
  CHECK(has_token(tokens, "第七十九"));
  CHECK(has_token(tokens, "届"));
  CHECK(has_token(t.tokenize("第八十届会议"), "第八十"));
  CHECK(has_token(t.tokenize("第一委员会"), "第一"));
  CHECK(has_token(t.tokenize("三十个国家"), "三十"));
  CHECK_FALSE(has_token(t.tokenize("协商一致通过"), "一"));  // a lone numeral inside a word stays in it
}

TEST_CASE("a Chinese clause diffs at word level: the inserted word alone") {
  Tokenizer t;
  CHECK(show(word_diff(t, "文化遗产遭到破坏以及文化财产的非法贩运，", "文化遗产遭到蓄意破坏以及文化财产的非法贩运，",
                       *lang::find("zh"))) ==
        std::vector<std::string>{"=文化遗产遭到", "+蓄意", "=破坏以及文化财产的非法贩运，"});
  CHECK(show(word_diff(t, "向大会第七十九届会议提交", "向大会第八十届会议提交", *lang::find("zh"))) ==
        std::vector<std::string>{"=向大会", "-第七十九", "+第八十", "=届会议提交"});
}

TEST_CASE("full-width and Arabic punctuation are tokens of their own") {
  Tokenizer t;
  CHECK(t.tokenize("措施：") == Tokens{"措施", "："});
  CHECK(t.tokenize("报告；") == Tokens{"报告", "；"});
  CHECK(t.tokenize("العام،") == Tokens{"العام", "،"});
  CHECK(t.tokenize("القرار؛") == Tokens{"القرار", "؛"});
}

TEST_CASE("the clean-up absorbs the language's own glue words") {
  Tokenizer t;
  // "de" alone between two replacements is absorbed in French, as "of" is in English.
  CHECK(show(word_diff(t, "le rapport de la Commission", "la note de cette Commission", *lang::find("fr"))) ==
        std::vector<std::string>{"-le rapport de la", "+la note de cette", "= Commission"});
}

TEST_CASE("equal texts give one equal edit, empty texts none") {
  Tokenizer t;
  CHECK(word_diff(t, "", "").empty());
  CHECK(show(word_diff(t, "same text", "same text")) == std::vector<std::string>{"=same text"});
  CHECK(show(word_diff(t, "", "new text")) == std::vector<std::string>{"+new text"});
  CHECK(show(word_diff(t, "old text", "")) == std::vector<std::string>{"-old text"});
}

TEST_CASE("a date update reads as one replacement") {
  Tokenizer t;
  auto edits = word_diff(t, "Recalling its resolution 75/58 of 7 December 2020,", "Recalling its resolution 79/42 of 2 December 2024,");
  CHECK(show(edits) == std::vector<std::string>{"=Recalling its resolution ", "-75/58 of 7 December 2020",
                                                "+79/42 of 2 December 2024", "=,"});
}

TEST_CASE("islands of one function word or of punctuation are absorbed") {
  Tokenizer t;
  CHECK(show(word_diff(t, "held in Baku on 25 and 26 October 2019, for", "held in Kampala on 19 and 20 January 2024, for")) ==
        std::vector<std::string>{"=held in ", "-Baku on 25 and 26 October 2019", "+Kampala on 19 and 20 January 2024", "=, for"});
  CHECK(show(word_diff(t, "alpha beta, gamma delta", "alpha zeta; eta delta")) ==
        std::vector<std::string>{"=alpha ", "-beta, gamma", "+zeta; eta", "= delta"});
  CHECK(show(word_diff(t, "States parties to the Convention", "States Parties to a Convention")) ==
        std::vector<std::string>{"=States ", "-parties to the", "+Parties to a", "= Convention"});
}

TEST_CASE("an island of a content word stays between two changes") {
  Tokenizer t;
  CHECK(show(word_diff(t, "A big red dog barks", "A small red cat barks")) ==
        std::vector<std::string>{"=A ", "-big", "+small", "= red ", "-dog", "+cat", "= barks"});
}

TEST_CASE("a replacement puts its delete before its insert") {
  Tokenizer t;
  auto edits = word_diff(t, "Global Initiative has been launched jointly", "Global Initiative was launched jointly");
  CHECK(show(edits) == std::vector<std::string>{"=Global Initiative ", "-has been", "+was", "= launched jointly"});
}

TEST_CASE("a pure insertion slides to start with a word and sit between spaces") {
  Tokenizer t;
  CHECK(show(word_diff(t, "the cat sat", "the big cat sat")) == std::vector<std::string>{"=the ", "+big ", "=cat sat"});
  CHECK(show(word_diff(t, "the cat", "the cat, the")) == std::vector<std::string>{"=the cat", "+, the"});
  CHECK(show(word_diff(t, "Recalling Security Council resolution 2325 (2016) of 15 December 2016 on the matter",
                       "Recalling Security Council resolutions 2325 (2016) of 15 December 2016 and 2663 (2022) of 30 "
                       "November 2022 on the matter")) ==
        std::vector<std::string>{"=Recalling Security Council ", "-resolution", "+resolutions",
                                 "= 2325 (2016) of 15 December 2016 ", "+and 2663 (2022) of 30 November 2022 ",
                                 "=on the matter"});
}

TEST_CASE("changes begin and end on word boundaries") {
  Tokenizer t;
  auto edits = word_diff(t, "seventy-seventh session", "eighty-first session");
  CHECK(show(edits) == std::vector<std::string>{"-seventy-seventh", "+eighty-first", "= session"});
  edits = word_diff(t, "see A/76/189.", "see A/80/164.");
  CHECK(show(edits) == std::vector<std::string>{"=see ", "-A/76/189", "+A/80/164", "=."});
}

TEST_CASE("word diff is lossless on random strings") {
  Tokenizer t;
  std::mt19937 rng(2024);
  const std::vector<std::string> pieces = {"the", "of", "and", "Assembly", "75/58", "A/76/189", "seventy-seventh", "2020",
                                           " ", "  ", ",", ";", ".", "(", ")", "“", "”", "决议", "大会", "é", "e\u0301",
                                           "\n", "non\u2011proliferation", "-", "/", "December", "16.4", "x"};
  auto random_text = [&](size_t max) {
    std::string s;
    for (size_t k = 0, n = rng() % max; k < n; ++k) s += pieces[rng() % pieces.size()];
    return s;
  };
  for (int round = 0; round < 2000; ++round) {
    std::string a = random_text(30);
    std::string b = rng() % 3 == 0 ? random_text(30) : a;
    // Mutate b: replace, insert or drop a few pieces' worth of bytes at token-safe places.
    for (int m = 0, n = static_cast<int>(rng() % 4); m < n; ++m) {
      std::string piece = pieces[rng() % pieces.size()];
      size_t at = b.empty() ? 0 : b.find(' ', rng() % b.size());
      if (at == std::string::npos) at = b.size();
      b.insert(at, rng() % 2 ? " " + piece : piece);
    }
    check_edits(word_diff(t, a, b), a, b);
  }
}

TEST_CASE("word diff is lossless on real clause pairs") {
  Tokenizer t;
  std::vector<std::string> olds = paragraphs("A_RES_76_28.seed.md");
  std::vector<std::string> news = paragraphs("A_RES_80_41.md");
  REQUIRE(olds.size() > 10);
  REQUIRE(news.size() > 10);
  for (size_t i = 0; i < olds.size(); ++i)
    for (size_t d = 0; d < 3; ++d) {
      size_t j = (i + d) % news.size();
      check_edits(word_diff(t, olds[i], news[j]), olds[i], news[j]);
    }
}

TEST_CASE("the semantic rule: a short equality between two longer changes is absorbed") {
  Tokenizer t;
  CHECK(show(word_diff(t, "Welcomes with appreciation the report submitted by the Secretary-General",
                       "Takes note of the report prepared for the Secretary-General")) ==
        std::vector<std::string>{"-Welcomes with appreciation the report submitted by", "+Takes note of the report prepared for",
                                 "= the Secretary-General"});
  // Longer than one of the changes beside it: kept.
  CHECK(show(word_diff(t, "Encourages States to strengthen national capacities in this regard",
                       "Urges States to develop regional institutions in this field")) ==
        std::vector<std::string>{"-Encourages", "+Urges", "= States to ", "-strengthen national capacities",
                                 "+develop regional institutions", "= in this ", "-regard", "+field"});
}

TEST_CASE("the semantic rule cascades backwards: a merged change can absorb the island before it") {
  Tokenizer t;
  // " all acts in " (12 characters) is longer than the change 2020 → 2024 after it, until the
  // function word " of " joins that change with the next one; then it is shorter than both sides.
  CHECK(show(word_diff(t, "Strongly condemns all acts in 2020 of the armed groups",
                       "Firmly rejects all acts in 2024 of any terrorist organization")) ==
        std::vector<std::string>{"-Strongly condemns all acts in 2020 of the armed groups",
                                 "+Firmly rejects all acts in 2024 of any terrorist organization"});
}

TEST_CASE("no island of one common word between two changes") {
  Tokenizer t;
  for (auto [a, b] : {std::pair{"decides to consider the question at its next session", "decides to examine a matter at its next session"},
                      std::pair{"in 2020 and 2021", "in 2024 and 2025"},
                      std::pair{"the first and the second reports", "the third and the fourth reports"}}) {
    auto edits = word_diff(t, a, b);
    INFO(a << " → " << b);
    for (size_t k = 1; k + 1 < edits.size(); ++k) {
      if (edits[k].op != Edit::Op::Equal || edits[k - 1].op == Edit::Op::Equal || edits[k + 1].op == Edit::Op::Equal) continue;
      std::string s = edits[k].text;
      size_t words = 0;
      bool in_word = false;
      for (char c : s) {
        bool w = std::isalnum(static_cast<unsigned char>(c)) != 0;
        words += w && !in_word;
        in_word = w;
      }
      CHECK(words != 1);
    }
  }
}

TEST_CASE("punctuation stays with its word, and a deleted list item takes its comma") {
  Tokenizer t;
  CHECK(show(word_diff(t, "Calls upon Governments, regional organizations and civil society to act",
                       "Calls upon Governments and civil society to act")) ==
        std::vector<std::string>{"=Calls upon Governments", "-, regional organizations", "= and civil society to act"});
  CHECK(show(word_diff(t, "oceans, seas, rivers, lakes", "oceans, rivers, lakes")) ==
        std::vector<std::string>{"=oceans, ", "-seas, ", "=rivers, lakes"});
  CHECK(show(word_diff(t, "adopted in 2020, and", "adopted in 2024; and")) ==
        std::vector<std::string>{"=adopted in ", "-2020,", "+2024;", "= and"});
}

TEST_CASE("a pure insertion does not absorb the word between it and a replacement") {
  Tokenizer t;
  CHECK(show(word_diff(t, "to report to the General Assembly at its seventy-seventh session;",
                       "to report to the General Assembly at its eighty-first session, under the item entitled “Disarmament”;")) ==
        std::vector<std::string>{"=to report to the General Assembly at its ", "-seventy-seventh", "+eighty-first", "= session",
                                 "+, under the item entitled “Disarmament”", "=;"});
}

// ---- unified_line_diff (src/diff/line_diff.cpp): the plain line diff of git's fallback -------
// Each expectation is what GNU diff -u prints for the same two files (checked by running it).

TEST_CASE("unified_line_diff keeps indentation: a re-indented line is a changed line") {
  CHECK(unified_line_diff("a\n  b\nc\n", "a\n    b\nc\n", "a/f.py", "b/f.py") ==
        "--- a/f.py\n+++ b/f.py\n@@ -1,3 +1,3 @@\n a\n-  b\n+    b\n c\n");
}

TEST_CASE("unified_line_diff cuts hunks with three lines of context and joins close ones") {
  std::string a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n";
  auto edit = [&](std::string text, const std::string& from, const std::string& to) {
    text.replace(text.find("\n" + from + "\n") + 1, from.size(), to);
    return text;
  };
  // 2 and 15: two hunks
  CHECK(unified_line_diff(a, edit(edit(a, "2", "two"), "15", "fifteen"), "a", "b") ==
        "--- a\n+++ b\n@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n@@ -12,5 +12,5 @@\n 12\n 13\n 14\n-15\n+fifteen\n 16\n");
  // 2 and 9: six common lines apart, one hunk
  CHECK(unified_line_diff(a, edit(edit(a, "2", "two"), "9", "nine"), "a", "b") ==
        "--- a\n+++ b\n@@ -1,12 +1,12 @@\n 1\n-2\n+two\n 3\n 4\n 5\n 6\n 7\n 8\n-9\n+nine\n 10\n 11\n 12\n");
}

TEST_CASE("unified_line_diff marks a last line without a newline, and empty sides") {
  CHECK(unified_line_diff("x\ny", "x\ny\n", "a", "b") == "--- a\n+++ b\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n+y\n");
  CHECK(unified_line_diff("", "new\n", "/dev/null", "b/n") == "--- /dev/null\n+++ b/n\n@@ -0,0 +1 @@\n+new\n");
  CHECK(unified_line_diff("old\n", "", "a/o", "/dev/null") == "--- a/o\n+++ /dev/null\n@@ -1 +0,0 @@\n-old\n");
  CHECK(unified_line_diff("same\n", "same\n", "a", "b").empty());
}
