// A generated question of any type, ready to show, check, export or store.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factdeck {

enum class QuestionType { Mcq, TrueFalse, Cloze, Reverse, Order, Match, Numeric, FactOrOpinion };
std::string_view type_name(QuestionType t);  // "mcq", "tf", "cloze", "reverse", "order", "match", "numeric", "fact-or-opinion"
std::optional<QuestionType> type_from_name(std::string_view s);
const std::vector<QuestionType>& all_types();
// Recall types ask the learner to type the answer (cloze, numeric).
bool is_recall_type(QuestionType t);

enum class Difficulty { Easy, Medium, Hard };
std::string_view difficulty_name(Difficulty d);  // "easy", "medium", "hard"
std::optional<Difficulty> difficulty_from_name(std::string_view s);

struct Question {
  std::string id;       // stable: "article/fact/type" (+ "/n" for several of one kind)
  std::string article;  // article id
  std::string fact;     // fact id (the first one for order and match)
  std::vector<std::string> facts;  // every fact the question draws on
  QuestionType type = QuestionType::Mcq;
  Difficulty difficulty = Difficulty::Medium;
  std::string prompt;

  // mcq, reverse, fact-or-opinion ("Reported fact" / "Opinion"): options and the key's index.
  std::vector<std::string> options;
  int answer = -1;

  // tf: the statement shown and whether it is true.
  std::string statement;
  bool truth = false;

  // cloze: the text with "____" for the blank, and every accepted answer (key first).
  std::string text;
  std::vector<std::string> accept;

  // order: items as shown, and order[i] = index into items of the i-th earliest.
  std::vector<std::string> items;
  std::vector<int> order;

  // match: left and right columns as shown, pairs[i] = index into right matching left[i].
  std::vector<std::string> left;
  std::vector<std::string> right;
  std::vector<int> pairs;

  // numeric: the key value, its unit and the accepted absolute tolerance.
  double value = 0;
  std::string unit;
  double tolerance = 0;

  // Shown after answering: the article's sentence, the note, the original-language name.
  std::string sentence;
  std::string note;
  std::string original;
  std::string answer_text;  // the right answer in words, for feedback
};

}  // namespace factdeck
