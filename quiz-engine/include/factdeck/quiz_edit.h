// Editing a generated quiz by hand: replace a question with the next candidate (reproducibly), reword one, title it.
#pragma once

#include <string>
#include <vector>

#include "factdeck/generate.h"
#include "factdeck/quality.h"
#include "factdeck/status.h"

namespace factdeck {

// Replaces quiz.questions[index] with the next candidate for the same fact and type (another seed),
// then another type of the same fact, then a question about a fact the quiz does not ask yet (within
// its selection). `attempt` counts the replacements already made at this index, so that pressing
// "replace" again moves on instead of returning the same candidate; the result is still a function
// of (content, selection, index, attempt). Fails when no other question passes the quality rules.
Status replace_question(const ContentIndex& content, Quiz& quiz, std::size_t index, int attempt);
Status replace_question(const Content& content, Quiz& quiz, std::size_t index, int attempt);

// A teacher's own words (issue 18). The wording of a question is what the teacher may reword: the stem of an
// options, number, order or match question; the statement of a true/false or fact-or-opinion question; the sentence
// with its blank (____) of a fill-in. The prompt shown around a statement or a sentence follows it.
std::string question_wording(const Question& q);
Question with_wording(const Question& q, const std::string& wording);

// The flaws giving question `index` of `quiz` the wording `wording` would bring, by the rules the generator keeps
// to (check_question on the question, check_quiz's give-aways across the quiz), each in a teacher's words
// (Violation::message; Violation::rule names the rule). A flaw the question already had is not the edit's and is
// not listed. Where the generator keeps to the fact's own words (a true/false or fact-or-opinion statement, a
// fill-in's sentence), a rewording must say the same thing checkably instead: the same values as before and no other
// (a false statement stays false by the value swapped in; truth is the fact store's), the fact's names and most of its
// words, no added negation; a fill-in's one blank where the answer goes; a reported fact with no voice added ("I
// think", "should"), an opinion keeping its judgement. A blank wording, one of over 1000 characters or with a line break or another control character is a
// flaw of its own. Empty: the edit is clean.
std::vector<Violation> check_wording(const ContentIndex& ix, const Quiz& quiz, std::size_t index, const std::string& wording);
// Keeps the wording in `quiz` when it is clean; otherwise leaves the quiz as it was and returns the flaws.
std::vector<Violation> edit_wording(const ContentIndex& ix, Quiz& quiz, std::size_t index, const std::string& wording);

// The flaws of a new title for the quiz (Quiz::title): a blank title, one longer than 200 characters or holding a line
// break or another control character, a title that shows a question's answer (as a headline would, check_quiz's give-away rule).
std::vector<Violation> check_title(const ContentIndex& ix, const Quiz& quiz, const std::string& title);
// Keeps the title (trimmed) when it is clean; otherwise returns the flaws and leaves the quiz as it was.
std::vector<Violation> edit_title(const ContentIndex& ix, Quiz& quiz, const std::string& title);

}  // namespace factdeck
