// What is true about a fact across the loaded ix, so no question offers a true "wrong" answer.
#include "generate/facts.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "factdeck/answer.h"
#include "generate/canonical.h"
#include "generate/content_index.h"
#include "generate/distractors.h"
#include "generate/text_util.h"

namespace factdeck::gen {
namespace {

bool same(std::string_view a, std::string_view b) { return same_answer(a, b); }

bool has_same(const std::vector<std::string>& v, std::string_view x) {
  return std::any_of(v.begin(), v.end(), [&](const std::string& s) { return same(s, x); });
}

// Texts in the order added, no two the same answer. The canonical forms seen are kept in a set: a term's pool
// holds every other term of the content (thousands at 100,000 cards), and comparing each new text with the whole
// list made building it quadratic (most of a second for one question; minutes for a quiz over a big collection).
class UniqueTexts {
 public:
  void add(std::string_view x) {
    if (!is_blank(x) && seen_.insert(canonical_answer(x)).second) items_.emplace_back(x);
  }
  std::vector<std::string> take() { return std::move(items_); }

 private:
  std::vector<std::string> items_;
  std::unordered_set<std::string> seen_;
};

bool is_name_kind(Kind k) { return k == Kind::Name || k == Kind::Alias || k == Kind::Term; }

template <class F>
void for_each_fact(const Content& content, F&& fn) {
  for (const auto& a : content.articles)
    for (const auto& g : a.facts) fn(g);
}

// Two facts ask the same question when their questions or statements read the same, or their statements lead into
// the answer with the same words ("Big Fund 3.0 specifically targets {answer}" twice, for its two targets).
// Whether g asks f's question: the same question, statement or statement lead (forward), or the same reverse
// question. f's side is read once (canonical forms are not cheap, and a template shared across a collection
// relates a fact to thousands of others).
class SameQuestion {
 public:
  SameQuestion(const Fact& f, Role role) : f_(f), role_(role) {
    if (role == Role::Reverse) {
      if (!f.reverse.empty()) reverse_ = canonical_answer(f.reverse);
      return;
    }
    question_ = canonical_answer(f.question);
    statement_ = canonical_answer(f.statement);
    const std::string lead = asked_lead(f);
    if (!lead.empty()) lead_ = canonical_answer(lead);
  }
  bool operator()(const Fact& g) const {
    if (&f_ == &g || f_.kind != g.kind) return false;
    if (role_ == Role::Reverse) return !reverse_.empty() && reverse_ == canonical_answer(g.reverse);
    if (question_ == canonical_answer(g.question) || statement_ == canonical_answer(g.statement)) return true;
    return !lead_.empty() && lead_ == canonical_answer(statement_lead(g));
  }

