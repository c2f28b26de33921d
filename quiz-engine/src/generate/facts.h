// What is true about a fact across the loaded content: its key, aliases, true options, distractor pools (private).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/generate.h"
#include "factdeck/question.h"

namespace factdeck::gen {

struct FactRef {
  const Article* article = nullptr;
  const Fact* fact = nullptr;
  explicit operator bool() const { return fact != nullptr; }
};
FactRef find_fact(const Content& content, std::string_view article_id, std::string_view fact_id);

// Forward asks for the answer; Reverse asks for the subject (alias), the definition (term).
enum class Role { Forward, Reverse };

// Kinds whose options are values on a line, listed in ascending order.
bool is_sorted_kind(Kind k);
// Whether the fact can be asked the other way round, and the key then.
bool has_reverse(const Fact& f);

// The key as an option reads: the answer with its unit, without a qualifier ("7%", not "more than 7%").
std::string key_text(const Fact& f, Role role);
// A value of a number fact in the fact's unit and precision.
std::string number_text(const Fact& f, double value);
// The statement with {answer} replaced (same as Fact::statement_with).
std::string fill(const Fact& f, std::string_view value);
// Drops the "the " that ends `lead` when `value` begins with its own "The " ("the front page of the {answer}" with
// "The Courier"): the statement and a fill-in's check put a value in alike.
void drop_doubled_article(std::string& lead, std::string_view value);
// " to " after a statement's "from ", " and " after "between ": how a period's two years read in `lead`'s sentence
// ("from 1961 to 2015"); empty where its figure reads as written ("covers 2026-2030").
std::string_view period_joint(std::string_view lead);
// What a learner is told is right: the answer as stated, with its qualifier.
std::string stated_answer(const Fact& f);

// The words of the statement before {answer} when they are five or more ("According to the article, Big Fund 3.0
// specifically targets"): two facts with the same lead complete the same words, so each one's answer is right in
// the other's statement and blank. "" for a shorter lead.
std::string statement_lead(const Fact& f);
// words_key(statement_lead(f)), without making the lead (an index keys every fact's lead); none when f has none.
std::optional<std::uint64_t> lead_key(const Fact& f);
// f's lead as what f asks: only when f's statement ends with its answer. "Big Fund 3.0 targets {answer}." is
// completed by every fact with that lead; "The article uses the term {answer} for the policy of ..." is not (the
// words after the blank tell the terms apart). "" otherwise.
std::string asked_lead(const Fact& f);

// +1 for qualifiers under which every smaller figure is true as well ("more than", "at least", and the ceilings "up
// to" and "at most"), -1 for "less than"-like ones (every larger figure true), 0 otherwise ("about", "nearly").
int qualifier_direction(std::string_view qualifier);
// The qualifier of the other direction: "more than" for "fewer than", "fewer than" or "less than" (a share, an
// amount, a length) for "more than"; "" for one with no direction ("nearly") and for a ceiling ("up to").
std::string opposite_qualifier(const Fact& f);
// Whether a number counts things one by one ("293 seats", "6 delegations"), not money, a share or a measure.
bool counted_unit(const Fact& f);

// Other names loaded content gives for `name`: the other half of alias facts, original-language names.
std::vector<std::string> aliases_of(const ContentIndex& ix, std::string_view name);
// Aliases of the key, minus the names the question itself gives (the other half of its own alias pair).
std::vector<std::string> key_aliases(const ContentIndex& ix, const Fact& f, Role role, std::string_view key);

// Whether `option` correctly answers the question `f` asks in `role`: the key, an alias of it, a member
// of the list asked about, or the answer another loaded fact gives to the same question.
bool is_true_option(const ContentIndex& ix, const Fact& f, Role role, std::string_view option);
// The same, for a caller that already holds canonical_answer(option) as `canon`.
bool is_true_option(const ContentIndex& ix, const Fact& f, Role role, std::string_view option,
                    const std::string& canon);
// Whether the fact's statement with `value` put in is true: as above, and for qualified figures
// ("more than 7%") every value the qualifier implies; for lists, when no member is left out.
bool is_true_in_statement(const ContentIndex& ix, const Fact& f, std::string_view value);
// +1 when the statement's words make a later year or date true as well ("by {answer}", "since {answer}"), -1 when
// an earlier one ("after {answer}"), 0 otherwise.
int implied_direction(const Fact& f);
// Whether a list fact's statement is written for one member ("{answer} is one of the categories"): it then takes
// one member (true) or one outsider (false), never the whole list.
bool list_reads_singular(const Fact& f);

// Where name-like wrong answers come from, authored distractors first, then lexicon-class members,
// then the answers of facts of the same class (not yet filtered for truth).
// The reference is the index's: valid while the index lives.
const std::vector<std::string>& name_pool(const ContentIndex& ix, const Fact& f, Role role);
// Whether `option` reads the same (same_answer) as an entry of name_pool(ix, f, role).
bool in_name_pool(const ContentIndex& ix, const Fact& f, Role role, std::string_view option);

// "According to the article, whose vision...?" -> "Whose vision...?": the attribution adds nothing to a list item.
std::string strip_attribution(std::string_view s);
// Order items: the statement without its date ("US export controls began to escalate"); "" if none reads well.
std::string event_label(const Fact& f);
// The days a dated fact covers, for ordering: [first, last].
struct DayRange {
  long first = 0, last = 0;
};
DayRange day_range(const Fact& f);

}  // namespace factdeck::gen
