// The GLFW + OpenGL 3.3 + Dear ImGui shell: window, idle-friendly loop, screenshots, and the screens' frame.
#include <glad/gl.h>
// glad before GLFW, so GLFW does not pull in the system GL header.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "factdeck/backup.h"
#include "ui/app_state.h"
#include "ui/desktop.h"
#include "ui/first_frame.h"
#include "ui/fonts.h"
#include "ui/input_queue.h"
#include "ui/render.h"
#include "ui/safety.h"
#include "ui/screenshot.h"
#include "ui/views/views.h"
#include "ui/window_mode.h"

namespace factdeck::ui {
namespace {

constexpr int kFramesAfterInput = 3;  // ImGui settles hover/active state within a few frames

GLFWwindow* g_window = nullptr;

void glfw_error(int code, const char* what) { std::fprintf(stderr, "factdeck: GLFW error %d: %s\n", code, what); }

constexpr const char* kTitle = "Factdeck";
constexpr const char* kTitleLoading = "Factdeck (loading)";

void remember_window(AppState& s, GLFWwindow* window) {
  remember_window_geometry(s, window);
  s.ui.screen = s.screen;
  save_ui_settings(s.store.get(), s.ui);
}

// What the command line asked of the window: the app, or screens rendered to PNGs (screenshot.h).
using Request = DesktopOptions;

// The loop's own state from one frame to the next.
struct Loop {
  int frames_left = kFramesAfterInput;  // frames still owed after input or a change, before blocking
  double draft_due_s = -1;              // seconds until a changed draft is written; negative when none waits
  bool first_frame_shown = false;
  bool ready_shown = false;        // the first frame with the loaded collection was shown
  bool font_texture_made = false;
  bool font_rebuilt = false;       // built since the atlas's input and pixels were last released
  float xscale = 1;                // the monitor's content scale: fonts are built at text size times this
};

// Reads the window's own options (--screenshot, --out, --window, --text-size, --layout-audit, --open); a usage
// error gives the exit code 2.
int read_request(const std::vector<std::string>& argv, Request& req) {
  std::vector<std::string> args = argv;
  if (const std::string error = take_desktop_options(args, req); !error.empty()) {
    std::cerr << "factdeck: " << error << "; see factdeck --help\n";
    return 2;
  }
  return 0;
}

// Creates the OpenGL 3.3 window at the remembered size and place (a screenshot's is fixed) and loads GL;
// null (after saying why) when it cannot.
GLFWwindow* open_window(AppState& state, const Request& req) {
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GL_TRUE);
  if (req.screenshot()) state.ui.window_w = req.windows[0].first, state.ui.window_h = req.windows[0].second;
  if (req.screenshot()) state.ui.fullscreen = false;
  // A screenshot shows the loaded collection, so it waits for it.
  if (req.screenshot() && state.loading.valid()) state.loading.wait();
  GLFWwindow* window = glfwCreateWindow(state.ui.window_w, state.ui.window_h,
                                        state.is_loading() ? kTitleLoading : kTitle, nullptr, nullptr);
  factdeck_trace("window created");
  if (!window) {
    std::cerr << "factdeck: cannot create an OpenGL 3.3 window\n";
    return nullptr;
  }
  g_window = window;
  if (!req.screenshot() && state.ui.window_x >= 0 && state.ui.window_y >= 0)
    glfwSetWindowPos(window, state.ui.window_x, state.ui.window_y);
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);
  if (!gladLoadGL(glfwGetProcAddress)) {
    std::cerr << "factdeck: cannot load OpenGL 3.3 functions\n";
    glfwDestroyWindow(window);
    return nullptr;
  }
  return window;
}

// ImGui over the window: its context, the theme, the backends, and the window's callbacks (input queue,
// dropped files, the close button).
void start_imgui(GLFWwindow* window, AppState& state, const Request& req) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // window layout is ours, not imgui.ini's
  // No ImGui keyboard navigation: Space, Enter and Tab carry Factdeck's own meanings on every screen.
  apply_theme(state.ui.light);
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  install_input_queue(window);  // keys and characters reach ImGui a frame at a time, none lost
  // A file dropped on the window opens in Add article (a .csv/.tsv in its import), between frames.
  glfwSetWindowUserPointer(window, &state);
  glfwSetDropCallback(window, [](GLFWwindow* w, int count, const char** paths) {
    if (count > 0) open_dropped_file(*static_cast<AppState*>(glfwGetWindowUserPointer(w)), paths[0]);
  });
  // The window's close button asks first when there is unsaved work, like Ctrl+Q.
  if (!req.screenshot())
    glfwSetWindowCloseCallback(window, [](GLFWwindow* w) {
      if (!may_quit(*static_cast<AppState*>(glfwGetWindowUserPointer(w)))) glfwSetWindowShouldClose(w, GLFW_FALSE);
    });
  ImGui_ImplOpenGL3_Init("#version 330 core");
  factdeck_trace("OpenGL and ImGui ready");
}

