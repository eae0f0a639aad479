// ZipArchive: libzip over a memory buffer, with size and ratio caps on every entry read.
#include "load/zip.hpp"

#include <zip.h>

#include <cctype>

namespace resdiff::load_detail {

namespace {

// libzip's description of an error, lower case as our messages are.
std::string describe(zip_error_t* error) {
  std::string message = zip_error_strerror(error);
  // "Not a zip archive" → "not a zip archive", but "CRC error" stays.
  if (message.size() > 1 && std::islower(static_cast<unsigned char>(message[1]))) {
    message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
  }
  return message;
}

// Closes a file inside the archive when it goes out of scope.
struct FileClose {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

}  // namespace

void ZipArchive::Close::operator()(zip* archive) const { zip_discard(archive); }

Expected<ZipArchive> ZipArchive::open(std::string_view bytes, const Limits& limits) {
  if (bytes.size() < 4 || bytes.substr(0, 2) != "PK") return Error{"", "not a ZIP archive"};
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    std::string message = describe(&error);
    zip_error_fini(&error);
    return Error{"", "cannot read the ZIP archive (" + message + ")"};
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (archive == nullptr) {
    zip_source_free(source);
    std::string message = describe(&error);
    zip_error_fini(&error);
    return Error{"", "not a readable ZIP archive (" + message + "; truncated or damaged?)"};
  }
  zip_error_fini(&error);
  return ZipArchive(archive, limits);
}

bool ZipArchive::has(const std::string& name) const {
  return zip_name_locate(archive_.get(), name.c_str(), 0) >= 0;
}

Expected<std::string> ZipArchive::read(const std::string& name) const {
  zip_int64_t index = zip_name_locate(archive_.get(), name.c_str(), 0);
  if (index < 0) return Error{"", "no " + name + " in the archive"};
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(archive_.get(), static_cast<zip_uint64_t>(index), 0, &st) != 0 ||
      (st.valid & ZIP_STAT_SIZE) == 0 || (st.valid & ZIP_STAT_COMP_SIZE) == 0) {
    return Error{"", "cannot read the size of " + name};
  }
  if (st.size > limits_.max_markup_bytes) {
    return Error{"", name + " too large uncompressed (resdiff's limit is " + byte_count(limits_.max_markup_bytes) + ")"};
  }
  if (st.size > kRatioFree && st.size / (st.comp_size == 0 ? 1 : st.comp_size) > limits_.max_zip_ratio) {
    return Error{"", name + " inflates more than " + std::to_string(limits_.max_zip_ratio) +
                         "-fold, a zip bomb? (resdiff's limit is " + std::to_string(limits_.max_zip_ratio) + " to 1)"};
  }
  std::unique_ptr<zip_file_t, FileClose> file(zip_fopen_index(archive_.get(), static_cast<zip_uint64_t>(index), 0));
  if (!file) return Error{"", "cannot open " + name + " (" + describe(zip_get_error(archive_.get())) + ")"};

  // Read one byte past the declared size, so that an entry lying about its size is caught.
  std::string out(static_cast<size_t>(st.size) + 1, '\0');
  size_t got = 0;
  while (got < out.size()) {
    zip_int64_t n = zip_fread(file.get(), out.data() + got, out.size() - got);
    if (n < 0) return Error{"", "cannot read " + name + " (" + describe(zip_file_get_error(file.get())) + ")"};
    if (n == 0) break;
    got += static_cast<size_t>(n);
  }
  if (got != st.size) return Error{"", name + " does not match its declared size"};
  out.resize(got);
  return out;
}

}  // namespace resdiff::load_detail
