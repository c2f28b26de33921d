// The FSRS commands' shared argument: --w '[21 numbers]', the parameters to use instead of the defaults.
#pragma once

#include <array>
#include <cmath>
#include <string>

#include <nlohmann/json.hpp>

namespace factdeck::cli {

// Reads `text` as a JSON array of 21 finite numbers into `w`; returns the error for the user, or "" on success
// (then every parameter is set).
inline std::string parse_fsrs_weights(const std::string& text, std::array<double, 21>& w) {
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_array() || j.size() != 21) return "--w needs a JSON array of 21 numbers";
  for (std::size_t i = 0; i < 21; ++i) {
    if (!j[i].is_number() || !std::isfinite(j[i].get<double>()))
      return "--w: parameter " + std::to_string(i) + " is not a finite number";
    w[i] = j[i].get<double>();
  }
  return "";
}

}  // namespace factdeck::cli
