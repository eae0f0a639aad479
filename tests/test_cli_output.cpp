// Tests for src/cli/output.cpp: an output file is written whole, or not at all, and nothing the
// user owns is lost: an input, a link, a device or a FIFO is never replaced.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

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

// ---- check_output: an input is never the output (issue 9 part 9) ----

TEST_CASE("check_output refuses -o naming an input, through any path, hard link or symlink") {
  TempDir dir;
  fs::path a = dir.path / "a.md", b = dir.path / "b.md";
  std::ofstream(a) << "draft";
  std::ofstream(b) << "other";
  fs::create_hard_link(a, dir.path / "hard.md");
  fs::create_symlink("a.md", dir.path / "soft.md");
  for (const fs::path& out : {a, dir.path / "." / "a.md", dir.path / "hard.md", dir.path / "soft.md"}) {
    INFO(out);
    auto error = check_output(out.string(), {a.string(), b.string()});
    REQUIRE(error);
    CHECK(error->file == out.string());
    CHECK(error->message == "the same file as the input " + a.string() + ": refusing to overwrite it");
  }
  CHECK_FALSE(check_output((dir.path / "report.txt").string(), {a.string(), b.string()}));  // a new file
  CHECK_FALSE(check_output("/dev/null", {"/dev/null", b.string()}));  // a device holds nothing to lose (checked, not written)
  CHECK_FALSE(check_output("-", {a.string(), b.string()}));
  CHECK(slurp(a) == "draft");
}

// ---- write_output: what is there stays what it is ----

