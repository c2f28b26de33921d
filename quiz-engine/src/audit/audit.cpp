// The question audit: quizzes over seeds and difficulties, every rule checked, and the bank's figures.
#include "factdeck/audit.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>

#include "generate/facts.h"
#include "generate/quiz_rules.h"

namespace factdeck {
namespace {

using Json = nlohmann::ordered_json;

// What a reader sees of a question, options in a fixed order: two questions with the same text are one question.
std::string shown_form(const Question& q) {
  std::vector<std::string> options = q.options;
  std::sort(options.begin(), options.end());
  std::string s = std::string(type_name(q.type)) + "|" + q.prompt + "|" + q.statement + "|" + q.text;
  for (const std::vector<std::string>* v : std::vector<const std::vector<std::string>*>{&options, &q.items, &q.left, &q.right})
    for (const auto& x : *v) s += "|" + x;
  return s;
}

std::string percent(int part, int whole) {
  if (whole == 0) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * part / whole);
  return buf;
}

}  // namespace

int AuditReport::flaw_count() const {
  int n = 0;
  for (const auto& [rule, count] : flaws_by_rule) n += count;
  return n;
}

AuditReport audit_questions(const ContentIndex& ix, const AuditOptions& options) {
  AuditReport r;
  std::vector<Difficulty> levels = options.difficulties;
  if (levels.empty()) levels = {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard};
  for (std::uint64_t seed = options.first_seed; seed <= options.last_seed; ++seed) {
    std::set<std::string> easy_forms;
    std::vector<std::string> hard_forms;
    for (Difficulty d : levels) {
      QuizSelection sel = options.selection;
      sel.seed = seed;
      sel.difficulty = d;
      const Quiz quiz = make_quiz(ix, sel);
      AuditedQuiz aq;
      aq.seed = seed;
      aq.difficulty = d;
      aq.asked = sel.count;
      aq.made = static_cast<int>(quiz.questions.size());
      aq.shortfall = quiz.shortfall;
      aq.flaws = check_quiz(quiz.questions, ix);
      if (aq.made < aq.asked) ++r.short_quizzes;
      for (const auto& v : aq.flaws) {
        ++r.flaws_by_rule[v.rule];
        if (v.rule == rule::kGiveaway) ++r.giveaways;
      }
      int number = 0;
      for (const Question& q : quiz.questions) {
        AuditedQuestion a;
        a.seed = seed;
        a.difficulty = d;
        a.number = ++number;
        a.question = q;
        for (const char* rule : rules_for(q.type)) a.rules.emplace_back(rule);
        a.flaws = check_question(q, ix);
        for (const auto& v : a.flaws) ++r.flaws_by_rule[v.rule];
        ++r.types[q.type];
        if ((q.type == QuestionType::Mcq || q.type == QuestionType::Reverse) && q.options.size() == 4 && q.answer >= 0)
          ++r.key_positions[static_cast<std::size_t>(q.answer)];
        if (gen::has_text_options(q)) {
          ++r.text_option_questions;
          if (gen::key_is_unique_longest(q)) ++r.key_unique_longest;
        }
        if (q.type == QuestionType::Mcq && q.options.size() == 4 && q.answer >= 0) {
          const auto ref = gen::find_fact(ix.content(), q.article, q.fact);
          if (ref && gen::is_sorted_kind(ref.fact->kind)) ++r.value_ranks[static_cast<std::size_t>(q.answer)];
        }
        if (q.type == QuestionType::Reverse) ++r.reverse_authored;
        if (d == Difficulty::Easy) easy_forms.insert(shown_form(q));
        if (d == Difficulty::Hard) hard_forms.push_back(shown_form(q));
        r.questions.push_back(std::move(a));
      }
      r.quizzes.push_back(std::move(aq));
    }
    if (!easy_forms.empty())
      for (const auto& h : hard_forms) {
        ++r.hard_questions;
        if (easy_forms.count(h)) ++r.hard_same_as_easy;
      }
  }
  return r;
}