 private:
  const Fact& f_;
  Role role_;
  std::string question_, statement_, lead_, reverse_;
};

}  // namespace

FactRef find_fact(const Content& content, std::string_view article_id, std::string_view fact_id) {
  // Loaded content keeps its articles sorted by id (find_article's binary search): every question checked looks
  // its fact up, and a scan of 3,000 articles' ids was a tenth of a teacher's quiz. Content built by hand in any
  // order is still scanned.
  if (const Article* a = content.find_article(article_id)) {
    for (const auto& f : a->facts)
      if (f.id == fact_id) return {a, &f};
  }
  for (const auto& a : content.articles) {
    if (a.id != article_id) continue;
    for (const auto& f : a.facts)
      if (f.id == fact_id) return {&a, &f};
  }
  return {};
}

bool is_sorted_kind(Kind k) { return k == Kind::Year || k == Kind::Date || k == Kind::Period || k == Kind::Number; }

bool has_reverse(const Fact& f) {
  if (f.reverse.empty()) return false;
  if (f.kind == Kind::Alias) return !f.subject.empty();
  if (f.kind == Kind::Term) return !f.definition.empty();
  if (f.kind == Kind::Name) return !f.subject.empty();
  return false;
}

std::string number_text(const Fact& f, double value) {
  return format_number(value, f.number.decimals, f.number.unit);
}

std::string key_text(const Fact& f, Role role) {
  if (role == Role::Reverse) return (f.kind == Kind::Term ? f.definition : f.subject).str();
  switch (f.kind) {
    case Kind::Year: return std::to_string(f.year);
    case Kind::Date: return format_date(f.date);
    case Kind::Period: return format_period(f.period);
    case Kind::Number: return number_text(f, f.number.value);
    case Kind::List: return f.answer_text();  // the items joined as join_list does
    default: return f.text.str();
  }
}

namespace {
// Whether a word is said with a vowel sound first, for "a"/"an": by its letters, with the usual exceptions ("a
// university", "a one-off", "an hour"). Nullopt for a word in capitals (an acronym's article follows how its letters
// are said, "an FBI agent", "a NATO member"): the writer's article stands.
std::optional<bool> vowel_sound(std::string_view text) {
  std::size_t end = 0;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
  if (end == 0) return std::nullopt;
  std::string w(text.substr(0, end));
  if (w.size() > 1 && std::all_of(w.begin(), w.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
    return std::nullopt;
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view lead : {"uni", "use", "usu", "ura", "uto", "eu", "one", "once", "ubiq"})
    if (w.compare(0, lead.size(), lead) == 0) return false;
  for (std::string_view lead : {"hour", "honest", "honour", "honor", "heir"})
    if (w.compare(0, lead.size(), lead) == 0) return true;
  return std::string_view("aeiou").find(w[0]) != std::string_view::npos;
}
}  // namespace

std::string fill(const Fact& f, std::string_view value) {
  std::string s = f.statement.str();
  const auto at = s.find("{answer}");
  if (at == std::string::npos) return s;
  // "known as a {answer}" takes "an" before "ion beam shepherd": the article agrees with the value put in.
  std::string before = s.substr(0, at);
  if (const auto vowel = vowel_sound(value)) {
    for (const auto& [a, an] : {std::pair<std::string_view, std::string_view>{"a ", "an "}, {"A ", "An "}}) {
      const bool has_a = ends_with(before, a) && (before.size() == a.size() || before[before.size() - a.size() - 1] == ' ');
      const bool has_an = ends_with(before, an) && (before.size() == an.size() || before[before.size() - an.size() - 1] == ' ');
      if (has_a && *vowel) before.replace(before.size() - a.size(), a.size(), an);
      else if (has_an && !*vowel) before.replace(before.size() - an.size(), an.size(), a);
      else continue;
      break;
    }
  }
  // "no relations from {answer}" reads "from 1961 to 2015", "between {answer}" "between 2011 and 2012", for a
  // period's value and for a wrong one alike (blind reading 24: "from 1961-2015").
  std::string put(value);
  drop_doubled_article(before, put);
  const std::string_view joint = f.kind == Kind::Period ? period_joint(before) : std::string_view();
  if (const auto dash = put.find('-'); !joint.empty() && dash != std::string::npos) put.replace(dash, 1, joint);
  return before + put + s.substr(at + 8);
}

// "the front page of the {answer}" takes "The Courier" as "the front page of The Courier" (blind reading 26: "of the
// The Courier"); the value keeps its own capital.
void drop_doubled_article(std::string& lead, std::string_view value) {
  if (value.substr(0, 4) != "The ") return;
  for (std::string_view the : {"the ", "The "})
    if (ends_with(lead, the) && (lead.size() == the.size() || lead[lead.size() - the.size() - 1] == ' ')) {
      lead.erase(lead.size() - the.size());
      return;
    }
}

std::string_view period_joint(std::string_view lead) {
  for (const auto& [word, joint] : {std::pair<std::string_view, std::string_view>{"from ", " to "}, {"From ", " to "}, {"between ", " and "}})
    if (ends_with(lead, word) && (lead.size() == word.size() || lead[lead.size() - word.size() - 1] == ' ')) return joint;
  return {};
}

std::string statement_lead(const Fact& f) {
  const auto at = f.statement.find("{answer}");
  if (at == std::string::npos) return "";
  const std::string lead = strip_attribution(f.statement.substr(0, at));
  return words(lead).size() >= 5 ? lead : "";
}

std::string stated_answer(const Fact& f) {
  if (f.kind == Kind::Number && !f.number.qualifier.empty())
    return f.number.qualifier + " " + key_text(f, Role::Forward);
  return key_text(f, Role::Forward);
}

std::optional<std::uint64_t> lead_key(const Fact& f) {
  const std::string_view s = f.statement.view();
  const auto at = s.find("{answer}");
  if (at == std::string_view::npos) return std::nullopt;
  // statement_lead's text, unmade: case, spaces and punctuation do not change a words_key.
  std::string_view lead = s.substr(0, at);
  while (!lead.empty() && std::isspace(static_cast<unsigned char>(lead.front())) != 0) lead.remove_prefix(1);
  for (std::string_view attribution : {"According to the article, ", "according to the article, "})
    if (starts_with(lead, attribution)) {
      lead.remove_prefix(attribution.size());
      break;
    }
  if (word_count(lead) < 5) return std::nullopt;
  return words_key(lead);
}

std::string asked_lead(const Fact& f) {
  const auto at = f.statement.find("{answer}");
  if (at == std::string::npos) return "";
  const std::string_view tail = f.statement.view().substr(at + 8);
  if (std::any_of(tail.begin(), tail.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }))
    return "";
  return statement_lead(f);
}

int qualifier_direction(std::string_view qualifier) {
  // "Up to 10%" and "at most" give a ceiling, true of every lower figure as "more than 7%" is of every lower one:
  // "can be fined up to 7%" is arguably true under a 10% ceiling, "up to 20%" plainly false.
  static const std::array<std::string_view, 9> kUp = {"more than", "over",     "at least", "above",  "exceeding",
                                                      "upwards of", "in excess of", "up to", "at most"};
  static const std::array<std::string_view, 4> kDown = {"less than", "fewer than", "under", "below"};
  const std::string q = trim(qualifier);
  for (auto u : kUp)
    if (q == u) return 1;
  for (auto d : kDown)
    if (q == d) return -1;
  return 0;
}

bool counted_unit(const Fact& f) {
  // Read without allocating: the numeric rules ask it of every value they check.
  static const std::unordered_set<std::string_view> kMeasures = {
      "dollars", "euros", "pounds", "yuan", "yen", "rupees", "metres", "meters", "kilometres", "kilometers", "km",
      "miles", "tonnes", "tons", "kilograms", "litres", "hours", "days", "years", "minutes", "seconds", "degrees",
      "percent"};
  if (f.number.decimals != 0) return false;
  std::string_view u = f.number.unit.view();
  while (!u.empty() && !std::isalpha(static_cast<unsigned char>(u.back()))) u.remove_suffix(1);
  const auto space = u.find_last_of(' ');
  const std::string_view last = space == std::string_view::npos ? u : u.substr(space + 1);
  if (last.size() <= 2 || last.back() != 's') return false;
  if (std::any_of(last.begin(), last.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); })) {
    std::string lower(last);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return !kMeasures.count(lower);
  }
  return !kMeasures.count(last);
}

