// The Quiz builder: filters and settings, a preview to edit question by question, versions, and exports.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "factdeck/export.h"
#include "factdeck/quiz_edit.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

constexpr int kCounts[] = {5, 10, 15, 20, 25, 30, 40, 50};

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
  return s.options.data_dir + "/exports/quiz-seed" + std::to_string(b.seed) + "-" + std::string(f.name) + std::string(f.extension);
}

void build(AppState& s) {
  BuilderState& b = s.builder;
  QuizSelection sel;
  sel.articles.assign(b.articles.begin(), b.articles.end());
  sel.kinds.assign(b.kinds.begin(), b.kinds.end());
  sel.types.assign(b.types.begin(), b.types.end());
  sel.tags = split_tags(b.tags);
  sel.count = b.count;
  sel.difficulty = b.difficulty;
  sel.seed = b.seed;
  b.quiz = make_quiz(s.content.content, sel);
  b.attempts.assign(b.quiz.questions.size(), 0);
  b.selected = 0;
  b.dirty = false;
  b.message = b.quiz.questions.empty() ? "No questions for these choices." : "";
}

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
    Status r = replace_question(st.content.content, bs.quiz, i, bs.attempts[i]++);
    bs.message = r.ok() ? "Question " + std::to_string(i + 1) + " replaced." : r.message();
  });
}

void draw_form(AppState& s) {
  BuilderState& b = s.builder;
  const auto& articles = s.content.content.articles;
  const auto& kinds = all_kinds();
  const auto& types = all_types();
  const int na = static_cast<int>(articles.size()), nk = static_cast<int>(kinds.size()), nt = static_cast<int>(types.size());
  const int r_count = na + nk + nt, r_diff = r_count + 1, r_seed = r_diff + 1, r_versions = r_seed + 1, r_format = r_versions + 1;
  const int rows = r_format + 1;
  form_cursor(b.cursor, rows);
  const bool toggle = key_pressed(GLFW_KEY_SPACE);
  const int step = key_pressed(GLFW_KEY_RIGHT) ? 1 : key_pressed(GLFW_KEY_LEFT) ? -1 : 0;
  auto check_row = [&](int row, const std::string& label, bool on, auto flip) {
    if (form_row(((on ? "[x]  " : "[ ]  ") + label).c_str(), "", b.cursor == row) || (b.cursor == row && (toggle || step))) {
      b.cursor = row;
      flip();
      b.dirty = true;
    }
  };
  ImGui::TextDisabled("Articles (none ticked: all)");
  for (int i = 0; i < na; ++i) {
    const std::string& id = articles[static_cast<std::size_t>(i)].id;
    const bool on = b.articles.count(id) > 0;
    check_row(i, articles[static_cast<std::size_t>(i)].title, on, [&] { on ? (void)b.articles.erase(id) : (void)b.articles.insert(id); });
  }
  ImGui::TextDisabled("Kinds of fact (none: all)");
  for (int i = 0; i < nk; ++i) {
    const Kind k = kinds[static_cast<std::size_t>(i)];
    const bool on = b.kinds.count(k) > 0;
    check_row(na + i, std::string(kind_name(k)), on, [&] { on ? (void)b.kinds.erase(k) : (void)b.kinds.insert(k); });
  }
  ImGui::TextDisabled("Question types (none: all)");
  for (int i = 0; i < nt; ++i) {
    const QuestionType t = types[static_cast<std::size_t>(i)];
    const bool on = b.types.count(t) > 0;
    check_row(na + nk + i, type_label(t), on, [&] { on ? (void)b.types.erase(t) : (void)b.types.insert(t); });
  }
  ImGui::TextDisabled("Tags (comma-separated, optional)");
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputText("##tags", b.tags, sizeof b.tags)) b.dirty = true;
  ImGui::TextDisabled("Quiz");
  if (form_row("Questions", std::to_string(b.count), b.cursor == r_count)) b.cursor = r_count;
  if (b.cursor == r_count && step) {
    int i = 0;
    while (i < 7 && kCounts[i] < b.count) ++i;
    b.count = kCounts[std::clamp(i + step, 0, 7)];
    b.dirty = true;
  }
  if (form_row("Difficulty", std::string(difficulty_name(b.difficulty)), b.cursor == r_diff)) b.cursor = r_diff;
  if (b.cursor == r_diff && (step || toggle)) {
    b.difficulty = static_cast<Difficulty>((static_cast<int>(b.difficulty) + (step < 0 ? 2 : 1)) % 3);
    b.dirty = true;
  }
  if (form_row("Seed (same seed, same quiz)", std::to_string(b.seed), b.cursor == r_seed)) b.cursor = r_seed;
  if (b.cursor == r_seed && step && !(step < 0 && b.seed == 1)) {
    b.seed = static_cast<std::uint64_t>(static_cast<std::int64_t>(b.seed) + step);
    b.dirty = true;
  }
  if (form_row("Paper versions (A, B, ...)", std::to_string(b.versions), b.cursor == r_versions)) b.cursor = r_versions;
  if (b.cursor == r_versions && step) b.versions = std::clamp(b.versions + step, 1, kMaxVersions);
  const auto& formats = export_formats();
  const ExportFormat& f = formats[static_cast<std::size_t>(b.format)];
  if (form_row("Export format", std::string(f.name) + " - " + std::string(f.summary), b.cursor == r_format)) b.cursor = r_format;
  if (b.cursor == r_format && (step || toggle))
    b.format = (b.format + (step < 0 ? static_cast<int>(formats.size()) - 1 : 1)) % static_cast<int>(formats.size());
}

