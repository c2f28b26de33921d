// `factdeck --screenshot`: sets each screen up as a person would see it, draws it at each size, writes the PNG
// and runs the layout audit over it, scrolling every scrollable part so nothing below the fold is missed.
#include "ui/screenshot.h"

#include <glad/gl.h>
// glad before GLFW, so GLFW does not pull in the system GL header.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImGuiWindow and SetScrollY(window): the audit scrolls every part
#include <stb_image_write.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "common/options.h"
#include "factdeck/fsrs.h"
#include "factdeck/generate.h"
#include "factdeck/overview.h"
#include "ui/fonts.h"
#include "ui/layout_audit.h"
#include "ui/render.h"
#include "ui/views/builder.h"
#include "ui/text_size.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s + sep)
    if (c == sep) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  return out;
}

bool write_png(const std::string& path, int w, int h) {
  std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * h * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  stbi_flip_vertically_on_write(1);  // OpenGL's rows start at the bottom; PNG's at the top
  return stbi_write_png(path.c_str(), w, h, 4, pixels.data(), w * 4) != 0;
}

// A screen laid out wrongly on purpose, so a test can see the audit report what it should: a line cut by its
// window, a label wider than its button, and a button drawn over another.
void draw_audit_check() {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin("audit-check", nullptr, ImGuiWindowFlags_NoDecoration);
  std::string wide = "A line far too long for any window:";
  for (int i = 0; i < 40; ++i) wide += " and on";
  ImGui::TextUnformatted(wide.c_str());
  ImGui::Button("A label wider than its button", ImVec2(ImGui::GetFontSize() * 3, 0));
  const ImVec2 at = ImGui::GetCursorPos();
  ImGui::Button("First button");
  ImGui::SetCursorPos(ImVec2(at.x + ImGui::GetFontSize() * 2, at.y + 4));
  ImGui::Button("Second button over it");
  ImGui::End();
}

// One frame as the shell draws it, without showing it; the views' requests are applied after it. Only a frame
// that becomes a picture is drawn into pixels: the layout, and so the audit, is ImGui's alone.
void draw_one_frame(AppState& s, bool audit_check, bool pixels) {
  glfwPollEvents();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // the screen as it is, not where the pointer hovers
  audit::begin_frame();
  ImGui::NewFrame();
  if (audit_check) draw_audit_check();
  else draw_frame(s);
  ImGui::Render();
  if (pixels) render_draw_data(glfwGetCurrentContext());
  end_frame_keys();
  apply_requests(s);
}

// Background work a screen waits for (statistics, progress per article) is done before the picture.
void wait_for_workers(AppState& s) {
  if (s.stats.pending.valid()) s.stats.pending.wait();
  if (s.stats.model_pending.valid()) s.stats.model_pending.wait();
  if (s.settings.fitting.valid()) s.settings.fitting.wait();
  if (s.cached.progress_pending.valid()) s.cached.progress_pending.wait();
  if (s.builder.exporting.valid()) s.builder.exporting.wait();
  if (s.builder.assign_job.valid()) s.builder.assign_job.wait();
}

void rebuild_fonts(AppState& s, float scale) {
  build_fonts(s.glyphs, static_cast<float>(font_px(s)) * scale);
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  s.fonts_dirty = false;
}

void resize(GLFWwindow* window, int w, int h) {
  glfwSetWindowSize(window, w, h);
  for (int i = 0; i < 100; ++i) {  // the X server answers with the new size within a few events
    int cw = 0, ch = 0;
    glfwGetWindowSize(window, &cw, &ch);
    if (cw == w && ch == h) break;
    glfwWaitEventsTimeout(0.02);
  }
  // The GL driver takes the drawable's new size when buffers are swapped: until then it draws at the old one.
  for (int i = 0; i < 2; ++i) {
    glClear(GL_COLOR_BUFFER_BIT);
    glfwSwapBuffers(window);
  }
}

// The review's card asked as `type` (a question drawn from the content), so match and order questions are seen.
void ask_as(AppState& s, QuestionType type) {
  if (!s.review.prompt) return;
  QuizSelection sel;
  sel.types = {type};
  sel.count = 8;
  const Quiz quiz = make_quiz(s.content.content, sel);
  const Question* pick = nullptr;
  auto length = [](const Question& q) {
    std::size_t n = 0;
    for (const auto& t : q.items) n += t.size();
    for (const auto& t : q.left) n += t.size();
    for (const auto& t : q.right) n += t.size();
    return n;
  };
  for (const Question& q : quiz.questions)  // the longest: the hardest to lay out
    if (q.type == type && (!pick || length(q) > length(*pick))) pick = &q;
  if (pick) s.review.prompt->question = *pick;
}

