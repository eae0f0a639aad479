// write_output() and check_output(): where the output goes and how, as output.hpp tells.
#include "output.hpp"

#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "signals.hpp"

namespace resdiff_cli {

using resdiff::Error;

namespace {

bool stdout_was_closed = false;  // set once by guard_standard_streams(), before anything else

// What write_output() writes: a whole text, or what a renderer writes into a sink.
class Content {
 public:
  explicit Content(const std::string& text) : text_(&text) {}
  explicit Content(const Render& render) : render_(&render) {}

  void into(resdiff::Sink& sink) const {
    if (text_ != nullptr) sink.write(*text_);
    else (*render_)(sink);
  }

  /// The whole output at once (for a file rewritten in place, whose size comes first): the text,
  /// or the renderer's pieces collected in storage.
  const std::string& whole(std::string& storage) const {
    if (text_ != nullptr) return *text_;
    resdiff::StringSink sink;
    (*render_)(sink);
    storage = std::move(sink.text);
    return storage;
  }

 private:
  const std::string* text_ = nullptr;
  const Render* render_ = nullptr;
};

// Writes what it is given to a descriptor. The first failure is kept (its errno) and the writes
// after it are skipped; a reader of standard output that went away ends the run at once.
class DescriptorSink : public resdiff::Sink {
 public:
  explicit DescriptorSink(int fd) : fd_(fd) {}
  void write(std::string_view bytes) override {
    if (error_ != 0 || bytes.empty()) return;
    if (write_all(fd_, bytes)) return;
    error_ = errno;
    if (error_ == EPIPE && fd_ == STDOUT_FILENO) exit_broken_pipe();
  }
  int error() const { return error_; }

