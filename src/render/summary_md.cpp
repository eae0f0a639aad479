// The committee change summary (`--format markdown` for a comparison): what a committee secretary
// pastes into a report. A title naming both documents by symbol; the substantive changes first,
// one sentence per paragraph in the form of a committee report, by the paragraph's old number
// (render/committee.cpp: "In the fifth preambular paragraph, the word “resolution” was replaced
// by “resolutions”."); then the technical updates in the same form; then the counts as a table
// (render/tally.cpp, as every view counts).
//
//   # Changes from A/RES/76/28 to A/RES/80/41
//
//   *Measures to prevent …*: A/RES/76/28 (76th session, 6 Dec 2021) compared with A/RES/80/41 (…).
//
//   ## Substantive changes
//
//   - In the fifth preambular paragraph, the word “resolution” was replaced by “resolutions” …
//
//   ## Technical updates
//
//   - In the first preambular paragraph, the words “75/58 of 7 December 2020” were replaced by …
#include <array>
#include <string>
#include <vector>

#include "names.hpp"
#include "render/committee.hpp"
#include "resdiff/report_words.hpp"
#include "render/tally.hpp"
#include "resdiff/render.hpp"

namespace resdiff {

namespace {

using render_committee::md;
using render_names::doc_name;

// pattern's one or two "{}" holes filled with values, in order.
std::string filled(std::string_view pattern, const std::string& a, const std::string& b = "") {
  std::string out(pattern);
  size_t at = out.find("{}");
  if (at != std::string::npos) out.replace(at, 2, a);
  at = out.find("{}", at == std::string::npos ? 0 : at + a.size());
  if (at != std::string::npos) out.replace(at, 2, b);
  return out;
}

class Summary {
 public:
  explicit Summary(const Report& report) : r_(report), w_(render_committee::report_words(report)) {}

  std::string render() {
    o_ += "# " + md(filled(w_.title, doc_name(r_.old_doc), doc_name(r_.new_doc))) + "\n\n";
    const std::optional<std::string>& title = r_.new_doc.meta.title ? r_.new_doc.meta.title : r_.old_doc.meta.title;
    std::string line;
    if (title) {  // appended piece by piece: "*" + std::string trips GCC 12's -Wrestrict
      line += '*';
      line += md(*title);
      line += "*: ";
    }
    line += md(filled(w_.compared, described(r_.old_doc), described(r_.new_doc)));
    o_ += line + "\n\n";
    if (!r_.has_differences()) {
      o_ += std::string(w_.no_differences) + "\n\n";
    } else if (r_.technical_only) {
      o_ += std::string(w_.technical_only) + "\n\n";
    }
    render_committee::Sentences s = render_committee::sentences(r_, w_);
    section(w_.substantive_heading, s.substantive);
    section(w_.technical_heading, s.technical);
    counts();
    while (o_.size() >= 2 && o_[o_.size() - 1] == '\n' && o_[o_.size() - 2] == '\n') o_.pop_back();
    return o_;
  }

 private:
  const Report& r_;
  const ReportWords& w_;
  std::string o_;

  std::string described(const Document& doc) const { return render_committee::described(doc, w_); }

  // The counts table's words: the table's own, else English.
  std::string_view column(size_t i) const {
    static constexpr std::array<std::string_view, 10> kEnglish = {"Part",    "Unchanged", "Changed",   "Moved",
                                                                  "Inserted", "Deleted",  "Split",     "Merged",
                                                                  "Technical", "Substantive"};
    std::string_view own = render_committee::count_column(i, w_);
    return own.empty() ? kEnglish[i] : own;
  }

  void section(std::string_view heading, const std::vector<render_committee::Item>& items) {
    if (items.empty()) return;
    o_ += "## " + std::string(heading) + "\n\n";
    for (const render_committee::Item& item : items) o_ += "- " + render_committee::markdown(item.sentence, w_) + "\n";
    o_ += "\n";
  }

  void counts() {
    o_ += "## " + std::string(w_.counts_heading) + "\n\n|";
    for (size_t i = 0; i < 10; ++i) o_ += " " + std::string(column(i)) + " |";
    o_ += "\n|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n";
    for (const render_tally::PartTally& t : render_tally::part_tallies(r_)) {
      o_ += "| " + std::string(render_committee::part_name(t.kind, w_)) + " (" + std::to_string(t.old_count) + " → " +
            std::to_string(t.new_count) + ")";
      for (Status s : {Status::Unchanged, Status::Changed, Status::Moved, Status::Inserted, Status::Deleted, Status::Split,
                       Status::Merged})
        o_ += " | " + std::to_string(t.count(s));
      o_ += " | " + std::to_string(t.technical) + " | " + std::to_string(t.substantive) + " |\n";
    }
    o_ += "\n";
  }
};

}  // namespace

std::string render_markdown_summary(const Report& report) { return Summary(report).render(); }

}  // namespace resdiff
