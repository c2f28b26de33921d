// The suggester's internal parts: a candidate fact found in one sentence, the rule families, and drafting.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "factdeck/suggest.h"
#include "suggest/scan.h"

namespace factdeck::suggest_detail {

// Where lower rules yield to higher ones when two claim the same words.
enum Priority { kQuoted = 1, kName = 2, kPerson = 3, kList = 4, kNumber = 5, kYear = 6, kDate = 7, kPeriod = 8, kAlias = 9 };

// One candidate fact. Offsets are bytes into `base` (the sentence, unless a rule rewrote it).
struct Candidate {
  Fact fact;                   // kind and answer; question/statement when the rule drafted them itself
  std::string base;            // text the offsets point into; empty: the sentence itself
  std::size_t b = 0, e = 0;    // the answer's words: replaced by `stmt_with` in the statement
  std::string stmt_with = "{answer}";
  std::size_t qb = 0, qe = 0;  // the words replaced by `wh` in the question (usually b..e plus a preposition)
  std::string wh;              // "in which year"; empty: only a fill-the-gap question fits
  std::string noun;            // "year", "figure": for "which year goes in the gap: ..."
  std::size_t hb = 0, he = 0;  // the answer's words in the sentence, to highlight
  Confidence confidence = Confidence::Medium;
  std::string rule, reason;
  std::string id_hint;
  std::string head;            // the head noun of a name ("fund"), to find sibling names
  int priority = 0;
  std::string missing;         // set later when no class or distractors are found
  bool pronoun = false;        // its sentence opens with a pronoun nothing before explains
};

// What the rules know of the article around a sentence.
struct ArticleContext {
  std::optional<Date> published;     // from the dateline: resolves "on Tuesday" and "on 8 September"
  const Content* lexicon = nullptr;  // classes that tell a country or a city from other names
};

// What the rules read about one sentence, computed once.
struct SentenceScan {
  const std::string& text;
  std::vector<Word> words;
  std::vector<Quote> quotes;
  ArticleContext context;
  explicit SentenceScan(const std::string& t, ArticleContext ctx = {})
      : text(t), words(split_words(t)), quotes(find_quotes(t)), context(ctx) {}
  // Index of the word starting at or after byte `pos`, or words.size().
  std::size_t word_at_or_after(std::size_t pos) const;
  // Index of the last word ending at or before byte `pos`, or npos.
  std::size_t word_before(std::size_t pos) const;
  std::string lower_word(std::size_t i) const { return i < words.size() ? lower(words[i].text) : std::string(); }
};

// The rule families. Each appends candidates with spans in the sentence.
void find_dates_and_periods(const SentenceScan& s, std::vector<Candidate>& out);
// A year candidate for the 4-digit number at [b, e), or false when it belongs to a name.
bool year_candidate(const SentenceScan& s, std::size_t b, std::size_t e, int year, Candidate& out);
void find_numbers_and_years(const SentenceScan& s, const std::vector<Candidate>& taken, std::vector<Candidate>& out);
void find_aliases(const SentenceScan& s, std::vector<Candidate>& out);
void find_names(const SentenceScan& s, std::vector<Candidate>& out);
void find_quoted_terms(const SentenceScan& s, std::vector<Candidate>& out);
void find_lists(const SentenceScan& s, std::vector<Candidate>& out);
// "A, B, C and D joined ...", "...: A, B and C.", "visited A, B and C": three or more names in a row.
void find_name_lists(const SentenceScan& s, std::vector<Candidate>& out);
// People ("President Joe Biden", "Jim O'Neill, an economist", "led by Dilma Rousseff") and places
// ("held in Yekaterinburg", "hosted by South Africa").
void find_people_and_places(const SentenceScan& s, std::vector<Candidate>& out);
// "the upper stage, Ship 30, has ...", "The mascots, the Phryges, were ...": a name in apposition after its noun;
// "on an Ariane 5 rocket", "on Flight 5, the fifth test flight": a designation and the sort of thing it names.
void find_named_appositions(const SentenceScan& s, std::vector<Candidate>& out);
// "on Tuesday", "today", "on 8 September": dates read against the dateline's date.
void find_relative_dates(const SentenceScan& s, std::vector<Candidate>& out);
// "Apple on Thursday became ..." -> "Apple on 2 August 2018 became ...": a weekday left in a question, read against
// the dateline's date as the rule for dates reads it, so that the question stands alone.
std::string date_weekdays(const std::string& question, const std::string& sentence, const Date& published);
// "X stands for Y", "X, formally Y", "the Y (X)", "an X, that is, Y": terms and other names.
void find_terms(const SentenceScan& s, std::vector<Candidate>& out);
// "Britain is the bloc's 12th member": a count of members derived from the ordinal.
void find_ordinal_counts(const SentenceScan& s, std::vector<Candidate>& out);
// A number written in words before a plural noun ("six countries").
void find_spelled_numbers(const SentenceScan& s, const std::vector<Candidate>& taken, std::vector<Candidate>& out);
// A paragraph or sentence that is one quoted opinion with its speaker; `comments`: under a readers' comments
// heading, so the speaker is a reader.
bool find_opinion(const std::string& text, bool comments, Candidate& out);
// Marks not ready every ready suggestion whose multiple-choice question the engine cannot make so that it passes
// the quality rules (with the lexicon and the other suggestions as the content around it).
void vet_ready(std::vector<Suggestion>& suggestions, const Content& lexicon);
// "Ship 30" -> "Ship 28", "Ship 29", "Ship 31": other members of a numbered series, the wrong answers of a designation.
std::vector<std::string> series_neighbours(const std::string& name);
// The lexicon class holding a name ("the" and case aside), or null.
const LexClass* lexicon_class(const Content* lexicon, std::string_view name);

// The first word of the capitalised name that ends at word k: capitalised words and ordinals,
// with "of", "for", "on", "and", "of the" between them; a leading sentence-initial "The" left out.
std::size_t name_start(const SentenceScan& s, std::size_t k);

// True when [b, e) overlaps a candidate already found.
bool overlaps(const std::vector<Candidate>& cs, std::size_t b, std::size_t e);

// A verb form the drafting rules know ("was", "won", anything in -ed of five letters or more).
bool verb_word(const std::string& lower_word);

// A drafted stem a teacher would print: limits, and checks that it reads as English and stands alone.
// 30 words after "According to the article,": item-writing guides ask for a stem that states one problem
// briefly; past 30 words a news sentence carries a second fact or a clause the question does not need.
constexpr std::size_t kMaxStemWords = 30;
// 25 words of article text around a gap: a cloze longer than a short sentence tests reading, not recall.
constexpr std::size_t kMaxGapWords = 25;
// False for "the how many members", "its what percentage target", "on which date 30 March", "the mirror, how many
// metres across, is", a stem with no verb of its own or a bare prepositional phrase.
bool stem_is_grammatical(const std::string& core, const std::string& wh);
std::size_t stem_words(const std::string& question);
// "the average selling price of an iPhone rose to how much?", "Apple sold ___ iPhones": a figure that changes with time
// (sales, prices, revenue) with no year or month to say when; "" when the text has one or says no such figure.
std::string time_frame_flaw(const std::string& text);
// Why a stem does not stand alone ("the move", "otherwise", "approved it", "to do so", "those of"), or "".
std::string stem_context_flaw(const std::string& question);
// The question with an object "it" replaced by what it stands for: the name opening its sentence ("L2 lies ..., and
// Webb reached it"), or an owner's phrase ending the sentence before ("... ratify Finland's accession."); else as is.
std::string resolve_object_it(const std::string& question, const std::string& sentence, const std::string& before);
// Where the bare definite subject opening a stem ends ("the rally" in "the rally followed ..."), or 0: a noun for
// what the article named before, with nothing in the stem to tell which.
std::size_t bare_definite_subject(const std::string& stem);
// "the prize was accepted ..." -> "the 2017 Nobel Peace Prize was accepted ...": a bare definite subject read as the
// first name in `before` (the article's sentences before the question's) whose head is that noun; else as is.
std::string resolve_definite_subject(const std::string& question, const std::string& before);
// "Ulrich will consecrate ..." -> "Laurent Ulrich will consecrate ...": a surname opening the question gets the first
// name the article gives it ("The Archbishop of Paris, Laurent Ulrich, ..."); titles are no first names.
std::string full_name_for_surname(const std::string& question, const std::string& article, const Content* lexicon);
// "Scientific observations are ..." -> "scientific observations are ...": the first word after "According to the
// article," loses the capital it had only for opening its sentence (it is not in `proper`, the words the article
// capitalises inside a sentence).
std::string sentence_case_after_lead(const std::string& question, const std::set<std::string>& proper);
// Marks a candidate not ready when its drafted stem is too long or does not stand alone.
void vet_stem(Candidate& c);

// The text without its appositions between commas (", the rocket company led by Elon Musk,", ", known as X,").
std::string without_appositions(const std::string& text);

// Fills fact.statement and fact.question when the rule left them empty.
void draft_texts(Candidate& c, const std::string& sentence);

// "In" -> "in", "The" -> "the": a sentence's first word made fit for the middle of a question.
std::string lower_first_word(const std::string& s);
std::string capitalize_first(std::string s);
std::string plural(const std::string& noun);  // "day" -> "days", "country" -> "countries"

}  // namespace factdeck::suggest_detail
