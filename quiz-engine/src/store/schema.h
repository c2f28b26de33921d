// The ordered schema migrations: migration i takes user_version i to i + 1.
#pragma once

#include <vector>

namespace factdeck::store_detail {

constexpr int kApplicationId = 0x46444b31;  // "FDK1" in PRAGMA application_id marks a Factdeck file

// SQL scripts, index 0 creates version 1. Never edit a released entry: append a new one.
const std::vector<const char*>& migrations();

}  // namespace factdeck::store_detail
