// Rules for quoted opinions with their speaker: "Tendai M.: "..."" under readers' comments, and ""...," said X".
#include <algorithm>
#include <string>

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

}  // namespace

bool find_opinion(const std::string& t, bool comments, Candidate& out) {
  const std::vector<Quote> quotes = find_quotes(t);
  if (quotes.empty()) return false;
  const Quote& q = quotes.front();
  // "Tendai M.: "An enlarged BRICS ..."": the whole paragraph is one speaker's words.
  const std::size_t colon = t.find(": ");
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
