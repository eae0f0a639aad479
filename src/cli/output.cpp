// write_output(): standard output, or a temporary file and a rename (see output.hpp).
#include "output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace resdiff_cli {

using resdiff::Error;

bool write_all(int fd, const std::string& text) {
  size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = EIO;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

std::optional<Error> write_output(const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    if (!write_all(STDOUT_FILENO, text)) return Error{"standard output", std::strerror(errno)};
    return std::nullopt;
  }
  auto failed = [&](int error) { return Error{path, std::string("cannot write: ") + std::strerror(error)}; };
  size_t slash = path.find_last_of('/');
  std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  std::string temp = dir + "." + path.substr(dir.size()) + ".resdiff-XXXXXX";
  int fd = mkstemp(temp.data());
  if (fd < 0) return failed(errno);
  mode_t mask = umask(0);
  umask(mask);
  int error = 0;
  if (fchmod(fd, 0666 & ~mask) != 0 || !write_all(fd, text)) error = errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error == 0 && std::rename(temp.c_str(), path.c_str()) != 0) error = errno;
  if (error == 0) return std::nullopt;
  std::remove(temp.c_str());
  return failed(error);
}

}  // namespace resdiff_cli
