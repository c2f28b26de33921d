// The parse cache's file format: a checked header, then one record per clean content file (see cache.h).
#include "content/cache.h"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <unordered_map>

namespace factdeck::content_detail {
namespace {

// Bumped whenever the bytes of an article change meaning. The engine version and sizeof(Fact) are in the
// header too, so a build with another model never reads an old cache.
constexpr std::uint32_t kCacheFormat = 2;  // 2: Fact holds CompactStrings (same bytes, other sizeof)
constexpr char kMagic[8] = {'F', 'D', 'C', 'A', 'C', 'H', 'E', '\n'};

#if defined(__GLIBCXX__) && __SIZEOF_POINTER__ == 8
// A new field in Fact or Article must be written and read below (and kCacheFormat bumped), or a cache
// hit would drop it. These sizes catch a forgotten one on the usual 64-bit build.
static_assert(sizeof(Fact) == 192, "Fact changed: update write_fact/read_fact in cache.cpp and bump kCacheFormat");
static_assert(sizeof(Article) == 224, "Article changed: update write_article/read_article and bump kCacheFormat");
#endif

class Out {
 public:
  explicit Out(std::string& s) : s_(s) {}
  void u32(std::uint32_t v) { raw(&v, sizeof v); }
  void u64(std::uint64_t v) { raw(&v, sizeof v); }
  void i32(int v) { raw(&v, sizeof v); }
  void f64(double v) { raw(&v, sizeof v); }
  void str(std::string_view v) {
    u32(static_cast<std::uint32_t>(v.size()));
    s_.append(v.data(), v.size());
  }
  void strs(const std::vector<std::string>& v) {
    u32(static_cast<std::uint32_t>(v.size()));
    for (const std::string& x : v) str(x);
  }
  void strs(const CompactStrings& v) {
    u32(static_cast<std::uint32_t>(v.size()));
    for (const CompactString& x : v) str(x);
  }
  void raw(const void* p, std::size_t n) { s_.append(static_cast<const char*>(p), n); }

 private:
  std::string& s_;
};

// Reads with bounds checks: past the end, every read fails and ok() turns false.
class In {
 public:
  explicit In(std::string_view s) : s_(s) {}
  bool ok() const { return ok_; }
  bool done() const { return at_ == s_.size(); }
  std::uint32_t u32() { return pod<std::uint32_t>(); }
  std::uint64_t u64() { return pod<std::uint64_t>(); }
  int i32() { return pod<int>(); }
  double f64() { return pod<double>(); }
  std::string_view view() {
    const std::uint32_t n = u32();
    if (!ok_ || n > s_.size() - at_) return fail();
    std::string_view v = s_.substr(at_, n);
    at_ += n;
    return v;
  }
  std::string str() { return std::string(view()); }
  std::vector<std::string> strs() {
    std::vector<std::string> v;
    const std::uint32_t n = u32();
    if (!ok_ || n > (s_.size() - at_) / 4) {  // each string takes at least its 4-byte length
      fail();
      return v;
    }
    v.reserve(n);
    for (std::uint32_t i = 0; i < n && ok_; ++i) v.push_back(str());
    return v;
  }
  // The same bytes as strs(), read straight into the fact's list (no std::strings in between).
  template <class Pool>
  CompactStrings compact_strs(Pool& pool) {
    const std::uint32_t n = u32();
    if (!ok_ || n > (s_.size() - at_) / 4) {
      fail();
      return {};
    }
    CompactStrings v(n);
    for (CompactString& x : v) x = pool.get(view());
    return ok_ ? std::move(v) : CompactStrings();
  }
  std::string_view fail() {
    ok_ = false;
    at_ = s_.size();
    return {};
  }

 private:
  template <class T>
  T pod() {
    T v{};
    if (!ok_ || s_.size() - at_ < sizeof v) {
      fail();
      return v;
    }
    std::memcpy(&v, s_.data() + at_, sizeof v);
    at_ += sizeof v;
    return v;
  }
  std::string_view s_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

// The texts read so far for one article: an equal text read again shares their block instead of
// allocating its own (as share_repeated_text does for a parsed file), with no block made and freed.
class TextPool {
 public:
  CompactString get(std::string_view v) {
    if (v.size() <= CompactString::kInlineCapacity) return CompactString(v);
    auto it = texts_.find(v);
    if (it == texts_.end()) it = texts_.emplace(v, CompactString(v)).first;  // v views the cache bytes
    return it->second;
  }

