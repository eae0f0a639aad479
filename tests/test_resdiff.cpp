// Tests for src/core/resdiff.cpp: read_document() / parse_document(), load → segment in one call.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>

#include "resdiff/resdiff.hpp"

using namespace resdiff;

namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(RESDIFF_FIXTURES) + "/" + name, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

// Before: the reader's warnings (a guessed encoding, repaired page text) never reached the
// Document, so the command line never printed them.
// 27 bytes precede the first é (0xE9): "The General Assembly," (21), two line ends, "1. D".
TEST_CASE("parse_document puts what the reader repaired or guessed first among the warnings") {
  Expected<Document> doc = parse_document("The General Assembly,\n\n1. D\xE9" "cide de rester saisie de la question, adopt\xE9" "e.\n",
                                          "latin1.md");
  REQUIRE(doc.ok());
  REQUIRE_FALSE(doc->warnings.empty());
  CHECK(doc->warnings[0].starts_with("not UTF-8 (invalid at byte 27): decoded as ISO-8859-1"));
}

TEST_CASE("parse_document keeps the limits on the clauses it makes of a PDF's lines") {
  const std::string pdf = fixture("pdf/resolution.pdf");
  LoadOptions options;
  REQUIRE(parse_document(pdf, "resolution.pdf", options).ok());
  options.limits.max_paragraphs = 3;  // the lines are no paragraphs; the clauses are
  Expected<Document> many = parse_document(pdf, "resolution.pdf", options);
  REQUIRE_FALSE(many.ok());
  CHECK(many.error().what() == "resolution.pdf: too many clauses (resdiff's limit is 3)");
  options = LoadOptions{};
  options.limits.max_paragraph_bytes = 200;  // longer than any line, shorter than some clause
  Expected<Document> longer = parse_document(pdf, "resolution.pdf", options);
  REQUIRE_FALSE(longer.ok());
  CHECK(longer.error().message.find(" too long (resdiff's limit is 200 bytes)") != std::string::npos);
  CHECK(longer.error().message.starts_with("clause"));
}
