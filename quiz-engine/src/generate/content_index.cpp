// ContentIndex: the tables generation and checking read, filled on first use and owned by the caller.
#include "generate/content_index.h"

#include <algorithm>
#include <functional>

#include "factdeck/answer.h"
#include "generate/canonical.h"

namespace factdeck {

ContentIndex::ContentIndex(const Content& content)
    : content_(content), tables_(std::make_unique<gen::IndexTables>(*this)) {}
ContentIndex::~ContentIndex() = default;
gen::IndexTables& ContentIndex::tables() const { return *tables_; }

namespace gen {

const std::vector<std::string>& IndexTables::aliases(std::string_view name) {
  auto it = aliases_.find(canonical_ref(name));
  if (it == aliases_.end()) {
    if (!alias_table_) alias_table_ = std::make_unique<AliasTable>(build_alias_table(owner_.content()));
    it = aliases_.emplace(canonical_answer(name), compute_aliases(*alias_table_, name)).first;
  }
  return it->second;
}

const std::unordered_set<std::string>& IndexTables::truths(const Fact& f, Role role) {
  const auto key = std::make_pair(&f, static_cast<int>(role));
  auto it = truths_.find(key);
  if (it == truths_.end()) it = truths_.emplace(key, compute_truths(owner_, f, role)).first;
  return it->second;
}

const std::vector<std::string>& IndexTables::pool(const Fact& f, Role role) {
  const auto key = std::make_pair(&f, static_cast<int>(role));
  auto it = pools_.find(key);
  if (it == pools_.end()) it = pools_.emplace(key, compute_pool(owner_, f, role)).first;
  return it->second;
}

const std::unordered_set<std::string>& IndexTables::pool_canon(const Fact& f, Role role) {
  const auto key = std::make_pair(&f, static_cast<int>(role));
  auto it = pool_canons_.find(key);
  if (it == pool_canons_.end()) {
    std::unordered_set<std::string> canon;
    for (const auto& p : pool(f, role)) canon.insert(canonical_answer(p));
    it = pool_canons_.emplace(key, std::move(canon)).first;
  }
  return it->second;
}

const Article* IndexTables::article_of(const Fact& f) {
  if (fact_ranges_.empty()) {
    for (const auto& a : owner_.content().articles)
      if (!a.facts.empty()) fact_ranges_.push_back({a.facts.data(), &a});
    std::sort(fact_ranges_.begin(), fact_ranges_.end(),
              [](const auto& x, const auto& y) { return std::less<const Fact*>()(x.first, y.first); });
  }
  auto it = std::upper_bound(fact_ranges_.begin(), fact_ranges_.end(), std::make_pair(&f, static_cast<const Article*>(nullptr)),
                             [](const auto& x, const auto& y) { return std::less<const Fact*>()(x.first, y.first); });
  if (it == fact_ranges_.begin()) return nullptr;
  --it;
  const Article* a = it->second;
  return std::less<const Fact*>()(&f, a->facts.data() + a->facts.size()) ? a : nullptr;
}

const std::vector<const Fact*>& IndexTables::periods() {
  if (!periods_) {
    periods_ = std::make_unique<std::vector<const Fact*>>();
    for (const auto& a : owner_.content().articles)
      for (const auto& g : a.facts)
        if (g.kind == Kind::Period) periods_->push_back(&g);
  }
  return *periods_;
}

}  // namespace gen
}  // namespace factdeck
