// One [[fact]]: the fields every fact has, the answer shape of its kind, and the rules of the format.
#include "content/fact_reader.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

namespace factdeck::content_detail {
namespace {

bool kind_has_reverse(Kind k) { return k == Kind::Name || k == Kind::Alias || k == Kind::Term; }

// Reads `answer` in the shape of the fact's kind.
bool read_answer(Reader& r, const toml::table& t, Fact& f) {
  const toml::node* n = t.get("answer");
  if (!n) {
    r.error(t.source(), "missing required field 'answer'");
    return false;
  }
  const std::string kind(kind_name(f.kind));
  switch (f.kind) {
    case Kind::Year: {
      auto y = r.integer(t, "answer", true);
      if (!y) return false;
      if (*y < 1 || *y > 9999) {
        r.error(n->source(), "year " + std::to_string(*y) + " is out of range 1-9999");
        return false;
      }
      f.year = static_cast<int>(*y);
      return true;
    }
    case Kind::Date: {
      auto d = r.date(t, "answer", true);
      if (!d) return false;
      f.date = Date{d->year, d->month, d->day};
      return true;
    }
    case Kind::Period: {
      const toml::table* p = r.table(t, "answer", true);
      if (!p) {
        return false;
      }
      r.check_keys(*p, {"from", "to"}, "a period answer");
      auto from = r.integer(*p, "from", true);
      auto to = r.integer(*p, "to", true);
      if (!from || !to) return false;
      if (*from < 1 || *to > 9999) {
        r.error(n->source(), "period years must be in 1-9999");
        return false;
      }
      if (*from > *to) {
        r.error(n->source(), "period 'from' (" + std::to_string(*from) + ") is after 'to' (" + std::to_string(*to) + ")");
        return false;
      }
      f.period = Period{static_cast<int>(*from), static_cast<int>(*to)};
      return true;
    }
    case Kind::Number: {
      const toml::table* p = r.table(t, "answer", true);
      if (!p) return false;
      r.check_keys(*p, {"value", "unit", "qualifier"}, "a number answer");
      auto v = r.number(*p, "value", true, &f.number.decimals);
      f.number.unit = r.string(*p, "unit", false).value_or("");
      f.number.qualifier = r.string(*p, "qualifier", false).value_or("");
      if (!v) return false;
      f.number.value = *v;
      return true;
    }
    case Kind::List: {
      auto items = r.strings(t, "answer", true);
      if (!items) return false;
      if (items->size() < 2) {
        r.error(n->source(), "a list answer needs at least 2 members");
        return false;
      }
      std::set<std::string> seen;
      for (const std::string& s : *items)
        if (!seen.insert(normalize_text(s)).second) {
          r.error(n->source(), "list member '" + s + "' appears twice");
          return false;
        }
      f.items = *items;
      return true;
    }
    case Kind::Name:
    case Kind::Alias:
    case Kind::Term:
    case Kind::Opinion: {
      auto s = r.string(t, "answer", true);
      if (!s) return false;
      f.text = *s;
      return true;
    }
  }
  return false;
}

}  // namespace

bool read_fact(Reader& r, const toml::table& t, const Content& lexicon, Fact& f) {
  const int errors_before = static_cast<int>(r.diagnostics().size());
  auto had_error = [&] {
    for (std::size_t i = static_cast<std::size_t>(errors_before); i < r.diagnostics().size(); ++i)
      if (r.diagnostics()[i].severity == Severity::Error) return true;
    return false;
  };
  f.pos = {static_cast<int>(t.source().begin.line), static_cast<int>(t.source().begin.column)};
  r.check_keys(t,
               {"id", "kind", "question", "answer", "statement", "sentence", "note", "class", "distractors", "reverse",
                "original", "tags", "subject", "definition", "speaker"},
               "[[fact]]");

  auto id = r.string(t, "id", true);
  if (id && !r.valid_id(*id)) r.error(t.get("id")->source(), "fact id '" + *id + "' must be lower-case letters, digits and '-'");
  f.id = id.value_or("");

  auto kind = r.string(t, "kind", true);
  if (!kind) return false;
  auto k = kind_from_name(*kind);
  if (!k) {
    std::string msg = "unknown kind '" + *kind + "'; the kinds are year, date, period, number, name, alias, list, term, opinion";
    r.error(t.get("kind")->source(), msg);
    return false;
  }
  f.kind = *k;

  f.question = r.string(t, "question", true).value_or("");
  f.statement = r.string(t, "statement", true).value_or("");
  if (const toml::node* s = t.get("statement"); s && s->is_string()) {
    std::size_t count = 0;
    for (std::size_t at = f.statement.find("{answer}"); at != std::string::npos; at = f.statement.find("{answer}", at + 1))
      ++count;
    if (count != 1)
      r.error(s->source(), count == 0 ? "'statement' must contain {answer} once; it has none"
                                      : "'statement' must contain {answer} once; it has " + std::to_string(count));
  }
  f.sentence = r.string(t, "sentence", false).value_or("");
  f.note = r.string(t, "note", false).value_or("");
  f.original = r.string(t, "original", false).value_or("");
  f.reverse = r.string(t, "reverse", false).value_or("");
  f.subject = r.string(t, "subject", false).value_or("");
  f.definition = r.string(t, "definition", false).value_or("");
  f.speaker = r.string(t, "speaker", false).value_or("");
  f.distractors = r.strings(t, "distractors", false).value_or(std::vector<std::string>{});
  f.tags = r.strings(t, "tags", false, true).value_or(std::vector<std::string>{});
  f.class_id = r.string(t, "class", false).value_or("");

  if (const toml::node* c = t.get("class"); c && c->is_string() && !lexicon.find_class(f.class_id)) {
    std::string msg = "unknown lexicon class '" + f.class_id + "'";
    std::vector<std::string> ids;
    for (const LexClass& lc : lexicon.classes) ids.push_back(lc.id);
    std::string best;
    std::size_t best_len = 0;
    for (const std::string& id2 : ids) {  // a cheap "did you mean": the longest shared prefix
      std::size_t n = 0;
      while (n < id2.size() && n < f.class_id.size() && id2[n] == f.class_id[n]) ++n;
      if (n > best_len && n >= 4) best_len = n, best = id2;
    }
    if (!best.empty()) msg += "; did you mean '" + best + "'?";
    r.error(c->source(), msg);
  }

  read_answer(r, t, f);

  // Fields that belong to one kind only.
  auto only = [&](const char* key, bool allowed, const char* kinds) {
    if (const toml::node* n = t.get(key); n && !allowed)
      r.error(n->source(), std::string("'") + key + "' is only for " + kinds + " facts, not " + std::string(kind_name(f.kind)));
  };
  only("subject", f.kind == Kind::Alias, "alias");
  only("definition", f.kind == Kind::Term, "term");
  only("speaker", f.kind == Kind::Opinion, "opinion");
  only("reverse", kind_has_reverse(f.kind), "name, alias and term");

  auto require = [&](bool ok, const std::string& message) {
    if (!ok) r.error(t.source(), message);
  };
  switch (f.kind) {
    case Kind::Name:
      require(!f.class_id.empty() || f.distractors.size() >= 3,
              "a name fact needs a 'class' or at least 3 'distractors'");
      // Asked the other way round, a question needs something to ask for: an alias's full name, a term's definition.
      if (const toml::node* n = t.get("reverse"))
        r.warning(n->source(), "'reverse' on a name fact is never asked: a name has no subject to ask for; make it an "
                               "alias fact (with 'subject') or a fact of its own");
      break;
    case Kind::Alias:
      require(!f.subject.empty() || t.get("subject"), "an alias fact needs 'subject', the full name");
      require(!f.class_id.empty() || !f.distractors.empty(), "an alias fact needs a 'class' or 'distractors'");
      break;
    case Kind::List:
      require(!f.class_id.empty(), "a list fact needs a 'class' (its non-members are the wrong answers)");
      break;
    case Kind::Term:
      require(!f.definition.empty() || t.get("definition"), "a term fact needs 'definition'");
      if (const toml::node* n = t.get("reverse"))
        r.warning(n->source(), "'reverse' on a term fact is never asked: a term's meaning among other meanings gives "
                               "itself away (the Golden Glove is for the goalkeeper); the term is asked for by its "
                               "meaning instead");
      break;
    case Kind::Opinion:
      require(!f.speaker.empty() || t.get("speaker"), "an opinion fact needs 'speaker'");
      break;
    default:
      break;
  }
  // An authored distractor that is the answer itself would make a question with two keys.
  if (!f.text.empty())
    for (const CompactString& d : f.distractors)
      if (normalize_text(d) == normalize_text(f.text))
        r.error(t.get("distractors")->source(), "distractor '" + d + "' is the answer itself");
  return !had_error();
}

std::size_t wrong_answer_supply(const Content& content, const Fact& f) {
  std::set<std::string> wrong;
  std::set<std::string> right;
  if (f.kind == Kind::List) {
    for (const CompactString& m : f.items) right.insert(normalize_text(m));
  } else {
    right.insert(normalize_text(f.text));
    if (!f.subject.empty()) right.insert(normalize_text(f.subject));
  }
  for (const CompactString& d : f.distractors)
    if (!right.count(normalize_text(d))) wrong.insert(normalize_text(d));
  if (const LexClass* c = content.find_class(f.class_id))
    for (const std::string& m : c->members)
      if (!right.count(normalize_text(m))) wrong.insert(normalize_text(m));
  return wrong.size();
}

void warn_thin_facts(const Content& content, std::vector<Diagnostic>& out) {
  // Each class's members normalised once, not once per fact that names the class.
  std::map<std::string_view, std::vector<std::string>> members;
  for (const LexClass& c : content.classes) {
    std::set<std::string> distinct;
    for (const std::string& m : c.members) distinct.insert(normalize_text(m));
    members.emplace(c.id, std::vector<std::string>(distinct.begin(), distinct.end()));
  }
  std::vector<std::string> right;
  for (const Article& a : content.articles)
    for (const Fact& f : a.facts) {
      if (f.kind != Kind::Name && f.kind != Kind::Alias && f.kind != Kind::List) continue;
      // Three class members that are not the answer are enough; only a fact short of them is counted exactly.
      if (auto it = members.find(f.class_id); it != members.end()) {
        right.clear();
        if (f.kind == Kind::List) {
          for (const CompactString& m : f.items) right.push_back(normalize_text(m));
        } else {
          right.push_back(normalize_text(f.text));
          if (!f.subject.empty()) right.push_back(normalize_text(f.subject));
        }
        std::size_t wrong = 0;
        for (const std::string& m : it->second)
          if (std::find(right.begin(), right.end(), m) == right.end() && ++wrong >= 3) break;
        if (wrong >= 3) continue;
      }
      const std::size_t n = wrong_answer_supply(content, f);
      if (n >= 3) continue;
      out.push_back({Severity::Warning, a.file, f.pos.line, f.pos.column,
                     "fact '" + f.id + "' has only " + std::to_string(n) +
                         " wrong answers; multiple choice needs 3 (it still gets true/false and cloze questions)"});
    }
  warn_unaskable_reverse(content, out);
  warn_list_sentence(content, out);
}

void warn_list_sentence(const Content& content, std::vector<Diagnostic>& out) {
  // The sentence is the article's evidence, shown after every answer: a list's sentence that names fewer than half
  // its members backs a "true" it does not show (Pluto's five moons under a sentence naming Charon alone). A member
  // the author paraphrased (the sentence's words in another order) is not counted missing while most are named.
  for (const Article& a : content.articles)
    for (const Fact& f : a.facts) {
      if (f.kind != Kind::List || f.sentence.empty()) continue;
      const std::string said = " " + normalize_text(f.sentence) + " ";
      std::string missing;
      std::size_t n = 0;
      for (const CompactString& m : f.items) {
        // Named: two thirds of the member's words of three letters or more stand in the sentence as words (a
        // member written as a gerund, "defining Chile as a plurinational state", is named by "defined Chile as a
        // plurinational state").
        const std::string norm = normalize_text(m);
        std::size_t words = 0, found = 0;
        for (std::size_t i = 0; i < norm.size();) {
          const std::size_t end = std::min(norm.find(' ', i), norm.size());
          if (end - i >= 3) {
            ++words;
            found += said.find(" " + norm.substr(i, end - i) + " ") != std::string::npos;
          }
          i = end + 1;
        }
        if (words == 0 ? said.find(" " + norm + " ") == std::string::npos : 3 * found < 2 * words)
          missing += (n++ ? ", '" : "'") + std::string(m.view()) + "'";
      }
      if (2 * n <= f.items.size()) continue;
      out.push_back({Severity::Warning, a.file, f.pos.line, f.pos.column,
                     "fact '" + f.id + "': its sentence, shown after answering as the article's words, does not name " +
                         missing + "; quote the sentence that names the members, or leave 'sentence' out"});
    }
}

void warn_unaskable_reverse(const Content& content, std::vector<Diagnostic>& out) {
  // Asked the other way round, the options are other terms' definitions (of the article or the class) or other
  // full names (a class listing them, or aliases of the class): two are needed, or the reverse is never asked.
  // Counted per article and class once (a scan per fact would be quadratic in a big collection).
  std::map<std::string_view, std::size_t> terms_in_class, aliases_in_class;
  for (const Article& a : content.articles)
    for (const Fact& g : a.facts) {
      if (g.kind == Kind::Term && !g.class_id.empty()) ++terms_in_class[g.class_id.view()];
      if (g.kind == Kind::Alias && !g.class_id.empty()) ++aliases_in_class[g.class_id.view()];
    }
  for (const Article& a : content.articles) {
    std::size_t terms_here = 0;
    for (const Fact& g : a.facts) terms_here += g.kind == Kind::Term;
    for (const Fact& f : a.facts) {
      if (f.reverse.empty() || f.kind != Kind::Alias) continue;
      std::size_t wrong = 0;
      if (f.kind == Kind::Term) {
        // A term of a class is asked among the definitions of its class only (one of another kind, a red cap
        // beside a swimming race, is ruled out by its kind); a term without one, among its article's.
        if (f.class_id.empty()) wrong = terms_here - 1;
        else if (auto it = terms_in_class.find(f.class_id.view()); it != terms_in_class.end()) wrong = it->second - 1;
      } else {
        if (auto it = aliases_in_class.find(f.class_id.view()); it != aliases_in_class.end()) wrong = it->second - 1;
        if (const LexClass* c = content.find_class(f.class_id))
          if (std::any_of(c->members.begin(), c->members.end(),
                          [&](const std::string& m) { return normalize_text(m) == normalize_text(f.subject); }))
            wrong += c->members.size() - 1;
      }
      if (wrong >= 2) continue;
      out.push_back({Severity::Warning, a.file, f.pos.line, f.pos.column,
                     "fact '" + f.id + "': its 'reverse' question is never asked: it needs 2 wrong " +
                         (f.kind == Kind::Term ? std::string("definitions (other terms of its class, or of its article if it has no class)")
                                               : std::string("full names (a class listing them, or aliases of its class)")) +
                         ", and has " + std::to_string(wrong)});
    }
  }
}

}  // namespace factdeck::content_detail
