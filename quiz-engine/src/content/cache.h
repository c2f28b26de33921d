// The parse cache: articles of files that loaded clean, kept in one binary file keyed by each file's content hash.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "factdeck/content.h"

namespace factdeck::content_detail {

// A 64-bit hash of bytes (not cryptographic): keys a file's text and checks the cache file for damage.
std::uint64_t hash_bytes(std::string_view bytes);

// One cached article: what a clean parse of the file with this hash and size gave.
struct CacheEntry {
  std::uint64_t hash = 0;
  std::uint64_t size = 0;
  SourcePos id_pos;       // where the article's id is, for the "already used" error
  std::string_view blob;  // the serialized article, inside ParseCache::bytes
};

// A cache file read whole. Anything damaged, truncated or written by another version reads as empty:
// the cache is only ever a shortcut, never trusted over the file (a hit needs the same hash and size).
class ParseCache {
 public:
  // Reads `path`; a missing or bad file gives an empty cache.
  void read(const std::string& path);
  const CacheEntry* find(const std::string& file) const;
  std::size_t size() const { return entries_.size(); }

 private:
  std::string bytes_;
  std::unordered_map<std::string, CacheEntry> entries_;
};

// The article's fields (not `file`, which is the entry's key) as bytes, and back. read_article returns
// false on bytes it cannot read (then `out` is unspecified).
std::string write_article(const Article& a);
bool read_article(std::string_view blob, Article& out);

// Builds a cache file's bytes from (file, entry) pairs, in the given order.
struct CacheRecord {
  std::string file;
  CacheEntry entry;  // blob points into `owned` or into a ParseCache's bytes that outlive the call
  std::string owned;
};
std::string write_cache(const std::vector<CacheRecord>& records);

// The cache file for a list of content folders: one file per list, so different lists do not evict each other.
std::string cache_file_for(const std::string& cache_dir, const std::vector<std::string>& folders);

}  // namespace factdeck::content_detail
