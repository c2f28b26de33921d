// Assignments as files: ids, the snapshot of the questions in `factdeck quiz`'s JSON, and graded answer events.
#include <cstdio>

#include "class/json_fields.h"
#include "factdeck/class.h"
#include "factdeck/practice.h"
#include "factdeck/quiz_format.h"

namespace factdeck {

using class_detail::FieldReader;
using class_detail::Json;

std::string make_uuid_v7(std::int64_t unix_ms, Rng& rng) {
  unsigned char b[16];
  const auto ms = static_cast<std::uint64_t>(unix_ms < 0 ? 0 : unix_ms);
  for (int i = 0; i < 6; ++i) b[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
  const std::uint64_t r1 = rng.next(), r2 = rng.next();
  for (int i = 6; i < 16; ++i) b[i] = static_cast<unsigned char>((i < 8 ? r1 >> (8 * i) : r2 >> (8 * (i - 8))));
  b[6] = static_cast<unsigned char>(0x70 | (b[6] & 0x0f));  // version 7
  b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3f));  // variant 10
  char out[37];
  std::snprintf(out, sizeof out, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
                b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
  return out;
}

Assignment make_assignment(const Quiz& quiz, const std::string& class_name, const std::string& title, UnixSeconds created,
                           std::string id) {
  Assignment a;
  a.id = std::move(id);
  a.created = created;
  a.class_name = class_name;
  a.title = !title.empty() ? title : !quiz.title.empty() ? quiz.title : "Quiz for " + class_name;
  a.selection = quiz.selection;
  a.questions = quiz.questions;
  return a;
}

const Question* Assignment::find(const std::string& question_id) const {
  for (const Question& q : questions)
    if (q.id == question_id) return &q;
  return nullptr;
}

namespace {

constexpr const char* kAssignmentFormat = "factdeck-assignment";

// One question of the snapshot, the inverse of quiz_to_json's question: every field its type needs.
Question read_question(const Json& j, const std::string& path, std::string* error) {
  Question q;
  if (!j.is_object()) {
    *error = path + ": a question object was expected";
    return q;
  }
  FieldReader r(j, path, error);
  q.id = r.text("id");
  q.article = r.text("article");
  q.fact = r.text("fact");
  q.facts = r.texts("facts");
  const std::string type = r.text("type");
  q.prompt = r.text("prompt");
  if (!r.ok()) return q;
  const auto t = type_from_name(type);
  if (!t) {
    r.fail(r.path("type"), "unknown question type '" + type + "'");
    return q;
  }
  q.type = *t;
  auto key_in = [&](int answer, std::size_t n) {
    if (answer < 0 || static_cast<std::size_t>(answer) >= n) r.fail(r.path("answer"), "not the index of an option");
  };
  switch (q.type) {
    case QuestionType::FactOrOpinion:
      q.statement = r.text("statement");
      [[fallthrough]];
    case QuestionType::Mcq:
    case QuestionType::Reverse:
      q.options = r.texts("options");
      q.answer = static_cast<int>(r.integer("answer", 0, 25));
      if (r.ok()) key_in(q.answer, q.options.size());
      break;
    case QuestionType::TrueFalse:
      q.statement = r.text("statement");
      q.truth = r.boolean("answer");
      break;
    case QuestionType::Cloze:
      q.text = r.text("text");
      q.accept = r.texts("accept");
      if (r.ok() && q.accept.empty()) r.fail(r.path("accept"), "no accepted answer");
      break;
    case QuestionType::Order:
      q.items = r.texts("items");
      q.order = r.integers("order");
      if (r.ok() && q.order.size() != q.items.size()) r.fail(r.path("order"), "one index per item was expected");
      break;
    case QuestionType::Match:
      q.left = r.texts("left");
      q.right = r.texts("right");
      q.pairs = r.integers("pairs");
      if (r.ok() && q.pairs.size() != q.left.size()) r.fail(r.path("pairs"), "one index per left item was expected");
      break;
    case QuestionType::Numeric:
      q.value = r.number("value");
      q.unit = r.text("unit");
      q.tolerance = r.number("tolerance");
      break;
  }
  q.answer_text = r.text("answer_text");
  if (const Json* e = r.child("explanation", true); e && e->is_object()) {
    FieldReader er(*e, r.path("explanation"), error);
    q.sentence = er.text("sentence");
    q.note = er.text("note");
    if (e->contains("original")) q.original = er.text("original");
  }
  const std::string difficulty = r.text("difficulty");
  if (const auto d = difficulty_from_name(difficulty); r.ok() && d) q.difficulty = *d;
  else if (r.ok()) r.fail(r.path("difficulty"), "unknown difficulty '" + difficulty + "'");
  return q;
}

}  // namespace

std::string assignment_to_json(const Assignment& a) {
  // The questions exactly as `factdeck quiz` writes them (one writer for both files).
  Quiz quiz;
  quiz.selection = a.selection;
  quiz.questions = a.questions;
  const Json written = Json::parse(quiz_to_json(quiz));
  Json root;
  root["format"] = kAssignmentFormat;
  root["version"] = kAssignmentFormatVersion;
  root["id"] = a.id;
  root["class"] = a.class_name;
  root["title"] = a.title;
  root["created"] = format_iso8601(a.created);
  root["revision"] = a.revision;
  root["previous"] = a.previous;
  root["selection"] = Json::parse(selection_json(a.selection));
  root["questions"] = written["questions"];
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Status assignment_from_json(const std::string& text, const std::string& where, Assignment& out) {
  Json j;
  if (Status st = class_detail::read_header(text, where, kAssignmentFormat, "a Factdeck assignment", kAssignmentFormatVersion, j);
      !st.ok())
    return st;
  std::string error;
  FieldReader r(j, "", &error);
  Assignment a;
  a.id = r.text("id");
  a.class_name = r.text("class");
  a.title = r.text("title");
  const std::string created = r.text("created");
  a.revision = static_cast<int>(r.integer("revision", 1, 1000000));
  a.previous = r.text("previous");
  if (error.empty()) {
    const auto t = parse_iso8601(created);
    if (!t) r.fail("created", "not an ISO 8601 time: '" + created + "'");
    else a.created = *t;
  }
  if (error.empty() && a.id.empty()) r.fail("id", "empty");
  if (const Json* sel = r.child("selection"); sel && error.empty())
    if (Status st = selection_from_json(sel->dump(), a.selection); !st.ok()) r.fail("selection", st.message());
  const Json* qs = r.child("questions");
  if (error.empty() && (!qs->is_array() || qs->empty())) r.fail("questions", "a non-empty list of questions was expected");
  for (std::size_t i = 0; error.empty() && i < qs->size(); ++i) {
    a.questions.push_back(read_question((*qs)[i], "questions[" + std::to_string(i) + "]", &error));
    if (error.empty() && a.find(a.questions.back().id) != &a.questions.back())
      error = "questions[" + std::to_string(i) + "].id: '" + a.questions.back().id + "' is used twice";
  }
  if (!error.empty()) return Status::Error(where + ": " + error);
  out = std::move(a);
  return Status::Ok();
}

AnswerEvent answer_event(const Assignment& a, const Question& q, const std::string& student,
                         const std::optional<Response>& response, UnixSeconds time, int duration_ms, std::string id) {
  AnswerEvent e;
  e.id = std::move(id);
  e.assignment = a.id;
  e.student = student;
  e.question = q.id;
  e.time = time;
  e.duration_ms = duration_ms;
  if (!response) return e;  // "I don't know": no choice, no text, wrong
  e.correct = grade(q, *response);
  e.answer = response_text(q, *response);
  switch (q.type) {
    case QuestionType::Mcq:
    case QuestionType::Reverse:
    case QuestionType::FactOrOpinion:
      e.choice = response->choice;
      break;
    case QuestionType::TrueFalse:
      e.choice = response->truth ? 0 : 1;
      break;
    default:
      break;
  }
  return e;
}

}  // namespace factdeck
