// Closing the loop: a weak distractor replaced by another wrong answer from the engine, for the next revision.
#include <algorithm>
#include <set>

#include "factdeck/class_report.h"
#include "factdeck/quality.h"

namespace factdeck {
namespace {

// Wrong answers the engine offers for the same fact and type, in a seeded order without repeats.
std::vector<std::string> candidate_distractors(const ContentIndex& ix, const Question& q, std::uint64_t seed) {
  std::vector<std::string> out;
  const Article* article = ix.content().find_article(q.article);
  const Fact* fact = article ? article->find_fact(q.fact) : nullptr;
  if (!fact) return out;
  std::set<std::string> seen(q.options.begin(), q.options.end());
  for (const Difficulty d : {q.difficulty, Difficulty::Medium, Difficulty::Easy, Difficulty::Hard})
    for (std::uint64_t k = 0; k < 24; ++k) {
      const std::optional<Question> c = generate_question(ix, *article, *fact, q.type, d, seed + k * 0x9e3779b97f4a7c15ULL);
      if (!c || c->type != q.type) continue;
      for (std::size_t i = 0; i < c->options.size(); ++i)
        if (static_cast<int>(i) != c->answer && seen.insert(c->options[i]).second) out.push_back(c->options[i]);
    }
  return out;
}

}  // namespace

Status repair_distractor(const ContentIndex& ix, const Assignment& a, const std::string& question_id, int option,
                         const std::string& new_id, UnixSeconds now, Assignment& out, std::string& replaced) {
  const Question* found = a.find(question_id);
  if (!found) return Status::Error("assignment " + a.id + " has no question '" + question_id + "'");
  const Question& q = *found;
  if (q.type != QuestionType::Mcq && q.type != QuestionType::Reverse)
    return Status::Error("question '" + question_id + "' is a " + std::string(type_name(q.type)) +
                         " question; only multiple-choice distractors can be replaced");
  if (option < 0 || static_cast<std::size_t>(option) >= q.options.size() || option == q.answer)
    return Status::Error("option " + std::to_string(option + 1) + " of '" + question_id + "' is not a distractor");
  if (!ix.content().find_article(q.article))
    return Status::Error("the article '" + q.article + "' of question '" + question_id + "' is not in the content");
  const std::string weak = q.options[static_cast<std::size_t>(option)];
  const std::string key = q.options[static_cast<std::size_t>(q.answer)];
  const std::vector<std::string> candidates = candidate_distractors(ix, q, stable_hash(q.id, static_cast<std::uint64_t>(a.revision)));
  if (candidates.empty())
    return Status::Error("the content has no other wrong answer for '" + question_id + "' (its fact's distractors are all in use: add one "
                         "to the article's `distractors`); the assignment was left as it is");
  for (const std::string& c : candidates) {
    // In the weak option's place first; then at each place, for options that must stay in ascending order.
    std::vector<std::vector<std::string>> layouts;
    std::vector<std::string> in_place = q.options;
    in_place[static_cast<std::size_t>(option)] = c;
    layouts.push_back(in_place);
    std::vector<std::string> rest = q.options;
    rest.erase(rest.begin() + option);
    for (std::size_t p = 0; p <= rest.size(); ++p) {
      std::vector<std::string> l = rest;
      l.insert(l.begin() + static_cast<std::ptrdiff_t>(p), c);
      layouts.push_back(std::move(l));
    }
    for (const auto& layout : layouts) {
      Question fixed = q;
      fixed.options = layout;
      fixed.answer = static_cast<int>(std::find(layout.begin(), layout.end(), key) - layout.begin());
      if (!check_question(fixed, ix).empty()) continue;
      out = a;
      out.id = new_id;
      out.revision = a.revision + 1;
      out.previous = a.id;
      out.created = now;
      for (Question& oq : out.questions)
        if (oq.id == question_id) oq = fixed;
      replaced = "'" + weak + "' replaced by '" + c + "' in " + question_id;
      return Status::Ok();
    }
  }
  return Status::Error("no other wrong answer for '" + question_id + "' passes the quality rules; the assignment was left as it is");
}

}  // namespace factdeck
