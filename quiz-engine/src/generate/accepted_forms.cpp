// The other forms of a key a fill-in accepts: a name without its title, a person's surname, a term without its
// generic head, an acronym's full name, a name's initials (private to the cloze builder, templates.cpp).
#include "generate/accepted_forms.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "factdeck/answer.h"
#include "generate/content_index.h"
#include "generate/text_util.h"

namespace factdeck::gen {

// The name a student writes for a church or a state, without its title: "Santa Maria Maggiore" for "the Basilica of
// Santa Maria Maggiore", "Croatia" for "the Republic of Croatia". Not for a gulf or a palace ("Gulf of Mexico" is
// not Mexico). Empty when there is no such title.
std::string name_without_title(const std::string& name) {
  static const char* const kTitles[] = {"Basilica of ", "Cathedral of ", "Church of ", "Abbey of ", "Republic of ",
                                        "Kingdom of ", "Principality of ", "Grand Duchy of ", "State of "};
  const std::string_view n = std::string_view(name).substr(name.rfind("the ", 0) == 0 ? 4 : 0);
  for (const char* t : kTitles) {
    const std::string_view title(t);
    if (n.size() > title.size() + 2 && n.substr(0, title.size()) == title &&
        std::isupper(static_cast<unsigned char>(n[title.size()])))
      return std::string(n.substr(title.size()));
  }
  return {};
}

// Whether a lexicon class holds people, read from its label: "Leading Norwegian politicians (2014)", "Astronomers at
// work around 1930", "Directors-General of the World Health Organization", "Justices of the U.S. Supreme Court".
bool class_of_people(const LexClass& cls) {
  static const std::unordered_set<std::string> kPeople = {
      "activists",   "administrators", "ambassadors", "architects", "astronauts",  "astronomers", "athletes",
      "authors",     "bankers",        "bishops",     "candidates", "cardinals",   "chairmen",    "champions",
      "chancellors", "coaches",        "commissioners", "directors", "diplomats",  "economists",  "engineers",
      "executives",  "explorers",      "founders",    "goalkeepers", "governors",  "investigators", "journalists",
      "judges",      "justices",       "laureates",   "leaders",    "managers",    "mayors",      "ministers",
      "monarchs",    "officials",      "people",      "physicists", "players",     "politicians", "popes",
      "premiers",    "presidents",     "referees",    "researchers", "scientists", "secretaries", "senators",
      "swimmers",    "women",          "writers",     "footballers", "campaigners", "chemists",   "biologists",
      "rulers",      "dictators",      "generals",    "statesmen",  "emperors",    "kings",       "queens",
      "princes",     "princesses",     "cosmonauts",  "pilots",     "lawyers",     "prosecutors", "negotiators",
      "envoys",      "reporters",      "editors",     "artists",    "musicians",   "singers",     "actors",
      "miners",      "workers",        "foremen",     "rescuers",   "soldiers",    "officers",    "doctors",
      "nurses",      "teachers",       "students",    "priests",    "rebels",      "survivors",   "farmers",
      "politburo"};  // "Members of the CCP's 20th Politburo Standing Committee"
  for (const auto& w : words(cls.label))
    if (kPeople.count(w)) return true;
  return false;
}

namespace {

// Whether a class of people names them family name first: Chinese leaders ("Xi Jinping": blind reading 27 marked
// "Xi", what most students write, wrong twice), read from the label.
bool surname_first(const LexClass& cls) {
  for (const auto& w : words(cls.label))
    if (w == "chinese" || w == "china" || w == "ccp" || w == "politburo") return true;
  return false;
}

}  // namespace

// A person's surname, accepted alone in a blank ("Stern" for "Alan Stern", "Jagland" for "Thorbjørn Jagland": blind
// reading 26 marked the full name alone too strict five times; "Xi" for "Xi Jinping"): a name of two to four
// capitalised words from a class of people (a Politburo's members too), whose surname no other member shares. Empty
// otherwise.
std::string surname_of(const ContentIndex& ix, const Fact& f, const std::string& name) {
  if (f.kind != Kind::Name || f.class_id.empty()) return {};
  const LexClass* cls = ix.content().find_class(f.class_id);
  if (!cls) return {};
  if (!class_of_people(*cls)) return {};
  const bool first = surname_first(*cls);
  std::vector<std::string_view> parts;
  for (std::size_t i = 0; i <= name.size();) {
    const std::size_t end = std::min(name.find(' ', i), name.size());
    if (end > i) parts.emplace_back(name.data() + i, end - i);
    i = end + 1;
  }
  if (parts.size() < 2 || parts.size() > (first ? 3 : 4)) return {};
  for (std::string_view p : parts)
    // A capital outside ASCII ("Ávalos") opens with a byte of 0x80 or more.
    if (!std::isupper(static_cast<unsigned char>(p[0])) && static_cast<unsigned char>(p[0]) < 0x80 && p != "de" &&
        p != "van" && p != "von" && p != "da")
      return {};
  const std::string_view surname = first ? parts.front() : parts.back();
  const auto surname_words = words(surname);
  if (surname_words.size() != 1 || surname.size() < (first ? 2 : 3) || surname == "Jr" || surname == "Jr." ||
      surname == "Sr." || surname == "II" || surname == "III" ||
      std::any_of(surname.begin(), surname.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return {};
  for (const auto& m : cls->members) {
    const auto mw = words(m);
    if (!same_answer(m, name) && !mw.empty() && (first ? mw.front() : mw.back()) == surname_words[0]) return {};
  }
  return std::string(surname);
}

// A term without its generic head noun ("plurinational" for "plurinational state", "Commercial Crew" for
// "Commercial Crew Program": blind readings 27 and 28 marked the term's own words alone wrong). Empty otherwise.
std::string without_generic_head(const std::string& term) {
  const std::size_t space = term.rfind(' ');
  if (space == std::string::npos || space < 5) return {};
  const auto head = words(term.substr(space + 1));
  static const char* const kHeads[] = {"state", "system", "program", "programme", "policy", "model",
                                       "process", "scheme", "initiative", "strategy"};
  if (head.size() != 1 || std::none_of(std::begin(kHeads), std::end(kHeads), [&](const char* h) { return head[0] == h; }))
    return {};
  return term.substr(0, space);
}

// An acronym's full name where the fact's note or sentence gives it: "CCTV is China Central Television", "China
// Central Television (CCTV)" (blind reading 28 marked the full name wrong). Empty otherwise.
std::string expansion_in_fact(const std::string& key, const Fact& f) {
  if (key.size() < 2 || key.size() > 6 ||
      !std::all_of(key.begin(), key.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
    return {};
  const std::string text = f.note.str() + " " + f.sentence.str();
  auto capitalised = [](std::string_view w) { return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])); };
  if (const std::size_t at = text.find(key + " is "); at != std::string::npos) {
    std::string_view rest = std::string_view(text).substr(at + key.size() + 4);
    rest = rest.substr(0, std::min(rest.find_first_of(",.;:()"), rest.size()));
    const auto n = words(rest).size();
    if (capitalised(rest) && n >= 2 && n <= 6) return std::string(rest);
  }
  if (const std::size_t at = text.find(" (" + key + ")"); at != std::string::npos) {
    // Words back from the parenthesis while they are capitalised (or "of", "and", "for"): "China Central Television".
    std::size_t begin = at, end = at;  // end: the space after the word looked at
    int taken = 0;
    while (end > 0 && taken < 6) {
      const std::size_t sp = text.rfind(' ', end - 1);
      const std::size_t from = sp == std::string::npos ? 0 : sp + 1;
      const std::string_view w = std::string_view(text).substr(from, end - from);
      if (!capitalised(w) && w != "of" && w != "and" && w != "for") break;
      begin = from;
      ++taken;
      if (sp == std::string::npos) break;
      end = sp;
    }
    if (text.compare(begin, 4, "The ") == 0) begin += 4, --taken;
    const std::string full = text.substr(begin, at - begin);
    if (taken >= 2 && capitalised(full)) return full;
  }
  return {};
}

// The initials of a name of capitalised words ("Jet Propulsion Laboratory": "JPL", "the Union of European Football
// Associations": "UEFA") when the article writes them as a word somewhere; otherwise empty.
std::string initials_in_article(const std::string& name, const Article& article) {
  std::string letters;
  for (std::size_t i = 0; i < name.size();) {
    const std::size_t end = std::min(name.find(' ', i), name.size());
    const std::string_view w(name.data() + i, end - i);
    i = end + 1;
    if (w.empty() || w == "the" || w == "of" || w == "and" || w == "for" || w == "de") continue;
    if (!std::isupper(static_cast<unsigned char>(w[0]))) return {};
    letters += w[0];
  }
  if (letters.size() < 2) return {};
  auto has_word = [&](std::string_view text) {
    for (std::size_t at = text.find(letters); at != std::string_view::npos; at = text.find(letters, at + 1)) {
      const std::size_t end = at + letters.size();
      if ((at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]))) &&
          (end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]))))
        return true;
    }
    return false;
  };
  for (const Fact& g : article.facts)
    for (std::string_view t : {g.sentence.view(), g.note.view(), g.question.view(), g.statement.view()})
      if (has_word(t)) return letters;
  return {};
}

}  // namespace factdeck::gen