TEST_CASE("write_output keeps an existing file's mode and owner") {
  TempDir dir;
  fs::path out = dir.path / "private.txt";
  std::ofstream(out) << "old";
  REQUIRE(chmod(out.c_str(), 0600) == 0);
  bool root = geteuid() == 0;
  if (root) REQUIRE(chown(out.c_str(), 4321, 4321) == 0);  // another user's file, written by root
  REQUIRE_FALSE(write_output(out.string(), "new"));
  struct stat st {};
  REQUIRE(stat(out.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0600);
  if (root) CHECK((st.st_uid == 4321 && st.st_gid == 4321));
  CHECK(slurp(out) == "new");
}

TEST_CASE("write_output rewrites a file with several names in place, so every name sees the new text") {
  TempDir dir;
  fs::path out = dir.path / "report.txt", other = dir.path / "same-report.txt";
  std::ofstream(out) << "a longer old text than the new one";
  fs::create_hard_link(out, other);
  REQUIRE_FALSE(write_output(out.string(), "new text"));
  CHECK(slurp(other) == "new text");
  CHECK(fs::hard_link_count(out) == 2);
  CHECK(fs::equivalent(out, other));
}

TEST_CASE("write_output writes through a symlink and leaves the link a link") {
  TempDir dir;
  fs::path real = dir.path / "real.txt", link = dir.path / "link.txt";
  std::ofstream(real) << "old";
  fs::create_symlink("real.txt", link);
  REQUIRE_FALSE(write_output(link.string(), "new"));
  CHECK(fs::is_symlink(link));
  CHECK(slurp(real) == "new");
  fs::path dangling = dir.path / "dangling.txt";
  fs::create_symlink("later.txt", dangling);
  REQUIRE_FALSE(write_output(dangling.string(), "made"));
  CHECK(fs::is_symlink(dangling));
  CHECK(slurp(dir.path / "later.txt") == "made");
}

TEST_CASE("write_output writes to a FIFO, a device and a descriptor's name without replacing them") {
  TempDir dir;
  fs::path fifo = dir.path / "out.fifo";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  int reader = open(fifo.c_str(), O_RDONLY | O_NONBLOCK);  // a reader, so that opening to write does not wait
  REQUIRE(reader >= 0);
  REQUIRE_FALSE(write_output(fifo.string(), "through the fifo"));
  char buffer[64] = {};
  CHECK(read(reader, buffer, sizeof buffer) == 16);
  CHECK(std::string(buffer) == "through the fifo");
  close(reader);
  CHECK(fs::is_fifo(fifo));

  // As root, a write_output() that replaced devices would replace the machine's /dev/null: root
  // tests on private nodes of the same devices, anyone else on the real ones (safe: /dev is root's).
  std::string null = "/dev/null", full = "/dev/full";
  if (geteuid() == 0) {
    null = (dir.path / "null").string();
    full = (dir.path / "full").string();
    if (mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0 || mknod(full.c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0) {
      WARN("root without mknod: the device cases are left out rather than run on the machine's /dev");
      return;
    }
  }
  REQUIRE_FALSE(write_output(null, "nothing"));
  CHECK(fs::is_character_file(null));
  auto no_room = write_output(full, "no room");
  REQUIRE(no_room);
  CHECK(no_room->what() == full + ": cannot write: No space left on device");
  CHECK(fs::is_character_file(full));

  int fds[2];
  REQUIRE(pipe(fds) == 0);
  for (const std::string& name : {"/dev/fd/" + std::to_string(fds[1]), "/proc/self/fd/" + std::to_string(fds[1])}) {
    INFO(name);
    REQUIRE_FALSE(write_output(name, "fd!"));
    char got[8] = {};
    CHECK(read(fds[0], got, sizeof got) == 3);
    CHECK(std::string(got) == "fd!");
  }
  close(fds[0]);
  close(fds[1]);
}

TEST_CASE("write_output onto a directory is an error, and the directory stays") {
  TempDir dir;
  auto error = write_output(dir.path.string(), "x");
  REQUIRE(error);
  CHECK(error->message == "cannot write: Is a directory");
  CHECK(fs::is_directory(dir.path));
}

// ---- write_output of a renderer: the output written as it comes, as safely as a whole text ----

namespace {

// A renderer writing pieces of 1,000 'x's and a newline, count times, then "end\n".
Render pieces(int count) {
  return [count](resdiff::Sink& sink) {
    const std::string piece = std::string(1000, 'x') + "\n";
    for (int i = 0; i < count; ++i) sink.write(piece);
    sink.write("end\n");
  };
}

}  // namespace

TEST_CASE("write_output of a renderer writes every piece, in order, to a new file, an old one and one with two names") {
  TempDir dir;
  resdiff::StringSink expected;
  pieces(300)(expected);  // 300 KB, several of a pipe's or a buffer's worth
  fs::path fresh = dir.path / "new.txt", old = dir.path / "old.txt", linked = dir.path / "linked.txt";
  std::ofstream(old) << "old";
  std::ofstream(linked) << "old, linked";
  fs::create_hard_link(linked, dir.path / "other-name.txt");
  for (const fs::path& out : {fresh, old, linked}) {
    INFO(out);
    REQUIRE_FALSE(write_output(out.string(), pieces(300)));
    CHECK(slurp(out) == expected.text);
  }
  CHECK(slurp(dir.path / "other-name.txt") == expected.text);
  int files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path)) ++files;
  CHECK(files == 4);  // no temporary file stays
}

TEST_CASE("write_output of a renderer that throws leaves an old file as it was and no temporary file") {
  TempDir dir;
  fs::path out = dir.path / "report.json";
  std::ofstream(out) << "old";
  Render failing = [](resdiff::Sink& sink) {
    sink.write(std::string(200000, 'x'));
    throw std::runtime_error("renderer failed");
  };
  CHECK_THROWS_AS(write_output(out.string(), failing), std::runtime_error);
  CHECK(slurp(out) == "old");
  int files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path)) ++files;
  CHECK(files == 1);
}

TEST_CASE("write_output of a renderer into a full device is one error, named, after the renderer is done") {
  TempDir dir;
  std::string full = "/dev/full";
  if (geteuid() == 0) {  // a private node of the same device (see above)
    full = (dir.path / "full").string();
    if (mknod(full.c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0) {
      WARN("root without mknod: left out rather than run on the machine's /dev");
      return;
    }
  }
  int written = 0;
  Render counted = [&written](resdiff::Sink& sink) {
    for (; written < 100; ++written) sink.write("a piece\n");
  };
  auto no_room = write_output(full, counted);
  REQUIRE(no_room);
  CHECK(no_room->what() == full + ": cannot write: No space left on device");
  CHECK(written == 100);
  CHECK(fs::is_character_file(full));
}
