// The Today screen: what is due, what is new, the streak, progress per article, and the way in.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>

#include "factdeck/backup.h"
#include "factdeck/overview.h"
#include "ui/views/views.h"

namespace factdeck::ui {

namespace {

// "Today", larger, above every state of the screen.
void heading() {
  ImGui::SetWindowFontScale(1.4f);
  ImGui::Text("Today");
  ImGui::SetWindowFontScale(1.0f);
  ImGui::Spacing();
}

// Today before the collection is loaded: the same layout, the figures still to come, the keyboard live.
// Enter is remembered and starts the review once the cards exist.
void draw_today_loading(AppState& s) {
  heading();
  busy_bar("Loading your collection and counting today's cards...");
  ImGui::Spacing();
  const char* start = s.start_review_when_loaded ? "The review starts as soon as the cards are loaded (Enter to cancel)"
                                                 : "Start review (Enter)  ·  once the cards are loaded";
  if (ImGui::Button(start, ImVec2(-1, ImGui::GetFrameHeight() * 1.8f)) || key_pressed(GLFW_KEY_ENTER) ||
      key_pressed(GLFW_KEY_KP_ENTER) || key_pressed(GLFW_KEY_R))
    s.start_review_when_loaded = !s.start_review_when_loaded;
  if (ImGui::Button("Practice quiz (P)", ImVec2(-1, ImGui::GetFrameHeight() * 1.4f)) || key_pressed(GLFW_KEY_P))
    s.go(Screen::Practice);
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Text("Articles");
  ImGui::TextDisabled("Loading...");
}

void warning(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.45f, 0.35f, 1.0f));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

// The first content error as "file:line: message", and where the content folders are.
std::string content_trouble(const AppState& s) {
  std::string first;
  for (const Diagnostic& d : s.content.diagnostics)
    if (d.severity == Severity::Error) {
      first = d.to_string();
      break;
    }
  std::string dirs;
  for (const std::string& d : s.options.content) dirs += (dirs.empty() ? "" : ", ") + d;
  const std::size_t n = s.content.error_count();
  return std::to_string(n) + (n == 1 ? " problem" : " problems") + " in the content files (the first: " + first +
         "). Library lists them all; the files are in " + dirs + ".";
}

// Today without a database: what is wrong and where to look, never "done for today".
void draw_today_unreadable(AppState& s) {
  heading();
  warning("Nothing can be reviewed: your study database cannot be read (what happened is above).");
  ImGui::TextWrapped("Where to look: %s (the database) and %s (its backups). Nothing is written to them until you choose.",
                     Store::default_path(s.options.data_dir).c_str(), backup_folder(s.options.data_dir).c_str());
  if (s.safety.damage && ImGui::Button("What happened, and restore the latest backup"))
    s.safety.damage_panel = true;
  if (s.content.error_count()) warning(content_trouble(s));
}

// The start button's words when there is no work: "done" only when the cards were read and the content loaded.
std::string nothing_due(const AppState& s, const TodayCounts& c) {
  if (c.total_cards == 0 && s.content.content.articles.empty())
    return s.content.error_count() ? "Nothing to review: the content did not load (see below)"
                                   : "Nothing to review: no articles are loaded (see below)";
  if (s.content.error_count()) return "Nothing due now, but some content did not load (see below)";
  return "Nothing due: review is done for today";
}

// Starts a custom study and opens Review on it.
void start_custom(AppState& s, CustomStudy c, std::string said) {
  s.later([c, said](AppState& st) {
    st.exam.study.reset();  // custom study, not the exam's plan
    Status status = st.session->start_custom(c, st.now());
    if (!status.ok()) {
      st.status = status.message();
      return;
    }
    st.status = said;
    ++st.data_version;
    st.screen = Screen::Review;
    load_next_card(st);
  });
}

// Custom study: this article now, more new cards today, reviews ahead. Up/Down choose the article below.
void draw_custom_study(AppState& s) {
  TodayState& t = s.today;
  const std::vector<ArticleProgress>& rows = s.progress();
  if (!rows.empty()) {
    if (key_pressed(GLFW_KEY_DOWN)) t.article = std::min(t.article + 1, static_cast<int>(rows.size()) - 1);
    if (key_pressed(GLFW_KEY_UP)) t.article = std::max(t.article - 1, 0);
    t.article = std::clamp(t.article, 0, static_cast<int>(rows.size()) - 1);
  }
  text_faint("Custom study (Up/Down choose the article below; F focuses new cards on it, or no longer)");
  if (!rows.empty() && key_pressed(GLFW_KEY_F)) {
    const std::string id = rows[static_cast<std::size_t>(t.article)].article;
    s.later([id](AppState& st) {
      StudySettings next = st.session->settings();
      const auto it = std::find(next.focus.begin(), next.focus.end(), id);
      if (it == next.focus.end()) next.focus.push_back(id);
      else next.focus.erase(it);
      Status saved = save_study_settings(*st.store, next);
      if (!saved.ok()) {
        st.status = "Not saved: " + saved.message();
        return;
      }
      st.session->set_settings(next);
      st.status = next.focus.empty() ? "New cards come from every article in turn."
                                     : "New cards come first from the focused articles.";
      ++st.data_version;
    });
  }
  const ImVec2 size(-1, ImGui::GetFrameHeight() * 1.3f);
  if (!rows.empty()) {
    const ArticleProgress& a = rows[static_cast<std::size_t>(t.article)];
    if (ImGui::Button("Study this article now (A)", size) || key_pressed(GLFW_KEY_A))
      start_custom(s, {CustomStudy::Kind::Article, a.article, 0}, "Custom study: " + a.title + ", its due and new cards now.");
  }
  const std::string more = std::to_string(t.more_new) + " more new cards today (M)";
  if (ImGui::Button(more.c_str(), size) || key_pressed(GLFW_KEY_M))
    start_custom(s, {CustomStudy::Kind::MoreNew, "", t.more_new}, std::to_string(t.more_new) + " more new cards today.");
  const std::string ahead = "Review ahead " + std::to_string(t.ahead_days) + " days (V)";
  if (ImGui::Button(ahead.c_str(), size) || key_pressed(GLFW_KEY_V))
    start_custom(s, {CustomStudy::Kind::Ahead, "", t.ahead_days},
                 "Custom study: the reviews due in the next " + std::to_string(t.ahead_days) + " days.");
}

}  // namespace

