// Merges an edited article into the one on disk so every fact learners have reviewed keeps its id.
#include <filesystem>
#include <set>

#include "factdeck/suggest.h"

namespace factdeck {
namespace {

bool same_fact(const Fact& a, const Fact& b) {
  return a.id == b.id && a.kind == b.kind && a.question == b.question && a.statement == b.statement &&
         a.sentence == b.sentence && a.note == b.note && a.class_id == b.class_id && a.distractors == b.distractors &&
         a.reverse == b.reverse && a.original == b.original && a.tags == b.tags && a.answer_text() == b.answer_text() &&
         a.subject == b.subject && a.definition == b.definition && a.speaker == b.speaker &&
         a.number.decimals == b.number.decimals;
}

// What identifies a fact when its id changed: its kind and its answer (and an alias's subject).
std::string identity(const Fact& f) {
  return std::string(kind_name(f.kind)) + "|" + normalize_text(f.answer_text()) + "|" + normalize_text(f.subject);
}

}  // namespace

Article merge_article(const Article& existing, const Article& edited, MergeMode mode, MergeReport* report) {
  MergeReport local;
  MergeReport& rep = report ? *report : local;
  rep = MergeReport{};

  Article out = edited;
  out.id = existing.id;  // learners' history is keyed by article id / fact id
  out.file = existing.file;
  out.facts.clear();

  std::set<std::string> old_ids;
  for (const Fact& f : existing.facts) old_ids.emplace(f.id);
  std::vector<bool> old_matched(existing.facts.size(), false);
  std::vector<int> match(edited.facts.size(), -1);  // edited fact -> old fact index

  // First the ids that stayed, then the same kind and answer under a new id.
  for (std::size_t i = 0; i < edited.facts.size(); ++i)
    for (std::size_t j = 0; j < existing.facts.size(); ++j)
      if (!old_matched[j] && edited.facts[i].id == existing.facts[j].id) {
        match[i] = static_cast<int>(j);
        old_matched[j] = true;
        break;
      }
  for (std::size_t i = 0; i < edited.facts.size(); ++i) {
    if (match[i] >= 0 || old_ids.count(edited.facts[i].id.str())) continue;
    for (std::size_t j = 0; j < existing.facts.size(); ++j)
      if (!old_matched[j] && identity(edited.facts[i]) == identity(existing.facts[j])) {
        match[i] = static_cast<int>(j);
        old_matched[j] = true;
        break;
      }
  }

  // New facts take ids no old fact had, so a removed fact's reviews never attach to another.
  std::set<std::string> used = old_ids;
  std::vector<Fact> merged;
  std::vector<int> merged_old;  // old index of each merged fact, or -1
  for (std::size_t i = 0; i < edited.facts.size(); ++i) {
    Fact f = edited.facts[i];
    if (match[i] >= 0) {
      const Fact& old = existing.facts[static_cast<std::size_t>(match[i])];
      if (f.id != old.id) rep.renamed.emplace_back(f.id.str(), old.id.str());
      f.id = old.id;
      (same_fact(f, old) ? rep.kept : rep.updated).emplace_back(f.id);
    } else {
      std::string base = f.id.empty() ? std::string(kind_name(f.kind)) : f.id.str();
      std::string id = base;
      for (int n = 2; used.count(id); ++n) id = base + "-" + std::to_string(n);
      f.id = id;
      rep.added.push_back(id);
    }
    used.emplace(f.id);
    merged.push_back(std::move(f));
    merged_old.push_back(match[i]);
  }

  if (mode == MergeMode::Replace) {
    out.facts = std::move(merged);
    for (std::size_t j = 0; j < existing.facts.size(); ++j)
      if (!old_matched[j]) rep.removed.emplace_back(existing.facts[j].id);
    return out;
  }
  // Add: the old order, updated facts in place, unmatched old facts kept, new facts at the end.
  for (std::size_t j = 0; j < existing.facts.size(); ++j) {
    bool replaced = false;
    for (std::size_t k = 0; k < merged.size(); ++k)
      if (merged_old[k] == static_cast<int>(j)) {
        out.facts.push_back(merged[k]);
        replaced = true;
        break;
      }
    if (!replaced) {
      out.facts.push_back(existing.facts[j]);
      rep.kept.emplace_back(existing.facts[j].id);
    }
  }
  for (std::size_t k = 0; k < merged.size(); ++k)
    if (merged_old[k] < 0) out.facts.push_back(merged[k]);
  return out;
}

std::string edited_article_path(const std::string& user_content_dir, const Article& existing) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(user_content_dir) / "articles";
  std::error_code ec;  // equivalent() fails when either folder is missing: then the file is not the user's
  if (!existing.file.empty() && fs::equivalent(fs::path(existing.file).parent_path(), dir, ec)) return existing.file;
  return (dir / (existing.id + ".toml")).string();
}

}  // namespace factdeck
