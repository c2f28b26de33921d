// Loads content folders (articles/*.toml, lexicon/*.toml) into the model, collecting every problem.
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <system_error>
#include <thread>
#include <unordered_map>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "content/cache.h"
#include "content/fact_reader.h"
#include "content/toml_guard.h"
#include "content/toml_reader.h"
#include "factdeck/atomic_file.h"
#include "factdeck/content.h"

namespace factdeck {
namespace fs = std::filesystem;
using content_detail::CacheEntry;
using content_detail::CacheRecord;
using content_detail::ParseCache;
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

// One article file's own result, before the check that needs the files before it (an id used twice).
struct ParsedArticle {
  Article article;
  std::vector<Diagnostic> diags;  // the file's own, in file order
  bool failed = false;            // an error: the article is not loaded
  bool id_ok = false;             // a well-formed id, to check against the ids before it
  std::size_t dup_at = 0;         // where in `diags` an "already used" error belongs
  SourcePos id_pos;
};

// Parses one article file. Needs only the file and the lexicon, so files can be parsed in parallel.
ParsedArticle parse_article(const std::string& path, const std::string& text, const Content& lexicon) {
  Reader r(path);
  Parsed p = parse_file(r, text);
  ParsedArticle out;
  Article& a = out.article;
  a.file = path;
  if (p.ok) {
    r.check_keys(p.root, {"format", "article", "fact"}, "an article file");
    const toml::table* at = r.table(p.root, "article", false);
    if (!p.root.get("article")) r.error_at(1, 1, "missing the [article] table");
    if (at) {
      r.check_keys(*at, {"id", "title", "published", "source", "tags", "summary"}, "[article]");
      auto id = r.string(*at, "id", true);
      if (id && !r.valid_id(*id)) {
        r.error(at->get("id")->source(), "article id '" + *id + "' must be lower-case letters, digits and '-'");
      } else if (id) {
        const auto& where = at->get("id")->source().begin;
        out.id_ok = true;
        out.dup_at = r.diagnostics().size();
        out.id_pos = {static_cast<int>(where.line), static_cast<int>(where.column)};
      }
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
        a.facts.reserve(arr->size());  // no spare capacity kept for the life of the content
        std::map<std::string, int> fact_ids;
        for (const toml::node& n : *arr) {
          Fact f;
          if (!content_detail::read_fact(r, *n.as_table(), lexicon, f)) continue;
          if (!fact_ids.emplace(f.id, f.pos.line).second) {
            r.error(n.as_table()->get("id")->source(), "fact id '" + f.id + "' is already used in this article (line " +
                                                           std::to_string(fact_ids[f.id.str()]) + ")");
            continue;
          }
          a.facts.push_back(std::move(f));
        }
        if (a.facts.size() < a.facts.capacity()) a.facts.shrink_to_fit();
      }
    } else if (at) {
      r.warning(at->source(), "article has no [[fact]] tables, so nothing to learn from it");
    }
  }
  out.failed = r.failed();
  out.diags = std::move(r.diagnostics());
  return out;
}

// Facts of one article often repeat a text: several facts quote the same sentence, or name the same
// class, note or speaker. Equal texts then share one block (CompactString copies share), which keeps
// a large collection's memory down; what any field reads is unchanged.
void share_repeated_text(Article& a) {
  std::unordered_map<std::string_view, const CompactString*> seen;
  auto share = [&](CompactString& s) {
    if (s.size() <= CompactString::kInlineCapacity) return;  // inline: nothing to share
    const auto [it, fresh] = seen.emplace(s.view(), &s);      // the key views the first holder's block
    if (!fresh) s = *it->second;
  };
  for (Fact& f : a.facts) {
    for (CompactString* s : {&f.sentence, &f.class_id, &f.note, &f.speaker, &f.reverse, &f.statement, &f.question,
                             &f.text, &f.subject, &f.definition, &f.original, &f.number.unit, &f.number.qualifier})
      share(*s);
    for (CompactStrings* list : {&f.distractors, &f.tags, &f.items})
      for (CompactString& s : *list) share(s);
  }
}