 private:
  std::unordered_map<std::string_view, CompactString> texts_;
};

void write_fact(Out& o, const Fact& f) {
  o.str(f.id);
  o.u32(static_cast<std::uint32_t>(f.kind));
  o.str(f.question);
  o.str(f.statement);
  o.str(f.sentence);
  o.str(f.note);
  o.str(f.class_id);
  o.strs(f.distractors);
  o.str(f.reverse);
  o.str(f.original);
  o.strs(f.tags);
  o.i32(f.year);
  o.i32(f.date.year), o.i32(f.date.month), o.i32(f.date.day);
  o.i32(f.period.from), o.i32(f.period.to);
  o.f64(f.number.value);
  o.str(f.number.unit);
  o.str(f.number.qualifier);
  o.i32(f.number.decimals);
  o.str(f.text);
  o.strs(f.items);
  o.str(f.subject);
  o.str(f.definition);
  o.str(f.speaker);
  o.i32(f.pos.line), o.i32(f.pos.column);
}

bool read_fact(In& in, TextPool& pool, Fact& f) {
  f.id = pool.get(in.view());
  const std::uint32_t kind = in.u32();
  if (kind >= all_kinds().size()) return false;
  f.kind = static_cast<Kind>(kind);
  f.question = pool.get(in.view());
  f.statement = pool.get(in.view());
  f.sentence = pool.get(in.view());
  f.note = pool.get(in.view());
  f.class_id = pool.get(in.view());
  f.distractors = in.compact_strs(pool);
  f.reverse = pool.get(in.view());
  f.original = pool.get(in.view());
  f.tags = in.compact_strs(pool);
  f.year = in.i32();
  f.date.year = in.i32(), f.date.month = in.i32(), f.date.day = in.i32();
  f.period.from = in.i32(), f.period.to = in.i32();
  f.number.value = in.f64();
  f.number.unit = pool.get(in.view());
  f.number.qualifier = pool.get(in.view());
  f.number.decimals = in.i32();
  f.text = pool.get(in.view());
  f.items = in.compact_strs(pool);
  f.subject = pool.get(in.view());
  f.definition = pool.get(in.view());
  f.speaker = pool.get(in.view());
  f.pos.line = in.i32(), f.pos.column = in.i32();
  return in.ok();
}

std::string header_version() { return std::string("factdeck ") + FACTDECK_VERSION; }

}  // namespace

std::uint64_t hash_bytes(std::string_view s) {
  constexpr std::uint64_t k = 0x9E3779B97F4A7C15ull;
  std::uint64_t h = 0x243F6A8885A308D3ull ^ (static_cast<std::uint64_t>(s.size()) * k);
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * k;
    h ^= h >> 29;
  }
  std::uint64_t w = 0;
  std::memcpy(&w, s.data() + i, s.size() - i);
  h = (h ^ w) * k;
  // splitmix64's finaliser: every input bit reaches every output bit.
  h ^= h >> 30;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 27;
  h *= 0x94D049BB133111EBull;
  return h ^ (h >> 31);
}

std::string write_article(const Article& a) {
  std::string s;
  Out o(s);
  o.str(a.id);
  o.str(a.title);
  o.u32(a.published ? 1 : 0);
  if (a.published) o.i32(a.published->year), o.i32(a.published->month), o.i32(a.published->day);
  o.str(a.source);
  o.strs(a.tags);
  o.str(a.summary);
  o.u32(static_cast<std::uint32_t>(a.facts.size()));
  for (const Fact& f : a.facts) write_fact(o, f);
  return s;
}

bool read_article(std::string_view blob, Article& a) {
  In in(blob);
  a.id = in.str();
  a.title = in.str();
  const std::uint32_t has_date = in.u32();
  if (has_date > 1) return false;
  if (has_date) {
    Date d;
    d.year = in.i32(), d.month = in.i32(), d.day = in.i32();
    a.published = d;
  }
  a.source = in.str();
  a.tags = in.strs();
  a.summary = in.str();
  const std::uint32_t n = in.u32();
  if (!in.ok() || n > blob.size() / 64) return false;  // a fact takes far more than 64 bytes
  a.facts.resize(n);  // exactly n: no spare capacity kept for the life of the content
  TextPool pool;
  for (Fact& f : a.facts)
    if (!read_fact(in, pool, f)) return false;
  return in.ok() && in.done();
}

void ParseCache::read(const std::string& path) {
  bytes_.clear();
  entries_.clear();
  std::ifstream file(path, std::ios::binary);
  if (!file) return;
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec || size > std::numeric_limits<std::uint32_t>::max() + std::uintmax_t{4096}) return;
  std::string bytes(static_cast<std::size_t>(size), '\0');
  if (file.rdbuf()->sgetn(bytes.data(), static_cast<std::streamsize>(size)) != static_cast<std::streamsize>(size)) return;
  const std::string_view m = std::string_view(bytes).substr(0, sizeof kMagic);
  if (m != std::string_view(kMagic, sizeof kMagic)) return;
  std::string_view rest = std::string_view(bytes).substr(sizeof kMagic);
  In h(rest);
  if (h.u32() != kCacheFormat || h.u32() != static_cast<std::uint32_t>(kContentFormat) ||
      h.u32() != static_cast<std::uint32_t>(sizeof(Fact)) || h.view() != header_version())
    return;
  const std::uint64_t payload_hash = h.u64();
  const std::string_view payload = h.view();
  if (!h.ok() || !h.done() || hash_bytes(payload) != payload_hash) return;
  bytes_ = std::move(bytes);  // payload's views stay valid: moving a std::string keeps a heap buffer in place
  In p(payload);
  const std::uint32_t count = p.u32();
  std::unordered_map<std::string, CacheEntry> entries;
  entries.reserve(count < 1000000 ? count : 0);
  for (std::uint32_t i = 0; i < count && p.ok(); ++i) {
    std::string file_name(p.view());
    CacheEntry e;
    e.hash = p.u64();
    e.size = p.u64();
    e.id_pos.line = p.i32();
    e.id_pos.column = p.i32();
    e.blob = p.view();
    entries[std::move(file_name)] = e;
  }
  if (!p.ok() || !p.done()) {
    bytes_.clear();
    return;
  }
  entries_ = std::move(entries);
}

