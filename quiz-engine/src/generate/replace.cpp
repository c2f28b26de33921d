// replace_question: the next candidate for a quiz slot, same fact first, then a fact not yet asked.
#include <algorithm>
#include <set>

#include "factdeck/quiz_edit.h"
#include "factdeck/rng.h"

namespace factdeck {
namespace {

// Options, statement and text together: two questions that show the same thing are the same candidate.
std::string fingerprint(const Question& q) {
  std::string s = std::string(type_name(q.type)) + "|" + q.prompt + "|" + q.statement + "|" + q.text;
  for (const std::string& o : q.options) s += "|" + o;
  for (const std::string& o : q.items) s += "|" + o;
  for (const std::string& o : q.left) s += "|" + o;
  return s;
}

bool selected(const QuizSelection& sel, const Article& a, const Fact& f) {
  if (!sel.articles.empty() && std::find(sel.articles.begin(), sel.articles.end(), a.id) == sel.articles.end())
    return false;
  if (!sel.kinds.empty() && std::find(sel.kinds.begin(), sel.kinds.end(), f.kind) == sel.kinds.end()) return false;
  if (sel.tags.empty()) return true;
  for (const std::string& t : sel.tags)
    if (std::find(f.tags.begin(), f.tags.end(), t) != f.tags.end() ||
        std::find(a.tags.begin(), a.tags.end(), t) != a.tags.end())
      return true;
  return false;
}

bool type_allowed(const QuizSelection& sel, QuestionType t) {
  return sel.types.empty() || std::find(sel.types.begin(), sel.types.end(), t) != sel.types.end();
}

}  // namespace

Status replace_question(const ContentIndex& ix, Quiz& quiz, std::size_t index, int attempt) {
  if (index >= quiz.questions.size()) return Status::Error("no question at that position");
  const Question current = quiz.questions[index];
  std::set<std::string> shown;
  for (const Question& q : quiz.questions) shown.insert(fingerprint(q));
  std::set<std::string> asked_facts;
  for (const Question& q : quiz.questions)
    for (const std::string& f : q.facts.empty() ? std::vector<std::string>{q.fact} : q.facts) asked_facts.insert(q.article + "/" + f);

  const std::uint64_t base = stable_hash(current.id, quiz.selection.seed) ^ static_cast<std::uint64_t>(attempt + 1) * 0x9e3779b97f4a7c15ULL;
  auto accept = [&](std::optional<Question> q) {
    if (!q || shown.count(fingerprint(*q))) return false;
    q->id = current.id;  // the slot keeps its id: exports and the preview refer to it
    quiz.questions[index] = std::move(*q);
    return true;
  };

  // 1. The same fact: another candidate of the same type, then its other types.
  const Article* article = ix.content().find_article(current.article);
  const Fact* fact = article ? article->find_fact(current.fact) : nullptr;
  if (fact) {
    for (int k = 0; k < 8; ++k)
      if (accept(generate_question(ix, *article, *fact, current.type, quiz.selection.difficulty, base + static_cast<std::uint64_t>(k))))
        return Status::Ok();
    for (QuestionType t : types_for(*fact))
      if (t != current.type && type_allowed(quiz.selection, t) &&
          accept(generate_question(ix, *article, *fact, t, quiz.selection.difficulty, base)))
        return Status::Ok();
  }
  // 2. A fact the quiz does not ask yet, in a seeded order.
  std::vector<std::pair<const Article*, const Fact*>> candidates;
  for (const Article& a : ix.content().articles)
    for (const Fact& f : a.facts)
      if (selected(quiz.selection, a, f) && !asked_facts.count(a.id + "/" + f.id)) candidates.push_back({&a, &f});
  Rng rng(base);
  rng.shuffle(candidates);
  for (const auto& [a, f] : candidates)
    for (QuestionType t : types_for(*f))
      if (type_allowed(quiz.selection, t) && accept(generate_question(ix, *a, *f, t, quiz.selection.difficulty, base)))
        return Status::Ok();
  return Status::Error("no other question passes the quality rules for this selection");
}

Status replace_question(const Content& content, Quiz& quiz, std::size_t index, int attempt) {
  const ContentIndex ix(content);
  return replace_question(ix, quiz, index, attempt);
}

}  // namespace factdeck