std::string opposite_qualifier(const Fact& f) {
  const int dir = qualifier_direction(f.number.qualifier);
  if (dir < 0) return "more than";
  // A ceiling ("up to 7%") is made false by a higher one ("up to 20%"), not by "less than 7%" (true of it).
  const std::string q = trim(f.number.qualifier);
  if (dir == 0 || q == "up to" || q == "at most") return "";
  // "Fewer than" things counted one by one (cases, deaths, delegations); "less than" a share, money or a measure.
  const bool counted = counted_unit(f);
  return counted ? "fewer than" : "less than";
}

AliasTable build_alias_table(const Content& content) {
  AliasTable table;
  auto pair = [&](std::string_view name, std::string_view alias) { table[canonical_answer(name)].emplace_back(alias); };
  for_each_fact(content, [&](const Fact& g) {
    if (g.kind == Kind::Alias) {
      pair(g.subject, g.text);
      pair(g.text, g.subject);
    }
    // The original-language name of a name or term; an alias fact's may name either half of the pair.
    if (!g.original.empty() && (g.kind == Kind::Name || g.kind == Kind::Term)) pair(key_text(g, Role::Forward), g.original);
  });
  return table;
}

std::vector<std::string> compute_aliases(const AliasTable& table, std::string_view name) {
  UniqueTexts found;
  if (auto it = table.find(canonical_answer(name)); it != table.end())
    for (const auto& alias : it->second) found.add(alias);
  std::vector<std::string> out = found.take();
  out.erase(std::remove_if(out.begin(), out.end(), [&](const std::string& s) { return same(s, name); }),
            out.end());
  return out;
}

std::vector<std::string> key_aliases(const ContentIndex& ix, const Fact& f, Role role, std::string_view key) {
  auto out = aliases_of(ix, key);
  (void)role;
  // The other half of the fact's own alias pair is what the question gives, not a hidden answer.
  if (f.kind == Kind::Alias)
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const std::string& s) { return same(s, f.subject) || same(s, f.text); }),
              out.end());
  return out;
}

