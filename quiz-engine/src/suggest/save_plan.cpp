// Saving an article from suggestions: the checks and the file it becomes, before anything is written.
#include <filesystem>

#include "factdeck/article_save.h"

namespace factdeck {
namespace {

bool file_exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return std::filesystem::equivalent(a, b, ec);
}

}  // namespace

std::string ArticleSavePlan::message() const {
  std::string m;
  if (editing) {
    m = "Saved " + path + (copy ? " (your copy, loaded instead of the bundled article)" : "") + ": " +
        std::to_string(report.kept.size()) + " facts unchanged, " + std::to_string(report.updated.size()) + " changed, " +
        std::to_string(report.added.size()) + " new, " + std::to_string(report.removed.size()) +
        " left out (their reviews stay).";
  } else {
    m = "Saved " + std::to_string(saved_suggestions.size()) + " facts to " + path + "; they are new cards in Review now.";
  }
  if (waiting)
    m += " " + std::to_string(waiting) + " more are in the file, commented out until they get wrong answers.";
  return m;
}

Status plan_article_save(const ArticleSaveRequest& req, const Content& content, const std::string& user_dir,
                         ArticleSavePlan& out) {
  out = ArticleSavePlan{};
  std::vector<Suggestion> ready, waiting;
  if (req.suggestions && req.accepted)
    for (std::size_t i = 0; i < req.suggestions->size() && i < req.accepted->size(); ++i)
      if ((*req.accepted)[i]) {
        const Suggestion& sug = (*req.suggestions)[i];
        if (sug.ready()) out.saved_suggestions.push_back(i);
        (sug.ready() ? ready : waiting).push_back(sug);
      }
  if (ready.empty())
    return Status::Error(waiting.empty() ? "Accept at least one suggestion (Space) before saving."
                                         : "The accepted suggestions still need wrong answers (a class or distractors) "
                                           "before they can be saved.");
  const Article* existing = req.existing_id.empty() ? nullptr : content.find_article(req.existing_id);
  if (!req.existing_id.empty() && !existing)
    return Status::Error("Not saved: the article '" + req.existing_id +
                         "' is no longer loaded (see the content errors in Library).");
  Article fields = existing ? *existing : Article{};
  if (!existing) {
    fields.id = slug_id(req.id);
    if (fields.id.empty()) return Status::Error("Give the article an id (letters, digits and '-').");
    if (const Article* other = content.find_article(fields.id))
      return Status::Error("Not saved: the article '" + fields.id + "' exists already (" + other->file +
                           "); choose another id, or open that one from Library (E) to edit it.");
  }
  fields.title = req.title.empty() ? fields.id : req.title;
  if (!fields.published && req.published) fields.published = req.published;
  fields.facts.clear();
  for (const Suggestion& r : ready) fields.facts.push_back(r.fact);
  if (existing) fields = merge_article(*existing, fields, MergeMode::Replace, &out.report);

  const std::string path = existing ? edited_article_path(user_dir, *existing) : user_dir + "/articles/" + fields.id + ".toml";
  // Never write over a file that is not the article being saved (one that failed to load, or another id).
  if (file_exists(path) && !(existing && same_file(path, existing->file)))
    return Status::Error("Not saved: " + path + " exists but is not the loaded article '" + fields.id +
                         "' (see the content errors in Library); move it away first.");
  std::vector<FactBlock> blocks;
  for (const Fact& f : fields.facts) blocks.push_back({f, "", false});
  for (FactBlock& b : suggestion_blocks(waiting)) blocks.push_back(std::move(b));  // commented out until ready
  out.toml = article_toml(fields, blocks);
  const LoadResult check = check_article_toml(out.toml, &content, path);
  for (const Diagnostic& d : check.diagnostics)
    if (d.severity == Severity::Error) return Status::Error("Not saved: " + d.to_string());
  out.path = path;
  out.editing = existing != nullptr;
  out.copy = existing && !same_file(path, existing->file);
  out.article = std::move(fields);
  out.waiting = waiting.size();
  return Status::Ok();
}

}  // namespace factdeck
