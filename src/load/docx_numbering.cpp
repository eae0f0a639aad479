// Numbering: numbering.xml read into abstract lists and list instances, and the counters that
// turn a paragraph's numPr into the label Word shows (see docx_numbering.hpp).
#include "load/docx_numbering.hpp"
#include "resdiff/text.hpp"

#include <algorithm>
#include <cctype>

#include "load/xml.hpp"

namespace resdiff::load_detail::docx {

namespace {

constexpr int kLevels = 9;

// List values are kept in this range, so that counting on can never overflow.
constexpr int kMaxValue = 999999;


// s in upper case (ASCII).
std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string format_number(int value, const std::string& format) {
  if (format == "none" || format == "bullet") return "";
  if (value >= 1 && (format == "lowerLetter" || format == "upperLetter")) {
    return format == "upperLetter" ? upper(text::list_letters(value)) : text::list_letters(value);
  }
  if (value >= 1 && value < 4000 && (format == "lowerRoman" || format == "upperRoman")) {
    return format == "upperRoman" ? upper(text::roman_numeral(value)) : text::roman_numeral(value);
  }
  if (format == "decimalZero" && value >= 0 && value < 10) return std::string(1, '0').append(std::to_string(value));
  if (format == "ordinal") {
    int tens = value % 100;
    const char* suffix = (tens >= 11 && tens <= 13) ? "th"
                         : value % 10 == 1          ? "st"
                         : value % 10 == 2          ? "nd"
                         : value % 10 == 3          ? "rd"
                                                    : "th";
    return std::to_string(value) + suffix;
  }
  return std::to_string(value);
}

namespace {

// One w:lvl element over the defaults of a level.
template <class Level>
Level read_level(const xmlNode* lvl) {
  Level level;
  if (const auto start = xml::integer_attribute(w_child(lvl, "start"), "val")) level.start = std::clamp(*start, 0, kMaxValue);
  if (const xmlNode* fmt = w_child(lvl, "numFmt")) level.format = xml::attribute(fmt, "val").value_or("decimal");
  if (const xmlNode* text = w_child(lvl, "lvlText")) level.text = xml::attribute_or_empty(text, "val");
  if (const xmlNode* legal = w_child(lvl, "isLgl")) level.legal = on_off(legal);
  level.restart = xml::integer_attribute(w_child(lvl, "lvlRestart"), "val");
  if (const xmlNode* style = w_child(lvl, "pStyle")) level.style = xml::attribute_or_empty(style, "val");
  return level;
}

}  // namespace

Numbering Numbering::read(const xmlDoc* doc, const Styles& styles) {
  Numbering numbering;
  const xmlNode* root = xml::root(doc);
  if (root == nullptr) return numbering;
  std::map<std::string, std::string> style_owner;  // numbering style id → abstract that defines it
  for (const xmlNode* node = root->children; node != nullptr; node = node->next) {
    if (is_w(node, "abstractNum")) {
      std::string id = xml::attribute_or_empty(node, "abstractNumId");
      Abstract abstract;
      for (int i = 0; i < kLevels; ++i) {
        abstract.levels[static_cast<size_t>(i)].text = {'%', static_cast<char>('1' + i), '.'};
      }
      for (const xmlNode* lvl = node->children; lvl != nullptr; lvl = lvl->next) {
        if (!is_w(lvl, "lvl")) continue;
        int ilvl = xml::integer_attribute(lvl, "ilvl").value_or(0);
        if (ilvl >= 0 && ilvl < kLevels) abstract.levels[static_cast<size_t>(ilvl)] = read_level<Level>(lvl);
      }
      if (const xmlNode* link = w_child(node, "numStyleLink")) abstract.num_style_link = xml::attribute_or_empty(link, "val");
      if (const xmlNode* link = w_child(node, "styleLink")) style_owner[xml::attribute_or_empty(link, "val")] = id;
      numbering.abstracts_[id] = std::move(abstract);
    } else if (is_w(node, "num")) {
      std::optional<int> num_id = xml::integer_attribute(node, "numId");
      if (!num_id) continue;
      Num num;
      if (const xmlNode* abstract = w_child(node, "abstractNumId")) num.abstract_id = xml::attribute_or_empty(abstract, "val");
      for (const xmlNode* o = node->children; o != nullptr; o = o->next) {
        if (!is_w(o, "lvlOverride")) continue;
        int ilvl = xml::integer_attribute(o, "ilvl").value_or(0);
        if (ilvl < 0 || ilvl >= kLevels) continue;
        if (const auto start = xml::integer_attribute(w_child(o, "startOverride"), "val")) {
          num.start_override[ilvl] = std::clamp(*start, 0, kMaxValue);
        }
        if (const xmlNode* lvl = w_child(o, "lvl")) num.level_override[ilvl] = read_level<Level>(lvl);
      }
      numbering.nums_[*num_id] = std::move(num);
    }
  }
  // w:numStyleLink: the list is defined by whichever abstract carries the numbering style,
  // found either through w:styleLink or through the style's own numPr.
  for (const auto& [id, abstract] : numbering.abstracts_) {
    if (abstract.num_style_link.empty()) continue;
    if (auto owner = style_owner.find(abstract.num_style_link); owner != style_owner.end()) {
      numbering.style_links_[abstract.num_style_link] = owner->second;
    } else if (auto num_id = styles.numbering_style_num(abstract.num_style_link)) {
      if (auto num = numbering.nums_.find(*num_id); num != numbering.nums_.end()) {
        numbering.style_links_[abstract.num_style_link] = num->second.abstract_id;
      }
    }
  }
  return numbering;
}

const Numbering::Num* Numbering::find_num(int num_id) const {
  auto it = nums_.find(num_id);
  return it == nums_.end() ? nullptr : &it->second;
}

const Numbering::Abstract* Numbering::abstract_of(const Num& num) const {
  auto it = abstracts_.find(num.abstract_id);
  if (it == abstracts_.end()) return nullptr;
  if (!it->second.num_style_link.empty()) {
    auto link = style_links_.find(it->second.num_style_link);
    if (link != style_links_.end()) {
      auto target = abstracts_.find(link->second);
      if (target != abstracts_.end() && target->second.num_style_link.empty()) return &target->second;
    }
  }
  return &it->second;
}

std::optional<int> Numbering::level_of_style(int num_id, const std::string& style_id) const {
  const Num* num = find_num(num_id);
  const Abstract* abstract = num == nullptr ? nullptr : abstract_of(*num);
  if (abstract == nullptr || style_id.empty()) return std::nullopt;
  for (int i = 0; i < kLevels; ++i) {
    if (abstract->levels[static_cast<size_t>(i)].style == style_id) return i;
  }
  return std::nullopt;
}

std::string Numbering::next_label(int num_id, int ilvl) {
  const Num* num = find_num(num_id);
  const Abstract* abstract = num == nullptr ? nullptr : abstract_of(*num);
  if (abstract == nullptr) return "";
  ilvl = std::clamp(ilvl, 0, kLevels - 1);
  Counters& counters = counters_[abstract];
  if (started_.insert(num_id).second) {
    for (const auto& [level, start] : num->start_override) counters.value[static_cast<size_t>(level)].reset();
  }
  auto level = [&](int i) -> const Level& {
    auto it = num->level_override.find(i);
    return it != num->level_override.end() ? it->second : abstract->levels[static_cast<size_t>(i)];
  };
  auto start = [&](int i) {
    auto it = num->start_override.find(i);
    return it != num->start_override.end() ? it->second : level(i).start;
  };

  std::optional<int>& value = counters.value[static_cast<size_t>(ilvl)];
  value = value ? std::min(*value + 1, kMaxValue) : start(ilvl);
  for (int deeper = ilvl + 1; deeper < kLevels; ++deeper) {
    const std::optional<int>& restart = level(deeper).restart;
    if (!restart || (*restart != 0 && ilvl < *restart)) counters.value[static_cast<size_t>(deeper)].reset();
  }

  const Level& shown = level(ilvl);
  if (shown.format == "bullet") return "";
  std::string label;
  const std::string& text = shown.text;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      int k = text[i + 1] - '1';
      int v = counters.value[static_cast<size_t>(k)].value_or(start(k));
      std::string format = (shown.legal && k < ilvl) ? "decimal" : level(k).format;
      label += format_number(v, format);
      ++i;
    } else {
      label += text[i];
    }
  }
  size_t first = label.find_first_not_of(' ');
  size_t last = label.find_last_not_of(' ');
  return first == std::string::npos ? "" : label.substr(first, last - first + 1);
}

}  // namespace resdiff::load_detail::docx
