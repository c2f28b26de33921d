// Give-aways between the questions of a quiz: one question's text showing another's answer, or striking out its options.
#include "generate/exposure.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "factdeck/answer.h"
#include "generate/content_index.h"
#include "generate/cues.h"
#include "generate/distractors.h"
#include "generate/facts.h"
#include "generate/text_util.h"

namespace factdeck::gen {
namespace {

// What a question tests: the answers of its facts (an alias asked in reverse tests the full name).
std::vector<std::string> tested_answers(const Question& q, const Article& a) {
  std::vector<std::string> out;
  for (const auto& id : q.facts) {
    const Fact* f = a.find_fact(id);
    if (!f || f->kind == Kind::Opinion) continue;
    if (f->kind == Kind::List) {
      out.insert(out.end(), f->items.begin(), f->items.end());
    } else if (f->kind == Kind::Number && std::fabs(f->number.value) >= 10) {
      // The figure gives the answer away in any unit or wording ("NATO's 32nd Member" for "32 members").
      out.push_back(format_number(f->number.value, f->number.decimals, ""));
    } else if (f->kind == Kind::Alias && q.type == QuestionType::Reverse) {
      out.emplace_back(f->subject);  // the nickname is the question's given, free to appear elsewhere
    } else {
      out.push_back(key_text(*f, Role::Forward));
    }
  }
  return out;
}

std::string shown_text(const Question& q) {
  std::string s = q.prompt + "\n" + q.statement + "\n" + q.text;
  // Options count too: a wrong option of one question may be the answer of another.
  if (q.type == QuestionType::Mcq || q.type == QuestionType::Reverse)
    for (const auto& o : q.options) s += "\n" + o;
  for (const auto* v : {&q.items, &q.left, &q.right})
    for (const auto& x : *v) s += "\n" + x;
  return s;
}

// "32nd" -> "32", "15th" -> "15": a headline's ordinal shows the count it is made of. A possessive is the name
// ("Xi Jinping's vision" shows "Xi Jinping"), a plural its singular ("gatekeepers" shows "gatekeeper").
std::vector<std::string> shown_words(std::string text) {
  for (const char* s : {"'s ", "\xE2\x80\x99s "})
    for (std::size_t at = text.find(s); at != std::string::npos; at = text.find(s, at)) text.erase(at, std::string(s).size() - 1);
  std::vector<std::string> w = words(text);
  for (auto& x : w) {
    if (x.size() >= 4 && x.back() == 's' && x[x.size() - 2] != 's' && !(x[0] >= '0' && x[0] <= '9')) x.pop_back();
    if (x.size() < 3 || !(x[0] >= '0' && x[0] <= '9')) continue;
    const std::string tail = x.substr(x.size() - 2);
    if ((tail == "st" || tail == "nd" || tail == "rd" || tail == "th") &&
        x.find_first_not_of("0123456789") == x.size() - 2)
      x.resize(x.size() - 2);
  }
  return w;
}

int month_number(std::string_view w) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                                 "july",    "august",   "september", "october", "november", "december"};
  if (w.size() < 3 || w.size() > 9) return 0;
  for (int i = 0; i < 12; ++i)
    if (w == kMonths[i]) return i + 1;
  return 0;
}

// "September 2023", "7 March 2024": the months a text names with their year; "2021-2025": its periods;
// "70 years", "a 70-year reign": the lengths it states.
void read_dates(const std::string& text, Exposure& e) {
  const auto w = words(text);
  for (std::size_t i = 0; i + 1 < w.size(); ++i)
    if ((w[i + 1] == "year" || w[i + 1] == "years") && !w[i].empty() &&
        w[i].find_first_not_of("0123456789") == std::string::npos && w[i].size() <= 3)
      e.spans_shown.push_back(std::atoi(w[i].c_str()));
  std::vector<int> month(w.size());
  for (std::size_t i = 0; i < w.size(); ++i) month[i] = month_number(w[i]);
  for (std::size_t i = 0; i + 1 < w.size(); ++i)
    if (const int m = month[i]; m > 0 && w[i + 1].size() == 4 && w[i + 1].find_first_not_of("0123456789") == std::string::npos)
      e.months_shown.push_back({std::atoi(w[i + 1].c_str()), m});
  // "the first earthquake on 6 February" gives "on which day did it strike?" without a year.
  auto day = [](const std::string& x) {
    const int d = x.size() <= 2 && !x.empty() && x.find_first_not_of("0123456789") == std::string::npos ? std::atoi(x.c_str()) : 0;
    return d >= 1 && d <= 31 ? d : 0;
  };
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    if (const int m = month[i + 1]; m > 0 && day(w[i])) e.days_shown.push_back({m, day(w[i])});
    if (const int m = month[i]; m > 0 && day(w[i + 1])) e.days_shown.push_back({m, day(w[i + 1])});
  }
  for (std::size_t i = 0; i + 9 <= text.size(); ++i) {
    auto digits = [&](std::size_t at) {
      for (std::size_t k = at; k < at + 4; ++k)
        if (!std::isdigit(static_cast<unsigned char>(text[k]))) return false;
      return true;
    };
    if (digits(i) && text[i + 4] == '-' && digits(i + 5) && (i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]))))
      e.periods_shown.push_back({std::atoi(text.substr(i, 4).c_str()), std::atoi(text.substr(i + 5, 4).c_str())});
  }
}

