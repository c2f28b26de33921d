// Loads content folders (articles/*.toml, lexicon/*.toml) into the model, collecting every problem.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "content/fact_reader.h"
#include "content/toml_guard.h"
#include "content/toml_reader.h"
#include "factdeck/content.h"

namespace factdeck {
namespace fs = std::filesystem;
using content_detail::Reader;

namespace {

constexpr std::uintmax_t kMaxFileBytes = 8u << 20;  // 8 MiB: far beyond any real article

struct Parsed {
  toml::table root;
  bool ok = false;
};

// Parses text and checks `format`; a file that fails either is refused whole.
Parsed parse_file(Reader& r, const std::string& text) {
  Parsed p;
  if (text.size() > kMaxFileBytes) {
    r.error_at(1, 1, "file is " + std::to_string(text.size() / (1024 * 1024)) +
                         " MiB; content files are limited to 8 MiB");
    return p;
  }
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    r.error_at(1, 1, "file is empty; it must start with 'format = 1'");
    return p;
  }
  // Characters that would drive toml++ 3.3 into undefined behaviour are refused first (toml_guard.h).
  if (const auto bad = content_detail::find_unsafe_character(text)) {
    r.error_at(bad->line, bad->column, "TOML syntax: " + bad->message);
    return p;
  }
  toml::parse_result result = toml::parse(text, r.path());
  if (!result) {
    const auto& err = result.error();
    r.error(err.source(), "TOML syntax: " + std::string(err.description()));
    return p;
  }
  p.root = std::move(result).table();
  const toml::node* format = p.root.get("format");
  if (!format) {
    r.error_at(1, 1, "missing 'format = 1' at the top of the file");
    return p;
  }
  if (!format->is_integer()) {
    r.error(format->source(), "'format' must be an integer such as 1");
    return p;
  }
  const std::int64_t v = *format->value<std::int64_t>();
  if (v > kContentFormat) {
    r.error(format->source(), "format " + std::to_string(v) + " is newer than this Factdeck reads (" +
                                  std::to_string(kContentFormat) + "); update Factdeck to load this file");
    return p;
  }
  if (v < 1) {
    r.error(format->source(), "format must be 1");
    return p;
  }
  p.ok = true;
  return p;
}

void load_lexicon_text(const FileText& file, std::vector<LexClass>& classes, std::set<std::string>& class_ids,
                       std::vector<Diagnostic>& out) {
  Reader r(file.path);
  Parsed p = parse_file(r, file.text);
  std::vector<LexClass> found;
  if (p.ok) {
    r.check_keys(p.root, {"format", "class"}, "a lexicon file");
    const toml::node* node = p.root.get("class");
    const toml::array* arr = node ? node->as_array() : nullptr;
    if (!node) {
      r.error_at(1, 1, "a lexicon file needs at least one [[class]]");
    } else if (!arr || !arr->is_array_of_tables()) {
      r.error(node->source(), "'class' must be written as [[class]] tables");
    } else {
      for (const toml::node& n : *arr) {
        const toml::table& t = *n.as_table();
        r.check_keys(t, {"id", "label", "members"}, "[[class]]");
        LexClass c;
        c.file = file.path;
        c.pos = {static_cast<int>(t.source().begin.line), static_cast<int>(t.source().begin.column)};
        auto id = r.string(t, "id", true);
        auto label = r.string(t, "label", true);
        auto members = r.strings(t, "members", true);
        if (id && !r.valid_id(*id)) r.error(t.get("id")->source(), "class id '" + *id + "' must be lower-case letters, digits and '-'");
        if (id && r.valid_id(*id) && !class_ids.insert(*id).second)
          r.error(t.get("id")->source(), "class id '" + *id + "' is already used by another class");
        if (members) {
          std::set<std::string> seen;
          for (const std::string& m : *members)
            if (!seen.insert(normalize_text(m)).second)
              r.error(t.get("members")->source(), "member '" + m + "' appears twice in class '" + id.value_or("") + "'");
          if (members->size() < 2) r.error(t.get("members")->source(), "a class needs at least 2 members");
        }
        if (id && label && members) {
          c.id = *id;
          c.label = *label;
          c.members = *members;
          found.push_back(std::move(c));
        }
      }
    }
  }
  if (!r.failed())
    for (LexClass& c : found) classes.push_back(std::move(c));
  out.insert(out.end(), r.diagnostics().begin(), r.diagnostics().end());
}

void load_article_text(const FileText& file, const Content& lexicon, std::set<std::string>& article_ids,
                       std::vector<Article>& articles, std::vector<Diagnostic>& out) {
  Reader r(file.path);
  Parsed p = parse_file(r, file.text);
  Article a;
  a.file = file.path;
  if (p.ok) {
    r.check_keys(p.root, {"format", "article", "fact"}, "an article file");
    const toml::table* at = r.table(p.root, "article", false);
    if (!p.root.get("article")) r.error_at(1, 1, "missing the [article] table");
    if (at) {
      r.check_keys(*at, {"id", "title", "published", "source", "tags", "summary"}, "[article]");
      auto id = r.string(*at, "id", true);
      if (id && !r.valid_id(*id))
        r.error(at->get("id")->source(), "article id '" + *id + "' must be lower-case letters, digits and '-'");
      else if (id && !article_ids.insert(*id).second)
        r.error(at->get("id")->source(), "article id '" + *id + "' is already used by another article");
      a.id = id.value_or("");
      a.title = r.string(*at, "title", true).value_or("");
      if (auto d = r.date(*at, "published", false)) a.published = Date{d->year, d->month, d->day};
      a.source = r.string(*at, "source", false).value_or("");
      a.summary = r.string(*at, "summary", false).value_or("");
      a.tags = r.strings(*at, "tags", false, true).value_or(std::vector<std::string>{});
    }
    const toml::node* facts = p.root.get("fact");
    if (facts) {
      const toml::array* arr = facts->as_array();
      if (!arr || !arr->is_array_of_tables()) {
        r.error(facts->source(), "'fact' must be written as [[fact]] tables");
      } else {
        std::map<std::string, int> fact_ids;
        for (const toml::node& n : *arr) {
          Fact f;
          if (!content_detail::read_fact(r, *n.as_table(), lexicon, f)) continue;
          if (!fact_ids.emplace(f.id, f.pos.line).second) {
            r.error(n.as_table()->get("id")->source(), "fact id '" + f.id + "' is already used in this article (line " +
                                                           std::to_string(fact_ids[f.id]) + ")");
            continue;
          }
          a.facts.push_back(std::move(f));
        }
      }
    } else if (at) {
      r.warning(at->source(), "article has no [[fact]] tables, so nothing to learn from it");
    }
  }
  if (!r.failed()) articles.push_back(std::move(a));
  out.insert(out.end(), r.diagnostics().begin(), r.diagnostics().end());
}

std::vector<FileText> read_folder(const fs::path& dir, std::vector<Diagnostic>& out) {
  std::vector<FileText> files;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return files;
  std::vector<fs::path> paths;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".toml") paths.push_back(it->path());
  std::sort(paths.begin(), paths.end());
  for (const fs::path& path : paths) {
    FileText f{path.string(), {}};
    const auto size = fs::file_size(path, ec);
    if (!ec && size > kMaxFileBytes) {  // refuse before reading it all into memory
      out.push_back({Severity::Error, f.path, 1, 1,
                     "file is " + std::to_string(size / (1024 * 1024)) + " MiB; content files are limited to 8 MiB"});
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      out.push_back({Severity::Error, f.path, 0, 0, "cannot open the file"});
      continue;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    f.text = ss.str();
    files.push_back(std::move(f));
  }
  return files;
}

}  // namespace

