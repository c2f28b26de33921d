// Synthetic collections for benchmarks: content of N articles of M facts and a database whose cards and review log
// were played through the real scheduler. Seeded: the same spec gives the same files on every machine.
#pragma once

#include <cstdint>
#include <string>

#include "factdeck/clock.h"
#include "factdeck/content.h"
#include "factdeck/status.h"

namespace factdeck {

struct SynthSpec {
  int articles = 10;
  int facts_per_article = 20;  // M: every article has exactly this many facts
  // Cards wanted: one per fact plus a reverse card on that many alias and term facts (0: one per fact).
  // Between articles * facts_per_article and that plus the alias and term facts (40% of all).
  int cards = 0;
  std::int64_t reviews = 0;  // answers in the log; 0 leaves every card new
  std::uint64_t seed = 1;
  UnixSeconds now = 0;       // the log ends on the study day before this one
  // New cards a simulated day; 0 picks enough to introduce 90% of the cards in about three years. The last
  // tenth of the cards is never introduced: a growing collection has new cards waiting.
  int new_per_day = 0;
};

struct SynthSummary {
  int articles = 0;
  int facts = 0;
  int cards = 0;
  std::int64_t reviews = 0;
  int days = 0;               // simulated study days, first review to last
  UnixSeconds first_review = 0;
  UnixSeconds last_review = 0;
};

// The largest `cards` a spec's content allows (every alias and term fact with a reverse card).
int synth_max_cards(const SynthSpec& spec);
// Rejects impossible specs (no articles, more cards than facts can give...).
Status validate(const SynthSpec& spec);
// One line naming every field and the generator's version, for a cache stamp: equal lines, equal output.
std::string synth_fingerprint(const SynthSpec& spec);

// Writes DIR/articles/synth-NNNNN.toml (one file per article) and DIR/lexicon/synth.toml, valid content
// using every kind, with wrong answers from lexicon classes.
Status write_synth_content(const SynthSpec& spec, const std::string& dir, SynthSummary& out);

// Creates the database at `db_path` (replacing it) for `content` (the synthetic content as loaded): its cards as
// a study session syncs them, then `spec.reviews` answers of a simulated learner, each scheduled by next_state.
// Written in one transaction without fsync: a generator's output, rebuilt rather than recovered after a crash.
Status write_synth_database(const SynthSpec& spec, const Content& content, const std::string& db_path,
                            SynthSummary& out);

}  // namespace factdeck
