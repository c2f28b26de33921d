// Rules for terms and other names: "X stands for Y", "X, formally Y", "the Y (X)", "Y, or X,", "an X, that is, Y".
#include <algorithm>
#include <string>

#include "suggest/rules.h"

namespace factdeck::suggest_detail {
namespace {

bool acronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 8 || !is_upper(w[0])) return false;
  std::size_t upper = 0;
  for (char c : w) {
    if (is_upper(c)) ++upper;
    else if (!is_digit(c) && c != '-' && c != '&' && !(is_lower(c) && upper >= 2)) return false;
  }
  return upper >= 2;
}

// The first letters of a name's capitalised words: "United Nations Educational, Scientific ..." -> "UNES...".
std::string initials(const std::string& name) {
  std::string out;
  for (const Word& w : split_words(name))
    if (is_upper(w.text[0])) out += w.text[0];
  return out;
}

// The end of a clause that starts at byte b: the next ",", ";", ":", ")" or the sentence's end, outside brackets.
std::size_t clause_end(const std::string& t, std::size_t b) {
  int depth = 0;
  for (std::size_t i = b; i < t.size(); ++i) {
    const char c = t[i];
    if (c == '(') ++depth;
    if (c == ')' && depth-- == 0) return i;
    if (depth > 0) continue;
    if (c == ',' || c == ';' || c == ':') return i;
    if ((c == '.' || c == '!' || c == '?') && (i + 1 >= t.size() || t[i + 1] == ' ')) return i;
  }
  return t.size();
}

// The capitalised name that ends at byte `end` ("India-Middle East-Europe Economic Corridor"), from name_start.
std::size_t name_begin(const SentenceScan& s, std::size_t end) {
  std::size_t k = s.word_before(end);
  if (k == std::string::npos || s.words[k].e != end) return std::string::npos;
  // "Paris 2024": a number that ends a name.
  const std::string_view w = s.words[k].text;
  if (k > 0 && std::all_of(w.begin(), w.end(), is_digit) && is_capitalized(s.words[k - 1].text)) --k;
  if (!is_capitalized(s.words[k].text)) return std::string::npos;
  return s.words[name_start(s, k)].b;
}

Candidate term(const std::string& t, std::size_t b, std::size_t e, const std::string& definition, bool the) {
  Candidate c;
  c.fact.kind = Kind::Term;
  c.fact.text = t.substr(b, e - b);
  c.fact.definition = definition;
  std::string def = definition;
  c.fact.question = "What is " + def + " called?";
  c.fact.statement = capitalize_first(def) + " is called " + (the ? "the " : "") + "{answer}.";
  c.b = c.hb = c.qb = b;
  c.e = c.he = c.qe = e;
  c.noun = "term";
  c.head = "term";
  c.priority = kAlias;
  c.confidence = Confidence::Medium;
  c.id_hint = slug_id(c.fact.text, 30) + "-term";
  return c;
}

Candidate alias(const std::string& t, std::size_t b, std::size_t e, const std::string& subject, const std::string& how) {
  Candidate c;
  c.fact.kind = Kind::Alias;
  c.fact.text = t.substr(b, e - b);
  c.fact.subject = subject;
  c.fact.question = "By which " + how + " is " + subject + " known?";
  c.fact.statement = capitalize_first(subject) + " is known as {answer}.";
  c.b = c.hb = c.qb = b;
  c.e = c.he = c.qe = e;
  c.noun = "name";
  c.head = "alias";
  c.priority = kAlias;
  c.confidence = Confidence::Medium;
  c.id_hint = slug_id(c.fact.text, 30) + "-alias";
  return c;
}

// The apposition that defines a term in running text: "the/a NOUN ..." with a word that says what the thing is
// ("that", "which", "used", "given", "between") among its first words. `k` is the apposition's first word.
std::string defining_clause(const SentenceScan& s, std::size_t k) {
  const std::string& t = s.text;
  std::size_t de = clause_end(t, s.words[k].b);
  // "talks between the Parliament, the Council and the Commission,": a list of names goes on past its commas.
  for (std::size_t e = de, items = 0; e < t.size() && t.compare(e, 2, ", ") == 0 && items < 4; ++items) {
    const std::size_t next = clause_end(t, e + 2);
    const std::string seg = t.substr(e + 2, next - e - 2);
    const std::vector<Word> sw = split_words(seg);
    if (sw.empty() || sw.size() > 6 || !(is_upper(seg[0]) || starts_with(seg, "the "))) break;
    e = next;
    if (seg.find(" and ") != std::string::npos) {
      de = next;
      break;
    }
  }
  const std::string def = trim(t.substr(s.words[k].b, de - s.words[k].b));
  const std::vector<Word> dw = split_words(def);
  if (dw.size() > 22) return "";
  // "a meeting between Trump and Zelensky was hosted ...": a clause with its verb, no apposition.
  for (std::size_t i = 0; i < dw.size() && i < 8; ++i) {
    const std::string w = lower(dw[i].text);
    if (in(w, {"that", "which", "who"})) break;
    if (in(w, {"is", "was", "are", "were", "has", "have", "had", "will"})) return "";
  }
  for (std::size_t i = 2; i < dw.size() && i < 7; ++i)
    if (in(lower(dw[i].text), {"that", "which", "who", "where", "whose", "used", "given", "worn", "designed", "meant",
                               "between"}))
      return def;
  return "";
}

