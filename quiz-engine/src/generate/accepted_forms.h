// The other forms of a key a fill-in accepts (accepted_forms.cpp).
#pragma once

#include <string>

#include "factdeck/content.h"
#include "factdeck/generate.h"

namespace factdeck::gen {

// "Santa Maria Maggiore" for "the Basilica of Santa Maria Maggiore"; empty when the name has no such title.
std::string name_without_title(const std::string& name);
// Whether a lexicon class holds people, read from its label.
bool class_of_people(const LexClass& cls);
// "Stern" for "Alan Stern", "Xi" for "Xi Jinping": a name fact's surname, when its class holds people and no other
// member shares it; empty otherwise.
std::string surname_of(const ContentIndex& ix, const Fact& f, const std::string& name);
// "plurinational" for "plurinational state"; empty when the term ends in no generic head noun.
std::string without_generic_head(const std::string& term);
// "China Central Television" for "CCTV" when the fact's note or sentence gives it; empty otherwise.
std::string expansion_in_fact(const std::string& key, const Fact& f);
// "JPL" for "Jet Propulsion Laboratory" when the article writes the initials as a word; empty otherwise.
std::string initials_in_article(const std::string& name, const Article& article);

}  // namespace factdeck::gen