// The first font atlas, at the text size times the monitor's scale.
void build_first_fonts(GLFWwindow* window, AppState& state, Loop& loop) {
  float yscale = 1;
  glfwGetWindowContentScale(window, &loop.xscale, &yscale);
  // Latin and punctuation now; the glyphs the content uses are added once it is loaded (fonts_dirty), or
  // now when the worker is already done (a small collection), so the atlas is not built twice.
  state.glyphs = glyph_ranges(Content{});
  if (finish_loading(state)) glfwSetWindowTitle(window, kTitle);
  build_fonts(state.glyphs, static_cast<float>(font_px(state)) * loop.xscale);
  state.fonts_dirty = false;
  ImGui::GetStyle().ScaleAllSizes(loop.xscale);
  factdeck_trace("fonts built");
}

// Idle costs nothing: blocks until input unless frames are still owed or input is queued; wakes for
// background work's moving bar, present mode's timer and a draft due to be written.
void wait_for_input(AppState& state, Loop& loop) {
  if (loop.frames_left > 0 || input_queued()) {
    glfwPollEvents();
    return;
  }
  log_idle();
  // Background work shows a moving bar, so wake ten times a second until it is done; so does present mode's
  // timer while a question waits for its answer.
  if (state.stats.pending.valid() || state.stats.model_pending.valid() || state.settings.fitting.valid() ||
      state.builder.exporting.valid() || state.builder.assign_job.valid() || state.is_loading() ||
      (state.present.on && !state.present.revealed) ||
      (state.cached.progress_pending.valid() &&
       state.cached.progress_pending.wait_for(std::chrono::seconds(0)) != std::future_status::ready))
    glfwWaitEventsTimeout(0.1);
  else if (loop.draft_due_s >= 0) glfwWaitEventsTimeout(loop.draft_due_s);  // a draft is written after a pause
  else glfwWaitEvents();
  loop.frames_left = kFramesAfterInput;
}

