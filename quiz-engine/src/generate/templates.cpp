// Single-fact question builders (mcq, reverse, tf, cloze, numeric, fact-or-opinion) and their prompt wording.
#include "generate/templates.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "generate/distractors.h"
#include "generate/facts.h"
#include "generate/text_util.h"

namespace factdeck::gen {
namespace {

bool is_qualified(const Fact& f) { return f.kind == Kind::Number && !f.number.qualifier.empty(); }

// The shown number split around its digits: "" "7" "%" or "US$" "1.5" " billion".
struct NumberParts {
  std::string before, figure, after;
};
NumberParts split_number(const std::string& s) {
  const auto first = s.find_first_of("0123456789");
  const auto last = s.find_last_of("0123456789");
  if (first == std::string::npos) return {"", s, ""};
  return {s.substr(0, first), s.substr(first, last - first + 1), s.substr(last + 1)};
}

std::optional<Question> build_mcq(const ContentIndex& ix, const Article& article, const Fact& f, Role role,
                                  Difficulty d, Rng& rng, const Hints& hints) {
  if (role == Role::Reverse && !has_reverse(f)) return std::nullopt;
  auto o = make_options(ix, f, role, d, rng, hints.key_slot);
  if (!o) return std::nullopt;
  Question q = base_question(article, f, role == Role::Reverse ? QuestionType::Reverse : QuestionType::Mcq, d);
  if (role == Role::Reverse) {
    q.prompt = f.reverse;
  } else if (f.kind == Kind::List) {
    // The wrong options may well be true in the world; the question is what the article lists.
    q.prompt = f.question + " Choose the one the article lists.";
  } else if (is_qualified(f)) {
    // "More than 7%" makes "more than 5%" true too, so the options are plain figures.
    q.prompt = f.question + " Choose the figure the article gives after \"" + f.number.qualifier + "\".";
  } else {
    q.prompt = f.question;
  }
  q.options = o->texts;
  q.answer = o->key;
  q.answer_text = role == Role::Reverse ? key_text(f, role)
                  : f.kind == Kind::List ? o->texts[static_cast<std::size_t>(o->key)]
                                         : stated_answer(f);
  return q;
}

std::optional<Question> build_tf(const ContentIndex& ix, const Article& article, const Fact& f, Difficulty d, Rng& rng,
                                 const Hints& hints) {
  if (f.kind == Kind::Opinion) return std::nullopt;
  bool truth = hints.truth >= 0 ? hints.truth == 1 : rng.below(2) == 0;
  std::string value = stated_answer(f);
  if (!truth) {
    auto v = false_value(ix, f, d, rng);
    if (!v) {
      if (hints.truth == 0) return std::nullopt;
      truth = true;
    } else {
      value = *v;
    }
  }
  Question q = base_question(article, f, QuestionType::TrueFalse, d);
  q.statement = fill(f, value);
  q.truth = truth;
  q.prompt = "True or false: " + q.statement;
  q.answer_text = truth ? "True" : "False (" + stated_answer(f) + ")";
  return q;
}

std::optional<Question> build_cloze(const ContentIndex& ix, const Article& article, const Fact& f, Rng& rng,
                                    Difficulty d) {
  if (f.kind == Kind::Opinion) return std::nullopt;
  Question q = base_question(article, f, QuestionType::Cloze, d);
  std::string blank(kBlank);
  if (f.kind == Kind::Number) {
    // The blank takes the figure only; the qualifier and unit stay in the sentence.
    const auto parts = split_number(number_text(f, f.number.value));
    std::string around = parts.before + blank + parts.after;
    if (is_qualified(f)) around = f.number.qualifier + " " + around;
    q.text = fill(f, around);
    q.accept = {parts.figure, number_text(f, f.number.value)};
    if (f.number.unit == "%") q.accept.push_back(parts.figure + " percent");
  } else if (f.kind == Kind::List) {
    std::vector<std::size_t> askable;
    for (std::size_t i = 0; i < f.items.size(); ++i)
      if (!contains_phrase(fill(f, ""), f.items[i])) askable.push_back(i);
    if (askable.empty()) return std::nullopt;
    const std::size_t i = askable[static_cast<std::size_t>(rng.below(askable.size()))];
    auto items = f.items.to_vector();
    items[i] = blank;
    q.text = fill(f, join_list(items));
    q.accept = {f.items[i].str()};
    for (const auto& a : aliases_of(ix, f.items[i])) q.accept.push_back(a);
  } else {
    q.text = fill(f, blank);
    const std::string key = key_text(f, Role::Forward);
    q.accept = {key};
    if (f.kind == Kind::Period)
      q.accept.push_back(std::to_string(f.period.from) + " to " + std::to_string(f.period.to));
    if (f.kind == Kind::Date) q.accept.push_back(iso_date(f.date));
    for (const auto& a : key_aliases(ix, f, Role::Forward, key)) q.accept.push_back(a);
  }
  q.prompt = "Fill in the blank: " + q.text;
  q.answer_text = f.kind == Kind::List ? q.accept.front() : stated_answer(f);
  return q;
}

std::optional<Question> build_numeric(const Article& article, const Fact& f, Difficulty d) {
  if (f.kind != Kind::Number) return std::nullopt;
  Question q = base_question(article, f, QuestionType::Numeric, d);
  q.value = f.number.value;
  q.unit = f.number.unit;
  q.tolerance = numeric_tolerance(f, d);
  // The unit and the tolerance are part of the question: a learner must know what counts.
  std::string how = is_qualified(f) ? "Answer with the figure after \"" + f.number.qualifier + "\"" : "Answer";
  if (!q.unit.empty()) how += (is_qualified(f) ? ", in " : " in ") + q.unit;
  how += ", within " + tolerance_text(q.tolerance) + ".";
  q.prompt = f.question + " " + how;
  return q;
}

std::optional<Question> build_fact_or_opinion(const Article& article, const Fact& f, Difficulty d) {
  Question q = base_question(article, f, QuestionType::FactOrOpinion, d);
  q.options = {kReportedFact, kOpinion};
  if (f.kind == Kind::Opinion) {
    if (is_blank(f.text)) return std::nullopt;
    q.statement = f.text;
    q.answer = 1;
    q.answer_text = kOpinion;
    // Who said it belongs in the feedback, not the question: the signature would give it away.
    if (!f.speaker.empty()) {
      const std::string who = "A reader's comment, signed \"" + f.speaker + "\".";
      q.note = q.note.empty() ? who : who + " " + q.note;
    }
  } else {
    q.statement = fill(f, stated_answer(f));
    q.answer = 0;
    q.answer_text = kReportedFact;
  }
  q.prompt = std::string(kFactOrOpinionPrompt) + " \"" + q.statement + "\"";
  return q;
}

}  // namespace

Question base_question(const Article& article, const Fact& fact, QuestionType type, Difficulty d) {
  Question q;
  q.id = article.id + "/" + fact.id + "/" + std::string(type_name(type));
  q.article = article.id;
  q.fact = fact.id;
  q.facts = {fact.id.str()};
  q.type = type;
  q.difficulty = d;
  q.sentence = fact.sentence;
  q.note = fact.note;
  q.original = fact.original;
  q.answer_text = stated_answer(fact);
  return q;
}

double numeric_tolerance(const Fact& f, Difficulty d) {
  double unit = 1;
  for (int i = 0; i < f.number.decimals; ++i) unit /= 10;
  // Half a unit of the shown precision at least: "7" accepts 6.5-7.5, i.e. the figure itself.
  const double share = d == Difficulty::Hard ? 0.0 : d == Difficulty::Medium ? 0.05 : 0.10;
  const double t = std::max(unit / 2, std::fabs(f.number.value) * share);
  // Shown with few digits, so the stored tolerance is the one printed.
  return std::strtod(short_number(t).c_str(), nullptr);
}

std::string tolerance_text(double tolerance) { return "\xC2\xB1" + short_number(tolerance); }

std::optional<Question> build_question(const ContentIndex& ix, const Article& article, const Fact& fact,
                                       QuestionType type, Difficulty d, Rng& rng, const Hints& hints) {
  switch (type) {
    case QuestionType::Mcq:
      if (fact.kind == Kind::Opinion) return std::nullopt;
      return build_mcq(ix, article, fact, Role::Forward, d, rng, hints);
    case QuestionType::Reverse: return build_mcq(ix, article, fact, Role::Reverse, d, rng, hints);
    case QuestionType::TrueFalse: return build_tf(ix, article, fact, d, rng, hints);
    case QuestionType::Cloze: return build_cloze(ix, article, fact, rng, d);
    case QuestionType::Numeric: return build_numeric(article, fact, d);
    case QuestionType::FactOrOpinion: return build_fact_or_opinion(article, fact, d);
    case QuestionType::Order: return build_order(ix, article, fact, d, rng, hints);
    case QuestionType::Match: return build_match(ix, article, fact, d, rng, hints);
  }
  return std::nullopt;
}

}  // namespace factdeck::gen
