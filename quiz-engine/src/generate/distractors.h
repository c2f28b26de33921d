// Wrong answers by kind, with difficulty setting how close they sit to the key (private).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/generate.h"
#include "factdeck/question.h"
#include "factdeck/rng.h"
#include "generate/facts.h"

namespace factdeck::gen {

struct Options {
  std::vector<std::string> texts;  // as shown: ascending for values, shuffled for names
  int key = -1;                    // index of the right answer in texts
  bool sorted = false;
};

// The steps and ratios of the quality document, by difficulty.
// Wrong answers for a name-like fact (name, alias, term, list member) in `role` (name_options.cpp); `slot` places the
// key (-1: anywhere), `rival_length` asks for a wrong answer at least as long as the key.
std::optional<Options> name_options(const ContentIndex& ix, const Fact& f, Role role, Difficulty d, Rng& rng, int slot,
                                    int count, bool rival_length);
// A value's place on its line, for ordering: year, day number, start year, amount (quality.cpp).
std::optional<double> position_of(Kind kind, const std::string& text);
int year_step(Difficulty d, Rng& rng);     // 2 / 3 / 5
// A whole the question or statement counts out of ("how many of the 650 seats"), above `key`; HUGE_VAL if none.
double stated_total(const Fact& f, double key);
// The least a majority of `total` can be, when the question or statement counts a majority ("How many of the nine
// justices formed the majority?": 5; 2 or 3 are no majority of nine); 0 otherwise.
double majority_floor(const Fact& f, double total);
// Whether a number fact is a person's age ("years old", "how old", "at what age"): its wrong values step by years.
bool is_age(const Fact& f);
// The largest value a number fact's quantity can take in the world: 105 for a person's age, 9.5 for an earthquake's
// magnitude; HUGE_VAL when the fact names no such quantity.
double natural_ceiling(const Fact& f);
// Whether a year fact is about an event held every four years (the Olympic Games, a World Cup): its wrong years keep
// the cycle.
bool every_four_years(const Fact& f);
// Keeps only the neighbours of a numbered key ("15th Five-Year Plan") among the wrong answers, when there are enough.
void keep_series_neighbours(const std::string& key, Difficulty d, int count, std::vector<std::string>& authored,
                            std::vector<std::string>& rest);
// A whole figure of two digits or more that ends in 0 (50, 100, 2050): a round one.
bool is_round(double v);
// Significant figures of a whole amount as written: 500 has 1, 1,300 has 2, 344 has 3 (at least 1).
int significant_figures(double v);
int date_step_months(Difficulty d);        // 1 (hard) / 2 / 3: the same day of other months
double number_ratio(Difficulty d);         // 1.2 / 1.35 / 1.6
// The widest step the checker accepts for a difficulty (generated steps plus room for a skipped true value).
int max_year_step(Difficulty d);
int max_date_step_days(Difficulty d);
double max_number_ratio(Difficulty d);
int max_period_shift(Difficulty d, int span_years);

// Options for the question `f` asks in `role`, the key among `count` (3-4) options.
// key_slot >= 0 asks for the key at that index (ascending values: at that rank); the actual
// index can differ when too few values exist on one side. nullopt when fewer than 2 wrong answers exist.
// For list facts the key is one member, drawn at random. rival_length: names get at least one wrong answer as long
// as the key when the pool has one (a quiz that has its share of keys longer than every option asks it).
std::optional<Options> make_options(const ContentIndex& ix, const Fact& f, Role role, Difficulty d, Rng& rng,
                                    int key_slot, int count = 4, bool rival_length = false);

// The closeness of a false statement's value: a hard quiz's values at medium steps, since one statement on its own
// with a value a year or a week off splits hairs (options side by side may be that close; a lone claim may not).
Difficulty tf_value_difficulty(Difficulty d);

// A wrong value for a false true/false statement, as it goes into the statement (with the
// qualifier for qualified figures, the whole list with one member swapped for lists).
std::optional<std::string> false_value(const ContentIndex& ix, const Fact& f, Difficulty d, Rng& rng);

}  // namespace factdeck::gen
