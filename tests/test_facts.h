// Facts and articles for engine tests, built in one line each rather than field by field.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "factdeck/content.h"
#include "factdeck/question.h"

namespace factdeck::test {

// A fact of `kind` with its question and statement; the caller sets its answer (text, year, number...).
inline Fact fact(const char* id, Kind kind, const char* question, const char* statement) {
  Fact f;
  f.id = id;
  f.kind = kind;
  f.question = question;
  f.statement = statement;
  return f;
}

// A number fact: `value` `unit` ("81 points").
inline Fact number(const char* id, const char* question, const char* statement, double value, const char* unit) {
  Fact f = fact(id, Kind::Number, question, statement);
  f.number.value = value;
  f.number.unit = unit;
  return f;
}

// A name fact answered by `text`, its wrong answers from lexicon class `cls`.
inline Fact name(const char* id, const char* question, const char* statement, const char* text, const char* cls) {
  Fact f = fact(id, Kind::Name, question, statement);
  f.text = text;
  f.class_id = cls;
  return f;
}

// A term fact: `text` and what it means.
inline Fact term(const char* id, const char* question, const char* statement, const char* text, const char* definition) {
  Fact f = fact(id, Kind::Term, question, statement);
  f.text = text;
  f.definition = definition;
  return f;
}

// A year fact.
inline Fact year(const char* id, const char* question, const char* statement, int value) {
  Fact f = fact(id, Kind::Year, question, statement);
  f.year = value;
  return f;
}

// A lexicon class: `id`, what its members are (`label`), and the members.
inline LexClass lex_class(const char* id, const char* label, std::vector<std::string> members) {
  LexClass c;
  c.id = id;
  c.label = label;
  c.members = std::move(members);
  return c;
}

// A question of `type` about one fact of an article, with its prompt; the caller sets what it shows.
inline Question question(const std::string& article, const std::string& fact, QuestionType type, std::string prompt) {
  Question q;
  q.article = article;
  q.fact = fact;
  q.facts = {fact};
  q.type = type;
  q.prompt = std::move(prompt);
  q.id = article + "/" + fact + "/" + std::string(type_name(type));
  return q;
}

// An article holding `facts`, in a content of its own.
inline Content one_article(const char* id, const char* title, std::vector<Fact> facts) {
  Article a;
  a.id = id;
  a.title = title;
  a.facts = std::move(facts);
  Content c;
  c.articles.push_back(std::move(a));
  return c;
}

}  // namespace factdeck::test
