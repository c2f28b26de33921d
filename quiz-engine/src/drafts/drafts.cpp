// Drafts of unsaved work as JSON files in DATA_DIR/drafts, written atomically.
#include "factdeck/drafts.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "factdeck/atomic_file.h"
#include "factdeck/practice.h"

namespace factdeck {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

std::string str(const json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}
bool flag(const json& j, const char* key) { return j.contains(key) && j[key].is_boolean() && j[key].get<bool>(); }
int number(const json& j, const char* key, int fallback) {
  return j.contains(key) && j[key].is_number_integer() ? j[key].get<int>() : fallback;
}

Status parse_object(const std::string& text, json& out) {
  out = json::parse(text, nullptr, false);
  if (out.is_discarded() || !out.is_object()) return Status::Error("not a Factdeck draft (JSON object expected)");
  return Status::Ok();
}

Status write(const std::string& data_dir, const char* name, const std::string& text) {
  std::error_code ec;
  fs::create_directories(fs::path(draft_path(data_dir, name)).parent_path(), ec);
  if (ec) return Status::Error("cannot create " + fs::path(draft_path(data_dir, name)).parent_path().string() + ": " + ec.message());
  return write_file_atomically(draft_path(data_dir, name), text);
}

// The file's text, nullopt when there is no file.
Status read(const std::string& data_dir, const char* name, std::optional<std::string>& out) {
  out.reset();
  const std::string path = draft_path(data_dir, name);
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status::Ok();
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  if (!in) return Status::Error("cannot read the draft " + path);
  out = ss.str();
  return Status::Ok();
}

}  // namespace

namespace {

// Reads the draft NAME into `out`: nullopt when there is none; an error naming the file when it is not one.
template <class Draft>
Status load(const std::string& data_dir, const char* name, std::optional<Draft>& out) {
  out.reset();
  std::optional<std::string> text;
  if (Status st = read(data_dir, name, text); !st.ok() || !text) return st;
  Draft d;
  if (Status st = from_json(*text, d); !st.ok()) return Status::Error(draft_path(data_dir, name) + ": " + st.message());
  out = std::move(d);
  return Status::Ok();
}

}  // namespace

bool ArticleDraft::empty() const {
  return id.empty() && title.empty() && text.empty() && existing_id.empty() && import_path.empty() &&
         import_text.empty() && import_id.empty() && import_title.empty();
}

std::string to_json(const ArticleDraft& d) {
  json facts = json::array();
  for (const DraftFact& f : d.facts) {
    json jf = {{"index", f.index}, {"accepted", f.accepted}, {"edited", f.edited}};
    if (f.edited) {
      jf["question"] = f.question;
      jf["statement"] = f.statement;
      jf["class"] = f.klass;
      jf["distractors"] = f.distractors;
    }
    facts.push_back(jf);
  }
  const json j = {{"id", d.id},
                  {"title", d.title},
                  {"text", d.text},
                  {"existing_id", d.existing_id},
                  {"suggested", d.suggested},
                  {"cursor", d.cursor},
                  {"facts", facts},
                  {"import", {{"open", d.import_open}, {"path", d.import_path}, {"text", d.import_text},
                              {"id", d.import_id}, {"title", d.import_title}}}};
  return j.dump(1);
}

Status from_json(const std::string& text, ArticleDraft& out) {
  json j;
  if (Status st = parse_object(text, j); !st.ok()) return st;
  ArticleDraft d;
  d.id = str(j, "id");
  d.title = str(j, "title");
  d.text = str(j, "text");
  d.existing_id = str(j, "existing_id");
  d.suggested = flag(j, "suggested");
  d.cursor = number(j, "cursor", 0);
  if (j.contains("facts") && j["facts"].is_array())
    for (const json& jf : j["facts"]) {
      if (!jf.is_object()) continue;
      DraftFact f;
      f.index = number(jf, "index", -1);
      if (f.index < 0) continue;
      f.accepted = flag(jf, "accepted");
      f.edited = flag(jf, "edited");
      f.question = str(jf, "question");
      f.statement = str(jf, "statement");
      f.klass = str(jf, "class");
      f.distractors = str(jf, "distractors");
      d.facts.push_back(std::move(f));
    }
  if (j.contains("import") && j["import"].is_object()) {
    const json& im = j["import"];
    d.import_open = flag(im, "open");
    d.import_path = str(im, "path");
    d.import_text = str(im, "text");
    d.import_id = str(im, "id");
    d.import_title = str(im, "title");
  }
  out = std::move(d);
  return Status::Ok();
}

std::string to_json(const BuilderDraft& d) {
  const json j = {{"selection", json::parse(selection_json(d.selection))},
                  {"versions", d.versions},
                  {"format", d.format},
                  {"built", d.built},
                  {"attempts", d.attempts}};
  json out = j;
  // Only when there are any: a draft of replacements alone reads as it did before teachers could reword.
  if (std::any_of(d.wordings.begin(), d.wordings.end(), [](const std::string& w) { return !w.empty(); }))
    out["wordings"] = d.wordings;
  if (!d.title.empty()) out["title"] = d.title;
  return out.dump(1);
}

Status from_json(const std::string& text, BuilderDraft& out) {
  json j;
  if (Status st = parse_object(text, j); !st.ok()) return st;
  BuilderDraft d;
  if (j.contains("selection"))
    if (Status st = selection_from_json(j["selection"].dump(), d.selection); !st.ok()) return st;
  d.versions = number(j, "versions", d.versions);
  d.format = number(j, "format", d.format);
  d.built = flag(j, "built");
  if (j.contains("attempts") && j["attempts"].is_array())
    for (const json& a : j["attempts"]) d.attempts.push_back(a.is_number_integer() ? a.get<int>() : 0);
  if (j.contains("wordings") && j["wordings"].is_array())
    for (const json& w : j["wordings"]) d.wordings.push_back(w.is_string() ? w.get<std::string>() : std::string());
  if (j.contains("title") && j["title"].is_string()) d.title = j["title"].get<std::string>();
  out = std::move(d);
  return Status::Ok();
}

std::string draft_path(const std::string& data_dir, const std::string& name) {
  return data_dir + "/drafts/" + name + ".json";
}

Status save_draft(const std::string& data_dir, const ArticleDraft& d) {
  if (d.empty()) return remove_draft(data_dir, "article");
  return write(data_dir, "article", to_json(d));
}

Status save_draft(const std::string& data_dir, const BuilderDraft& d) { return write(data_dir, "builder", to_json(d)); }

Status load_draft(const std::string& data_dir, std::optional<ArticleDraft>& out) { return load(data_dir, "article", out); }

Status load_draft(const std::string& data_dir, std::optional<BuilderDraft>& out) { return load(data_dir, "builder", out); }

Status remove_draft(const std::string& data_dir, const std::string& name) {
  std::error_code ec;
  fs::remove(draft_path(data_dir, name), ec);
  if (ec) return Status::Error("cannot remove the draft " + draft_path(data_dir, name) + ": " + ec.message());
  return Status::Ok();
}

}  // namespace factdeck
