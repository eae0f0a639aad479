// Reading a whole input into memory: a file by path, or standard input for "-".
// Failures come back as an Error naming the path with the system's reason
// ("cannot open: No such file or directory").
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "resdiff/load.hpp"

namespace resdiff {
namespace {

Expected<std::string> read_stream(std::FILE* file, const std::string& path) {
  std::string bytes;
  char buffer[64 * 1024];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.append(buffer, n);
  if (std::ferror(file)) return Error{path, std::string("cannot read: ") + std::strerror(errno)};
  return bytes;
}

}  // namespace

Expected<std::string> read_file(const std::string& path) {
  if (path == "-") return read_stream(stdin, path);
  errno = 0;
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return Error{path, std::string("cannot open: ") + std::strerror(errno)};
  Expected<std::string> bytes = read_stream(file, path);
  std::fclose(file);
  return bytes;
}

}  // namespace resdiff
