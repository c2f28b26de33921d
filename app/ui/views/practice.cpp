// The Practice screen: choose articles, types, count and difficulty; a scored run that leaves the schedule alone.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cstdio>
#include <string>

#include "factdeck/practice.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

constexpr int kPracticeCounts[] = {5, 10, 15, 20, 30, 50};

void start(AppState& s) {
  s.later([](AppState& st) {
    PracticeState& p = st.practice;
    QuizSelection sel;
    sel.articles.assign(p.articles.begin(), p.articles.end());
    sel.types.assign(p.types.begin(), p.types.end());
    sel.count = p.count;
    sel.difficulty = p.difficulty;
    sel.seed = p.seed;
    p.quiz = make_quiz(content_index(st), sel);
    if (p.quiz.questions.empty()) {
      st.status = "No questions for that choice: add articles or question types.";
      return;
    }
    p.phase = PracticeState::Phase::Running;
    p.index = 0;
    p.results.clear();
    p.response = Response{};
    p.typed[0] = 0;
    p.focus_input = true;
    p.last_correct.reset();
    p.saved.clear();
  });
}

void finish(AppState& s) {
  PracticeState& p = s.practice;
  p.phase = PracticeState::Phase::Results;
  // The quiz keeps the selection it was made from; the record is the engine's (selection and results as JSON).
  PracticeResult r = practice_result(p.quiz, p.results, s.now());
  if (!s.store) return;
  Status st = s.store->add_practice_result(r);
  p.saved = st.ok() ? "Result saved." : "Result not saved: " + st.message();
  // A new seed for the next run, so "again" gives a fresh quiz while this one stays reproducible.
  p.seed += 1;
}

void draw_setup(AppState& s) {
  PracticeState& p = s.practice;
  const auto& articles = s.content.content.articles;
  const auto& types = all_types();
  const int n_articles = static_cast<int>(articles.size());
  const int n_types = static_cast<int>(types.size());
  const int rows = n_articles + n_types + 3;  // + count, difficulty, start
  form_cursor(p.cursor, rows);
  const bool toggle = key_pressed(GLFW_KEY_SPACE);
  const int step = key_pressed(GLFW_KEY_RIGHT) ? 1 : key_pressed(GLFW_KEY_LEFT) ? -1 : 0;

  ImGui::TextWrapped("Practice does not change your review schedule. Up/Down choose a row, Space or Left/Right "
                     "change it, Enter starts. No article ticked means all of them; the same for types.");
  ImGui::Spacing();
  ImGui::TextDisabled("Articles");
  for (int i = 0; i < n_articles; ++i) {
    const std::string& id = articles[static_cast<std::size_t>(i)].id;
    const bool on = p.articles.count(id) > 0;
    const bool hit = form_row(((on ? "[x]  " : "[ ]  ") + articles[static_cast<std::size_t>(i)].title).c_str(), "", p.cursor == i);
    if (hit || (p.cursor == i && (toggle || step))) {
      p.cursor = i;
      if (on) p.articles.erase(id);
      else p.articles.insert(id);
    }
  }
  ImGui::TextDisabled("Question types");
  for (int i = 0; i < n_types; ++i) {
    const QuestionType t = types[static_cast<std::size_t>(i)];
    const int row = n_articles + i;
    const bool on = p.types.count(t) > 0;
    const std::string label = type_label(t);
    if (form_row(((on ? "[x]  " : "[ ]  ") + label).c_str(), "", p.cursor == row) || (p.cursor == row && (toggle || step))) {
      p.cursor = row;
      if (on) p.types.erase(t);
      else p.types.insert(t);
    }
  }
  ImGui::TextDisabled("Quiz");
  const int count_row = n_articles + n_types;
  if (form_row("Questions", std::to_string(p.count), p.cursor == count_row)) p.cursor = count_row;
  if (p.cursor == count_row && step) {
    int i = 0;
    while (i < 5 && kPracticeCounts[i] < p.count) ++i;
    p.count = kPracticeCounts[std::clamp(i + step, 0, 5)];
  }
  const int diff_row = count_row + 1;
  if (form_row("Difficulty", std::string(difficulty_name(p.difficulty)), p.cursor == diff_row)) p.cursor = diff_row;
  if (p.cursor == diff_row && (step || toggle))
    p.difficulty = static_cast<Difficulty>((static_cast<int>(p.difficulty) + (step < 0 ? 2 : 1)) % 3);
  const int start_row = diff_row + 1;
  ImGui::Spacing();
  if (form_row("Start the quiz (Enter)", "", p.cursor == start_row) || key_pressed(GLFW_KEY_ENTER) ||
      key_pressed(GLFW_KEY_KP_ENTER))
    start(s);

  if (!s.store) return;
  const auto past = s.store->practice_results(5);
  if (past.empty()) return;
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextDisabled("Recent results");
  for (const PracticeResult& r : past)
    ImGui::Text("%s   %d of %d right", when_text(r.time, s.now(), s.session ? s.session->settings().utc_offset_minutes : 0).c_str(),
                r.score, r.total);
}