// The last word of a proper name of two words or more, every one capitalised ("Joe Biden": "Biden"; "James E.
// Webb": "Webb"), when it is distinctive (four letters or more, no figures); otherwise empty.
std::string proper_name_tail(std::string_view name) {
  std::vector<std::string_view> parts;
  std::size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    std::size_t j = i;
    while (j < name.size() && name[j] != ' ') ++j;
    if (j > i) parts.push_back(name.substr(i, j - i));
    i = j;
  }
  if (parts.size() < 2) return {};
  for (auto p : parts)
    if (!std::isupper(static_cast<unsigned char>(p[0]))) return {};
  std::string_view last = parts.back();
  while (!last.empty() && !std::isalpha(static_cast<unsigned char>(last.back()))) last.remove_suffix(1);
  if (last.size() < 4) return {};
  for (char c : last)
    if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-') return {};
  return std::string(last);
}

// Whether `text` has `word` as a whole word, capitalised as written ("Webb Telescope", not "webbed").
bool shows_capitalised(std::string_view text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
    const std::size_t end = at + word.size();
    const bool ends = end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
    if (starts && ends) return true;
  }
  return false;
}

int strikes(const Exposure& asker, const Exposure& lender) {
  int n = 0;
  for (const auto& w : lender.wrongs) {
    const bool asked = std::any_of(w.owners.begin(), w.owners.end(), [&](const std::string& f) { return asker.asks.count(f) > 0; });
    const bool named = !w.name.empty() && std::search(asker.asserted.begin(), asker.asserted.end(), w.name.begin(),
                                                      w.name.end()) != asker.asserted.end();
    n += asked || named ? 1 : 0;
  }
  return n;
}

// The amount a number fact states, scaled by its unit's first word ("500 million euros": 5e8).
double scaled_value(const Fact& f) {
  const auto w = words(f.number.unit);
  const double scale = w.empty() ? 1 : w[0] == "thousand" ? 1e3 : w[0] == "million" ? 1e6 : w[0] == "billion" ? 1e9
                                                                     : w[0] == "trillion" ? 1e12 : 1;
  return std::fabs(f.number.value) * scale;
}

void read_acronyms(Exposure& e) {
  e.text_acronyms = acronym_text(e.text);
  for (const auto& n : e.names_tested) e.names_acronyms.push_back(acronym_text(n));
}

}  // namespace

// What a statement shows in its template's slot: "{answer} has not confirmed." and "Iran has not confirmed." give
// "Iran"; empty when the statement is not the template filled in.
std::string slot_value(std::string_view templ, std::string_view statement) {
  const std::size_t at = templ.find("{answer}");
  if (at == std::string_view::npos) return {};
  const std::string_view before = templ.substr(0, at), after = templ.substr(at + 8);
  if (statement.size() < before.size() + after.size() + 1) return {};
  auto same = [](std::string_view x, std::string_view y) {
    for (std::size_t i = 0; i < x.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(x[i])) != std::tolower(static_cast<unsigned char>(y[i]))) return false;
    return true;
  };
  if (!same(before, statement.substr(0, before.size())) || !same(after, statement.substr(statement.size() - after.size())))
    return {};
  return std::string(statement.substr(before.size(), statement.size() - before.size() - after.size()));
}

