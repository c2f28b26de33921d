// Time as a value: Unix seconds passed into the engine, parsed from and printed as ISO 8601.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace factdeck {

using UnixSeconds = std::int64_t;

// Parses "2024-01-03T09:00:00Z", "2024-01-03T09:00Z", "2024-01-03T09:00:00.000Z",
// "2024-01-03T09:00:00+02:00" and a bare date "2024-01-03" (midnight UTC).
std::optional<UnixSeconds> parse_iso8601(std::string_view s);
// "2024-01-03T09:00:00Z" (always UTC).
std::string format_iso8601(UnixSeconds t);
// The real clock, for the program's edges only; the engine takes time as an argument.
UnixSeconds system_now();

}  // namespace factdeck
