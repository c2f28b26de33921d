// Checks on a drafted question stem: it reads as English around its "which ...", it is short enough, it stands alone.
#include <algorithm>
#include <set>
#include <string>

#include "suggest/rules.h"

namespace factdeck::suggest_detail {
namespace {

// Words after "how many N" that still read as English: a measure ("how many metres tall") or a time adverb.
bool measure_word(const std::string& w) {
  return in(w, {"tall", "long", "wide", "high", "deep", "thick", "across", "away", "old", "earlier", "later", "ago",
                "apart", "late", "early", "each", "per", "a", "an"});
}

bool preposition(const std::string& w) {
  return in(w, {"behind", "beside", "near", "among", "between", "with", "without", "in", "on", "at", "for", "from", "of",
                "to", "by", "under", "over", "through", "during", "after", "before", "since", "until", "against",
                "across", "around", "inside", "outside", "beyond", "alongside", "amid", "towards", "toward", "above",
                "below"});
}

// Where "it" stands as an object in the question ("approved it on 27 March"), or npos.
std::size_t object_it(const std::string& q) {
  const std::vector<Word> w = split_words(q);
  for (std::size_t i = 1; i < w.size(); ++i) {
    const std::string next = i + 1 < w.size() ? lower(w[i + 1].text) : "";
    if (w[i].text == "it" && (verb_word(lower(w[i - 1].text)) || preposition(lower(w[i - 1].text))) &&
        (next.empty() || preposition(next) || in(next, {"which", "what", "how", "and"})))
      return w[i].b;
  }
  return std::string::npos;
}

// "Finland's accession" ending a sentence: an owner's name and one or two words in lower case, or "".
std::string final_possessive_phrase(const std::string& sentence) {
  const std::vector<Word> w = split_words(sentence);
  for (std::size_t i = w.size() >= 3 ? w.size() - 3 : 0; i + 1 < w.size(); ++i) {
    if (!ends_with(w[i].text, "'s") || !is_upper(w[i].text[0])) continue;
    for (std::size_t k = i + 1; k < w.size(); ++k)
      if (!is_lower(w[k].text[0])) return "";
    return sentence.substr(w[i].b, w.back().e - w[i].b);
  }
  return "";
}

}  // namespace

std::string resolve_object_it(const std::string& question, const std::string& sentence, const std::string& before) {
  const std::size_t at = object_it(question);
  if (at == std::string::npos) return question;
  std::string it;
  // "L2 lies ... from the Earth, and Webb reached it": the name that opens the sentence, when the question left it out.
  const std::vector<Word> sw = split_words(sentence);
  if (sw.size() > 2 && sw[0].b == 0 && is_upper(sw[0].text[0]) && !is_sentence_starter(sw[0].text) &&
      is_lower(sw[1].text[0]) && verb_word(lower(sw[1].text)) && sentence.find(", and ") != std::string::npos &&
      question.find(std::string(sw[0].text)) == std::string::npos)
    it = std::string(sw[0].text);
  // "Every member had to ratify Finland's accession. Hungary's parliament approved it ...": the phrase that ends the
  // sentence before.
  if (it.empty()) it = final_possessive_phrase(before);
  if (it.empty()) return question;
  return question.substr(0, at) + it + question.substr(at + 2);
}

bool stem_is_grammatical(const std::string& core, const std::string& wh) {
  const std::size_t at = core.find(wh);
  if (wh.empty() || at == std::string::npos) return true;  // the rule wrote its own question
  const std::vector<Word> w = split_words(core);
  std::size_t wi = 0;  // the first word of the wh phrase
  while (wi < w.size() && w[wi].b < at) ++wi;
  std::size_t after = wi;  // the first word after it
  while (after < w.size() && w[after].b < at + wh.size()) ++after;
  // "the how many members", "its what percentage target", "the Party's which body", "which how many countries":
  // a determiner or an owner cannot stand before a question word.
  if (wi > 0 && w[wi - 1].e + 1 == at) {
    const std::string prev = lower(w[wi - 1].text);
    // "announced that which union had become ...": "that" after a verb opens a clause, it is no determiner.
    const bool conjunction = prev == "that" && wi >= 2 && verb_word(lower(w[wi - 2].text));
    if ((!conjunction && is_determiner(prev)) || in(prev, {"which", "what", "whose"}) || ends_with(prev, "'s") ||
        ends_with(prev, "\xE2\x80\x99s"))
      return false;
  }
  if (after < w.size() && w[after].b == at + wh.size() + 1) {
    const std::string next = lower(w[after].text);
    // "on which date 30 March": the asked words left part of themselves behind.
    if (is_digit(w[after].text[0])) return false;
    // "its observing post how many million kilometres from Earth": a measure after a noun, with no verb to ask it.
    const std::string before_wh = wi > 0 ? lower(w[wi - 1].text) : "";
    if (starts_with(wh, "how many") && wi > 0 && w[wi - 1].e + 1 == at && is_lower(w[wi - 1].text[0]) &&
        !is_function_word(before_wh) && !preposition(before_wh) && !verb_word(before_wh) && !ends_with(before_wh, "s") &&
        in(next, {"from", "away", "across", "long", "wide", "tall", "high", "deep"}))
      return false;
    // "a policy of how many days meeting": the figure was a modifier of the noun after it.
    if (starts_with(wh, "how many") && is_lower(w[after].text[0]) && !is_function_word(next) && !preposition(next) &&
        !measure_word(next) && !verb_word(next) && !ends_with(next, "ly"))
      return false;
  }
  // "... invited the Union's chairperson, which Comoros president?": a question word as an apposition at the end.
  if (at >= 2 && core.compare(at - 2, 2, ", ") == 0 && at + wh.size() == core.size() && !preposition(split_words(wh)[0].text.size() ? lower(split_words(wh)[0].text) : ""))
    return false;
  // "the primary mirror, how many metres across, is made of ...": a question word inside a short apposition.
  const std::size_t open = core.rfind(", ", at);
  const std::size_t close = core.find(", ", at + wh.size());
  if (open != std::string::npos && close != std::string::npos) {
    const std::vector<Word> inside = split_words(std::string_view(core).substr(open + 2, close - open - 2));
    bool verb = false;
    for (const Word& x : inside) verb = verb || (is_lower(x.text[0]) && verb_word(lower(x.text)));
    if (!verb && inside.size() <= split_words(wh).size() + 3) return false;
  }
  // Some word in lower case outside the asked words that is no function word: "on which date, Rengo, the Japanese
  // Trade Union Confederation" has none, so it has no verb.
  bool content = false;
  for (std::size_t i = 0; i < w.size(); ++i)
    if ((i < wi || i >= after) && is_lower(w[i].text[0]) &&
        ((!is_function_word(lower(w[i].text)) && !preposition(lower(w[i].text))) ||
         in(lower(w[i].text), {"is", "are", "was", "were", "has", "have", "had"})))
      content = true;
  if (!content) return false;
  // "on which date, Rengo said ...": a fronted question phrase cut off by a comma.
  if (at == 0 && core.compare(wh.size(), 1, ",") == 0) return false;
  if (wi == 1 && w[0].b == 0 && preposition(lower(w[0].text)) && core.compare(at + wh.size(), 1, ",") == 0) return false;
  // "behind the National Coalition Party led by whom and ...": a prepositional phrase with no clause after it.
  if (!w.empty() && w[0].b == 0 && preposition(lower(w[0].text)) && wi > 0 && core.find(", ") == std::string::npos)
    return false;
  return true;
}

std::size_t stem_words(const std::string& question) {
  static const std::string lead = "According to the article, ";
  const std::string_view q = starts_with(question, lead) ? std::string_view(question).substr(lead.size()) : question;
  return split_words(q).size();
}

std::string stem_context_flaw(const std::string& question) {
  static const std::string lead = "According to the article, ";
  if (!starts_with(question, lead)) return "";
  const std::vector<Word> w = split_words(std::string_view(question).substr(lead.size()));
  if (w.empty()) return "";
  // "the move leaves ...", "the decision followed ...": a noun that only points back at what the article said before.
  if (w.size() > 2 && w[0].b == 0 && lower(w[0].text) == "the" &&
      in(lower(w[1].text), {"move", "decision", "step", "announcement", "development", "shift", "change", "measure",
                            "news", "outcome", "result", "latter", "former"}))
    return "'" + std::string(w[0].text) + " " + std::string(w[1].text) + "' points back at what the article said before";
  // "this strategic directive ...", "these restrictions ...": a demonstrative whose noun the article named before.
  if (w[0].b == 0 && in(lower(w[0].text), {"this", "these", "that", "those"}) && w.size() > 1 && is_lower(w[1].text[0]))
    return "'" + std::string(w[0].text) + " " + std::string(w[1].text) + "' points back at what the article said before";
  // "otherwise, the booster would ...": an adverb that compares with a sentence the question does not have.
  if (w[0].b == 0 && in(lower(w[0].text), {"otherwise", "instead", "meanwhile", "however", "still", "also", "then"}))
    return "'" + std::string(w[0].text) + "' needs the sentence before it";
  for (std::size_t i = 0; i < w.size(); ++i) {
    const std::string x = lower(w[i].text);
    const std::string prev = i > 0 ? lower(w[i - 1].text) : "";
    const std::string next = i + 1 < w.size() ? lower(w[i + 1].text) : "";
    // "approved it on 27 March", "to do so", "above that target", "those of the 30 other allies".
    if (x == "it" && i > 0 && (verb_word(prev) || preposition(prev)) &&
        (next.empty() || preposition(next) || in(next, {"which", "what", "how", "and"})))
      return "'it' with nothing before it to read it as";
    if (x == "so" && in(prev, {"do", "did", "does", "done"})) return "'" + prev + " so' with nothing before it";
    if (next == "of") continue;  // "since that of Winston Churchill": a pronoun for a noun just before
    if (in(x, {"these", "those"}) || (in(x, {"this", "that"}) && i > 0 && preposition(prev) &&
                                      !in(next, {"year", "week", "month", "time", "day", "morning", "evening"})))
      return "'" + x + "' with nothing before it to read it as";
  }
  return "";
}

}  // namespace factdeck::suggest_detail

