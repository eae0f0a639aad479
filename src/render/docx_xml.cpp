// The fixed parts of the .docx that `--format docx` writes, and the ZIP around them.
//
// Styles: Times New Roman 10 pt as UN documents print, Normal justified with 6 pt after,
// FootnoteText 8.5 pt, FootnoteReference superscript. Paragraph numbers are text (see
// docx_writer.cpp), unless automatic numbering is asked for: then word/numbering.xml
// (docx_list.cpp) is declared too. Settings: w:trackRevisions, so that whoever edits the
// document next is tracked too, and the footnote separators.
#include <zip.h>

#include <memory>

#include "render/docx_parts.hpp"
#include "render/markup_chars.hpp"

namespace resdiff::render_docx_detail {

const char* const kNamespaces =
    R"( xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
    R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (size_t skip = render_markup::forbidden_in_markup(text, i)) {  // not allowed in XML 1.0
      i += skip - 1;
      continue;
    }
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '"') {
      out += "&quot;";
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

constexpr const char* kXmlDecl = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";

std::string content_types(bool numbering) {
  return std::string(kXmlDecl) +
         R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
         R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
         R"(<Default Extension="xml" ContentType="application/xml"/>)"
         R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
         R"(<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>)"
         R"(<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>)"
         R"(<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>)"
         R"(<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>)" +
         std::string(numbering ? R"(<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>)"
                               : "") +
         R"(</Types>)";
}

std::string package_rels() {
  return std::string(kXmlDecl) +
         R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
         R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
         R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>)"
         R"(</Relationships>)";
}

std::string document_rels(bool numbering) {
  return std::string(kXmlDecl) +
         R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
         R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
         R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>)"
         R"(<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>)" +
         std::string(numbering ? R"(<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>)"
                               : "") +
         R"(</Relationships>)";
}

std::string styles() {
  return std::string(kXmlDecl) + "<w:styles" + kNamespaces + ">" +
         R"(<w:docDefaults><w:rPrDefault><w:rPr>)"
         R"(<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>)"
         R"(<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>)"
         R"(<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>)"
         R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>)"
         R"(<w:pPr><w:jc w:val="both"/></w:pPr></w:style>)"
         R"(<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>)"
         R"(<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>)"
         R"(<w:pPr><w:spacing w:after="0"/><w:ind w:left="1264" w:hanging="264"/></w:pPr><w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>)"
         R"(<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/>)"
         R"(<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>)"
         R"(</w:styles>)";
}

std::string settings() {
  return std::string(kXmlDecl) + "<w:settings" + kNamespaces + ">" +
         R"(<w:trackRevisions/><w:defaultTabStop w:val="567"/>)"
         R"(<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>)"
         R"(<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>)"
         R"(</w:settings>)";
}

std::string core(const std::string& title, const std::string& author, const std::string& date) {
  return std::string(kXmlDecl) +
         R"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties")"
         R"( xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/")"
         R"( xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">)" +
         "<dc:title>" + xml_escape(title) + "</dc:title><dc:creator>" + xml_escape(author) +
         "</dc:creator><cp:lastModifiedBy>" + xml_escape(author) +
         "</cp:lastModifiedBy><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + xml_escape(date) +
         "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + xml_escape(date) +
         "</dcterms:modified></cp:coreProperties>";
}

// Frees a libzip source we still own.
struct SourceFree {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};

}  // namespace

std::vector<std::pair<std::string, std::string>> fixed_parts(const std::string& title, const std::string& author,
                                                             const std::string& date, bool numbering) {
  return {{"[Content_Types].xml", content_types(numbering)},  {"_rels/.rels", package_rels()},
          {"word/_rels/document.xml.rels", document_rels(numbering)}, {"word/styles.xml", styles()},
          {"word/settings.xml", settings()},
          {"docProps/core.xml", core(title, author, date)}};
}

Expected<std::string> zip_parts(const std::vector<std::pair<std::string, std::string>>& parts, std::time_t mtime) {
  zip_error_t error;
  zip_error_init(&error);
  auto fail = [&](const std::string& what) {
    std::string message = what + ": " + zip_error_strerror(&error);
    zip_error_fini(&error);
    return Error{"", "cannot write the DOCX archive (" + message + ")"};
  };
  std::unique_ptr<zip_source_t, SourceFree> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) return fail("buffer");
  zip_source_keep(buffer.get());  // the archive's close must leave the bytes to us
  zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
  if (archive == nullptr) return fail("open");
  for (const auto& [name, data] : parts) {
    zip_source_t* source = zip_source_buffer(archive, data.data(), data.size(), 0);
    zip_int64_t index = source == nullptr ? -1 : zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      if (source != nullptr) zip_source_free(source);
      zip_error_set(&error, zip_error_code_zip(zip_get_error(archive)), 0);
      zip_discard(archive);
      return fail(name);
    }
    zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), mtime, 0);
  }
  if (zip_close(archive) != 0) {
    zip_error_set(&error, zip_error_code_zip(zip_get_error(archive)), 0);
    zip_discard(archive);
    return fail("close");
  }
  if (zip_source_open(buffer.get()) != 0) return fail("reopen");
  zip_source_seek(buffer.get(), 0, SEEK_END);
  zip_int64_t size = zip_source_tell(buffer.get());
  zip_source_seek(buffer.get(), 0, SEEK_SET);
  std::string out(size > 0 ? static_cast<size_t>(size) : 0, '\0');
  zip_int64_t got = size > 0 ? zip_source_read(buffer.get(), out.data(), static_cast<zip_uint64_t>(size)) : 0;
  zip_source_close(buffer.get());
  zip_error_fini(&error);
  if (got != size) return Error{"", "cannot write the DOCX archive (short read)"};
  return out;
}

}  // namespace resdiff::render_docx_detail
