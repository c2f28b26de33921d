// SHA-1 (FIPS 180-4), for Anki's field checksums and note GUIDs: not used for security.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace factdeck::exp {

std::array<std::uint8_t, 20> sha1(std::string_view data);

}  // namespace factdeck::exp