Exposure exposure(const Question& q, const Article& a, const ContentIndex& ix) {
  Exposure e;
  const std::string text = shown_text(q);
  e.text = text;
  e.shown = shown_words(text);
  e.amounts_shown = stated_amounts(text);
  e.counts_shown = small_counts(text);
  read_dates(text, e);
  e.asserted = shown_words(q.prompt + "\n" + q.statement + "\n" + q.text);
  for (const auto& ans : tested_answers(q, a)) {
    if (trim(ans).size() >= 2) {
      // "the State Council" is shown by "China's State Council".
      std::vector<std::string> w = shown_words(ans);
      if (w.size() > 1 && (w[0] == "the" || w[0] == "a" || w[0] == "an")) w.erase(w.begin());
      e.answers.push_back(std::move(w));
    }
    std::vector<std::string> core = distinctive_words(ans);
    if (core.size() >= 3) e.answer_cores.push_back(std::move(core));
  }
  for (const auto& id : q.facts) {
    const Fact* f = a.find_fact(id);
    if (!f) continue;
    if (f->kind == Kind::Number && std::fabs(f->number.value) >= 10) e.amounts_tested.push_back(scaled_value(*f));
    else if (f->kind == Kind::Number && !words(f->number.unit).empty())
      e.counts_tested.push_back({f->number.value, words(f->number.unit).back()});
    else if (f->kind == Kind::Number) {
      // A count without a unit names what it counts after its slot ("{answer} Arab states agreed"): the headline
      // "Four Arab States Move to Normalise Ties" answers it (blind reading 23).
      const auto at = f->statement.find("{answer}");
      const auto after = at == std::string::npos ? std::vector<std::string>{} : words(f->statement.view().substr(at + 8));
      for (std::size_t i = 0, taken = 0; i < after.size() && taken < 2; ++i)
        if (!is_stopword(after[i])) e.counts_tested.push_back({f->number.value, after[i]}), ++taken;
    }
    if (f->kind == Kind::Date && f->date.month > 0) e.months_tested.push_back({f->date.year, f->date.month});
    if (f->kind == Kind::Date && f->date.month > 0 && f->date.day > 0) e.days_tested.push_back({f->date.month, f->date.day});
    if (f->kind == Kind::Period) e.periods_tested.push_back({f->period.from, f->period.to});
    if (f->kind == Kind::Name || f->kind == Kind::Alias || f->kind == Kind::Term)
      e.names_tested.push_back(f->kind == Kind::Alias && q.type == QuestionType::Reverse ? f->subject.str() : f->text.str());
    if (f->kind == Kind::Name)
      if (std::string last = proper_name_tail(f->text); !last.empty()) e.name_tails.push_back(std::move(last));
    // A list of people too: "discovered by Klim Churyumov and Svetlana Gerasimenko" beside "comet
    // 67P/Churyumov-Gerasimenko" in six other questions (blind reading 25).
    if (f->kind == Kind::List)
      for (const auto& item : f->items)
        if (std::string last = proper_name_tail(item.view()); !last.empty()) e.name_tails.push_back(std::move(last));
  }
  for (const auto& id : q.facts) e.asks.insert(a.id + "/" + id);
  e.article = a.id;
  e.published_year = a.published ? a.published->year : 0;
  static const char* const kOffices[] = {"president", "minister", "premier", "chancellor", "pope", "king", "queen",
                                          "governor", "mayor"};
  for (const auto& w : e.shown)
    e.dates |= w.size() == 4 && (w.compare(0, 2, "19") == 0 || w.compare(0, 2, "20") == 0) &&
               std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (q.facts.size() == 1)
    if (const Fact* f = a.find_fact(q.facts.front())) {
      e.event = distinctive_words(fill(*f, ""));
      e.dates |= f->kind == Kind::Year || f->kind == Kind::Date;
      const auto asked = words(f->question);
      e.office_holder = f->kind == Kind::Name && std::any_of(asked.begin(), asked.end(), [&](const std::string& w) {
                          return std::any_of(std::begin(kOffices), std::end(kOffices), [&](const char* o) { return w == o; });
                        });
    }
  for (const auto& id : q.facts)
    if (const Fact* f = a.find_fact(id)) {
      if (f->kind == Kind::Year) e.years_tested.push_back(f->year);
      if (f->kind == Kind::Number && is_age(*f)) e.ages_tested.push_back(static_cast<int>(std::lround(f->number.value)));
    }
  // Words every question of a story shares tie nothing to this one.
  auto topic_of = [&](std::string_view text) {
    static const char* const kCommon[] = {"article", "according", "china", "chinas", "chinese", "beijing", "which",
                                          "what", "does", "did", "united", "states", "often", "called", "known"};
    for (const auto& w : distinctive_words(text))
      if (w.size() >= 4 && std::none_of(std::begin(kCommon), std::end(kCommon), [&](const char* c) { return w == c; }))
        e.topic.push_back(w);
  };
  // A true/false statement naming someone or something is judged by its name: a word of the right name shown in
  // the headline ("Paris" above "The Games of the XXXIII Olympiad were known as London 2012") settles it, and so
  // does one its wrong names lack shown with the statement's topic ("the Big Fund ... solar panel supply chain"
  // beside "China Integrated Circuit Industry Investment Fund": the right one is the chip supply chain).
  if (q.type == QuestionType::TrueFalse && q.facts.size() == 1)
    if (const Fact* f = a.find_fact(q.facts.front()); f && (f->kind == Kind::Name || f->kind == Kind::Alias)) {
      e.key_cues = key_only_words(key_text(*f, Role::Forward), f->distractors.to_vector());
      topic_of(fill(*f, ""));
    }
  // A false statement's wrong name is its one wrong option: another text that places it ("Egypt, Ethiopia, Iran and
  // the UAE became full members" beside "Iran has not confirmed whether it accepts") settles the statement.
  if (q.type == QuestionType::TrueFalse && !q.truth && q.facts.size() == 1)
    if (const Fact* f = a.find_fact(q.facts.front()); f && (f->kind == Kind::Name || f->kind == Kind::Alias || f->kind == Kind::Term))
      if (const std::string shown = slot_value(f->statement, q.statement); !shown.empty()) {
        Exposure::WrongOption w;
        w.name = shown_words(shown);
        if (w.name.size() > 1 && (w.name[0] == "the" || w.name[0] == "a" || w.name[0] == "an")) w.name.erase(w.name.begin());
        for (const Fact* g : ix.tables().answered_by(shown))
          if (const Article* owner = ix.tables().article_of(*g); owner && same_answer(key_text(*g, Role::Forward), shown))
            w.owners.insert(owner->id + "/" + g->id.str());
        e.wrongs.push_back(std::move(w));
        e.wrong_options = 1;
      }
  // A wrong option that is another fact's answer is struck out by any question about that fact.
  if (q.type == QuestionType::Mcq || q.type == QuestionType::Reverse) {
    if (q.answer >= 0 && q.answer < static_cast<int>(q.options.size())) {
      std::vector<std::string> others;
      for (std::size_t i = 0; i < q.options.size(); ++i)
        if (static_cast<int>(i) != q.answer) others.push_back(q.options[i]);
      e.key_cues = key_only_words(q.options[static_cast<std::size_t>(q.answer)], others);
      topic_of(q.prompt);
    }
    e.wrong_options = static_cast<int>(q.options.size()) - 1;
    const Fact* asked = q.facts.size() == 1 ? a.find_fact(q.facts.front()) : nullptr;
    // A name named elsewhere is placed by what that text says of it; a year or a figure named elsewhere is not.
    const bool names = asked && !is_sorted_kind(asked->kind);
    for (std::size_t i = 0; i < q.options.size(); ++i) {
      if (static_cast<int>(i) == q.answer) continue;
      Exposure::WrongOption w;
      for (const Fact* g : ix.tables().answered_by(q.options[i])) {
        const bool gives = same_answer(key_text(*g, Role::Forward), q.options[i]) ||
                           (has_reverse(*g) && same_answer(key_text(*g, Role::Reverse), q.options[i]));
        if (const Article* owner = ix.tables().article_of(*g); gives && owner) w.owners.insert(owner->id + "/" + g->id.str());
      }
      if (names) {
        w.name = shown_words(q.options[i]);
        if (w.name.size() > 1 && (w.name[0] == "the" || w.name[0] == "a" || w.name[0] == "an")) w.name.erase(w.name.begin());
      }
      e.wrongs.push_back(std::move(w));
    }
  }
  read_acronyms(e);
  return e;
}

