// `resdiff log --format markdown`: a note for the file on what a resolution went through.
//
//   # History of A/RES/72/42 → A/RES/80/41
//
//   *Measures to prevent …*: 9 versions, from A/RES/72/42 (72nd session, 4 Dec 2017) to …
//
//   | version | session and date | recitals | operative paragraphs | file |
//   …
//
//   ## Substantive changes
//
//   - **PP5** (since 72/42)
//     - 76/28: In the fifth preambular paragraph, the words “Taking note of” were replaced by “Recalling”.
//     - 79/42: In the fifth preambular paragraph, the word “resolution” was replaced by “resolutions” …
//
//   ## Only technical updates
//
//   - **PP1** (since 72/42): in 73/55, 74/43, 75/58, 76/28, 77/75, 78/43, 79/42 and 80/41.
//
//   ## Unchanged
//
//   Since 72/42: PP2, PP3, PP4, PP12, PP17, PP18, OP1, OP3 and OP4.
//
// then the clauses that came after the first version, and those dropped along the way (with
// their last text and the versions they came and went in). Each step is told in the words of
// the committee summary of that year's comparison (render/committee.cpp), the paragraph named
// by its number in the version before, so that a year's sentence reads as that year's report did.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "log_words.hpp"
#include "names.hpp"
#include "render/committee.hpp"
#include "resdiff/render_history.hpp"

namespace resdiff {

namespace {

using render_committee::md;

/// "73/55, 74/43 and 75/58".
std::string listed(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  return out;
}

bool any_substantive(const Lineage& l) {
  for (const HistoryStep& step : l.steps) {
    if (!step.technical) return true;
  }
  return false;
}

class LogNote {
 public:
  explicit LogNote(const History& history) : h_(history) {
    for (const Report& report : h_.steps) {
      const ReportWords& words = render_committee::report_words(report);
      render_committee::Sentences s = render_committee::sentences(report, words);
      std::map<size_t, std::string> of_entry;
      for (const auto* list : {&s.substantive, &s.technical}) {
        for (const render_committee::Item& item : *list) {
          for (size_t e : item.entries) of_entry[e] = render_committee::markdown(item.sentence, words);
        }
      }
      sentences_.push_back(std::move(of_entry));
    }
  }

  std::string render() {
    header();
    substantive();
    technical();
    unchanged();
    added();
    dropped();
    while (o_.size() >= 2 && o_[o_.size() - 1] == '\n' && o_[o_.size() - 2] == '\n') o_.pop_back();
    return o_;
  }

 private:
  const History& h_;
  std::vector<std::map<size_t, std::string>> sentences_;  // per comparison: entry → its committee sentence
  std::string o_;

  std::string label(size_t clause) const { return clause_label(h_.newest().clauses[clause]); }

  /// The committee sentences of the entries a step stands for (one, or two when two ancestors
  /// took their steps apart in the same version).
  std::string step_sentence(const HistoryStep& step) const {
    const Report& report = h_.steps[step.at - 1];
    std::set<std::string> seen;
    std::string out;
    for (size_t e = 0; e < report.entries.size(); ++e) {
      const Entry& entry = report.entries[e];
      bool within = !entry.new_clauses.empty() && !entry.old_clauses.empty();
      for (size_t n : entry.new_clauses) within = within && std::count(step.to.begin(), step.to.end(), n) > 0;
      for (size_t o : entry.old_clauses) within = within && std::count(step.from.begin(), step.from.end(), o) > 0;
      if (!within) continue;
      auto it = sentences_[step.at - 1].find(e);
      if (it == sentences_[step.at - 1].end() || !seen.insert(it->second).second) continue;
      out += (out.empty() ? "" : " ") + it->second;
    }
    return out.empty() ? log_words::step_kind(step) + "." : out;
  }

  /// A technical step of a clause that also changed in substance, told as that year's summary
  /// told it, and said to be technical: "… “sixty-first” was replaced by “sixty-second” (a technical update)."
  std::string technical_sentence(const HistoryStep& step) const {
    std::string sentence = step_sentence(step);
    if (sentence.empty() || sentence.back() != '.') return sentence + " (a technical update)";
    sentence.pop_back();
    return sentence + " (a technical update).";
  }