std::unordered_set<std::string> compute_truths(const ContentIndex& ix, const Fact& f, Role role) {
  std::unordered_set<std::string> out;
  auto add = [&](std::string_view key) {
    if (is_blank(key)) return;
    out.insert(canonical_answer(key));
    for (const auto& a : aliases_of(ix, key)) out.insert(canonical_answer(a));
  };
  if (role == Role::Forward && f.kind == Kind::List)
    for (const auto& m : f.items) add(m);
  add(key_text(f, role));
  // Only facts sharing a text with f can share its question or name its pair: found by key, not by a scan.
  const SameQuestion same_question(f, role);
  for (const Fact* candidate : ix.tables().related(f, role)) {
    const Fact& g = *candidate;
    if (&g == &f) continue;
    if (same_question(g)) {
      if (g.kind == Kind::List && role == Role::Forward) {
        for (const auto& m : g.items) add(m);
      } else {
        add(key_text(g, role));
      }
      continue;
    }
    // Another pair naming the same thing: a second nickname of the subject is also right.
    if (f.kind == Kind::Alias && g.kind == Kind::Alias) {
      if (role == Role::Forward && same(g.subject, f.subject)) add(g.text);
      if (role == Role::Reverse && same(g.text, f.text)) add(g.subject);
    }
    if (f.kind == Kind::Term && g.kind == Kind::Term) {
      if (role == Role::Forward && same(g.definition, f.definition)) add(g.text);
      if (role == Role::Reverse && same(g.text, f.text)) add(g.definition);
    }
  }
  return out;
}

std::vector<std::string> aliases_of(const ContentIndex& ix, std::string_view name) {
  return ix.tables().aliases(name);
}

bool is_true_option(const ContentIndex& ix, const Fact& f, Role role, std::string_view option) {
  if (is_blank(option)) return false;
  const auto& truths = ix.tables().truths(f, role);  // built (with many look-ups) before the reference is taken
  return truths.count(canonical_ref(option)) > 0;
}

bool is_true_option(const ContentIndex& ix, const Fact& f, Role role, std::string_view option,
                    const std::string& canon) {
  if (is_blank(option)) return false;
  return ix.tables().truths(f, role).count(canon) > 0;
}

const std::vector<std::string>& name_pool(const ContentIndex& ix, const Fact& f, Role role) {
  return ix.tables().pool(f, role);
}

bool in_name_pool(const ContentIndex& ix, const Fact& f, Role role, std::string_view option) {
  const auto& pool = ix.tables().pool_canon(f, role);  // built before the reference is taken
  return pool.count(canonical_ref(option)) > 0;
}

bool list_reads_singular(const Fact& f) {
  if (f.kind != Kind::List) return false;
  const auto at = f.statement.find("{answer}");
  if (at == std::string::npos) return false;
  const auto after = words(f.statement.substr(at + 8));
  if (after.empty()) return false;
  static const char* const kSingular[] = {"is", "was", "has", "remains", "becomes", "became"};
  for (const char* v : kSingular)
    if (after[0] == v) return true;
  return contains_phrase(f.statement, "one of the");
}

// Which other years or dates a statement's own words make true as well: "by 2035" and "before 2035" hold by 2040
// too, "since 2014" holds since 2016 (+1: a later value is true); "after 2020" holds after 2018 (-1). Blind reading
// 31 struck "by 2040" offered as false for a target the article sets for 2035.
int implied_direction(const Fact& f) {
  if (f.kind != Kind::Year && f.kind != Kind::Date) return 0;
  const auto at = f.statement.find("{answer}");
  if (at == std::string::npos) return 0;
  const auto before = words(f.statement.substr(0, at));
  if (before.empty()) return 0;
  const std::string& w = before.back();
  if (w == "by" || w == "before" || w == "since") return 1;
  if (before.size() >= 3 && w == "than" && before[before.size() - 2] == "later" && before[before.size() - 3] == "no") return 1;
  return w == "after" ? -1 : 0;
}