void draw_today(AppState& s) {
  if (s.is_loading()) {
    draw_today_loading(s);
    return;
  }
  if (!s.session) {
    draw_today_unreadable(s);
    return;
  }
  if (s.exam.editing) {  // the exam's form has the keys (Enter saves it, Esc closes it)
    heading();
    draw_exam(s);
    return;
  }
  const TodayCounts c = s.figures().counts;
  heading();
  if (ImGui::BeginTable("counts", 4)) {
    auto cell = [](const char* label, int v) {
      ImGui::TableNextColumn();
      ImGui::SetWindowFontScale(1.6f);
      ImGui::Text("%d", v);
      ImGui::SetWindowFontScale(1.0f);
      ImGui::TextDisabled("%s", label);
    };
    cell("due", c.due);
    cell("learning", c.learning);
    cell("new", c.fresh);
    cell(c.streak == 1 ? "day streak" : "days streak", c.streak);
    ImGui::EndTable();
  }
  ImGui::TextDisabled("%d answered today · %d cards in all · %d suspended", c.reviewed_today, c.total_cards, c.suspended);
  ImGui::Spacing();
  const int work = c.due + c.learning + c.fresh;
  const bool start_now = s.start_review_when_loaded;  // asked for while loading
  s.start_review_when_loaded = false;
  const std::string start = work > 0 ? "Start review (Enter)  ·  " + std::to_string(work) + " cards" : nothing_due(s, c);
  ImGui::BeginDisabled(work == 0);
  if (ImGui::Button(start.c_str(), ImVec2(-1, ImGui::GetFrameHeight() * 1.8f)) ||
      (work > 0 && (start_now || key_pressed(GLFW_KEY_ENTER) || key_pressed(GLFW_KEY_KP_ENTER) || key_pressed(GLFW_KEY_R)))) {
    s.later([](AppState& st) {
      st.exam.study.reset();  // today's queue, not the exam's plan
      st.screen = Screen::Review;
      load_next_card(st);
    });
  }
  ImGui::EndDisabled();
  if (work == 0 && s.content.error_count()) warning(content_trouble(s));
  else if (work == 0 && s.content.content.articles.empty())
    warning("No articles were found in the content folders. Add one in Add article, or put article files in " +
            user_content_dir(s) + "/articles.");
  if (ImGui::Button("Practice quiz (P)", ImVec2(-1, ImGui::GetFrameHeight() * 1.4f)) || key_pressed(GLFW_KEY_P))
    s.go(Screen::Practice);
  draw_exam(s);
  draw_custom_study(s);

  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Text("Articles");
  if (!s.store) return;
  // Each article: its title and its cards in words, beside a bar of how much of it is learned.
  if (ImGui::BeginTable("progress", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
    ImGui::TableSetupColumn("Article", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Learned", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    int row = 0;
    for (const ArticleProgress& p : s.progress()) {
      ImGui::TableNextRow();
      if (row++ == s.today.article)  // the article custom study's A would study
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImGuiCol_Header));
      ImGui::TableSetColumnIndex(0);
      const std::vector<std::string>& focus = s.session->settings().focus;
      const bool focused = std::find(focus.begin(), focus.end(), p.article) != focus.end();
      ImGui::TextWrapped("%s%s", p.title.c_str(), focused ? "  (focus)" : "");
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::TextWrapped("%d new · %d learning · %d learned", p.fresh, p.learning, p.review);
      ImGui::PopStyleColor();
      ImGui::TableSetColumnIndex(1);
      char overlay[32];
      std::snprintf(overlay, sizeof overlay, "%d%% learned", static_cast<int>(p.learned() * 100 + 0.5));
      ImGui::ProgressBar(static_cast<float>(p.learned()), ImVec2(-1, 0), overlay);
    }
    ImGui::EndTable();
  }
  draw_exam_offer(s);  // below the articles: out of the way until a learner wants it
}

}  // namespace factdeck::ui
