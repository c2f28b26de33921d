// Rules for people and places: "President Joe Biden", "Jim O'Neill, an economist", "led by Dilma Rousseff", "held in Yekaterinburg".
#include <algorithm>
#include <string>

#include "suggest/rules.h"

namespace factdeck::suggest_detail {
namespace {

bool is_possessive(std::string_view w) { return ends_with(w, "'s") || ends_with(w, "\xE2\x80\x99s"); }

// Words that name an office: the title before a person's name, or the role in an apposition.
bool title_word(const std::string& lw) {
  return in(lw, {"president", "minister", "chancellor", "secretary", "king", "queen", "prince", "princess", "pope",
                 "archbishop", "bishop", "senator", "governor", "mayor", "commissioner", "chairman", "chairwoman",
                 "chairperson", "director", "general", "ambassador", "spokesman", "spokeswoman", "premier", "sheikh",
                 "emir", "sultan", "judge", "justice", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady",
                 "economist", "astronaut", "commander", "envoy", "leader", "ceo", "chief", "vice-president",
                 "co-rapporteur", "rapporteur", "administrator", "head", "founder", "coach", "captain", "admiral",
                 "colonel", "professor", "prof", "deputy", "speaker", "sherpa", "negotiator", "governor-general"});
}

// Last words that make a capitalised phrase a place, a building or a thing rather than a person.
bool non_person_word(const std::string& lw) {
  return in(lw, {"castle", "palace", "abbey", "hall", "chapel", "cathedral", "church", "centre", "center", "nebula",
                 "quintet", "telescope", "station", "point", "island", "islands", "river", "sea", "ocean", "mountains",
                 "street", "square", "park", "stadium", "bridge", "airport", "games", "olympics", "cup", "day", "act",
                 "bill", "north", "south", "east", "west", "kingdom", "states", "republic", "emirates", "nations",
                 "coast", "valley", "city", "county", "province", "region", "territory", "union", "agency", "bank",
                 "office", "council", "parliament", "commission", "court", "party", "group", "summit", "declaration",
                 "agreement", "treaty", "plan", "fund", "programme", "program", "mission", "space", "institute",
                 "university", "college", "school", "ministry", "department", "house", "senate", "congress", "army",
                 "force", "forces", "navy", "corridor", "framework", "convention", "conference", "jubilee", "queen",
                 "king", "prince", "princess", "mr", "ms", "mrs", "nasa", "global", "new", "old", "great", "world",
                 "international", "national", "european", "african", "american", "asian", "deep", "field",
                 "readers", "comments", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});
}

// A lexicon class of things, not people: parties, agencies, seas, currencies, rockets ("Plaid Cymru" is no person).
bool things_class(const LexClass& c) {
  for (const Word& w : split_words(c.label))
    if (in(lower(w.text), {"parties", "abbreviations", "acronyms", "agencies", "organisations", "organizations", "oceans",
                           "seas", "currencies", "rockets", "states", "vehicles", "sites", "venues", "terms"}))
      return true;
  return false;
}

// A lexicon class of places: countries, cities, states, venues, sites, residences, seas ("at the Stade de France").
bool place_class(const LexClass& c) {
  const std::string label = lower(c.label);
  if (label.find("countr") != std::string::npos || label.find("cit") != std::string::npos) return true;
  for (const Word& w : split_words(label))
    if (in(w.text, {"venues", "sites", "spaceports", "residences", "palaces", "oceans", "seas", "states"})) return true;
  return false;
}

bool roman(std::string_view w) {
  return !w.empty() && w.size() <= 4 && std::all_of(w.begin(), w.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

bool weekday(std::string_view w) {
  return in(w, {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"});
}

// A word that may be part of a person's name: "Cyril", "O'Neill", "E" (an initial), "Dragoș".
bool name_word(std::string_view w) {
  if (w.empty() || !is_upper(w[0])) return false;
  if (w.size() == 1) return true;  // an initial
  if (!has_lower(w) || is_month(w) || weekday(w) || is_possessive(w)) return false;
  const std::string lw = lower(w);
  return !is_function_word(lw) && !title_word(lw) && !non_person_word(lw) && !is_sentence_starter(w);
}

// Words i and i+1 written as one name: one space between, or ". " after an initial ("James E. Webb").
bool joined(const SentenceScan& s, std::size_t i) {
  if (i + 1 >= s.words.size()) return false;
  const std::string gap = s.text.substr(s.words[i].e, s.words[i + 1].b - s.words[i].e);
  return gap == " " || (gap == ". " && s.words[i].text.size() == 1);
}

// The question's "which ..." from a role written in words: "South African President" -> "which South African
// president", "Argentina's new president" -> "which new president of Argentina".
std::string which_role(const SentenceScan& s, std::size_t first, std::size_t last) {
  std::string owner, words;
  // "Reform UK's leader": the owner is every word up to the possessive.
  for (std::size_t i = first; i <= last; ++i)
    if (is_possessive(s.words[i].text)) {
      const std::string o = s.text.substr(s.words[first].b, s.words[i].e - s.words[first].b);
      owner = o.substr(0, o.size() - (ends_with(o, "'s") ? 2 : 4));
      first = i + 1;
      break;
    }
  for (std::size_t i = first; i <= last; ++i) {
    std::string w(s.words[i].text);
    if (i == first && is_determiner(lower(w))) continue;
    // Offices in lower case ("which foreign minister"), other capitalised words kept ("South African").
    if (title_word(lower(w)) || in(lower(w), {"foreign", "prime", "deputy", "vice", "former", "interior", "defence",
                                              "finance", "home", "health", "chief", "new", "then", "current"}))
      w = lower(w);
    words += (words.empty() ? "" : " ") + w;
  }
  if (words.empty()) return "";
  return "which " + words + (owner.empty() ? "" : " of " + owner);
}

// The apposition after a name (", an economist at Goldman Sachs," / ", who took office on 10 December,"):
// where it ends (just after its closing comma), or npos.
std::size_t apposition_end(const SentenceScan& s, std::size_t name_e) {
  const std::string& t = s.text;
  if (t.compare(name_e, 2, ", ") != 0) return std::string::npos;
  const std::size_t k = s.word_at_or_after(name_e + 2);
  if (k >= s.words.size()) return std::string::npos;
  const std::string w = s.lower_word(k);
  const bool owner = is_possessive(s.words[k].text) && is_upper(s.words[k].text[0]);  // ", Labour's former leader,"
  if (!owner && !in(w, {"a", "an", "the", "who", "whose", "its", "his", "her", "their"})) return std::string::npos;
  const std::size_t comma = t.find(", ", name_e + 2);
  const std::size_t stop = t.find_first_of(";:(", name_e + 2);
  if (comma == std::string::npos || (stop != std::string::npos && stop < comma)) return std::string::npos;
  return comma + 2;
}

std::string place_kind(const SentenceScan& s, const std::string& name) {
  if (const LexClass* c = lexicon_class(s.context.lexicon, name)) {
    const std::string label = lower(c->label + " " + c->id);
    if (label.find("countr") != std::string::npos) return "country";
    if (label.find("cit") != std::string::npos) return "city";
  }
  const std::vector<Word> w = split_words(name);
  const std::string last = w.empty() ? "" : lower(w.back().text);
  if (in(last, {"castle", "palace", "abbey", "hall", "chapel", "cathedral", "church", "centre", "center", "stadium"}))
    return "venue";
  return "place";
}

void person(const SentenceScan& s, std::size_t first, std::size_t last, std::size_t title_b, std::vector<Candidate>& out) {
  const std::string& t = s.text;
  const std::size_t b = s.words[first].b, e = s.words[last].e;
  if (overlaps(out, b, e) || quote_around(s.quotes, b, e)) return;
  Candidate c;
  c.fact.kind = Kind::Name;
  c.fact.text = t.substr(b, e - b);
  c.b = c.hb = b;
  c.e = c.he = e;
  // "Elizabeth II", "Charles III": a monarch or a pope, whose wrong answers are others of the kind, not any person.
  c.head = roman(s.words[last].text) ? "monarch" : "person";
  c.noun = "person";
  c.priority = kPerson;
  c.confidence = Confidence::Medium;
  c.rule = "name-person";
  c.reason = "a person named in the article";
  c.id_hint = slug_id(c.fact.text, 30);
  std::string base = t;
  std::size_t qb = b;
  std::string wh;
  if (title_b != std::string::npos) {
    qb = title_b;
    wh = which_role(s, s.word_at_or_after(title_b), first - 1);
    c.reason = "a person named with a title";
  } else if (first >= 2 && t.compare(s.words[first - 1].e, 2, ", ") == 0 && s.words[first - 1].e + 2 == b) {
    // "the Archbishop of Canterbury, Justin Welby": the role before the comma becomes the question's "which".
    std::size_t k = first - 1, open = std::string::npos;
    for (std::size_t i = k + 1; i-- > 0 && k - i < 6;) {
      if (is_determiner(s.lower_word(i)) || (is_possessive(s.words[i].text) && is_capitalized(s.words[i].text))) {
        open = i;
        // "Reform UK's leader": the owner's whole name.
        while (is_possessive(s.words[i].text) && open > 0 && s.words[open - 1].e + 1 == s.words[open].b &&
               is_upper(s.words[open - 1].text[0]) && !is_sentence_starter(s.words[open - 1].text))
          --open;
        break;
      }
      if (i < k && t.compare(s.words[i].e, 1, ",") == 0) break;
    }
    if (open != std::string::npos) {
      bool role = false;
      for (std::size_t i = open; i <= k; ++i) role = role || title_word(s.lower_word(i));
      if (role) {
        qb = s.words[open].b;
        wh = which_role(s, open, k);
        c.reason = "a person named after their role";
      }
    }
  }
  const std::size_t app = apposition_end(s, e);
  if (wh.empty()) {
    const std::size_t k = first > 0 ? first - 1 : std::string::npos;
    const std::string prev = k == std::string::npos ? "" : s.lower_word(k);
    if (first == 0) {
      wh = "who";
    } else if (prev == "by" && s.words[k].e + 1 == b) {
      qb = s.words[k].b;
      wh = "by whom";
      // "the centre-right National Coalition Party led by Petteri Orpo and ...": a participle after a noun phrase,
      // with no verb of its own; asked of the noun phrase ("who leads the centre-right National Coalition Party?").
      const std::size_t v = k >= 2 ? k - 1 : std::string::npos;
      if (v != std::string::npos && in(s.lower_word(v), {"led", "headed", "chaired"}) && is_capitalized(s.words[v - 1].text)) {
        std::size_t np = name_start(s, v - 1);
        while (np > 0 && v - np < 8 && !is_function_word(s.lower_word(np - 1)) && is_lower(s.words[np - 1].text[0])) --np;
        if (np > 0 && s.lower_word(np - 1) == "the") {
          const std::string verb = s.lower_word(v) == "led" ? "leads" : s.lower_word(v) == "headed" ? "heads" : "chairs";
          c.fact.question = "According to the article, who " + verb + " the " +
                            t.substr(s.words[np].b, s.words[v - 1].e - s.words[np].b) + "?";
        }
      }
    } else {
      wh = "which person";
    }
  }
  // The apposition after the name leaves the question: it would say who the person is.
  if (app != std::string::npos) base = t.substr(0, e) + " " + t.substr(app);
  c.base = base;
  c.qb = qb;
  c.qe = e;
  c.wh = wh;
  out.push_back(std::move(c));
}

void place(const SentenceScan& s, std::size_t prep, std::size_t first, std::size_t last, std::vector<Candidate>& out) {
  const std::string& t = s.text;
  const std::size_t b = s.words[first].b, e = s.words[last].e;
  if (overlaps(out, b, e) || quote_around(s.quotes, b, e)) return;
  std::string name = t.substr(b, e - b);
  if (starts_with(name, "The ")) name[0] = 't';  // "The United States" opening a sentence is "the United States"
  std::string kind = place_kind(s, name);
  // "Yekaterinburg, Russia,": a place followed by its country is a city, and the country leaves the question.
  std::size_t country_end = std::string::npos;
  if (t.compare(e, 2, ", ") == 0) {
    const std::size_t k = s.word_at_or_after(e + 2);
    std::size_t last_k = k;
    while (last_k + 1 < s.words.size() && joined(s, last_k) && is_upper(s.words[last_k + 1].text[0])) ++last_k;
    if (k < s.words.size() && is_upper(s.words[k].text[0])) {
      const LexClass* lc = lexicon_class(s.context.lexicon, t.substr(s.words[k].b, s.words[last_k].e - s.words[k].b));
      if (lc && lower(lc->label).find("countr") != std::string::npos) {
        if (kind == "place") kind = "city";
        country_end = s.words[last_k].e;
      }
    }
  }
  Candidate c;
  c.fact.kind = Kind::Name;
  c.fact.text = name;
  c.b = c.hb = b;
  c.e = c.he = e;
  c.head = kind;
  c.noun = kind;
  c.priority = kPerson;
  c.confidence = Confidence::Medium;
  c.rule = "name-" + kind;
  c.id_hint = slug_id(name, 30);
  const std::string what = kind == "venue" || kind == "place" ? "place" : kind;
  c.qe = e;
  if (prep == std::string::npos) {  // the subject: "Russia took over ..."
    c.qb = b;
    c.wh = "which " + what;
    c.reason = "a " + what + " that the sentence is about";
  } else {
    const std::string p = s.lower_word(prep);
    c.qb = s.words[prep].b;
    c.wh = p + " which " + what;
    c.reason = "a " + what + " after '" + p + "'";
    // "the Chinese city of Kunming" asks "which Chinese city"; "his seat of Islington North", "which seat".
    if (p == "of" && prep >= 2) {
      std::size_t det = prep - 1;
      while (det > 0 && prep - det <= 3 && !is_determiner(s.lower_word(det))) --det;
      if (is_determiner(s.lower_word(det)) && det + 1 < prep) {
        c.qb = s.words[det].b;
        c.wh = "which " + t.substr(s.words[det + 1].b, s.words[prep - 1].e - s.words[det + 1].b);
      }
    }
  }
  if (country_end != std::string::npos) {
    c.base = t.substr(0, e) + t.substr(country_end);
  } else if (t.compare(e, 5, ", in ") == 0) {
    // "in Kourou, in French Guiana": the place's region goes too, it would narrow the answer down.
    const std::size_t end = t.find_first_of(",;.", e + 5);
    if (end != std::string::npos && end - e < 40) c.base = t.substr(0, e) + t.substr(end);
  }
  out.push_back(std::move(c));
}

}  // namespace

const LexClass* lexicon_class(const Content* lexicon, std::string_view name) {
  if (!lexicon || name.empty()) return nullptr;
  std::string norm = normalize_text(name);
  if (starts_with(norm, "the ")) norm.erase(0, 4);
  for (const LexClass& c : lexicon->classes)
    for (const std::string& m : c.members) {
      std::string n = normalize_text(m);
      if (starts_with(n, "the ")) n.erase(0, 4);
      if (n == norm) return &c;
    }
  return nullptr;
}

void find_people_and_places(const SentenceScan& s, std::vector<Candidate>& out) {
  const std::size_t n = s.words.size();
  std::size_t i = 0;
  while (i < n) {
    if (!is_upper(s.words[i].text[0])) {
      ++i;
      continue;
    }
    // A run of capitalised words: an optional title, then the name.
    std::size_t end = i;
    // "St James's Palace": a possessive inside a place's name, before the building's word.
    auto inner_owner = [&](std::size_t k) {
      return is_possessive(s.words[k].text) && k + 1 < n && in(lower(s.words[k + 1].text), {"palace", "chapel", "cathedral", "church", "park", "square", "hospital", "college"});
    };
    // "Luiz Inácio Lula da Silva": a particle between the parts of a name.
    auto particle = [&](std::size_t k) {
      return k + 2 < n && joined(s, k) && joined(s, k + 1) && is_upper(s.words[k + 2].text[0]) &&
             in(s.words[k + 1].text, {"da", "de", "dos", "das", "van", "von", "der", "bin", "al", "di", "del", "la", "le"});
    };
    while (end + 1 < n && ((joined(s, end) && is_upper(s.words[end + 1].text[0]) &&
                            (!is_possessive(s.words[end].text) || inner_owner(end))) ||
                           particle(end)))
      end += particle(end) && !is_upper(s.words[end + 1].text[0]) ? 2 : 1;
    // "the Gulf of Mexico", "the Bay of Bengal": a name with "of" inside, when the lexicon knows it whole.
    if (end + 2 < n && s.lower_word(end + 1) == "of" && joined(s, end) && joined(s, end + 1) &&
        is_upper(s.words[end + 2].text[0]) &&
        lexicon_class(s.context.lexicon, s.text.substr(s.words[i].b, s.words[end + 2].e - s.words[i].b)))
      end += 2;
    std::size_t name_b = i;
    std::size_t title_b = std::string::npos;
    for (std::size_t k = i; k <= end; ++k)
      if (title_word(s.lower_word(k)) && k < end) name_b = k + 1, title_b = s.words[i].b;
    std::size_t name_e = end;
    if (is_possessive(s.words[name_e].text)) {
      i = end + 1;
      continue;
    }
    const std::size_t len = name_e + 1 - name_b;
    bool all_name = len >= 2 && len <= 6;
    for (std::size_t k = name_b; k <= name_e && all_name; ++k)
      all_name = name_word(s.words[k].text) || (k > name_b && k < name_e && is_lower(s.words[k].text[0])) ||
                 (k == name_e && k > name_b && title_b != std::string::npos && roman(s.words[k].text));  // "King Charles III"
    if (all_name && s.words[name_e].text.size() == 1) all_name = false;  // "S. Somanath" yes, "Somanath S." no
    if (all_name && lexicon_class(s.context.lexicon, s.text.substr(s.words[name_b].b, s.words[name_e].e - s.words[name_b].b)) &&
        title_b == std::string::npos) {
      // A name the lexicon knows (a country, a city) is a place, not a person.
      const LexClass* lc = lexicon_class(s.context.lexicon, s.text.substr(s.words[name_b].b, s.words[name_e].e - s.words[name_b].b));
      all_name = lower(lc->label).find("countr") == std::string::npos && lower(lc->label).find("cit") == std::string::npos;
    }
    if (all_name) {
      // A person needs a sign: a title, an apposition, a role before a comma, "by", or speech.
      const std::size_t e = s.words[name_e].e;
      const std::string next = name_e + 1 < n ? s.lower_word(name_e + 1) : "";
      const std::string prev = name_b > 0 ? s.lower_word(name_b - 1) : "";
      // "Rachel Reeves becomes ...", "Keir Starmer became ...": a name that opens the sentence before its verb.
      // The word after the name must read as its verb: "Notre-Dame de Paris cathedral reopened" has a noun there.
      const bool verb_next = ends_with(next, "ed") || (ends_with(next, "s") && !ends_with(next, "ss")) ||
                             in(next, {"became", "won", "said", "told", "took", "made", "led", "met", "left", "gave",
                                       "came", "went", "ran", "got", "saw", "wrote", "will", "would", "can", "could",
                                       "must", "may", "might", "should"});
      const bool subject = name_b == 0 && name_e + 1 < n && is_lower(s.words[name_e + 1].text[0]) &&
                           !is_function_word(next) && verb_next && len <= 3;
      // "since Gordon Brown left office": a two- or three-word name before a verb in the past, inside the sentence.
      // The name opens a clause ("since", "when", "and"): "the architect X collapsed" is the spire's verb.
      const bool acts = name_b > 0 && len <= 3 && name_e + 1 < n && s.words[name_e + 1].b == s.words[name_e].e + 1 &&
                        in(prev, {"since", "after", "before", "when", "until", "as", "while", "and", "but", "because"}) &&
                        (in(next, {"left", "became", "won", "took", "led", "met", "gave", "resigned", "died", "said"}) ||
                         (ends_with(next, "ed") && next.size() > 4 && !in(next, {"based", "named", "called", "owned"})));
      // A name the lexicon lists (not as a place) is a known person.
      const LexClass* known_class = lexicon_class(s.context.lexicon, s.text.substr(s.words[name_b].b, e - s.words[name_b].b));
      const bool known = known_class && !things_class(*known_class);
      const bool after_place_word = name_b > 0 && title_b == std::string::npos &&
                                    in(s.lower_word(name_b - 1), {"at", "in", "from", "on", "near"});
      const bool sign = !after_place_word && (subject || acts || known || title_b != std::string::npos || apposition_end(s, e) != std::string::npos ||
                        (name_b > 0 && s.text.compare(s.words[name_b - 1].e, 2, ", ") == 0) ||
                        in(prev, {"by", "appointed", "named", "elected", "succeeded", "replaced", "defeated"}) ||
                        in(next, {"said", "says", "told", "added", "announced", "became", "who", "won"}));
      if (sign) {
        person(s, name_b, name_e, title_b, out);
        i = end + 1;
        continue;
      }
    }
    // A place after a preposition of place, or a country the lexicon knows.
    if (i > 0) {
      const std::string prev = s.lower_word(i - 1);
      std::size_t prep = i - 1;
      bool the = false;
      if (prev == "the" && i >= 2) the = true, prep = i - 2;
      const std::string p = s.lower_word(prep);
      // "the Chinese city of Kunming", "his seat of Islington North", "elected for Clacton".
      const std::string before_prep = prep > 0 ? s.lower_word(prep - 1) : "";
      const bool of_place = (p == "of" && in(before_prep, {"city", "town", "seat", "capital", "island", "province", "port", "village"})) ||
                            (p == "for" && in(before_prep, {"elected", "mp", "member", "candidate"}));
      const bool place_prep = (of_place || in(p, {"in", "at", "from", "near", "to", "by"})) &&
                              s.words[prep].e + 1 + (the ? 4 : 0) == s.words[i].b;
      std::size_t last = end;
      while (last > i && (is_month(s.words[last].text) || weekday(s.words[last].text))) --last;
      const std::string name = s.text.substr(s.words[i].b, s.words[last].e - s.words[i].b);
      const LexClass* lc = lexicon_class(s.context.lexicon, name);
      const bool known_place = lc && place_class(*lc);
      bool plain = last - i < 3 && !is_month(s.words[i].text) && !weekday(s.words[i].text) && has_lower(s.words[i].text);
      for (std::size_t k = i; k <= last && plain; ++k) {
        const std::string lw = s.lower_word(k);
        plain = !title_word(lw) && !in(lw, {"union", "agency", "bank", "office", "council", "parliament", "commission",
                                            "court", "party", "group", "summit", "act", "plan", "fund", "journal",
                                            "programme", "mission", "declaration", "games", "olympics", "day"});
      }
      const bool after_place_verb = p == "by" ? (prep > 0 && in(s.lower_word(prep - 1), {"hosted"})) : true;
      // ", an economist at ...": an apposition that says what someone is follows a person, not a place.
      const std::size_t app = apposition_end(s, s.words[last].e);
      const bool personal = app != std::string::npos && in(s.lower_word(last + 1), {"a", "an", "who", "whose"});
      // "to Earth orbit", "the Paris region": a place's name before a noun is that noun's modifier, not the place.
      // "his seat of Richmond and Northallerton": after "of", a name may go on past "and".
      const bool continued = of_place && last + 2 < n && s.lower_word(last + 1) == "and" && is_upper(s.words[last + 2].text[0]);
      const bool modifier = continued || (last + 1 < n && joined(s, last) &&
                            in(s.lower_word(last + 1), {"orbit", "region", "area", "border", "coast", "government",
                                                        "team", "squad", "side", "authorities", "officials", "police",
                                                        "residents", "market", "airport", "station", "port", "time"}));
      // "in Sanskrit", "in English": a language, no place.
      const bool language = in(name, {"English", "French", "German", "Spanish", "Italian", "Portuguese", "Russian", "Arabic",
                                      "Chinese", "Mandarin", "Cantonese", "Japanese", "Korean", "Hindi", "Sanskrit", "Latin",
                                      "Greek", "Hebrew", "Turkish", "Persian", "Urdu", "Bengali", "Swahili", "Dutch",
                                      "Polish", "Ukrainian", "Welsh", "Irish", "Gaelic", "Tamil"});
      if (place_prep && plain && after_place_verb && !personal && !modifier && !language && (!the || known_place) &&
          !is_possessive(s.words[last].text) &&
          (last + 1 >= n || !joined(s, last) || !is_upper(s.words[last + 1].text[0]))) {
        place(s, prep, i, last, out);
      }
    } else if (const LexClass* lc = lexicon_class(s.context.lexicon, s.text.substr(s.words[0].b, s.words[end].e - s.words[0].b));
               lc && lower(lc->label).find("countr") != std::string::npos && end + 1 < n &&
               is_lower(s.words[end + 1].text[0])) {
      place(s, std::string::npos, 0, end, out);
    }
    i = end + 1;
  }
}

}  // namespace factdeck::suggest_detail
