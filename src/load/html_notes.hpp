// Where the footnotes of an HTML page are: the elements that hold note texts and the links
// that cite them, in the shapes pandoc and Word write.
//
//   pandoc: <a href="#fn1" class="footnote-ref"><sup>1</sup></a> … <section class="footnotes">
//           <ol><li id="fn1"><p>Text<a href="#fnref1" class="footnote-back">↩︎</a></p></li></ol>
//   Word:   <a href="#_ftn1" name="_ftnref1">[1]</a> … <div id="ftn1"><p><a href="#_ftnref1"
//           name="_ftn1">[1]</a> Text</p></div>
//
// A note container is an element with a note-like id (fn1, ftn1, footnote-1, …) that some
// link targets (itself or an anchor inside it), an element with role doc-footnote or
// doc-endnote or Word's mso-element:footnote style, or an item of a list in a "footnotes"
// section. A citing link is a link outside every container whose target lies in one.
#pragma once
#include <libxml/tree.h>

#include <map>
#include <set>
#include <string>

namespace resdiff::load_detail::html {

/// The notes of one page.
class NoteIndex {
 public:
  /// Indexes the tree under root, max_depth elements deep at most (Limits::max_nesting).
  NoteIndex(const xmlNode* root, int max_depth);

  /// True when node is a note container.
  bool is_container(const xmlNode* node) const { return containers_.count(node) != 0; }

  /// The container node is or lies in, or nullptr.
  const xmlNode* container_of(const xmlNode* node) const;

  /// For a link outside the notes that cites one, the note's container; else nullptr.
  const xmlNode* cited_by(const xmlNode* link) const;

  /// True for a link inside a note that leads back to the text (pandoc's ↩︎, Word's [1]).
  bool is_back_link(const xmlNode* link) const;

 private:
  /// The element a link's "#fragment" names, or nullptr.
  const xmlNode* target(const xmlNode* link) const;

  std::map<std::string, const xmlNode*> anchors_;  // id or name → element
  std::set<const xmlNode*> containers_;
};

}  // namespace resdiff::load_detail::html