// Adds a parsed article to the ones of its folder: an id already used there is an error, and the file is
// then not loaded, as if the check had run while parsing.
void settle_article(ParsedArticle& p, std::set<std::string>& article_ids, std::vector<Article>& articles,
                    std::vector<Diagnostic>& out) {
  if (p.id_ok && !article_ids.insert(p.article.id).second) {
    p.diags.insert(p.diags.begin() + static_cast<std::ptrdiff_t>(p.dup_at),
                   Diagnostic{Severity::Error, p.article.file, p.id_pos.line, p.id_pos.column,
                              "article id '" + p.article.id + "' is already used by another article"});
    p.failed = true;
  }
  if (!p.failed) {
    share_repeated_text(p.article);
    articles.push_back(std::move(p.article));
  }
  out.insert(out.end(), std::make_move_iterator(p.diags.begin()), std::make_move_iterator(p.diags.end()));
}

std::vector<fs::path> list_folder(const fs::path& dir) {
  std::vector<fs::path> paths;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return paths;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".toml") paths.push_back(it->path());
  std::sort(paths.begin(), paths.end());
  return paths;
}

// Reads one file whole; a problem goes to `io` and gives false.
bool read_file(const std::string& path, std::string& text, std::vector<Diagnostic>& io) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (!ec && size > kMaxFileBytes) {  // refuse before reading it all into memory
    io.push_back({Severity::Error, path, 1, 1,
                  "file is " + std::to_string(size / (1024 * 1024)) + " MiB; content files are limited to 8 MiB"});
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    io.push_back({Severity::Error, path, 0, 0, "cannot open the file"});
    return false;
  }
  text.clear();
  if (!ec) text.reserve(static_cast<std::size_t>(size));
  char buf[1 << 16];
  for (std::streamsize n; (n = in.rdbuf()->sgetn(buf, sizeof buf)) > 0;) text.append(buf, static_cast<std::size_t>(n));
  return true;
}

std::vector<FileText> read_folder(const fs::path& dir, std::vector<Diagnostic>& out) {
  std::vector<FileText> files;
  for (const fs::path& path : list_folder(dir)) {
    FileText f{path.string(), {}};
    if (read_file(f.path, f.text, out)) files.push_back(std::move(f));
  }
  return files;
}

// Runs fn(0..n-1) on up to `threads` threads (this one included); each index once.
template <class F>
void for_each_index(std::size_t n, int threads, F&& fn) {
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < n;) fn(i);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads && static_cast<std::size_t>(t) < n; ++t) {
    try {
      pool.emplace_back(work);
    } catch (const std::system_error&) {
      break;  // no more threads: the ones running (and this one) do the rest
    }
  }
  work();
  for (std::thread& t : pool) t.join();
}

int thread_count(const LoadOptions& options) {
  if (options.threads > 0) return options.threads;
  const unsigned hw = std::thread::hardware_concurrency();
  return hw == 0 ? 1 : static_cast<int>(std::min(hw, 4u));
}

// One article file to load: its text given, or read from `path`.
struct ArticleJob {
  std::string path;
  const std::string* text = nullptr;
  std::size_t root = 0;  // its content folder
};

struct JobResult {
  bool read = false;             // false: it could not be read, see `io`
  std::vector<Diagnostic> io;
  ParsedArticle parsed;
  // For the cache: a file with no diagnostics at all is kept, keyed by its text's hash and size.
  bool cacheable = false;
  bool from_cache = false;
  CacheEntry entry;
  std::string blob;  // the serialized article when parsed here
};

// A cached article is used only when it parsed clean and everything it relied on is still there: its
// classes (a class gone from the lexicon makes the file's parse give an error now).
bool try_cache(const ParseCache& cache, const std::string& path, std::uint64_t hash, std::size_t size,
               const Content& lexicon, JobResult& out) {
  const CacheEntry* e = cache.find(path);
  if (!e || e->hash != hash || e->size != size) return false;
  Article a;
  if (!content_detail::read_article(e->blob, a)) return false;
  for (const Fact& f : a.facts)
    if (!f.class_id.empty() && !lexicon.find_class(f.class_id)) return false;
  a.file = path;
  out.parsed.article = std::move(a);
  out.parsed.id_ok = true;  // it parsed clean, so its id is well-formed
  out.parsed.id_pos = e->id_pos;
  out.cacheable = true;
  out.from_cache = true;
  out.entry = *e;
  return true;
}

