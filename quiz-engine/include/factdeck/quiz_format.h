// A quiz as a document: JSON for programs, Markdown for printing (numbered questions, answer key at the end).
#pragma once

#include <string>

#include "factdeck/content.h"
#include "factdeck/generate.h"

namespace factdeck {

// An object with the quiz's seed and settings and a `questions` array; each question
// carries id, article, fact, type, prompt, its type's own fields, explanation and
// difficulty. Keys in a fixed order, two-space indent, a final newline: the same quiz
// gives the same bytes everywhere.
std::string quiz_to_json(const Quiz& quiz);

// Numbered questions with lettered options, then the answer key with each answer's
// source sentence and note. `content` supplies the article titles for the heading.
std::string quiz_to_markdown(const Quiz& quiz, const Content& content);

}  // namespace factdeck
