// The suggester: runs every rule over every sentence, settles overlaps, finds classes and wrong answers, gives ids.
#include "factdeck/suggest.h"

#include <algorithm>
#include <optional>
#include <set>

#include "generate/cues.h"
#include "generate/text_util.h"
#include "suggest/rules.h"

namespace factdeck {
namespace {

using namespace suggest_detail;

struct Found {
  Candidate c;
  int sentence = 0;
};

// Candidates of one sentence, with overlaps settled: the higher-priority rule keeps the words.
std::vector<Candidate> sentence_candidates(const std::string& text, const ArticleContext& context) {
  const SentenceScan s(text, context);
  std::vector<Candidate> all;
  find_aliases(s, all);
  find_terms(s, all);
  find_dates_and_periods(s, all);
  find_relative_dates(s, all);
  std::vector<Candidate> numbers;
  find_numbers_and_years(s, all, numbers);
  find_spelled_numbers(s, all, numbers);
  find_ordinal_counts(s, numbers);
  for (Candidate& c : numbers) all.push_back(std::move(c));
  find_lists(s, all);
  find_name_lists(s, all);
  find_people_and_places(s, all);
  find_names(s, all);
  find_named_appositions(s, all);
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

// "which royal palace" from "Royal palaces and residences in the United Kingdom": the class's own noun phrase.
std::string label_head(const std::string& label) {
  const std::vector<Word> w = split_words(label);
  for (std::size_t i = 0; i < w.size() && i < 5; ++i) {
    const std::string lw = lower(w[i].text);
    if (lw.size() > 3 && lw.back() == 's' && !ends_with(lw, "ss") && (i == 0 || !is_upper(w[i].text[0]))) {
      std::string head;
      for (std::size_t k = i >= 2 ? i - 2 : 0; k < i; ++k) {
        const std::string x = lower(w[k].text);
        if (is_function_word(x)) {
          head.clear();
          continue;
        }
        const bool proper = (is_upper(w[k].text[0]) && (k > 0 || ends_with(x, "ese") || ends_with(x, "an") ||
                                                        ends_with(x, "ish") || ends_with(x, "ch"))) ||
                            !has_lower(w[k].text);  // "EU", "US"
        head += (head.empty() ? "" : " ") + (proper ? std::string(w[k].text) : x);
      }
      const std::string one = ends_with(lw, "ies") ? lw.substr(0, lw.size() - 3) + "y" : lw.substr(0, lw.size() - 1);
      return head.empty() ? one : head + " " + one;
    }
  }
  return "";
}

// The question's "which ..." made to fit the class its wrong answers come from (the quality rule
// stem-category-fits-options): "which place" over royal residences becomes "which royal residence".
// The general word for a name's head, so that names of one sort give each other wrong answers: "body" for
// committees, commissions and councils; "" when there is none.
std::string head_family(const std::string& head) {
  if (in(head, {"committee", "commission", "council", "agency", "office", "ministry", "department", "bureau", "authority",
                "board", "parliament", "assembly", "court", "administration", "secretariat", "institute", "association",
                "federation", "union", "organisation", "organization", "alliance", "forum", "bank", "fund"}))
    return "body";
  if (in(head, {"company", "corporation", "group", "exchange"})) return "company";
  if (in(head, {"plan", "programme", "program", "initiative", "strategy", "project", "framework", "roadmap", "policy"}))
    return "programme";
  if (in(head, {"act", "law", "regulation", "directive", "treaty", "agreement", "accord", "convention", "charter"}))
    return "law";
  return "";
}

bool fit_category(Candidate& c, const LexClass& lc) {
  const std::vector<std::string> label = gen::words(lc.label + " " + lc.id);
  if (c.fact.kind == Kind::Term) {
    const std::string head = gen::asked_category(c.fact.question.str());
    if (!head.empty() && !gen::category_fits(head, label))
      c.fact.question = "Which term is used for " + c.fact.definition.str() + "?";
    return true;
  }
  const std::size_t at = c.wh.find("which ");
  if (at == std::string::npos) return true;
  const std::string head = gen::asked_category(c.wh);
  if (head.empty() || gen::category_fits(head, label)) return true;
  const std::string noun = c.head == "person" && gen::category_fits("leader", label) ? "leader" : label_head(lc.label);
  if (noun.empty() || !gen::category_fits(gen::asked_category("which " + noun), label)) return false;
  c.wh = c.wh.substr(0, at) + "which " + noun;
  return true;
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
      case Kind::Term:
        lc = class_holding(lexicon, c.fact.text);
        break;
      default:
        continue;
    }
    if (!lc && c.fact.kind == Kind::Name) lc = lexicon_class(lexicon, c.fact.text);
    // Asked the other way round, an alias needs other full names: a class listing its subject has them.
    if (c.fact.kind == Kind::Alias && (!lc || !class_holding(lexicon, c.fact.subject) || class_holding(lexicon, c.fact.subject) != lc))
      c.fact.reverse = CompactString();
    if (lc && !fit_category(c, *lc)) lc = nullptr;  // no question fits the class: the article's own names instead
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
      // People, places and terms may take their wrong answers from the same sentence ("Edinburgh, Belfast").
      const bool near_ok = in(c.head, {"person", "monarch", "city", "country", "venue", "place", "term"});
      // An abbreviation ("FAA") is no wrong answer for a nickname ("Mechazilla"), nor the other way round.
      const bool abbreviations = (g.c.rule == "alias-abbreviation") == (c.rule == "alias-abbreviation");
      const bool same_sort = c.fact.kind == Kind::Alias
                                 ? ((g.c.fact.kind == Kind::Alias && abbreviations) || g.c.head == "quoted-name")
                                 : (g.c.fact.kind == c.fact.kind && g.c.head == c.head && (near_ok || g.sentence != f.sentence));
      if (!same_sort || &g == &f) continue;
      // A sea or an ocean is no wrong answer for a launch site: a name the lexicon files under a class the key is not
      // in is of another sort (people aside, whose classes are offices, not sorts).
      if (!in(c.head, {"person", "monarch"}) && class_holding(lexicon, g.c.fact.text) && !class_holding(lexicon, c.fact.text))
        continue;
      const std::string n = normalize_text(g.c.fact.text);
      // "Big Fund 3.0" is no wrong answer for "Big Fund": one contains the other.
      const std::string mine = normalize_text(c.fact.text);
      if (n.find(mine) != std::string::npos || mine.find(n) != std::string::npos) continue;
      if (seen.insert(n).second) siblings.emplace_back(g.c.fact.text);
    }
    const std::size_t need = c.fact.kind == Kind::Alias ? 1 : 3;
    // Too few of the same head ("committee"): bodies of any sort ("commission", "council"), asked as "which body".
    const std::string family = head_family(c.head);
    if (siblings.size() < need && c.fact.kind == Kind::Name && !family.empty()) {
      std::vector<std::string> wider = siblings;
      for (const Found& g : found) {
        if (&g == &f || g.c.fact.kind != Kind::Name || head_family(g.c.head) != family) continue;
        const std::string n = normalize_text(g.c.fact.text), mine = normalize_text(c.fact.text);
        if (n.find(mine) != std::string::npos || mine.find(n) != std::string::npos) continue;
        if (seen.insert(n).second) wider.emplace_back(g.c.fact.text);
      }
      const std::size_t at = c.wh.find("which " + c.head);
      if (wider.size() >= need && at != std::string::npos) {
        c.wh.replace(at, 6 + c.head.size(), "which " + family);
        siblings = wider;
      }
    }
    bool numbered = false;
    if (siblings.size() < need && c.fact.kind == Kind::Name) {
      // "Ship 30", "Flight 5", "Artemis III": a designation's wrong answers are its neighbours in the same series.
      const std::vector<std::string> near = series_neighbours(c.fact.text.str());
      if (near.size() >= need) siblings = near, numbered = true;
    }
    if (siblings.size() >= need) {
      if (siblings.size() > 5) siblings.resize(5);
      c.fact.distractors = siblings;
      c.confidence = Confidence::Low;
      c.reason += numbered ? "; wrong answers are other numbers of the same series"
                           : "; wrong answers are other " + std::string(c.fact.kind == Kind::Alias ? "names" : "terms") +
                                 " from this article: check they fit";
    } else {
      c.missing = c.fact.kind == Kind::Alias ? "a 'class' or 'distractors' (wrong answers)"
                                             : "a 'class' or 3 'distractors' (wrong answers)";
    }
  }
}

