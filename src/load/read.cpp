// Reading a whole input into memory: a file by path, or standard input for "-".
// Failures come back as an Error naming the path with the system's reason
// ("cannot open: No such file or directory"). Memory stays bounded: a file larger than the
// limit is refused from its size before a byte is read, and a pipe or standard input is read
// only until it passes the limit.
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "resdiff/load.hpp"

namespace resdiff {
namespace {

Error too_large(const std::string& path, size_t max_bytes) {
  return Error{path, "file too large (resdiff's limit is " + byte_count(max_bytes) + ")"};
}

// size: the file's size when it is known (a regular file), reserved at once, so that the bytes
// are held once and not up to twice over while the string grows (33.5 MB for a 30 MB file).
Expected<std::string> read_stream(std::FILE* file, const std::string& path, size_t max_bytes, size_t size = 0) {
  std::string bytes;
  if (size > 0) bytes.reserve(size);
  char buffer[64 * 1024];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
    if (bytes.size() + n > max_bytes) return too_large(path, max_bytes);
    bytes.append(buffer, n);
  }
  if (std::ferror(file)) return Error{path, std::string("cannot read: ") + std::strerror(errno)};
  return bytes;
}

}  // namespace

Expected<std::string> read_file(const std::string& path, size_t max_bytes) {
  if (path == "-") return read_stream(stdin, path, max_bytes);
  errno = 0;
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return Error{path, std::string("cannot open: ") + std::strerror(errno)};
  struct stat st {};
  Expected<std::string> bytes = Error{path, ""};
  if (fstat(fileno(file), &st) == 0 && S_ISREG(st.st_mode) && static_cast<unsigned long long>(st.st_size) > max_bytes) {
    bytes = too_large(path, max_bytes);
  } else {
    bool regular = S_ISREG(st.st_mode) && st.st_size > 0;
    bytes = read_stream(file, path, max_bytes, regular ? static_cast<size_t>(st.st_size) : 0);
  }
  std::fclose(file);
  return bytes;
}

}  // namespace resdiff
