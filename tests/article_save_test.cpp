// The rules for saving the Add-article screen's work (plan_article_save): what is written where, and each refusal.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "factdeck/article_save.h"
#include "factdeck/suggest.h"

using namespace factdeck;
namespace fs = std::filesystem;

namespace {

const LoadResult& bundled() {
  static const LoadResult r = load_content(FACTDECK_SOURCE_DIR "/content");
  return r;
}

std::string fresh_dir(const std::string& name) {
  const fs::path dir = fs::path(FACTDECK_TEST_TMP) / "article_save_test" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

const char* kText =
    "Europe Bets on Chips\n\nThe European Chips Act entered into force in 2023. It aims to mobilise more than 43 "
    "billion euros of public and private investment.\n";

struct Editor {
  SuggestResult result;
  std::vector<bool> accepted;
  Editor() {
    SuggestOptions o;
    o.lexicon = &bundled().content;
    result = suggest_facts(kText, o);
    accepted.assign(result.suggestions.size(), false);
  }
  ArticleSaveRequest request(const std::string& id) const {
    ArticleSaveRequest r;
    r.suggestions = &result.suggestions;
    r.accepted = &accepted;
    r.id = id;
    r.title = "Europe Bets on Chips";
    return r;
  }
  int first(bool ready) const {
    for (std::size_t i = 0; i < result.suggestions.size(); ++i)
      if (result.suggestions[i].ready() == ready) return static_cast<int>(i);
    return -1;
  }
};

}  // namespace

TEST_CASE("a new article: the ready suggestions go to USER/articles/ID.toml, the others commented out, and it loads") {
  const std::string user = fresh_dir("new");
  Editor e;
  const int ready = e.first(true), waiting = e.first(false);
  REQUIRE(ready >= 0);
  e.accepted[static_cast<std::size_t>(ready)] = true;
  if (waiting >= 0) e.accepted[static_cast<std::size_t>(waiting)] = true;
  ArticleSavePlan plan;
  REQUIRE(plan_article_save(e.request("Chips Act 2023!"), bundled().content, user, plan).ok());
  CHECK(plan.path == user + "/articles/chips-act-2023.toml");
  CHECK(plan.article.id == "chips-act-2023");
  CHECK(!plan.editing);
  CHECK(plan.saved_suggestions == std::vector<std::size_t>{static_cast<std::size_t>(ready)});
  CHECK(plan.waiting == (waiting >= 0 ? 1u : 0u));
  CHECK(!check_article_toml(plan.toml, &bundled().content, plan.path).has_errors());
  CHECK(plan.message().find("Saved 1 facts to " + plan.path) == 0);
  CHECK(!fs::exists(plan.path));  // a plan writes nothing
}

TEST_CASE("refusals: nothing accepted, only unready ones, no id, a taken id, a file that is not this article") {
  const std::string user = fresh_dir("refusals");
  Editor e;
  ArticleSavePlan plan;
  Status st = plan_article_save(e.request("x"), bundled().content, user, plan);
  CHECK(st.message().find("Accept at least one suggestion") == 0);

  const int waiting = e.first(false);
  if (waiting >= 0) {
    e.accepted[static_cast<std::size_t>(waiting)] = true;
    st = plan_article_save(e.request("x"), bundled().content, user, plan);
    CHECK(st.message().find("still need wrong answers") != std::string::npos);
  }
  e.accepted[static_cast<std::size_t>(e.first(true))] = true;
  st = plan_article_save(e.request("!!!"), bundled().content, user, plan);
  CHECK(st.message().find("Give the article an id") == 0);

  st = plan_article_save(e.request("china-tech-self-reliance-2025"), bundled().content, user, plan);
  CHECK(st.message().find("exists already") != std::string::npos);

  fs::create_directories(user + "/articles");
  std::ofstream(user + "/articles/someone-elses.toml") << "# not loaded\n";
  st = plan_article_save(e.request("someone-elses"), bundled().content, user, plan);
  CHECK(st.message().find("exists but is not the loaded article") != std::string::npos);

  ArticleSaveRequest gone = e.request("");
  gone.existing_id = "no-longer-loaded";
  st = plan_article_save(gone, bundled().content, user, plan);
  CHECK(st.message().find("is no longer loaded") != std::string::npos);
}

TEST_CASE("editing a bundled article: merged by fact id and saved as the user's copy") {
  const std::string user = fresh_dir("edit");
  const Article* a = bundled().content.find_article("china-tech-self-reliance-2025");
  REQUIRE(a);
  std::vector<Suggestion> sugs;
  for (const Fact& f : a->facts) {
    Suggestion s;
    s.fact = f;
    sugs.push_back(s);
  }
  sugs[0].fact.question = "Reworded: " + sugs[0].fact.question;
  std::vector<bool> accepted(sugs.size(), true);
  accepted.back() = false;
  ArticleSaveRequest r;
  r.suggestions = &sugs;
  r.accepted = &accepted;
  r.existing_id = a->id;
  r.title = a->title;
  ArticleSavePlan plan;
  REQUIRE(plan_article_save(r, bundled().content, user, plan).ok());
  CHECK(plan.editing);
  CHECK(plan.copy);
  CHECK(plan.path == user + "/articles/china-tech-self-reliance-2025.toml");
  CHECK(plan.report.updated == std::vector<std::string>{a->facts[0].id.str()});
  CHECK(plan.report.removed == std::vector<std::string>{a->facts.back().id.str()});
  CHECK(plan.message().find("your copy") != std::string::npos);
}

TEST_CASE("an article's id from its headline: a slug, a possessive's 's' dropped, cut at a word") {
  CHECK(slug_id("Big Fund 3.0") == "big-fund-3-0");
  CHECK(slug_id("Finland Joins NATO as the Alliance's 31st Member") == "finland-joins-nato-as-the-alliance-31st");
  CHECK(slug_id("Britain\u2019s Pact") == "britain-pact");
  CHECK(slug_id("Don't Look Up") == "dont-look-up");
  CHECK(slug_id("  --Hello, World!--  ") == "hello-world");
  CHECK(slug_id("新质生产力").empty());
  CHECK(slug_id("National Integrated Circuit Industry Development Investment Fund", 20) == "national-integrated");
}
