// The Statistics screen's memory model: calibration per kind of question, the coming days' workload, retention against workload.
#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "factdeck/fsrs_learner.h"
#include "ui/input_queue.h"
#include "ui/views/charts.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

constexpr int kModelDays = 30;  // the workload chart's days

std::string model_number(double v, const char* f) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

// Starts computing the model's figures on a worker with its own connection.
void start_model(AppState& s) {
  StatsState& st = s.stats;
  st.model_version = s.data_version;
  const StudySettings settings = s.session ? s.session->settings() : StudySettings{};
  st.model_pending = std::async(std::launch::async, [path = s.store->path(), now = s.now(), settings]() {
    StatsState::Model m;
    std::unique_ptr<Store> own;  // SQLite connections are not shared across threads
    if (Store::open(path, own).ok()) {
      m.fitted = settings.w.has_value();
      const FsrsDataset data = make_fsrs_dataset(histories_from_reviews(own->all_reviews()));
      m.evaluation = evaluate_fsrs(data, fsrs_config(settings).w, true);
      WorkloadSetup setup = workload_from_store(*own, settings, now);
      setup.options.days = kModelDays;
      m.options = setup.options;
      m.workload = simulate_workload(setup.cards, setup.options);
      m.curve = retention_workload_curve(setup.cards, setup.options, workload_curve_retentions());
      m.first_day = iso_date(civil_from_days(setup.today));
    }
    wake_ui();
    return m;
  });
}

void calibration_table(const std::vector<FsrsCalibration>& rows) {
  if (rows.empty()) {
    ImGui::TextDisabled("No answers to score yet: a card's first answer of a later day is predicted and scored.");
    return;
  }
  if (!ImGui::BeginTable("calibration", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
  for (const char* h : {"kind of question", "answers", "predicted right", "observed right", "RMSE(bins)"})
    ImGui::TableSetupColumn(h);
  ImGui::TableHeadersRow();
  for (const FsrsCalibration& c : rows) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextUnformatted(c.kind.c_str());
    ImGui::TableSetColumnIndex(1);
    ImGui::Text("%d", c.n);
    ImGui::TableSetColumnIndex(2);
    ImGui::Text("%.1f%%", c.predicted * 100);
    ImGui::TableSetColumnIndex(3);
    ImGui::Text("%.1f%%", c.observed * 100);
    ImGui::TableSetColumnIndex(4);
    ImGui::Text("%.3f", c.rmse_bins);
  }
  ImGui::EndTable();
}

}  // namespace

void draw_model_section(AppState& s) {
  StatsState& st = s.stats;
  if (st.model_pending.valid() && st.model_pending.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
    st.model = st.model_pending.get();
    log_input_event("stats-model");
  }
  if (st.model_version != s.data_version && !st.model_pending.valid() && s.store) start_model(s);
  ImGui::Separator();
  ImGui::Text("Your memory model");
  if (!st.model) {
    busy_bar("Scoring the model and simulating the coming days...");
    return;
  }
  const StatsState::Model& m = *st.model;
  text_faint(std::string("Scheduling with ") + (m.fitted ? "parameters fitted to your answers" : "FSRS-6's default parameters") +
             "; Settings > Memory model fits them. For answers picked from options, a forgotten fact is still guessed "
             "right 1 time in the number of options, and the predictions count that.");
  ImGui::TextWrapped("Predicted against observed right answers, by kind of question (%s scored):",
                     count_of(m.evaluation.items, "answer", "answers").c_str());
  calibration_table(m.evaluation.calibration);

  if (m.workload.days.empty()) return;
  const float chart_h = ImGui::GetTextLineHeight() * 6;
  ImGui::Spacing();
  ImGui::TextWrapped("The next %d days, simulated from your cards: %.0f%% desired retention, %s a day, %.1f s a review "
                     "(on average %.0f reviews and %.1f minutes a day)",
                     kModelDays, m.options.retention * 100, count_of(m.options.new_per_day, "new card", "new cards").c_str(),
                     m.options.review_seconds, m.workload.reviews_per_day, m.workload.minutes_per_day);
  std::vector<int> reviews;
  std::vector<double> minutes;
  std::vector<std::string> dates;
  for (const WorkloadDay& d : m.workload.days) {
    reviews.push_back(d.reviews + d.new_cards);
    minutes.push_back(d.minutes);
    dates.push_back(d.day == 0 ? std::string("today") : short_date(m.first_day, d.day));
  }
  ImGui::TextDisabled("answers a day (reviews and new cards)");
  bar_chart("simreviews", reviews, dates, chart_h, IM_COL32(86, 156, 214, 255), "answer", "answers", "No answers due");
  ImGui::TextDisabled("minutes a day");
  bar_chart("simminutes", minutes, dates, chart_h, IM_COL32(120, 190, 120, 255),
            [](double v) { return model_number(v, "%.1f minutes"); }, "No minutes");

  if (m.curve.size() < 2) return;
  ImGui::Spacing();
  ImGui::TextWrapped("Desired retention against workload: the same %d days at each retention (the mark: yours)", kModelDays);
  std::vector<double> xs, ys;
  std::vector<std::string> labels;
  for (const WorkloadPoint& p : m.curve) {
    xs.push_back(p.retention);
    ys.push_back(p.minutes_per_day);
    labels.push_back(model_number(p.retention * 100, "%.0f%%"));
  }
  line_chart("retentioncurve", xs, ys, labels, "desired retention", "minutes a day", "%.1f", chart_h * 1.3f,
             IM_COL32(220, 140, 60, 255), m.options.retention);
}

}  // namespace factdeck::ui
