// `resdiff blame`: the newest text, each clause annotated with the version it came from, as
// `git blame` annotates lines with the commit that last touched them.
//
//   A/RES/80/41 · blame over 9 versions, 72/42 … 80/41
//
//   80/41  PP1   Recalling its resolution 79/42 of 2 December 2024,
//   72/42  PP2   Recognizing the determination of the international community to combat …
//   79/42  PP5   Recalling Security Council resolutions 2325 (2016) of 15 December 2016 and …
//
// The first column is the version the clause last changed in (the version it was born in when it
// never changed). With words (--words) the first column is the version the clause was born in,
// and every run of words a later version brought is marked with that version:
//
//   72/42  PP5   {76/28: Recalling} Security Council {79/42: resolutions} 2325 (2016) of …
//
// White space at a run's ends stays outside its braces, so that the marks hug the words.
#include <algorithm>
#include <string>

#include "layout.hpp"
#include "names.hpp"
#include "resdiff/render_history.hpp"

namespace resdiff {

namespace {

using layout::Runs;
using layout::Style;

constexpr int kNarrowest = 30;

/// The clause's text as runs, the runs of versions after `base` marked "{76/28: …}".
Runs word_runs(const History& history, const std::string& text, const std::vector<Origin>& origins, size_t base) {
  Runs runs;
  size_t offset = 0;
  for (const Origin& origin : origins) {
    std::string piece = text.substr(offset, origin.length);
    offset += origin.length;
    if (origin.version == base) {
      runs.push_back({piece, Style::Plain});
      continue;
    }
    size_t begin = piece.find_first_not_of(' ');
    if (begin == std::string::npos) {
      runs.push_back({piece, Style::Plain});
      continue;
    }
    size_t end = piece.find_last_not_of(' ') + 1;
    if (begin > 0) runs.push_back({piece.substr(0, begin), Style::Plain});
    runs.push_back({"{" + history.labels[origin.version] + ": ", Style::Dim});
    runs.push_back({piece.substr(begin, end - begin), Style::Bold});
    runs.push_back({"}", Style::Dim});
    if (end < piece.size()) runs.push_back({piece.substr(end), Style::Plain});
  }
  return runs;
}

}  // namespace

std::string render_blame_text(const History& history, const RenderOptions& options, bool words) {
  int width = options.width <= 0 ? 0 : std::max(options.width, kNarrowest);
  std::string out;
  out += layout::wrap({{render_names::doc_name(history.newest()), Style::Bold},
                       {" · blame over " + std::to_string(history.size()) + " versions, " + history.labels.front() + " … " +
                            history.labels.back(),
                        Style::Plain}},
                      width, 0, 2, options.color);
  out += "\n";
  size_t version_width = 0, label_width = 0;
  for (const std::string& label : history.labels) version_width = std::max(version_width, static_cast<size_t>(layout::display_width(label)));
  for (const ClauseHistory& clause : history.clauses) {
    label_width = std::max(label_width, clause_label(history.newest().clauses[clause.clause]).size());
  }
  const int text_column = static_cast<int>(version_width + 2 + label_width + 3);
  for (const ClauseHistory& clause : history.clauses) {
    const Clause& c = history.newest().clauses[clause.clause];
    size_t version = words ? clause.lineage.born : last_changed(clause.lineage);
    std::string name = history.labels[version];
    name += std::string(version_width - static_cast<size_t>(layout::display_width(name)) + 2, ' ');
    std::string label = clause_label(c);
    label += std::string(label_width - label.size() + 3, ' ');
    Runs runs{{name, Style::Dim}, {label, Style::Bold}};
    Runs text = words ? word_runs(history, c.text, clause.lineage.origins, clause.lineage.born) : Runs{{c.text, Style::Plain}};
    runs.insert(runs.end(), text.begin(), text.end());
    out += layout::wrap(runs, width, 0, text_column, options.color);
  }
  return out;
}

}  // namespace resdiff
