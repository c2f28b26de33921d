// A teacher's rewording of a statement: the same claim, checkably, in other words (issue 18). Only the edit path asks.
#include "generate/reword.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_set>

#include "generate/cues.h"
#include "generate/facts.h"
#include "generate/quality_internal.h"
#include "generate/templates.h"
#include "generate/text_util.h"

namespace factdeck::gen {
// A named namespace, not an anonymous one: the engine is a unity build, where helpers of one name would clash.
namespace reword_detail {

bool has_digit(std::string_view w) { return w.find_first_of("0123456789") != std::string_view::npos; }

bool is_value_word(const std::string& w) {
  static const std::unordered_set<std::string_view> kWords = {
      "january", "february", "march",    "april",   "june",     "july",    "august",
      "september", "october", "november", "december", "thousand", "million", "billion", "trillion"};
  return has_digit(w) || kWords.count(w) > 0;
}

// "a, b and c" with each quoted.
std::string quoted(const std::vector<std::string>& items) {
  std::vector<std::string> q;
  for (const std::string& s : items) q.push_back("\"" + s + "\"");
  return join_list(q);
}

struct OwnWord {
  std::string word;
  std::string shown;  // as written ("Party's" for "partys")
  bool name = false;  // written with a capital: a name, which must stay
};

// The words that make the statement this fact's: not small words, not values (claim_values keeps those), not the
// attribution the generator strips itself ("according to the article").
std::vector<OwnWord> own_words(std::string_view own) {
  std::vector<OwnWord> out;
  for (std::size_t i = 0; i < own.size();) {
    const std::size_t end = std::min(own.find(' ', i), own.size());
    const std::string_view chunk = own.substr(i, end - i);
    i = end + 1;
    auto letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); };
    const auto first = std::find_if(chunk.begin(), chunk.end(), letter);
    const auto last = std::find_if(chunk.rbegin(), chunk.rend(), letter).base();
    const bool capital = first != chunk.end() && std::isupper(static_cast<unsigned char>(*first));
    for (std::string& w : words(chunk)) {
      // One letter ("R&D", the "'s" left of a slot) is no word of the fact's.
      if (w.size() < 2 || is_stopword(w) || is_value_word(w) || w == "according" || w == "article") continue;
      const auto same = std::find_if(out.begin(), out.end(), [&](const OwnWord& o) { return o.word == w; });
      if (same == out.end()) out.push_back({std::move(w), first < last ? std::string(first, last) : std::string(), capital});
      else same->name = same->name || capital;
    }
  }
  return out;
}

bool kept(const std::vector<std::string>& in, const std::string& w) {
  return std::any_of(in.begin(), in.end(), [&](const std::string& x) { return same_stem(x, w); });
}

// Words that give a statement a speaker's view: the first person, a belief, a judgement or a hedge, a speech verb.
bool is_view_word(const std::string& w) {
  static const std::unordered_set<std::string_view> kView = {
      "i",        "im",       "ive",     "id",      "me",     "my",      "we",      "our",      "ours",
      "think",    "believe",  "feel",    "guess",   "doubt",  "opinion", "hope",    "fear",     "must",
      "ought",    "probably", "perhaps", "maybe",   "clearly", "obviously", "surely", "best",   "worst",
      "worth",    "deserve",  "deserves", "deserved", "said",  "says",    "say",     "commented", "argued",
      "argues",   "claimed",  "claims",  "wrote",   "insists", "insisted"};
  return kView.count(w) > 0 || is_opinion_tell(w);
}

// Words that carry an opinion's judgement without a speaker ("the right decision", "will stay a slogan").
bool is_judgement_word(const std::string& w) {
  static const std::unordered_set<std::string_view> kJudgement = {
      "good", "bad",   "great",   "right", "wrong", "real", "only", "too", "sensible", "weak",
      "bold", "threat", "simply", "finally", "will", "always", "everything", "nothing"};
  return is_view_word(w) || kJudgement.count(w) > 0;
}

