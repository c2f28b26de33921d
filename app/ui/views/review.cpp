// The Review screen: the question in its type's form, the answer by keys or mouse, feedback and rating.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <string>

#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

const ImVec4 kRight(0.35f, 0.85f, 0.45f, 1.0f);
const ImVec4 kWrong(1.0f, 0.45f, 0.4f, 1.0f);

// "10m", "2d", "3.5mo", "1.2y": the interval shown on a rating button.
std::string interval_label(const SchedulingResult& r) {
  char buf[32];
  if (!r.in_days) {
    std::snprintf(buf, sizeof buf, "%lldm", static_cast<long long>(std::max<std::int64_t>(1, r.interval_minutes)));
  } else {
    const int d = r.card.scheduled_days;
    if (d < 31) std::snprintf(buf, sizeof buf, "%dd", d);
    else if (d < 365) std::snprintf(buf, sizeof buf, "%.1fmo", d / 30.4);
    else std::snprintf(buf, sizeof buf, "%.1fy", d / 365.25);
  }
  return buf;
}

bool big_button(const std::string& label) {
  return ImGui::Button(label.c_str(), ImVec2(-1, ImGui::GetFrameHeight() * 1.6f));
}

void submit(AppState& s) {
  ReviewState& r = s.review;
  if (!r.prompt || r.outcome || !s.session) return;
  r.response.text = r.typed;
  r.response.response_ms = static_cast<int>((glfwGetTime() - r.shown_at_s) * 1000.0);
  s.later([](AppState& st) {
    ReviewState& rv = st.review;
    Outcome out;
    Status status = st.session->answer(*rv.prompt, rv.response, st.now(), out);
    if (!status.ok()) {
      st.status = "Not saved: " + status.message();
      return;
    }
    rv.outcome = out;
    ++rv.answered;
    if (out.correct) ++rv.correct;
    st.status = "Saved.";
  });
}

void choose(AppState& s, int index) {
  s.review.response.choice = index;
  submit(s);
}

void draw_choices(AppState& s, const std::vector<std::string>& options) {
  for (std::size_t i = 0; i < options.size(); ++i) {
    const std::string label = std::to_string(i + 1) + "   " + options[i] + "###opt" + std::to_string(i);
    if (big_button(label)) choose(s, static_cast<int>(i));
    if (i < 9 && key_pressed(GLFW_KEY_1 + static_cast<int>(i))) choose(s, static_cast<int>(i));
  }
}

void draw_typed(AppState& s, const char* hint) {
  ReviewState& r = s.review;
  ImGui::SetNextItemWidth(-1);
  if (r.focus_input) ImGui::SetKeyboardFocusHere();
  r.focus_input = false;
  if (ImGui::InputTextWithHint("##typed", hint, r.typed, sizeof r.typed, ImGuiInputTextFlags_EnterReturnsTrue)) submit(s);
  r.response.text = r.typed;
  if (big_button("Check (Enter)")) submit(s);
}

// Order: press the items' numbers from earliest to latest; Backspace takes the last one back.
void draw_order(AppState& s, const Question& q) {
  auto& picked = s.review.response.order;
  ImGui::TextDisabled("Press the numbers from earliest to latest. Backspace undoes a pick.");
  for (std::size_t i = 0; i < q.items.size(); ++i) {
    const int idx = static_cast<int>(i);
    const bool used = std::find(picked.begin(), picked.end(), idx) != picked.end();
    ImGui::BeginDisabled(used);
    if (big_button(std::to_string(i + 1) + "   " + q.items[i] + "###ord" + std::to_string(i)) ||
        (!used && i < 9 && key_pressed(GLFW_KEY_1 + idx)))
      picked.push_back(idx);
    ImGui::EndDisabled();
  }
  if (!picked.empty() && key_pressed(GLFW_KEY_BACKSPACE)) picked.pop_back();
  ImGui::Text("Your order:");
  for (std::size_t i = 0; i < picked.size(); ++i) ImGui::BulletText("%s", q.items[static_cast<std::size_t>(picked[i])].c_str());
  if (picked.size() == q.items.size()) submit(s);
}

// Match: for each left item in turn, press the number of its partner on the right.
void draw_match(AppState& s, const Question& q) {
  auto& pairs = s.review.response.pairs;
  const std::size_t current = pairs.size();
  ImGui::TextDisabled("For each item on the left, press the number of its match on the right. Backspace undoes.");
  if (ImGui::BeginTable("match", 2, ImGuiTableFlags_BordersInnerV)) {
    for (std::size_t i = 0; i < std::max(q.left.size(), q.right.size()); ++i) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      if (i < q.left.size()) {
        const bool active = i == current;
        std::string chosen = i < pairs.size() ? "  →  " + std::to_string(pairs[i] + 1) : "";
        if (active) ImGui::TextColored(ImVec4(1, 0.85f, 0.3f, 1), "> %s", q.left[i].c_str());
        else ImGui::Text("  %s%s", q.left[i].c_str(), chosen.c_str());
      }
      ImGui::TableSetColumnIndex(1);
      if (i < q.right.size()) {
        const bool used = std::find(pairs.begin(), pairs.end(), static_cast<int>(i)) != pairs.end();
        ImGui::BeginDisabled(used || current >= q.left.size());
        if (ImGui::Button((std::to_string(i + 1) + "  " + q.right[i] + "###r" + std::to_string(i)).c_str(), ImVec2(-1, 0)) ||
            (!used && i < 9 && current < q.left.size() && key_pressed(GLFW_KEY_1 + static_cast<int>(i))))
          pairs.push_back(static_cast<int>(i));
        ImGui::EndDisabled();
      }
    }
    ImGui::EndTable();
  }
  if (!pairs.empty() && key_pressed(GLFW_KEY_BACKSPACE)) pairs.pop_back();
  if (pairs.size() == q.left.size() && !q.left.empty()) submit(s);
}