Exposure title_exposure(const Article& a) {
  Exposure e;
  e.text = a.title;
  e.headline = true;
  e.shown = shown_words(a.title);
  e.amounts_shown = stated_amounts(a.title);
  e.counts_shown = small_counts(a.title);
  read_dates(a.title, e);
  read_acronyms(e);
  return e;
}

bool shows_answer(const Exposure& shown, const Exposure& asked) {
  for (const auto& a : asked.answers)
    if (!a.empty() && std::search(shown.shown.begin(), shown.shown.end(), a.begin(), a.end()) != shown.shown.end())
      return true;
  // An answer with figures in it ("30 by 30", "Paris 2024") is spelled out by a text that shows each of its words,
  // in any order: "Nations Agree to Protect 30% of the Planet by 2030" above "the target is often called ____".
  for (const auto& a : asked.answers) {
    auto figure = [](const std::string& w) { return !w.empty() && w[0] >= '0' && w[0] <= '9'; };
    if (a.size() >= 2 && std::any_of(a.begin(), a.end(), figure) &&
        std::all_of(a.begin(), a.end(), [&](const std::string& w) { return is_stopword(w) || shows_word(shown.shown, w); }))
      return true;
  }
  for (double v : asked.amounts_tested)
    for (double s : shown.amounts_shown)
      if (std::fabs(v - s) <= 1e-9 * std::max(1.0, v)) return true;
  // "Which of the six invited countries declined?" for "how many countries were invited?".
  // "How many times have Spain won the European Championship?" for "a record fourth European title": a count of
  // times by an ordinal whose words the question shares.
  for (const auto& tested : asked.counts_tested)
    for (const auto& [c, next] : shown.counts_shown)
      if (c == tested.first && std::any_of(next.begin(), next.end(), [&](const std::string& w) {
            return same_stem(w, tested.second) ||
                   (tested.second == "times" && w.size() >= 4 && !is_stopword(w) && shows_word(asked.asserted, w));
          }))
        return true;
  // A name of three or more words shown all but one ("technological self-reliance" in "the self-reliance
  // directive") is given away as well.
  for (const auto& core : asked.answer_cores) {
    std::size_t found = 0;
    for (const auto& w : core)
      found += std::any_of(shown.shown.begin(), shown.shown.end(), [&](const std::string& x) { return same_stem(x, w); });
    if (found + 1 >= core.size()) return true;
  }
  // A word of the key no wrong option has, shown elsewhere ("chip" beside "China Integrated Circuit Industry
  // Investment Fund" among other state funds; "US" in the headline for "persistent US restrictions").
  // A question shows it together with the asked question's topic ("the Big Fund ... chip supply chain"); a headline,
  // above the whole quiz, shows it with every topic.
  const bool same_topic = shown.headline || std::any_of(asked.topic.begin(), asked.topic.end(),
                                                        [&](const std::string& w) { return shows_word(shown.shown, w); });
  if (same_topic)
    for (const auto& w : asked.key_cues)
      if (shows_word(shown.shown, w)) return true;
  // "US" for "the United States", "ADNOC" for its full name.
  for (const auto& n : asked.names_acronyms)
    if (!acronym_cue(shown.text_acronyms, n).empty()) return true;
  // "Joe Biden" is given away by "Biden" above the quiz, "James E. Webb" by "the James Webb Space Telescope": a
  // person's or a body's name by its last word, capitalised, as a word of another text.
  for (const auto& last : asked.name_tails)
    if (shows_capitalised(shown.text, last)) return true;
  // "After 70 Years on the Throne" and "she died in 2022" give her reign, 1952-2022: a period's length is half of it.
  for (const auto& p : asked.periods_tested)
    if (p.second - p.first >= 2 &&
        std::find(shown.spans_shown.begin(), shown.spans_shown.end(), p.second - p.first) != shown.spans_shown.end())
      return true;
  // "the gatekeepers designated in September 2023" for "on which day were they designated?".
  for (const auto& m : asked.months_tested)
    if (std::find(shown.months_shown.begin(), shown.months_shown.end(), m) != shown.months_shown.end()) return true;
  for (const auto& d : asked.days_tested)
    if (std::find(shown.days_shown.begin(), shown.days_shown.end(), d) != shown.days_shown.end()) return true;
  // A period of the same series gives another by counting: "2026-2030" for the 13th plan's "2016-2020".
  for (const auto& p : asked.periods_tested)
    for (const auto& s : shown.periods_shown) {
      const int span = p.second - p.first, gap = std::abs(s.first - p.first);
      if (s.second - s.first == span && gap % (span + 1) == 0 && gap <= 5 * (span + 1)) return true;
    }
  return false;
}

