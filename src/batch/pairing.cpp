// Pairing the documents of two sessions: which old resolution does each new one follow?
//
// A yearly resolution keeps its title and names last year's text in its first recitals —
// "Recalling its resolution 79/42 of 2 December 2024" in A/RES/80/41 — so the evidence comes in
// three strengths, and pair_documents() uses the strongest first:
//
//   3  the new document cites the old one's symbol in a recital, and the titles agree
//   2  the new document cites the old one's symbol
//   1  the titles agree (compared by comparison key, trailing ":" and spaces dropped)
//
// A citation is a symbol "S/N" standing alone in a recital's text (no digit or '/' glued on
// either side), so that it reads the same in every language ("sa résolution 79/42"). At each
// strength, a new document with exactly one remaining old candidate, which in turn has exactly
// one remaining new candidate, is paired; documents with several candidates at the strongest
// strength they have are reported as one Ambiguity (with every candidate) and stay unpaired, so
// that a guess never hides a choice from the user. What is left is unpaired.
//
// Worked example (sessions 79 and 80 of the corpus, the draft A/80/L.22 among the new ones):
//   80/41 cites 79/42 and has its title        → paired (recalls and title)
//   80/2 "Scale of assessments…" cites nothing → paired with 79/3 by title
//   80/110 cites 79/144 and has its title; the draft A/80/L.22 cites 79/144 too, but a draft's
//     title counts for nothing (the adopted text it became carries it) → 80/110 is paired at
//     strength 3 first, and the draft is left unpaired
//   80/5, the Doha Declaration, has no predecessor → unpaired new
// Two new documents both citing 79/144 with its title would be one Ambiguity {79/144} × {both}.
#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "resdiff/batch.hpp"
#include "resdiff/text.hpp"

namespace resdiff {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Every "S/N" symbol in text that stands alone (digits on both sides of one '/').
std::set<std::string> cited_symbols(const std::string& text) {
  std::set<std::string> out;
  for (size_t slash = text.find('/'); slash != std::string::npos; slash = text.find('/', slash + 1)) {
    size_t b = slash, e = slash + 1;
    while (b > 0 && is_digit(text[b - 1])) --b;
    while (e < text.size() && is_digit(text[e])) ++e;
    if (b == slash || e == slash + 1) continue;
    if (b > 0 && (text[b - 1] == '/' || text[b - 1] == '.')) continue;  // A/80/164, document symbols
    if (e < text.size() && (text[e] == '/' || (text[e] == '.' && e + 1 < text.size() && is_digit(text[e + 1]))))
      continue;
    out.insert(text.substr(b, e - b));
  }
  return out;
}

std::string title_key(const Document& doc) {
  if (!doc.meta.title) return "";
  std::string key = text::comparison_key(*doc.meta.title);
  while (!key.empty() && (key.back() == ':' || key.back() == ' ' || key.back() == '.')) key.pop_back();
  return key;
}

}  // namespace

const char* paired_by_name(PairedBy how) {
  switch (how) {
    case PairedBy::RecallsAndTitle: return "recalls and title";
    case PairedBy::Recalls: return "recalls";
    case PairedBy::Title: return "title";
  }
  return "title";
}

BatchPlan pair_documents(const std::vector<Document>& old_docs, const std::vector<Document>& new_docs) {
  // strength[new][old], only where there is evidence
  std::map<std::string, std::vector<size_t>> by_symbol, by_title;
  std::vector<std::string> old_titles(old_docs.size());
  for (size_t o = 0; o < old_docs.size(); ++o) {
    if (old_docs[o].meta.symbol) by_symbol[*old_docs[o].meta.symbol].push_back(o);
    old_titles[o] = old_docs[o].is_resolution ? title_key(old_docs[o]) : "";
    if (!old_titles[o].empty()) by_title[old_titles[o]].push_back(o);
  }
  std::vector<std::map<size_t, int>> strength(new_docs.size());
  for (size_t n = 0; n < new_docs.size(); ++n) {
    const Document& doc = new_docs[n];
    std::set<std::string> cited;
    for (const Clause& c : doc.clauses) {
      if (c.kind != ClauseKind::Preambular) continue;
      std::set<std::string> here = cited_symbols(c.text);
      cited.insert(here.begin(), here.end());
    }
    for (const std::string& symbol : cited) {
      if (doc.meta.symbol && symbol == *doc.meta.symbol) continue;
      if (auto it = by_symbol.find(symbol); it != by_symbol.end())
        for (size_t o : it->second) strength[n][o] = 2;
    }
    std::string title = doc.is_resolution && !doc.meta.draft ? title_key(doc) : "";  // a draft yields to its adoption
    if (!title.empty()) {
      if (auto it = by_title.find(title); it != by_title.end())
        for (size_t o : it->second) strength[n][o] += 1;
    }
  }

  BatchPlan plan;
  std::vector<bool> old_done(old_docs.size()), new_done(new_docs.size());
  std::vector<std::optional<PairedBy>> how(new_docs.size());
  std::vector<size_t> partner(new_docs.size());
  for (int level = 3; level >= 1; --level) {
    // candidates at exactly this level among documents still free
    std::map<size_t, std::vector<size_t>> olds_of, news_of;
    for (size_t n = 0; n < new_docs.size(); ++n) {
      if (new_done[n]) continue;
      for (const auto& [o, s] : strength[n])
        if (s == level && !old_done[o]) {
          olds_of[n].push_back(o);
          news_of[o].push_back(n);
        }
    }
    // connected groups of candidates: one old and one new make a pair, anything larger is ambiguous
    std::set<size_t> seen_new;
    for (const auto& [n0, unused] : olds_of) {
      if (seen_new.count(n0)) continue;
      std::set<size_t> group_new{n0}, group_old;
      std::vector<size_t> todo{n0};
      while (!todo.empty()) {
        size_t n = todo.back();
        todo.pop_back();
        for (size_t o : olds_of[n]) {
          if (!group_old.insert(o).second) continue;
          for (size_t m : news_of[o])
            if (group_new.insert(m).second) todo.push_back(m);
        }
      }
      seen_new.insert(group_new.begin(), group_new.end());
      if (group_new.size() == 1 && group_old.size() == 1) {
        size_t o = *group_old.begin();
        how[n0] = level == 3 ? PairedBy::RecallsAndTitle : level == 2 ? PairedBy::Recalls : PairedBy::Title;
        partner[n0] = o;
      } else {
        plan.ambiguous.push_back({{group_old.begin(), group_old.end()}, {group_new.begin(), group_new.end()}});
      }
      for (size_t n : group_new) new_done[n] = true;
      for (size_t o : group_old) old_done[o] = true;
    }
  }
  for (size_t n = 0; n < new_docs.size(); ++n) {
    if (how[n]) plan.pairs.push_back({partner[n], n, *how[n]});
    else if (!new_done[n]) plan.unpaired_new.push_back(n);
  }
  for (size_t o = 0; o < old_docs.size(); ++o)
    if (!old_done[o]) plan.unpaired_old.push_back(o);
  return plan;
}

}  // namespace resdiff
