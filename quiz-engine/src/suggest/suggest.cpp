// The suggester: runs every rule over every sentence, settles overlaps, finds classes and wrong answers, gives ids.
#include "factdeck/suggest.h"

#include <algorithm>
#include <set>

#include "suggest/rules.h"

namespace factdeck {
namespace {

using namespace suggest_detail;

struct Found {
  Candidate c;
  int sentence = 0;
};

// Candidates of one sentence, with overlaps settled: the higher-priority rule keeps the words.
std::vector<Candidate> sentence_candidates(const std::string& text) {
  const SentenceScan s(text);
  std::vector<Candidate> all;
  find_aliases(s, all);
  find_dates_and_periods(s, all);
  std::vector<Candidate> numbers;
  find_numbers_and_years(s, all, numbers);
  for (Candidate& c : numbers) all.push_back(std::move(c));
  find_lists(s, all);
  find_names(s, all);
  find_quoted_terms(s, all);
  std::stable_sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) { return a.priority > b.priority; });
  std::vector<Candidate> kept;
  for (Candidate& c : all)
    if (!overlaps(kept, c.hb, c.he)) kept.push_back(std::move(c));
  std::stable_sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) {
    return a.hb != b.hb ? a.hb < b.hb : a.priority > b.priority;
  });
  return kept;
}

const LexClass* class_holding(const Content* lexicon, std::string_view text) {
  if (!lexicon || text.empty()) return nullptr;
  const std::string norm = normalize_text(text);
  for (const LexClass& c : lexicon->classes)
    for (const std::string& m : c.members)
      if (normalize_text(m) == norm) return &c;
  return nullptr;
}

// The class holding `text` under another of its names: the other half of an alias fact of the lexicon's articles
// ("the article's rendering of a fund's name" paired with the registered name a class lists).
const LexClass* class_holding_by_alias(const Content* lexicon, std::string_view text) {
  if (!lexicon || text.empty()) return nullptr;
  const std::string norm = normalize_text(text);
  for (const Article& a : lexicon->articles)
    for (const Fact& f : a.facts) {
      if (f.kind != Kind::Alias) continue;
      if (normalize_text(f.text) == norm)
        if (const LexClass* c = class_holding(lexicon, f.subject)) return c;
      if (normalize_text(f.subject) == norm)
        if (const LexClass* c = class_holding(lexicon, f.text)) return c;
    }
  return nullptr;
}

// The class holding most of a list's items (at least two, and at least half).
const LexClass* class_for_list(const Content* lexicon, const CompactStrings& items) {
  if (!lexicon) return nullptr;
  const LexClass* best = nullptr;
  std::size_t best_n = 0;
  for (const LexClass& c : lexicon->classes) {
    std::size_t n = 0;
    for (const CompactString& item : items)
      for (const std::string& m : c.members)
        if (normalize_text(m) == normalize_text(item)) ++n;
    if (n > best_n) best = &c, best_n = n;
  }
  // The class must also hold three non-members, the wrong answers of the list's questions.
  if (best && best->members.size() < best_n + 3) return nullptr;
  return best_n >= 2 && best_n * 2 >= items.size() ? best : nullptr;
}

void find_class_or_siblings(std::vector<Found>& found, const Content* lexicon) {
  for (Found& f : found) {
    Candidate& c = f.c;
    const LexClass* lc = nullptr;
    switch (c.fact.kind) {
      case Kind::Name:
        lc = class_holding(lexicon, c.fact.text);
        break;
      case Kind::Alias:
        lc = class_holding(lexicon, c.fact.text);
        if (!lc) lc = class_holding(lexicon, c.fact.subject);
        if (!lc) lc = class_holding_by_alias(lexicon, c.fact.subject);
        break;
      case Kind::List:
        lc = class_for_list(lexicon, c.fact.items);
        break;
      default:
        continue;
    }
    // Asked the other way round, an alias needs other full names: a class listing its subject has them.
    if (c.fact.kind == Kind::Alias && (!lc || !class_holding(lexicon, c.fact.subject) || class_holding(lexicon, c.fact.subject) != lc))
      c.fact.reverse = CompactString();
    if (lc) {
      c.fact.class_id = lc->id;
      c.reason += "; wrong answers from the class '" + lc->id + "'";
      if (c.rule == "quoted-term" && lower(lc->label).find("slogan") != std::string::npos) {
        c.noun = "slogan";
        if (!c.wh.empty()) c.wh = "which slogan";
      }
      if (c.confidence == Confidence::Medium && c.fact.kind != Kind::Alias) c.confidence = Confidence::High;
      continue;
    }
    if (c.fact.kind == Kind::List) {
      c.missing = "a 'class' (its non-members are the wrong answers)";
      continue;
    }
    // No class: other names of the same sort in this article are the wrong answers.
    std::vector<std::string> siblings;
    std::set<std::string> seen = {normalize_text(c.fact.text), normalize_text(c.fact.subject)};
    for (const Found& g : found) {
      const bool same_sort = c.fact.kind == Kind::Alias
                                 ? (g.c.fact.kind == Kind::Alias || g.c.head == "quoted-name")
                                 : (g.c.fact.kind == Kind::Name && g.c.head == c.head && g.sentence != f.sentence);
      if (!same_sort || &g == &f) continue;
      const std::string n = normalize_text(g.c.fact.text);
      // "Big Fund 3.0" is no wrong answer for "Big Fund": one contains the other.
      const std::string mine = normalize_text(c.fact.text);
      if (n.find(mine) != std::string::npos || mine.find(n) != std::string::npos) continue;
      if (seen.insert(n).second) siblings.emplace_back(g.c.fact.text);
    }
    const std::size_t need = c.fact.kind == Kind::Alias ? 1 : 3;
    if (siblings.size() >= need) {
      if (siblings.size() > 5) siblings.resize(5);
      c.fact.distractors = siblings;
      c.confidence = Confidence::Low;
      c.reason += "; wrong answers are other " + std::string(c.fact.kind == Kind::Alias ? "names" : "terms") +
                  " from this article: check they fit";
    } else {
      c.missing = c.fact.kind == Kind::Alias ? "a 'class' or 'distractors' (wrong answers)"
                                             : "a 'class' or 3 'distractors' (wrong answers)";
    }
  }
}

