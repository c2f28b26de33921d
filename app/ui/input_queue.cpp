// Keyboard input trickled to ImGui one frame at a time (what ImGui 1.87 later built in), and the input log.
#include "ui/input_queue.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <imgui.h>
#include <imgui_internal.h>  // the active id and its text state, to leave a field without reverting it

#include <cstdio>
#include <cstdlib>
#include <deque>
#include <vector>

#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

struct InputEvent {
  bool is_char = false;
  int key = 0, scancode = 0, action = 0, mods = 0;  // a key event
  unsigned int codepoint = 0;                       // a character
};

GLFWwindow* g_window = nullptr;
std::deque<InputEvent> g_queue;  // GLFW's events in the order they came, not yet given to a frame
long g_presses = 0;              // key presses given to the screens so far (the input log counts them)
long g_chars = 0;                // characters given to the screens so far (typed text; a Shift is a press, no char)
long g_logged_idle = -1;         // the press count of the last "idle" line
long g_logged_chars = -1;        // and its character count
bool g_hold_chars = false;       // the next frame gives no characters (a field is being activated in it)

std::FILE* g_log = nullptr;      // FACTDECK_INPUT_LOG, opened afresh at the start

std::FILE* log_file() { return g_log; }

// A press ImGui acts on inside a text field (Backspace, Enter, arrows, Ctrl+V, ...); plain printable keys,
// modifiers and releases do nothing there but what their character does.
bool acts_on_text(const InputEvent& e) {
  if (e.action == GLFW_RELEASE) return false;
  if (e.key >= GLFW_KEY_LEFT_SHIFT && e.key <= GLFW_KEY_RIGHT_SUPER) return false;
  if (e.mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT | GLFW_MOD_SUPER)) return true;
  const bool printable = (e.key >= GLFW_KEY_SPACE && e.key <= GLFW_KEY_GRAVE_ACCENT) || e.key == GLFW_KEY_WORLD_1 ||
                         e.key == GLFW_KEY_WORLD_2 || e.key == GLFW_KEY_UNKNOWN;
  return !printable;
}

// Esc in a text field: ImGui 1.86 would put the text back as it was when the field was entered, losing
// what was typed. The field already holds the typed text (ImGui writes it through on every change), so the
// field is left here, before ImGui sees the key, and the text stays.
bool leave_text_field(const InputEvent& e) {
  if (e.key != GLFW_KEY_ESCAPE || e.action == GLFW_RELEASE) return false;
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.ActiveId == 0 || g.InputTextState.ID != g.ActiveId) return false;
  ImGui::ClearActiveID();
  return true;
}

void on_key(GLFWwindow*, int key, int scancode, int action, int mods) {
  InputEvent e;
  e.key = key, e.scancode = scancode, e.action = action, e.mods = mods;
  g_queue.push_back(e);
}

void on_char(GLFWwindow*, unsigned int c) {
  InputEvent e;
  e.is_char = true;
  e.codepoint = c;
  g_queue.push_back(e);
}

}  // namespace

void install_input_queue(GLFWwindow* window) {
  g_window = window;
  // These replace the backend's callbacks; feed_input_for_frame calls the backend's in turn.
  glfwSetKeyCallback(window, on_key);
  glfwSetCharCallback(window, on_char);
}

bool input_queued() { return !g_queue.empty(); }

void hold_characters_next_frame() { g_hold_chars = true; }

bool feed_input_for_frame() {
  bool gave = false;
  std::vector<int> changed;  // keys that went down or up in this frame
  bool text_key = false, typed = false;
  const bool hold_chars = g_hold_chars;
  g_hold_chars = false;
  while (!g_queue.empty()) {
    const InputEvent e = g_queue.front();
    if (e.is_char) {
      // ImGui inserts a frame's characters before it acts on its keys: a Backspace and the letter after
      // it must not share a frame.
      if (text_key || hold_chars) break;
      ImGui_ImplGlfw_CharCallback(g_window, e.codepoint);
      typed = true;
      ++g_chars;
    } else {
      bool seen = false;
      for (int k : changed) seen = seen || k == e.key;
      if (seen) break;  // a press and its release in one frame: ImGui would see neither
      const bool acts = acts_on_text(e);
      if (acts && typed) break;
      changed.push_back(e.key);
      text_key = text_key || acts;
      // The screens still see the press (their keys ask whether a field had the keyboard in this frame).
      note_key_event(e.key, e.action, e.mods);
      if (!leave_text_field(e)) ImGui_ImplGlfw_KeyCallback(g_window, e.key, e.scancode, e.action, e.mods);
      if (e.action != GLFW_RELEASE) ++g_presses;  // GLFW reports a press right after a release as a repeat
      if (std::FILE* f = log_file()) std::fprintf(f, "key %d %d\n", e.key, e.action);
    }
    g_queue.pop_front();
    gave = true;
  }
  return gave;
}

void open_input_log() {
  const char* path = std::getenv("FACTDECK_INPUT_LOG");
  if (!path || !*path || g_log) return;
  g_log = std::fopen(path, "w");  // a new app, a new log: a test never reads the last one's lines
  if (g_log) std::setvbuf(g_log, nullptr, _IOLBF, 0);
}

void log_input_event(const char* what) {
  if (!g_log) return;
  std::fprintf(g_log, "%s\n", what);
  g_logged_idle = g_logged_chars = -1;  // the next idle moment is written too: a test waits for "ready" and then "idle"
}

void log_idle() {
  if ((g_presses == g_logged_idle && g_chars == g_logged_chars) || !log_file()) return;
  std::fprintf(log_file(), "idle %ld %ld\n", g_presses, g_chars);
  g_logged_idle = g_presses;
  g_logged_chars = g_chars;
}

}  // namespace factdeck::ui
