// The Quiz builder: filters and settings, a preview to edit question by question, versions, exports, assignments.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "factdeck/export.h"
#include "factdeck/quiz_edit.h"
#include "ui/views/builder.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

std::vector<std::string> split_tags(const char* text) {
  std::vector<std::string> out;
  std::string cur;
  for (const char* p = text;; ++p) {
    if (*p == ',' || *p == ' ' || *p == 0) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
      if (!*p) break;
    } else {
      cur += *p;
    }
  }
  return out;
}

std::string export_path(const AppState& s) {
  const BuilderState& b = s.builder;
  const ExportFormat& f = export_formats()[static_cast<std::size_t>(b.format)];
  return b.export_dir + "/quiz-seed" + std::to_string(b.seed) + "-" + std::string(f.name) + std::string(f.extension);
}

// Opens the export folder in the desktop's file manager (xdg-open), without waiting for it.
void open_folder(AppState& s) {
  const std::string dir = s.builder.export_dir;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  std::string quoted = "'";
  for (char c : dir) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  quoted += "'";
  const int rc = std::system(("xdg-open " + quoted + " >/dev/null 2>&1 &").c_str());
  s.builder.message = rc == 0 ? "Opening " + dir + " in the file manager." : "Could not run xdg-open for " + dir + ".";
}

}  // namespace

void build_quiz(AppState& s) {
  BuilderState& b = s.builder;
  QuizSelection sel;
  sel.articles.assign(b.articles.begin(), b.articles.end());
  sel.kinds.assign(b.kinds.begin(), b.kinds.end());
  sel.types.assign(b.types.begin(), b.types.end());
  sel.tags = split_tags(b.tags);
  sel.count = b.count;
  sel.difficulty = b.difficulty;
  sel.seed = b.seed;
  const std::string title = b.quiz.title;
  b.quiz = make_quiz(content_index(s), sel);
  b.attempts.assign(b.quiz.questions.size(), 0);
  reset_edits(b);
  b.selected = 0;
  b.dirty = false;
  b.message = b.quiz.questions.empty() ? "No questions for these choices." : "";
  // The teacher's title stays with the new questions unless it shows one of their answers; reworded questions are
  // gone with the old ones.
  if (!title.empty() && !b.quiz.questions.empty() && !edit_title(content_index(s), b.quiz, title).empty())
    b.message = "The title \"" + title + "\" was dropped: it shows an answer of the new questions.";
}