void draw_running(AppState& s) {
  PracticeState& p = s.practice;
  const Question& q = p.quiz.questions[p.index];
  ImGui::TextDisabled("Question %zu of %zu · %d right so far", p.index + 1, p.quiz.questions.size(),
                      static_cast<int>(std::count(p.results.begin(), p.results.end(), true)));
  ImGui::ProgressBar(static_cast<float>(p.index) / static_cast<float>(p.quiz.questions.size()), ImVec2(-1, 4), "");
  ImGui::Spacing();
  ImGui::SetWindowFontScale(1.2f);
  ImGui::TextWrapped("%s", q.prompt.c_str());
  ImGui::SetWindowFontScale(1.0f);
  ImGui::Spacing();
  if (!p.last_correct) {
    if (draw_question_input(q, p.response, p.typed, sizeof p.typed, p.focus_input)) {
      p.response.text = p.typed;
      const bool ok = grade(q, p.response);
      p.last_correct = ok;
      p.results.push_back(ok);
    }
    return;
  }
  draw_explanation(q, *p.last_correct, response_text(q, p.response));
  ImGui::Spacing();
  const bool last = p.index + 1 == p.quiz.questions.size();
  if (ImGui::Button(last ? "See the result (Enter)" : "Next question (Enter)", ImVec2(-1, ImGui::GetFrameHeight() * 1.5f)) ||
      key_pressed(GLFW_KEY_ENTER) || key_pressed(GLFW_KEY_SPACE) || key_pressed(GLFW_KEY_KP_ENTER)) {
    s.later([last](AppState& st) {
      PracticeState& pr = st.practice;
      if (last) {
        finish(st);
        return;
      }
      ++pr.index;
      pr.response = Response{};
      pr.typed[0] = 0;
      pr.focus_input = true;
      pr.last_correct.reset();
    });
  }
}

void draw_results(AppState& s) {
  PracticeState& p = s.practice;
  const int score = static_cast<int>(std::count(p.results.begin(), p.results.end(), true));
  ImGui::SetWindowFontScale(1.5f);
  ImGui::Text("%d of %zu right", score, p.results.size());
  ImGui::SetWindowFontScale(1.0f);
  ImGui::TextDisabled("%s", p.saved.c_str());
  ImGui::Spacing();
  for (std::size_t i = 0; i < p.results.size(); ++i) {
    const Question& q = p.quiz.questions[i];
    ImGui::TextColored(p.results[i] ? ImVec4(0.3f, 0.78f, 0.4f, 1) : ImVec4(0.95f, 0.4f, 0.35f, 1), "%s",
                       p.results[i] ? "right" : "wrong");
    ImGui::SameLine();
    ImGui::TextWrapped("%s  (%s)", q.prompt.c_str(), q.answer_text.c_str());
  }
  ImGui::Spacing();
  if (ImGui::Button("Another quiz (Enter)", ImVec2(-1, ImGui::GetFrameHeight() * 1.5f)) || key_pressed(GLFW_KEY_ENTER))
    s.later([](AppState& st) { st.practice.phase = PracticeState::Phase::Setup; });
}

}  // namespace

void draw_practice(AppState& s) {
  switch (s.practice.phase) {
    case PracticeState::Phase::Setup: draw_setup(s); break;
    case PracticeState::Phase::Running: draw_running(s); break;
    case PracticeState::Phase::Results: draw_results(s); break;
  }
}

}  // namespace factdeck::ui