namespace factdeck::suggest_detail {

void vet_stem(Candidate& c) {
  if (!c.missing.empty()) return;
  const std::string q = c.fact.question.str();
  const std::size_t gap = q.find("goes in the gap: \xE2\x80\x9C");
  if (gap != std::string::npos) {
    // A sentence of the article with a hole: fine as a cloze when short; a long one asks the learner to parse the
    // article again rather than to recall the fact.
    if (split_words(std::string_view(q).substr(gap + 20)).size() > kMaxGapWords)
      c.missing = "a question of its own (the drafted one is a long sentence with a gap)";
    return;
  }
  if (c.fact.kind == Kind::Opinion) return;
  if (stem_words(q) > kMaxStemWords) {
    c.missing = "a shorter question (the drafted one has " + std::to_string(stem_words(q)) + " words)";
    return;
  }
  if (const std::string flaw = stem_context_flaw(q); !flaw.empty()) c.missing = "a question that stands alone: " + flaw;
}

}  // namespace factdeck::suggest_detail

namespace factdeck::suggest_detail {

namespace {
const std::string kLead = "According to the article, ";

// Endings of English adjectives and abstract nouns, which a name rarely has.
const std::string_view kCommonEndings[] = {"ic", "ical", "al", "ous", "ive", "ful", "less", "tion", "sion", "ment",
                                           "ness", "ity", "ing", "ed", "ly", "ary", "ern"};

bool title_or_starter(std::string_view w) {
  return is_sentence_starter(w) ||
         in(lower(w), {"governor", "president", "minister", "prime", "secretary", "general", "king", "queen", "mr", "mrs",
                       "ms", "dr", "chancellor", "archbishop", "pope", "prince", "princess", "foreign", "leader",
                       "chairman", "chief", "senator", "judge", "professor", "sir", "lady", "lord", "commander"});
}
}  // namespace

std::string full_name_for_surname(const std::string& question, const std::string& article, const Content* lexicon) {
  if (!starts_with(question, kLead)) return question;
  const std::vector<Word> q = split_words(std::string_view(question).substr(kLead.size()));
  if (q.size() < 2 || q[0].b != 0 || !is_upper(q[0].text[0]) || !is_lower(q[1].text[0]) || title_or_starter(q[0].text) ||
      lexicon_class(lexicon, q[0].text))
    return question;
  const std::vector<Word> w = split_words(article);
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    std::string_view last = w[i + 1].text;
    if (ends_with(last, "'s")) last.remove_suffix(2);
    const std::string_view given = w[i].text.substr(1);
    const bool plain = std::all_of(given.begin(), given.end(), is_lower);  // "Laurent", not "ZmeeLove" or "US"
    if (last != q[0].text || w[i].e + 1 != w[i + 1].b || article[w[i].e] != ' ' || !is_upper(w[i].text[0]) || !plain ||
        ends_with(w[i].text, "'s") || title_or_starter(w[i].text))
      continue;
    return kLead + std::string(w[i].text) + " " + question.substr(kLead.size());
  }
  return question;
}

std::string sentence_case_after_lead(const std::string& question, const std::set<std::string>& proper) {
  if (!starts_with(question, kLead) || question.size() <= kLead.size()) return question;
  const std::vector<Word> q = split_words(std::string_view(question).substr(kLead.size()));
  if (q.empty() || q[0].b != 0 || !is_upper(q[0].text[0]) || q[0].text.size() < 2) return question;
  const std::string_view rest = q[0].text.substr(1);
  if (std::any_of(rest.begin(), rest.end(), [](char ch) { return is_upper(ch) || is_digit(ch) || ch == '-'; })) return question;
  if (proper.count(std::string(q[0].text))) return question;
  // Only a word that reads as a common one: "Scientific", "Official"; "Webb", "Ship 30" may be names.
  const std::string first = lower(q[0].text);
  const bool common = std::any_of(std::begin(kCommonEndings), std::end(kCommonEndings),
                                  [&](std::string_view e) { return first.size() > e.size() + 2 && ends_with(first, e); });
  if (!common || (q.size() > 1 && is_digit(q[1].text[0]))) return question;
  std::string out = question;
  out[kLead.size()] = to_lower(out[kLead.size()]);
  return out;
}

}  // namespace factdeck::suggest_detail