namespace {

// Writes the export on a worker thread: a temporary file renamed into place, so a reader never sees half a file.
void start_export(AppState& s) {
  BuilderState& b = s.builder;
  if (b.exporting.valid() || b.quiz.questions.empty()) return;
  const std::string path = export_path(s);
  const std::string format(export_formats()[static_cast<std::size_t>(b.format)].name);
  ExportOptions opts;
  opts.versions = b.versions;
  opts.now = s.now();
  b.message = "Exporting...";
  b.exporting = std::async(std::launch::async, [quiz = b.quiz, content = &s.content.content, path, format, opts]() {
    ExportResult r;
    Status st = export_quiz(quiz, *content, format, opts, r);
    std::string msg;
    if (!st.ok()) {
      msg = "Not exported: " + st.message();
    } else {
      std::error_code ec;
      std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
      const std::string tmp = path + ".part";
      std::ofstream out(tmp, std::ios::binary);
      out.write(r.bytes.data(), static_cast<std::streamsize>(r.bytes.size()));
      out.close();
      if (!out || (std::filesystem::rename(tmp, path, ec), ec)) {
        msg = "Not exported: cannot write " + path;
      } else {
        msg = "Exported " + std::to_string(r.exported) + " questions to " + path;
        if (!r.skipped.empty()) msg += "; " + std::to_string(r.skipped.size()) + " did not fit the format: " + r.skipped[0];
        for (const std::string& n : r.notes) msg += "; " + n;
      }
    }
    wake_ui();
    return msg;
  });
}

// The next candidate for the selected question; pressing again moves on to the one after.
void replace_selected(AppState& s) {
  s.later([](AppState& st) {
    BuilderState& bs = st.builder;
    const auto i = static_cast<std::size_t>(bs.selected);
    Status r = replace_question(content_index(st), bs.quiz, i, bs.attempts[i]++);
    if (r.ok()) question_replaced(bs, i);
    bs.message = r.ok() ? "Question " + std::to_string(i + 1) + " replaced." : r.message();
  });
}

void draw_preview(AppState& s) {
  BuilderState& b = s.builder;
  const int n = static_cast<int>(b.quiz.questions.size());
  if (key_pressed(GLFW_KEY_PAGE_DOWN)) b.selected = std::min(b.selected + 1, n - 1);
  if (key_pressed(GLFW_KEY_PAGE_UP)) b.selected = std::max(b.selected - 1, 0);
  if (b.dirty) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.75f, 0.3f, 1));
    ImGui::TextWrapped("The choices changed: press B to rebuild the preview.");
    ImGui::PopStyleColor();
  }
  for (int i = 0; i < n; ++i) {
    const Question& q = b.quiz.questions[static_cast<std::size_t>(i)];
    ImGui::PushID(i);
    const bool sel = i == b.selected;
    if (ImGui::Selectable("##q", sel, ImGuiSelectableFlags_AllowItemOverlap, ImVec2(0, ImGui::GetTextLineHeight()))) b.selected = i;
    if (sel && (key_pressed(GLFW_KEY_PAGE_DOWN) || key_pressed(GLFW_KEY_PAGE_UP))) ImGui::SetScrollHereY();
    ImGui::SameLine();
    const bool edited = static_cast<std::size_t>(i) < b.edited.size() && b.edited[static_cast<std::size_t>(i)];
    ImGui::TextDisabled("%d. %s%s", i + 1, type_label(q.type), edited ? " · your wording" : "");
    ImGui::TextWrapped("%s", q.prompt.c_str());
    draw_wording_field(s, i);
    ImGui::Indent();  // the options, items and answer under the question, wrapped lines aligned
    for (std::size_t o = 0; o < q.options.size(); ++o)
      ImGui::TextWrapped("%c. %s%s", static_cast<char>('A' + o), q.options[o].c_str(), static_cast<int>(o) == q.answer ? "   <- key" : "");
    for (std::size_t o = 0; o < q.items.size(); ++o) ImGui::TextWrapped("%c. %s", static_cast<char>('A' + o), q.items[o].c_str());
    for (std::size_t o = 0; o < q.left.size(); ++o) ImGui::TextWrapped("%zu. %s", o + 1, q.left[o].c_str());
    for (std::size_t o = 0; o < q.right.size(); ++o) ImGui::TextWrapped("%c. %s", static_cast<char>('A' + o), q.right[o].c_str());
    text_faint("Answer: " + q.answer_text);
    ImGui::Unindent();
    ImGui::Separator();
    ImGui::PopID();
  }
}

}  // namespace

