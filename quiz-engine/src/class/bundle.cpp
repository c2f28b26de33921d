// Bundle files: answer events carried from one machine to another (a USB stick), checked field by field on the way in.
#include <set>

#include "class/json_fields.h"
#include "factdeck/class.h"

namespace factdeck {

using class_detail::FieldReader;
using class_detail::Json;

namespace {

constexpr const char* kBundleFormat = "factdeck-class-bundle";
constexpr std::int64_t kMaxTime = 253402300799;  // 9999-12-31T23:59:59Z

}  // namespace

std::string bundle_to_json(const Bundle& b) {
  Json root;
  root["format"] = kBundleFormat;
  root["version"] = kBundleFormatVersion;
  root["created"] = format_iso8601(b.created);
  Json events = Json::array();
  for (const AnswerEvent& e : b.events) {
    Json j;
    j["id"] = e.id;
    j["assignment"] = e.assignment;
    j["student"] = e.student;
    j["question"] = e.question;
    j["choice"] = e.choice;
    j["answer"] = e.answer;
    j["correct"] = e.correct;
    j["time"] = e.time;
    j["duration_ms"] = e.duration_ms;
    events.push_back(std::move(j));
  }
  root["events"] = std::move(events);
  // One event a line: a bundle of 36,000 events stays readable and diffable.
  std::string out = "{\"format\": " + root["format"].dump() + ", \"version\": " + root["version"].dump() +
                    ", \"created\": " + root["created"].dump() + ", \"events\": [";
  for (std::size_t i = 0; i < root["events"].size(); ++i)
    out += (i ? ",\n  " : "\n  ") + root["events"][i].dump(-1, ' ', false, Json::error_handler_t::replace);
  out += root["events"].empty() ? "]}\n" : "\n]}\n";
  return out;
}

Status bundle_from_json(const std::string& text, const std::string& where, Bundle& out) {
  Json j;
  if (Status st = class_detail::read_header(text, where, kBundleFormat, "a Factdeck class bundle", kBundleFormatVersion, j); !st.ok())
    return st;
  std::string error;
  FieldReader r(j, "", &error);
  Bundle b;
  const std::string created = r.text("created");
  if (error.empty()) {
    if (const auto t = parse_iso8601(created)) b.created = *t;
    else r.fail("created", "not an ISO 8601 time: '" + created + "'");
  }
  const Json* events = r.child("events");
  if (error.empty() && !events->is_array()) r.fail("events", "a list of events was expected");
  std::set<std::string> seen;
  for (std::size_t i = 0; error.empty() && i < events->size(); ++i) {
    const std::string path = "events[" + std::to_string(i) + "]";
    const Json& ej = (*events)[i];
    if (!ej.is_object()) {
      error = path + ": an event object was expected";
      break;
    }
    FieldReader er(ej, path, &error);
    AnswerEvent e;
    e.id = er.text("id");
    e.assignment = er.text("assignment");
    e.student = er.text("student");
    e.question = er.text("question");
    e.choice = static_cast<int>(er.integer("choice", -1, 25));
    e.answer = er.text("answer");
    e.correct = er.boolean("correct");
    e.time = er.integer("time", 0, kMaxTime);
    e.duration_ms = static_cast<int>(er.integer("duration_ms", 0, 86400000));
    if (error.empty() && e.id.empty()) er.fail(er.path("id"), "empty");
    if (error.empty() && e.student.empty()) er.fail(er.path("student"), "empty");
    if (error.empty() && !seen.insert(e.id).second) er.fail(er.path("id"), "'" + e.id + "' appears twice in the bundle");
    b.events.push_back(std::move(e));
  }
  if (!error.empty()) return Status::Error(where + ": " + error);
  out = std::move(b);
  return Status::Ok();
}

}  // namespace factdeck
