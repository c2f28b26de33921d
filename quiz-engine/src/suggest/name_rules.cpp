// Rules for names: aliases ("X, often referred to as the 'Y'"), named bodies, funds, plans and laws, quoted terms.
#include <algorithm>
#include <string>

#include "suggest/rules.h"

namespace factdeck::suggest_detail {
namespace {

bool possessive(std::string_view w) { return ends_with(w, "'s") || ends_with(w, "\xE2\x80\x99s"); }
std::string_view strip_possessive(std::string_view w) {
  if (ends_with(w, "'s")) return w.substr(0, w.size() - 2);
  if (ends_with(w, "\xE2\x80\x99s")) return w.substr(0, w.size() - 4);
  return w;
}

// Last words that make a capitalised phrase a body, fund, plan or law worth a question.
bool institution_word(const std::string& w) {
  return in(w, {"company", "fund", "plan", "act", "committee", "ministry", "commission", "council", "bureau", "department",
                "agency", "party", "congress", "bank", "administration", "office", "programme", "program", "initiative",
                "strategy", "law", "treaty", "agreement", "accord", "court", "assembly", "parliament", "institute",
                "association", "federation", "union", "corporation", "company", "authority", "board", "forum",
                "organisation", "organization", "alliance", "directive", "regulation", "policy", "project", "conference",
                "summit", "reserve", "exchange", "academy", "university", "army", "coalition", "league", "senate",
                "cabinet", "secretariat", "politburo", "group", "framework", "convention", "charter", "roadmap", "co",
                "corp", "inc", "ltd", "holdings"});
}

std::string head_noun(std::string_view last_word) {
  std::string w = lower(last_word);
  const std::size_t dash = w.rfind('-');
  if (dash != std::string::npos) w = w.substr(dash + 1);
  if (in(w, {"co", "corp", "inc", "ltd", "holdings", "corporation"})) return "company";
  return w;
}

// How the words before a name become a "which ..." phrase: "the Party's Central Committee" ->
// "which committee of the Party"; "its forthcoming 15th Five-Year Plan" -> "which forthcoming plan".
void which_phrase(const SentenceScan& s, std::size_t first, const std::string& head, Candidate& c) {
  c.qb = s.words[first].b;
  c.wh = "which " + head;
  if (first == 0) return;
  std::size_t k = first - 1;
  if (s.text.compare(s.words[k].e, s.words[first].b - s.words[k].e, " ") != 0) return;
  const std::string_view w = s.words[k].text;
  if (possessive(w) && is_capitalized(w)) {
    // "the European Union's": the owner is the whole name before the possessive.
    std::size_t start = k;
    while (start > 0 && s.words[start - 1].e + 1 == s.words[start].b && is_capitalized(s.words[start - 1].text) &&
           !possessive(s.words[start - 1].text) && !(start - 1 == 0 && is_determiner(s.lower_word(0))))
      --start;
    std::string owner = s.text.substr(s.words[start].b, s.words[k].e - s.words[start].b);
    owner = std::string(strip_possessive(owner));
    if (start > 0 && s.lower_word(start - 1) == "the") owner = "the " + owner, start = start - 1;
    else if (start == 0 && s.words[0].text == "The") owner = "the" + owner.substr(3);
    c.qb = s.words[start].b;
    c.wh = "which " + head + " of " + owner;
    return;
  }
  std::vector<std::string> adjectives;
  for (std::size_t i = first; i-- > 0 && adjectives.size() <= 2;) {
    const std::string lw = s.lower_word(i);
    if (is_determiner(lw)) {
      std::string adj;
      for (auto it = adjectives.rbegin(); it != adjectives.rend(); ++it) adj += *it + " ";
      c.qb = s.words[i].b;
      c.wh = "which " + adj + head;
      return;
    }
    if (is_function_word(lw) || is_capitalized(s.words[i].text) || !has_lower(s.words[i].text)) return;
    adjectives.push_back(lw);
  }
}

const char* const kAdverbs[] = {"often", "also", "commonly", "widely", "sometimes", "popularly", "informally",
                                "colloquially", "affectionately", "locally", "officially", "now", "formerly",
                                "usually", "generally", "so", "frequently"};

bool alias_at(const SentenceScan& s, std::size_t k, Candidate& c) {
  // The trigger: "referred to as", "known as", "called", "dubbed", "nicknamed", "termed".
  const std::string w = s.lower_word(k);
  std::size_t after = 0;  // first word after the trigger
  if (w == "referred" && s.lower_word(k + 1) == "to" && s.lower_word(k + 2) == "as") after = k + 3;
  else if (w == "known" && s.lower_word(k + 1) == "as") after = k + 2;
  else if (in(w, {"called", "dubbed", "nicknamed", "termed"})) after = k + 1;
  else return false;
  if (after >= s.words.size()) return false;

  std::size_t adv = k;  // first adverb before the trigger
  while (adv > 0 && std::find(std::begin(kAdverbs), std::end(kAdverbs), s.lower_word(adv - 1)) != std::end(kAdverbs)) --adv;
  if (adv == 0) return false;
  const std::string trigger = s.text.substr(s.words[adv].b, s.words[after - 1].e - s.words[adv].b);

  // The subject: a name before ", often referred to as" or "(known as", or before "is/was dubbed".
  std::size_t subject_end = adv - 1;  // its last word
  const std::string gap = s.text.substr(s.words[adv - 1].e, s.words[adv].b - s.words[adv - 1].e);
  if (gap == " " && in(s.lower_word(adv - 1), {"is", "are", "was", "were", "be", "been"})) {
    if (adv < 2) return false;
    subject_end = adv - 2;
    // "will be called", "to be known as": a verb, not the subject, stands before "be".
    if (in(s.lower_word(subject_end), {"will", "would", "can", "could", "may", "might", "must", "shall", "should", "to"}))
      return false;
  } else if (gap != ", " && gap != " (" && gap != ", (") {
    return false;
  }
  std::size_t first = name_start(s, subject_end);
  bool named = is_capitalized(s.words[subject_end].text) && !possessive(s.words[subject_end].text);
  bool owned = false;  // "China's third chip fund": the owner opens the noun phrase
  if (!named) {  // "the fund, dubbed ..." : a plain noun phrase back to its determiner
    first = subject_end;
    auto opens = [&](std::size_t i) {
      return is_determiner(s.lower_word(i)) || (possessive(s.words[i].text) && is_capitalized(s.words[i].text));
    };
    while (first > 0 && subject_end - first < 4 && !opens(first)) --first;
    if (!opens(first)) return false;
    // "two arms on the tower, nicknamed ...": a noun phrase after a preposition is part of a longer one, whose head
    // (the arms) may be what the nickname is for.
    if (first > 0 && in(s.lower_word(first - 1), {"on", "of", "in", "at", "with", "for", "from", "to", "by", "near"}))
      return false;
    owned = !is_determiner(s.lower_word(first));
  }
  std::string subject = s.text.substr(s.words[first].b, s.words[subject_end].e - s.words[first].b);
  bool the_subject = named && first > 0 && s.lower_word(first - 1) == "the";
  if (!named && starts_with(lower(subject), "the ")) subject = subject.substr(4), the_subject = true;
  if (!named && !the_subject && !owned) return false;  // "its fund, dubbed..." has no subject to ask about

  // The other name: quoted, or a capitalised phrase.
  std::size_t pos = s.words[after].b;
  bool the_alias = false;
  if (s.lower_word(after) == "the") the_alias = true, pos = after + 1 < s.words.size() ? s.words[after + 1].b : pos;
  std::size_t ab = 0, ae = 0;
  bool quoted = false;
  for (const Quote& q : s.quotes)
    if (q.inner_b == pos) {
      ab = q.inner_b, ae = q.inner_e, quoted = true;
      break;
    }
  if (!quoted) {
    std::size_t i = s.word_at_or_after(pos);
    if (i >= s.words.size() || !is_capitalized(s.words[i].text)) return false;
    ab = s.words[i].b;
    std::size_t last = i;
    // "known as Booster 12": a number may end the name.
    auto part = [&](std::size_t x) {
      const std::string_view w = s.words[x].text;
      return is_capitalized(w) || (w.size() <= 3 && std::all_of(w.begin(), w.end(), is_digit));
    };
    while (last + 1 < s.words.size() && s.text.compare(s.words[last].e, 1, " ") == 0 &&
           s.words[last + 1].b == s.words[last].e + 1 && part(last + 1))
      ++last;
    ae = s.words[last].e;
  }
  while (ae > ab && std::string_view(",.;:").find(s.text[ae - 1]) != std::string_view::npos) --ae;
  const std::string alias = trim(s.text.substr(ab, ae - ab));
  if (alias.empty() || split_words(alias).size() > 8 || normalize_text(alias) == normalize_text(subject)) return false;

  c.fact.kind = Kind::Alias;
  c.fact.text = alias;
  c.fact.subject = subject;
  const std::string the_y = the_alias ? "the " : "";
  c.fact.question = "What is " + std::string(the_subject ? "the " : "") + subject + " " + trigger + "?";
  c.fact.statement = capitalize_first((the_subject ? "the " : "") + subject) + " is " + trigger + " " + the_y + "{answer}.";
  const std::string head = named ? head_noun(s.words[subject_end].text) : "one";
  c.fact.reverse = "Which " + head + " is " + trigger + " " + the_y + "'" + alias + "'?";
  c.b = c.hb = c.qb = ab;
  c.e = c.he = c.qe = ae;
  c.noun = "name";
  c.head = head;
  c.priority = kAlias;
  c.confidence = named && (quoted || is_capitalized(alias)) ? Confidence::High : Confidence::Medium;
  c.rule = "alias-" + slug_id(s.text.substr(s.words[k].b, s.words[after - 1].e - s.words[k].b));
  c.reason = "'" + alias + "' is introduced as another name for " + (named ? "" : "the ") + subject + " ('" + trigger + "')";
  c.id_hint = slug_id(alias, 30) + "-alias";
  return true;
}

}  // namespace

void find_aliases(const SentenceScan& s, std::vector<Candidate>& out) {
  for (std::size_t k = 1; k < s.words.size(); ++k) {
    Candidate c;
    if (alias_at(s, k, c) && !overlaps(out, c.hb, c.he)) out.push_back(std::move(c));
  }
}

void find_names(const SentenceScan& s, std::vector<Candidate>& out) {
  for (std::size_t k = 0; k < s.words.size(); ++k) {
    const std::string_view last = s.words[k].text;
    if (!is_capitalized(last) || possessive(last)) continue;
    // The name ends here only if the next word does not continue it ("Central Committee Office").
    if (k + 1 < s.words.size() && s.words[k + 1].b == s.words[k].e + 1 &&
        (is_capitalized(s.words[k + 1].text) || (in(s.lower_word(k + 1), {"of", "for", "on", "and"}) &&
                                                  k + 2 < s.words.size() && is_capitalized(s.words[k + 2].text))))
      continue;
    const std::size_t first = name_start(s, k);
    if (first == k) continue;  // one word ("Congress") is too vague to ask about
    // "Central Committee" (the last word says what it is) or "Ministry of Finance" (the first word does).
    std::string head = head_noun(last);
    if (!institution_word(head)) {
      head = head_noun(s.words[first].text);
      if (!institution_word(head) || !in(s.lower_word(first + 1), {"of", "for", "on"})) continue;
    }
    const std::size_t b = s.words[first].b, e = s.words[k].e;
    if (quote_around(s.quotes, b, e) || overlaps(out, b, e)) continue;
    Candidate c;
    c.fact.kind = Kind::Name;
    c.fact.text = s.text.substr(b, e - b);
    c.b = c.hb = b;
    c.e = c.he = e;
    // "(CCP)" or "(2026-2030)" after the name would give the answer away or clash with a wrong
    // answer ("14th Five-Year Plan (2026-2030)"): the statement and question drop it.
    const std::string& t = s.text;
    if (t.compare(e, 2, " (") == 0) {
      const std::size_t close = t.find(')', e + 2);
      if (close != std::string::npos && close - e <= 12 &&
          std::all_of(t.begin() + static_cast<long>(e) + 2, t.begin() + static_cast<long>(close),
                      [](char ch) { return is_upper(ch) || ch == '&' || ch == '-' || is_digit(ch); }))
        c.e = close + 1;
    }
    c.head = head;
    which_phrase(s, first, c.head, c);
    if (first == 1 && s.words[0].text == "The") c.qb = 0;
    c.qe = c.e;
    c.noun = c.head;
    c.priority = kName;
    c.confidence = Confidence::Medium;
    c.rule = "name-" + c.head;
    c.reason = "a capitalised name of a " + c.head;
    c.id_hint = slug_id(c.fact.text, 36);
    out.push_back(std::move(c));
  }
}

void find_quoted_terms(const SentenceScan& s, std::vector<Candidate>& out) {
  for (const Quote& q : s.quotes) {
    std::size_t ie = q.inner_e;
    const std::string raw = s.text.substr(q.inner_b, q.inner_e - q.inner_b);
    while (ie > q.inner_b && std::string_view(",.;:!?").find(s.text[ie - 1]) != std::string_view::npos) --ie;
    const std::string term = trim(s.text.substr(q.inner_b, ie - q.inner_b));
    const std::vector<Word> words = split_words(term);
    if (words.empty() || words.size() > 8 || term.size() < 3) continue;
    if (ends_with(raw, ".") || ends_with(raw, "!") || ends_with(raw, "?")) continue;  // a quoted sentence: speech
    if (term.find(". ") != std::string::npos) continue;
    const std::string first = lower(words[0].text);
    // 'significantly rise', 'to be': an adverb or a function word opens a quoted phrase, not a term.
    if (ends_with(first, "ly") || is_function_word(first)) continue;
    if (overlaps(out, q.inner_b, ie)) continue;
    Candidate c;
    c.fact.kind = Kind::Name;
    c.fact.text = term;
    c.b = c.hb = q.inner_b;
    c.e = c.he = ie;
    const bool bracketed = q.open > 0 && s.text[q.open - 1] == '(' && s.text.compare(q.close_e, 1, ")") == 0;
    if (!bracketed) {
      // "to build a 'modern industrial system'" asks "to build which phrase": the article goes too.
      c.qb = q.open;
      c.qe = q.close_e;
      const std::size_t k = s.word_before(q.open);
      if (k != std::string::npos && s.words[k].e + 1 == q.open && is_determiner(s.lower_word(k))) {
        c.qb = s.words[k].b;
        const std::string det = s.lower_word(k);
        if (det == "a" || det == "an") {
          // "build a '{answer}'" would read "a 'ecological civilization'" with some wrong answers: use "the".
          const std::string the = is_upper(s.words[k].text[0]) ? "The" : "the";
          c.base = s.text.substr(0, s.words[k].b) + the + s.text.substr(s.words[k].e);
          const std::size_t shift = the.size() - det.size();
          c.b += shift, c.e += shift, c.qe += shift;
        }
      }
      c.wh = "which phrase";
    }
    c.noun = "phrase";
    c.head = is_capitalized(term) ? "quoted-name" : "quoted-term";
    c.priority = kQuoted;
    c.confidence = Confidence::Medium;
    c.rule = "quoted-term";
    c.reason = "a term in quotation marks, '" + term + "'";
    c.id_hint = slug_id(term, 36);
    out.push_back(std::move(c));
  }
}

// "Ship 30" -> "Ship 28", "Ship 29", "Ship 31"; "Artemis III" -> "Artemis I", "Artemis II", "Artemis IV": a name that
// ends in a number (or a Roman numeral up to XII) after a capitalised word; empty for any other name.
std::vector<std::string> series_neighbours(const std::string& name) {
  static const char* const roman[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
  const std::size_t sp = name.rfind(' ');
  if (sp == std::string::npos || sp == 0 || !is_upper(name[0]) || !has_lower(name.substr(0, sp))) return {};
  const std::string stem = name.substr(0, sp + 1), tail = name.substr(sp + 1);
  int n = 0;
  bool is_roman = false;
  if (!tail.empty() && tail.size() <= 3 && std::all_of(tail.begin(), tail.end(), is_digit)) {
    n = std::stoi(tail);
  } else {
    for (int i = 1; i <= 12; ++i)
      if (tail == roman[i]) n = i, is_roman = true;
  }
  if (n < 1) return {};
  std::vector<std::string> out;
  for (int d : {-2, -1, 1, 2, 3}) {
    const int m = n + d;
    if (m < 1 || (is_roman && m > 12) || out.size() == 3) continue;
    out.push_back(stem + (is_roman ? std::string(roman[m]) : std::to_string(m)));
  }
  return out;
}

}  // namespace factdeck::suggest_detail
