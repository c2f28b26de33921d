// The per-content cache behind facts.cpp, found through a call-long scope or a fingerprint of the content.
#include "generate/content_index.h"

#include "factdeck/answer.h"
#include "factdeck/rng.h"

namespace factdeck::gen {
namespace {

thread_local const Content* scope_content = nullptr;
thread_local ContentIndex* scope_index = nullptr;

struct Cached {
  std::uint64_t fingerprint = 0;
  std::shared_ptr<ContentIndex> index;
};
thread_local std::vector<Cached> cache;  // a few recent contents, newest last

void mix(std::uint64_t& h, const std::string& s) { h = stable_hash(s, h) * 0x100000001b3ULL + s.size(); }
void mix(std::uint64_t& h, std::uint64_t v) { h = stable_hash(reinterpret_cast<const char*>(&v), sizeof v, h); }
void mix(std::uint64_t& h, const void* p) { mix(h, static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(p))); }

// Data and addresses both: the index holds pointers to facts, so a moved content is another content.
std::uint64_t fingerprint(const Content& c) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  mix(h, &c);
  mix(h, c.articles.data());
  mix(h, c.classes.data());
  for (const auto& a : c.articles) {
    mix(h, a.id);
    mix(h, a.facts.data());
    mix(h, static_cast<std::uint64_t>(a.facts.size()));
    for (const auto& f : a.facts) {
      for (const auto* s : {&f.id, &f.question, &f.statement, &f.reverse, &f.text, &f.subject, &f.definition,
                            &f.original, &f.class_id, &f.number.unit, &f.number.qualifier})
        mix(h, *s);
      mix(h, static_cast<std::uint64_t>(f.kind));
      mix(h, static_cast<std::uint64_t>(f.year) * 31 + static_cast<std::uint64_t>(f.period.from) * 7 +
                 static_cast<std::uint64_t>(f.period.to));
      mix(h, static_cast<std::uint64_t>(days_from_civil(f.date)));
      mix(h, static_cast<std::uint64_t>(f.number.value * 1000003.0));
      for (const auto& x : f.distractors) mix(h, x);
      for (const auto& x : f.items) mix(h, x);
    }
  }
  for (const auto& cl : c.classes) {
    mix(h, cl.id);
    for (const auto& m : cl.members) mix(h, m);
  }
  return h;
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
