// Measures fact suggestions against an editor's hand-made deck: recall (deck facts some suggestion finds) and ready share.
#pragma once

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/suggest.h"

namespace factdeck::measure {

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The article's prose kept as TOML comments at the top of a fixture file: the comment lines before
// `format = 1`, after the banner ("# ----" / "# The article, written for ..." / "# ----") when there is one.
inline std::string article_prose(const std::string& toml) {
  std::istringstream in(toml);
  std::string line, out, all;
  int banners = 0;
  while (std::getline(in, line)) {
    if (line.rfind('#', 0) != 0) break;
    std::string t = line.substr(1);
    if (!t.empty() && t[0] == ' ') t.erase(0, 1);
    if (t.size() >= 10 && t.find_first_not_of('-') == std::string::npos) {
      ++banners;
      continue;
    }
    all += t + "\n";
    if (banners < 2) continue;
    out += t + "\n";
  }
  return banners >= 2 ? out : all;  // no banner: every comment line at the top is the article
}

// Answers compared as a learner would: case, punctuation and a leading "the" do not count.
inline std::string norm(std::string_view s) {
  std::string n = normalize_text(s);
  if (n.rfind("the ", 0) == 0) n.erase(0, 4);
  return n;
}

inline int family(Kind k) {
  switch (k) {
    case Kind::Name: case Kind::Alias: case Kind::Term: return 1;  // a name, another name, a term: one family
    default: return 10 + static_cast<int>(k);
  }
}

// Whether suggestion `s` finds deck fact `d`: the same kind family and the same answer, or the same pair asked
// the other way round (an alias or term whose two sides are swapped).
inline bool finds(const Fact& d, const Fact& s) {
  if (family(d.kind) != family(s.kind)) return false;
  switch (d.kind) {
    case Kind::Year: return d.year == s.year;
    case Kind::Date: return d.date == s.date;
    case Kind::Period: return d.period.from == s.period.from && d.period.to == s.period.to;
    case Kind::Number:
      return d.number.value == s.number.value && (d.number.unit == "%") == (s.number.unit == "%");
    case Kind::List: {
      if (d.items.size() != s.items.size()) return false;
      std::vector<std::string> a, b;
      for (const CompactString& i : d.items) a.push_back(norm(i));
      for (const CompactString& i : s.items) b.push_back(norm(i));
      std::sort(a.begin(), a.end());
      std::sort(b.begin(), b.end());
      return a == b;
    }
    case Kind::Opinion: {
      const std::string a = norm(d.text), b = norm(s.text);
      return a == b;
    }
    default: {
      const std::string a = norm(d.text), b = norm(s.text);
      if (!a.empty() && a == b) return true;
      // Reversed: the deck's other side (subject, definition) is the suggestion's answer, or the other way round.
      const std::string ds = norm(d.kind == Kind::Term ? d.definition : d.subject);
      const std::string ss = norm(s.kind == Kind::Term ? s.definition : s.subject);
      return (!ds.empty() && ds == b) || (!ss.empty() && ss == a);
    }
  }
}

struct Figures {
  std::string article;
  int facts = 0, found = 0, ready = 0;
  std::vector<std::string> missed;      // deck facts no suggestion finds
  std::vector<std::string> not_ready;   // deck facts found only by suggestions that are not ready
  double recall() const { return facts ? double(found) / facts : 0; }
  double ready_share() const { return facts ? double(ready) / facts : 0; }
};

inline Figures measure(const std::string& text, const Article& deck, const Content* lexicon) {
  SuggestOptions options;
  options.lexicon = lexicon;
  const SuggestResult r = suggest_facts(text, options);
  Figures f;
  f.article = deck.id;
  for (const Fact& d : deck.facts) {
    ++f.facts;
    bool found = false, ready = false;
    for (const Suggestion& s : r.suggestions)
      if (finds(d, s.fact)) found = true, ready = ready || s.ready();
    f.found += found;
    f.ready += ready;
    const std::string line = std::string(d.id) + " (" + std::string(kind_name(d.kind)) + "): " + d.answer_text();
    if (!found) f.missed.push_back(line);
    else if (!ready) f.not_ready.push_back(line);
  }
  return f;
}

// The lexicon the suggester gets: the bundled content's classes and articles, plus a fixture folder's classes
// (never its articles: they are the decks being measured).
inline Content lexicon_for(const Content& bundled, const Content& fixture) {
  Content lex;
  lex.articles = bundled.articles;
  lex.classes = bundled.classes;
  for (const LexClass& c : fixture.classes)
    if (std::none_of(lex.classes.begin(), lex.classes.end(), [&](const LexClass& k) { return k.id == c.id; }))
      lex.classes.push_back(c);
  std::sort(lex.classes.begin(), lex.classes.end(), [](const LexClass& a, const LexClass& b) { return a.id < b.id; });
  return lex;
}

inline std::string report(const Figures& f, bool details) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-38s facts %2d  recall %3.0f%%  ready %3.0f%%\n", f.article.c_str(), f.facts,
                100 * f.recall(), 100 * f.ready_share());
  std::string out = buf;
  if (details) {
    for (const std::string& m : f.missed) out += "    missed: " + m + "\n";
    for (const std::string& m : f.not_ready) out += "    not ready: " + m + "\n";
  }
  return out;
}

}  // namespace factdeck::measure
