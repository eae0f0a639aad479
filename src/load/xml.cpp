// libxml2 helpers: safe parsing (see xml.hpp) and tree accessors.
#include "load/xml.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <charconv>
#include <climits>
#include <cstring>

#include "resdiff/text.hpp"

namespace resdiff::load_detail::xml {

namespace {

// Parser options for untrusted XML: no network, CDATA as text, and no error printing (errors
// come back as values). Deliberately absent: XML_PARSE_NOENT, XML_PARSE_DTDLOAD, XML_PARSE_HUGE.
constexpr int kXmlOptions = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;

constexpr int kHtmlOptions = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER;

// libxml2's bound on element nesting (xmlParserMaxDepth without XML_PARSE_HUGE): Limits::max_nesting.
constexpr int kLibxml2Depth = 256;

// True when libxml2 stopped because the elements nest deeper than its bound.
bool stopped_too_deep(const xmlError* error) {
  return error != nullptr && error->message != nullptr && std::strstr(error->message, "Excessive depth") != nullptr;
}

// libxml2's message for the last error of a parser context, on one line.
std::string last_error(xmlParserCtxt* ctxt) {
  const xmlError* error = xmlCtxtGetLastError(ctxt);
  if (stopped_too_deep(error)) return too_deep(kLibxml2Depth);
  if (error == nullptr || error->message == nullptr) return "not well-formed XML";
  std::string message = text::repair_utf8(error->message);  // it may quote the document's bytes
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  for (char& c : message) {
    if (c == '\n') c = ' ';
  }
  return "not well-formed XML (line " + std::to_string(error->line) + ": " + message + ")";
}

// While alive, libxml2's generic and structured error reporting (per thread) is silenced:
// some errors, such as character-encoding failures, are printed even with the NOERROR options.
// The previous handlers are restored on destruction, so no state outlives a parse.
class QuietErrors {
 public:
  QuietErrors()
      : generic_(xmlGenericError),
        generic_context_(xmlGenericErrorContext),
        structured_(xmlStructuredError),
        structured_context_(xmlStructuredErrorContext) {
    xmlSetGenericErrorFunc(nullptr, &ignore);
    xmlSetStructuredErrorFunc(nullptr, nullptr);
  }
  ~QuietErrors() {
    xmlSetGenericErrorFunc(generic_context_, generic_);
    xmlSetStructuredErrorFunc(structured_context_, structured_);
  }
  QuietErrors(const QuietErrors&) = delete;
  QuietErrors& operator=(const QuietErrors&) = delete;

 private:
  static void ignore(void*, const char*, ...) {}
  xmlGenericErrorFunc generic_;
  void* generic_context_;
  xmlStructuredErrorFunc structured_;
  void* structured_context_;
};

// The parser context freed when it goes out of scope.
struct CtxtFree {
  void operator()(xmlParserCtxt* ctxt) const { xmlFreeParserCtxt(ctxt); }
};

}  // namespace

void DocFree::operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }

std::string too_deep(int levels) {
  return "elements nested too deep (resdiff's limit is " + std::to_string(levels) + " levels)";
}

Expected<DocPtr> parse(std::string_view bytes) {
  if (bytes.size() > static_cast<size_t>(INT_MAX)) return Error{"", "XML part too large"};
  if (bytes.find("<!DOCTYPE") != std::string_view::npos || bytes.find("<!ENTITY") != std::string_view::npos) {
    return Error{"", "XML part declares a DOCTYPE or entities, which OOXML never does"};
  }
  QuietErrors quiet;
  std::unique_ptr<xmlParserCtxt, CtxtFree> ctxt(xmlNewParserCtxt());
  if (!ctxt) return Error{"", "out of memory"};
  DocPtr doc(xmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr,
                               kXmlOptions));
  if (!doc || !ctxt->wellFormed) return Error{"", last_error(ctxt.get())};
  if (root(doc.get()) == nullptr) return Error{"", "empty XML part"};
  return doc;
}

Expected<DocPtr> parse_html(std::string_view bytes, const char* encoding) {
  if (bytes.size() > static_cast<size_t>(INT_MAX)) return Error{"", "HTML too large"};
  QuietErrors quiet;
  std::unique_ptr<htmlParserCtxt, CtxtFree> ctxt(htmlNewParserCtxt());
  if (!ctxt) return Error{"", "out of memory"};
  DocPtr doc(htmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()), nullptr, encoding, kHtmlOptions));
  // In recovery mode libxml2 goes on past every error but this one, where it stops for good.
  if (stopped_too_deep(xmlCtxtGetLastError(ctxt.get()))) return Error{"", too_deep(kLibxml2Depth)};
  return doc;
}

const xmlNode* root(const xmlDoc* doc) { return doc == nullptr ? nullptr : xmlDocGetRootElement(doc); }

bool is(const xmlNode* node, const char* local) {
  return node != nullptr && node->type == XML_ELEMENT_NODE && node->name != nullptr &&
         std::strcmp(reinterpret_cast<const char*>(node->name), local) == 0;
}

bool in_namespace(const xmlNode* node, const char* href) {
  return node != nullptr && node->ns != nullptr && node->ns->href != nullptr &&
         std::strcmp(reinterpret_cast<const char*>(node->ns->href), href) == 0;
}

std::string_view name(const xmlNode* node) {
  if (node == nullptr || node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);
}

std::optional<std::string> attribute(const xmlNode* node, const char* local) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return std::nullopt;
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr || std::strcmp(reinterpret_cast<const char*>(a->name), local) != 0) continue;
    std::string value;
    for (const xmlNode* c = a->children; c != nullptr; c = c->next) {
      if (c->content != nullptr) value += reinterpret_cast<const char*>(c->content);
    }
    return value;
  }
  return std::nullopt;
}

std::string attribute_or_empty(const xmlNode* node, const char* local) {
  return attribute(node, local).value_or(std::string());
}

std::optional<int> integer_attribute(const xmlNode* node, const char* local) {
  std::optional<std::string> value = attribute(node, local);
  if (!value) return std::nullopt;
  std::string_view digits = *value;
  while (!digits.empty() && digits.front() == ' ') digits.remove_prefix(1);
  while (!digits.empty() && digits.back() == ' ') digits.remove_suffix(1);
  if (!digits.empty() && digits.front() == '+') digits.remove_prefix(1);
  int n = 0;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc() || ptr != digits.data() + digits.size() || digits.empty()) return std::nullopt;
  return n;
}

const xmlNode* child(const xmlNode* node, const char* local) {
  if (node == nullptr) return nullptr;
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (is(c, local)) return c;
  }
  return nullptr;
}

std::string text(const xmlNode* node) {
  std::string out;
  if (node == nullptr) return out;
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
    if (node->content != nullptr) out += reinterpret_cast<const char*>(node->content);
    return out;
  }
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) out += text(c);
  return out;
}

}  // namespace resdiff::load_detail::xml
