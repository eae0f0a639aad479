// The word diff: the shortest edit script between two clause texts, token by token.
//
// Both texts are tokenized (tokenize.cpp), every distinct token gets an integer id, and dtl
// (Wu–Manber–Myers O(NP)) computes a shortest edit script over the ids. The script is read as
// alternating segments, equal runs and change regions; a change region collects every delete and
// insert between two equal runs, so a delete always comes before its insert. clean_up
// (cleanup.cpp) then makes the regions read as phrases.
//
// Worked example:
//   old "Recalling its resolution 75/58 of 7 December 2020,"
//   new "Recalling its resolution 79/42 of 2 December 2024,"
//   script: = "Recalling its resolution " −"75/58" +"79/42" =" of " −"7" +"2" =" December " −"2020" +"2024" =","
//   cleaned: = "Recalling its resolution " −"75/58 of 7 December 2020" +"79/42 of 2 December 2024" =","
//
// With a Tolerance (-i, -w, --ignore-punctuation), tolerate.cpp then turns the changes that differ
// only so into Equal edits (their old text kept in Edit::old_text).
//
// The result is lossless: the Equal and Delete texts concatenate to the old text, the Equal and
// Insert texts to the new one. Equal texts are taken from the old side; tokens with equal ids are
// equal strings, so nothing is lost.
#include <dtl/dtl.hpp>

#include <string_view>
#include <unordered_map>

#include "diff/tokens.hpp"
#include "resdiff/text.hpp"

namespace resdiff {

const char* op_name(Edit::Op op) {
  switch (op) {
    case Edit::Op::Equal: return "equal";
    case Edit::Op::Insert: return "insert";
    case Edit::Op::Delete: return "delete";
  }
  return "equal";
}

std::string reconstruct(const std::vector<Edit>& edits, bool old_side) {
  std::string out;
  for (const Edit& e : edits) {
    if (e.op == Edit::Op::Equal && old_side && e.old_text) {
      out += *e.old_text;
    } else if (e.op == Edit::Op::Equal || (old_side ? e.op == Edit::Op::Delete : e.op == Edit::Op::Insert)) {
      out += e.text;
    }
  }
  return out;
}

std::vector<Edit> word_diff(const Tokenizer& tokenizer, std::string_view old_text, std::string_view new_text,
                            const Language& language, const Tolerance& tolerance) {
  if (old_text == new_text) {
    if (old_text.empty()) return {};
    return {Edit{Edit::Op::Equal, std::string(old_text), false}};
  }
  if (tolerance.any() && text::same_under(old_text, new_text, tolerance))
    return {Edit{Edit::Op::Equal, std::string(new_text), false, std::string(old_text)}};
  return word_diff(tokenizer, tokenized(tokenizer, old_text), tokenized(tokenizer, new_text), language, tolerance);
}

std::vector<Edit> word_diff(const Tokenizer& tokenizer, const TokenizedText& old_side, const TokenizedText& new_side,
                            const Language& language, const Tolerance& tolerance) {
  if (old_side.text == new_side.text) {
    if (old_side.text.empty()) return {};
    return {Edit{Edit::Op::Equal, std::string(old_side.text), false}};
  }
  if (tolerance.any() && text::same_under(old_side.text, new_side.text, tolerance))
    return {Edit{Edit::Op::Equal, std::string(new_side.text), false, std::string(old_side.text)}};
  const std::vector<std::string_view>& old_tokens = old_side.tokens;
  const std::vector<std::string_view>& new_tokens = new_side.tokens;

  std::unordered_map<std::string_view, int> ids;
  ids.reserve(old_tokens.size() + new_tokens.size());
  auto to_ids = [&ids](const std::vector<std::string_view>& tokens) {
    std::vector<int> out;
    out.reserve(tokens.size());
    for (std::string_view t : tokens) out.push_back(ids.emplace(t, static_cast<int>(ids.size())).first->second);
    return out;
  };
  std::vector<int> a = to_ids(old_tokens);
  std::vector<int> b = to_ids(new_tokens);

  std::vector<diff_stage::Segment> segments;
  auto segment_for = [&segments](bool equal) -> diff_stage::Segment& {
    if (segments.empty() || segments.back().equal != equal) segments.push_back({equal, {}, {}});
    return segments.back();
  };
  size_t i = 0, j = 0;
  if (!a.empty() && !b.empty()) {
    dtl::Diff<int> diff(a, b);
    diff.compose();
    for (const auto& [id, info] : diff.getSes().getSequence()) {
      (void)id;
      switch (info.type) {
        case dtl::SES_COMMON:
          segment_for(true).old_tokens.push_back(old_tokens[i++]);
          ++j;
          break;
        case dtl::SES_DELETE: segment_for(false).old_tokens.push_back(old_tokens[i++]); break;
        case dtl::SES_ADD: segment_for(false).new_tokens.push_back(new_tokens[j++]); break;
      }
    }
  }
  // Whatever the script did not cover (an empty side) is one change.
  while (i < old_tokens.size()) segment_for(false).old_tokens.push_back(old_tokens[i++]);
  while (j < new_tokens.size()) segment_for(false).new_tokens.push_back(new_tokens[j++]);
  return diff_stage::tolerate(tokenizer, diff_stage::clean_up(std::move(segments), language), tolerance);
}

}  // namespace resdiff
