// Word's automatic numbering (word/numbering.xml): the labels Word shows in front of numbered
// paragraphs, which live in the paragraph's numPr and not in its text.
//
// A w:num (numId) points to a w:abstractNum, which defines nine levels (start value, number
// format, label template such as "%1." or "(%2)"); the w:num may override a level's start
// (w:lvlOverride/w:startOverride) or the whole level. Counters belong to the abstract
// numbering, so two w:num of one abstractNum continue each other unless one restarts a level;
// a paragraph at level L advances L and restarts the deeper levels.
//
//   abstractNum 1: lvl 0 "%1." decimal, lvl 1 "(%2)" lowerLetter
//   paragraphs (numId 5 → abstract 1): ilvl 0, ilvl 1, ilvl 1, ilvl 0, ilvl 1
//   labels: "1.", "(a)", "(b)", "2.", "(a)"
#pragma once
#include <libxml/tree.h>

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "docx_styles.hpp"  // same directory: tests include this header by path

namespace resdiff::load_detail::docx {

/// A value written in a number format: decimal, lowerLetter, upperLetter, lowerRoman,
/// upperRoman, decimalZero, ordinal; anything else as decimal.
std::string format_number(int value, const std::string& format);

/// The list definitions of one document and the counters of one reading pass.
class Numbering {
 public:
  /// Reads numbering.xml (nullptr: no lists); styles resolve w:numStyleLink.
  static Numbering read(const xmlDoc* numbering, const Styles& styles);

  /// Advances the counters for a paragraph at level ilvl of list num_id and returns the label
  /// Word shows ("1.", "(a)", "2.1"); "" for bullets, levels without a label and unknown lists.
  std::string next_label(int num_id, int ilvl);

  /// The level of list num_id that is linked to a paragraph style (w:lvl/w:pStyle), if any.
  std::optional<int> level_of_style(int num_id, const std::string& style_id) const;

 private:
  struct Level {
    int start = 1;
    std::string format = "decimal";
    std::string text;
    bool legal = false;             // w:isLgl: shallower levels shown as decimal
    std::optional<int> restart;     // w:lvlRestart
    std::string style;              // w:pStyle linked to the level
  };
  struct Abstract {
    std::array<Level, 9> levels;
    std::string num_style_link;
  };
  struct Num {
    std::string abstract_id;
    std::map<int, int> start_override;
    std::map<int, Level> level_override;
  };
  struct Counters {
    std::array<std::optional<int>, 9> value;  // unset: the level has not been used since its restart
  };

  /// The abstract numbering a list instance uses (through w:numStyleLink), or nullptr.
  const Abstract* abstract_of(const Num& num) const;
  /// The list instance with this numId, or nullptr.
  const Num* find_num(int num_id) const;

  std::map<std::string, Abstract> abstracts_;
  std::map<int, Num> nums_;
  std::map<std::string, std::string> style_links_;  // numbering style id → abstract id
  std::map<const Abstract*, Counters> counters_;
  std::set<int> started_;  // nums whose start overrides have taken effect
};

}  // namespace resdiff::load_detail::docx
