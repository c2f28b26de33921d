// Wrong answers for names, aliases, terms and lists: the class's and the story's names, the author's first; hard takes
// the names most like the key, easy the least (distractors.cpp holds the sorted kinds: years, dates, periods, numbers).
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "factdeck/answer.h"
#include "generate/accepted_forms.h"
#include "generate/content_index.h"
#include "generate/distractors.h"
#include "generate/text_util.h"

namespace factdeck::gen {
namespace {

double similarity(const std::string& a, const std::string& b) {
  const auto wa = words(a), wb = words(b);
  int shared = 0;
  for (const auto& w : wa)
    if (std::find(wb.begin(), wb.end(), w) != wb.end()) ++shared;
  const double jac = wa.empty() || wb.empty() ? 0 : 2.0 * shared / double(wa.size() + wb.size());
  const double la = double(a.size()), lb = double(b.size());
  const double len = std::max(la, lb) > 0 ? std::min(la, lb) / std::max(la, lb) : 0;
  return jac + 0.5 * len;
}

}  // namespace

std::optional<Options> name_options(const ContentIndex& ix, const Fact& f, Role role, Difficulty d, Rng& rng,
                                    int slot, int count, bool rival_length) {
  std::string key = key_text(f, role);
  if (role == Role::Forward && f.kind == Kind::List) {
    // Ask about a member the question does not already name.
    std::vector<std::string> members;
    for (const auto& m : f.items)
      if (!contains_phrase(f.question, m)) members.emplace_back(m);
    if (members.empty()) members = f.items.to_vector();
    if (members.empty()) return std::nullopt;
    key = members[static_cast<std::size_t>(rng.below(members.size()))];
  }
  std::vector<std::string> authored, rest, story;
  // Canonical forms once each, not once per pair compared (same_answer compares canonical forms).
  const std::string key_canon = canonical_answer(key);
  std::vector<std::string> authored_canon;
  if (role == Role::Forward)
    for (const auto& x : f.distractors) authored_canon.push_back(canonical_answer(x));
  // A member the question itself names is no answer to it: "the last Labour Prime Minister before Keir Starmer" is
  // not Keir Starmer.
  const std::string_view stem = role == Role::Reverse ? f.reverse.view() : f.question.view();
  std::string said;  // the stem and statement in lower case: a member whose last word is not in it is not named
  for (std::string_view t : {stem, f.statement.view()})
    for (char ch : t) said += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  // contains_phrase(stem, p) || contains_phrase(statement, p), with the two texts split into words once: a class of
  // thousands would split them again for every member.
  const std::vector<std::string> stem_words = words(stem), statement_words = words(f.statement.view());
  std::vector<std::string> member_words;
  auto phrase_in = [&](const std::vector<std::string>& text) {
    return !member_words.empty() && member_words.size() <= text.size() &&
           std::search(text.begin(), text.end(), member_words.begin(), member_words.end()) != text.end();
  };
  const LexClass* own_class = f.class_id.empty() ? nullptr : ix.content().find_class(f.class_id);
  const bool people = own_class && class_of_people(*own_class);
  auto named = [&](const std::string& p) {
    std::size_t end = p.size();
    while (end > 0 && !std::isalnum(static_cast<unsigned char>(p[end - 1]))) --end;
    std::size_t begin = end;
    while (begin > 0 && std::isalnum(static_cast<unsigned char>(p[begin - 1]))) --begin;
    if (begin == end) return false;
    std::string last = p.substr(begin, end - begin);
    for (char& ch : last) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (said.find(last) == std::string::npos) return false;
    member_words = words(p);
    if (phrase_in(stem_words) || phrase_in(statement_words)) return true;
    // A person the stem names by surname, or by name as an owner ("John McCain's running mate" has no "John McCain"
    // among its wrong answers: blind reading 32; words() reads "McCain's" as "mccains").
    auto has = [&](const std::vector<std::string>& text) {
      return std::find(text.begin(), text.end(), last) != text.end() ||
             std::find(text.begin(), text.end(), last + "s") != text.end();
    };
    return people && member_words.size() >= 2 && member_words.size() <= 4 && last.size() >= 4 &&
           std::isupper(static_cast<unsigned char>(p[begin])) && (has(stem_words) || has(statement_words));
  };
  // The names the article gives other facts (an answer, a list's members): the wrong answers a reader of the story
  // could confuse with the key (the mission's other astronaut for its commander: blind reading 27).
  std::vector<std::string> story_canon;
  // (Not for a numbered key: its wrong answers are its series' neighbours.)
  if (d != Difficulty::Easy && key.find_first_of("0123456789") == std::string::npos)
    if (const Article* a = ix.tables().article_of(f))
      for (const Fact& g : a->facts) {
        if (&g == &f) continue;
        if (g.kind == Kind::Name || g.kind == Kind::Alias) story_canon.push_back(canonical_answer(g.text.view()));
        if (g.kind == Kind::List)
          for (const auto& m : g.items) story_canon.push_back(canonical_answer(m.view()));
      }
  const auto& pool = name_pool(ix, f, role);
  const auto& pool_canon = ix.tables().pool_canon_list(f, role);  // canonical forms in the pool's order
  for (std::size_t i = 0; i < pool.size(); ++i) {
    const std::string& p = pool[i];
    const std::string& pc = pool_canon[i];
    if (pc == key_canon || is_true_option(ix, f, role, p, pc)) continue;
    if (named(p)) continue;
    const bool is_authored = std::find(authored_canon.begin(), authored_canon.end(), pc) != authored_canon.end();
    const bool in_story = !is_authored && std::find(story_canon.begin(), story_canon.end(), pc) != story_canon.end();
    (is_authored ? authored : in_story ? story : rest).push_back(p);
  }
  // Medium and hard take the story's names first (one at medium), ahead of the class's others.
  rng.shuffle(story);
  if (d == Difficulty::Medium && story.size() > 1) {
    rest.insert(rest.end(), story.begin() + 1, story.end());
    story.resize(1);
  }
  keep_series_neighbours(key, d, count, authored, rest);
  const int avail = static_cast<int>(authored.size() + story.size() + rest.size());
  if (avail < 2) return std::nullopt;
  const int k = std::min(count, avail + 1);
  const std::size_t need = static_cast<std::size_t>(k - 1);
  std::vector<std::string> chosen;
  // Authored wrong answers come first; a random few of them when there are more than needed.
  rng.shuffle(authored);
  for (std::size_t i = 0; i < authored.size() && chosen.size() < need; ++i) chosen.push_back(authored[i]);
  for (std::size_t i = 0; i < story.size() && chosen.size() < need; ++i) chosen.push_back(story[i]);
  if (chosen.size() < need) {
    const std::size_t rem = need - chosen.size();
    if (d == Difficulty::Medium) {
      rng.shuffle(rest);
    } else {
      // Hard takes the members most like the key, easy the least like it; a little chance keeps variety.
      std::vector<std::pair<double, std::string>> scored;
      for (const auto& r : rest) scored.push_back({similarity(key, r), r});
      std::stable_sort(scored.begin(), scored.end(), [&](const auto& a, const auto& b) {
        return d == Difficulty::Hard ? a.first > b.first : a.first < b.first;
      });
      const std::size_t window = std::min(scored.size(), rem + 2);
      std::vector<std::string> top, tail;
      for (std::size_t i = 0; i < scored.size(); ++i) (i < window ? top : tail).push_back(scored[i].second);
      rng.shuffle(top);
      rest = top;
      rest.insert(rest.end(), tail.begin(), tail.end());
    }
    for (std::size_t i = 0; i < rest.size() && i < rem; ++i) chosen.push_back(rest[i]);
  }
  // A key much longer than every wrong answer is a cue (rule 5); one merely longer is one once a quiz has its share
  // of them (rival_length). Either way the key gets a rival: the shortest unused wrong answer long enough, in place
  // of the shortest chosen one.
  const std::size_t key_len = display_length(key);
  const std::size_t needed = rival_length ? key_len : key_len * 10 / 13;  // within rule 5's margin
  auto len_less = [](const std::string& a, const std::string& b) { return display_length(a) < display_length(b); };
  if (!chosen.empty() &&
      std::none_of(chosen.begin(), chosen.end(), [&](const std::string& c) { return display_length(c) >= needed; })) {
    const std::string* rival = nullptr;
    for (const auto& r : rest)
      if (display_length(r) >= needed && std::find(chosen.begin(), chosen.end(), r) == chosen.end() &&
          (!rival || display_length(r) < display_length(*rival)))
        rival = &r;
    if (rival) *std::min_element(chosen.begin(), chosen.end(), len_less) = *rival;
  }
  Options o;
  o.texts = chosen;
  o.texts.push_back(key);
  rng.shuffle(o.texts);
  for (std::size_t i = 0; i < o.texts.size(); ++i)
    if (o.texts[i] == key) o.key = static_cast<int>(i);
  if (slot >= 0 && slot < k && slot != o.key) {
    std::swap(o.texts[static_cast<std::size_t>(slot)], o.texts[static_cast<std::size_t>(o.key)]);
    o.key = slot;
  }
  return o;
}

}  // namespace factdeck::gen