void draw_preview(AppState& s) {
  BuilderState& b = s.builder;
  const int n = static_cast<int>(b.quiz.questions.size());
  if (key_pressed(GLFW_KEY_PAGE_DOWN)) b.selected = std::min(b.selected + 1, n - 1);
  if (key_pressed(GLFW_KEY_PAGE_UP)) b.selected = std::max(b.selected - 1, 0);
  if (b.dirty) ImGui::TextColored(ImVec4(0.95f, 0.75f, 0.3f, 1), "The choices changed: press B to rebuild the preview.");
  for (int i = 0; i < n; ++i) {
    const Question& q = b.quiz.questions[static_cast<std::size_t>(i)];
    ImGui::PushID(i);
    const bool sel = i == b.selected;
    if (ImGui::Selectable("##q", sel, ImGuiSelectableFlags_AllowItemOverlap, ImVec2(0, ImGui::GetTextLineHeight()))) b.selected = i;
    if (sel && (key_pressed(GLFW_KEY_PAGE_DOWN) || key_pressed(GLFW_KEY_PAGE_UP))) ImGui::SetScrollHereY();
    ImGui::SameLine();
    ImGui::TextDisabled("%d. %s", i + 1, type_label(q.type));
    ImGui::TextWrapped("%s", q.prompt.c_str());
    for (std::size_t o = 0; o < q.options.size(); ++o)
      ImGui::Text("  %c. %s%s", static_cast<char>('A' + o), q.options[o].c_str(), static_cast<int>(o) == q.answer ? "   <- key" : "");
    for (std::size_t o = 0; o < q.items.size(); ++o) ImGui::Text("  %c. %s", static_cast<char>('A' + o), q.items[o].c_str());
    for (std::size_t o = 0; o < q.left.size(); ++o) ImGui::TextWrapped("  %zu. %s", o + 1, q.left[o].c_str());
    for (std::size_t o = 0; o < q.right.size(); ++o) ImGui::TextWrapped("  %c. %s", static_cast<char>('A' + o), q.right[o].c_str());
    ImGui::TextDisabled("  Answer: %s", q.answer_text.c_str());
    ImGui::Separator();
    ImGui::PopID();
  }
}

}  // namespace

void draw_builder(AppState& s) {
  BuilderState& b = s.builder;
  if (b.exporting.valid() && b.exporting.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
    b.message = b.exporting.get();
  if (b.quiz.questions.empty() && b.dirty && b.message.empty()) build(s);

  const bool typing = ImGui::GetIO().WantTextInput;
  if (!typing && (key_pressed(GLFW_KEY_B) || (b.dirty && key_pressed(GLFW_KEY_ENTER)))) s.later([](AppState& st) { build(st); });
  if (!typing && key_pressed(GLFW_KEY_R) && !b.quiz.questions.empty()) replace_selected(s);
  if (!typing && key_pressed(GLFW_KEY_E)) start_export(s);

  ImGui::BeginChild("form", ImVec2(ImGui::GetContentRegionAvail().x * 0.42f, -ImGui::GetFrameHeightWithSpacing() * 2.2f), true);
  draw_form(s);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("preview", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 2.2f), true);
  draw_preview(s);
  ImGui::EndChild();

  if (ImGui::Button("Build preview (B)")) s.later([](AppState& st) { build(st); });
  ImGui::SameLine();
  ImGui::BeginDisabled(b.quiz.questions.empty());
  if (ImGui::Button("Replace selected (R)")) replace_selected(s);
  ImGui::SameLine();
  ImGui::BeginDisabled(b.exporting.valid());
  if (ImGui::Button("Export (E)")) start_export(s);
  ImGui::EndDisabled();
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::TextDisabled("to %s", export_path(s).c_str());
  if (b.exporting.valid()) busy_bar("Exporting...");
  else ImGui::TextWrapped("%s", b.message.c_str());
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
  build(s);
  for (std::size_t i = 0; i < d.attempts.size() && i < b.quiz.questions.size(); ++i)
    while (b.attempts[i] < d.attempts[i])
      if (!replace_question(s.content.content, b.quiz, i, b.attempts[i]++).ok()) break;
  b.message = "Your edited preview is back as you left it.";
}

}  // namespace factdeck::ui