void run_job(const ArticleJob& job, const Content& lexicon, const ParseCache* cache, JobResult& out) {
  std::string own;
  const std::string* text = job.text;
  if (!text) {
    if (!read_file(job.path, own, out.io)) return;
    text = &own;
  }
  out.read = true;
  std::uint64_t hash = 0;
  if (cache) {
    hash = content_detail::hash_bytes(*text);
    if (try_cache(*cache, job.path, hash, text->size(), lexicon, out)) return;
  }
  out.parsed = parse_article(job.path, *text, lexicon);
  if (cache && out.parsed.diags.empty()) {
    out.cacheable = true;
    out.entry.hash = hash;
    out.entry.size = text->size();
    out.entry.id_pos = out.parsed.id_pos;
    out.blob = content_detail::write_article(out.parsed.article);
  }
}

// One cache file per list of content folders: lists no longer used (a test's temporary folder, a moved
// collection) would pile up, so only the kCacheFilesKept most recently written stay; `keep` always does.
void prune_cache_files(const std::string& dir, const std::string& keep) {
  std::vector<std::pair<fs::file_time_type, fs::path>> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind("content-", 0) != 0 || name.size() < 6 || name.compare(name.size() - 6, 6, ".cache") != 0) continue;
    if (it->path() == fs::path(keep)) continue;
    std::error_code tec;
    const fs::file_time_type t = it->last_write_time(tec);
    if (!tec) files.emplace_back(t, it->path());
  }
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = kCacheFilesKept - 1; i < files.size(); ++i) fs::remove(files[i].second, ec);
}

// Rewrites the cache file when it no longer matches the clean files of this load (one parsed anew, one gone).
void save_cache(const std::string& dir, const std::string& path, const ParseCache& cache,
                const std::vector<ArticleJob>& jobs, std::vector<JobResult>& results) {
  std::vector<CacheRecord> records;
  bool changed = false;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    JobResult& r = results[i];
    if (!r.cacheable) continue;
    CacheRecord rec;
    rec.file = jobs[i].path;
    rec.entry = r.entry;
    if (!r.from_cache) rec.owned = std::move(r.blob), changed = true;
    records.push_back(std::move(rec));
  }
  if (!changed && records.size() == cache.size()) return;
  for (CacheRecord& rec : records)
    if (!rec.owned.empty()) rec.entry.blob = rec.owned;  // now that `records` no longer moves
  const std::string bytes = content_detail::write_cache(records);
  if (bytes.empty()) return;
  std::error_code ec;
  fs::create_directories(dir, ec);
  // A cache that cannot be written only costs the next load its time: no diagnostic.
  if (!write_file_atomically(path, bytes).ok()) return;
  prune_cache_files(dir, path);
}

// Gives the parse's freed memory back to the system: glibc keeps freed small blocks (toml++'s trees, the
// files' text) resident otherwise, beside the content that stays.
void return_free_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

