// One question from one fact: the types a fact supports, retries until the checker passes, and fallbacks.
#include "factdeck/generate.h"

#include <algorithm>

#include "factdeck/quality.h"
#include "factdeck/rng.h"
#include "generate/content_index.h"
#include "generate/cues.h"
#include "generate/facts.h"
#include "generate/generate_internal.h"

namespace factdeck {
namespace gen {
namespace {

// Enough tries for another distractor draw to clear a failed rule, few enough to stay cheap.
constexpr int kTries = 8;

std::optional<Question> first_passing(const ContentIndex& ix, const Article& article, const Fact& fact,
                                      QuestionType type, Difficulty d, std::uint64_t base, const Hints& hints) {
  for (int attempt = 0; attempt < kTries; ++attempt) {
    Rng rng(base + static_cast<std::uint64_t>(attempt) * 0x9E3779B97F4A7C15ULL);
    auto q = build_question(ix, article, fact, type, d, rng, hints);
    if (!q) return std::nullopt;  // the fact cannot make this type at all
    if (check_question(*q, ix).empty()) return q;
  }
  return std::nullopt;
}

}  // namespace

namespace {
bool nickname_of_own_name(const Fact& f) {
  const auto bearer = distinctive_words(f.subject.view());
  for (const auto& w : distinctive_words(f.text.view()))
    if (std::any_of(bearer.begin(), bearer.end(), [&](const std::string& b) { return same_stem(w, b); })) return true;
  return false;
}
}  // namespace

bool supports(const Fact& fact, QuestionType type) {
  using T = QuestionType;
  switch (fact.kind) {
    // A long period shifted by a few years runs past what bounds it in the world (a treaty with the USSR into
    // 1996): no options for periods of more than ten years.
    case Kind::Period:
      if (type == T::Mcq) return fact.period.to - fact.period.from <= 10;
      // "from ____ (first year-last year)" asks for two years in one blank that the sentence reads as two words.
      if (type == T::Cloze) {
        const auto at = fact.statement.view().find("{answer}");
        return at != std::string_view::npos && period_joint(fact.statement.view().substr(0, at)).empty();
      }
      [[fallthrough]];
    case Kind::Year:
      return type == T::Mcq || type == T::TrueFalse || type == T::Cloze || type == T::Order || type == T::FactOrOpinion;
    // The exact day typed from memory is the trivia a teacher strikes (blind readings 22 and 24: "the day the CHIPS
    // Act was signed", "the day a fund was registered"): a date is recognised among options or judged in a
    // statement, never typed into a blank.
    case Kind::Date: return type == T::Mcq || type == T::TrueFalse || type == T::Order || type == T::FactOrOpinion;
    // A qualified figure ("more than 1,300 km") makes every smaller option, and every smaller typed figure, true
    // as well: it is asked only as a true or false statement, its false value on the side the qualifier rules out.
    case Kind::Number:
      if (!fact.number.qualifier.empty()) return type == T::TrueFalse;
      return type == T::Mcq || type == T::TrueFalse || type == T::Cloze || type == T::FactOrOpinion || type == T::Numeric;
    // A blank in a list has every other plausible member for an answer ("restrict ____ and critical software"),
    // and "which allies...? Choose one" reads wrong: a list is asked as statements.
    // A list of more than six makes a statement nobody reads to its end (all ten sectors of a plan, obviously true).
    case Kind::List: return (type == T::TrueFalse || type == T::FactOrOpinion) && fact.items.size() <= 6;
    // A name from a lexicon class is a proper noun a blank asks for; a phrase with its author's wrong answers
    // ("galvanized", "the entire domestic chip supply chain") has paraphrases a blank would mark wrong.
    case Kind::Name:
      if (type == T::Cloze) return !fact.class_id.empty();
      [[fallthrough]];
    case Kind::Alias:
      // A nickname made of its bearer's own name ("Super Mario" for Mario Draghi, the "Big Fund" for a fund) is
      // half shown by a blank in a sentence that names the bearer (blind reading 25); options of the same make
      // ("Super Mario", "Helicopter Ben") are judged by the options' rules.
      if (fact.kind == Kind::Alias && type == T::Cloze && nickname_of_own_name(fact)) return false;
      [[fallthrough]];
    case Kind::Term:
      // A term's statement is a definition: it is asked true or false only with its class's terms as the false
      // values, or every such statement would be true.
      if (fact.kind == Kind::Term && type == T::TrueFalse) return !fact.class_id.empty();
      // A term asked for its meaning among other meanings gives itself away: a news term names what it means
      // ("the Golden Glove" for the best goalkeeper, "the Anointing" for the holy oil, "the Homage of Royal Blood"
      // for the prince), and "What is it awarded for?" rarely reads with "the award for...". Its meaning is asked
      // the other way (which term is it?), in a blank, a statement and a match.
      if (fact.kind == Kind::Term && type == T::Reverse) return false;
      return type != T::Order && type != T::Numeric && (type != T::Reverse || has_reverse(fact));
    case Kind::Opinion: return type == T::FactOrOpinion;
  }
  return false;
}

std::optional<Question> generate_hinted(const ContentIndex& ix, const Article& article, const Fact& fact,
                                        QuestionType type, Difficulty d, std::uint64_t seed, const Hints& hints) {
  if (!supports(fact, type)) return std::nullopt;
  const std::string key = article.id + "/" + fact.id + "/" + std::string(type_name(type)) + "/" +
                          std::string(difficulty_name(d));
  const std::uint64_t base = stable_hash(key, seed);
  if (auto q = first_passing(ix, article, fact, type, d, base, hints)) return q;
  // Formats that need no wrong answers, when the wrong answers would not pass.
  if (!hints.allow_fallback) return std::nullopt;
  if (type == QuestionType::Mcq || type == QuestionType::Reverse || type == QuestionType::TrueFalse) {
    if (type != QuestionType::TrueFalse && supports(fact, QuestionType::Cloze))
      if (auto q = first_passing(ix, article, fact, QuestionType::Cloze, d, base ^ 0xC102E, {})) return q;
    if (supports(fact, QuestionType::TrueFalse) && hints.truth != 0) {
      Hints true_statement;
      true_statement.truth = 1;
      if (auto q = first_passing(ix, article, fact, QuestionType::TrueFalse, d, base ^ 0x7F, true_statement))
        return q;
    }
  }
  return std::nullopt;
}

}  // namespace gen

std::vector<QuestionType> types_for(const Fact& fact) {
  // In the order of all_types(): mcq, tf, cloze, reverse, order, match, numeric, fact-or-opinion.
  std::vector<QuestionType> t;
  for (QuestionType type : all_types())
    if (gen::supports(fact, type)) t.push_back(type);
  return t;
}

std::optional<Question> generate_question(const ContentIndex& ix, const Article& article, const Fact& fact,
                                          QuestionType type, Difficulty difficulty, std::uint64_t seed) {
  return gen::generate_hinted(ix, article, fact, type, difficulty, seed, {});
}

std::optional<Question> generate_question(const Content& content, const Article& article, const Fact& fact,
                                          QuestionType type, Difficulty difficulty, std::uint64_t seed) {
  const ContentIndex index(content);
  return generate_question(index, article, fact, type, difficulty, seed);
}

}  // namespace factdeck