// The feedback after a right answer, without storing it: what the rating buttons would do for a new card.
void show_feedback(AppState& s) {
  if (!s.review.prompt || !s.session) return;
  Outcome o;
  o.correct = true;
  o.automatic = o.rating = Rating::Good;
  o.options = preview(CardMemory{}, fsrs_config(s.session->settings()), s.now(), 0, 0);
  s.review.outcome = o;
}

void prepare(AppState& s, const std::string& name, const DesktopOptions& o) {
  s.help_open = false;
  s.present.on = false;
  s.editor.import.open = false;
  if (name == "help") {
    s.screen = Screen::Today;
    s.help_open = true;
  } else if (name.rfind("review", 0) == 0) {
    s.screen = Screen::Review;
    s.review = ReviewState{};
    load_next_card(s);
    if (name == "review-match") ask_as(s, QuestionType::Match);
    if (name == "review-order") ask_as(s, QuestionType::Order);
    if (name == "review-feedback") show_feedback(s);
  } else if (name.rfind("present", 0) == 0) {
    s.screen = Screen::Builder;
    start_present(s);
    s.present.revealed = s.present.scroll_to_answer = name == "present-revealed";
  } else if (name.rfind("builder", 0) == 0) {
    s.screen = Screen::Builder;
    prepare_builder_screenshot(s, name);
  } else if (name == "import") {
    s.screen = Screen::Editor;
    s.editor.import.open = true;
  } else if (name.rfind("assignments", 0) == 0) {
    s.screen = Screen::Assignments;
    prepare_assignments_screenshot(s, name == "assignments-report");
  } else if (auto sc = screen_from_name(name)) {
    s.screen = *sc;
  }
  if (name == "editor" && !o.open.empty() && s.editor.result.suggestions.empty()) {
    open_dropped_file(s, o.open);
    suggest_from_text(s);
  }
  if (name == "timeline" && s.timeline.selected < 0)  // a fact chosen, its sentence below the axis
    s.timeline.selected = static_cast<int>(timeline_entries(s.content.content).size() / 2);
  // Every part starts at its top.
  for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) ImGui::SetScrollY(w, 0);
}

// Scrolls every scrollable part one screenful on; false when all were at their end already.
bool scroll_on() {
  bool moved = false;
  for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
    if (!w->WasActive || w->ScrollMax.y <= 0 || w->Scroll.y >= w->ScrollMax.y) continue;
    ImGui::SetScrollY(w, std::min(w->ScrollMax.y, w->Scroll.y + std::max(1.0f, w->InnerRect.GetHeight() * 0.8f)));
    moved = true;
  }
  return moved;
}

std::string picture_path(const DesktopOptions& o, const std::string& screen, std::pair<int, int> size, int text_px,
                         bool many_configs, bool many_screens) {
  if (!many_configs && !many_screens && o.out.size() > 4 && o.out.compare(o.out.size() - 4, 4, ".png") == 0) return o.out;
  std::string name = screen;
  if (many_configs)
    name += "-" + std::to_string(size.first) + "x" + std::to_string(size.second) + "-" + kTextSizeNames[text_size_index(text_px)];
  return o.out + "/" + name + ".png";
}

}  // namespace

const std::vector<std::string>& screenshot_names() {
  static const std::vector<std::string> names = {
      "today",   "review",   "review-match", "review-order", "review-feedback", "practice",         "builder",
      "builder-edit", "builder-assign", "present", "present-revealed", "editor", "import", "library", "timeline", "stats", "settings", "assignments", "assignments-report", "help"};
  return names;
}

