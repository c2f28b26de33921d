// The Review screen: today's cards one by one, the answer by keys or mouse, feedback, rating, undo, suspend.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cstdio>
#include <string>

#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

const char* const kRatingNames[] = {"Again", "Hard", "Good", "Easy"};

// "10m", "2d", "3.5mo", "1.2y": the interval shown on a rating button.
std::string interval_label(const SchedulingResult& r) {
  char buf[32];
  if (!r.in_days) {
    std::snprintf(buf, sizeof buf, "%lldm", static_cast<long long>(std::max<std::int64_t>(1, r.interval_minutes)));
  } else {
    const int d = r.card.scheduled_days;
    if (d < 31) std::snprintf(buf, sizeof buf, "%dd", d);
    else if (d < 365) std::snprintf(buf, sizeof buf, "%.1fmo", d / 30.44);
    else std::snprintf(buf, sizeof buf, "%.1fy", d / 365.25);
  }
  return buf;
}

void submit(AppState& s) {
  ReviewState& r = s.review;
  if (!r.prompt || r.outcome || !s.session) return;
  r.response.text = r.typed;
  r.response.response_ms = static_cast<int>((glfwGetTime() - r.shown_at_s) * 1000.0);
  s.later([](AppState& st) {
    ReviewState& rv = st.review;
    Outcome out;
    // Committed here, before the feedback shows: an answer on screen is an answer on disk.
    Status status = st.session->answer(*rv.prompt, rv.response, st.now(), out);
    if (!status.ok() && st.store && st.store->answered_since(rv.prompt->card)) {
      // Another Factdeck (a window or a terminal) on this folder answered the card first: its answer
      // stands. Staying on the card would refuse every press; the next card comes instead.
      st.status = "This card was just answered in another Factdeck; this answer was not saved. Here is the next one.";
      load_next_card(st);
      return;
    }
    if (!status.ok()) {
      st.status = "Not saved: " + status.message();
      return;
    }
    rv.outcome = out;
    ++rv.answered;
    if (out.correct) ++rv.correct;
    st.status = "Answer saved.";
  });
}

void undo_last(AppState& s) {
  s.later([](AppState& st) {
    std::string what;
    Status status = st.session->undo(st.now(), &what);
    st.status = status.ok() ? what : status.message();
    if (status.ok()) {
      if (what.rfind("Undid the answer", 0) == 0 && st.review.answered > 0) --st.review.answered;
      ++st.data_version;
      load_next_card(st);
    }
  });
}

// S suspends the card on show, B buries it until tomorrow; Ctrl+Z takes either back.
void set_aside_current(AppState& s, bool bury) {
  s.later([bury](AppState& st) {
    if (!st.review.prompt) return;
    const std::int64_t id = st.review.prompt->card.id;
    Status status = bury ? st.session->bury(id, st.now()) : st.session->suspend(id, true);
    st.status = !status.ok() ? status.message()
                : bury       ? "Card buried until tomorrow (Ctrl+Z takes it back)."
                             : "Card suspended: not asked until you unsuspend it in the Library (Ctrl+Z takes it back).";
    if (status.ok()) {
      ++st.data_version;
      load_next_card(st);
    }
  });
}

// A new fact, shown before it is tested: its statement, the article's words and the note.
void draw_learn(AppState& s) {
  const LearnView v = learn_view(*s.review.prompt);
  text_faint("New fact: read it, then Space tests you on it.");
  ImGui::Spacing();
  ImGui::SetWindowFontScale(1.2f);
  ImGui::TextWrapped("%s", v.statement.c_str());
  ImGui::SetWindowFontScale(1.0f);
  if (!v.sentence.empty()) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("From the article: \"%s\"", v.sentence.c_str());
    ImGui::PopStyleColor();
  }
  if (!v.note.empty()) ImGui::TextWrapped("Note: %s", v.note.c_str());
  ImGui::Spacing();
  if (ImGui::Button("Test me (Space)", ImVec2(-1, ImGui::GetFrameHeight() * 1.6f)) || key_pressed(GLFW_KEY_SPACE) ||
      key_pressed(GLFW_KEY_ENTER) || key_pressed(GLFW_KEY_KP_ENTER))
    s.later([](AppState& st) {
      st.review.learned = true;
      st.review.shown_at_s = glfwGetTime();
      st.review.focus_input = true;
    });
}

// A flip card: Space shows the answer, then 1-4 rate how well it was recalled.
void draw_flip(AppState& s) {
  ReviewState& r = s.review;
  if (!r.revealed) {
    text_faint("Recall the answer, then Space shows it.");
    if (ImGui::Button("Show the answer (Space)", ImVec2(-1, ImGui::GetFrameHeight() * 1.6f)) ||
        key_pressed(GLFW_KEY_SPACE) || key_pressed(GLFW_KEY_ENTER) || key_pressed(GLFW_KEY_KP_ENTER))
      s.later([](AppState& st) { st.review.revealed = true; });
    return;
  }
  ImGui::SetWindowFontScale(1.2f);
  ImGui::TextWrapped("Answer: %s", r.prompt->question.answer_text.c_str());
  ImGui::SetWindowFontScale(1.0f);
  text_faint("How well did you recall it? 1 Again (not at all), 2 Hard, 3 Good, 4 Easy.");
  const float w = (ImGui::GetContentRegionAvail().x - 3 * ImGui::GetStyle().ItemSpacing.x) / 4;
  for (int i = 0; i < 4; ++i) {
    if (i) ImGui::SameLine();
    const std::string label = std::to_string(i + 1) + " " + kRatingNames[i] + "###self" + std::to_string(i);
    if (ImGui::Button(label.c_str(), ImVec2(w, ImGui::GetFrameHeight() * 1.6f)) || key_pressed(GLFW_KEY_1 + i)) {
      r.response.self_rating = i + 1;
      submit(s);
    }
  }
}

