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

bool is_weekday(std::string_view w) {
  return in(w, {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"});
}

// Nouns that name one thing wherever they stand: "the Sun" needs no sentence before it.
bool unique_reference(const std::string& noun) {
  return in(noun, {"sun", "moon", "earth", "world", "universe", "internet", "public", "economy"});
}

// Verbs whose object a question cannot leave out: "the 50th state to ratify on which date" (ratify what?).
bool needs_object(const std::string& w) {
  return in(w, {"ratify", "ratified", "sign", "signed", "join", "joined", "approve", "approved", "adopt", "adopted",
                "endorse", "endorsed"});
}

// Events and documents that "the" alone never names, wherever they stand: "on the day of the vote", "the text".
bool event_noun(const std::string& w) { return in(w, {"vote", "talks", "negotiations", "rally", "text", "deal"}); }

// Events that a bare "the" opening a stem names only with a name elsewhere in it: "the signal was picked up by the
// detectors of LIGO", not "the prize was accepted in Oslo". (Other bare subjects are read as the article's name for
// them where it gives one, and otherwise left: "the fire broke out on the evening of 15 April 2019".)
bool anchored_event_noun(const std::string& w) {
  return in(w, {"signal", "prize", "award", "walkout", "strike", "findings", "detection", "ceremony", "agreement",
                "event", "discovery", "announcement"});
}

}  // namespace

std::size_t bare_definite_subject(const std::string& stem) {
  const std::vector<Word> w = split_words(stem);
  if (w.size() < 3 || w[0].b != 0 || lower(w[0].text) != "the" || !is_lower(w[1].text[0])) return 0;
  const std::string noun = lower(w[1].text);
  if (is_function_word(noun) || unique_reference(noun) || noun.find('\'') != std::string::npos ||
      noun.find("\xE2\x80\x99") != std::string::npos || w[1].text.find('-') != std::string_view::npos)
    return 0;
  // "the rally followed", "the text was adopted", "the signal, picked up ..., reached": the noun then its verb.
  const std::string next = lower(w[2].text);
  if (!is_lower(w[2].text[0]) || !(verb_word(next) || in(next, {"opened", "ended", "followed"}))) return 0;
  return w[1].e;
}

namespace {

// The name in `text` around its word i ("Super Heavy booster", "Treaty on the Prohibition of Nuclear Weapons", "2017
// Nobel Peace Prize", "New Delhi Leaders' Declaration"), or "" when word i stands alone.
std::string name_around(const std::string& text, const std::vector<Word>& w, std::size_t i) {
  auto joined = [&](std::size_t a) {
    const std::size_t gap = w[a + 1].b - w[a].e;
    return (gap == 1 && text[w[a].e] == ' ') || (gap == 2 && text.compare(w[a].e, 2, "' ") == 0) ||
           (gap == 4 && text.compare(w[a].e, 4, "\xE2\x80\x99 ") == 0);
  };
  // Capitalised words and a year before it, with "de", "of" between them ("the Notre-Dame de Paris cathedral").
  auto name_word = [&](std::size_t a) {
    return (is_upper(w[a].text[0]) || is_digit(w[a].text[0])) && !ends_with(w[a].text, "'s") &&
           (a == 0 || !is_sentence_starter(w[a].text) || w[a].text == "The");
  };
  std::size_t first = i, last = i;
  while (first > 0 && joined(first - 1) &&
         (name_word(first - 1) ||
          (first >= 2 && in(w[first - 1].text, {"de", "du", "of", "la"}) && joined(first - 2) && name_word(first - 2))))
    --first;
  if (w[first].text == "The") ++first;
  // "of", "on", "the" between capitalised words after it; a day or a month is a time, no part of the name.
  for (std::size_t k = i + 1; k < w.size() && joined(k - 1); ++k) {
    if (is_month(w[k].text) || is_weekday(w[k].text)) break;
    if (is_upper(w[k].text[0])) last = k;
    else if (!in(w[k].text, {"of", "on", "for", "the"})) break;
  }
  return first == last ? "" : text.substr(w[first].b, w[last].e - w[first].b);
}

}  // namespace

std::string resolve_definite_subject(const std::string& question, const std::string& before) {
  static const std::string lead = "According to the article, ";
  if (!starts_with(question, lead)) return question;
  const std::string stem = question.substr(lead.size());
  const std::vector<Word> w = split_words(before);
  // "the text was adopted ...", "led the negotiations on the text": the text of the first document the article names.
  if (const std::size_t at = (" " + stem).find(" the text "); at != std::string::npos || ends_with(stem, " the text?")) {
    const std::size_t pos = at != std::string::npos ? at : stem.size() - 9;
    for (std::size_t i = 0; i < w.size() && stem.compare(pos + 8, 3, " of") != 0; ++i)
      if (in(w[i].text, {"Treaty", "Declaration", "Agreement", "Act", "Convention", "Accord", "Protocol", "Charter"}))
        if (const std::string name = name_around(before, w, i); !name.empty())
          return lead + stem.substr(0, pos) + "the text of the " + name + stem.substr(pos + 8);
  }
  const std::size_t end = bare_definite_subject(stem);
  if (end == 0) return question;
  const std::string noun = stem.substr(4, end - 4);
  for (std::size_t i = 0; i < w.size(); ++i) {
    // "the Treaty on ...", "the Super Heavy booster": the noun as the head of a name, or after a name's words.
    if (w[i].text != noun && w[i].text != capitalize_first(noun)) continue;
    // The noun alone names nothing more than "the treaty" does.
    if (const std::string name = name_around(before, w, i); !name.empty()) return lead + "the " + name + stem.substr(end);
  }
  return question;
}

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

std::string time_frame_flaw(const std::string& text) {
  bool changes = false, dated = false;
  for (const Word& x : split_words(text)) {
    const std::string l = lower(x.text);
    changes = changes || in(l, {"sold", "revenue", "revenues", "profit", "profits", "sales", "price", "prices"});
    dated = dated || is_month(x.text) || (x.text.size() == 4 && std::all_of(x.text.begin(), x.text.end(), is_digit));
  }
  return changes && !dated ? "a figure that changes with time, with no year or date to say when" : "";
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
  // "the rally followed ...", "the fire broke out ...": a bare noun for what the article named before, with no name in
  // the stem to tell which ("the booster returned to Starbase" says enough).
  const bool named = std::any_of(w.begin() + 1, w.end(), [](const Word& x) {
    return is_upper(x.text[0]) && !is_month(x.text) && !is_weekday(x.text) && x.text != "I";
  });
  if (!named && bare_definite_subject(question.substr(lead.size())) && anchored_event_noun(lower(w[1].text)))
    return "'" + std::string(w[0].text) + " " + std::string(w[1].text) + "' points back at what the article said before";
  // "in August of which year, weeks before Jobs died in October that year": the year asked is the one meant.
  const bool has_year = question.find("which year") != std::string::npos || std::any_of(w.begin(), w.end(), [](const Word& x) {
    return x.text.size() == 4 && std::all_of(x.text.begin(), x.text.end(), is_digit);
  });
  for (std::size_t i = 0; i < w.size(); ++i) {
    const std::string x = lower(w[i].text);
    const std::string prev = i > 0 ? lower(w[i - 1].text) : "";
    const std::string next = i + 1 < w.size() ? lower(w[i + 1].text) : "";
    // "approved it on 27 March", "to do so", "above that target", "those of the 30 other allies".
    if (x == "it" && i > 0 && (verb_word(prev) || preposition(prev)) &&
        (next.empty() || preposition(next) || in(next, {"which", "what", "how", "and"})))
      return "'it' with nothing before it to read it as";
    if (x == "so" && in(prev, {"do", "did", "does", "done"})) return "'" + prev + " so' with nothing before it";
    // "has not signed either", "France voted too": a comparison with a sentence the question does not have.
    if (in(x, {"either", "too"}) && i + 1 == w.size()) return "'" + x + "' needs the sentence before it";
    // "in Oslo that December", "later that year": a time the article gave before, when the stem has no year.
    if (x == "that" && !has_year && ((i + 1 < w.size() && is_month(w[i + 1].text)) ||
                                     in(next, {"year", "day", "week", "month", "spring", "summer", "autumn", "winter"})))
      return "'that " + next + "' with no year to read it by";
    // "the 50th state to ratify on which date", "has joined": ratify what? ("adopted in Nagoya" after a noun is passive.)
    if (needs_object(x) && in(prev, {"to", "has", "have", "had"}) &&
        (next.empty() || (preposition(next) && next != "by") || in(next, {"which", "what", "how"})))
      return "'" + prev + " " + x + "' with no object";
    if (x == "the" && event_noun(next)) {
      const std::string after = i + 2 < w.size() ? lower(w[i + 2].text) : "";
      if (!in(after, {"of", "on", "over", "for", "to"})) return "'the " + next + "' points back at what the article said before";
    }
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
  static const std::string kLead = "According to the article, ";
  if (!c.missing.empty()) return;
  const std::string q = c.fact.question.str();
  const std::size_t gap = q.find("goes in the gap: \xE2\x80\x9C");
  if (gap != std::string::npos) {
    // A sentence of the article with a hole: fine as a cloze when short; a long one asks the learner to parse the
    // article again rather than to recall the fact.
    const std::string text = q.substr(gap + 20);
    if (split_words(text).size() > kMaxGapWords) {
      c.missing = "a question of its own (the drafted one is a long sentence with a gap)";
      return;
    }
    // A short one must stand alone as a question does ("It sold ___", "has joined: ___"), and keep the noun a figure
    // counts ("has ___ 4 kilometres long": "two arms" went into the gap).
    const std::size_t hole = text.find("___");
    std::string flaw = stem_context_flaw(kLead + lower_first_word(text.substr(0, text.size() - 4)));
    const std::vector<Word> w = split_words(text);
    // "It sold ___ phones" (not "It was the third time ..., after 1900 and ___": no one is meant by that "It").
    if (!w.empty() && w[0].b == 0 && in(w[0].text, {"It", "He", "She", "They", "Its", "His", "Her", "Their"}) &&
        !(w[0].text == "It" && w.size() > 1 && in(w[1].text, {"is", "was"})))
      flaw = "'" + std::string(w[0].text) + "' with nothing before it to read it as";
    if (hole != std::string::npos && hole + 4 < text.size() && text[hole + 3] == ' ' && is_digit(text[hole + 4]))
      flaw = "the gap takes the noun its figure counts";
    // "helped by the ___ iPhone X": a figure that only qualifies the name after it.
    if (hole != std::string::npos && hole >= 4 && text.compare(hole - 4, 4, "the ") == 0 && hole + 4 < text.size() &&
        text[hole + 3] == ' ' && is_upper(text[hole + 4]))
      flaw = "the gap qualifies the name after it";
    if (flaw.empty() && c.fact.kind == Kind::Number) flaw = time_frame_flaw(text);
    if (!flaw.empty()) c.missing = "a question of its own (the drafted one is a sentence with a gap): " + flaw;
    return;
  }
  if (c.fact.kind == Kind::Opinion) {
    // "The world has been waiting for this legal norm", "today's milestone": a quote whose words point back at what
    // the article said before it is no statement a learner can judge alone.
    const std::string quote = c.fact.text.str();
    const std::vector<Word> w = split_words(quote);  // views into `quote`
    for (std::size_t i = 0; c.rule == "opinion-quote" && i + 1 < w.size(); ++i) {
      const std::string x = lower(w[i].text), next = lower(w[i + 1].text);
      const bool demonstrative = in(x, {"this", "these"}) && is_lower(next[0]) && !is_function_word(next) &&
                                 !in(next, {"is", "was", "year", "week", "month"});
      if (!demonstrative && !in(x, {"today's", "today\xE2\x80\x99s"})) continue;
      c.missing = "a quote that stands alone: '" + std::string(w[i].text) + " " + std::string(w[i + 1].text) +
                  "' points back at what the article said before";
      return;
    }
    return;
  }
  if (stem_words(q) > kMaxStemWords) {
    c.missing = "a shorter question (the drafted one has " + std::to_string(stem_words(q)) + " words)";
    return;
  }
  std::string flaw = stem_context_flaw(q);
  if (flaw.empty() && c.fact.kind == Kind::Number) flaw = time_frame_flaw(q);
  if (!flaw.empty()) c.missing = "a question that stands alone: " + flaw;
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
