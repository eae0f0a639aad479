// Documents for tests: a fixture read from fixtures/ and a Markdown text parsed, each required to
// read (a failure stops the test case).
#pragma once
#include <catch2/catch.hpp>

#include <string>

#include "resdiff/resdiff.hpp"

namespace test_documents {

/// fixtures/<name>, read as resdiff reads a file.
inline resdiff::Document read_fixture(const std::string& name) {
  resdiff::Expected<resdiff::Document> doc = resdiff::read_document(std::string(RESDIFF_FIXTURES) + "/" + name);
  REQUIRE(doc.ok());
  return std::move(*doc);
}

/// A Markdown text as a document named test.md.
inline resdiff::Document parse_markdown(const std::string& text) {
  resdiff::Expected<resdiff::Document> doc = resdiff::parse_document(text, "test.md", resdiff::Format::Markdown);
  REQUIRE(doc.ok());
  return std::move(*doc);
}

}  // namespace test_documents