std::string unique_id(std::string hint, Kind kind, std::set<std::string>& taken) {
  if (hint.empty() || hint.find_first_not_of("0123456789-") == std::string::npos)
    hint = std::string(kind_name(kind)) + (hint.empty() ? "" : "-" + hint);
  std::string id = hint;
  for (int n = 2; taken.count(id); ++n) id = hint + "-" + std::to_string(n);
  taken.insert(id);
  return id;
}

bool contains_words(std::string_view haystack, std::string_view needle) {
  const std::string h = " " + normalize_text(haystack) + " ";
  const std::string n = normalize_text(needle);
  return !n.empty() && h.find(" " + n + " ") != std::string::npos;
}

}  // namespace

std::string_view confidence_name(Confidence c) {
  switch (c) {
    case Confidence::Low: return "low";
    case Confidence::Medium: return "medium";
    case Confidence::High: return "high";
  }
  return "medium";
}

std::string slug_id(std::string_view text, std::size_t max_len) {
  std::string out;
  bool dash = false;
  for (char ch : text) {
    if (is_alnum(ch)) {
      if (dash && !out.empty()) out += '-';
      out += to_lower(ch);
      dash = false;
    } else {
      dash = true;
    }
  }
  if (out.size() > max_len) {
    const std::size_t cut = out.rfind('-', max_len);
    out = out.substr(0, cut == std::string::npos || cut == 0 ? max_len : cut);
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

SuggestResult suggest_facts(std::string_view raw_text, const SuggestOptions& options) {
  SuggestResult r;
  r.text = prepare_text(raw_text, options.format);
  r.sentences = split_sentences(r.text);
  if (!r.sentences.empty() && r.sentences[0].heading) r.title = r.sentences[0].text;

  std::vector<Found> found;
  for (std::size_t si = 0; si < r.sentences.size(); ++si) {
    if (r.sentences[si].heading) {
      // A dateline near the top gives the article's date.
      if (!r.published && r.sentences[si].paragraph <= 3) {
        const SentenceScan scan(r.sentences[si].text);
        std::vector<Candidate> dates;
        find_dates_and_periods(scan, dates);
        for (const Candidate& c : dates)
          if (c.fact.kind == Kind::Date) {
            r.published = c.fact.date;
            break;
          }
      }
      continue;
    }
    for (Candidate& c : sentence_candidates(r.sentences[si].text)) found.push_back({std::move(c), static_cast<int>(si)});
  }
  find_class_or_siblings(found, options.lexicon);

  std::set<std::string> taken(options.taken_ids.begin(), options.taken_ids.end());
  std::set<std::string> answers_seen;
  for (Found& f : found) {
    Candidate& c = f.c;
    const Sentence& sentence = r.sentences[static_cast<std::size_t>(f.sentence)];
    draft_texts(c, sentence.text);
    c.fact.sentence = sentence.text;
    // The same answer again (a plan's years named twice) is worth one fact, not two.
    const std::string key = std::string(kind_name(c.fact.kind)) + ":" + normalize_text(c.fact.answer_text());
    if (!answers_seen.insert(key).second) {
      c.confidence = Confidence::Low;
      c.reason += "; the same answer as an earlier suggestion";
    }
    if (c.fact.kind != Kind::List && contains_words(c.fact.question, c.fact.answer_text())) {
      c.confidence = Confidence::Low;
      c.reason += "; the drafted question repeats the answer: reword it";
    }
    Suggestion s;
    s.fact = std::move(c.fact);
    s.fact.id = unique_id(c.id_hint, s.fact.kind, taken);
    s.sentence = f.sentence;
    s.begin = sentence.begin + c.hb;
    s.end = sentence.begin + c.he;
    s.confidence = c.confidence;
    s.rule = c.rule;
    s.reason = c.reason;
    s.missing = c.missing;
    r.suggestions.push_back(std::move(s));
  }
  return r;
}

}  // namespace factdeck
