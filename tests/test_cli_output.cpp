// Tests for src/cli/output.cpp: an output file is written whole, or not at all.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "output.hpp"

using namespace resdiff_cli;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "resdiff-cli-XXXXXX").string();
    path = mkdtemp(pattern.data());
  }
  ~TempDir() { fs::remove_all(path); }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("write_output writes the whole text to a new file and leaves no temporary file") {
  TempDir dir;
  fs::path out = dir.path / "report.txt";
  REQUIRE_FALSE(write_output(out.string(), "hello\n"));
  CHECK(slurp(out) == "hello\n");
  int files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path)) ++files;
  CHECK(files == 1);
}

TEST_CASE("write_output replaces an old file only with the complete new one") {
  TempDir dir;
  fs::path out = dir.path / "report.txt";
  std::ofstream(out) << "old";
  REQUIRE_FALSE(write_output(out.string(), "new text"));
  CHECK(slurp(out) == "new text");
}

TEST_CASE("write_output into a missing directory is an error naming the file") {
  TempDir dir;
  fs::path out = dir.path / "no-such-dir" / "report.txt";
  auto error = write_output(out.string(), "x");
  REQUIRE(error);
  CHECK(error->file == out.string());
  CHECK(error->message.find("cannot write") == 0);
}
