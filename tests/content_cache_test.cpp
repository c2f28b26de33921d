// The content loader's parse cache and parallel parsing: the same content and diagnostics as a fresh parse, always.
#include <doctest/doctest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "content/cache.h"
#include "factdeck/content.h"

using namespace factdeck;
namespace fs = std::filesystem;

namespace {

// Every field of the model, compared one by one (not through the cache's own bytes).
void check_same_fact(const Fact& a, const Fact& b) {
  CHECK(a.id == b.id);
  CHECK(a.kind == b.kind);
  CHECK(a.question == b.question);
  CHECK(a.statement == b.statement);
  CHECK(a.sentence == b.sentence);
  CHECK(a.note == b.note);
  CHECK(a.class_id == b.class_id);
  CHECK(a.distractors == b.distractors);
  CHECK(a.reverse == b.reverse);
  CHECK(a.original == b.original);
  CHECK(a.tags == b.tags);
  CHECK(a.year == b.year);
  CHECK(a.date == b.date);
  CHECK(a.period.from == b.period.from);
  CHECK(a.period.to == b.period.to);
  CHECK(a.number.value == b.number.value);
  CHECK(a.number.unit == b.number.unit);
  CHECK(a.number.qualifier == b.number.qualifier);
  CHECK(a.number.decimals == b.number.decimals);
  CHECK(a.text == b.text);
  CHECK(a.items == b.items);
  CHECK(a.subject == b.subject);
  CHECK(a.definition == b.definition);
  CHECK(a.speaker == b.speaker);
  CHECK(a.pos.line == b.pos.line);
  CHECK(a.pos.column == b.pos.column);
}

void check_same(const LoadResult& a, const LoadResult& b) {
  REQUIRE(a.diagnostics.size() == b.diagnostics.size());
  for (std::size_t i = 0; i < a.diagnostics.size(); ++i) CHECK(a.diagnostics[i].to_string() == b.diagnostics[i].to_string());
  REQUIRE(a.content.classes.size() == b.content.classes.size());
  for (std::size_t i = 0; i < a.content.classes.size(); ++i) {
    CHECK(a.content.classes[i].id == b.content.classes[i].id);
    CHECK(a.content.classes[i].members == b.content.classes[i].members);
  }
  REQUIRE(a.content.articles.size() == b.content.articles.size());
  for (std::size_t i = 0; i < a.content.articles.size(); ++i) {
    const Article& x = a.content.articles[i];
    const Article& y = b.content.articles[i];
    CHECK(x.id == y.id);
    CHECK(x.title == y.title);
    CHECK(x.published.has_value() == y.published.has_value());
    if (x.published && y.published) CHECK(*x.published == *y.published);
    CHECK(x.source == y.source);
    CHECK(x.tags == y.tags);
    CHECK(x.summary == y.summary);
    CHECK(x.file == y.file);
    REQUIRE(x.facts.size() == y.facts.size());
    for (std::size_t j = 0; j < x.facts.size(); ++j) check_same_fact(x.facts[j], y.facts[j]);
  }
}

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const char* kLexicon = R"(format = 1
[[class]]
id = "media"
label = "Media"
members = ["CCTV", "Xinhua", "People's Daily", "China Daily", "CGTN"]
)";

std::string article(const std::string& id, const std::string& answer) {
  return "format = 1\n[article]\nid = \"" + id + "\"\ntitle = \"T\"\npublished = 2024-05-24\n\n[[fact]]\nid = \"f\"\n"
         "kind = \"name\"\nquestion = \"Which broadcaster reported it?\"\nanswer = \"" + answer +
         "\"\nstatement = \"{answer} reported it.\"\nclass = \"media\"\n\n[[fact]]\nid = \"n\"\nkind = \"number\"\n"
         "question = \"How much?\"\nanswer = { value = 7.25, unit = \"%\", qualifier = \"more than\" }\n"
         "statement = \"It grew by {answer}.\"\n";
}

