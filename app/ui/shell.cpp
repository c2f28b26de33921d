// The GLFW + OpenGL 3.3 + Dear ImGui shell: window, idle-friendly loop, screenshots, and the screens' frame.
#include <glad/gl.h>
// glad before GLFW, so GLFW does not pull in the system GL header.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <stb_image_write.h>

#include <cfloat>
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
#include "ui/safety.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

constexpr int kFramesAfterInput = 3;  // ImGui settles hover/active state within a few frames

GLFWwindow* g_window = nullptr;

void glfw_error(int code, const char* what) { std::fprintf(stderr, "factdeck: GLFW error %d: %s\n", code, what); }

constexpr const char* kTitle = "Factdeck";
constexpr const char* kTitleLoading = "Factdeck (loading)";

bool write_png(const std::string& path, int w, int h) {
  std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * h * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  // OpenGL's rows start at the bottom; PNG's at the top.
  stbi_flip_vertically_on_write(1);
  return stbi_write_png(path.c_str(), w, h, 4, pixels.data(), w * 4) != 0;
}

void remember_window(AppState& s, GLFWwindow* window) {
  glfwGetWindowSize(window, &s.ui.window_w, &s.ui.window_h);
  glfwGetWindowPos(window, &s.ui.window_x, &s.ui.window_y);
  s.ui.screen = s.screen;
  save_ui_settings(s.store.get(), s.ui);
}

// What the command line asked of the window: the app, or one screen rendered to a PNG.
struct Request {
  std::optional<std::string> shot_screen, shot_out;
  bool screenshot() const { return shot_screen.has_value(); }
};

// The loop's own state from one frame to the next.
struct Loop {
  int frames_left = kFramesAfterInput;  // frames still owed after input or a change, before blocking
  double draft_due_s = -1;              // seconds until a changed draft is written; negative when none waits
  int shot_frames = 0;                  // frames drawn towards a screenshot
  int exit_code = 0;
  bool first_frame_shown = false;
  bool ready_shown = false;        // the first frame with the loaded collection was shown
  bool font_texture_made = false;
  bool font_rebuilt = false;       // built since the atlas's input and pixels were last released
  float xscale = 1;                // the monitor's content scale: fonts are built at text size times this
};

