// Fuzz target: the Word writer (`--format docx`) on the comparison of two inputs, and its file
// read back.
//
// Promises checked besides "no crash, no sanitizer report, no hang": the writer succeeds; every
// XML part of the package is well-formed XML (libxml2, as the DOCX reader parses it, which is
// stricter than Word: no DOCTYPE, no entities); and resdiff's own DOCX reader reads the file,
// with the changes accepted and as it was before them.
#include <zip.h>

#include <cstdint>
#include <string>

#include "fuzz_input.hpp"
#include "load/xml.hpp"
#include "load/zip.hpp"
#include "resdiff/render.hpp"
#include "resdiff/resdiff.hpp"

namespace {

// The names of the entries of a ZIP archive in memory.
std::vector<std::string> entry_names(const std::string& bytes) {
  std::vector<std::string> names;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source == nullptr ? nullptr : zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  resdiff::fuzz::check(archive != nullptr, "the DOCX is not a readable ZIP archive", zip_error_strerror(&error));
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) names.emplace_back(zip_get_name(archive, static_cast<zip_uint64_t>(i), 0));
  zip_discard(archive);
  zip_error_fini(&error);
  return names;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace resdiff;
  std::optional<std::pair<Document, Document>> docs = fuzz::parse_pair(data, size);
  if (!docs) return 0;
  auto& [old_doc, new_doc] = *docs;
  Report report = compare(std::move(old_doc), std::move(new_doc));
  DocxOptions options;
  options.date = "2025-12-01T00:00:00Z";
  Expected<std::string> docx = render_docx(report, options);
  fuzz::check(docx.ok(), "the DOCX writer failed", docx.ok() ? "" : docx.error().message);

  Expected<load_detail::ZipArchive> zip = load_detail::ZipArchive::open(*docx);
  fuzz::check(zip.ok(), "the DOCX's ZIP cannot be opened");
  for (const std::string& name : entry_names(*docx)) {
    if (!name.ends_with(".xml") && !name.ends_with(".rels")) continue;
    Expected<std::string> part = zip->read(name);
    fuzz::check(part.ok(), "a part of the DOCX cannot be read", name);
    Expected<load_detail::xml::DocPtr> xml = load_detail::xml::parse(*part);
    fuzz::check(xml.ok(), ("a part of the DOCX is not well-formed XML: " + name).c_str(),
                xml.ok() ? "" : xml.error().message + "\n" + *part);
  }
  for (bool original : {false, true}) {
    LoadOptions load_options;
    load_options.format = Format::Docx;
    load_options.docx_original = original;
    Expected<Source> source = load(*docx, "fuzz.docx", load_options);
    fuzz::check(source.ok(), "resdiff cannot read its own DOCX", source.ok() ? "" : source.error().message);
    fuzz::check_source(*source);
  }
  return 0;
}