  void header() {
    const Document& first = h_.version(0);
    const Document& last = h_.newest();
    o_ += "# History of " + md(render_names::doc_name(first)) + " → " + md(render_names::doc_name(last)) + "\n\n";
    const std::optional<std::string>& title = last.meta.title ? last.meta.title : first.meta.title;
    std::string line;  // appended piece by piece ("*" + std::string trips GCC 12's -Wrestrict)
    if (title) {
      line += "*";
      line += md(*title);
      line += "*: ";
    }
    line += std::to_string(h_.size()) + " versions, from " + md(render_names::doc_described(first)) + " to " +
            md(render_names::doc_described(last)) + ", each compared with the next.";
    o_ += line + "\n\n| version | session and date | recitals | operative paragraphs | file |\n|---|---|---:|---:|---|\n";
    for (size_t k = 0; k < h_.size(); ++k) {
      const Document& doc = h_.version(k);
      o_ += "| " + md(h_.labels[k]) + " | " + md(render_names::doc_detail(doc)) + " | " +
            std::to_string(doc.count(ClauseKind::Preambular)) + " | " + std::to_string(doc.count(ClauseKind::Operative)) + " | " +
            md(doc.path) + " |\n";
    }
    o_ += "\n";
  }

  void substantive() {
    std::string list;
    for (const ClauseHistory& c : h_.clauses) {
      if (!any_substantive(c.lineage)) continue;
      list += "- **" + md(label(c.clause)) + "** (since " + md(h_.labels[c.lineage.born]) + ")\n";
      for (const HistoryStep& step : c.lineage.steps) {
        list += "  - " + md(h_.labels[step.at]) + ": " + (step.technical ? technical_sentence(step) : step_sentence(step)) + "\n";
      }
    }
    if (!list.empty()) o_ += "## Substantive changes\n\n" + list + "\n";
  }

  void technical() {
    std::string list;
    for (const ClauseHistory& c : h_.clauses) {
      if (c.lineage.steps.empty() || any_substantive(c.lineage)) continue;
      std::vector<std::string> versions;
      for (const HistoryStep& step : c.lineage.steps) versions.push_back(md(h_.labels[step.at]));
      list += "- **" + md(label(c.clause)) + "** (since " + md(h_.labels[c.lineage.born]) + "): in " + listed(versions) + ".\n";
    }
    if (!list.empty()) o_ += "## Only technical updates\n\n" + list + "\n";
  }

  void unchanged() {
    std::map<size_t, std::vector<std::string>> by_birth;
    for (const ClauseHistory& c : h_.clauses) {
      if (c.lineage.steps.empty()) by_birth[c.lineage.born].push_back(md(label(c.clause)));
    }
    if (by_birth.empty()) return;
    o_ += "## Unchanged\n\n";
    for (const auto& [born, labels] : by_birth) o_ += "Since " + md(h_.labels[born]) + ": " + listed(labels) + ".\n\n";
  }

  void added() {
    std::string list;
    for (const ClauseHistory& c : h_.clauses) {
      if (c.lineage.born == 0) continue;
      const Clause& clause = h_.newest().clauses[c.clause];
      list += "- **" + md(clause_label(clause)) + "**, new in " + md(h_.labels[c.lineage.born]) + ": “" + md(clause.text) + "”\n";
    }
    if (!list.empty()) o_ += "## Added after " + md(h_.labels.front()) + "\n\n" + list + "\n";
  }

  void dropped() {
    o_ += "## Dropped along the way\n\n";
    if (h_.gone.empty()) {
      o_ += "None.\n\n";
      return;
    }
    for (const GoneClause& g : h_.gone) {
      const Clause& clause = h_.clause(g.died - 1, g.clause);
      o_ += "- **" + md(clause_label(clause)) + "** of " + md(h_.labels[g.died - 1]) + " (since " + md(h_.labels[g.lineage.born]) +
            ", gone in " + md(h_.labels[g.died]) + "): “" + md(clause.text) + "”\n";
    }
    o_ += "\n";
  }
};

}  // namespace

std::string render_log_markdown(const History& history) { return LogNote(history).render(); }

}  // namespace resdiff