std::vector<std::string> matching(const std::vector<std::string>& ws, bool (*pred)(const std::string&)) {
  std::vector<std::string> out;
  for (const std::string& w : ws)
    if (pred(w) && std::find(out.begin(), out.end(), w) == out.end()) out.push_back(w);
  return out;
}

}  // namespace reword_detail

std::vector<std::string> claim_values(const ContentIndex& ix, const Fact& f, std::string_view text) {
  std::set<std::string> out;
  for (const std::string& w : words(text))
    if (reword_detail::is_value_word(w)) out.insert(w);
  if (!is_sorted_kind(f.kind) && f.kind != Kind::Opinion) {
    auto add = [&](std::string_view name) {
      // "Li Xi's broader vision" names Li Xi too.
      if (!is_blank(name) && (contains_phrase(text, name) || contains_phrase(text, std::string(name) + "'s"))) {
        std::string joined;
        for (const std::string& w : words(name)) joined += (joined.empty() ? "" : " ") + w;
        out.insert(joined);
      }
    };
    add(key_text(f, Role::Forward));
    for (const auto& m : f.items) add(m.view());
    for (const std::string& p : name_pool(ix, f, Role::Forward)) add(p);
  }
  return {out.begin(), out.end()};
}

void check_rewording(const ContentIndex& ix, const Fact& f, std::string_view edited, std::string_view before,
                     std::string_view value, const char* rule, std::vector<Violation>& out) {
  using namespace reword_detail;
  const std::vector<std::string> now = claim_values(ix, f, edited), was = claim_values(ix, f, before);
  std::vector<std::string> dropped, added;
  std::set_difference(was.begin(), was.end(), now.begin(), now.end(), std::back_inserter(dropped));
  std::set_difference(now.begin(), now.end(), was.begin(), was.end(), std::back_inserter(added));
  if (!value.empty() && !contains_phrase(edited, value))
    add_violation(out, rule, "keep the value \"" + std::string(value) + "\" as it is: the statement is about it");
  else if (!dropped.empty())
    add_violation(out, rule, "keep " + quoted(dropped) + ": the statement is true or false by what it names");
  if (!added.empty())
    add_violation(out, rule, "take out " + quoted(added) + ": another value would change what the statement says");
  const std::vector<std::string> shown = words(edited);
  std::vector<std::string> names, others;
  const std::vector<OwnWord> mine = own_words(f.kind == Kind::Opinion ? f.text.str() : strip_attribution(fill(f, "")));
  std::size_t lost = 0;
  for (const OwnWord& w : mine) {
    if (kept(shown, w.word)) continue;
    ++lost;
    std::vector<std::string>& list = w.name ? names : others;
    if (std::find(list.begin(), list.end(), w.shown) == list.end()) list.push_back(w.shown);
  }
  if (!names.empty()) add_violation(out, rule, "keep what the fact names: " + quoted(names));
  if (!others.empty() && (mine.size() - lost) * 3 < mine.size() * 2)
    add_violation(out, rule, "keep more of the fact's own words (it drops " + quoted(others) + ")");
  if (negations(edited) > negations(before))
    add_violation(out, rule, "say it without a negation: \"not\" or \"never\" would turn the statement around");
}

void check_voice(const Fact& f, std::string_view edited, std::string_view before, std::vector<Violation>& out) {
  using namespace reword_detail;
  const std::vector<std::string> now = words(edited), was = words(before);
  if (f.kind != Kind::Opinion) {
    std::vector<std::string> voice;
    for (const std::string& w : matching(now, is_view_word))
      if (std::find(was.begin(), was.end(), w) == was.end()) voice.push_back(w);
    if (!voice.empty())
      add_violation(out, rule::kFactOrOpinion,
                    "a reported fact must not read as someone's view: take out " + quoted(voice));
    return;
  }
  const std::vector<std::string> had = matching(was, is_judgement_word);
  if (!had.empty() && matching(now, is_judgement_word).empty())
    add_violation(out, rule::kFactOrOpinion, "an opinion must still read as one: keep its judgement (" + quoted(had) + ")");
}

}  // namespace factdeck::gen
