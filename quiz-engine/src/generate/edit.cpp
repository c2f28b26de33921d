// A teacher's rewording of a generated quiz: a question's wording and the quiz's title, checked by the quality rules.
#include <algorithm>
#include <set>
#include <string_view>
#include <utility>

#include "factdeck/quiz_edit.h"
#include "generate/content_index.h"
#include "generate/exposure.h"
#include "generate/facts.h"
#include "generate/quality_internal.h"
#include "generate/text_util.h"

namespace factdeck {
// A named namespace, not an anonymous one: the engine is a unity build, where helpers of one name would clash.
namespace wording_detail {

constexpr std::size_t kMaxTitle = 200;
constexpr std::size_t kMaxWording = 1000;

// What each rule means, said to a teacher; the rule's own message (which quotes the text) follows it.
std::string heading(const std::string& r) {
  using namespace rule;
  static const std::vector<std::pair<const char*, const char*>> kHeadings = {
      {kWellFormed, "The question is incomplete"},
      {kStemClean, "The wording gives the answer away"},
      {kAcronym, "The wording spells out the answer's initials (or the initials spell the answer)"},
      {kCategory, "The wording asks for a kind of thing the options are not"},
      {kNoAllNone, "\"All\" or \"none of the above\" has no place in a question"},
      {kGiveaway, "A question gives an answer away"},
      {kTfSwap, "A true/false statement must still say what it said, in words the fact store can check"},
      {kListAgreement, "The statement must agree with the list it states"},
      {kClozeBlank, "The blank must stand where the answer goes, in a sentence that still says the fact without showing it"},
      {kClozeReadable, "The sentence is too hard to complete"},
      {kClozeAccept, "The accepted answers no longer fit"},
      {kNumeric, "A number question must say its unit and what counts as right"},
      {kFactOrOpinion, "A fact-or-opinion statement must still say what the article says, in the same voice"},
      {kOpinionVoice, "A fact-or-opinion question pins the statement on no one"},
      {kOrderItems, "The items to order no longer fit"},
      {kMatchPairs, "The pairs to match no longer fit"},
  };
  for (const auto& [name, words] : kHeadings)
    if (r == name) return words;
  return "It breaks the rule \"" + r + "\"";
}

Violation in_teacher_words(const Violation& v) { return {v.rule, heading(v.rule) + ": " + v.message + "."}; }

bool same(const Violation& a, const Violation& b) { return a.rule == b.rule && a.message == b.message; }

// A line break, a tab or another control character: the exports are line-based (GIFT, CSV), and a student never sees
// one for what it is.
bool has_control(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

// Replaces the first `from` in `text` with `to`; false when `from` is not there.
bool replace_in(std::string& text, const std::string& from, const std::string& to) {
  const auto at = from.empty() ? std::string::npos : text.find(from);
  if (at == std::string::npos) return false;
  text.replace(at, from.size(), to);
  return true;
}

// Rules an edit can break that the generator never needs to check, its templates being what they are.
void check_own_answer(const ContentIndex& ix, const Question& q, std::vector<Violation>& out) {
  if (q.type != QuestionType::Numeric) return;
  const gen::FactRef ref = gen::find_fact(ix.content(), q.article, q.fact);
  if (!ref) return;
  const gen::Exposure e = gen::exposure(q, *ref.article, ix);
  if (gen::contains_phrase(q.prompt, q.answer_text) || gen::shows_answer(e, e))
    out.push_back({rule::kStemClean, "the stem shows the answer \"" + q.answer_text + "\""});
}

constexpr std::string_view kShows = " shows the answer of ";

// The question's own flaws, as a rewording of `before` (what it said until the edit), and the give-aways of the quiz
// between it and another question (or a headline), in the rules' words ("question 2 shows the answer of question
// 1"); give-aways between two other questions are not its.
std::vector<Violation> flaws_of(const ContentIndex& ix, const std::vector<Question>& questions, std::size_t index,
                                const Question& before) {
  std::vector<Violation> out = gen::check_reworded(questions[index], before, ix);
  check_own_answer(ix, questions[index], out);
  const std::string me = "question " + std::to_string(index + 1);
  for (Violation& v : check_quiz(questions, ix)) {
    const auto at = v.message.find(kShows);
    if (v.rule != rule::kGiveaway || at == std::string::npos) continue;
    if (v.message.compare(0, at, me) == 0 || v.message.compare(at + kShows.size(), std::string::npos, me) == 0)
      out.push_back(std::move(v));
  }
  return out;
}

// "question 2", "question 2 and the headline \"...\"", "question 2, question 3 and question 7".
std::string listed(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  return out;
}

// The flaws of `after` that `before` did not have, in a teacher's words. The give-aways of question `index` are told
// from its side, in two flaws at most: the answers it shows, and the questions its own answer can be read off.
std::vector<Violation> new_flaws(const std::vector<Violation>& before, const std::vector<Violation>& after,
                                 std::size_t index) {
  const std::string me = "question " + std::to_string(index + 1);
  std::vector<Violation> out;
  std::vector<std::string> shows, shown_by;
  for (const Violation& v : after) {
    const auto had = [&](const Violation& b) { return same(b, v); };
    const auto seen = [&](const Violation& o) { return o.rule == v.rule && o.message == in_teacher_words(v).message; };
    if (std::any_of(before.begin(), before.end(), had) || std::any_of(out.begin(), out.end(), seen)) continue;
    if (const auto at = v.message.find(kShows); v.rule == rule::kGiveaway && at != std::string::npos) {
      const std::string shower = v.message.substr(0, at), asked = v.message.substr(at + kShows.size());
      if (shower == me) shows.push_back(asked);
      else shown_by.push_back(shower);
      continue;
    }
    out.push_back(in_teacher_words(v));
  }
  if (!shows.empty()) out.push_back(in_teacher_words({rule::kGiveaway, "it shows the answer of " + listed(shows)}));
  if (!shown_by.empty())
    out.push_back(in_teacher_words({rule::kGiveaway, "worded like this, its own answer can be read off " + listed(shown_by)}));
  return out;
}

}  // namespace wording_detail

std::string question_wording(const Question& q) {
  switch (q.type) {
    case QuestionType::TrueFalse:
    case QuestionType::FactOrOpinion: return q.statement;
    case QuestionType::Cloze: return q.text;
    default: return q.prompt;
  }
}

Question with_wording(const Question& q, const std::string& wording) {
  Question out = q;
  switch (q.type) {
    case QuestionType::TrueFalse:
    case QuestionType::FactOrOpinion:
      out.statement = wording;
      if (!wording_detail::replace_in(out.prompt, q.statement, wording)) out.prompt = wording;
      break;
    case QuestionType::Cloze:
      out.text = wording;
      if (!wording_detail::replace_in(out.prompt, q.text, wording)) out.prompt = wording;
      break;
    default: out.prompt = wording; break;
  }
  return out;
}

std::vector<Violation> check_wording(const ContentIndex& ix, const Quiz& quiz, std::size_t index, const std::string& wording) {
  if (index >= quiz.questions.size()) return {{rule::kWellFormed, "There is no question " + std::to_string(index + 1) + "."}};
  const std::string incomplete = wording_detail::heading(rule::kWellFormed);
  if (gen::is_blank(wording)) return {{rule::kWellFormed, incomplete + ": the question has no wording."}};
  if (wording.size() > wording_detail::kMaxWording)
    return {{rule::kWellFormed,
             incomplete + ": the wording is longer than " + std::to_string(wording_detail::kMaxWording) + " characters."}};
  if (wording == question_wording(quiz.questions[index])) return {};
  if (wording_detail::has_control(wording))
    return {{rule::kWellFormed, incomplete + ": the wording must be one line, without tabs or other control characters."}};
  std::vector<Question> edited = quiz.questions;
  edited[index] = with_wording(quiz.questions[index], wording);
  const Question& before = quiz.questions[index];
  return wording_detail::new_flaws(wording_detail::flaws_of(ix, quiz.questions, index, before),
                                   wording_detail::flaws_of(ix, edited, index, before), index);
}

std::vector<Violation> edit_wording(const ContentIndex& ix, Quiz& quiz, std::size_t index, const std::string& wording) {
  std::vector<Violation> flaws = check_wording(ix, quiz, index, wording);
  if (flaws.empty()) quiz.questions[index] = with_wording(quiz.questions[index], wording);
  return flaws;
}

std::vector<Violation> check_title(const ContentIndex& ix, const Quiz& quiz, const std::string& title) {
  const std::string t = gen::trim(title);
  const char* what = "The title";
  if (t.empty()) return {{rule::kWellFormed, std::string(what) + " is empty."}};
  if (t.size() > wording_detail::kMaxTitle)
    return {{rule::kWellFormed, std::string(what) + " is longer than " + std::to_string(wording_detail::kMaxTitle) + " characters."}};
  if (wording_detail::has_control(t))
    return {{rule::kWellFormed, std::string(what) + " must be one line, without tabs or other control characters."}};
  // Shown above every question, as a headline is: it must not show any question's answer.
  Article headline;
  headline.title = t;
  const gen::Exposure shown = gen::title_exposure(headline);
  std::vector<Violation> out;
  for (std::size_t i = 0; i < quiz.questions.size(); ++i) {
    const gen::FactRef ref = gen::find_fact(ix.content(), quiz.questions[i].article, quiz.questions[i].fact);
    if (ref && gen::shows_answer(shown, gen::exposure(quiz.questions[i], *ref.article, ix)))
      out.push_back({rule::kGiveaway, "The title gives an answer away: it shows the answer of question " +
                                          std::to_string(i + 1) + " (\"" + quiz.questions[i].answer_text + "\")."});
  }
  return out;
}

std::vector<Violation> edit_title(const ContentIndex& ix, Quiz& quiz, const std::string& title) {
  std::vector<Violation> flaws = check_title(ix, quiz, title);
  if (flaws.empty()) quiz.title = gen::trim(title);
  return flaws;
}

}  // namespace factdeck
