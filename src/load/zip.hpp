// A read-only ZIP archive in memory (libzip underneath), for the DOCX reader.
//
// Entries are read whole and capped by limits.hpp: an entry larger than Limits::max_markup_bytes
// (64 MiB) uncompressed, or one that inflates more than Limits::max_zip_ratio (100-fold) past
// 1 MiB (a "zip bomb"), is refused rather than read.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "resdiff/expected.hpp"
#include "resdiff/limits.hpp"

struct zip;

namespace resdiff::load_detail {

/// An open archive over bytes that must outlive it.
class ZipArchive {
 public:
  /// Entries up to this size uncompressed may have any compression ratio.
  static constexpr size_t kRatioFree = size_t{1} << 20;

  /// Opens bytes as a ZIP archive (consistency-checked) whose entries are read within limits;
  /// Error::message says why not.
  static Expected<ZipArchive> open(std::string_view bytes, const Limits& limits = {});

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
  ZipArchive(zip* archive, const Limits& limits) : archive_(archive), limits_(limits) {}
  std::unique_ptr<zip, Close> archive_;
  Limits limits_;
};

}  // namespace resdiff::load_detail