// Whether one question tests an age and the other a year of the same article that add up to its year, give or
// take one (a birthday): each is the other's answer by a subtraction.
bool ages_and_years(const Exposure& a, const Exposure& b) {
  if (a.article != b.article || a.published_year <= 0) return false;
  for (int age : a.ages_tested)
    for (int y : b.years_tested)
      if (std::abs(a.published_year - y - age) <= 1) return true;
  return false;
}

// Whether `a` asks who held an office at an event that `b` dates: "under which president was Huawei listed?" beside
// "how many affiliates were listed with Huawei in May 2019?" (2019 was Trump's).
bool holder_and_date(const Exposure& a, const Exposure& b) {
  if (!a.office_holder || !b.dates || a.article != b.article) return false;
  int shared = 0;
  for (const auto& w : a.event) shared += std::find(b.event.begin(), b.event.end(), w) != b.event.end() ? 1 : 0;
  return shared >= 3;
}

// Whether two questions of one article test the same year ("the long-range objectives for ____" and "basic
// socialist modernisation by ____", both 2035): the quiz counts one fact twice, and whoever knows one knows both.
bool same_year(const Exposure& a, const Exposure& b) {
  if (a.article != b.article) return false;
  for (int x : a.years_tested)
    if (std::find(b.years_tested.begin(), b.years_tested.end(), x) != b.years_tested.end()) return true;
  return false;
}