// A content folder with the bundled articles, a few small ones, one with a warning, one with an error, one
// with a hostile character and two with the same id; and a cache folder beside it.
struct Fixture {
  fs::path root, content, cache;
  Fixture() {
    root = fs::temp_directory_path() / ("factdeck-cache-test-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root);
    content = root / "content";
    cache = root / "cache";
    fs::copy(FACTDECK_SOURCE_DIR "/content", content, fs::copy_options::recursive);
    write(content / "lexicon" / "test.toml", kLexicon);
    write(content / "articles" / "zz-a.toml", article("zz-a", "CCTV"));
    write(content / "articles" / "zz-b.toml", article("zz-b", "Xinhua"));
    write(content / "articles" / "zz-dup.toml", article("zz-a", "CGTN"));  // id of zz-a.toml: an error
    write(content / "articles" / "zz-warn.toml", "format = 1\n[article]\nid = \"zz-warn\"\ntitle = \"T\"\n");
    write(content / "articles" / "zz-err.toml", article("zz-err", "CCTV") + "bogus = 1\n");
    write(content / "articles" / "zz-hostile.toml", "format = 1\n[article]\nid = \"zz-h\"\ntitle = Café\n");
  }
  ~Fixture() { fs::remove_all(root); }
  LoadResult load(bool with_cache, int threads = 0) const {
    LoadOptions o;
    if (with_cache) o.cache_dir = cache.string();
    o.threads = threads;
    return load_content(std::vector<std::string>{content.string()}, o);
  }
  fs::path cache_file() const {
    for (const auto& e : fs::directory_iterator(cache)) return e.path();
    return {};
  }
};

bool has(const LoadResult& r, const std::string& text) {
  for (const Diagnostic& d : r.diagnostics)
    if (d.to_string().find(text) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("a cache hit gives the same content and diagnostics as a fresh parse") {
  Fixture fx;
  const LoadResult fresh = fx.load(false);
  CHECK(fresh.cached_files == 0);
  CHECK(has(fresh, "zz-dup.toml:3:6: error: article id 'zz-a' is already used by another article"));
  CHECK(has(fresh, "zz-err.toml:21:1: error: unknown key 'bogus'"));
  CHECK(has(fresh, "zz-hostile.toml:4:12: error: TOML syntax"));
  CHECK(has(fresh, "zz-warn.toml"));
  const LoadResult cold = fx.load(true);  // fills the cache
  CHECK(cold.cached_files == 0);
  check_same(fresh, cold);
  const LoadResult warm = fx.load(true);
  // Every file without a diagnostic of its own came from the cache: the loaded articles but zz-warn's, and
  // zz-dup.toml, whose id is checked against the others anew at every load.
  CHECK(warm.cached_files == fresh.content.articles.size() - 1 + 1);
  check_same(fresh, warm);
  const std::string bytes = slurp(fx.cache_file());
  fx.load(true);
  CHECK(slurp(fx.cache_file()) == bytes);  // nothing changed: not rewritten with other bytes
}

TEST_CASE("one thread or several: the same result") {
  Fixture fx;
  check_same(fx.load(false, 1), fx.load(false, 4));
  check_same(fx.load(false, 1), fx.load(true, 3));
  check_same(fx.load(false, 1), fx.load(true, 2));
}

TEST_CASE("an edited file is parsed again, never taken from the cache") {
  Fixture fx;
  fx.load(true);
  write(fx.content / "articles" / "zz-b.toml", article("zz-b", "People's Daily"));
  const LoadResult edited = fx.load(true);
  check_same(fx.load(false), edited);
  CHECK(edited.content.find_article("zz-b")->facts[0].text == "People's Daily");
  // The same length as before: the hash tells them apart, not the size.
  write(fx.content / "articles" / "zz-b.toml", article("zz-b", "Xinhuo"));
  const LoadResult same_size = fx.load(true);
  CHECK(same_size.content.find_article("zz-b")->facts[0].text == "Xinhuo");
  // Now with an error: reported at its place, as without a cache.
  write(fx.content / "articles" / "zz-b.toml", article("zz-b", "CCTV") + "answr = 3\n");
  const LoadResult broken = fx.load(true);
  check_same(fx.load(false), broken);
  CHECK(has(broken, "zz-b.toml:21:1: error: unknown key 'answr'"));
  CHECK(broken.content.find_article("zz-b") == nullptr);
}

TEST_CASE("a class gone from the lexicon makes a cached file report its unknown class") {
  Fixture fx;
  fx.load(true);
  write(fx.content / "lexicon" / "test.toml", "format = 1\n[[class]]\nid = \"other\"\nlabel = \"O\"\nmembers = [\"a\", \"b\"]\n");
  const LoadResult r = fx.load(true);
  check_same(fx.load(false), r);
  CHECK(has(r, "zz-a.toml:13:9: error: unknown lexicon class 'media'"));
}

TEST_CASE("a damaged, truncated or foreign cache file is ignored and rewritten") {
  Fixture fx;
  const LoadResult fresh = fx.load(false);
  fx.load(true);
  const fs::path file = fx.cache_file();
  const std::string good = slurp(file);
  REQUIRE(good.size() > 100);
  std::vector<std::string> bad = {"", "garbage", good.substr(0, good.size() / 2), good + "x"};
  for (std::size_t at : {std::size_t{3}, std::size_t{20}, good.size() / 2, good.size() - 1}) {
    std::string flipped = good;
    flipped[at] = static_cast<char>(flipped[at] ^ 0x5a);
    bad.push_back(flipped);
  }
  for (const std::string& b : bad) {
    CAPTURE(b.size());
    write(file, b);
    const LoadResult r = fx.load(true);
    CHECK(r.cached_files == 0);
    check_same(fresh, r);
    CHECK(slurp(file) == good);  // rebuilt from the files
  }
}

TEST_CASE("cache bytes that pass the checksum but do not read are refused, not trusted") {
  Article a;
  a.id = "x";
  a.facts.resize(2);
  a.facts[0].id = "f";
  const std::string blob = content_detail::write_article(a);
  Article back;
  CHECK(content_detail::read_article(blob, back));
  CHECK(back.facts.size() == 2);
  for (std::size_t cut = 0; cut < blob.size(); ++cut) CHECK_FALSE(content_detail::read_article(blob.substr(0, cut), back));
  CHECK_FALSE(content_detail::read_article(blob + "x", back));
}

TEST_CASE("the cache file is per list of folders, and needs a writable folder only to be faster") {
  Fixture fx;
  CHECK(content_detail::cache_file_for("/c", {"/a", "/b"}) != content_detail::cache_file_for("/c", {"/b", "/a"}));
  LoadOptions o;
  o.cache_dir = "/proc/factdeck-no-such-folder";  // cannot be created: loads as without a cache
  const LoadResult r = load_content(std::vector<std::string>{fx.content.string()}, o);
  check_same(fx.load(false), r);
}

TEST_CASE("cache files of folder lists no longer used are pruned: the newest few stay, the one in use always") {
  Fixture fx;
  fs::create_directories(fx.cache);
  // Cache files of other folder lists, written long ago, one a minute apart.
  const auto long_ago = fs::file_time_type::clock::now() - std::chrono::hours(24);
  std::vector<fs::path> old;
  for (int i = 0; i < static_cast<int>(kCacheFilesKept) + 3; ++i) {
    old.push_back(fx.cache / ("content-" + std::to_string(1000 + i) + "abcdef0123.cache"));
    write(old.back(), "stale");
    fs::last_write_time(old.back(), long_ago + std::chrono::minutes(i));
  }
  write(fx.cache / "notes.txt", "not a cache file");
  const LoadResult r = fx.load(true);
  check_same(fx.load(false), r);
  const fs::path used = content_detail::cache_file_for(fx.cache.string(), {fx.content.string()});
  CHECK(fs::exists(used));
  CHECK(fs::exists(fx.cache / "notes.txt"));
  std::size_t caches = 0;
  for (const auto& e : fs::directory_iterator(fx.cache)) caches += e.path().extension() == ".cache" ? 1 : 0;
  CHECK(caches == kCacheFilesKept);
  // The newest of the old ones stay; the oldest went.
  CHECK(fs::exists(old.back()));
  CHECK_FALSE(fs::exists(old.front()));
  // The cache in use still serves the next load.
  CHECK(fx.load(true).cached_files > 0);
}
