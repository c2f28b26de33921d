// Drafts a candidate's statement (the sentence with {answer}) and question (the clause asked as "... in which year?").
#include <algorithm>
#include <string>

#include "suggest/rules.h"

namespace factdeck::suggest_detail {
namespace {

// A trailing clause that can be dropped from a question without breaking it: it opens with a
// preposition, a conjunction, a relative pronoun or a participle ("with per capita GDP reaching ...").
bool subordinate_opening(std::string_view segment) {
  const std::vector<Word> words = split_words(segment);
  if (words.empty()) return true;
  const std::string w = lower(words[0].text);
  if (words[0].b > 0) return true;  // opens with a bracket or a quote
  if (ends_with(w, "ing") && w.size() > 5) return true;
  // "hosted by Secretary General Jens Stoltenberg", "attended by dozens of heads of state": a participle and its agent.
  if (words.size() > 1 && lower(words[1].text) == "by" && (ends_with(w, "ed") || in(w, {"led", "held", "run", "made", "won"})))
    return true;
  if (in(w, {"exactly", "nearly", "almost", "about", "around", "roughly"})) return true;  // "exactly 74 years earlier"
  // "twenty days after it was published ...", "three days later": a span that dates the clause before it.
  if (words.size() > 2 && (is_digit(w[0]) || in(w, {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                                     "twenty", "thirty", "several", "many", "some"})) &&
      in(lower(words[2].text), {"after", "before", "later", "earlier", "ago"}))
    return true;
  return in(w, {"with", "while", "which", "who", "whom", "whose", "as", "including", "in", "after", "before", "amid",
                "despite", "following", "particularly", "especially", "such", "compared", "and", "but", "although",
                "though", "because", "since", "so", "where", "when", "thereby", "thus", "most", "notably", "even", "not",
                "from", "to", "for", "by", "on", "under", "over", "through", "via", "like", "according", "or", "than",
                "up", "at", "among", "partly", "largely", "mainly", "if", "unless", "whereas", "said", "says",
                // an apposition ("..., the first state funeral since 1965"): it says more, it is no part of the question
                "the", "a", "an"});
}

}  // namespace

bool verb_word(const std::string& w) {
  return in(w, {"is", "was", "were", "are", "has", "had", "have", "will", "would", "can", "could", "did", "does", "won",
                "took", "held", "led", "made", "became", "becomes", "said", "met", "left", "lost", "kept", "fell", "rose",
                "grew", "came", "went", "gave", "got", "ran", "began", "saw", "told", "wrote", "chose", "brought",
                "lies", "lay", "reached", "shows", "leads", "holds", "wins", "joined", "remains", "built", "cost",
                "caught", "struck", "flew", "sent", "spent", "paid", "sold", "bought", "stood", "fought", "drew", "broke",
                "found", "set", "put", "hit", "meant", "felt", "thought", "spoke", "threw", "won", "sat", "sank"}) ||
         (w.size() > 4 && ends_with(w, "ed"));
}

namespace {

// A clause that starts with its verb ("fell to 121 seats", "was handed over"): a predicate whose subject is elsewhere.
bool predicate_opening(std::string_view segment) {
  std::vector<Word> words = split_words(segment);
  // "then separated from Vikram": an adverb before the verb.
  if (words.size() > 1 && words[0].b == 0 && in(lower(words[0].text), {"then", "later", "also", "soon", "finally", "eventually",
                                                                       "subsequently", "quickly", "still", "already"}))
    words.erase(words.begin()), words[0].b = 0;
  if (words.empty() || words[0].b > 0 || !is_lower(words[0].text[0])) return false;
  const std::string w = lower(words[0].text);
  return verb_word(w) || (ends_with(w, "s") && !is_function_word(w) && w.size() > 3 && words.size() > 1 &&
                          is_function_word(lower(words[1].text)));
}

// A clause with a verb of its own, which can stand as a question.
bool clause_with_verb(std::string_view segment) {
  const std::vector<Word> words = split_words(segment);
  if (words.size() < 3) return false;
  const std::string first = lower(words[0].text);
  if (in(first, {"in", "on", "at", "from", "to", "for", "by", "with", "after", "before", "during", "since", "of"}) ||
      ends_with(first, "ing"))  // "ending 14 years of ...": a participle, its subject is elsewhere
    return false;
  for (const Word& w : words)
    if (is_lower(w.text[0]) && w.text.find('-') == std::string_view::npos && verb_word(lower(w.text))) return true;
  return false;
}

struct Segment {
  std::size_t b = 0, e = 0;
  bool after_colon = false;  // "...: A, B and C": what follows a colon explains, it is no part of the question
};

// "Egypt, Ethiopia, Iran": a comma between two capitalised words joins a list of names, it ends no clause.
bool comma_in_names(const std::string& t, std::size_t i) {
  std::size_t a = i;
  while (a > 0 && is_alnum(t[a - 1])) --a;
  return a < i && is_upper(t[a]) && i + 2 < t.size() && is_upper(t[i + 2]);
}

// Clause boundaries outside quotes, brackets and the asked words: commas, semicolons, colons, dashes.
std::vector<Segment> segments(const std::string& t, std::size_t end, std::size_t qb, std::size_t qe) {
  const std::vector<Quote> quotes = find_quotes(t);
  std::vector<Segment> out;
  std::size_t start = 0;
  bool colon_before = false;
  int depth = 0;
  for (std::size_t i = 0; i < end;) {
    std::size_t n = 1;
    decode_at(t, i, &n);
    if (n == 0) n = 1;
    const char c = t[i];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    const bool quoted = std::any_of(quotes.begin(), quotes.end(), [&](const Quote& q) { return q.open < i && i < q.close_e; });
    const bool asked = qb <= i && i < qe;
    std::size_t cut = 0;  // length of the boundary mark
    if (!quoted && !asked && depth == 0) {
      if ((c == ',' || c == ';' || c == ':') && i + 1 < end && t[i + 1] == ' ' && !(c == ',' && comma_in_names(t, i))) cut = 1;
      else if (c == ' ' && (t.compare(i, 5, " \xE2\x80\x94 ") == 0 || t.compare(i, 5, " \xE2\x80\x93 ") == 0)) cut = 4;
      else if (c == ' ' && t.compare(i, 3, " - ") == 0) cut = 2;
    }
    if (cut) {
      const bool colon_next = c == ':';
      out.push_back({start, i, colon_before});
      colon_before = colon_next;
      i += cut;
      while (i < end && t[i] == ' ') ++i;
      start = i;
      continue;
    }
    i += n;
  }
  out.push_back({start, end, colon_before});
  return out;
}

// Where the sentence's text ends before its closing punctuation.
std::size_t body_end(const std::string& t) {
  std::size_t end = t.size();
  while (end > 0 && t[end - 1] == ' ') --end;
  if (end > 0 && (t[end - 1] == '.' || t[end - 1] == '!' || t[end - 1] == '?')) --end;
  while (end > 0 && t[end - 1] == ' ') --end;
  return end;
}

// A question that would open inside a time clause ("twenty days after it was published ...", "three days after
// which lander ...") or with "then", "which phrase of": not a question a person writes.
bool opens_mid_clause(const std::string& core) {
  const std::vector<Word> w = split_words(core);
  if (w.empty()) return true;
  if (in(lower(w[0].text), {"then", "after", "before", "since", "until", "because", "although", "though", "when"})) return true;
  for (std::size_t i = 1; i < w.size() && i < 3; ++i)
    if (in(lower(w[i].text), {"after", "before"}) && in(lower(w[i - 1].text), {"days", "weeks", "months", "years", "hours",
                                                                              "minutes", "shortly", "soon", "just", "long"}))
      return true;
  return false;
}

std::string clean_core(std::string core) {
  core = trim(core);
  while (!core.empty() && std::string_view(",;:").find(core.back()) != std::string_view::npos) core.pop_back();
  return lower_first_word(trim(core));
}

// "The James Webb Space Telescope, the largest ... ever built, was launched ...": an apposition between commas that
// opens with a determiner (or "then the", "officially the") after a noun, before the sentence goes on in lower case.
// It says more about the noun; a question does not need it. Removed from `t`, the asked span moved with the text.
void drop_appositions(std::string& t, std::size_t& qb, std::size_t& qe) {
  for (bool again = true; again;) {
    again = false;
    const std::vector<Segment> segs = segments(t, body_end(t), qb, qe);
    for (std::size_t k = 1; k + 1 < segs.size(); ++k) {
      const std::string seg = t.substr(segs[k].b, segs[k].e - segs[k].b);
      const std::vector<Word> w = split_words(seg);
      if (w.empty() || w.size() > 12 || w[0].b != 0 || segs[k].after_colon || segs[k + 1].after_colon) continue;
      if (t.compare(segs[k - 1].e, 2, ", ") != 0 || t.compare(segs[k].e, 2, ", ") != 0) continue;
      std::size_t d = 0;
      if (in(lower(w[0].text), {"then", "now", "formerly", "officially"}) && w.size() > 1) d = 1;
      const std::size_t n0 = w.size() > 3 && in(lower(w[0].text), {"often", "also", "widely", "commonly"}) ? 1 : 0;
      const bool named = w.size() > n0 + 2 && ((in(lower(w[n0].text), {"known", "nicknamed"}) && lower(w[n0 + 1].text) == "as") ||
                                               lower(w[n0].text) == "called");
      if (!named && !in(lower(w[d].text), {"the", "a", "an"})) continue;
      if (qb < segs[k].e + 2 && segs[k - 1].e < qe) continue;  // the asked words are in it, or in its commas
      const std::string rest = t.substr(segs[k + 1].b, segs[k + 1].e - segs[k + 1].b);
      const std::vector<Word> next = split_words(rest);  // views into `rest`, which outlives them
      if (next.empty() || !is_lower(next[0].text[0]) || is_determiner(lower(next[0].text)) ||
          in(lower(next[0].text), {"and", "or", "but"}))
        continue;
      // ", the rocket company led by Elon Musk," -> " "; ", the alliance's founding document, which" -> ", which".
      const std::size_t from = segs[k - 1].e, to = segs[k].e + (in(lower(next[0].text), {"which", "who"}) ? 0 : 1);
      t.erase(from, to - from);
      if (qb >= to) qb -= to - from, qe -= to - from;
      again = true;
      break;
    }
  }
}

}  // namespace

std::string without_appositions(const std::string& text) {
  std::string t = text;
  std::size_t b = t.size(), e = t.size();
  drop_appositions(t, b, e);
  return t;
}

namespace {

// The noun phrase that ends a clause ("the depositary of the North Atlantic Treaty" -> "the North Atlantic Treaty"),
// from its last determiner; empty when none is near the end.
std::string trailing_noun_phrase(const std::string& clause, std::size_t window = 6) {
  const std::vector<Word> w = split_words(clause);
  for (std::size_t i = w.size(); i-- > 0 && w.size() - i <= window;)
    if (in(lower(w[i].text), {"the", "a", "an"}) || ends_with(w[i].text, "'s")) return clause.substr(w[i].b);
  return "";
}

// The subject of a clause: its words before the first verb ("the Nikkei 225 index surpassed ..."), or "".
std::string clause_subject(const std::string& clause) {
  const std::vector<Word> w = split_words(clause);
  for (std::size_t i = 1; i < w.size() && i <= 5; ++i)
    if (is_lower(w[i].text[0]) && verb_word(lower(w[i].text)))
      return is_determiner(lower(w[0].text)) || is_upper(w[0].text[0]) ? clause.substr(0, w[i - 1].e) : "";
  return "";
}

// "twelve countries signed in Washington" with the antecedent "the North Atlantic Treaty": the object put back after
// the relative clause's verb ("twelve countries signed the North Atlantic Treaty in Washington"), or "".
std::string object_relative(const std::string& rel, const std::string& antecedent, const std::string& wh) {
  const std::size_t at = rel.find(wh);
  for (const Word& x : split_words(rel)) {
    if (at != std::string::npos && x.b >= at && x.b < at + wh.size()) continue;
    if (is_lower(x.text[0]) && verb_word(lower(x.text)))
      return rel.substr(0, x.e) + " " + antecedent + rel.substr(x.e);
  }
  return "";
}

// "These restrictions, which began ... in 2022, aim to ..." -> "the restrictions began ... in which year".
std::string quiz_question(std::string t, std::size_t qb, std::size_t qe, const std::string& wh) {
  // "... 'significantly rise,' with ..." -> "... 'significantly rise', with ...": the comma is the clause's.
  for (const Quote& q : find_quotes(t))
    if (q.inner_e > q.inner_b && t[q.inner_e - 1] == ',' && q.close_e <= t.size()) {
      const std::string mark = t.substr(q.inner_e, q.close_e - q.inner_e);
      t.replace(q.inner_e - 1, q.close_e - q.inner_e + 1, mark + ",");
      if (qe == q.close_e) qe -= 1;
    }
  if (qe > body_end(t)) return "";
  // "announced that the African Union had ...": "the" goes with the asked name, or the question reads "the which union".
  if (qb >= 4 && t.compare(qb - 4, 4, "the ") == 0 && (qb == 4 || t[qb - 5] == ' ') &&
      (starts_with(wh, "which ") || starts_with(wh, "how many")))
    qb -= 4;
  drop_appositions(t, qb, qe);
  const std::size_t end = body_end(t);
  const std::vector<Segment> segs = segments(t, end, qb, qe);
  std::size_t si = 0;
  while (si + 1 < segs.size() && segs[si].e <= qb) ++si;
  auto cut_after = [&](std::size_t from) {
    std::size_t e = segs[from].e;
    // After a fronted phrase with no verb ("On the war in Ukraine,"), the main clause follows, whatever it opens with.
    const std::string own = t.substr(segs[from].b, segs[from].e - segs[from].b);
    // "ending eight years of negative rates, the last such policy ...": a participle's clause ends before an apposition.
    const std::vector<Word> ow = split_words(own);
    bool verb = clause_with_verb(own) || (!ow.empty() && ends_with(lower(ow[0].text), "ing") && ow[0].text.size() > 5);
    // "On Friday, Rengo said ...": a fronted phrase the segment kept (a comma between two names) before its clause.
    if (const std::size_t comma = own.find(", "); !verb && comma != std::string::npos) verb = clause_with_verb(own.substr(comma + 2));
    for (std::size_t k = from + 1; k < segs.size(); ++k) {
      const std::string seg = t.substr(segs[k].b, segs[k].e - segs[k].b);
      const bool determiner = !split_words(seg).empty() && is_determiner(lower(split_words(seg)[0].text));
      if (segs[k].after_colon || (subordinate_opening(seg) && (verb || !determiner))) break;
      verb = verb || clause_with_verb(seg);
      e = segs[k].e;
    }
    return e;
  };
  if (segs[si].b > qb || segs[si].e < qe) return "";  // the asked words straddle a boundary
  const std::string before = trim(t.substr(segs[si].b, qb - segs[si].b));
  const std::string after = trim(t.substr(qe, segs[si].e - qe));
  std::string core;
  const bool subject_wh = starts_with(wh, "which ") || wh == "who" || starts_with(wh, "how many");
  if (si == 0 && before.empty() && after.empty() && segs.size() > 1 && subject_wh) {
    // The subject, then appositions ("France, the host nation, finished fifth"): the question asks the predicate.
    std::size_t k = 1;
    while (k + 1 < segs.size() && subordinate_opening(t.substr(segs[k].b, segs[k].e - segs[k].b)) &&
           !predicate_opening(t.substr(segs[k].b, segs[k].e - segs[k].b)))
      ++k;
    if (!predicate_opening(t.substr(segs[k].b, segs[k].e - segs[k].b))) return "";
    core = wh + " " + t.substr(segs[k].b, cut_after(k) - segs[k].b);
  } else if (si == 0 && before.empty() && after.empty() && segs.size() > 1) {
    // A fronted time or place ("By 2035, China aims ...") goes to the end of the main clause.
    core = t.substr(segs[1].b, cut_after(1) - segs[1].b) + " " + wh;
  } else if (si >= 1 && (starts_with(before, "which ") || starts_with(before, "who ") || before == "which") &&
             (split_words(t.substr(segs[si - 1].b, segs[si - 1].e - segs[si - 1].b)).size() <= 5 ||
              !trailing_noun_phrase(t.substr(segs[si - 1].b, segs[si - 1].e - segs[si - 1].b)).empty())) {
    // A relative clause on a short subject: ask it of the subject ("and Mr Starmer, who has led ..."), or of the noun
    // phrase that ends the clause before ("... the depositary of the North Atlantic Treaty, which twelve countries signed").
    const std::string body = before == "which" ? "" : before.substr(before.find(' ') + 1);
    std::string subject = t.substr(segs[si - 1].b, segs[si - 1].e - segs[si - 1].b);
    if (split_words(subject).size() > 5) subject = trailing_noun_phrase(subject);
    if (starts_with(subject, "and ") || starts_with(subject, "but ")) subject = subject.substr(subject.find(' ') + 1);
    const std::string rel = trim(body + " " + wh + (after.empty() ? "" : " " + after));
    if (predicate_opening(rel) || starts_with(rel, wh)) {
      // "which twelve countries signed ...": the relative pronoun is the object, the clause has a subject of its own.
      const std::string obj = !predicate_opening(rel) ? object_relative(rel, lower_first_word(subject), wh) : "";
      core = !obj.empty() ? obj : predicate_opening(rel) ? subject + " " + rel : "";
    } else {
      core = object_relative(rel, lower_first_word(subject), wh);
    }
    if (core.empty()) return "";
  } else if (si > 0 && clause_with_verb(t.substr(segs[si].b, segs[si].e - segs[si].b)) &&
             (segs[si].after_colon || !is_determiner(lower(split_words(t.substr(segs[si].b, segs[si].e - segs[si].b))[0].text)))) {
    // The asked words sit in a clause of their own ("..., where the flag was handed over to Los Angeles"): the
    // question is that clause, its subject put back when the clause starts with its verb.
    std::string clause = t.substr(segs[si].b, qb - segs[si].b);
    const std::vector<Word> cw = split_words(clause);
    if (!cw.empty() && cw[0].b == 0 && in(lower(cw[0].text), {"and", "but", "where", "while", "whereas", "so", "yet", "when"}))
      clause = clause.substr(cw[0].e + 1);
    const std::vector<Word> rest = split_words(clause);
    const std::string first = rest.empty() ? "" : lower(rest[0].text);
    const std::string seg0 = t.substr(segs[0].b, segs[0].e - segs[0].b);
    // "..., hosted by Secretary General Jens Stoltenberg": a participle after a comma describes the noun before the
    // comma, not the sentence's subject: "which secretary general hosted the ceremony at NATO headquarters in Brussels?"
    if (rest.size() <= 2 && !rest.empty() && (ends_with(first, "ed") || in(first, {"led", "held", "won", "made"})) &&
        (rest.size() == 1 ? wh == "by whom" : lower(rest[1].text) == "by")) {
      // The noun the participle describes: the event the clause introduces ("a ceremony at the palace"), else the
      // phrase that ends the clause.
      const std::string before_seg = t.substr(segs[si - 1].b, segs[si - 1].e - segs[si - 1].b);
      const std::vector<Word> bw = split_words(before_seg);
      std::string np = trailing_noun_phrase(before_seg, 8);
      for (std::size_t i = bw.size() > 8 ? bw.size() - 8 : 0; i < bw.size(); ++i)
        if (in(lower(bw[i].text), {"a", "an"})) {
          np = before_seg.substr(bw[i].b);
          break;
        }
      if (np.empty() || !in(lower(split_words(np)[0].text), {"a", "an", "the"})) return "";
      np = "the" + np.substr(split_words(np)[0].e);
      core = clean_core((wh == "by whom" ? std::string("who") : wh) + " " + first + " " + np);
      return stem_is_grammatical(core, wh == "by whom" ? "who" : wh) ? "According to the article, " + core + "?" : "";
    }
    // "..., and closed above 40,000 points": the subject of the clause before, when that clause has one of its own.
    std::string prev_subject = clause_subject(t.substr(segs[si - 1].b, segs[si - 1].e - segs[si - 1].b));
    // "three days after the lander, Vikram, made a soft landing ...": a name in apposition after the noun that ends
    // the segment before it; together they are the subject.
    const std::string prev_seg = t.substr(segs[si - 1].b, segs[si - 1].e - segs[si - 1].b);
    if (const std::vector<Word> nw = split_words(prev_seg); prev_subject.empty() && si >= 2 && !nw.empty() && nw.size() <= 3 &&
        std::all_of(nw.begin(), nw.end(), [](const Word& x) { return is_upper(x.text[0]); })) {
      const std::string np = trailing_noun_phrase(t.substr(segs[si - 2].b, segs[si - 2].e - segs[si - 2].b));
      if (starts_with(np, "the ") && split_words(np).size() <= 3)
        prev_subject = np + " " + t.substr(segs[si - 1].b, segs[si - 1].e - segs[si - 1].b);
    }
    if (!rest.empty() && predicate_opening(clause) && split_words(seg0).size() <= 6 && !subordinate_opening(seg0) &&
        !clause_with_verb(seg0))
      clause = seg0 + " " + clause;
    else if (!rest.empty() && predicate_opening(clause) && !prev_subject.empty())
      clause = lower_first_word(prev_subject) + " " + clause;
    else if (!rest.empty() && (predicate_opening(clause) || in(first, {"which", "who"})))
      clause = t.substr(0, segs[si].b) + clause;  // no short subject to put back: the sentence up to here
    core = clause + wh + t.substr(qe, cut_after(si) - qe);
  } else {
    core = t.substr(0, qb) + wh + t.substr(qe, cut_after(si) - qe);
  }
  // "... in which year and sees mostly in visible light": a second predicate after the asked one says another thing.
  if (const std::size_t at = core.find(wh); at != std::string::npos) {
    const std::size_t andp = core.find(" and ", at + wh.size());
    const std::string tail = andp == std::string::npos ? "" : core.substr(andp + 5);
    const std::vector<Word> nx = split_words(tail);  // views into `tail`
    if (!nx.empty() && (predicate_opening(tail) ||
                        (is_lower(nx[0].text[0]) && !is_function_word(lower(nx[0].text)) && ends_with(nx[0].text, "s") &&
                         !ends_with(nx[0].text, "ss"))))
      core.resize(andp);
  }
  core = clean_core(core);
  if (core.empty() || opens_mid_clause(core) || !stem_is_grammatical(core, wh)) return "";  // the gap question instead
  return "According to the article, " + core + "?";
}

std::string gap_question(const std::string& t, std::size_t b, std::size_t e, const std::string& noun) {
  std::string text = t.substr(0, b) + "___" + t.substr(e);
  text = trim(text);
  if (!text.empty() && (text.back() == '.')) text.pop_back();
  // Long sentences: keep about twenty words either side of the gap.
  const std::vector<Word> words = split_words(text);
  if (words.size() > 45) {
    const std::size_t gap = text.find("___");
    std::size_t first = 0, last = words.size();
    std::size_t gi = 0;
    while (gi < words.size() && words[gi].e <= gap) ++gi;
    if (gi > 20) first = gi - 20;
    if (gi + 20 < words.size()) last = gi + 20;
    std::string cut = text.substr(words[first].b, words[last - 1].e - words[first].b);
    text = (first > 0 ? "\xE2\x80\xA6" : "") + cut + (last < words.size() ? "\xE2\x80\xA6" : "");
  }
  return "According to the article, which " + noun + " goes in the gap: \xE2\x80\x9C" + text + "\xE2\x80\x9D?";
}

}  // namespace

std::size_t SentenceScan::word_at_or_after(std::size_t pos) const {
  for (std::size_t i = 0; i < words.size(); ++i)
    if (words[i].b >= pos) return i;
  return words.size();
}

std::size_t SentenceScan::word_before(std::size_t pos) const {
  std::size_t found = std::string::npos;
  for (std::size_t i = 0; i < words.size() && words[i].e <= pos; ++i) found = i;
  return found;
}

std::size_t name_start(const SentenceScan& s, std::size_t k) {
  std::size_t first = k;
  std::vector<std::string> connectors;
  for (std::size_t i = k; i-- > 0;) {
    const std::string_view w = s.words[i].text;
    if (s.text.compare(s.words[i].e, s.words[i + 1].b - s.words[i].e, " ") != 0) break;
    if (ends_with(w, "'s") || ends_with(w, "\xE2\x80\x99s")) break;
    if (is_capitalized(w)) {
      std::string joined;
      for (auto it = connectors.rbegin(); it != connectors.rend(); ++it) joined += (joined.empty() ? "" : " ") + *it;
      if (!joined.empty() && !in(joined, {"of", "for", "on", "and", "of the", "for the", "on the", "de", "du", "in"})) break;
      connectors.clear();
      first = i;
    } else if (in(w, {"of", "for", "on", "and", "the", "de", "du", "in"}) && connectors.size() < 2) {
      connectors.emplace_back(w);
    } else {
      break;
    }
  }
  // "The", "Its" open the sentence, not the name.
  if (first == 0 && k > 0 && is_determiner(lower(s.words[0].text))) first = 1;
  while (first < k && !is_capitalized(s.words[first].text)) ++first;
  return first;
}

bool overlaps(const std::vector<Candidate>& cs, std::size_t b, std::size_t e) {
  return std::any_of(cs.begin(), cs.end(), [&](const Candidate& c) { return c.hb < e && b < c.he; });
}

std::string lower_first_word(const std::string& s) {
  const std::vector<Word> words = split_words(s);
  if (words.empty() || words[0].b != 0) return s;
  const std::string w = lower(words[0].text);
  // "These restrictions ...": the demonstrative stays, so the stem check sees a question that points back.
  // "Otherwise, the booster ...": a sentence adverb before its comma.
  if (in(w, {"otherwise", "however", "meanwhile", "instead", "earlier", "later", "eventually", "still"}) &&
      s.compare(words[0].e, 1, ",") == 0)
    return std::string(1, to_lower(s[0])) + s.substr(1);
  // "Ship 30 flew ...", "Flight 5 ended ...": a word before a number is a name's.
  if (words.size() > 1 && words[1].b == words[0].e + 1 && is_digit(words[1].text[0])) return s;
  // "NEW YORK", "NASA": a word in capitals is not lowered by its first letter ("nEW YORK").
  if (std::any_of(words[0].text.begin() + 1, words[0].text.end(), is_upper)) return s;
  // A sentence's first word keeps its capital when it may be a name ("China aims ..."); common
  // words that open news sentences lose it, and so do plural nouns of a trade ("Physicists", "Chemists").
  if (!is_function_word(w) && !(ends_with(w, "ists") && w.size() > 6) &&
      !in(w, {"according", "following", "initiatives", "state", "officials", "analysts", "experts", "critics",
              "government", "authorities", "companies", "investors", "researchers", "observers", "sources", "several",
              "both", "each", "every", "other", "another", "new", "recent", "last", "next", "further", "efforts",
              "plans", "measures", "restrictions", "controls", "sanctions", "exports", "imports", "prices", "sales",
              "shares", "profits", "growth", "spending", "investment", "demand", "production", "output", "data",
              "figures", "reports", "studies", "people", "workers", "students", "users", "leaders", "lawmakers",
              "regulators", "ministers", "president", "premier", "minister", "chairman", "chief", "domestic",
              "foreign", "global", "national", "local", "regional", "federal", "public", "private", "major", "key"}))
    return s;
  std::string out = s;
  out[0] = to_lower(out[0]);
  return out;
}

std::string capitalize_first(std::string s) {
  if (!s.empty()) s[0] = to_upper(s[0]);
  return s;
}

std::string plural(const std::string& noun) {
  if (noun.empty()) return noun;
  const char last = noun.back();
  if (last == 'y' && noun.size() > 1 && std::string("aeiou").find(noun[noun.size() - 2]) == std::string::npos)
    return noun.substr(0, noun.size() - 1) + "ies";
  if (last == 's' || last == 'x' || ends_with(noun, "ch") || ends_with(noun, "sh")) return noun + "es";
  return noun + "s";
}

void draft_texts(Candidate& c, const std::string& sentence) {
  const std::string& base = c.base.empty() ? sentence : c.base;
  if (c.fact.statement.empty())
    c.fact.statement = trim(base.substr(0, c.b) + c.stmt_with + base.substr(c.e));
  if (c.fact.question.empty() && !c.wh.empty()) c.fact.question = quiz_question(base, c.qb, c.qe, c.wh);
  if (c.fact.question.empty()) c.fact.question = gap_question(base, c.b, c.e, c.noun.empty() ? "answer" : c.noun);
}

}  // namespace factdeck::suggest_detail