std::optional<Date> dateline_date(const std::string& heading) {
  const SentenceScan scan(heading);
  std::vector<Candidate> dates;
  find_dates_and_periods(scan, dates);
  for (const Candidate& c : dates)
    if (c.fact.kind == Kind::Date) return c.fact.date;
  return std::nullopt;
}

// The headline: the first line, when it is a heading and not a dateline ("MOSCOW, 1 January 2024").
std::string headline(const std::vector<Sentence>& sentences) {
  if (sentences.empty() || !sentences[0].heading) return "";
  const Sentence& h = sentences[0];
  const bool dateline = (sentences.size() > 1 && sentences[1].paragraph == h.paragraph) ||
                        (h.text.find(',') != std::string::npos && dateline_date(h.text));
  return dateline ? "" : h.text;
}

bool asks_with_pronoun(const std::string& question) {
  const std::vector<Word> w = split_words(question);
  for (std::size_t i = 0; i < w.size() && i < 9; ++i)
    if (in(lower(w[i].text), {"he", "she", "it", "they", "his", "her", "its", "their"})) return true;
  return false;
}

bool opens_with_pronoun(const std::string& text) {
  const std::vector<Word> w = split_words(text);
  return !w.empty() && w[0].b == 0 && in(w[0].text, {"He", "She", "It", "They", "His", "Her", "Its", "Their"});
}

