// libxml2 helpers for the DOCX and HTML readers: safe parsing and a few tree accessors.
//
// XML is parsed without network access, without loading DTDs and without substituting
// entities; a document that declares a DOCTYPE is refused outright (OOXML never has one), so
// neither external entities nor entity-expansion bombs can reach the parser. Accessors match
// names by local name and ignore prefixes: callers check namespaces where it matters.
#pragma once
#include <libxml/tree.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "resdiff/expected.hpp"

namespace resdiff::load_detail::xml {

/// Frees a libxml2 document.
struct DocFree {
  /// Calls xmlFreeDoc.
  void operator()(xmlDoc* doc) const;
};

/// An owned libxml2 document tree.
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

/// Parses well-formed XML safely (no network, no DTD, no entities); Error::message says why not,
/// in the words of too_deep() when the elements nest deeper than libxml2's bound of 256.
Expected<DocPtr> parse(std::string_view bytes);

/// Parses HTML with libxml2's forgiving parser; encoding nullptr lets the document's meta charset
/// decide. nullptr when libxml2 reads nothing; an Error (too_deep()) when the page nests deeper
/// than libxml2's bound of 256 elements, where it stops and would drop the rest.
Expected<DocPtr> parse_html(std::string_view bytes, const char* encoding);

/// "elements nested too deep (resdiff's limit is N levels)": the message for too deep a tree.
std::string too_deep(int levels);

/// The root element of a document, or nullptr.
const xmlNode* root(const xmlDoc* doc);

/// True when node is an element whose local name is name.
bool is(const xmlNode* node, const char* name);

/// True when node is an element in the namespace with URI href.
bool in_namespace(const xmlNode* node, const char* href);

/// The node's local name ("" for nodes without one).
std::string_view name(const xmlNode* node);

/// The value of the attribute with local name `name` in any namespace, or nullopt.
std::optional<std::string> attribute(const xmlNode* node, const char* name);

/// The same, "" when absent.
std::string attribute_or_empty(const xmlNode* node, const char* name);

/// The attribute's value as a whole decimal integer, or nullopt (absent, not a number, out of range).
std::optional<int> integer_attribute(const xmlNode* node, const char* name);

/// The first child element with local name `name`, or nullptr.
const xmlNode* child(const xmlNode* node, const char* name);

/// The concatenated text of a node and its descendants.
std::string text(const xmlNode* node);

}  // namespace resdiff::load_detail::xml
