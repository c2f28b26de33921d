// The text sizes a person can choose (Settings, --text-size): their names and pixel sizes.
#pragma once

#include <cstdlib>
#include <optional>
#include <string>

namespace factdeck::ui {

inline constexpr int kTextSizeCount = 5;
inline constexpr int kTextSizes[kTextSizeCount] = {18, 22, 28, 34, 44};
inline constexpr const char* kTextSizeNames[kTextSizeCount] = {"small", "normal", "large", "larger", "projector"};

// The named size nearest to `px`.
inline int text_size_index(int px) {
  int best = 1;
  for (int i = 0; i < kTextSizeCount; ++i)
    if (std::abs(kTextSizes[i] - px) < std::abs(kTextSizes[best] - px)) best = i;
  return best;
}

inline std::optional<int> text_size_from_name(const std::string& name) {
  for (int i = 0; i < kTextSizeCount; ++i)
    if (name == kTextSizeNames[i]) return kTextSizes[i];
  return std::nullopt;
}

}  // namespace factdeck::ui