const CacheEntry* ParseCache::find(const std::string& file) const {
  auto it = entries_.find(file);
  return it == entries_.end() ? nullptr : &it->second;
}

std::string write_cache(const std::vector<CacheRecord>& records) {
  std::string payload;
  Out p(payload);
  p.u32(static_cast<std::uint32_t>(records.size()));
  for (const CacheRecord& r : records) {
    p.str(r.file);
    p.u64(r.entry.hash);
    p.u64(r.entry.size);
    p.i32(r.entry.id_pos.line);
    p.i32(r.entry.id_pos.column);
    p.str(r.entry.blob);
  }
  if (payload.size() > std::numeric_limits<std::uint32_t>::max()) return {};  // too big to cache: none is written
  std::string s(kMagic, sizeof kMagic);
  Out o(s);
  o.u32(kCacheFormat);
  o.u32(static_cast<std::uint32_t>(kContentFormat));
  o.u32(static_cast<std::uint32_t>(sizeof(Fact)));
  o.str(header_version());
  o.u64(hash_bytes(payload));
  o.str(payload);
  return s;
}

std::string cache_file_for(const std::string& cache_dir, const std::vector<std::string>& folders) {
  std::string key;
  for (const std::string& f : folders) {
    std::error_code ec;
    const std::filesystem::path abs = std::filesystem::absolute(f, ec);
    key += ec ? f : abs.lexically_normal().string();
    key += '\0';
  }
  char name[64];
  std::snprintf(name, sizeof name, "content-%016llx.cache", static_cast<unsigned long long>(hash_bytes(key)));
  return (std::filesystem::path(cache_dir) / name).string();
}

}  // namespace factdeck::content_detail
