// ContentIndex: the tables generation and checking read, filled on first use and owned by the caller.
#include "generate/content_index.h"

#include <algorithm>
#include <functional>
#include <system_error>
#include <thread>
#include <utility>

#include "factdeck/answer.h"
#include "generate/canonical.h"
#include "generate/quiz_rules.h"
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
    const auto& list = pool_canon_list(f, role);
    it = pool_canons_.emplace(key, std::unordered_set<std::string>(list.begin(), list.end())).first;
  }
  return it->second;
}

const std::vector<std::string>& IndexTables::pool_canon_list(const Fact& f, Role role) {
  const auto key = std::make_pair(&f, static_cast<int>(role));
  auto it = pool_canon_lists_.find(key);
  if (it == pool_canon_lists_.end()) {
    std::vector<std::string> canon;
    const auto& texts = pool(f, role);
    canon.reserve(texts.size());
    for (const auto& p : texts) canon.push_back(canonical_answer(p));
    it = pool_canon_lists_.emplace(key, std::move(canon)).first;
  }
  return it->second;
}

const std::vector<const Fact*>& IndexTables::class_facts(std::string_view class_id) {
  if (!by_class_) {
    by_class_ = std::make_unique<std::unordered_map<std::string, std::vector<const Fact*>>>();
    for (const auto& a : owner_.content().articles)
      for (const auto& g : a.facts) (*by_class_)[std::string(g.class_id.view())].push_back(&g);
  }
  static const std::vector<const Fact*> kNone;
  auto it = by_class_->find(std::string(class_id));
  return it == by_class_->end() ? kNone : it->second;
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
// A stable LSD radix sort on the 64-bit key, 11 bits a pass: entries of one key keep the content's order. It takes
// a tenth of std::sort's instructions on the half million entries of a large collection, every time an index is made.
void sort_by_key(std::vector<std::pair<std::uint64_t, const Fact*>>& v) {
  constexpr int kBits = 11;
  constexpr std::size_t kBuckets = std::size_t{1} << kBits;
  std::vector<std::pair<std::uint64_t, const Fact*>> tmp(v.size());
  std::vector<std::size_t> count(kBuckets);
  for (int shift = 0; shift < 64; shift += kBits) {
    std::fill(count.begin(), count.end(), 0);
    for (const auto& e : v) ++count[(e.first >> shift) & (kBuckets - 1)];
    if (std::find(count.begin(), count.end(), v.size()) != count.end()) continue;  // one digit for all: in order
    std::size_t at = 0;
    for (auto& c : count) at += std::exchange(c, at);
    for (const auto& e : v) tmp[count[(e.first >> shift) & (kBuckets - 1)]++] = e;
    v.swap(tmp);
  }
}
std::uint64_t field_key(Field field, std::uint64_t key) { return key * 16 + field; }
std::uint64_t field_key(Field field, std::string_view text) { return field_key(field, words_key(text)); }
}  // namespace

namespace {
using TextEntries = std::vector<std::pair<std::uint64_t, const Fact*>>;

// The keyed texts of articles [first, last), in content order.
void key_texts(const std::vector<Article>& articles, std::size_t first, std::size_t last, TextEntries& out) {
  for (std::size_t i = first; i < last; ++i)
    for (const auto& g : articles[i].facts) {
      out.push_back({field_key(kQuestion, g.question), &g});
      out.push_back({field_key(kStatement, g.statement), &g});
      if (const auto lead = lead_key(g)) out.push_back({field_key(kLead, *lead), &g});
      if (!g.reverse.empty()) out.push_back({field_key(kReverse, g.reverse), &g});
      if (g.kind == Kind::Alias) out.push_back({field_key(kSubject, g.subject), &g});
      if (g.kind == Kind::Alias || g.kind == Kind::Term) out.push_back({field_key(kNickname, g.text), &g});
      if (g.kind == Kind::Term) out.push_back({field_key(kDefinition, g.definition), &g});
      if (g.kind != Kind::Opinion && g.kind != Kind::List) {
        out.push_back({field_key(kAnswer, key_text(g, Role::Forward)), &g});
        if (has_reverse(g)) out.push_back({field_key(kAnswer, key_text(g, Role::Reverse)), &g});
      }
    }
}
}  // namespace

void IndexTables::build_by_text() {
  const auto& articles = owner_.content().articles;
  std::size_t facts = 0;
  for (const auto& a : articles) facts += a.facts.size();
  by_text_.reserve(facts * 6);
  // Keying the texts is most of the work: over a large collection the second half of the articles is keyed on a
  // second thread. Pure functions of the content; the halves join in content order, so the result is the same.
  const std::size_t half = articles.size() / 2;
  TextEntries second;
  std::thread helper;
  if (facts >= 20000 && std::thread::hardware_concurrency() > 1) {
    try {
      second.reserve(facts * 3);
      helper = std::thread([&] { key_texts(articles, half, articles.size(), second); });
    } catch (const std::system_error&) {
      // no thread to be had: this one does it all
    }
  }
  key_texts(articles, 0, helper.joinable() ? half : articles.size(), by_text_);
  if (helper.joinable()) {
    helper.join();
    by_text_.insert(by_text_.end(), second.begin(), second.end());
  }
  sort_by_key(by_text_);
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
    if (const std::string lead = asked_lead(f); !lead.empty()) facts_with(field_key(kLead, lead), out);
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

const std::string& IndexTables::template_of(const Fact& f) {
  auto it = templates_.find(&f);
  if (it == templates_.end()) it = templates_.emplace(&f, statement_template(f)).first;
  return it->second;
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
