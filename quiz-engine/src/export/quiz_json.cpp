// The quiz as JSON: settings, then every question with the fields of its type, in a fixed key order.
#include <cmath>

#include <nlohmann/json.hpp>

#include "factdeck/quiz_format.h"

namespace factdeck {
namespace {

using Json = nlohmann::ordered_json;

// Whole numbers print as integers ("7", not "7.0"): the value as a teacher wrote it.
Json number(double v) {
  if (std::isfinite(v) && std::fabs(v) < 9e15 && v == std::floor(v)) return Json(static_cast<long long>(v));
  return Json(v);
}

Json question_json(const Question& q) {
  Json j;
  j["id"] = q.id;
  j["article"] = q.article;
  j["fact"] = q.fact;
  j["facts"] = q.facts;
  j["type"] = std::string(type_name(q.type));
  j["prompt"] = q.prompt;
  switch (q.type) {
    case QuestionType::Mcq:
    case QuestionType::Reverse:
      j["options"] = q.options;
      j["answer"] = q.answer;
      break;
    case QuestionType::FactOrOpinion:
      j["statement"] = q.statement;
      j["options"] = q.options;
      j["answer"] = q.answer;
      break;
    case QuestionType::TrueFalse:
      j["statement"] = q.statement;
      j["answer"] = q.truth;
      break;
    case QuestionType::Cloze:
      j["text"] = q.text;
      j["accept"] = q.accept;
      break;
    case QuestionType::Order:
      j["items"] = q.items;
      j["order"] = q.order;
      break;
    case QuestionType::Match:
      j["left"] = q.left;
      j["right"] = q.right;
      j["pairs"] = q.pairs;
      break;
    case QuestionType::Numeric:
      j["value"] = number(q.value);
      j["unit"] = q.unit;
      j["tolerance"] = number(q.tolerance);
      break;
  }
  j["answer_text"] = q.answer_text;
  Json e;
  e["sentence"] = q.sentence;
  e["note"] = q.note;
  if (!q.original.empty()) e["original"] = q.original;
  j["explanation"] = e;
  j["difficulty"] = std::string(difficulty_name(q.difficulty));
  return j;
}

}  // namespace

std::string quiz_to_json(const Quiz& quiz) {
  const QuizSelection& s = quiz.selection;
  Json root;
  root["format"] = "factdeck-quiz";
  root["version"] = 1;
  root["seed"] = s.seed;
  if (!quiz.title.empty()) root["title"] = quiz.title;  // the teacher's title; absent when the headlines title it
  Json settings;
  settings["articles"] = s.articles;
  Json types = Json::array();
  for (QuestionType t : s.types) types.push_back(std::string(type_name(t)));
  settings["types"] = types;
  settings["tags"] = s.tags;
  Json kinds = Json::array();
  for (Kind k : s.kinds) kinds.push_back(std::string(kind_name(k)));
  settings["kinds"] = kinds;
  settings["count"] = s.count;
  settings["difficulty"] = std::string(difficulty_name(s.difficulty));
  root["settings"] = settings;
  Json questions = Json::array();
  for (const auto& q : quiz.questions) questions.push_back(question_json(q));
  root["questions"] = questions;
  // Replacement of invalid UTF-8 keeps dump() from throwing on a bad byte in content.
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace factdeck
