// Cues a reader uses to find the key without knowing it: shared words, acronyms, category words, ordinals (private).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace factdeck::gen {

// Whether two lower-case words are one word for a reader: the same, or sharing a stem ("semiconductor" and
// "semiconductors", "Finland's" and "Finlandization", "industry" and "industrial").
bool same_stem(const std::string& a, const std::string& b);

// The words of `text` that can give an answer away: not small words, not figures; an acronym ("AI", "EU") counts
// however short. Lower-case.
std::vector<std::string> distinctive_words(std::string_view text);

// A word's concept for cross-question cues: near-synonyms a reader equates ("chip", "semiconductor", "integrated
// circuit"; "tech", "technological"; "independence", "self-reliance") share one; any other word is its own.
std::string concept_of(const std::string& word);

// The distinctive words of an option question's key that no wrong option shares (by stem or concept): what another
// question must not show, or it points to the key.
std::vector<std::string> key_only_words(const std::string& key, const std::vector<std::string>& others);
// Whether `shown` (words) holds `word` by stem or concept.
bool shows_word(const std::vector<std::string>& shown, const std::string& word);

// A distinctive word of `key` that `stem` shares (by stem) and none of `others` has: "" when there is none.
std::string shared_cue(std::string_view stem, std::string_view key, const std::vector<std::string>& others);

// A distinctive word of a typed answer whose root the text around its blank shows ("Society of Jesus" for
// "Jesuits", "vacant" for "sede vacante"): a stem, or the first four letters of two words of five or more that
// share most of the shorter. Only when such words are most of the answer's ("Fund" leaves "Big Fund" to know).
// "" when there is none.
std::string shared_root(std::string_view text, std::string_view answer);

// An acronym in one text spelled out by the initials of consecutive words of the other ("ADNOC" and "Abu Dhabi
// National Oil Company"), either way round: the acronym, or "" when there is none.
std::string acronym_cue(std::string_view a, std::string_view b);
// A text read once for acronym_cue, which a quiz asks of each text against every other: its acronyms ("R&D" with
// its letters "RD") and its cased words, "" at punctuation (where an expansion ends).
struct AcronymText {
  std::vector<std::pair<std::string, std::string>> acronyms;
  std::vector<std::string> broken;
};
AcronymText acronym_text(std::string_view s);
// acronym_cue of two texts read so.
std::string acronym_cue(const AcronymText& a, const AcronymText& b);

// The acronyms of three or more letters in `stem` ("IMEC") whose letters the initials of `name` follow from its
// first word, a word or two between allowed ("India-Middle East-Europe Economic Corridor"): a reader who sees the
// acronym picks that name among options without knowing anything. Empty when there is none.
std::string acronym_read_off(std::string_view stem, std::string_view name);
// The same, either way round (an acronym in `a` read off `b`, or in `b` read off `a`).
std::string acronym_read_off_either(std::string_view a, std::string_view b);

// The head noun a "which ..." or "what ..." stem asks for ("which state broadcaster reported" -> "broadcaster"),
// or "" when the stem names no category (a generic word such as "kind" or "year" does not count).
std::string asked_category(std::string_view stem);

// Whether a class described by `label_words` holds things of the category `head` ("sectors" fits "technology
// fields": a few families of near-synonyms count as one; "broadcaster" does not fit "state media outlets").
bool category_fits(const std::string& head, const std::vector<std::string>& label_words);

// The amounts a text states, in figures or words, scaled: "500 million" and "half a billion" are both 5e8, "two
// centuries" is 200 (years), "1,300 kilometres" is 1300, "32nd" is 32. For the give-away test: a comment saying
// "half a billion euros" answers "how much was Apple fined? 500 million euros".
std::vector<double> stated_amounts(std::string_view text);
// A whole number written as one lower-case word ("nine" 9, "twenty" 20, "dozen" 12); -1 for any other word.
double whole_number_word(const std::string& w);

// The small counts (1 to 9) `text` states, in figures or words, each with the two words after it: "six invited
// countries" gives (6, {"invited", "countries"}). For the give-away test of counts under ten, which "amounts" leave
// out: a count shown with the noun a question asks about answers it.
std::vector<std::pair<double, std::vector<std::string>>> small_counts(std::string_view text);

// The ordinal a label carries ("the 12th Five-Year Plan" -> 12, "Phase III" -> 3, "Big Fund 3.0" -> 3,
// "the second phase" -> 2), or -1.
int ordinal_in(std::string_view label);

}  // namespace factdeck::gen