void draw_builder(AppState& s) {
  BuilderState& b = s.builder;
  if (!b.loaded) load_builder_choices(s);
  if (b.exporting.valid() && b.exporting.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
    b.message = b.exporting.get();
  poll_assign(s);
  if (b.quiz.questions.empty() && b.dirty && b.message.empty()) build_quiz(s);

  const bool typing = ImGui::GetIO().WantTextInput;
  const bool enter = key_pressed(GLFW_KEY_ENTER) && b.editing < 0;
  if (!typing && (key_pressed(GLFW_KEY_B) || (b.dirty && enter))) s.later([](AppState& st) { build_quiz(st); });
  if (!typing && key_pressed(GLFW_KEY_R) && !b.quiz.questions.empty()) replace_selected(s);
  if (!typing && key_pressed(GLFW_KEY_E)) start_export(s);
  if (!typing && key_pressed(GLFW_KEY_P)) s.later([](AppState& st) { start_present(st); });
  if (!typing && key_pressed(GLFW_KEY_O)) s.later([](AppState& st) { open_folder(st); });
  const bool has_quiz = !b.quiz.questions.empty();
  if (ctrl_key_pressed(GLFW_KEY_E) && has_quiz) s.later([](AppState& st) { open_wording(st, st.builder.selected); });
  if (!typing && key_pressed(GLFW_KEY_T) && has_quiz) s.later([](AppState& st) { open_wording(st, -1); });
  if (!typing && key_pressed(GLFW_KEY_A)) s.later(open_assign);

  static const std::vector<const char*> buttons = {"Build preview (B)", "Replace selected (R)", "Export (E)",
                                                   "Present to a class (P)", "Open the export folder (O)",
                                                   "Reword (Ctrl+E)", "Title (T)", "Assign to class (A)"};
  const float bottom = flow_height(buttons) + ImGui::GetTextLineHeightWithSpacing() * 2;
  ImGui::BeginChild("form", ImVec2(ImGui::GetContentRegionAvail().x * 0.42f, -bottom), true);
  draw_builder_form(s);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("preview", ImVec2(0, -bottom), true);
  if (b.assigning) {
    draw_assign_panel(s);
  } else {
    draw_title_row(s);
    draw_preview(s);
  }
  ImGui::EndChild();

  if (flow_button(buttons[0], true)) s.later([](AppState& st) { build_quiz(st); });
  ImGui::BeginDisabled(b.quiz.questions.empty());
  if (flow_button(buttons[1], false)) replace_selected(s);
  ImGui::BeginDisabled(b.exporting.valid());
  if (flow_button(buttons[2], false)) start_export(s);
  ImGui::EndDisabled();
  if (flow_button(buttons[3], false)) s.later([](AppState& st) { start_present(st); });
  ImGui::EndDisabled();
  if (flow_button(buttons[4], false)) s.later([](AppState& st) { open_folder(st); });
  ImGui::BeginDisabled(!has_quiz);
  if (flow_button(buttons[5], false)) s.later([](AppState& st) { open_wording(st, st.builder.selected); });
  if (flow_button(buttons[6], false)) s.later([](AppState& st) { open_wording(st, -1); });
  if (flow_button(buttons[7], false)) s.later(open_assign);
  ImGui::EndDisabled();
  text_elided("Exports go to " + export_path(s), true);
  if (b.exporting.valid()) busy_bar("Exporting...");
  else text_elided(b.message);
}

BuilderDraft builder_draft(const BuilderState& b) {
  BuilderDraft d;
  d.selection = b.quiz.questions.empty() ? QuizSelection{} : b.quiz.selection;
  if (b.quiz.questions.empty()) {  // the choices as they stand
    d.selection.articles.assign(b.articles.begin(), b.articles.end());
    d.selection.kinds.assign(b.kinds.begin(), b.kinds.end());
    d.selection.types.assign(b.types.begin(), b.types.end());
    d.selection.tags = split_tags(b.tags);
    d.selection.count = b.count;
    d.selection.difficulty = b.difficulty;
    d.selection.seed = b.seed;
  }
  d.versions = b.versions;
  d.format = b.format;
  d.built = !b.quiz.questions.empty();
  d.attempts = b.attempts;
  for (std::size_t i = 0; i < b.edited.size() && i < b.quiz.questions.size(); ++i)
    if (b.edited[i]) {
      d.wordings.resize(b.quiz.questions.size());
      d.wordings[i] = question_wording(b.quiz.questions[i]);
    }
  d.title = b.quiz.title;
  return d;
}

void restore_builder_draft(AppState& s, const BuilderDraft& d) {
  BuilderState& b = s.builder;
  const QuizSelection& sel = d.selection;
  b.articles = std::set<std::string>(sel.articles.begin(), sel.articles.end());
  b.kinds = std::set<Kind>(sel.kinds.begin(), sel.kinds.end());
  b.types = std::set<QuestionType>(sel.types.begin(), sel.types.end());
  std::string tags;
  for (const std::string& t : sel.tags) tags += (tags.empty() ? "" : ", ") + t;
  std::snprintf(b.tags, sizeof b.tags, "%s", tags.c_str());
  b.count = sel.count;
  b.difficulty = sel.difficulty;
  b.seed = sel.seed;
  b.versions = d.versions;
  if (d.format >= 0 && d.format < static_cast<int>(export_formats().size())) b.format = d.format;
  if (!d.built) return;
  // The same choices give the same preview; each replacement is replayed in turn, so the edited quiz is back.
  build_quiz(s);
  for (std::size_t i = 0; i < d.attempts.size() && i < b.quiz.questions.size(); ++i)
    while (b.attempts[i] < d.attempts[i])
      if (!replace_question(content_index(s), b.quiz, i, b.attempts[i]++).ok()) break;
  // The teacher's words, checked again (a content changed since may have made one flawed: it is then dropped).
  int dropped = 0;
  for (std::size_t i = 0; i < d.wordings.size() && i < b.quiz.questions.size(); ++i)
    if (!d.wordings[i].empty()) {
      if (edit_wording(content_index(s), b.quiz, i, d.wordings[i]).empty()) b.edited[i] = true;
      else ++dropped;
    }
  if (!d.title.empty() && !edit_title(content_index(s), b.quiz, d.title).empty()) ++dropped;
  b.message = dropped ? "Your edited preview is back; " + count_of(dropped, "change", "changes") +
                            " of your wording no longer passed the quality rules and were dropped."
                      : "Your edited preview is back as you left it.";
}

}  // namespace factdeck::ui
