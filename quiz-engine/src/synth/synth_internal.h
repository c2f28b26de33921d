// Shared by the synthetic content and database writers: the generator's version and the kind of each fact.
#pragma once

#include <cstdint>

#include "factdeck/content.h"
#include "factdeck/synth.h"

namespace factdeck::synth_detail {

// Bumped whenever the output for a spec changes, so cached collections are rebuilt.
constexpr int kSynthVersion = 2;

// The kind of fact `fact` of article `article` (both from 0).
Kind kind_of(int article, int fact);
// Alias and term facts: the ones that may have a reverse card.
bool reversible(Kind k);
std::int64_t reversible_facts(const SynthSpec& spec);

}  // namespace factdeck::synth_detail
