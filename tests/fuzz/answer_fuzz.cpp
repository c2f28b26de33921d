// Fuzz target: the typed-answer checker (canonical forms, numbers, edit distance) on any bytes, with its basic laws.
#include <string>
#include <vector>

#include "factdeck/answer.h"
#include "fuzz_target.h"
#include "fuzz_utf8.h"

// Input: a typed answer and an accepted answer separated by a NUL byte (or the whole input as both).
FACTDECK_FUZZ_TARGET(answer) {
  using namespace factdeck;
  const std::string_view all = fuzz::as_text(data, size);
  if (all.size() > 4096) return 0;  // the desktop caps a typed answer far below this
  const auto nul = all.find('\0');
  const std::string_view typed = all.substr(0, nul);
  const std::string_view key = nul == std::string_view::npos ? all : all.substr(nul + 1);

  (void)parse_number_text(typed);
  const std::string canonical = canonical_answer(typed);
  // An answer always matches itself, typed the same way. Only for text a keyboard can give (valid
  // UTF-8): a cut-off multi-byte sequence is read differently at the end of a word than before a
  // space that the check trims, which grades such bytes as wrong, harmlessly (found by this fuzzer).
  FUZZ_CHECK(same_answer(typed, typed));
  if (fuzz::valid_utf8(typed)) FUZZ_CHECK(check_text_answer(typed, {std::string(typed)}).correct || canonical.empty());

  const AnswerResult r = check_text_answer(typed, {std::string(key)});
  if (r.correct) FUZZ_CHECK(r.matched == key);
  if (typed.size() <= 256 && key.size() <= 256) {
    const int d = damerau_levenshtein(typed, key);
    FUZZ_CHECK(d >= 0 && static_cast<std::size_t>(d) <= std::max(typed.size(), key.size()));
    FUZZ_CHECK(d == damerau_levenshtein(key, typed));
    FUZZ_CHECK((d == 0) == (typed == key));
  }
  if (const auto n = parse_number_text(key)) {
    (void)check_numeric_answer(typed, n->value, n->unit, 0.5);
    (void)check_numeric_answer(typed, n->value, n->unit, 0);
  }
  return 0;
}