// Between frames: the loaded collection swapped in, drafts read back, the day's backup collected, and the
// font atlas rebuilt when the text size or the glyphs changed.
void between_frames(GLFWwindow* window, AppState& state, Loop& loop) {
  if (finish_loading(state)) {
    factdeck_trace("collection swapped in");
    glfwSetWindowTitle(window, kTitle);
    loop.frames_left = kFramesAfterInput;
  }
  if (!state.is_loading()) restore_drafts(state);  // once, with the content they refer to
  if (state.start_backup.valid() &&
      state.start_backup.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
    wait_start_backup(state);
  if (state.fonts_dirty) {
    // A real rebuild at the new pixel size (not a scaled bitmap), between frames.
    build_fonts(state.glyphs, static_cast<float>(font_px(state)) * loop.xscale);
    if (loop.font_texture_made) {  // before the first NewFrame, the backend makes the texture itself
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    loop.font_rebuilt = true;
    state.fonts_dirty = false;
    factdeck_trace("fonts rebuilt");
  }
}

// One ImGui frame: this frame's share of the queued input, the screens drawn and rendered into the back buffer;
// then what the views asked for is applied (after drawing, so a frame never sees half a change) and the window
// follows F11 and present mode into or out of full screen.
void draw_one_frame(GLFWwindow* window, AppState& state, Loop& loop) {
  ImGui_ImplOpenGL3_NewFrame();
  if (!loop.font_texture_made || loop.font_rebuilt) {
    // The texture is on the GPU now: the atlas's pixels and the font file it read (5 MB for the CJK
    // font) are not needed until the next rebuild, which reads the file again.
    ImGui::GetIO().Fonts->ClearTexData();
    ImGui::GetIO().Fonts->ClearInputData();
    loop.font_rebuilt = false;
  }
  loop.font_texture_made = true;
  // Input this frame owes the settling frames after it; what is still queued gets the next frames.
  if (feed_input_for_frame()) loop.frames_left = kFramesAfterInput;
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  draw_frame(state);
  ImGui::Render();
  render_draw_data(window);
  end_frame_keys();
  if (apply_requests(state)) loop.frames_left = kFramesAfterInput;
  apply_window_mode(state, window);
}

// The frame goes on screen; the first one and the first with the loaded collection are reported (the bench
// and the tests wait for them); drafts are kept; a quit asked for goes ahead, or puts up its question.
void present(GLFWwindow* window, AppState& state, Loop& loop) {
  glfwSwapBuffers(window);
  if (!loop.first_frame_shown) {
    factdeck_report_first_frame();
    factdeck_trace(state.is_loading() ? "first frame shown (loading)" : "first frame shown");
    loop.first_frame_shown = true;
  }
  if (!loop.ready_shown && !state.is_loading()) {
    factdeck_report_ready();
    log_input_event("ready");
    factdeck_trace("ready: the loaded collection is on screen");
    loop.ready_shown = true;
  }
  loop.draft_due_s = keep_drafts(state, glfwGetTime());
  if (state.quit) {
    state.quit = false;
    if (may_quit(state)) glfwSetWindowShouldClose(window, GLFW_TRUE);
    else loop.frames_left = kFramesAfterInput;  // the question is drawn
  }
}

// Quitting: the workers finish (a transaction, a copy), the window's place, the drafts and the day's backup
// are kept (the backup only after changes; a damaged database is never written), then everything closes.
void shut_down(GLFWwindow* window, AppState& state, const Request& req) {
  // Quitting while the collection still loads or the day's backup is made: the window goes at once.
  if (state.is_loading() || state.start_backup.valid()) glfwHideWindow(window);
  if (state.is_loading()) state.loading.wait();
  state.wait_progress();
  wait_start_backup(state);  // before the backup on quitting, and before the database closes
  stop_model_workers(state);  // a fit under way is dropped (nothing saved) rather than waited for
  if (!req.screenshot()) {
    write_drafts_now(state);  // to the drafts folder, never the database
    remember_window(state, window);
    // A backup on quitting after changes (at most one a day is kept); a failure is only reported.
    if (state.store) {
      Status b = make_backup_if_due(*state.store, state.options.data_dir, state.now(), true);
      if (!b.ok()) std::cerr << "factdeck: backup not made: " << b.message() << "\n";
    }
  }
  // Background work finishes before the engine it reads goes away.
  if (state.stats.pending.valid()) state.stats.pending.wait();
  if (state.builder.exporting.valid()) state.builder.exporting.wait();
  if (state.builder.assign_job.valid()) state.builder.assign_job.wait();
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
}

}  // namespace

void wake_ui() { glfwPostEmptyEvent(); }

void apply_theme(bool light) {
  if (light) ImGui::StyleColorsLight();
  else ImGui::StyleColorsDark();
  ImGuiStyle& style = ImGui::GetStyle();
  style.FrameRounding = 4;
  style.GrabRounding = 4;
  style.WindowPadding = ImVec2(14, 12);
  style.ItemSpacing = ImVec2(10, 8);
  style.FramePadding = ImVec2(10, 6);
}

int run_desktop(const common::CommonOptions& common, const std::vector<std::string>& argv) {
  AppState state;
  state.options = common;
  Request req;
  if (int usage = read_request(argv, req)) return usage;

  factdeck_trace("main");
  if (!req.screenshot()) open_input_log();
  glfwSetErrorCallback(glfw_error);
  if (!glfwInit()) {
    std::cerr << "factdeck: cannot open a window: no display (is DISPLAY set?).\n"
                 "The command line works without one: factdeck --help, factdeck check, factdeck study --terminal\n";
    return 1;
  }
  factdeck_trace("glfwInit");
  // The database opens here (the window's size, theme and screen are in it); the content loads, and the
  // cards sync, on a worker while the window and the first frame are made. Problems become messages.
  start_loading(state);
  state.ui = load_ui_settings(state.store.get());
  // A review is not resumed across runs (its card was answered or not); the other screens are.
  if (!req.screenshot()) state.screen = state.ui.screen == Screen::Review ? Screen::Today : state.ui.screen;
  if (!req.screenshot() && !req.open.empty()) open_dropped_file(state, req.open);

  GLFWwindow* window = open_window(state, req);
  if (!window) {
    if (state.is_loading()) state.loading.wait();
    glfwTerminate();
    return 1;
  }
  start_imgui(window, state, req);
  Loop loop;
  build_first_fonts(window, state, loop);

  // Screenshots draw their screens and leave; the app's loop runs until it is quit.
  const int exit_code = req.screenshot() ? run_screenshots(state, window, req, loop.xscale) : 0;
  if (!req.screenshot()) apply_window_mode(state, window);
  while (!req.screenshot() && !glfwWindowShouldClose(window)) {
    wait_for_input(state, loop);
    if (glfwGetWindowAttrib(window, GLFW_ICONIFIED)) {
      loop.frames_left = 0;
      continue;
    }
    --loop.frames_left;
    between_frames(window, state, loop);
    draw_one_frame(window, state, loop);
    present(window, state, loop);
  }
  shut_down(window, state, req);
  return exit_code;
}

}  // namespace factdeck::ui
