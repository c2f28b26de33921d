// ContentIndex: the tables generation and checking read, filled on first use and owned by the caller.
#include "generate/content_index.h"

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

}  // namespace gen
}  // namespace factdeck
