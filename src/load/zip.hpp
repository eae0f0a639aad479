// A read-only ZIP archive in memory (libzip underneath), for the DOCX reader.
//
// Entries are read whole and capped: an entry larger than 64 MiB uncompressed, or one that
// inflates more than 100-fold past 1 MiB (a "zip bomb"), is refused rather than read.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "resdiff/expected.hpp"

struct zip;

namespace resdiff::load_detail {

/// An open archive over bytes that must outlive it.
class ZipArchive {
 public:
  /// Largest uncompressed entry read.
  static constexpr size_t kMaxEntry = size_t{64} << 20;
  /// Largest compression ratio accepted for entries above 1 MiB.
  static constexpr size_t kMaxRatio = 100;

  /// Opens bytes as a ZIP archive (consistency-checked); Error::message says why not.
  static Expected<ZipArchive> open(std::string_view bytes);

  /// True when the archive holds an entry with exactly this name.
  bool has(const std::string& name) const;

  /// The uncompressed bytes of one entry; Error::message names the entry and the trouble.
  Expected<std::string> read(const std::string& name) const;

 private:
  /// Discards (closes without writing) an archive.
  struct Close {
    void operator()(zip* archive) const;
  };
  /// Takes ownership of an open archive.
  explicit ZipArchive(zip* archive) : archive_(archive) {}
  std::unique_ptr<zip, Close> archive_;
};

}  // namespace resdiff::load_detail