void draw_feedback(AppState& s) {
  ReviewState& r = s.review;
  const Question& q = r.prompt->question;
  const Outcome& o = *r.outcome;
  ImGui::Spacing();
  ImGui::TextColored(o.correct ? kRight : kWrong, "%s", o.correct ? "Right" : "Wrong");
  ImGui::TextWrapped("Answer: %s", q.answer_text.c_str());
  if (!q.original.empty()) ImGui::TextWrapped("Original: %s", q.original.c_str());
  if (!q.sentence.empty()) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("From the article: \"%s\"", q.sentence.c_str());
    ImGui::PopStyleColor();
  }
  if (!q.note.empty()) ImGui::TextWrapped("Note: %s", q.note.c_str());
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextDisabled("Rated %s. Press 1-4 to change the rating, Space or Enter to continue.",
                      o.rating == Rating::Again ? "Again" : o.rating == Rating::Hard ? "Hard"
                                                          : o.rating == Rating::Good ? "Good" : "Easy");
  static const char* names[] = {"Again", "Hard", "Good", "Easy"};
  const float w = (ImGui::GetContentRegionAvail().x - 3 * ImGui::GetStyle().ItemSpacing.x) / 4;
  for (int i = 0; i < 4; ++i) {
    if (i) ImGui::SameLine();
    const bool current = static_cast<int>(o.rating) == i + 1;
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const std::string label = std::to_string(i + 1) + " " + names[i] + "\n" + interval_label(o.options[static_cast<std::size_t>(i)]) +
                              "###rate" + std::to_string(i);
    const bool pressed = ImGui::Button(label.c_str(), ImVec2(w, ImGui::GetFrameHeight() * 2.2f)) ||
                         key_pressed(GLFW_KEY_1 + i);
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

}  // namespace

void load_next_card(AppState& s) {
  ReviewState& r = s.review;
  r.outcome.reset();
  r.response = Response{};
  r.typed[0] = 0;
  r.prompt = s.session ? s.session->next(s.now()) : std::nullopt;
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
  if (ctrl_down() && key_pressed(GLFW_KEY_Z, true)) {
    s.later([](AppState& st) {
      Status status = st.session->undo(st.now());
      st.status = status.ok() ? "Undone: the last answer was removed." : status.message();
      if (status.ok()) {
        if (st.review.answered > 0) --st.review.answered;
        load_next_card(st);
      }
    });
  }
  const TodayCounts counts = s.session->counts(s.now());
  ImGui::TextDisabled("Answered %d this session · %d due · %d learning · %d new", r.answered, counts.due, counts.learning,
                      counts.fresh);
  if (!r.prompt) {
    ImGui::Spacing();
    ImGui::TextWrapped("All done for today. Come back tomorrow, or start a practice quiz.");
    return;
  }
  const Question& q = r.prompt->question;
  ImGui::TextDisabled("%s", r.prompt->article ? r.prompt->article->title.c_str() : "");
  ImGui::Spacing();
  ImGui::SetWindowFontScale(1.25f);
  ImGui::TextWrapped("%s", q.prompt.c_str());
  ImGui::SetWindowFontScale(1.0f);
  ImGui::Spacing();

  if (r.outcome) {
    draw_feedback(s);
    return;
  }
  switch (q.type) {
    case QuestionType::Mcq:
    case QuestionType::Reverse:
    case QuestionType::FactOrOpinion:
      if (q.type == QuestionType::FactOrOpinion && !q.statement.empty()) ImGui::TextWrapped("\"%s\"", q.statement.c_str());
      draw_choices(s, q.options);
      break;
    case QuestionType::TrueFalse:
      ImGui::TextWrapped("%s", q.statement.c_str());
      if (big_button("1   True###t") || key_pressed(GLFW_KEY_1) || key_pressed(GLFW_KEY_T)) {
        r.response.truth = true;
        submit(s);
      }
      if (big_button("2   False###f") || key_pressed(GLFW_KEY_2) || key_pressed(GLFW_KEY_F)) {
        r.response.truth = false;
        submit(s);
      }
      break;
    case QuestionType::Cloze:
      ImGui::TextWrapped("%s", q.text.c_str());
      draw_typed(s, "Type the missing words, then Enter");
      break;
    case QuestionType::Numeric:
      draw_typed(s, q.unit.empty() ? "Type a number, then Enter" : ("Type a number in " + q.unit + ", then Enter").c_str());
      break;
    case QuestionType::Order:
      draw_order(s, q);
      break;
    case QuestionType::Match:
      draw_match(s, q);
      break;
  }
}

}  // namespace factdeck::ui
