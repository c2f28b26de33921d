// Rules for lists: "including A, B, C and D", "such as A, B and C", "namely A and B".
#include <algorithm>
#include <string>

#include "suggest/rules.h"

namespace factdeck::suggest_detail {
namespace {

// Item text without a trailing bracketed abbreviation: "artificial intelligence (AI)" -> "artificial intelligence".
std::string item_text(const std::string& raw) {
  std::string t = trim(raw);
  if (!t.empty() && t.back() == ')') {
    const std::size_t open = t.rfind(" (");
    if (open != std::string::npos) t = trim(t.substr(0, open));
  }
  return t;
}

// The last item of a list runs to the next comma or full stop, which may take in the rest of
// the clause ("Huawei, SMIC and Hua Hong were listed"): cut it at the first verb-like word, or,
// when every other item is a name, at the first word in lower case.
std::string final_item(const std::string& seg, const std::vector<std::string>& items, std::size_t* kept_bytes) {
  const std::vector<Word> words = split_words(seg);
  const bool names = !items.empty() && std::all_of(items.begin(), items.end(), [](const std::string& i) {
    return !i.empty() && is_capitalized(i);
  });
  std::size_t end = seg.size();
  for (std::size_t i = 1; i < words.size(); ++i) {
    const std::string w = lower(words[i].text);
    const bool verbish = (w.size() > 4 && ends_with(w, "ed") && !is_capitalized(words[i].text)) ||  // not "United"
                         (w == "is" || w == "are" || w == "was" || w == "were" || w == "have" || w == "has" ||
                          w == "had" || w == "will" || w == "would" || w == "can" || w == "could" || w == "may" ||
                          w == "might" || w == "must" || w == "should" || w == "remain" || w == "remains" || w == "also");
    if (verbish || (names && !is_capitalized(words[i].text) && !is_digit(words[i].text[0]))) {
      end = words[i].b;
      while (end > 0 && seg[end - 1] == ' ') --end;
      break;
    }
  }
  *kept_bytes = end;
  return item_text(seg.substr(0, end));
}

// Splits "A, B, C and D" (starting at byte `from`) into items; stops after the item that follows
// "and"/"or". Returns the end of the list, or npos when what follows is not a short list.
std::size_t read_list(const SentenceScan& s, std::size_t from, std::vector<std::string>& items, std::size_t* first_b) {
  const std::string& t = s.text;
  std::size_t i = from;
  while (i < t.size() && t[i] == ' ') ++i;
  *first_b = i;
  int depth = 0;
  std::size_t start = i;
  for (; i <= t.size(); ++i) {
    const char c = i < t.size() ? t[i] : '.';
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) {
      --depth;
      continue;
    }
    if (depth > 0) continue;
    const bool in_quote = std::any_of(s.quotes.begin(), s.quotes.end(), [&](const Quote& q) { return q.open < i && i < q.close_e; });
    if (in_quote) continue;
    const bool stop = c == ',' || c == ';' || c == ':' || c == ')' ||
                      ((c == '.' || c == '!' || c == '?') && (i + 1 >= t.size() || t[i + 1] == ' '));
    if (!stop) continue;
    std::string seg = trim(t.substr(start, i - start));
    // Oxford comma: ", and D".
    const std::size_t seg_b = t.find_first_not_of(' ', start);
    if (seg.rfind("and ", 0) == 0 || seg.rfind("or ", 0) == 0) {
      const std::size_t skip = seg.find(' ') + 1;
      std::size_t kept = 0;
      const std::string last = final_item(seg.substr(skip), items, &kept);
      items.push_back(last);
      return seg_b + skip + kept;
    }
    std::size_t and_at = seg.rfind(" and ");
    const std::size_t or_at = seg.rfind(" or ");
    if (and_at == std::string::npos || (or_at != std::string::npos && or_at > and_at)) and_at = or_at;
    if (and_at != std::string::npos && and_at > 0) {
      const std::size_t word = seg.find(' ', and_at + 1);
      items.push_back(item_text(seg.substr(0, and_at)));
      std::size_t kept = 0;
      const std::string last = final_item(seg.substr(word + 1), items, &kept);
      items.push_back(last);
      return seg_b + word + 1 + kept;
    }
    items.push_back(item_text(seg));
    if (c != ',') return std::string::npos;  // a list needs "and" or "or" before its last item
    start = i + 1;
    if (items.size() > 12) return std::string::npos;
  }
  return std::string::npos;
}

}  // namespace

