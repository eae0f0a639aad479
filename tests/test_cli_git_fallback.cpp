// Tests for src/cli/git_fallback.cpp: what git's routes show for files that are no resolutions
// (git must never break), and the names of git difftool's temporary copies.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>

#include "git_fallback.hpp"

using namespace resdiff_cli;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

GitSide side(std::string bytes, std::string name) { return GitSide{std::move(bytes), std::move(name), false}; }

}  // namespace

TEST_CASE("an image is passed through in git's one line, and nothing when it did not change") {
  std::string a = slurp(std::string(RESDIFF_SOURCE_DIR) + "/docs/report-76-28-vs-80-41.png");
  std::string b = slurp(std::string(RESDIFF_SOURCE_DIR) + "/docs/docx-76-28-vs-80-41.png");
  GitView view = git_view(side(a, "logo.png"), side(b, "logo.png"), ReadingOptions{});
  REQUIRE(view.plain);
  CHECK(*view.plain == "Binary files a/logo.png and b/logo.png differ\n");
  view = git_view(side(a, "logo.png"), side(a, "logo.png"), ReadingOptions{});
  REQUIRE(view.plain);
  CHECK(view.plain->empty());
  // an image added: /dev/null on the old side
  view = git_view(GitSide{"", "logo.png", true}, side(b, "logo.png"), ReadingOptions{});
  REQUIRE(view.plain);
  CHECK(*view.plain == "Binary files /dev/null and b/logo.png differ\n");
}

TEST_CASE("source code gets a plain line diff that keeps its indentation, after one line saying so") {
  GitView view = git_view(side("def f(x):\n    if x:\n        return 1\n    return 0\n", "src/app.py"),
                          side("def f(x):\n    if x:\n            return 2\n    return 0\n", "src/app.py"), ReadingOptions{});
  REQUIRE(view.plain);
  CHECK(*view.plain ==
        "resdiff: src/app.py is not a resolution: plain line diff\n"
        "--- a/src/app.py\n+++ b/src/app.py\n@@ -1,4 +1,4 @@\n def f(x):\n     if x:\n-        return 1\n+            return 2\n     return 0\n");
  // a file added
  view = git_view(GitSide{"", "new.c", true}, side("int main() {\n  return 0;\n}\n", "new.c"), ReadingOptions{});
  REQUIRE(view.plain);
  CHECK(view.plain->find("--- /dev/null\n+++ b/new.c\n@@ -0,0 +1,3 @@\n+int main() {\n+  return 0;\n+}\n") != std::string::npos);
}

TEST_CASE("resolutions are compared as documents, named by their paths in the repository") {
  std::string dir = RESDIFF_FIXTURES;
  GitView view = git_view(side(slurp(dir + "/A_RES_76_28.seed.md"), "res.md"), side(slurp(dir + "/A_RES_80_41.md"), "res.md"),
                          ReadingOptions{});
  CHECK_FALSE(view.plain);
  CHECK(view.old_doc.is_resolution);
  CHECK(view.new_doc.meta.symbol == std::string("80/41"));
  CHECK(view.new_doc.path == "res.md");
  // a resolution added to the repository
  view = git_view(GitSide{"", "res.md", true}, side(slurp(dir + "/A_RES_80_41.md"), "res.md"), ReadingOptions{});
  CHECK_FALSE(view.plain);
  CHECK(view.old_doc.clauses.empty());
  // a resolution as DOCX is a document too
  view = git_view(side(slurp(dir + "/formats/A_RES_76_28.docx"), "res.docx"), side(slurp(dir + "/formats/A_RES_80_41.docx"), "res.docx"),
                  ReadingOptions{});
  CHECK_FALSE(view.plain);
}

TEST_CASE("git difftool's temporary copies go by the file's own name") {
  CHECK(difftool_name("/tmp/git-blob-Ab12cd/app.py", std::nullopt) == "app.py");
  CHECK(difftool_name("/tmp/git-blob-Ab12cd/app.py", std::string("src/app.py")) == "src/app.py");
  CHECK(difftool_name("src/app.py", std::nullopt) == "src/app.py");
  CHECK(difftool_name("/tmp/other/app.py", std::nullopt) == "/tmp/other/app.py");
  CHECK(difftool_name("app.py", std::nullopt) == "app.py");
}
