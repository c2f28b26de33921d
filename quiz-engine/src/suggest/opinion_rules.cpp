// Rules for opinions with their speaker: "Tendai M.: "..."", "Claire M. from Lyon: ...", ""...," said X", "X pledged: "..."".
#include <algorithm>
#include <string>

#include "factdeck/suggest.h"
#include "suggest/rules.h"

namespace factdeck::suggest_detail {
namespace {

bool speech_verb(const std::string& w) {
  return in(w, {"said", "says", "told", "added", "argued", "warned", "wrote", "commented", "insisted", "noted"});
}

// A speaker's name as written: a few words, no sentence punctuation, starting with a capital.
bool speaker_like(const std::string& s) {
  const std::vector<Word> w = split_words(s);
  return !w.empty() && w.size() <= 7 && is_upper(s[0]) && s.find_first_of("\"!?;") == std::string::npos;
}

std::string quote_text(const std::string& t, const Quote& q) {
  std::string inner = trim(t.substr(q.inner_b, q.inner_e - q.inner_b));
  // "..., said X": the comma closing the quote belongs to the sentence around it.
  if (!inner.empty() && inner.back() == ',') inner.back() = '.';
  return inner;
}

Candidate opinion(const std::string& text, const std::string& speaker, const std::string& name, bool reader,
                  std::size_t hb, std::size_t he) {
  Candidate c;
  c.fact.kind = Kind::Opinion;
  c.fact.text = text;
  c.fact.speaker = speaker;
  if (reader) {
    c.fact.question = "What did the reader " + name + " comment?";
    c.fact.statement = "A reader, " + name + ", commented: {answer}";
  } else {
    c.fact.question = "What did " + speaker + " say?";
    c.fact.statement = capitalize_first(speaker) + " said: {answer}";
  }
  c.hb = hb;
  c.he = he;
  c.noun = "opinion";
  c.priority = kAlias + 1;
  c.confidence = reader ? Confidence::High : Confidence::Medium;
  c.rule = reader ? "opinion-comment" : "opinion-quote";
  c.reason = "a quoted opinion with its speaker, " + speaker;
  c.id_hint = "opinion-" + slug_id(name, 24);
  return c;
}

// "Claire Moreau from Lyon": a reader's signature, a name and the place the reader writes from.
bool reader_signature(const std::string& s) {
  const std::size_t from = s.find(" from ");
  if (from == std::string::npos || !speaker_like(s)) return false;
  for (const Word& w : split_words(s))
    if (w.text != "from" && !is_upper(w.text[0])) return false;
  return from > 0 && from + 6 < s.size();
}

bool first_person(const std::string& sentence) {
  for (const Word& w : split_words(sentence))
    if (in(lower(w.text), {"i", "me", "my", "i'm", "i've", "i'd", "i\xE2\x80\x99m"})) return true;
  return false;
}

// "Claire Moreau from Lyon: Watching those doors open again brought tears to my eyes. The carpenters ... praise."
// A reader's comment with no quotation marks: signed "Name from Place:", or any "Name:" under a comments heading.
// The opinion is its last sentence that is not about the reader (no "I", "my"), else the last sentence.
bool unquoted_comment(const std::string& t, bool comments, Candidate& out) {
  const std::size_t colon = t.find(": ");
  if (colon == std::string::npos) return false;
  const std::string name = trim(t.substr(0, colon));
  if (!(reader_signature(name) || (comments && speaker_like(name) && split_words(name).size() <= 4))) return false;
  const std::string body = t.substr(colon + 2);
  if (body.empty() || !(is_upper(body[0]) || is_digit(body[0]))) return false;  // a comment opens as a sentence
  const std::vector<Sentence> sentences = split_sentences(body);
  const Sentence* pick = nullptr;
  for (const Sentence& s : sentences)
    if (!first_person(s.text) || !pick || first_person(pick->text)) pick = &s;
  if (!pick || split_words(pick->text).size() < 4) return false;
  const std::size_t b = colon + 2 + pick->begin;
  out = opinion(trim(pick->text), "a reader, " + name, name, true, b, b + pick->text.size());
  return true;
}

// "In a televised address the next day, Macron pledged: "We will ..."": a quote after a name and a verb of speech.
bool speaker_before_colon(const std::string& t, const Quote& q, Candidate& out) {
  if (q.open < 2 || t.compare(q.open - 2, 2, ": ") != 0) return false;
  const std::string before = t.substr(0, q.open - 2);
  std::vector<Word> w = split_words(before);
  if (w.size() < 2 || w.back().e != before.size()) return false;
  auto speech = [&](const Word& x) {
    return in(lower(x.text), {"said", "says", "pledged", "promised", "vowed", "declared", "warned", "wrote", "added",
                              "insisted", "argued", "stated", "announced", "told"});
  };
  // "said in a statement:", "wrote on X:", "told the BBC:": a short phrase after the verb, opened by a preposition
  // or the one told; the statement keeps it, and the question keeps whom a speaker told.
  std::string phrase;
  for (std::size_t v = w.size() - 1; v > 0 && w.size() - v <= 4 && !speech(w.back()); --v)
    if (speech(w[v - 1]) && (in(lower(w[v].text), {"in", "on", "at", "to"}) || lower(w[v - 1].text) == "told")) {
      phrase = before.substr(w[v - 1].e);
      w.resize(v);
      break;
    }
  if (!speech(w.back())) return false;
  std::size_t first = w.size() - 1;
  while (first > 0 && w.size() - first <= 4 && is_upper(w[first - 1].text[0]) && w[first - 1].e + 1 == w[first].b) --first;
  if (first == w.size() - 1) return false;  // no name before the verb
  const std::string name = before.substr(w[first].b, w[w.size() - 2].e - w[first].b);
  if (is_sentence_starter(w[first].text) || is_function_word(lower(w[first].text))) return false;
  const std::string text = quote_text(t, q);
  if (split_words(text).size() < 5 || q.close_e + 2 < t.size()) return false;  // the quote ends the sentence
  out = opinion(text, name, name, false, q.inner_b, q.inner_e);
  static const std::pair<const char*, const char*> kBase[] = {
      {"pledged", "pledge"}, {"promised", "promise"}, {"vowed", "vow"},   {"declared", "declare"}, {"warned", "warn"},
      {"wrote", "write"},    {"insisted", "insist"},  {"argued", "argue"}, {"announced", "announce"}};
  for (const auto& [past, base] : kBase)
    if (lower(w.back().text) == past) out.fact.question = "What did " + name + " " + base + "?";
  // "Tim Cook wrote: ...", not "said"; "Stephen Hawking told the BBC: ...".
  const std::string verb = lower(w.back().text);
  out.fact.statement = capitalize_first(name) + " " + verb + phrase + ": {answer}";
  if (verb == "told") out.fact.question = "What did " + name + " tell" + phrase + "?";
  return true;
}

}  // namespace

bool find_opinion(const std::string& t, bool comments, Candidate& out) {
  const std::vector<Quote> quotes = find_quotes(t);
  const std::size_t colon = t.find(": ");
  if (quotes.empty() || (colon != std::string::npos && quotes.front().open > colon + 2)) {
    if (unquoted_comment(t, comments, out)) return true;
    if (quotes.empty()) return false;
  }
  const Quote& q = quotes.front();
  if (speaker_before_colon(t, q, out)) return true;
  // "Tendai M.: "An enlarged BRICS ..."": the whole paragraph is one speaker's words.
  if (colon != std::string::npos && colon + 2 == q.open && speaker_like(t.substr(0, colon))) {
    const std::string name = trim(t.substr(0, colon));
    const std::string text = quote_text(t, q);
    if (split_words(text).size() < 4) return false;
    const std::string speaker = comments ? "a reader, " + name : name;
    out = opinion(text, speaker, name, comments, q.inner_b, q.inner_e);
    return true;
  }
  // ""..., " said Foreign Minister Sergey Lavrov." and ""...," X said."
  const std::size_t after = t.find_first_not_of(' ', q.close_e);
  if (after == std::string::npos) return false;
  const std::string tail = t.substr(after);  // the words point into it
  const std::vector<Word> rest = split_words(tail);
  if (rest.empty()) return false;
  std::string name;
  if (speech_verb(lower(rest[0].text))) {
    const std::size_t nb = after + rest[0].e + 1;
    const std::size_t ne = t.find_first_of(",.;", nb);
    name = trim(t.substr(nb, (ne == std::string::npos ? t.size() : ne) - nb));
  } else {
    for (std::size_t i = 1; i < rest.size() && i < 6; ++i)
      if (speech_verb(lower(rest[i].text))) {
        name = trim(t.substr(after, rest[i].b - 1));
        break;
      }
  }
  if (name.empty() || !speaker_like(name) || in(lower(name), {"he", "she", "they", "it", "we", "i"})) return false;
  const std::string text = quote_text(t, q);
  if (split_words(text).size() < 5 || q.open > 2) return false;
  out = opinion(text, name, name, false, q.inner_b, q.inner_e);
  return true;
}

}  // namespace factdeck::suggest_detail