 private:
  int fd_;
  int error_ = 0;
};

// Writes content to fd: 0, or the errno of the write that failed.
int write_content(int fd, const Content& content) {
  DescriptorSink sink(fd);
  content.into(sink);
  return sink.error();
}

Error cannot_write(const std::string& path, int error) {
  return Error{path, std::string("cannot write: ") + std::strerror(error)};
}

// The directory part of path with its slash ("dir/"), "" for a bare name.
std::string directory_of(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}

// The number of one of this process's own descriptors when path is the kernel's name for it,
// directly or through links (/dev/stdout → /proc/self/fd/1, /dev/fd/3): -o /dev/stdout then
// writes to standard output itself, at its offset, appending if it appends.
std::optional<int> own_descriptor(const std::string& path) {
  const std::string pid = "/proc/" + std::to_string(getpid()) + "/fd/";
  std::string p = path;
  for (int hops = 0; hops < 40; ++hops) {
    for (const std::string& prefix : {std::string("/proc/self/fd/"), std::string("/dev/fd/"), pid}) {
      if (!p.starts_with(prefix)) continue;
      std::string digits = p.substr(prefix.size());
      if (digits.empty() || digits.size() > 6 || digits.find_first_not_of("0123456789") != std::string::npos) break;
      int fd = std::stoi(digits);
      if (fcntl(fd, F_GETFD) != -1) return fd;
      break;
    }
    struct stat st {};
    if (lstat(p.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return std::nullopt;
    char target[PATH_MAX];
    ssize_t n = readlink(p.c_str(), target, sizeof target - 1);
    if (n < 0) return std::nullopt;
    target[n] = '\0';
    p = target[0] == '/' ? std::string(target) : directory_of(p) + target;
  }
  return std::nullopt;
}

// Writes content to an open descriptor; a reader of standard output that went away ends the run.
std::optional<Error> write_descriptor(int fd, const std::string& name, const Content& content) {
  if (int error = write_content(fd, content)) return cannot_write(name, error);
  return std::nullopt;
}

// Opens path as it is and writes content: devices, FIFOs and a dangling link's file.
std::optional<Error> write_stream(const std::string& path, const Content& content, int flags) {
  int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC | flags, 0666);
  if (fd < 0) return cannot_write(path, errno);
  int error = 0;
  try {
    error = write_content(fd, content);
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::close(fd) != 0 && error == 0 && errno != EINTR) error = errno;
  if (error != 0) return cannot_write(path, error);
  return std::nullopt;
}

// Rewrites an existing regular file in place (hard links keep seeing it): space reserved, then
// written from the start and cut to length, with the terminating signals held.
std::optional<Error> write_in_place(const std::string& path, const std::string& text) {
  HoldSignals hold;
  int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return cannot_write(path, errno);
  int error = 0;
  if (!text.empty()) {
    int reserved = posix_fallocate(fd, 0, static_cast<off_t>(text.size()));
    if (reserved != 0 && reserved != EOPNOTSUPP && reserved != EINVAL) error = reserved;  // e.g. ENOSPC
  }
  if (error == 0 && !write_all(fd, text)) error = errno;
  if (error == 0 && ftruncate(fd, static_cast<off_t>(text.size())) != 0) error = errno;
  if (error == 0 && fsync(fd) != 0 && errno != EINVAL) error = errno;
  if (::close(fd) != 0 && error == 0 && errno != EINTR) error = errno;
  if (error != 0) return cannot_write(path, error);
  return std::nullopt;
}

// Writes path whole or not at all: a temporary file beside it, then a rename. old, when the file
// exists, gives the mode, owner and group to copy. owner_kept comes back false, with nothing
// written (content untouched), when the old file's owner cannot be given to a new file.
std::optional<Error> replace(const std::string& path, const Content& content, const struct stat* old,
                             bool& owner_kept) {
  owner_kept = true;
  std::string dir = directory_of(path);
  std::string temp = dir + "." + path.substr(dir.size()) + ".resdiff-XXXXXX";
  int fd = -1;
  {
    HoldSignals hold;  // remembered before a signal could find it there
    fd = mkstemp(temp.data());
    if (fd < 0) return cannot_write(path, errno);
    remember_temporary(temp);
  }
  auto discard = [&]() {
    ::close(fd);
    unlink(temp.c_str());
    forget_temporary();
  };
  int error = 0;
  if (old != nullptr) {
    if ((old->st_uid != geteuid() || old->st_gid != getegid()) && fchown(fd, old->st_uid, old->st_gid) != 0) {
      discard();
      owner_kept = false;
      return std::nullopt;
    }
    if (fchmod(fd, old->st_mode & 07777) != 0) error = errno;
  } else {
    mode_t mask = umask(0);
    umask(mask);
    if (fchmod(fd, 0666 & ~mask) != 0) error = errno;
  }
  if (error == 0) {
    try {
      error = write_content(fd, content);  // a streamed output goes into the temporary file as it comes
    } catch (...) {
      discard();
      throw;
    }
  }
  if (error == 0 && old != nullptr && fsync(fd) != 0) error = errno;  // the old text goes only for a whole new one
  if (::close(fd) != 0 && error == 0 && errno != EINTR) error = errno;
  if (error == 0 && std::rename(temp.c_str(), path.c_str()) != 0) error = errno;
  if (error != 0) unlink(temp.c_str());
  forget_temporary();
  if (error != 0) return cannot_write(path, error);
  return std::nullopt;
}

}  // namespace

bool guard_standard_streams() {
  for (int fd = 0; fd <= 2; ++fd) {
    if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    int null = ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
    if (null >= 0 && null != fd) {
      dup2(null, fd);
      ::close(null);
    }
    if (fd == STDOUT_FILENO) stdout_was_closed = true;
  }
  return stdout_was_closed;
}

bool write_all(int fd, std::string_view text) {
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

std::optional<Error> check_output(const std::string& path, const std::vector<std::string>& inputs) {
  if (path.empty() || path == "-") {
    if (stdout_was_closed) return Error{"standard output", "closed, so nothing can be written there (try -o FILE)"};
    return std::nullopt;
  }
  struct stat out {};
  if (stat(path.c_str(), &out) != 0 || !S_ISREG(out.st_mode)) return std::nullopt;  // nothing of the user's to lose
  for (const std::string& input : inputs) {
    struct stat in {};
    int got = input == "-" ? fstat(STDIN_FILENO, &in) : stat(input.c_str(), &in);
    if (got == 0 && S_ISREG(in.st_mode) && in.st_dev == out.st_dev && in.st_ino == out.st_ino) {
      std::string name = input == "-" ? "standard input" : input;
      return Error{path, "the same file as the input " + name + ": refusing to overwrite it"};
    }
  }
  return std::nullopt;
}

namespace {

std::optional<Error> write_content_to(const std::string& path, const Content& content) {
  if (path.empty() || path == "-") {
    if (stdout_was_closed) return Error{"standard output", "closed, so nothing can be written there (try -o FILE)"};
    if (int error = write_content(STDOUT_FILENO, content)) return Error{"standard output", std::strerror(error)};
    return std::nullopt;
  }
  if (std::optional<int> fd = own_descriptor(path)) return write_descriptor(*fd, path, content);
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) {
    if (errno != ENOENT) return cannot_write(path, errno);
    struct stat link {};
    if (lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
      return write_stream(path, content, O_CREAT | O_TRUNC);  // a dangling link: the file it names
    }
    bool owner_kept = true;
    return replace(path, content, nullptr, owner_kept);
  }
  if (S_ISDIR(st.st_mode)) return cannot_write(path, EISDIR);
  if (!S_ISREG(st.st_mode)) return write_stream(path, content, 0);  // a FIFO, a device: written to, never replaced
  // a regular file: the one a link points to is written (the link stays), named as the user did
  char real[PATH_MAX];
  if (realpath(path.c_str(), real) == nullptr) return cannot_write(path, errno);
  bool owner_kept = true;
  std::string storage;
  std::optional<Error> error =
      st.st_nlink > 1 ? write_in_place(real, content.whole(storage)) : replace(real, content, &st, owner_kept);
  if (!owner_kept) error = write_in_place(real, content.whole(storage));
  if (error) error->file = path;
  return error;
}

}  // namespace

std::optional<Error> write_output(const std::string& path, const std::string& text) {
  return write_content_to(path, Content(text));
}

std::optional<Error> write_output(const std::string& path, const Render& render) {
  return write_content_to(path, Content(render));
}

}  // namespace resdiff_cli
