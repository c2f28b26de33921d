// ContentIndex: the tables generation and checking read, filled on first use and owned by the caller.
#include "generate/content_index.h"

#include <algorithm>
#include <functional>

#include "factdeck/answer.h"
#include "generate/canonical.h"
#include "generate/text_util.h"

namespace factdeck {

ContentIndex::ContentIndex(const Content& content)
    : content_(content), tables_(std::make_unique<gen::IndexTables>(*this)) {}
ContentIndex::~ContentIndex() = default;
gen::IndexTables& ContentIndex::tables() const { return *tables_; }
void ContentIndex::reset() { tables_ = std::make_unique<gen::IndexTables>(*this); }

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

namespace {
enum Field : std::uint64_t { kQuestion = 1, kStatement, kReverse, kSubject, kNickname, kDefinition, kAnswer, kLead };
std::uint64_t field_key(Field field, std::string_view text) { return words_key(text) * 16 + field; }
}  // namespace

void IndexTables::build_by_text() {
  for (const auto& a : owner_.content().articles)
    for (const auto& g : a.facts) {
      by_text_.push_back({field_key(kQuestion, g.question), &g});
      by_text_.push_back({field_key(kStatement, g.statement), &g});
      if (const std::string lead = statement_lead(g); !lead.empty()) by_text_.push_back({field_key(kLead, lead), &g});
      if (!g.reverse.empty()) by_text_.push_back({field_key(kReverse, g.reverse), &g});
      if (g.kind == Kind::Alias) by_text_.push_back({field_key(kSubject, g.subject), &g});
      if (g.kind == Kind::Alias || g.kind == Kind::Term) by_text_.push_back({field_key(kNickname, g.text), &g});
      if (g.kind == Kind::Term) by_text_.push_back({field_key(kDefinition, g.definition), &g});
      if (g.kind != Kind::Opinion && g.kind != Kind::List) {
        by_text_.push_back({field_key(kAnswer, key_text(g, Role::Forward)), &g});
        if (has_reverse(g)) by_text_.push_back({field_key(kAnswer, key_text(g, Role::Reverse)), &g});
      }
    }
  std::sort(by_text_.begin(), by_text_.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first < y.first : std::less<const Fact*>()(x.second, y.second);
  });
}

void IndexTables::facts_with(std::uint64_t key, std::vector<const Fact*>& out) const {
  auto it = std::lower_bound(by_text_.begin(), by_text_.end(), key, [](const auto& x, std::uint64_t k) { return x.first < k; });
  for (; it != by_text_.end() && it->first == key; ++it) out.push_back(it->second);
}

std::vector<const Fact*> IndexTables::related(const Fact& f, Role role) {
  if (by_text_.empty()) build_by_text();
  std::vector<const Fact*> out;
  if (role == Role::Reverse) {
    if (!f.reverse.empty()) facts_with(field_key(kReverse, f.reverse), out);
    if (f.kind == Kind::Alias || f.kind == Kind::Term) facts_with(field_key(kNickname, f.text), out);
  } else {
    facts_with(field_key(kQuestion, f.question), out);
    facts_with(field_key(kStatement, f.statement), out);
    if (const std::string lead = statement_lead(f); !lead.empty()) facts_with(field_key(kLead, lead), out);
    if (f.kind == Kind::Alias) facts_with(field_key(kSubject, f.subject), out);
    if (f.kind == Kind::Term) facts_with(field_key(kDefinition, f.definition), out);
  }
  std::sort(out.begin(), out.end(), std::less<const Fact*>());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<const Fact*> IndexTables::answered_by(std::string_view answer) {
  if (by_text_.empty()) build_by_text();
  std::vector<const Fact*> out;
  facts_with(field_key(kAnswer, answer), out);
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
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