// A term in lower case (or quoted) just before ", " and the apposition at word k that defines it.
bool defining_apposition(const SentenceScan& s, std::size_t k, Candidate& c) {
  const std::string& t = s.text;
  const std::string def = defining_clause(s, k);
  if (def.empty()) return false;
  // A quoted term: "consumed "the forest", the name given to ...".
  for (const Quote& q : s.quotes)
    if (q.close_e + 2 == s.words[k].b && t.compare(q.close_e, 2, ", ") == 0 && q.inner_e > q.inner_b) {
      // A view into t, not a copy: the words point into what split_words reads.
      const std::vector<Word> qw = split_words(std::string_view(t).substr(q.inner_b, q.inner_e - q.inner_b));
      if (qw.empty() || qw.size() > 4 || !is_lower(qw.back().text[0])) return false;
      c = term(t, q.inner_b, q.inner_e, def, false);
      c.fact.statement = "The term for " + def + " is \"{answer}\".";
      if (starts_with(def, "the name ")) {  // "the name given to the framework ...": asked as it stands
        c.fact.question = "What is " + def + "?";
        c.fact.statement = "\"{answer}\" is " + def + ".";
      }
      c.rule = "term-apposition";
      c.reason = "a quoted term and the apposition that defines it";
      return true;
    }
  if (t.compare(s.words[k - 1].e, 2, ", ") != 0 || s.words[k - 1].e + 2 != s.words[k].b ||
      !is_lower(s.words[k - 1].text[0]) || is_function_word(s.lower_word(k - 1)))
    return false;
  // Back to the determiner: "a", "an", "its", "their", "the", a possessive; "of" may join words ("rules of origin").
  auto det = [&](std::size_t i) {
    return in(s.lower_word(i), {"a", "an", "the", "its", "their"}) || ends_with(s.words[i].text, "'s") ||
           ends_with(s.words[i].text, "\xE2\x80\x99s");  // "the CPTPP's rules of origin"
  };
  std::size_t open = k - 1;
  while (open > 0 && k - open <= 4 && !det(open - 1) && (!is_function_word(s.lower_word(open - 1)) || s.lower_word(open - 1) == "of"))
    --open;
  if (open == 0 || !det(open - 1) || s.lower_word(open) == "of") return false;
  if (!is_lower(s.words[open].text[0]) && open + 1 == k) return false;
  c = term(t, s.words[open].b, s.words[k - 1].e, def, false);
  c.fact.statement = "The term for " + def + " is {answer}.";
  c.rule = "term-apposition";
  c.reason = "a term and the apposition that defines it";
  return true;
}

}  // namespace

