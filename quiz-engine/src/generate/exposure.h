// What a question shows and what it tests, so no question of a quiz gives another's answer away (private).
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/generate.h"
#include "factdeck/question.h"
#include "generate/cues.h"

namespace factdeck::gen {

// A question's shown words and its answers' words, split once: the give-away test runs often.
struct Exposure {
  std::string text;                                // what it shows, as one text (for acronyms)
  std::vector<std::string> shown;                  // prompt, statement, text, options, items: as words
  std::vector<std::vector<std::string>> answers;   // what it tests, as words
  std::vector<std::vector<std::string>> answer_cores;  // what it tests, as distinctive words (names of 3 or more)
  std::vector<double> amounts_shown;               // the amounts its text states, scaled ("half a billion": 5e8)
  std::vector<double> amounts_tested;              // the amounts it tests (figures of 10 or more), scaled
  std::vector<std::pair<double, std::string>> counts_tested;  // small counts it tests, with their noun (6, "countries")
  std::vector<std::pair<double, std::vector<std::string>>> counts_shown;  // small counts in its text, with the words after
  std::vector<std::string> names_tested;           // the names it tests, as written (for acronyms: "United States")
  AcronymText text_acronyms;                       // `text` and each of names_tested read for acronyms, once
  std::vector<AcronymText> names_acronyms;
  std::vector<std::string> key_cues;               // its key's words no wrong option has: shown elsewhere, they point to it
  std::vector<std::string> topic;                  // its stem's distinctive words: what ties another text to it
  bool headline = false;                           // a quiz's headline (shown once, above every question)
  std::vector<std::pair<int, int>> months_shown;   // (year, month) of "September 2023" and such in its text
  std::vector<std::pair<int, int>> months_tested;  // (year, month) of the dates it tests
  std::vector<std::pair<int, int>> days_shown;     // (month, day) of "6 February" and "February 6" in its text
  std::vector<std::pair<int, int>> days_tested;    // (month, day) of the dates it tests
  std::vector<std::pair<int, int>> periods_shown;  // "2021-2025" and such in its text
  std::vector<std::pair<int, int>> periods_tested; // the periods it tests
  std::vector<std::string> name_tails;             // the last words of the proper names it tests ("Biden")
  std::vector<int> spans_shown;                    // "70 years", "a 70-year reign": lengths in years its text states
  std::set<std::string> asks;                      // "article/fact" of the facts it asks about
  // A person's age and a year it tests, with its article and that article's year: born in 1936 and 88 at death
  // in 2025 give each other by a subtraction.
  std::string article;
  int published_year = 0;
  std::vector<int> ages_tested, years_tested;
  // A question asking which president (prime minister, pope...) did something, and one that dates the same event
  // (the same article, three distinctive words of their statements shared): the year names the office holder.
  bool office_holder = false;                      // it tests who held an office at the event
  bool dates = false;                              // it shows or tests a year or a date
  std::vector<std::string> event;                  // its fact's statement as distinctive words
  // Its wrong options: the facts whose answers they are, and, for a name, its words. Another question about one of
  // those facts, or one whose own text names it ("Egypt, Iran and the UAE became full members" beside "which invited
  // country has not confirmed?"), strikes it out.
  struct WrongOption {
    std::set<std::string> owners;
    std::vector<std::string> name;
  };
  std::vector<WrongOption> wrongs;
  std::vector<std::string> asserted;               // the words its own text states: prompt, statement, sentence
  int wrong_options = 0;                           // how many wrong options it has
  int struck = 0;                                  // how many of them other questions of the quiz strike out
};

// What `q` (about facts of `a`) shows and tests, and which facts of the content give its wrong options as their
// answers. Ordinals read as their number ("32nd" shows "32").
Exposure exposure(const Question& q, const Article& a, const ContentIndex& ix);
// A headline shown above a quiz: it shows words and tests nothing.
Exposure title_exposure(const Article& a);

// Whether `shown` shows one of the answers `asked` tests.
bool shows_answer(const Exposure& shown, const Exposure& asked);

// How badly a new question and the quiz so far give each other away: 3 shows an answer, 2 leaves a
// question fewer than two live wrong options, 1 strikes out a wrong option, 0 not at all.
int clash(const Exposure& mine, const std::vector<Exposure>& accepted);
// Adds `mine` to the quiz, counting the wrong options each strikes out in the other.
void accept(Exposure mine, std::vector<Exposure>& accepted);

// What a statement shows in its template's slot: "{answer} has not confirmed." and "Iran has not confirmed." give
// "Iran"; empty when the statement is not the template filled in.
std::string slot_value(std::string_view templ, std::string_view statement);

}  // namespace factdeck::gen