void find_lists(const SentenceScan& s, std::vector<Candidate>& out) {
  const std::string& t = s.text;
  for (std::size_t k = 0; k < s.words.size(); ++k) {
    const std::string w = s.lower_word(k);
    std::size_t trigger_end = 0;
    // "which burn liquid methane and liquid oxygen": a verb that takes a list as its object.
    const bool list_verb = in(w, {"burn", "burns", "burned", "use", "uses", "used", "include", "includes", "included",
                                  "produce", "produces", "combine", "combines", "combined", "require", "requires",
                                  "contain", "contains", "ban", "bans", "banned"});
    if (w == "including" || w == "namely" || w == "notably" || list_verb) trigger_end = s.words[k].e;
    else if (w == "such" && s.lower_word(k + 1) == "as") trigger_end = s.words[k + 1].e;
    else if (w == "among" && s.lower_word(k + 1) == "them") trigger_end = s.words[k + 1].e;
    else continue;
    std::vector<std::string> items;
    std::size_t first_b = 0;
    const std::size_t end = read_list(s, trigger_end, items, &first_b);
    if (end == std::string::npos || items.size() < 2) continue;
    bool ok = true;
    std::vector<std::string> seen;
    for (const std::string& item : items) {
      const std::size_t n = split_words(item).size();
      const std::string norm = normalize_text(item);
      if (n == 0 || n > 6 || std::find(seen.begin(), seen.end(), norm) != seen.end()) ok = false;
      seen.push_back(norm);
    }
    // After a verb, phrases in lower case of two words or more, or three items or more: "trade and security" is
    // no list of facts.
    if (list_verb)
      for (const std::string& item : items)
        ok = ok && is_lower(item[0]) && (items.size() >= 3 || split_words(item).size() >= 2) && split_words(item).size() <= 4;
    if (!ok || overlaps(out, first_b, end)) continue;
    Candidate c;
    c.fact.kind = Kind::List;
    c.fact.items = items;
    c.b = c.hb = first_b;
    c.e = c.he = end;
    c.qb = s.words[k].b;
    c.qe = end;
    // The noun the list names, just before the trigger ("advanced technologies, including ...").
    std::string head;
    if (k > 0) {
      const std::string prev = s.lower_word(k - 1);
      if (prev.size() > 3 && prev.back() == 's' && !is_function_word(prev) && !ends_with(prev, "ss")) head = prev;
    }
    const std::string trigger = t.substr(s.words[k].b, trigger_end - s.words[k].b);
    c.wh = head.empty() || w == "notably" || list_verb ? "" : lower(trigger) + " which " + head;
    c.noun = "list";
    c.head = head;
    c.priority = kList;
    c.confidence = Confidence::Medium;
    c.rule = "list-" + slug_id(trigger);
    c.reason = "a list of " + std::to_string(items.size()) + " after '" + trigger + "'";
    c.id_hint = (head.empty() ? slug_id(items[0], 20) : head) + "-list";
    out.push_back(std::move(c));
  }
}

}  // namespace factdeck::suggest_detail

