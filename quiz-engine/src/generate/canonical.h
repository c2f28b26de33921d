// The canonical answer form without a copy, for the checks that run for every option (private).
#pragma once

#include <string>
#include <string_view>

namespace factdeck {

// canonical_answer(text), as a reference into a per-thread memo. It stays valid until the second canonical
// look-up after this one on the same thread (canonical_answer, same_answer or canonical_ref): compare or copy it
// at once, never keep it.
const std::string& canonical_ref(std::string_view text);

}  // namespace factdeck