// Whether two questions test periods of one regular series ("the 13th plan: 2016-2020" and "the 14th: 2021-2025"):
// equal lengths, one starting a whole number of lengths after the other; whoever knows one counts to the other
// (blind reading 22).
bool same_series(const Exposure& a, const Exposure& b) {
  for (const auto& p : a.periods_tested)
    for (const auto& q : b.periods_tested) {
      const int span = p.second - p.first + 1;
      if (span >= 3 && q.second - q.first + 1 == span && p.first != q.first && (q.first - p.first) % span == 0) return true;
    }
  return false;
}

// Whether one question's answer is part of the other's ("Vikram", the lander, and "Vikram Sarabhai", after whom it
// is named): the question that shows the shorter (as its key among the options, or in a sentence) half answers the
// other, and knowing the longer gives the shorter. A part of one distinctive word or more.
bool answers_nest(const Exposure& a, const Exposure& b) {
  auto part_of = [](const std::vector<std::string>& small, const std::vector<std::string>& large) {
    if (small.empty() || small.size() >= large.size()) return false;
    if (std::none_of(small.begin(), small.end(), [](const std::string& w) { return w.size() >= 4 && !is_stopword(w); }))
      return false;
    return std::search(large.begin(), large.end(), small.begin(), small.end()) != large.end();
  };
  for (const auto& x : a.answers)
    for (const auto& y : b.answers)
      if (part_of(x, y) || part_of(y, x)) return true;
  return false;
}

int clash(const Exposure& mine, const std::vector<Exposure>& accepted) {
  int worst = 0, mine_struck = mine.struck;
  auto severity = [](const Exposure& e, int struck) { return e.wrong_options - struck < 2 ? 2 : 1; };
  for (const auto& other : accepted) {
    if (shows_answer(other, mine) || shows_answer(mine, other) || answers_nest(mine, other) ||
        ages_and_years(mine, other) || ages_and_years(other, mine) || same_year(mine, other) || same_series(mine, other) ||
        holder_and_date(mine, other) || holder_and_date(other, mine))
      return 3;
    if (const int n = strikes(mine, other)) worst = std::max(worst, severity(other, other.struck + n));
    mine_struck += strikes(other, mine);
  }
  if (mine_struck > mine.struck) worst = std::max(worst, severity(mine, mine_struck));
  return worst;
}

void accept(Exposure mine, std::vector<Exposure>& accepted) {
  for (auto& other : accepted) {
    other.struck += strikes(mine, other);
    mine.struck += strikes(other, mine);
  }
  accepted.push_back(std::move(mine));
}

}  // namespace factdeck::gen
