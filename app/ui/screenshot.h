// `factdeck --screenshot`: every screen in a realistic state, rendered to PNGs and checked by the layout audit.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "ui/app_state.h"

struct GLFWwindow;

namespace factdeck::ui {

// The desktop's own options (after the common ones): screenshots, and a file to open.
struct DesktopOptions {
  std::vector<std::string> screens;               // --screenshot NAME[,NAME..] or all; empty: the window opens
  std::string out;                                // --out: a .png for one picture, else a folder
  std::vector<std::pair<int, int>> windows;       // --window WxH[,WxH..]; default 1100x760
  std::vector<int> text_sizes;                    // --text-size NAME[,NAME..] in px; default: the saved one
  bool audit = false;                             // --layout-audit
  std::string open;                               // --open FILE: a text or CSV file, as if dropped on the window
  bool screenshot() const { return !screens.empty(); }
};

// The screens --screenshot knows, in the order `all` takes them.
const std::vector<std::string>& screenshot_names();
// Takes the desktop options out of `args`; returns an error message, or "" when all was understood.
std::string take_desktop_options(std::vector<std::string>& args, DesktopOptions& out);

// Renders every asked screen at every asked window and text size; writes the PNGs and prints the audit's
// lines. Returns 0, or 1 when a picture could not be written or the audit found anything.
int run_screenshots(AppState& s, GLFWwindow* window, const DesktopOptions& o, float content_scale);

}  // namespace factdeck::ui
