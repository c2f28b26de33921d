// A teacher's rewording of a statement (true/false, fact or opinion, a fill-in's sentence): what it must keep (private).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/generate.h"
#include "factdeck/quality.h"

namespace factdeck::gen {

// What `text` names that decides whether a statement of f is true: each figure (a word with a digit), month and
// scale word ("million"), and, for a fact about names, each name it could be swapped for (the key, the list's
// members, the names of its pool). Normalised words, sorted, each once.
std::vector<std::string> claim_values(const ContentIndex& ix, const Fact& f, std::string_view text);

// The flaws, under `rule`, of `edited` as a rewording of `before` (what the question said until now, its value in
// place) of a statement of f: it must name the values `before` names and no other (so a false statement stays false
// by the value the generator swapped in, and truth stays the store's), keep `value` word for word when it is known,
// keep the names in the fact's own words (its statement without the value, an opinion's text) and most of its other
// words, and add no negation.
void check_rewording(const ContentIndex& ix, const Fact& f, std::string_view edited, std::string_view before,
                     std::string_view value, const char* rule, std::vector<Violation>& out);

// Fact or opinion: a reported fact reworded may not take on a voice ("I think", "should", "said"); an opinion that had
// one keeps one, so it does not become a bare factual claim.
void check_voice(const Fact& f, std::string_view edited, std::string_view before, std::vector<Violation>& out);

}  // namespace factdeck::gen
