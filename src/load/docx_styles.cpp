// Styles: styles.xml read into paragraph, character and numbering styles (see docx_styles.hpp).
#include "load/docx_styles.hpp"

#include "load/xml.hpp"

namespace resdiff::load_detail::docx {

namespace {

// Longest basedOn chain followed; deeper (or cyclic) chains stop there.
constexpr int kMaxChain = 16;

}  // namespace

bool is_w(const xmlNode* node, const char* name) {
  return xml::is(node, name) && (xml::in_namespace(node, kWordNs) || xml::in_namespace(node, kWordStrictNs));
}

const xmlNode* w_child(const xmlNode* node, const char* name) {
  if (node == nullptr) return nullptr;
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (is_w(c, name)) return c;
  }
  return nullptr;
}

bool on_off(const xmlNode* property) {
  std::optional<std::string> value = xml::attribute(property, "val");
  return !value || !(*value == "0" || *value == "false" || *value == "off");
}

void RunFormat::inherit(const RunFormat& from) {
  if (!italic) italic = from.italic;
  if (!bold) bold = from.bold;
  if (!hidden) hidden = from.hidden;
}

RunFormat read_run_format(const xmlNode* rpr) {
  RunFormat format;
  if (rpr == nullptr) return format;
  if (const xmlNode* i = w_child(rpr, "i")) {
    format.italic = on_off(i);
  } else if (const xmlNode* ics = w_child(rpr, "iCs")) {
    format.italic = on_off(ics);
  }
  if (const xmlNode* b = w_child(rpr, "b")) {
    format.bold = on_off(b);
  } else if (const xmlNode* bcs = w_child(rpr, "bCs")) {
    format.bold = on_off(bcs);
  }
  if (const xmlNode* vanish = w_child(rpr, "vanish")) format.hidden = on_off(vanish);
  return format;
}

NumberingRef read_numbering_ref(const xmlNode* ppr) {
  NumberingRef ref;
  const xmlNode* numpr = w_child(ppr, "numPr");
  if (numpr == nullptr) return ref;
  ref.num_id = xml::integer_attribute(w_child(numpr, "numId"), "val");
  ref.ilvl = xml::integer_attribute(w_child(numpr, "ilvl"), "val");
  return ref;
}

Styles Styles::read(const xmlDoc* doc) {
  Styles styles;
  const xmlNode* root = xml::root(doc);
  if (root == nullptr) return styles;
  for (const xmlNode* node = root->children; node != nullptr; node = node->next) {
    if (is_w(node, "docDefaults")) {
      const xmlNode* rpr_default = w_child(node, "rPrDefault");
      styles.defaults_ = read_run_format(w_child(rpr_default, "rPr"));
      continue;
    }
    if (!is_w(node, "style")) continue;
    std::string id = xml::attribute_or_empty(node, "styleId");
    std::string type = xml::attribute(node, "type").value_or("paragraph");
    Style style;
    if (const xmlNode* based = w_child(node, "basedOn")) style.based_on = xml::attribute_or_empty(based, "val");
    style.run = read_run_format(w_child(node, "rPr"));
    style.numbering = read_numbering_ref(w_child(node, "pPr"));
    if (type == "paragraph") {
      std::string is_default = xml::attribute_or_empty(node, "default");
      if (is_default == "1" || is_default == "true" || is_default == "on") styles.default_paragraph_ = id;
      styles.paragraph_[id] = std::move(style);
    } else if (type == "character") {
      styles.character_[id] = std::move(style);
    } else if (type == "numbering") {
      styles.numbering_[id] = std::move(style);
    }
  }
  return styles;
}

const Styles::Style* Styles::find(const std::map<std::string, Style>& styles, const std::string& id) const {
  auto it = styles.find(id);
  return it == styles.end() ? nullptr : &it->second;
}

RunFormat Styles::paragraph_format(const std::string& style_id) const {
  RunFormat format;
  std::string id = style_id.empty() ? default_paragraph_ : style_id;
  for (int depth = 0; depth < kMaxChain && !id.empty(); ++depth) {
    const Style* style = find(paragraph_, id);
    if (style == nullptr) break;
    format.inherit(style->run);
    id = style->based_on;
  }
  format.inherit(defaults_);
  return format;
}

RunFormat Styles::character_format(const std::string& style_id) const {
  RunFormat format;
  std::string id = style_id;
  for (int depth = 0; depth < kMaxChain && !id.empty(); ++depth) {
    const Style* style = find(character_, id);
    if (style == nullptr) break;
    format.inherit(style->run);
    id = style->based_on;
  }
  return format;
}

NumberingRef Styles::paragraph_numbering(const std::string& style_id) const {
  NumberingRef ref;
  std::string id = style_id.empty() ? default_paragraph_ : style_id;
  for (int depth = 0; depth < kMaxChain && !id.empty(); ++depth) {
    const Style* style = find(paragraph_, id);
    if (style == nullptr) break;
    if (!ref.num_id) ref.num_id = style->numbering.num_id;
    if (!ref.ilvl) ref.ilvl = style->numbering.ilvl;
    id = style->based_on;
  }
  return ref;
}

std::optional<int> Styles::numbering_style_num(const std::string& style_id) const {
  const Style* style = find(numbering_, style_id);
  if (style == nullptr) return std::nullopt;
  return style->numbering.num_id;
}

}  // namespace resdiff::load_detail::docx