// The subject that opens a sentence: "The Queen", "Webb", "Keir Starmer" (capitalised words before a word in
// lower case); empty when the sentence opens otherwise.
std::string sentence_subject(const std::string& text) {
  const std::vector<Word> w = split_words(text);
  if (w.size() < 2 || w[0].b != 0) return "";
  std::size_t k = w[0].text == "The" ? 1 : 0;
  // "The conference, held ..., was ...", "The telescope is ...": a common noun as the subject, for "it".
  if (k == 1 && is_lower(w[1].text[0]) && !is_function_word(lower(w[1].text)) && w.size() > 2 &&
      (text.compare(w[1].e, 2, ", ") == 0 || in(lower(w[2].text), {"is", "was", "has", "had", "will", "would"})))
    return text.substr(0, w[1].e);
  if (!is_upper(w[k].text[0]) || (k == 0 && is_sentence_starter(w[k].text)) || is_function_word(lower(w[k].text)) ||
      in(lower(w[k].text), {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "only", "both"}))
    return "";
  std::size_t last = k;
  while (last + 1 < w.size() && w[last + 1].b == w[last].e + 1 && is_upper(w[last + 1].text[0]) && last - k < 3) ++last;
  if (ends_with(w[last].text, "'s") || last + 1 >= w.size() || !is_lower(w[last + 1].text[0])) return "";
  // "Construction of the Gothic cathedral began ...": a phrase, no name; "it" after it is not "Construction".
  if (last == k && lower(w[last + 1].text) == "of") return "";
  return text.substr(0, w[last].e);
}

// "She had come to the throne ..." after "The Queen died ...": the pronoun becomes the subject met last ("its":
// "The Queen's"), so the question names whom it asks about. Returns where the text after the pronoun now starts,
// or npos (no pronoun, or none to read it as).
std::size_t resolve_pronoun(const std::string& subject, std::string& text) {
  if (!opens_with_pronoun(text) || subject.empty()) return std::string::npos;
  const std::vector<Word> w = split_words(text);
  // "It is the party's first victory": "it" standing for an event, not the subject before.
  if (w[0].text == "It" && w.size() > 1 && in(lower(w[1].text), {"is", "was"})) return std::string::npos;
  // "He" and "She" stand for a person ("The Queen", "Keir Starmer"), "It" and "Its" for a thing.
  const std::vector<Word> sw = split_words(subject);
  const bool the = !sw.empty() && sw[0].text == "The";
  const bool person = (the && sw.size() == 2 && in(lower(sw[1].text), {"queen", "king", "president", "pope", "prince",
                                                                       "princess", "chancellor", "premier"})) ||
                      (!the && sw.size() >= 2 && sw.size() <= 4);
  const bool titled = the && sw.size() == 2 && is_upper(sw[1].text[0]);  // "The Queen": a person, not a thing
  if (in(w[0].text, {"He", "She", "His", "Her"}) && !person) return std::string::npos;
  if (in(w[0].text, {"It", "Its"}) && titled && person) return std::string::npos;
  const bool owner = in(w[0].text, {"His", "Her", "Its", "Their"});
  const bool plural_subject = ends_with(subject, "s") && !ends_with(subject, "ss");
  if (in(w[0].text, {"They", "Their"}) != plural_subject) return std::string::npos;
  text = subject + (owner ? "'s" : "") + text.substr(w[0].e);
  return subject.size() + (owner ? 2 : 0);
}

