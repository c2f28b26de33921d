// A practice quiz's record as JSON: the selection it was made from and what was answered right.
#include "factdeck/practice.h"

#include <nlohmann/json.hpp>

namespace factdeck {

using nlohmann::json;

std::string selection_json(const QuizSelection& s) {
  json types = json::array(), kinds = json::array();
  for (QuestionType t : s.types) types.push_back(std::string(type_name(t)));
  for (Kind k : s.kinds) kinds.push_back(std::string(kind_name(k)));
  json j = {{"articles", s.articles}, {"types", types},
            {"count", s.count},       {"difficulty", std::string(difficulty_name(s.difficulty))},
            {"seed", s.seed}};
  // Only when chosen, so a record of the practice screen (which has no tags or kinds) stays as it was.
  if (!s.tags.empty()) j["tags"] = s.tags;
  if (!s.kinds.empty()) j["kinds"] = kinds;
  return j.dump();
}

Status selection_from_json(const std::string& text, QuizSelection& out) {
  const json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return Status::Error("not a quiz selection (JSON object expected)");
  QuizSelection s;
  auto strings = [&](const char* key, std::vector<std::string>& into) {
    if (!j.contains(key) || !j[key].is_array()) return;
    for (const json& v : j[key])
      if (v.is_string()) into.push_back(v.get<std::string>());
  };
  std::vector<std::string> types, kinds;
  strings("articles", s.articles);
  strings("tags", s.tags);
  strings("types", types);
  strings("kinds", kinds);
  for (const std::string& t : types) {
    auto v = type_from_name(t);
    if (!v) return Status::Error("unknown question type '" + t + "'");
    s.types.push_back(*v);
  }
  for (const std::string& k : kinds) {
    auto v = kind_from_name(k);
    if (!v) return Status::Error("unknown kind '" + k + "'");
    s.kinds.push_back(*v);
  }
  if (j.contains("count") && j["count"].is_number_integer()) s.count = j["count"].get<int>();
  if (j.contains("seed") && j["seed"].is_number_unsigned()) s.seed = j["seed"].get<std::uint64_t>();
  if (j.contains("difficulty") && j["difficulty"].is_string()) {
    auto d = difficulty_from_name(j["difficulty"].get<std::string>());
    if (!d) return Status::Error("unknown difficulty '" + j["difficulty"].get<std::string>() + "'");
    s.difficulty = *d;
  }
  out = std::move(s);
  return Status::Ok();
}

PracticeResult practice_result(const Quiz& quiz, const std::vector<bool>& results, UnixSeconds now) {
  PracticeResult r;
  r.time = now;
  r.settings = selection_json(quiz.selection);
  r.total = static_cast<int>(results.size());
  json details = json::array();
  for (std::size_t i = 0; i < results.size() && i < quiz.questions.size(); ++i) {
    if (results[i]) ++r.score;
    details.push_back({{"id", quiz.questions[i].id}, {"correct", static_cast<bool>(results[i])}});
  }
  r.details = details.dump();
  return r;
}

}  // namespace factdeck