// Reads --screenshot SCREEN --out FILE.png and sets the screen to show; a usage error gives the exit code 2.
int read_request(const std::vector<std::string>& argv, Request& req, AppState& state) {
  std::vector<std::string> args = argv;
  std::string error;
  req.shot_screen = common::take_option(args, "--screenshot", error);
  req.shot_out = common::take_option(args, "--out", error);
  if (!error.empty() || !args.empty()) {
    std::cerr << "factdeck: " << (error.empty() ? "unknown option '" + args[0] + "'" : error) << "; see factdeck --help\n";
    return 2;
  }
  if (req.shot_screen && !req.shot_out) {
    std::cerr << "factdeck: --screenshot needs --out FILE.png\n";
    return 2;
  }
  if (req.shot_screen) {
    auto sc = screen_from_name(*req.shot_screen);
    if (!sc) {
      std::cerr << "factdeck: unknown screen '" << *req.shot_screen
                << "'; screens: today, review, practice, library, timeline, stats, settings\n";
      return 2;
    }
    state.screen = *sc;
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
  if (req.screenshot()) state.ui.window_w = 1100, state.ui.window_h = 760;  // screenshots have one size
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
  build_fonts(state.glyphs, static_cast<float>(state.ui.text_size) * loop.xscale);
  state.fonts_dirty = false;
  ImGui::GetStyle().ScaleAllSizes(loop.xscale);
  factdeck_trace("fonts built");
}

// Idle costs nothing: blocks until input unless frames are still owed or input is queued; wakes for
// background work's moving bar and for a draft due to be written.
void wait_for_input(AppState& state, Loop& loop, const Request& req) {
  if (loop.frames_left > 0 || req.screenshot() || input_queued()) {
    glfwPollEvents();
    return;
  }
  log_idle();
  // Background work shows a moving bar, so wake ten times a second until it is done.
  if (state.stats.pending.valid() || state.builder.exporting.valid() || state.is_loading() ||
      (state.cached.progress_pending.valid() &&
       state.cached.progress_pending.wait_for(std::chrono::seconds(0)) != std::future_status::ready))
    glfwWaitEventsTimeout(0.1);
  else if (loop.draft_due_s >= 0) glfwWaitEventsTimeout(loop.draft_due_s);  // a draft is written after a pause
  else glfwWaitEvents();
  loop.frames_left = kFramesAfterInput;
}

// Between frames: the loaded collection swapped in, drafts read back, the day's backup collected, and the
// font atlas rebuilt when the text size or the glyphs changed.
void between_frames(GLFWwindow* window, AppState& state, Loop& loop, const Request& req) {
  if (finish_loading(state)) {
    factdeck_trace("collection swapped in");
    glfwSetWindowTitle(window, kTitle);
    loop.frames_left = kFramesAfterInput;
  }
  if (!req.screenshot() && !state.is_loading()) restore_drafts(state);  // once, with the content they refer to
  if (state.start_backup.valid() &&
      state.start_backup.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
    wait_start_backup(state);
  if (state.fonts_dirty) {
    // A real rebuild at the new pixel size (not a scaled bitmap), between frames.
    build_fonts(state.glyphs, static_cast<float>(state.ui.text_size) * loop.xscale);
    if (loop.font_texture_made) {  // before the first NewFrame, the backend makes the texture itself
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    loop.font_rebuilt = true;
    state.fonts_dirty = false;
    factdeck_trace("fonts rebuilt");
  }
}

// One ImGui frame: this frame's share of the queued input, the screens drawn, rendered into the back buffer.
void draw_one_frame(GLFWwindow* window, AppState& state, Loop& loop, const Request& req, int& w, int& h) {
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
  // A screenshot shows the screen as it is, not wherever the pointer happens to hover.
  if (req.screenshot()) ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  ImGui::NewFrame();
  draw_frame(state);
  ImGui::Render();

  glfwGetFramebufferSize(window, &w, &h);
  glViewport(0, 0, w, h);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  end_frame_keys();
}

// Applies what the views asked for, after drawing, so a frame never sees half a change.
void apply_changes(AppState& state, Loop& loop) {
  auto pending = std::move(state.pending);
  state.pending.clear();
  for (auto& f : pending) f(state);
  if (!pending.empty()) {
    loop.frames_left = kFramesAfterInput;
    ++state.data_version;
  }
}

// A screenshot is written after a few settled frames, with Statistics' figures counted.
enum class Shot { Present, Redraw, Written };
Shot screenshot_step(AppState& state, Loop& loop, const Request& req, int w, int h) {
  if (state.stats.pending.valid()) {
    state.stats.pending.wait();  // a screenshot of Statistics shows the figures, not "counting"
    loop.shot_frames = 0;
    return Shot::Redraw;
  }
  if (++loop.shot_frames < 4) return Shot::Present;
  if (!write_png(*req.shot_out, w, h)) {
    std::cerr << "factdeck: cannot write " << *req.shot_out << "\n";
    loop.exit_code = 1;
  }
  return Shot::Written;
}

// The frame goes on screen; the first one and the first with the loaded collection are reported (the bench
// and the tests wait for them); drafts are kept; a quit asked for goes ahead, or puts up its question.
void present(GLFWwindow* window, AppState& state, Loop& loop, const Request& req) {
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
  if (!req.screenshot()) loop.draft_due_s = keep_drafts(state, glfwGetTime());
  if (state.quit) {
    state.quit = false;
    if (req.screenshot() || may_quit(state)) glfwSetWindowShouldClose(window, GLFW_TRUE);
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
  if (int usage = read_request(argv, req, state)) return usage;

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

  GLFWwindow* window = open_window(state, req);
  if (!window) {
    if (state.is_loading()) state.loading.wait();
    glfwTerminate();
    return 1;
  }
  start_imgui(window, state, req);
  Loop loop;
  build_first_fonts(window, state, loop);

  while (!glfwWindowShouldClose(window)) {
    wait_for_input(state, loop, req);
    if (glfwGetWindowAttrib(window, GLFW_ICONIFIED)) {
      loop.frames_left = 0;
      continue;
    }
    --loop.frames_left;
    between_frames(window, state, loop, req);
    int w = 0, h = 0;
    draw_one_frame(window, state, loop, req, w, h);
    apply_changes(state, loop);
    const Shot shot = req.screenshot() ? screenshot_step(state, loop, req, w, h) : Shot::Present;
    if (shot == Shot::Written) break;
    if (shot == Shot::Redraw) continue;
    present(window, state, loop, req);
  }
  shut_down(window, state, req);
  return loop.exit_code;
}

}  // namespace factdeck::ui
