// The per-content cache behind facts.cpp, found through a call-long scope or a fingerprint of the content.
#include "generate/content_index.h"

#include <cstring>

#include "factdeck/answer.h"

namespace factdeck::gen {
namespace {

thread_local const Content* scope_content = nullptr;
thread_local ContentIndex* scope_index = nullptr;

struct Cached {
  std::uint64_t fingerprint = 0;
  std::shared_ptr<ContentIndex> index;
};
thread_local std::vector<Cached> cache;  // a few recent contents, newest last

// The fingerprint is taken on every call made outside a scope, so it reads 8 bytes a step rather than FNV's
// one; it lives in memory only, so it need not be stable across machines (stable_hash is, and stays as it is).
constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ULL;

struct Fingerprint {
  std::uint64_t h = 0xcbf29ce484222325ULL;

  void word(std::uint64_t v) {
    h = (h ^ v) * kMul;
    h ^= h >> 32;
  }
  void add(std::uint64_t v) { word(v); }
  void add(const void* p) { word(static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(p))); }
  void add(double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    word(bits);
  }
  // The size first, so "ab"+"c" and "a"+"bc" differ.
  void add(const std::string& s) {
    const char* p = s.data();
    std::size_t n = s.size();
    word(n);
    for (; n >= 8; p += 8, n -= 8) {
      std::uint64_t v;
      std::memcpy(&v, p, 8);
      word(v);
    }
    if (n > 0) {
      std::uint64_t v = 0;
      std::memcpy(&v, p, n);
      word(v);
    }
  }
  void add(const std::vector<std::string>& v) {
    word(v.size());
    for (const auto& s : v) add(s);
  }
};

// Data and addresses both: the index holds pointers to facts, so a moved content is another content. Every
// field the index reads is here (facts.cpp: compute_aliases, compute_truths, compute_pool and key_text).
std::uint64_t fingerprint(const Content& c) {
  Fingerprint h;
  h.add(&c);
  h.add(c.articles.data());
  h.add(static_cast<std::uint64_t>(c.articles.size()));
  h.add(c.classes.data());
  h.add(static_cast<std::uint64_t>(c.classes.size()));
  for (const auto& a : c.articles) {
    h.add(a.id);
    h.add(a.facts.data());
    h.add(static_cast<std::uint64_t>(a.facts.size()));
    for (const auto& f : a.facts) {
      for (const auto* s : {&f.id, &f.question, &f.statement, &f.reverse, &f.text, &f.subject, &f.definition,
                            &f.original, &f.class_id, &f.number.unit, &f.number.qualifier})
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
  return h.h;
}

}  // namespace

const std::vector<std::string>& ContentIndex::aliases(std::string_view name) {
  const std::string key = canonical_answer(name);
  auto it = aliases_.find(key);
  if (it == aliases_.end()) it = aliases_.emplace(key, compute_aliases(content_, name)).first;
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

std::shared_ptr<ContentIndex> cached_index(const Content& content) {
  const std::uint64_t fp = fingerprint(content);
  for (auto& c : cache)
    if (c.fingerprint == fp) return c.index;
  if (cache.size() >= 4) cache.erase(cache.begin());
  cache.push_back({fp, std::make_shared<ContentIndex>(content)});
  return cache.back().index;
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
