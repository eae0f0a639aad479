// NoteIndex: footnote containers and citing links of an HTML page (see html_notes.hpp).
#include "load/html_notes.hpp"

#include <algorithm>
#include <cctype>

#include "load/xml.hpp"
#include "resdiff/regex.hpp"

namespace resdiff::load_detail::html {

namespace {

// s in lower case (ASCII).
std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Ids that name a note: fn1, ftn1, _ftn1, edn2, footnote-3, endnote_4, note5.
bool note_like_id(const std::string& id) {
  static const std::regex pattern("^_?(fn|ftn|edn|footnote|endnote|note)[-_:]?[0-9]+$", std::regex::icase);
  return std::regex_match(id, pattern);
}

// True when a class attribute or role names a footnotes section.
bool footnotes_section(const xmlNode* node) {
  std::string cls = lower(xml::attribute_or_empty(node, "class"));
  std::string role = xml::attribute_or_empty(node, "role");
  std::string id = lower(xml::attribute_or_empty(node, "id"));
  return cls.find("footnotes") != std::string::npos || cls.find("endnotes") != std::string::npos ||
         role == "doc-endnotes" || id == "footnotes" || id == "endnotes";
}

// True when an element is a note by its role or by Word's mso-element style.
bool note_by_markup(const xmlNode* node) {
  std::string role = xml::attribute_or_empty(node, "role");
  if (role == "doc-footnote" || role == "doc-endnote") return true;
  std::string style = lower(xml::attribute_or_empty(node, "style"));
  style.erase(std::remove_if(style.begin(), style.end(), [](unsigned char c) { return std::isspace(c); }), style.end());
  return (style.find("mso-element:footnote") != std::string::npos ||
          style.find("mso-element:endnote") != std::string::npos) &&
         style.find("-list") == std::string::npos;
}

// The link target of an href to this page ("#fn1" → "fn1"), or "".
std::string fragment(const xmlNode* link) {
  std::string href = xml::attribute_or_empty(link, "href");
  size_t hash = href.find('#');
  return hash == std::string::npos ? "" : href.substr(hash + 1);
}

// Collects anchors, every link fragment and the structural containers (first pass), then marks
// the note-like candidates that a link targets (second pass, bottom-up, linear).
struct Scan {
  std::map<std::string, const xmlNode*>& anchors;
  std::set<const xmlNode*>& containers;
  int max_depth;
  std::set<std::string> fragments;

  void collect(const xmlNode* node, bool in_section, int depth) {
    if (depth > max_depth) return;
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (std::string id = xml::attribute_or_empty(c, "id"); !id.empty()) anchors.emplace(id, c);
      if (xml::is(c, "a")) {
        if (std::string name = xml::attribute_or_empty(c, "name"); !name.empty()) anchors.emplace(name, c);
        if (std::string f = fragment(c); !f.empty()) fragments.insert(f);
      }
      if (note_by_markup(c) || (in_section && xml::is(c, "li"))) containers.insert(c);
      collect(c, in_section || footnotes_section(c), depth + 1);
    }
  }

  // True when a link targets node or an anchor inside it; note-like targeted nodes become containers.
  bool mark(const xmlNode* node, int depth) {
    if (depth > max_depth) return false;
    bool targeted = false;
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (c->type == XML_ELEMENT_NODE && mark(c, depth + 1)) targeted = true;
    }
    std::string id = xml::attribute_or_empty(node, "id");
    std::string name = xml::is(node, "a") ? xml::attribute_or_empty(node, "name") : "";
    if ((!id.empty() && fragments.count(id)) || (!name.empty() && fragments.count(name))) targeted = true;
    if (targeted && note_like_id(id) && !containers.count(node)) containers.insert(node);
    return targeted;
  }
};

}  // namespace

NoteIndex::NoteIndex(const xmlNode* root, int max_depth) {
  if (root == nullptr) return;
  Scan scan{anchors_, containers_, max_depth, {}};
  scan.collect(root, footnotes_section(root), 0);
  scan.mark(root, 0);
}

const xmlNode* NoteIndex::container_of(const xmlNode* node) const {
  for (const xmlNode* n = node; n != nullptr; n = n->parent) {
    if (containers_.count(n)) return n;
  }
  return nullptr;
}

const xmlNode* NoteIndex::target(const xmlNode* link) const {
  std::string f = fragment(link);
  if (f.empty()) return nullptr;
  auto it = anchors_.find(f);
  return it == anchors_.end() ? nullptr : it->second;
}

const xmlNode* NoteIndex::cited_by(const xmlNode* link) const {
  if (container_of(link) != nullptr) return nullptr;
  const xmlNode* t = target(link);
  return t == nullptr ? nullptr : container_of(t);
}

bool NoteIndex::is_back_link(const xmlNode* link) const {
  if (container_of(link) == nullptr) return false;
  std::string cls = xml::attribute_or_empty(link, "class");
  if (cls.find("footnote-back") != std::string::npos || xml::attribute_or_empty(link, "role") == "doc-backlink") {
    return true;
  }
  const xmlNode* t = target(link);
  return t != nullptr && container_of(t) == nullptr;
}

}  // namespace resdiff::load_detail::html