bool is_true_in_statement(const ContentIndex& ix, const Fact& f, std::string_view value) {
  if (const int dir = implied_direction(f); dir != 0) {
    const auto shown = position_of(f.kind, std::string(value));
    const auto key = position_of(f.kind, key_text(f, Role::Forward));
    if (shown && key && (dir > 0 ? *shown > *key : *shown < *key)) return true;
  }
  if (f.kind == Kind::List && list_reads_singular(f))
    return std::any_of(f.items.begin(), f.items.end(), [&](const CompactString& m) { return same(m, value); });
  if (f.kind == Kind::List) {
    return std::all_of(f.items.begin(), f.items.end(),
                       [&](const CompactString& m) { return contains_phrase(value, m); });
  }
  if (f.kind == Kind::Number && !f.number.qualifier.empty()) {
    const int dir = qualifier_direction(f.number.qualifier);
    const auto n = parse_number_text(value);
    // The other direction: "more than 100" is false of "fewer than 100", "more than 70" may be true.
    if (const std::string other = opposite_qualifier(f); n && !other.empty() && starts_with(value, other + " "))
      return !((dir < 0 && n->value >= f.number.value) || (dir > 0 && n->value <= f.number.value));
    if (n && dir != 0) {
      const double key = f.number.value;
      // "more than 7%" makes "more than 5%" true as well.
      if ((dir > 0 && n->value <= key) || (dir < 0 && n->value >= key)) return true;
    }
  }
  return is_true_option(ix, f, Role::Forward, value);
}

namespace {
// Every fact compute_pool can take a wrong answer from, in content order: a class's facts (a name without a class
// asked in reverse takes the subjects of the other names without one), or, for a term without a class, its
// article's facts.
std::vector<const Fact*> kin_facts(const ContentIndex& ix, const Fact& f, Role role, const Article* home) {
  std::vector<const Fact*> out;
  if (home) {
    for (const auto& g : home->facts) out.push_back(&g);
  } else if (!f.class_id.empty() || (f.kind == Kind::Name && role == Role::Reverse)) {
    out = ix.tables().class_facts(f.class_id.view());
  }
  return out;
}
}  // namespace

std::vector<std::string> compute_pool(const ContentIndex& ix, const Fact& f, Role role) {
  UniqueTexts out;
  const LexClass* cls = f.class_id.empty() ? nullptr : ix.content().find_class(f.class_id);
  // Terms are compared with the terms of their class, or, for a term without one, of their own article: a
  // definition from another story (climate harm beside a platform practice) is ruled out by its subject alone, and
  // one of another kind by its kind ("the individual medley" is no red cap and no street-dance sport, whatever
  // the article said of them).
  // A term with wrong answers of its author's takes further ones only from its class.
  // (Asked in reverse, a term's wrong answers are definitions: its authored wrong terms do not apply.)
  const Article* home = f.kind == Kind::Term && f.class_id.empty() && (f.distractors.empty() || role == Role::Reverse)
                            ? ix.tables().article_of(f)
                            : nullptr;
  auto kin_term = [&](const Fact& g) {
    return g.kind == Kind::Term &&
           ((!f.class_id.empty() && g.class_id == f.class_id) || (home && ix.tables().article_of(g) == home));
  };
  if (role == Role::Forward) {
    for (const auto& d : f.distractors) out.add(d);
    // A class listing the subject (and not the nickname) holds full names: no wrong answers for a nickname.
    const bool full_names = f.kind == Kind::Alias && cls && has_same(cls->members, f.subject) && !has_same(cls->members, f.text);
    if (cls && !full_names)
      for (const auto& m : cls->members) out.add(m);
    // The facts that can give a wrong answer, in content order: those of f's class, or the terms of a term's article.
    for (const Fact* candidate : kin_facts(ix, f, role, home)) {
      const Fact& g = *candidate;
      if (&g == &f) continue;
      if (!f.class_id.empty() && g.class_id == f.class_id) {
        if (g.kind == Kind::List && f.kind == Kind::List)
          for (const auto& m : g.items) out.add(m);
        else if (is_name_kind(g.kind) && is_name_kind(f.kind))
          out.add(g.text);
      }
      if (f.kind == Kind::Term && kin_term(g)) out.add(g.text);
    }
    return out.take();
  }
  // Reverse: the wrong answers are other subjects or definitions. A class holds full names
  // when it lists the subject (and not the nickname); only then are its members subjects.
  if (f.kind == Kind::Alias && cls && has_same(cls->members, f.subject) && !has_same(cls->members, f.text))
    for (const auto& m : cls->members) out.add(m);
  for (const Fact* candidate : kin_facts(ix, f, role, home)) {
    const Fact& g = *candidate;
    if (&g == &f || g.kind != f.kind) continue;
    if (f.kind == Kind::Alias && !f.class_id.empty() && g.class_id == f.class_id) out.add(g.subject);
    if (f.kind == Kind::Term && kin_term(g)) out.add(g.definition);
    if (f.kind == Kind::Name && !g.subject.empty() && g.class_id == f.class_id) out.add(g.subject);
  }
  return out.take();
}