namespace factdeck::suggest_detail {

// "Brando Benifei": two or three capitalised words, each with lower-case letters, none a body's or a law's.
bool person_like(const std::string& item) {
  const std::vector<Word> w = split_words(item);
  if (w.size() < 2 || w.size() > 3) return false;
  for (const Word& x : w)
    if (!is_upper(x.text[0]) || !has_lower(x.text) ||
        in(lower(x.text), {"act", "party", "bank", "union", "council", "group", "agreement", "treaty", "company", "the"}))
      return false;
  return true;
}

// After "A and B": "both", "each" or a verb in the past or the plural ("submitted", "have", "were").
bool pair_then_verb(const SentenceScan& s, std::size_t end) {
  const std::size_t i = s.word_at_or_after(end);
  if (i >= s.words.size() || s.words[i].b != end + 1) return false;
  const std::string w = s.lower_word(i);
  return in(w, {"both", "each", "have", "had", "were", "are", "will", "signed", "agreed", "won", "met"}) ||
         (ends_with(w, "ed") && w.size() > 4);
}

void find_name_lists(const SentenceScan& s, std::vector<Candidate>& out) {
  const std::string& t = s.text;
  for (std::size_t k = 0; k < s.words.size(); ++k) {
    const std::string_view w = s.words[k].text;
    const bool the = lower(w) == "the" && k + 1 < s.words.size() && is_upper(s.words[k + 1].text[0]);
    if (!is_upper(w[0]) && !the) continue;
    // Where a list may start: the sentence's start, after a colon, or after a word in lower case.
    const bool colon = s.words[k].b >= 2 && t.compare(s.words[k].b - 2, 2, ": ") == 0;
    const bool open = k == 0 || colon ||
                      (s.words[k - 1].e + 1 == s.words[k].b && is_lower(s.words[k - 1].text[0]) && !is_determiner(s.lower_word(k - 1)));
    if (!open) continue;
    std::vector<std::string> items;
    std::size_t first_b = 0;
    const std::size_t end = read_list(s, s.words[k].b, items, &first_b);
    // Two names make a list when they are the sentence's subject ("China and Taiwan both submitted ...") or close
    // it after "were" ("The co-rapporteurs were A and B."); otherwise three or more, or two after a colon.
    const bool pair_subject = k == 0 && end != std::string::npos && pair_then_verb(s, end);
    const bool pair_predicate = k > 0 && in(s.lower_word(k - 1), {"were", "are"}) && end != std::string::npos &&
                                s.word_at_or_after(end) == s.words.size();
    const std::size_t need = colon || pair_subject || pair_predicate ? 2u : 3u;
    if (end == std::string::npos || items.size() < need || items.size() > 12) continue;
    bool ok = true;
    std::vector<std::string> seen;
    for (const std::string& item : items) {
      std::string x = starts_with(item, "the ") ? item.substr(4) : item;
      const std::vector<Word> iw = split_words(x);
      const std::string norm = normalize_text(x);
      if (iw.empty() || iw.size() > 5 || !is_upper(x[0]) || std::find(seen.begin(), seen.end(), norm) != seen.end()) ok = false;
      for (const Word& word : iw)
        ok = ok && !is_month(word.text) && !is_digit(word.text[0]) &&
             (is_upper(word.text[0]) || in(lower(word.text), {"of", "de", "the", "and", "for", "du", "la", "le"}));
      seen.push_back(norm);
    }
    // A pair needs names that read as two: both in the lexicon ("the United States and China") or both a person's
    // name ("Brando Benifei and Dragoș Tudorache"); "The CHIPS and Science Act" is one name.
    if (ok && items.size() == 2 && need == 2 && !colon)
      for (const std::string& item : items) ok = ok && (lexicon_class(s.context.lexicon, item) || person_like(item));
    if (!ok || overlaps(out, first_b, end)) continue;
    Candidate c;
    c.fact.kind = Kind::List;
    c.fact.items = items;
    c.b = c.hb = c.qb = first_b;
    c.e = c.he = c.qe = end;
    std::string head;
    std::size_t countries = 0, cities = 0;
    for (const std::string& item : items)
      if (const LexClass* lc = lexicon_class(s.context.lexicon, item)) {
        const std::string label = lower(lc->label + " " + lc->id);
        countries += label.find("countr") != std::string::npos;
        cities += label.find("cit") != std::string::npos;
      }
    if (countries == items.size()) head = "countries";
    else if (cities == items.size()) head = "cities";
    else if (colon && k >= 2 && s.lower_word(k - 1).size() > 3 && s.lower_word(k - 1).back() == 's')
      head = s.lower_word(k - 1);
    if (!head.empty() && !colon) c.wh = "which " + head;
    // "..., and India, the United States, ... and the European Union announced plans ...": names of several sorts as
    // the subject of a verb are asked with "who".
    if (const std::size_t v = s.word_at_or_after(end); head.empty() && !colon && v < s.words.size() &&
                                                       s.words[v].b == end + 1 && verb_word(s.lower_word(v)))
      c.wh = "who";
    if (colon && !head.empty() && k >= 2) {
      // "Six countries were invited ...: A, B and C." asks "Which countries were invited ...?"
      const std::size_t h = std::find_if(s.words.begin(), s.words.begin() + static_cast<long>(k),
                                         [&](const Word& x) { return lower(x.text) == head; }) - s.words.begin();
      if (h > 0 && h < 3 && h + 1 < k)
        c.fact.question = "According to the article, which " + head + " " +
                          trim(t.substr(s.words[h + 1].b, s.words[k].b - 2 - s.words[h + 1].b)) + "?";
    }
    c.noun = "list";
    c.head = head;
    c.priority = kList;
    c.confidence = Confidence::Medium;
    c.rule = colon ? "list-after-colon" : k == 0 ? "list-subject" : "list-names";
    c.reason = "a list of " + std::to_string(items.size()) + " names";
    c.id_hint = (head.empty() ? slug_id(items[0], 20) : head) + "-list";
    out.push_back(std::move(c));
    k = s.word_at_or_after(end);
  }
}

}  // namespace factdeck::suggest_detail
