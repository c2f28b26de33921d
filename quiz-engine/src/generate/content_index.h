// The tables behind a ContentIndex: aliases, true answers and distractor pools, so a question costs look-ups, not scans (private).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/generate.h"
#include "generate/facts.h"

namespace factdeck::gen {

// Every alias pairing of the content, by the canonical form of the name it belongs to, its texts in the order of
// the facts: one pass over the content, made once per index (a scan per name was quadratic at 75,000 facts).
using AliasTable = std::unordered_map<std::string, std::vector<std::string>>;

class IndexTables {
 public:
  explicit IndexTables(const ContentIndex& owner) : owner_(owner) {}
  IndexTables(const IndexTables&) = delete;
  IndexTables& operator=(const IndexTables&) = delete;

  const std::vector<std::string>& aliases(std::string_view name);
  // Canonical forms (canonical_answer) of every answer that is right for the question `f` asks in `role`.
  const std::unordered_set<std::string>& truths(const Fact& f, Role role);
  const std::vector<std::string>& pool(const Fact& f, Role role);
  // Canonical forms of pool(f, role): whether an option is from the pool is one look-up, not a scan.
  const std::unordered_set<std::string>& pool_canon(const Fact& f, Role role);
  // The same canonical forms in the pool's order (a distractor search over a class of thousands reads them, not
  // thousands of memo look-ups).
  const std::vector<std::string>& pool_canon_list(const Fact& f, Role role);
  // The facts of a lexicon class ("" for the facts of none), in content order: a pool reads its class, not the
  // whole content (a scan of 75,000 facts for each fact asked was a fifth of a teacher's quiz).
  const std::vector<const Fact*>& class_facts(std::string_view class_id);
  // The article a fact of the content belongs to (by where the fact is stored); null for a fact from elsewhere.
  const Article* article_of(const Fact& f);
  // The facts that may ask f's question or name its pair (compute_truths): those sharing, by words_key, its
  // question or statement (forward) or reverse question (reverse), or, for aliases and terms, the subject, the
  // nickname or the definition. A superset, each once; the caller confirms.
  std::vector<const Fact*> related(const Fact& f, Role role);
  // statement_template(f), made once per fact (period distractors compare it across every period of the content).
  const std::string& template_of(const Fact& f);
  // Every period fact of the content, in content order (period distractors look for real neighbours).
  const std::vector<const Fact*>& periods();
  // The facts that give `answer` (forward or reverse), by words_key: who "owns" a wrong option (a superset; the
  // caller confirms with same_answer).
  std::vector<const Fact*> answered_by(std::string_view answer);

 private:
  const ContentIndex& owner_;
  std::unique_ptr<AliasTable> alias_table_;  // built at the first look-up
  std::unordered_map<std::string, std::vector<std::string>> aliases_;
  std::map<std::pair<const Fact*, int>, std::unordered_set<std::string>> truths_;
  std::map<std::pair<const Fact*, int>, std::vector<std::string>> pools_;
  std::map<std::pair<const Fact*, int>, std::unordered_set<std::string>> pool_canons_;
  std::map<std::pair<const Fact*, int>, std::vector<std::string>> pool_canon_lists_;
  std::unique_ptr<std::unordered_map<std::string, std::vector<const Fact*>>> by_class_;
  std::vector<std::pair<const Fact*, const Article*>> fact_ranges_;  // each article's first fact, by address
  std::unique_ptr<std::vector<const Fact*>> periods_;
  std::unordered_map<const Fact*, std::string> templates_;
  // (words_key of a text a fact can share with another, tagged by field; the fact), sorted: one flat array, built in
  // one pass and freed at once (a hash map of small vectors cost more to build and free than the look-ups saved).
  std::vector<std::pair<std::uint64_t, const Fact*>> by_text_;
  void build_by_text();
  void facts_with(std::uint64_t key, std::vector<const Fact*>& out) const;
};

// The uncached computations behind the tables (facts.cpp).
AliasTable build_alias_table(const Content& content);
std::vector<std::string> compute_aliases(const AliasTable& table, std::string_view name);
std::unordered_set<std::string> compute_truths(const ContentIndex& ix, const Fact& f, Role role);
std::vector<std::string> compute_pool(const ContentIndex& ix, const Fact& f, Role role);

}  // namespace factdeck::gen
