// The desktop app's entry: opens the window (or renders one screen to a PNG) over the engine.
#pragma once

#include <string>
#include <vector>

#include "common/options.h"

namespace factdeck::ui {

// args: what is left after the common options (--screenshot SCREEN --out FILE.png).
int run_desktop(const common::CommonOptions& common, const std::vector<std::string>& args);

}  // namespace factdeck::ui