std::string strip_attribution(std::string_view s) {
  std::string t = trim(s);
  for (std::string_view lead : {"According to the article, ", "according to the article, "})
    if (starts_with(t, lead)) return capitalize_first(trim(t.substr(lead.size())));
  return t;
}

namespace {

// event_label's work; it reads the statement and nothing else of the fact.
std::string compute_event_label(const std::string& statement) {
  const auto p = statement.find("{answer}");
  if (p == std::string::npos) return "";
  static const std::array<std::string_view, 37> kJoin = {
      "in",     "on",    "by",     "since",    "from",  "until",   "till",   "during", "for",
      "at",     "of",    "the",    "between",  "is",    "was",     "are",    "were",   "will",
      "be",     "covers", "cover", "covered",  "spans", "span",    "spanning", "runs", "run",
      "ran",    "lasts", "lasted", "year",     "years", "period",  "date",  "through", "before", "after"};
  auto is_join = [&](const std::string& w) { return std::find(kJoin.begin(), kJoin.end(), w) != kJoin.end(); };

  std::string before = statement.substr(0, p);
  std::string lead;  // the word that leads into the date: "in", "covers", "by"...
  // Drop the trailing words that only lead into the date ("... escalate in", "The plan covers").
  for (;;) {
    before = trim(before);
    while (!before.empty() && std::string(",:;(-").find(before.back()) != std::string::npos)
      before = trim(before.substr(0, before.size() - 1));
    const auto sp = before.find_last_of(' ');
    const std::string last = sp == std::string::npos ? before : before.substr(sp + 1);
    const auto lw = words(last);
    if (before.empty() || lw.size() != 1 || !is_join(lw[0])) break;
    if (lead.empty()) lead = lw[0];
    before = sp == std::string::npos ? "" : before.substr(0, sp);
  }
  // "Objectives for 2035", "until 2030", "by 2035": the date is not when the thing happened (a deadline or a
  // target), so it cannot be ordered among events.
  static const std::array<std::string_view, 8> kNotWhen = {"for", "until", "till", "through", "before", "after", "between", "by"};
  if (std::find(kNotWhen.begin(), kNotWhen.end(), lead) != kNotWhen.end()) return "";
  std::string after = statement.substr(p + 8);
  after = trim(after);
  while (!after.empty() && std::string(",.;:)").find(after.front()) != std::string::npos)
    after = trim(after.substr(1));
  std::string label;
  if (before.empty())
    label = after;
  else if (after.empty())
    label = before;
  else
    label = before + " " + after;
  label = strip_attribution(label);
  while (!label.empty() && std::string(".,;:").find(label.back()) != std::string::npos) label.pop_back();
  label = capitalize_first(trim(label));
  if (words(label).size() < 2) return "";
  return label;
}

}  // namespace

std::string event_label(const Fact& f) {
  // An order question labels every dated fact of its article on every try, and quiz building asks again: remember
  // the labels by the statement's text (all they depend on), so an edited statement can never get an old label.
  // Keyed by the CompactString itself: a copy shares the fact's text block, so a look-up allocates nothing.
  struct Hash {
    std::size_t operator()(const CompactString& s) const noexcept { return std::hash<std::string_view>()(s.view()); }
  };
  thread_local std::unordered_map<CompactString, std::string, Hash> memo;
  if (auto it = memo.find(f.statement); it != memo.end()) return it->second;
  if (memo.size() > 4096) memo.clear();  // an order question needs one article's labels; statements are long
  return memo.emplace(f.statement, compute_event_label(f.statement.str())).first->second;
}

DayRange day_range(const Fact& f) {
  switch (f.kind) {
    case Kind::Year:
      return {days_from_civil({f.year, 1, 1}), days_from_civil({f.year, 12, 31})};
    case Kind::Period:
      return {days_from_civil({f.period.from, 1, 1}), days_from_civil({f.period.to, 12, 31})};
    case Kind::Date: {
      if (f.date.day > 0) {
        const long d = days_from_civil(f.date);
        return {d, d};
      }
      const int m = f.date.month > 0 ? f.date.month : 1;
      const int m2 = f.date.month > 0 ? f.date.month : 12;
      const long first = days_from_civil({f.date.year, m, 1});
      const Date next = m2 == 12 ? Date{f.date.year + 1, 1, 1} : Date{f.date.year, m2 + 1, 1};
      return {first, days_from_civil(next) - 1};
    }
    default:
      return {};
  }
}

}  // namespace factdeck::gen