std::string take_desktop_options(std::vector<std::string>& args, DesktopOptions& o) {
  std::string error;
  const auto screens = common::take_option(args, "--screenshot", error);
  const auto out = common::take_option(args, "--out", error);
  const auto windows = common::take_option(args, "--window", error);
  const auto sizes = common::take_option(args, "--text-size", error);
  const auto open = common::take_option(args, "--open", error);
  o.audit = common::take_flag(args, "--layout-audit");
  if (!error.empty()) return error;
  if (!args.empty()) return "unknown option '" + args[0] + "'";
  if (open) o.open = *open;
  if (out) o.out = *out;
  if (!screens) {
    if (out || windows || sizes || o.audit) return "--out, --window, --text-size and --layout-audit go with --screenshot";
    return "";
  }
  for (const std::string& n : split(*screens, ',')) {
    if (n == "all") {
      o.screens.insert(o.screens.end(), screenshot_names().begin(), screenshot_names().end());
      continue;
    }
    // "audit-check": a screen laid out wrongly on purpose, for testing the audit itself (not in `all`).
    if (n != "audit-check" && std::find(screenshot_names().begin(), screenshot_names().end(), n) == screenshot_names().end()) {
      std::string list;
      for (const std::string& k : screenshot_names()) list += (list.empty() ? "" : ", ") + k;
      return "unknown screen '" + n + "'; screens: " + list + ", all";
    }
    o.screens.push_back(n);
  }
  if (o.screens.empty()) return "--screenshot needs a screen name (see factdeck --help)";
  if (!out && !o.audit) return "--screenshot needs --out FILE.png (or a folder), or --layout-audit";
  for (const std::string& w : split(windows.value_or("1100x760"), ',')) {
    int a = 0, b = 0;
    char x = 0, extra = 0;
    if (std::sscanf(w.c_str(), "%d%c%d%c", &a, &x, &b, &extra) != 3 || x != 'x' || a < 320 || b < 240 || a > 8192 || b > 8192)
      return "--window needs WIDTHxHEIGHT (e.g. 1280x800), not '" + w + "'";
    o.windows.emplace_back(a, b);
  }
  if (sizes)
    for (const std::string& n : split(*sizes, ',')) {
      const auto px = text_size_from_name(n);
      if (!px) return "--text-size is small, normal, large, larger or projector, not '" + n + "'";
      o.text_sizes.push_back(*px);
    }
  return "";
}

int run_screenshots(AppState& s, GLFWwindow* window, const DesktopOptions& o, float scale) {
  audit::set_enabled(o.audit);
  const std::vector<int> sizes = o.text_sizes.empty() ? std::vector<int>{s.ui.text_size} : o.text_sizes;
  const bool many_configs = sizes.size() * o.windows.size() > 1, many_screens = o.screens.size() > 1;
  if (!o.out.empty() && (many_configs || many_screens)) {
    std::error_code ec;
    std::filesystem::create_directories(o.out, ec);
  }
  int failures = 0;
  std::size_t problems = 0;
  for (int px : sizes) {
    s.ui.text_size = px;
    rebuild_fonts(s, scale);
    for (const auto& size : o.windows) {
      resize(window, size.first, size.second);
      for (const std::string& name : o.screens) {
        prepare(s, name, o);
        if (s.fonts_dirty) rebuild_fonts(s, scale);  // present mode draws at projector size
        // A few frames let tables and wrapped text settle; workers started by the first are waited for.
        const bool check = name == "audit-check";
        for (int i = 0; i < 4; ++i) {
          draw_one_frame(s, check, false);
          wait_for_workers(s);
          if (s.fonts_dirty) rebuild_fonts(s, scale), i = 0;
        }
        draw_one_frame(s, check, !o.out.empty());
        std::vector<std::string> lines = audit::end_frame();
        if (!o.out.empty()) {
          int w = 0, h = 0;
          glfwGetFramebufferSize(window, &w, &h);
          const std::string path = picture_path(o, name, size, px, many_configs, many_screens);
          if (!write_png(path, w, h)) {
            std::cerr << "factdeck: cannot write " << path << "\n";
            ++failures;
          }
        }
        if (o.audit) {
          for (int pass = 0; pass < 30 && scroll_on(); ++pass) {
            draw_one_frame(s, check, false);
            for (std::string& l : audit::end_frame())
              if (std::find(lines.begin(), lines.end(), l) == lines.end()) lines.push_back(std::move(l));
          }
          const std::string where = name + " " + std::to_string(size.first) + "x" + std::to_string(size.second) + " " +
                                    kTextSizeNames[text_size_index(px)];
          for (const std::string& l : lines) std::cout << where << ": " << l << "\n";
          problems += lines.size();
        }
        if (s.present.on) {
          s.present.on = false;
          s.fonts_dirty = true;
        }
        if (s.fonts_dirty) rebuild_fonts(s, scale);
      }
    }
  }
  if (o.audit)
    std::cout << "layout audit: " << problems << " problems on " << o.screens.size() << " screens x " << o.windows.size()
              << " window sizes x " << sizes.size() << " text sizes\n";
  return failures || problems ? 1 : 0;
}

}  // namespace factdeck::ui
