// Tests for src/cli/log_command.cpp: what `resdiff log` and `resdiff blame` accept before they
// read anything, and the versions they trace.
#include <catch2/catch.hpp>

#include <string>

#include "log_command.hpp"

using namespace resdiff_cli;

namespace {

LogRequest request(std::vector<std::string> files, std::string format = "text", bool blame = false) {
  LogRequest r;
  r.files = std::move(files);
  r.format = std::move(format);
  r.blame = blame;
  return r;
}

std::string usage_error(const LogRequest& r) {
  try {
    check_request(r);
  } catch (const UsageError& error) {
    return error.message;
  }
  return "";
}

}  // namespace

TEST_CASE("log takes two versions or more, in the four formats") {
  CHECK(usage_error(request({"a.md", "b.md"})).empty());
  CHECK(usage_error(request({"a.md", "b.pdf", "c.docx"}, "html")).empty());
  CHECK(usage_error(request({"a.md", "b.md"}, "markdown")).empty());
  CHECK(usage_error(request({"a.md", "b.md"}, "json")).empty());
}

TEST_CASE("log refuses one version, an unknown format and standard input twice") {
  CHECK(usage_error(request({"a.md"})).find("a.md: log needs at least two versions") == 0);
  CHECK(usage_error(request({})).find("at least two versions") != std::string::npos);
  CHECK(usage_error(request({"a.md", "b.md"}, "docx")) == "--format docx: log writes text, json, html or markdown");
  CHECK(usage_error(request({"-", "b.md", "-"})) == "-: standard input can be read only once");
}

TEST_CASE("blame writes text and json only") {
  CHECK(usage_error(request({"a.md", "b.md"}, "json", true)).empty());
  CHECK(usage_error(request({"a.md", "b.md"}, "html", true)) == "--format html: blame writes text or json");
}

TEST_CASE("a git path takes the place of the files") {
  LogRequest r = request({});
  r.git_path = "resolutions/wmd.md";
  CHECK(usage_error(r).empty());
  r.files = {"a.md"};
  CHECK(usage_error(r) == "log: give FILES or --git PATH, not both");
}

TEST_CASE("the versions of a series are read in the order given and named by their symbols") {
  LogRequest r = request({std::string(RESDIFF_FIXTURES) + "/A_RES_76_28.seed.md", std::string(RESDIFF_FIXTURES) + "/A_RES_80_41.md"});
  ReadingOptions reading;
  reading.quiet = true;
  std::string warnings;
  resdiff::Expected<resdiff::History> h = load_history(r, reading, {}, warnings);
  REQUIRE(h.ok());
  CHECK(h->labels == std::vector<std::string>{"76/28", "80/41"});
  CHECK(warnings.empty());
}

TEST_CASE("a version that cannot be read stops the log with its error") {
  LogRequest r = request({std::string(RESDIFF_FIXTURES) + "/A_RES_80_41.md", "/nonexistent/x.md"});
  std::string warnings;
  resdiff::Expected<resdiff::History> h = load_history(r, {}, {}, warnings);
  REQUIRE_FALSE(h.ok());
  CHECK(h.error().file == "/nonexistent/x.md");
}
