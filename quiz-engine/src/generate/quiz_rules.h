// Quiz-level balance shared by make_quiz, the checker and the audit: templates, long keys, key positions (private).
#pragma once

#include <string>
#include <vector>

#include "factdeck/generate.h"
#include "factdeck/question.h"
#include "factdeck/rng.h"

namespace factdeck::gen {

// The fact's statement with its numbers and ordinals masked: "china's # five-year plan covered {answer}." Facts of
// one series share it, and a quiz uses each at most ceil(count / 5) times. Empty for opinions (no template).
std::string statement_template(const Fact& f);
// How many questions of one template a quiz of `size` questions may hold: ceil(size / 5), and 1 for dated facts
// (the 12th plan's years give the 13th's by counting in fives).
std::size_t template_cap(const Fact& f, std::size_t size);

// A quiz that came out shorter than asked may hold a template more than ceil(size / 5) times: drops the latest
// questions of such a template until none is (the quiz comes out shorter still, never with the cue).
void trim_templates(std::vector<Question>& questions, const ContentIndex& ix);

// Whether an option question's key is longer (in characters, a leading article aside) than every other option:
// a cue when it happens more often than chance. Only for options of text (names, terms), not values.
bool key_is_unique_longest(const Question& q);
bool has_text_options(const Question& q);

// Keeps the share of text-option questions whose key is the only longest option at or below chance (1 in 4).
class LongestKeys {
 public:
  void add(const Question& q);
  // Whether taking `q` would put the share over 1 in 4 (counted as if q were the 4th of every 4, less one: the
  // audit's share over many quizzes stays under the target, not at it).
  bool would_exceed(const Question& q) const;
  // Whether the quiz already has its share, so the next key should not be the longest.
  bool over_share() const { return 4 * (longest_ + 1) > questions_ + 2; }

 private:
  int questions_ = 0;  // text-option questions
  int longest_ = 0;    // of them, keys that are the only longest option
};

// Moves the keys of name questions (shuffled options) to the positions the sorted values left short, so each
// position holds about n/k keys across the quiz.
void balance_key_positions(std::vector<Question>& questions, const ContentIndex& ix, Rng& rng);

}  // namespace factdeck::gen
