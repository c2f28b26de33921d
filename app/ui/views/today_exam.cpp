// Today's exam: the predicted retention on the exam day, today's plan, studying it (X), and the form that sets or clears the exam (E).
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "common/exam_text.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

void warning_text(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.45f, 0.35f, 1.0f));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

// Opens the form with the saved exam (or three weeks from today, 20 minutes, 90%, every article).
void open_form(AppState& s) {
  ExamState& x = s.exam;
  x.editing = true;
  const ExamSettings e = x.exam ? *x.exam : ExamSettings{};
  const StudySettings& st = s.session->settings();
  const Date date = x.exam ? e.date : civil_from_days(study_day(s.now(), st) + 21);
  std::snprintf(x.date, sizeof x.date, "%s", iso_date(date).c_str());
  x.minutes = e.minutes;
  x.retention_percent = static_cast<int>(e.retention * 100 + 0.5);
  x.articles = std::set<std::string>(e.articles.begin(), e.articles.end());
  x.focus_date = true;  // the date field takes the keyboard, all selected: typing replaces it
}

void save_form(AppState& s) {
  ExamState& x = s.exam;
  const std::optional<Date> date = parse_exam_date(x.date);
  if (!date) {
    s.status = "The exam date must be a date as YYYY-MM-DD, e.g. 2026-02-01.";
    return;
  }
  ExamSettings e;
  e.date = *date;
  e.minutes = x.minutes;
  e.retention = x.retention_percent / 100.0;
  e.articles.assign(x.articles.begin(), x.articles.end());
  s.later([e](AppState& st) {
    Status saved = save_exam(*st.store, e);
    if (!saved.ok()) {
      st.status = "Not saved: " + saved.message();
      return;
    }
    load_exam_into_session(st);
    st.exam.editing = false;
    st.status = "Exam on " + iso_date(e.date) + " saved.";
    ++st.data_version;
  });
}

void draw_form(AppState& s) {
  ExamState& x = s.exam;
  ImGui::PushID("exam-form");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  if (x.focus_date) ImGui::SetKeyboardFocusHere();
  x.focus_date = false;
  // Enter in the field saves as Enter elsewhere on the form does.
  const bool entered = ImGui::InputText("Exam date (YYYY-MM-DD)", x.date, sizeof x.date,
                                        ImGuiInputTextFlags_AutoSelectAll | ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  ImGui::SliderInt("Minutes a day, at most", &x.minutes, 1, 120);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  ImGui::SliderInt("Target retention on the day (%)", &x.retention_percent, 70, 99);
  text_faint("Articles of the exam (none ticked: every article)");
  for (const Article& a : s.content.content.articles) {
    bool on = x.articles.count(a.id) > 0;
    ImGui::PushID(a.id.c_str());
    if (ImGui::Checkbox(a.title.c_str(), &on)) {
      if (on) x.articles.insert(a.id);
      else x.articles.erase(a.id);
    }
    ImGui::PopID();
  }
  if (ImGui::Button("Save the exam (Enter)") || entered || key_pressed(GLFW_KEY_ENTER) || key_pressed(GLFW_KEY_KP_ENTER))
    save_form(s);
  ImGui::SameLine();
  if (x.exam && ImGui::Button("Clear the exam")) {
    s.later([](AppState& st) {
      Status cleared = clear_exam(*st.store);
      st.status = cleared.ok() ? "The exam is cleared." : "Not cleared: " + cleared.message();
      load_exam_into_session(st);
      st.exam.editing = false;
      ++st.data_version;
    });
  }
  ImGui::SameLine();
  if (ImGui::Button("Cancel (Esc)") || key_pressed(GLFW_KEY_ESCAPE, true)) x.editing = false;  // from the date field too
  ImGui::PopID();
}

// Plans again when the data changed: the cards' memory, today's exam time.
void refresh_plan(AppState& s) {
  ExamState& x = s.exam;
  if (x.version == s.data_version || !x.exam) return;
  ExamStudy study(*s.session, *s.store, *x.exam);
  x.plan = study.plan(s.now());
  x.spent_seconds = study.spent_today(s.now());
  x.version = s.data_version;
}

}  // namespace

void load_exam_into_session(AppState& s) {
  s.exam.study.reset();
  s.exam.version = -1;
  s.exam.exam = s.store ? load_exam(*s.store) : std::nullopt;
  if (!s.session) return;
  if (s.exam.exam) s.session->set_exam_cap(StudySession::ExamCap{exam_study_day(s.exam.exam->date), s.exam.exam->articles});
  else s.session->set_exam_cap(std::nullopt);
}

void draw_exam_offer(AppState& s) {
  if (!s.session || !s.store || s.exam.exam || s.exam.editing) return;
  ImGui::Spacing();
  text_faint("An exam coming? E sets its date, the minutes a day and its articles; Today then plans for it.");
  if (ImGui::Button("Set an exam date (E)") || key_pressed(GLFW_KEY_E)) open_form(s);
}

void draw_exam(AppState& s) {
  if (!s.session || !s.store) return;
  ExamState& x = s.exam;
  if (x.editing) {
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Text("Exam");
    draw_form(s);
    return;
  }
  if (!x.exam) return;  // offered below the articles (draw_exam_offer), out of the way
  ImGui::Spacing();
  ImGui::Separator();
  refresh_plan(s);
  const ExamSettings& e = *x.exam;
  const ExamPlan& p = x.plan;
  const std::string day = iso_date(e.date);
  ImGui::Text("Exam on %s", day.c_str());
  text_faint(common::exam_outline(e, p));
  ImGui::TextWrapped("Predicted retention on the day: %s now, %s with the plan.",
                     common::percent_text(p.predicted_now).c_str(), common::percent_text(p.predicted).c_str());
  if (p.passed) text_faint("The exam day has passed: E sets the next one or clears it.");
  else if (!p.reachable) warning_text(common::exam_unreachable(e, p));
  const int work = static_cast<int>(p.today.size());
  char line[160];
  std::snprintf(line, sizeof line, "Today's plan: %d due, %d new, %d brought forward · %.1f of %s studied",
                p.due_today, p.new_today, p.advanced_today, x.spent_seconds / 60, count_of(e.minutes, "minute", "minutes").c_str());
  text_faint(line);
  if (p.held_back_today > 0) text_faint(common::exam_held_back(e, p));
  const ImVec2 size(-1, ImGui::GetFrameHeight() * 1.3f);
  ImGui::BeginDisabled(work == 0);
  if (ImGui::Button(work > 0 ? "Study the exam plan (X)" : "The exam plan is done for today", size) ||
      (work > 0 && key_pressed(GLFW_KEY_X))) {
    s.later([](AppState& st) {
      st.exam.study = std::make_unique<ExamStudy>(*st.session, *st.store, *st.exam.exam);
      st.exam.study->plan(st.now());
      st.screen = Screen::Review;
      load_next_card(st);
    });
  }
  ImGui::EndDisabled();
  if (ImGui::Button("Change or clear the exam (E)", size) || key_pressed(GLFW_KEY_E)) open_form(s);
}

}  // namespace factdeck::ui
