// Anki's legacy collection (schema 11) and the note types Factdeck writes into it (private to the Anki exporter).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "factdeck/status.h"

namespace factdeck::exp::anki {

// Fixed note-type ids: Anki matches note types by id, so every export must use the same ones.
constexpr std::int64_t kChoiceModel = 1736000000101;  // "Factdeck multiple choice": Question, Options, Answer, Explanation, Article
constexpr std::int64_t kClozeModel = 1736000000102;   // "Factdeck cloze": Text, Explanation, Article

struct Deck {
  std::int64_t id = 0;
  std::string name;  // "Factdeck::<article title>"
  std::string description;
};

struct Note {
  std::string guid;                 // derived from the question id: re-imports update, not duplicate
  std::int64_t model = kChoiceModel;
  std::int64_t deck = 0;
  std::vector<std::string> fields;  // HTML, in the note type's field order
  std::vector<std::string> tags;    // no spaces inside a tag
};

// Anki's strip_html_preserving_media_filenames for the HTML Factdeck writes: tags removed, then (when
// an '&' is present) entities decoded and no-break spaces made spaces. The text csum and sfld hold.
std::string strip_html(std::string_view html);
// The first 8 hex digits of SHA-1 of the stripped first field, as an integer (Anki's csum).
std::int64_t field_checksum(std::string_view first_field);
// Anki's base91 form of the first 64 bits of SHA-1 of `key`.
std::string guid_for(std::string_view key);
// A positive id below 2^53 (safe in JavaScript readers) from a name, for decks.
std::int64_t id_for(std::string_view name);

// Writes a complete collection.anki2 (schema 11, with graves and revlog tables) at `path`.
// `now` is Unix seconds: modification times, which must grow between exports for Anki to update notes.
Status write_collection(const std::string& path, const std::vector<Deck>& decks, const std::vector<Note>& notes,
                        std::int64_t now);

}  // namespace factdeck::exp::anki
