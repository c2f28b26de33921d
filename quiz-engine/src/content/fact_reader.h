// Reading and checking one [[fact]] table, and the content-wide warnings about facts.
#pragma once

#include "content/toml_reader.h"
#include "factdeck/content.h"

namespace factdeck::content_detail {

// Reads `t` into `out`, reporting every problem to `r`. `lexicon` holds the known classes.
// Returns false when the fact has an error (it is then not loaded).
bool read_fact(Reader& r, const toml::table& t, const Content& lexicon, Fact& out);

// Warns about facts that cannot get 3 wrong answers for a 4-option multiple-choice question.
void warn_thin_facts(const Content& content, std::vector<Diagnostic>& out);
// A list fact whose sentence names fewer than half its members, as a warning.
void warn_list_sentence(const Content& content, std::vector<Diagnostic>& out);
// A 'reverse' question that can never be asked (fewer than 2 wrong answers of its kind), as a warning.
void warn_unaskable_reverse(const Content& content, std::vector<Diagnostic>& out);

// How many distinct wrong answers the content offers for a name, alias, term or list fact.
std::size_t wrong_answer_supply(const Content& content, const Fact& fact);

}  // namespace factdeck::content_detail