// The one person (a name with the head "person" or "monarch") found in the two sentences before sentence `si`, in its paragraph;
// empty when there are none or several.
std::string only_person_before(const std::vector<Found>& found, const std::vector<Sentence>& sentences, std::size_t si) {
  std::set<std::string> people;
  std::string one;
  for (const Found& f : found) {
    const std::size_t at = static_cast<std::size_t>(f.sentence);
    if (at >= si || at + 2 < si || sentences[at].paragraph != sentences[si].paragraph) continue;
    if (f.c.fact.kind != Kind::Name || !in(f.c.head, {"person", "monarch"})) continue;
    if (people.insert(normalize_text(f.c.fact.text)).second) one = f.c.fact.text.str();
  }
  return people.size() == 1 ? one : "";
}

// The article's sentences before sentence `si`, headings left out (a headline's capitals make no name), one a line.
std::string prose_before(const std::vector<Sentence>& sentences, std::size_t si) {
  std::string out;
  for (std::size_t i = 0; i < si; ++i)
    if (!sentences[i].heading) out += sentences[i].text + "\n";
  return out;
}

// "According to the article, Fines reach ..." -> "..., fines reach ...": a word the article also writes in lower case.
void fix_question_case(Fact& f, const std::set<std::string>& lower_words) {
  static const std::string lead = "According to the article, ";
  std::string q = f.question.str();
  if (q.compare(0, lead.size(), lead) != 0 || q.size() <= lead.size()) return;
  const std::vector<Word> w = split_words(std::string_view(q).substr(lead.size()));
  if (w.empty() || w[0].b != 0 || !is_upper(w[0].text[0]) || w[0].text.size() < 2 || !has_lower(w[0].text.substr(1, 1))) return;
  const std::string first = lower(w[0].text);
  const bool qualifier = in(first, {"nearly", "almost", "about", "around", "some", "over", "more", "only", "just", "roughly"});
  if (!qualifier && w.size() > 1 && w[1].b == w[0].e + 1 && is_digit(w[1].text[0])) return;  // "Ship 30": a name
  // "Construction of the cathedral": a noun of action before "of" is no name.
  const bool action_noun = (ends_with(first, "tion") || ends_with(first, "sion") || ends_with(first, "ment")) && w.size() > 1 &&
                           lower(w[1].text) == "of";
  if (lower_words.count(first) || action_noun || is_function_word(first) || (ends_with(first, "ing") && first.size() > 5) ||
      in(first, {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "one", "several", "many",
                 "only", "just", "almost", "nearly", "about", "more", "most", "some", "all", "both"})) {
    q[lead.size()] = to_lower(q[lead.size()]);
    f.question = q;
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

// Whether `text` holds a capitalised word of the answer ("Webb" of "James E. Webb").
bool shares_name_word(const std::string& text, const std::string& answer) {
  for (const Word& w : split_words(answer))
    if (is_upper(w.text[0]) && w.text.size() > 2 && contains_words(text, w.text)) return true;
  return false;
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
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    // A possessive leaves no stray letter ("the Alliance's 31st Member" -> "the-alliance-31st-member", not
    // "alliance-s-31st"), and an apostrophe inside a word joins it ("don't" -> "dont").
    const std::size_t quote = ch == '\'' ? 1 : text.compare(i, 3, "\xE2\x80\x99") == 0 ? 3 : 0;
    if (quote && !out.empty() && !dash) {
      const std::size_t next = i + quote;
      const bool possessive = next < text.size() && (text[next] == 's' || text[next] == 'S') &&
                              (next + 1 == text.size() || !is_alnum(text[next + 1]));
      i = next - 1 + (possessive ? 1 : 0);
      continue;
    }
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
  r.title = headline(r.sentences);

  ArticleContext context;
  context.lexicon = options.lexicon;
  std::set<std::string> lower_words;  // words the article writes in lower case: "Fines" opens a sentence, no name
  for (const Word& w : split_words(r.text))
    if (is_lower(w.text[0])) lower_words.insert(std::string(w.text));
  std::set<std::string> proper;  // words the article capitalises inside a sentence: names ("Ueda", "Starship")
  for (const Sentence& sen : r.sentences) {
    const std::vector<Word> w = split_words(sen.text);
    for (std::size_t i = 1; i < w.size(); ++i)
      if (is_upper(w[i].text[0])) proper.insert(std::string(ends_with(w[i].text, "'s") ? w[i].text.substr(0, w[i].text.size() - 2) : w[i].text));
  }
  std::vector<Found> found;
  bool comments = false;
  std::string subject;  // the last sentence subject met, for a pronoun that opens a sentence
  std::vector<bool> consumed(r.sentences.size(), false);
  for (std::size_t si = 0; si < r.sentences.size(); ++si) {
    const Sentence& sen = r.sentences[si];
    if (sen.heading) {
      const std::string h = lower(sen.text);
      comments = h.find("comment") != std::string::npos || h.find("reader") != std::string::npos ||
                 h.find("letters") != std::string::npos;
      // A dateline near the top gives the article's date.
      if (!r.published && sen.paragraph <= 3) r.published = dateline_date(sen.text);
      context.published = r.published;
      subject.clear();
      continue;
    }
    if (consumed[si]) continue;
    // A paragraph that is one quoted opinion ("Tendai M.: "..."") is taken whole.
    std::size_t last = si;
    while (last + 1 < r.sentences.size() && r.sentences[last + 1].paragraph == sen.paragraph && !r.sentences[last + 1].heading) ++last;
    const std::string para = r.text.substr(sen.begin, r.sentences[last].end - sen.begin);
    Candidate op;
    if (find_opinion(para, comments, op)) {
      op.fact.sentence = para;
      found.push_back({std::move(op), static_cast<int>(si)});
      for (std::size_t k = si; k <= last; ++k) consumed[k] = true;
      continue;
    }
    // "He", "It" opening a sentence: read as the previous sentence's subject, or the sentence gives no fact.
    // A pronoun is read as the subject of the sentence just before, in the same paragraph; nothing further back.
    if (si == 0 || r.sentences[si - 1].paragraph != sen.paragraph || r.sentences[si - 1].heading) subject.clear();
    std::string text = sen.text;
    std::size_t shift_at = resolve_pronoun(subject, text);
    // "Finland shares a border with Russia. The country fought ...": "the country" is the country just named as subject.
    if (shift_at == std::string::npos && (starts_with(text, "The country ") || starts_with(text, "The nation ")) &&
        lexicon_class(options.lexicon, subject) &&
        lower(lexicon_class(options.lexicon, subject)->label).find("countr") != std::string::npos) {
      text = subject + text.substr(text.find(' ', 4));
      shift_at = subject.size();
    }
    // "He was proclaimed King ..." after a sentence with no subject to read it as: the one person named in the two
    // sentences before, in the same paragraph ("... succeeded her as King Charles III. At 73, he is ...").
    if (shift_at == std::string::npos && opens_with_pronoun(text) && in(split_words(text)[0].text, {"He", "She", "His", "Her"})) {
      const std::string one = only_person_before(found, r.sentences, si);
      if (!one.empty()) shift_at = resolve_pronoun(one, text);
    }
    subject = sentence_subject(text);
    const long shift = static_cast<long>(text.size()) - static_cast<long>(sen.text.size());
    for (Candidate& c : sentence_candidates(text, context)) {
      c.pronoun = shift_at == std::string::npos && opens_with_pronoun(text);
      if (shift != 0 && c.base.empty()) c.base = text;
      if (shift_at != std::string::npos && c.hb < shift_at) continue;  // words of the antecedent, not of this sentence
      if (shift_at != std::string::npos) c.hb -= shift, c.he -= shift;
      found.push_back({std::move(c), static_cast<int>(si)});
    }
  }
  find_class_or_siblings(found, options.lexicon);

  std::set<std::string> taken(options.taken_ids.begin(), options.taken_ids.end());
  std::set<std::string> answers_seen;
  for (Found& f : found) {
    Candidate& c = f.c;
    const Sentence& sentence = r.sentences[static_cast<std::size_t>(f.sentence)];
    draft_texts(c, sentence.text);
    fix_question_case(c.fact, lower_words);
    c.fact.question = sentence_case_after_lead(full_name_for_surname(c.fact.question.str(), r.text, options.lexicon), proper);
    {
      const std::size_t si = static_cast<std::size_t>(f.sentence);
      const bool same_paragraph = si > 0 && r.sentences[si - 1].paragraph == sentence.paragraph && !r.sentences[si - 1].heading;
      std::string before = same_paragraph ? r.sentences[si - 1].text : "";
      while (!before.empty() && (before.back() == '.' || before.back() == ' ')) before.pop_back();
      c.fact.question = resolve_object_it(c.fact.question.str(), sentence.text, before);
      // "the prize" as "the 2017 Nobel Peace Prize", unless the name gives the answer away ("the James Webb Space
      // Telescope is named after whom").
      if (const std::string named = resolve_definite_subject(c.fact.question.str(), prose_before(r.sentences, si));
          !shares_name_word(named, c.fact.answer_text()) || shares_name_word(c.fact.question.str(), c.fact.answer_text()))
        c.fact.question = named;
      // "on Monday" as its date, unless the two words more make the stem too long to print.
      const std::string dated = r.published && c.fact.kind != Kind::Opinion
                                    ? date_weekdays(c.fact.question.str(), sentence.text, *r.published) : "";
      if (!dated.empty() && (stem_words(dated) <= kMaxStemWords || stem_words(c.fact.question.str()) > kMaxStemWords))
        c.fact.question = dated;
    }
    vet_stem(c);
    // A question that opens with a pronoun no sentence before explains ("it", "they") asks nothing clear.
    if (c.pronoun && asks_with_pronoun(c.fact.question.str())) continue;
    if (c.fact.sentence.empty()) c.fact.sentence = sentence.text;
    // The same answer again (a plan's years named twice) is worth one fact, not two.
    const std::string key = std::string(kind_name(c.fact.kind)) + ":" + normalize_text(c.fact.answer_text());
    if (!answers_seen.insert(key).second) {
      c.confidence = Confidence::Low;
      c.reason += "; the same answer as an earlier suggestion";
      // "the US Federal Reserve began a two-day meeting on Tuesday": the dateline's day named again is a side event of
      // the day the article is about, and a card with the same answer as an earlier ready one.
      if (c.rule == "date-dateline" && c.missing.empty() &&
          std::any_of(r.suggestions.begin(), r.suggestions.end(), [&](const Suggestion& e) {
            return e.ready() && e.fact.kind == Kind::Date && e.fact.date == c.fact.date;
          }))
        c.missing = "a reason to learn it: the same day as an earlier suggestion, named again for a side event";
    }
    if (c.fact.kind != Kind::List && c.fact.kind != Kind::Opinion && contains_words(c.fact.question, c.fact.answer_text())) {
      c.confidence = Confidence::Low;
      c.reason += "; the drafted question repeats the answer: reword it";
    }
    Suggestion s;
    s.fact = std::move(c.fact);
    s.fact.id = unique_id(c.id_hint, s.fact.kind, taken);
    s.sentence = f.sentence;
    s.begin = std::min(sentence.begin + c.hb, r.text.size());
    s.end = std::min(std::max(sentence.begin + c.he, s.begin), r.text.size());
    s.confidence = c.confidence;
    s.rule = c.rule;
    s.reason = c.reason;
    s.missing = c.missing;
    r.suggestions.push_back(std::move(s));
  }
  if (options.lexicon) vet_ready(r.suggestions, *options.lexicon);
  return r;
}

}  // namespace factdeck
