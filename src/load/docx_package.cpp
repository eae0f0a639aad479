// open_package: ZIP → relationships → the parsed parts of a .docx (see docx_package.hpp).
#include "load/docx_package.hpp"

#include <map>
#include <optional>

#include "load/zip.hpp"

namespace resdiff::load_detail::docx {

namespace {

constexpr const char* kMainPart = "word/document.xml";

// Relationship type (its last path segment, e.g. "styles") → target, from a .rels part.
std::map<std::string, std::string> read_relationships(const xmlDoc* rels) {
  std::map<std::string, std::string> targets;
  const xmlNode* root = xml::root(rels);
  if (root == nullptr) return targets;
  for (const xmlNode* r = root->children; r != nullptr; r = r->next) {
    if (!xml::is(r, "Relationship")) continue;
    if (xml::attribute_or_empty(r, "TargetMode") == "External") continue;
    std::string type = xml::attribute_or_empty(r, "Type");
    std::string target = xml::attribute_or_empty(r, "Target");
    std::string kind = type.substr(type.rfind('/') + 1);
    if (!kind.empty() && !target.empty()) targets.emplace(kind, target);
  }
  return targets;
}

// The directory of a part name, with its trailing slash ("word/document.xml" → "word/").
std::string directory_of(const std::string& part) {
  size_t slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

// The relationships part of a part ("word/document.xml" → "word/_rels/document.xml.rels").
std::string rels_of(const std::string& part) {
  return directory_of(part) + "_rels/" + part.substr(part.rfind('/') + 1) + ".rels";
}

// A part that may be missing: null when absent; a warning when it is not XML; an Error when
// the archive refuses it (damaged or a bomb).
Expected<xml::DocPtr> optional_part(const ZipArchive& zip, const std::string& name, std::vector<std::string>& warnings) {
  if (!zip.has(name)) return xml::DocPtr();
  Expected<std::string> bytes = zip.read(name);
  if (!bytes) return bytes.error();
  Expected<xml::DocPtr> doc = xml::parse(*bytes);
  if (!doc) {
    warnings.push_back(name + " is " + doc.error().message + "; ignored");
    return xml::DocPtr();
  }
  return std::move(*doc);
}

}  // namespace

std::string resolve_target(const std::string& base_dir, const std::string& target) {
  std::string path = target.starts_with("/") ? target.substr(1) : base_dir + target;
  std::vector<std::string> segments;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    std::string segment = path.substr(start, slash - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = slash + 1;
  }
  std::string out;
  for (const std::string& segment : segments) out += (out.empty() ? "" : "/") + segment;
  return out;
}

Expected<Package> open_package(std::string_view bytes, const Limits& limits) {
  Expected<ZipArchive> zip = ZipArchive::open(bytes, limits);
  if (!zip) return zip.error();
  Package package;

  std::string main_part = kMainPart;
  if (zip->has("_rels/.rels")) {
    Expected<xml::DocPtr> rels = optional_part(*zip, "_rels/.rels", package.warnings);
    if (!rels) return rels.error();
    auto targets = read_relationships(rels->get());
    if (auto it = targets.find("officeDocument"); it != targets.end()) {
      std::string named = resolve_target("", it->second);
      if (zip->has(named)) main_part = named;
    }
  }
  if (!zip->has(main_part)) return Error{"", "no " + std::string(kMainPart) + " in the ZIP archive"};
  Expected<std::string> main_bytes = zip->read(main_part);
  if (!main_bytes) return main_bytes.error();
  Expected<xml::DocPtr> document = xml::parse(*main_bytes);
  if (!document) return Error{"", main_part + " is " + document.error().message};
  package.document = std::move(*document);

  std::map<std::string, std::string> targets;
  if (zip->has(rels_of(main_part))) {
    Expected<xml::DocPtr> rels = optional_part(*zip, rels_of(main_part), package.warnings);
    if (!rels) return rels.error();
    targets = read_relationships(rels->get());
  }
  auto part_name = [&](const char* kind) {
    auto it = targets.find(kind);
    return it != targets.end() ? resolve_target(directory_of(main_part), it->second) : "word/" + std::string(kind) + ".xml";
  };
  struct Slot {
    const char* kind;
    xml::DocPtr* doc;
  };
  for (Slot slot : {Slot{"styles", &package.styles}, Slot{"numbering", &package.numbering},
                    Slot{"footnotes", &package.footnotes}, Slot{"endnotes", &package.endnotes}}) {
    Expected<xml::DocPtr> doc = optional_part(*zip, part_name(slot.kind), package.warnings);
    if (!doc) return doc.error();
    *slot.doc = std::move(*doc);
  }
  return package;
}

}  // namespace resdiff::load_detail::docx