LoadResult load_content_texts(const std::vector<FileText>& lexicon_files, const std::vector<FileText>& article_files) {
  LoadResult result;
  std::set<std::string> class_ids;
  for (const FileText& f : lexicon_files) load_lexicon_text(f, result.content.classes, class_ids, result.diagnostics);
  std::sort(result.content.classes.begin(), result.content.classes.end(),
            [](const LexClass& a, const LexClass& b) { return a.id < b.id; });
  std::set<std::string> article_ids;
  for (const FileText& f : article_files)
    load_article_text(f, result.content, article_ids, result.content.articles, result.diagnostics);
  std::sort(result.content.articles.begin(), result.content.articles.end(),
            [](const Article& a, const Article& b) { return a.id < b.id; });
  content_detail::warn_thin_facts(result.content, result.diagnostics);
  return result;
}

LoadResult load_content(const std::vector<std::string>& folders) {
  std::vector<Diagnostic> io;
  std::vector<FileText> lexicon, articles;
  for (const std::string& folder : folders) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
      io.push_back({Severity::Error, folder, 0, 0, "content folder not found"});
      continue;
    }
    for (FileText& f : read_folder(fs::path(folder) / "lexicon", io)) lexicon.push_back(std::move(f));
    for (FileText& f : read_folder(fs::path(folder) / "articles", io)) articles.push_back(std::move(f));
  }
  LoadResult result = load_content_texts(lexicon, articles);
  result.diagnostics.insert(result.diagnostics.begin(), io.begin(), io.end());
  return result;
}

LoadResult load_content(const std::string& folder) { return load_content(std::vector<std::string>{folder}); }

}  // namespace factdeck