void draw_feedback(AppState& s) {
  ReviewState& r = s.review;
  const Outcome& o = *r.outcome;
  draw_explanation(r.prompt->question, o.correct, r.prompt->flip ? std::string() : response_text(r.prompt->question, r.response));
  if (o.typo) ImGui::TextDisabled("Accepted with a small typo.");
  ImGui::Spacing();
  ImGui::Separator();
  text_faint(std::string("Rated ") + kRatingNames[static_cast<int>(o.rating) - 1] +
             ". Press 1-4 to change the rating, Space or Enter to continue.");
  const float w = (ImGui::GetContentRegionAvail().x - 3 * ImGui::GetStyle().ItemSpacing.x) / 4;
  for (int i = 0; i < 4; ++i) {
    if (i) ImGui::SameLine();
    const bool current = static_cast<int>(o.rating) == i + 1;
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const std::string label = std::to_string(i + 1) + " " + kRatingNames[i] + "\n" +
                              interval_label(o.options[static_cast<std::size_t>(i)]) + "###rate" + std::to_string(i);
    const bool pressed = ImGui::Button(label.c_str(), ImVec2(w, ImGui::GetFrameHeight() * 2.2f)) || key_pressed(GLFW_KEY_1 + i);
    if (current) ImGui::PopStyleColor();
    if (pressed) {
      const Rating rating = static_cast<Rating>(i + 1);
      s.later([rating](AppState& st) {
        if (rating != st.review.outcome->rating) {
          Status status = st.session->override_rating(*st.review.prompt, *st.review.outcome, rating, st.now());
          if (!status.ok()) {
            st.status = "Not saved: " + status.message();
            return;
          }
        }
        load_next_card(st);
      });
    }
  }
  if (key_pressed(GLFW_KEY_SPACE) || key_pressed(GLFW_KEY_ENTER) || key_pressed(GLFW_KEY_KP_ENTER))
    s.later([](AppState& st) { load_next_card(st); });
}

// The card on show: its question and answer input, a flip card, or the feedback after the answer.
void draw_card(AppState& s) {
  ReviewState& r = s.review;
  const Question& q = r.prompt->question;
  text_faint((r.prompt->article ? r.prompt->article->title + " · " : std::string()) +
             (r.prompt->flip ? std::string("Flip card") : type_label(q.type)));
  ImGui::Spacing();
  ImGui::SetWindowFontScale(1.2f);
  ImGui::TextWrapped("%s", q.prompt.c_str());
  ImGui::SetWindowFontScale(1.0f);
  ImGui::Spacing();

  if (r.outcome) {
    draw_feedback(s);
  } else if (r.prompt->flip) {
    draw_flip(s);
  } else if (draw_question_input(q, r.response, r.typed, sizeof r.typed, r.focus_input)) {
    submit(s);
  }
}

}  // namespace

void load_next_card(AppState& s) {
  ReviewState& r = s.review;
  r.outcome.reset();
  r.response = Response{};
  r.typed[0] = 0;
  r.learned = false;
  r.revealed = false;
  r.prompt = !s.session ? std::nullopt : s.exam.study ? s.exam.study->next(s.now()) : s.session->next(s.now());
  r.shown_at_s = glfwGetTime();
  r.focus_input = true;
  r.started = true;
}

void draw_review(AppState& s) {
  ReviewState& r = s.review;
  if (!s.session) {
    ImGui::TextWrapped("Nothing to review: the study database is not open.");
    return;
  }
  if (!r.started) load_next_card(s);
  if (ctrl_key_pressed(GLFW_KEY_Z) && s.session->can_undo()) undo_last(s);
  const TodayCounts counts = s.figures().counts;
  const int left = counts.due + counts.learning + counts.fresh;
  if (s.exam.study)  // the exam's plan, not today's queue: its time is what limits it
    ImGui::TextDisabled("Exam plan for %s · %d answered · %.1f of %d minutes studied today",
                        iso_date(s.exam.study->exam().date).c_str(), r.answered, s.exam.study->spent_today(s.now()) / 60,
                        s.exam.study->exam().minutes);
  else
    ImGui::TextDisabled("%d answered · %d left today (%d due, %d learning, %d new)", r.answered, left, counts.due,
                        counts.learning, counts.fresh);
  const float total = static_cast<float>(r.answered + left);
  ImGui::ProgressBar(total > 0 ? static_cast<float>(r.answered) / total : 1.0f, ImVec2(-1, 4), "");
  if (!r.prompt) {
    ImGui::Spacing();
    ImGui::TextWrapped("All done for today. Come back tomorrow, or start a practice quiz (Tab to move between screens).");
    if (s.session->can_undo()) ImGui::TextDisabled("Ctrl+Z undoes the last action.");
    return;
  }
  const bool learning = r.prompt->learn && !r.learned && !r.outcome;
  if (learning) {
    text_faint(r.prompt->article ? r.prompt->article->title : std::string());
    draw_learn(s);
  } else {
    draw_card(s);
  }
  ImGui::Spacing();
  if (ImGui::SmallButton("Suspend this card (S)") || key_pressed(GLFW_KEY_S)) set_aside_current(s, false);
  ImGui::SameLine();
  if (ImGui::SmallButton("Bury until tomorrow (B)") || key_pressed(GLFW_KEY_B)) set_aside_current(s, true);
  ImGui::SameLine();
  ImGui::BeginDisabled(!s.session->can_undo());
  if (ImGui::SmallButton("Undo (Ctrl+Z)")) undo_last(s);
  ImGui::EndDisabled();
}

}  // namespace factdeck::ui
