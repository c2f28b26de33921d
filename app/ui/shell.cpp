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
  std::vector<std::string> args = argv;
  std::string error;
  const auto shot_screen = common::take_option(args, "--screenshot", error);
  const auto shot_out = common::take_option(args, "--out", error);
  if (!error.empty() || !args.empty()) {
    std::cerr << "factdeck: " << (error.empty() ? "unknown option '" + args[0] + "'" : error) << "; see factdeck --help\n";
    return 2;
  }
  if (shot_screen && !shot_out) {
    std::cerr << "factdeck: --screenshot needs --out FILE.png\n";
    return 2;
  }
  AppState state;
  state.options = common;
  if (shot_screen) {
    auto sc = screen_from_name(*shot_screen);
    if (!sc) {
      std::cerr << "factdeck: unknown screen '" << *shot_screen
                << "'; screens: today, review, practice, library, timeline, stats, settings\n";
      return 2;
    }
    state.screen = *sc;
  }

  factdeck_trace("main");
  if (!shot_screen) open_input_log();
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
  if (!shot_screen) state.screen = state.ui.screen == Screen::Review ? Screen::Today : state.ui.screen;

  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GL_TRUE);
  if (shot_screen) state.ui.window_w = 1100, state.ui.window_h = 760;  // screenshots have one size
  // A screenshot shows the loaded collection, so it waits for it.
  if (shot_screen && state.loading.valid()) state.loading.wait();
  GLFWwindow* window = glfwCreateWindow(state.ui.window_w, state.ui.window_h,
                                        state.is_loading() ? kTitleLoading : kTitle, nullptr, nullptr);
  factdeck_trace("window created");
  if (!window) {
    std::cerr << "factdeck: cannot create an OpenGL 3.3 window\n";
    glfwTerminate();
    return 1;
  }
  g_window = window;
  if (!shot_screen && state.ui.window_x >= 0 && state.ui.window_y >= 0)
    glfwSetWindowPos(window, state.ui.window_x, state.ui.window_y);
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);
  if (!gladLoadGL(glfwGetProcAddress)) {
    std::cerr << "factdeck: cannot load OpenGL 3.3 functions\n";
    glfwDestroyWindow(window);
    glfwTerminate();
    return 1;
  }

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
  if (!shot_screen)
    glfwSetWindowCloseCallback(window, [](GLFWwindow* w) {
      if (!may_quit(*static_cast<AppState*>(glfwGetWindowUserPointer(w)))) glfwSetWindowShouldClose(w, GLFW_FALSE);
    });
  ImGui_ImplOpenGL3_Init("#version 330 core");
  factdeck_trace("OpenGL and ImGui ready");

  float xscale = 1, yscale = 1;
  glfwGetWindowContentScale(window, &xscale, &yscale);
  // Latin and punctuation now; the glyphs the content uses are added once it is loaded (fonts_dirty), or
  // now when the worker is already done (a small collection), so the atlas is not built twice.
  state.glyphs = glyph_ranges(Content{});
  if (finish_loading(state)) glfwSetWindowTitle(window, kTitle);
  build_fonts(state.glyphs, static_cast<float>(state.ui.text_size) * xscale);
  state.fonts_dirty = false;
  ImGui::GetStyle().ScaleAllSizes(xscale);
  factdeck_trace("fonts built");

  int frames_left = kFramesAfterInput;
  double draft_due_s = -1;  // seconds until a changed draft is written; negative when none waits
  int shot_frames = 0;
  int exit_code = 0;
  bool first_frame_shown = false;
  bool ready_shown = false;  // the first frame with the loaded collection was shown
  bool font_texture_made = false;
  bool font_rebuilt = false;  // built since the atlas's input and pixels were last released
  while (!glfwWindowShouldClose(window)) {
    // Idle costs nothing: block until input unless a few settling frames are still owed.
    if (frames_left <= 0 && !shot_screen && !input_queued()) {
      log_idle();
      // Background work shows a moving bar, so wake ten times a second until it is done.
      if (state.stats.pending.valid() || state.builder.exporting.valid() || state.is_loading() ||
          (state.cached.progress_pending.valid() &&
           state.cached.progress_pending.wait_for(std::chrono::seconds(0)) != std::future_status::ready))
        glfwWaitEventsTimeout(0.1);
      else if (draft_due_s >= 0) glfwWaitEventsTimeout(draft_due_s);  // a draft is written after a pause
      else glfwWaitEvents();
      frames_left = kFramesAfterInput;
    } else {
      glfwPollEvents();
    }
    if (glfwGetWindowAttrib(window, GLFW_ICONIFIED)) {
      frames_left = 0;
      continue;
    }
    --frames_left;

    if (finish_loading(state)) {
      factdeck_trace("collection swapped in");
      glfwSetWindowTitle(window, kTitle);
      frames_left = kFramesAfterInput;
    }
    if (!shot_screen && !state.is_loading()) restore_drafts(state);  // once, with the content they refer to
    if (state.start_backup.valid() &&
        state.start_backup.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
      wait_start_backup(state);
    if (state.fonts_dirty) {
      // A real rebuild at the new pixel size (not a scaled bitmap), between frames.
      build_fonts(state.glyphs, static_cast<float>(state.ui.text_size) * xscale);
      if (font_texture_made) {  // before the first NewFrame, the backend makes the texture itself
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
      }
      font_rebuilt = true;
      state.fonts_dirty = false;
      factdeck_trace("fonts rebuilt");
    }
    ImGui_ImplOpenGL3_NewFrame();
    if (!font_texture_made || font_rebuilt) {
      // The texture is on the GPU now: the atlas's pixels and the font file it read (5 MB for the CJK
      // font) are not needed until the next rebuild, which reads the file again.
      ImGui::GetIO().Fonts->ClearTexData();
      ImGui::GetIO().Fonts->ClearInputData();
      font_rebuilt = false;
    }
    font_texture_made = true;
    // Input this frame owes the settling frames after it; what is still queued gets the next frames.
    if (feed_input_for_frame()) frames_left = kFramesAfterInput;
    ImGui_ImplGlfw_NewFrame();
    // A screenshot shows the screen as it is, not wherever the pointer happens to hover.
    if (shot_screen) ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    ImGui::NewFrame();
    draw_frame(state);
    ImGui::Render();

    int w, h;
    glfwGetFramebufferSize(window, &w, &h);
    glViewport(0, 0, w, h);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    end_frame_keys();
    // Apply what the views asked for, after drawing, so a frame never sees half a change.
    auto pending = std::move(state.pending);
    state.pending.clear();
    for (auto& f : pending) f(state);
    if (!pending.empty()) {
      frames_left = kFramesAfterInput;
      ++state.data_version;
    }

    if (shot_screen && state.stats.pending.valid()) {
      state.stats.pending.wait();  // a screenshot of Statistics shows the figures, not "counting"
      shot_frames = 0;
      continue;
    }
    if (shot_screen && ++shot_frames == 4) {
      if (!write_png(*shot_out, w, h)) {
        std::cerr << "factdeck: cannot write " << *shot_out << "\n";
        exit_code = 1;
      }
      break;
    }
    glfwSwapBuffers(window);
    if (!first_frame_shown) {
      factdeck_report_first_frame();
      factdeck_trace(state.is_loading() ? "first frame shown (loading)" : "first frame shown");
      first_frame_shown = true;
    }
    if (!ready_shown && !state.is_loading()) {
      factdeck_report_ready();
      log_input_event("ready");
      factdeck_trace("ready: the loaded collection is on screen");
      ready_shown = true;
    }
    if (!shot_screen) draft_due_s = keep_drafts(state, glfwGetTime());
    if (state.quit) {
      state.quit = false;
      if (shot_screen || may_quit(state)) glfwSetWindowShouldClose(window, GLFW_TRUE);
      else frames_left = kFramesAfterInput;  // the question is drawn
    }
  }

  // Quitting while the collection still loads or the day's backup is made: the window goes at once, the
  // workers finish (a transaction, a copy) before the program ends.
  if (state.is_loading() || state.start_backup.valid()) glfwHideWindow(window);
  if (state.is_loading()) state.loading.wait();
  state.wait_progress();
  wait_start_backup(state);  // before the backup on quitting, and before the database closes
  if (!shot_screen) {
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
  return exit_code;
}

}  // namespace factdeck::ui
