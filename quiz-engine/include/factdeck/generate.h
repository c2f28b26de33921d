// Question generation: every type from the facts that support it, reproducible from a seed.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/question.h"

namespace factdeck {

namespace gen {
class IndexTables;
}

// What generation and checking know about one Content: aliases, the true answers of each question, distractor
// pools. The caller builds it and passes it to every call; its tables fill as questions need them. It reads the
// content, which must outlive it and stay unchanged while it is used: after an edit, build a new index. One
// thread at a time (its tables fill on use); each thread of a program that generates in parallel holds its own.
class ContentIndex {
 public:
  explicit ContentIndex(const Content& content);
  ~ContentIndex();
  ContentIndex(const ContentIndex&) = delete;
  ContentIndex& operator=(const ContentIndex&) = delete;

  const Content& content() const { return content_; }
  gen::IndexTables& tables() const;
  // Forgets every look-up: call it when the content this index reads has been replaced in place
  // (the tables hold pointers into it).
  void reset();  // the generator's own look-ups (private header generate/content_index.h)

 private:
  const Content& content_;
  std::unique_ptr<gen::IndexTables> tables_;
};

// Types a single fact can be asked as (order and match draw on several facts).
std::vector<QuestionType> types_for(const Fact& fact);

// One question about one fact that passes every quality rule; same inputs, same question.
// It is of `type` when a version of that type passes. When none does, an mcq or reverse question
// falls back to a cloze, and an mcq, reverse or true/false question to a true statement (tf), so
// the result's type can differ from `type`: check it. Nullopt when the fact does not support
// `type` (types_for), or when neither the type nor a fallback passes.
std::optional<Question> generate_question(const ContentIndex& index, const Article& article,
                                          const Fact& fact, QuestionType type,
                                          Difficulty difficulty, std::uint64_t seed);
// The same with an index made for this one call (an index starts empty, so this costs the look-ups it does;
// a caller asking many questions of one content keeps an index instead).
std::optional<Question> generate_question(const Content& content, const Article& article, const Fact& fact,
                                          QuestionType type, Difficulty difficulty, std::uint64_t seed);

struct QuizSelection {
  std::vector<std::string> articles;    // empty: all
  std::vector<QuestionType> types;      // empty: the difficulty's own mix (default_types)
  std::vector<std::string> tags;        // empty: any
  std::vector<Kind> kinds;              // empty: any
  int count = 10;
  Difficulty difficulty = Difficulty::Medium;
  std::uint64_t seed = 1;
  // Ask a fact a second time (in another form) when the selection has fewer facts than `count`. Off: a fact is
  // asked once, and a quiz that cannot be filled without asking again comes out shorter (Quiz::shortfall).
  bool repeat_facts = false;
};

// The types a quiz of each difficulty draws on when the selection names none: easy asks for recognition
// (options, true or false), hard for recall (typed answers) and the closest options. Order questions only when
// the selection names them.
std::vector<QuestionType> default_types(Difficulty d);

struct Quiz {
  QuizSelection selection;
  // The teacher's title (quiz_edit.h); empty: the exports title the quiz by its articles' headlines.
  std::string title;
  std::vector<Question> questions;
  // Why the quiz has fewer questions than asked for; empty when it has them all.
  std::string shortfall;
};

// A quiz is a function of (content, selection): same inputs, byte-identical output. Across the quiz: no question
// shows another's answer (nor the headline of an article it asks about), each fact is asked once (unless
// repeat_facts), no statement template is used more than ceil(count / 5) times, keys sit evenly at each position.
Quiz make_quiz(const ContentIndex& index, const QuizSelection& selection);
Quiz make_quiz(const Content& content, const QuizSelection& selection);  // with an index of its own

}  // namespace factdeck