std::string audit_text(const AuditReport& r, bool each) {
  std::string out;
  if (each) {
    for (const auto& a : r.questions) {
      out += "seed " + std::to_string(a.seed) + " " + std::string(difficulty_name(a.difficulty)) + " #" +
             std::to_string(a.number) + " " + std::string(type_name(a.question.type)) + " " + a.question.id + ": " +
             (a.flaws.empty() ? "ok" : std::to_string(a.flaws.size()) + " flaw(s)") + "\n";
      out += "  " + a.question.prompt + "\n";
      if (!a.question.options.empty()) {
        out += "  options:";
        for (std::size_t i = 0; i < a.question.options.size(); ++i)
          out += std::string(i ? " | " : " ") + (static_cast<int>(i) == a.question.answer ? "*" : "") + a.question.options[i];
        out += "\n";
      }
      out += "  rules checked:";
      for (const auto& rule : a.rules) out += " " + rule;
      out += "\n";
      for (const auto& v : a.flaws) out += "  FLAW " + v.rule + ": " + v.message + "\n";
    }
    for (const auto& q : r.quizzes)
      for (const auto& v : q.flaws)
        out += "quiz seed " + std::to_string(q.seed) + " " + std::string(difficulty_name(q.difficulty)) + ": FLAW " + v.rule +
               ": " + v.message + "\n";
    out += "\n";
  }
  out += "questions: " + std::to_string(r.questions.size()) + " in " + std::to_string(r.quizzes.size()) + " quizzes";
  if (r.short_quizzes) out += " (" + std::to_string(r.short_quizzes) + " shorter than asked)";
  out += "\nflaws: " + std::to_string(r.flaw_count()) + "\n";
  for (const auto& [rule, n] : r.flaws_by_rule) out += "  " + rule + ": " + std::to_string(n) + "\n";
  out += "type mix:";
  for (const auto& [t, n] : r.types)
    out += " " + std::string(type_name(t)) + " " + percent(n, static_cast<int>(r.questions.size()));
  int keys = 0, ranks = 0;
  for (int n : r.key_positions) keys += n;
  for (int n : r.value_ranks) ranks += n;
  out += "\nkey position (4-option mcq and reverse, " + std::to_string(keys) + "):";
  for (std::size_t i = 0; i < 4; ++i) out += " " + std::string(1, char('A' + i)) + " " + percent(r.key_positions[i], keys);
  out += "\nkey is the only longest option (text options, " + std::to_string(r.text_option_questions) +
         "): " + percent(r.key_unique_longest, r.text_option_questions);
  out += "\nkey's rank among sorted values (" + std::to_string(ranks) + "):";
  for (std::size_t i = 0; i < 4; ++i) out += " " + std::to_string(i + 1) + " " + percent(r.value_ranks[i], ranks);
  out += "\ngive-aways between questions: " + std::to_string(r.giveaways);
  out += "\nreverse questions (authored wording): " + std::to_string(r.reverse_authored);
  out += "\nhard questions word for word in the easy quiz of the same seed: " + std::to_string(r.hard_same_as_easy) +
         " of " + std::to_string(r.hard_questions) + " (" + percent(r.hard_same_as_easy, r.hard_questions) + ")\n";
  return out;
}

std::string audit_json(const AuditReport& r) {
  Json j;
  Json qs = Json::array();
  for (const auto& a : r.questions) {
    Json flaws = Json::array();
    for (const auto& v : a.flaws) flaws.push_back({{"rule", v.rule}, {"message", v.message}});
    qs.push_back({{"seed", a.seed}, {"difficulty", difficulty_name(a.difficulty)}, {"number", a.number},
                  {"id", a.question.id}, {"type", type_name(a.question.type)}, {"prompt", a.question.prompt},
                  {"rules", a.rules}, {"flaws", flaws}});
  }
  Json quizzes = Json::array();
  for (const auto& q : r.quizzes) {
    Json flaws = Json::array();
    for (const auto& v : q.flaws) flaws.push_back({{"rule", v.rule}, {"message", v.message}});
    quizzes.push_back({{"seed", q.seed}, {"difficulty", difficulty_name(q.difficulty)}, {"asked", q.asked},
                       {"made", q.made}, {"shortfall", q.shortfall}, {"flaws", flaws}});
  }
  Json types = Json::object();
  for (const auto& [t, n] : r.types) types[std::string(type_name(t))] = n;
  j["questions"] = qs;
  j["quizzes"] = quizzes;
  j["summary"] = {{"questions", r.questions.size()},
                  {"quizzes", r.quizzes.size()},
                  {"short_quizzes", r.short_quizzes},
                  {"flaws", r.flaw_count()},
                  {"flaws_by_rule", r.flaws_by_rule},
                  {"types", types},
                  {"key_positions", r.key_positions},
                  {"text_option_questions", r.text_option_questions},
                  {"key_unique_longest", r.key_unique_longest},
                  {"value_ranks", r.value_ranks},
                  {"giveaways", r.giveaways},
                  {"reverse_questions", r.reverse_authored},
                  {"hard_questions", r.hard_questions},
                  {"hard_same_as_easy", r.hard_same_as_easy}};
  return j.dump(2) + "\n";
}

}  // namespace factdeck