void find_terms(const SentenceScan& s, std::vector<Candidate>& out) {
  const std::string& t = s.text;
  const std::size_t n = s.words.size();
  for (std::size_t k = 0; k < n; ++k) {
    const std::string lw = s.lower_word(k);
    Candidate c;
    bool found = false;
    // "CHIPS stands for Creating Helpful Incentives to Produce Semiconductors".
    if (lw == "stands" && k > 0 && k + 2 < n && s.lower_word(k + 1) == "for" && acronym(s.words[k - 1].text)) {
      const std::size_t db = s.words[k + 2].b, de = clause_end(t, db);
      std::string def = trim(t.substr(db, de - db));
      if (!def.empty() && split_words(def).size() <= 12) {
        c = term(t, s.words[k - 1].b, s.words[k - 1].e, def, false);
        c.fact.question = "Which acronym stands for " + def + "?";
        c.fact.statement = "{answer} stands for " + def + ".";
        c.rule = "term-stands-for";
        c.reason = "an acronym and what it stands for";
        found = true;
      }
    }
    // "the India-Middle East-Europe Economic Corridor (IMEC)".
    if (!found && s.words[k].b >= 2 && t[s.words[k].b - 1] == '(' && t[s.words[k].b - 2] == ' ' &&
        t.compare(s.words[k].e, 1, ")") == 0 && acronym(s.words[k].text)) {
      std::size_t nb = name_begin(s, s.words[k].b - 2);
      // "the United Nations Educational, Scientific and Cultural Organization (UNESCO)": a comma inside the name,
      // taken in when the words before it spell the abbreviation's first letters.
      if (nb != std::string::npos && nb >= 3 && t.compare(nb - 2, 2, ", ") == 0) {
        const std::size_t before = name_begin(s, nb - 2);
        if (before != std::string::npos &&
            initials(t.substr(before, s.words[k].b - 2 - before)) == std::string(s.words[k].text))
          nb = before;
      }
      if (nb != std::string::npos) {
        const std::string subject = t.substr(nb, s.words[k].b - 2 - nb);
        const bool the = nb >= 4 && lower(t.substr(nb - 4, 4)) == "the ";
        if (split_words(subject).size() >= 2 && normalize_text(subject) != normalize_text(s.words[k].text)) {
          c = alias(t, s.words[k].b, s.words[k].e, (the ? "the " : "") + subject, "abbreviation");
          c.rule = "alias-abbreviation";
          c.reason = "an abbreviation in brackets after the full name";
          found = true;
        }
      }
    }
    // "Paris 2024, formally the Games of the XXXIII Olympiad," and "the second Lagrange point, or L2,".
    if (!found && (lw == "formally" || lw == "officially" || lw == "or") && k > 0 &&
        t.compare(s.words[k - 1].e, 2, ", ") == 0 && s.words[k - 1].e + 2 == s.words[k].b && k + 1 < n) {
      const std::size_t ob = s.words[k + 1].b, oe = clause_end(t, ob);
      const std::string other = trim(t.substr(ob, oe - ob));
      const std::size_t nb = name_begin(s, s.words[k - 1].e);
      const std::vector<Word> ow = split_words(other);
      if (lw == "or") {
        // The short name follows "or" and closes with a comma: "point, or L2,".
        std::size_t pb = s.words[k - 1].b;
        for (std::size_t i = k - 1; i-- > 0 && k - i < 6;) {
          if (s.lower_word(i) == "the") {
            pb = s.words[i].b;
            break;
          }
          if (is_function_word(s.lower_word(i))) break;
        }
        const std::string subject = t.substr(pb, s.words[k - 1].e - pb);
        if (ow.size() == 1 && acronym(ow[0].text) && oe < t.size() && t[oe] == ',' && starts_with(lower(subject), "the ")) {
          c = alias(t, ob, oe, subject, "shorter name");
          c.rule = "alias-or";
          c.reason = "a short name after 'or'";
          found = true;
        }
      } else if (nb != std::string::npos && !ow.empty() && ow.size() <= 10 && is_capitalized(ow.back().text)) {
        const std::string short_name = t.substr(nb, s.words[k - 1].e - nb);
        c = alias(t, nb, s.words[k - 1].e, other, "name");
        c.fact.question = "By which name is " + other + " commonly known?";
        c.fact.statement = capitalize_first(other) + " is commonly known as {answer}.";
        c.rule = "alias-" + lw;
        c.reason = "a name and its formal name ('" + lw + "')";
        (void)short_name;
        found = true;
      }
    }
    // "a giant exoplanet, that is, a planet that orbits a star other than the Sun".
    if (!found && lw == "that" && k + 1 < n && s.lower_word(k + 1) == "is" && k > 0 &&
        t.compare(s.words[k - 1].e, 2, ", ") == 0 && t.compare(s.words[k + 1].e, 2, ", ") == 0) {
      const std::size_t db = s.words[k + 1].e + 2, de = clause_end(t, db);
      const std::string def = trim(t.substr(db, de - db));
      const std::string prev = s.lower_word(k - 1);
      if (!def.empty() && split_words(def).size() <= 20 && is_lower(s.words[k - 1].text[0]) && !is_function_word(prev)) {
        c = term(t, s.words[k - 1].b, s.words[k - 1].e, def, false);
        c.fact.question = "What is " + def + " called?";
        c.fact.statement = "The term for " + def + " is {answer}.";
        c.rule = "term-that-is";
        c.reason = "a term and its definition ('that is')";
        found = true;
      }
    }
    // "the Accession Council, the ceremonial body that proclaims a new sovereign,".
    if (!found && lw == "the" && k > 0 && t.compare(s.words[k - 1].e, 2, ", ") == 0 && s.words[k - 1].e + 2 == s.words[k].b &&
        is_capitalized(s.words[k - 1].text)) {
      const std::size_t de = clause_end(t, s.words[k].b);
      const std::string def = trim(t.substr(s.words[k].b, de - s.words[k].b));
      const std::vector<Word> dw = split_words(def);
      bool relative = false;
      for (std::size_t i = 2; i < dw.size() && i < 6; ++i) relative = relative || in(lower(dw[i].text), {"that", "which"});
      const std::size_t nb = name_begin(s, s.words[k - 1].e);
      const bool the_name = nb != std::string::npos && nb >= 4 && lower(t.substr(nb - 4, 4)) == "the ";
      if (relative && the_name && dw.size() <= 16 && nb != std::string::npos) {
        c = term(t, nb, s.words[k - 1].e, def, true);
        c.rule = "term-apposition";
        c.reason = "a name and the apposition that defines it";
        found = true;
      }
    }
    // "a trans-lunar injection, the engine burn that sends a spacecraft ... towards the Moon,", "Its rules of origin,
    // the criteria used to decide ...", "consumed "the forest", the name given to the dense framework ...".
    if (!found && in(lw, {"the", "a", "an"}) && k >= 1) found = defining_apposition(s, k, c);
    if (found && !overlaps(out, c.hb, c.he)) out.push_back(std::move(c));
  }
}

}  // namespace factdeck::suggest_detail
