// A per-content cache of aliases, true answers and distractor pools, so a question costs look-ups, not scans (private).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "factdeck/content.h"
#include "generate/facts.h"

namespace factdeck::gen {

// Every alias pairing of the content, by the canonical form of the name it belongs to, its texts in the order of
// the facts: one pass over the content, made once per index (a scan per name was quadratic at 75,000 facts).
using AliasTable = std::unordered_map<std::string, std::vector<std::string>>;

class ContentIndex {
 public:
  explicit ContentIndex(const Content& content) : content_(content) {}
  ContentIndex(const ContentIndex&) = delete;
  ContentIndex& operator=(const ContentIndex&) = delete;

  const std::vector<std::string>& aliases(std::string_view name);
  // Canonical forms (canonical_answer) of every answer that is right for the question `f` asks in `role`.
  const std::unordered_set<std::string>& truths(const Fact& f, Role role);
  const std::vector<std::string>& pool(const Fact& f, Role role);
  // Canonical forms of pool(f, role): whether an option is from the pool is one look-up, not a scan.
  const std::unordered_set<std::string>& pool_canon(const Fact& f, Role role);

 private:
  const Content& content_;
  std::unique_ptr<AliasTable> alias_table_;  // built at the first look-up
  std::unordered_map<std::string, std::vector<std::string>> aliases_;
  std::map<std::pair<const Fact*, int>, std::unordered_set<std::string>> truths_;
  std::map<std::pair<const Fact*, int>, std::vector<std::string>> pools_;
  std::map<std::pair<const Fact*, int>, std::unordered_set<std::string>> pool_canons_;
};

// The index of `content`: the innermost IndexScope's when it is for this content, else one
// cached per thread and keyed by the content's address and revision (Content::touch).
ContentIndex& index_of(const Content& content);

// False when this thread holds an index for `content`'s address and revision that was built from other data: the
// content was edited in place without Content::touch(). Reads every fact, and knows only in debug builds (release
// builds keep no fingerprint and answer true); debug builds also check it on every look-up and abort.
bool cached_index_is_current(const Content& content);

// Holds one index for the length of a public call (generate_question, check_question,
// make_quiz...), so the look-up is made once per call, not once per look-up of a pool or alias.
class IndexScope {
 public:
  explicit IndexScope(const Content& content);
  ~IndexScope();
  IndexScope(const IndexScope&) = delete;
  IndexScope& operator=(const IndexScope&) = delete;

 private:
  const Content* prev_content_;
  ContentIndex* prev_index_;
  std::shared_ptr<ContentIndex> held_;  // kept alive even if the per-thread cache drops it
};

// The uncached computations behind the index (facts.cpp).
AliasTable build_alias_table(const Content& content);
std::vector<std::string> compute_aliases(const AliasTable& table, std::string_view name);
std::unordered_set<std::string> compute_truths(const Content& content, const Fact& f, Role role);
std::vector<std::string> compute_pool(const Content& content, const Fact& f, Role role);

}  // namespace factdeck::gen