// Loads the lexicon, then each folder's (root's) articles in parallel. An id twice in one root is an
// error; an id in a later root replaces the earlier root's article (a user's edited copy of a bundled
// article), a note.
LoadResult load_rooted(const std::vector<FileText>& lexicon_files, const std::vector<ArticleJob>& jobs,
                       std::size_t roots, const LoadOptions& options, const ParseCache* cache,
                       std::vector<JobResult>& results) {
  LoadResult result;
  std::set<std::string> class_ids;
  for (const FileText& f : lexicon_files) load_lexicon_text(f, result.content.classes, class_ids, result.diagnostics);
  std::sort(result.content.classes.begin(), result.content.classes.end(),
            [](const LexClass& a, const LexClass& b) { return a.id < b.id; });
  results = std::vector<JobResult>(jobs.size());
  const Content& lexicon = result.content;  // read-only while the workers run
  for_each_index(jobs.size(), thread_count(options),
                 [&](std::size_t i) { run_job(jobs[i], lexicon, cache, results[i]); });
  std::vector<Article>& articles = result.content.articles;
  articles.reserve(jobs.size());
  std::map<std::string, std::size_t> index;  // article id -> its place in `articles`
  std::size_t i = 0;
  for (std::size_t root = 0; root < roots; ++root) {
    std::set<std::string> article_ids;
    std::vector<Article> loaded;
    for (; i < jobs.size() && jobs[i].root == root; ++i)
      if (results[i].read) settle_article(results[i].parsed, article_ids, loaded, result.diagnostics);
    for (Article& a : loaded) {
      const auto [it, fresh] = index.emplace(a.id, articles.size());
      if (fresh) {
        articles.push_back(std::move(a));
        continue;
      }
      Article& same = articles[it->second];
      result.diagnostics.push_back({Severity::Note, a.file, 0, 0,
                                    "article '" + a.id + "' replaces the one in " + same.file + " (a later content folder wins)"});
      same = std::move(a);
    }
  }
  std::sort(articles.begin(), articles.end(), [](const Article& a, const Article& b) { return a.id < b.id; });
  content_detail::warn_thin_facts(result.content, result.diagnostics);
  return result;
}

}  // namespace

LoadResult load_content_texts(const std::vector<FileText>& lexicon_files, const std::vector<FileText>& article_files) {
  std::vector<ArticleJob> jobs;
  jobs.reserve(article_files.size());
  for (const FileText& f : article_files) jobs.push_back({f.path, &f.text, 0});
  std::vector<JobResult> results;
  return load_rooted(lexicon_files, jobs, 1, LoadOptions{}, nullptr, results);
}

LoadResult load_content(const std::vector<std::string>& folders, const LoadOptions& options) {
  struct Folder {
    std::string name;
    bool missing = false;
    std::vector<Diagnostic> lexicon_io;
    std::size_t begin = 0, end = 0;  // its article jobs
  };
  std::vector<Folder> seen;
  std::vector<FileText> lexicon;
  std::vector<ArticleJob> jobs;
  std::size_t roots = 0;  // per folder: a later folder's article replaces an earlier one
  for (const std::string& folder : folders) {
    Folder fo;
    fo.name = folder;
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
      fo.missing = true;
      seen.push_back(std::move(fo));
      continue;
    }
    for (FileText& f : read_folder(fs::path(folder) / "lexicon", fo.lexicon_io)) lexicon.push_back(std::move(f));
    fo.begin = jobs.size();
    for (const fs::path& p : list_folder(fs::path(folder) / "articles")) jobs.push_back({p.string(), nullptr, roots});
    fo.end = jobs.size();
    ++roots;
    seen.push_back(std::move(fo));
  }
  ParseCache cache;
  std::string cache_path;
  if (!options.cache_dir.empty()) {
    cache_path = content_detail::cache_file_for(options.cache_dir, folders);
    cache.read(cache_path);
  }
  std::vector<JobResult> results;
  LoadResult result = load_rooted(lexicon, jobs, roots, options, cache_path.empty() ? nullptr : &cache, results);
  // Files that could not be read come first, folder by folder, as they were met.
  std::vector<Diagnostic> io;
  for (Folder& fo : seen) {
    if (fo.missing) {
      io.push_back({Severity::Error, fo.name, 0, 0, "content folder not found"});
      continue;
    }
    for (Diagnostic& d : fo.lexicon_io) io.push_back(std::move(d));
    for (std::size_t i = fo.begin; i < fo.end; ++i)
      for (Diagnostic& d : results[i].io) io.push_back(std::move(d));
  }
  result.diagnostics.insert(result.diagnostics.begin(), std::make_move_iterator(io.begin()),
                            std::make_move_iterator(io.end()));
  for (const JobResult& r : results) result.cached_files += r.from_cache ? 1 : 0;
  if (!cache_path.empty()) save_cache(options.cache_dir, cache_path, cache, jobs, results);
  results.clear();
  results.shrink_to_fit();
  return_free_memory();
  return result;
}

LoadResult load_content(const std::vector<std::string>& folders) { return load_content(folders, LoadOptions{}); }

LoadResult load_content(const std::string& folder) { return load_content(std::vector<std::string>{folder}); }

}  // namespace factdeck
