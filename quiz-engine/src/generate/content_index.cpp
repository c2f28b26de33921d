// The per-content cache behind facts.cpp, found through a call-long scope or the content's revision.
#include "generate/content_index.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "factdeck/answer.h"
#include "generate/canonical.h"

namespace factdeck::gen {
namespace {

thread_local const Content* scope_content = nullptr;
thread_local ContentIndex* scope_index = nullptr;

// Debug builds take the full fingerprint of the data when an index is built and again on every look-up, so an
// edit in place without Content::touch() stops the test runs (the index would give wrong answers, silently).
#ifndef NDEBUG
constexpr bool kCheckRevisions = true;
#else
constexpr bool kCheckRevisions = false;
#endif

struct Cached {
  const Content* content = nullptr;
  std::uint64_t revision = 0;
  std::uint64_t shape = 0;
  std::uint64_t fingerprint = 0;  // debug builds only
  std::shared_ptr<ContentIndex> index;
};
thread_local std::vector<Cached> cache;  // a few recent contents, newest last

// The fingerprint is built for speed: each 8-byte word is mixed on its own (with its position) and the results
// summed, so the multiplies do not wait on each other as in a chain like FNV's. It lives in memory only and need
// not be stable across machines (stable_hash must be).
constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ULL;
constexpr std::uint64_t kMul2 = 0xBF58476D1CE4E5B9ULL;

std::uint64_t read64(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
std::uint64_t read32(const char* p) {
  std::uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

class Fingerprint {
 public:
  void add(std::uint64_t v) { word(v); }
  void add(const void* p) { word(static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(p))); }
  void add(double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    word(bits);
  }
  // The size first: with it, the overlapping reads of a string's tail are unambiguous.
  void add(std::string_view s) {
    const char* p = s.data();
    const std::size_t n = s.size();
    word(n);
    if (n >= 8) {
      std::size_t i = 0;
      for (; i + 8 <= n; i += 8) word(read64(p + i));
      if (i < n) word(read64(p + n - 8));
    } else if (n >= 4) {
      word(read32(p) | read32(p + n - 4) << 32);
    } else if (n > 0) {
      word(static_cast<unsigned char>(p[0]) | static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
           static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
    }
  }
  void add(const std::vector<std::string>& v) {
    word(v.size());
    for (const auto& s : v) add(s);
  }
  void add(const CompactStrings& v) {
    word(v.size());
    for (const auto& s : v) add(s.view());
  }
  std::uint64_t value() const { return sum_ ^ position_; }

 private:
  // A bijection of the word for each position, so one changed word always changes the sum.
  void word(std::uint64_t v) {
    position_ += kMul;
    std::uint64_t t = (v ^ position_) * kMul2;
    t ^= t >> 31;
    sum_ += t * kMul;
  }
  std::uint64_t sum_ = 0;
  std::uint64_t position_ = 0xcbf29ce484222325ULL;
};

// Where the content's vectors keep their elements, and how many: one word per article and class, no text read.
// The revision already names the data; this catches, even in release builds, the edits without touch() that
// would leave the index holding pointers to facts that moved (a fact added, an article removed).
std::uint64_t shape(const Content& c) {
  Fingerprint h;
  h.add(c.articles.data());
  h.add(static_cast<std::uint64_t>(c.articles.size()));
  for (const auto& a : c.articles) {
    h.add(a.facts.data());
    h.add(static_cast<std::uint64_t>(a.facts.size()));
  }
  h.add(c.classes.data());
  h.add(static_cast<std::uint64_t>(c.classes.size()));
  for (const auto& cl : c.classes) {
    h.add(cl.members.data());
    h.add(static_cast<std::uint64_t>(cl.members.size()));
  }
  return h.value();
}

// Data and addresses both: the index holds pointers to facts, so a moved content is another content. Every
// field the index reads is here, and only those (facts.cpp: compute_aliases, compute_truths, compute_pool, key_text).
// The addresses and sizes are shape()'s; this adds the content's own address and every fact's data.
std::uint64_t fingerprint(const Content& c) {
  Fingerprint h;
  h.add(&c);
  h.add(shape(c));
  for (const auto& a : c.articles) {
    for (const auto& f : a.facts) {
      for (const auto* s : {&f.question, &f.statement, &f.reverse, &f.text, &f.subject, &f.definition, &f.original,
                            &f.class_id, &f.number.unit})
        h.add(*s);
      h.add(static_cast<std::uint64_t>(f.kind));
      h.add(static_cast<std::uint64_t>(static_cast<std::uint32_t>(f.year)) << 32 |
            static_cast<std::uint32_t>(f.number.decimals));
      h.add(static_cast<std::uint64_t>(static_cast<std::uint32_t>(f.period.from)) << 32 |
            static_cast<std::uint32_t>(f.period.to));
      h.add(static_cast<std::uint64_t>(static_cast<std::uint32_t>(f.date.year)) << 32 |
            static_cast<std::uint64_t>(static_cast<std::uint32_t>(f.date.month)) << 16 |
            static_cast<std::uint32_t>(f.date.day));
      h.add(f.number.value);
      h.add(f.distractors);
      h.add(f.items);
    }
  }
  for (const auto& cl : c.classes) {
    h.add(cl.id);
    h.add(cl.members);
  }
  return h.value();
}

[[noreturn]] void stale_content() {
  std::fprintf(stderr,
               "factdeck: a Content was changed in place without Content::touch(); its questions would come from "
               "the old data\n");
  std::abort();
}

}  // namespace

const std::vector<std::string>& ContentIndex::aliases(std::string_view name) {
  auto it = aliases_.find(canonical_ref(name));
  if (it == aliases_.end()) {
    if (!alias_table_) alias_table_ = std::make_unique<AliasTable>(build_alias_table(content_));
    it = aliases_.emplace(canonical_answer(name), compute_aliases(*alias_table_, name)).first;
  }
  return it->second;
}

const std::unordered_set<std::string>& ContentIndex::truths(const Fact& f, Role role) {
  const auto key = std::make_pair(&f, static_cast<int>(role));
  auto it = truths_.find(key);
  if (it == truths_.end()) it = truths_.emplace(key, compute_truths(content_, f, role)).first;
  return it->second;
}

const std::vector<std::string>& ContentIndex::pool(const Fact& f, Role role) {
  const auto key = std::make_pair(&f, static_cast<int>(role));
  auto it = pools_.find(key);
  if (it == pools_.end()) it = pools_.emplace(key, compute_pool(content_, f, role)).first;
  return it->second;
}

const std::unordered_set<std::string>& ContentIndex::pool_canon(const Fact& f, Role role) {
  const auto key = std::make_pair(&f, static_cast<int>(role));
  auto it = pool_canons_.find(key);
  if (it == pool_canons_.end()) {
    std::unordered_set<std::string> canon;
    for (const auto& p : pool(f, role)) canon.insert(canonical_answer(p));
    it = pool_canons_.emplace(key, std::move(canon)).first;
  }
  return it->second;
}

// Keyed by address and revision: a Content gets a new revision whenever it is built, copied, moved or assigned, and
// when touched after an edit in place, so one (address, revision) always names the same data.
std::shared_ptr<ContentIndex> cached_index(const Content& content) {
  const std::uint64_t revision = content.revision.value();
  const std::uint64_t sh = shape(content);
  for (auto& c : cache)
    if (c.content == &content && c.revision == revision && c.shape == sh) {
      if (kCheckRevisions && c.fingerprint != fingerprint(content)) stale_content();
      return c.index;
    }
  if (cache.size() >= 4) cache.erase(cache.begin());
  cache.push_back({&content, revision, sh, kCheckRevisions ? fingerprint(content) : 0,
                   std::make_shared<ContentIndex>(content)});
  return cache.back().index;
}

bool cached_index_is_current(const Content& content) {
  for (const auto& c : cache)
    if (c.content == &content && c.revision == content.revision.value() && c.shape == shape(content))
      return !kCheckRevisions || c.fingerprint == fingerprint(content);
  return true;
}

ContentIndex& index_of(const Content& content) {
  if (scope_content == &content && scope_index) return *scope_index;
  return *cached_index(content);
}

IndexScope::IndexScope(const Content& content) : prev_content_(scope_content), prev_index_(scope_index) {
  if (scope_content == &content) return;
  held_ = cached_index(content);
  scope_content = &content;
  scope_index = held_.get();
}

IndexScope::~IndexScope() {
  scope_content = prev_content_;
  scope_index = prev_index_;
}

}  // namespace factdeck::gen
