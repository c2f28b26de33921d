// Settings > Memory model: fitting FSRS to the learner's answers on a worker, its progress, its evaluation, keep or reset.
#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "factdeck/fsrs_learner.h"
#include "ui/input_queue.h"
#include "ui/views/views.h"

namespace factdeck::ui {
namespace {

std::string fit_number(double v, const char* f = "%.4f") {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

std::string fit_auc(const FsrsMetrics& m) { return m.auc ? fit_number(*m.auc) : std::string("-"); }

// The settings as the session holds them, with the fit read back from the store (the rest unchanged).
void reload_fit_settings(AppState& s) {
  if (!s.session || !s.store) return;
  const StudySettings stored = load_study_settings(*s.store);
  StudySettings next = s.session->settings();
  next.w = stored.w;
  next.fit_reviews = stored.fit_reviews;
  next.fit_time = stored.fit_time;
  s.session->set_settings(next);
}

// Defaults against the fit on the future answers of the time split: the health check's figures.
void evaluation_table(const FsrsReport& r) {
  if (r.test_default.n == 0) return;
  if (!ImGui::BeginTable("fiteval", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupColumn(("On " + count_of(r.test_default.n, "later answer", "later answers")).c_str());
  ImGui::TableSetupColumn("defaults");
  ImGui::TableSetupColumn("fit");
  ImGui::TableHeadersRow();
  auto row = [](const char* what, const std::string& d, const std::string& f) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextUnformatted(what);
    ImGui::TableSetColumnIndex(1);
    ImGui::TextUnformatted(d.c_str());
    ImGui::TableSetColumnIndex(2);
    ImGui::TextUnformatted(f.c_str());
  };
  row("log loss (lower is better)", fit_number(r.test_default.log_loss), fit_number(r.test_fit.log_loss));
  row("RMSE(bins) (lower is better)", fit_number(r.test_default.rmse_bins), fit_number(r.test_fit.rmse_bins));
  row("AUC (higher is better)", fit_auc(r.test_default), fit_auc(r.test_fit));
  ImGui::EndTable();
}

}  // namespace

void start_fit(AppState& s) {
  SettingsState& ss = s.settings;
  if (ss.fitting.valid() || !s.store) return;
  ss.fit.reset();
  ss.confirm_reset = false;
  ss.fit_share = std::make_shared<std::atomic<double>>(0.0);
  ss.fit_cancel = std::make_shared<std::atomic<bool>>(false);
  const UnixSeconds now = s.now();
  ss.fitting = std::async(std::launch::async, [path = s.store->path(), now, share = ss.fit_share, cancel = ss.fit_cancel]() {
    FitOutcome out;
    std::unique_ptr<Store> own;  // SQLite connections are not shared across threads
    Status st = Store::open(path, own);
    if (st.ok()) {
      const std::vector<ReviewRow> log = own->all_reviews();
      out.answers = static_cast<std::int64_t>(log.size());
      const FsrsDataset data = make_fsrs_dataset(histories_from_reviews(log));
      FsrsOptimizerOptions options;
      double shown = 0;
      // Reports the share done and wakes the loop at each whole percent, so the bar moves without a busy loop.
      options.progress = [&](double share_done) {
        share->store(share_done);
        if (share_done - shown >= 0.01) {
          shown = share_done;
          wake_ui();
        }
        return !cancel->load();
      };
      out.report = optimize_and_evaluate(data, options);
      if (!out.report.stopped) st = record_fsrs_fit(*own, out.report, out.answers, now);
      out.saved = st.ok() && out.report.used && !out.report.stopped;
    }
    if (!st.ok()) out.error = st.message();
    wake_ui();
    return out;
  });
}

void finish_fit(AppState& s) {
  SettingsState& ss = s.settings;
  if (!ss.fitting.valid() || ss.fitting.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
  ss.fit = ss.fitting.get();
  ss.show_fit_frames = 2;
  log_input_event("fit-done");
  s.later([](AppState& st) {
    reload_fit_settings(st);  // the session schedules with the saved parameters from the next answer
    if (st.settings.fit && !st.settings.fit->error.empty()) st.status = "The fit failed: " + st.settings.fit->error;
  });
}

void reset_fit(AppState& s) {
  s.later([](AppState& st) {
    if (!st.store) return;
    const Status r = reset_fsrs_weights(*st.store);
    st.status = r.ok() ? "The scheduler uses FSRS-6's default parameters again." : "Not reset: " + r.message();
    reload_fit_settings(st);
    st.settings.fit.reset();
  });
}

void draw_fit_offer(const AppState& s, std::int64_t answers) {
  if (!s.session || s.settings.fitting.valid() || !optimize_offered(answers, s.session->settings())) return;
  const StudySettings& st = s.session->settings();
  const std::int64_t since = answers - std::max<std::int64_t>(0, st.fit_reviews);
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.35f, 0.75f, 0.95f, 1.0f));
  ImGui::TextWrapped("%s", (count_of(since, "new answer", "new answers") +
                            (st.fit_reviews < 0 ? " so far" : " since the last fit") +
                            ": Settings > Memory model > Optimize fits the scheduler to them.").c_str());
  ImGui::PopStyleColor();
}

std::string fit_summary(const AppState& s) {
  const StudySettings& st = s.session->settings();
  if (s.settings.fitting.valid()) return "fitting... " + fit_number(s.settings.fit_share ? s.settings.fit_share->load() * 100 : 0, "%.0f%%");
  std::string text = st.w ? "fitted to your answers" : "FSRS-6's defaults";
  if (st.w && st.fit_time > 0) text += " (" + when_text(st.fit_time, s.now(), st.utc_offset_minutes) + ")";
  return text + "   Right: optimize";
}

void draw_fit_panel(AppState& s) {
  SettingsState& ss = s.settings;
  const StudySettings& st = s.session->settings();
  ImGui::Text("Memory model");
  text_faint("FSRS-6 predicts when you would forget each fact. Optimize fits its 21 parameters to your own answers, "
             "checks the fit on your later answers, and uses it only when it predicts them better than the defaults.");
  if (ss.fitting.valid()) {
    const float share = ss.fit_share ? static_cast<float>(ss.fit_share->load()) : 0.0f;
    // Before the first training step the worker reads the review log and builds the items: say so, not "0%".
    ImGui::ProgressBar(share, ImVec2(-1, 0),
                       share > 0 ? (fit_number(share * 100, "%.0f%%") + " fitted").c_str() : "reading your answers");
    text_faint("Fitting to your answers; you can keep studying meanwhile.");
    return;
  }
  if (ImGui::Button("Optimize")) start_fit(s);
  if (st.w) {
    ImGui::SameLine();
    if (ImGui::Button(ss.confirm_reset ? "Press again to use the defaults" : "Back to the defaults")) {
      if (ss.confirm_reset) reset_fit(s);
      ss.confirm_reset = !ss.confirm_reset;
    }
  }
  if (!ss.fit) return;
  const FitOutcome& f = *ss.fit;
  if (!f.error.empty()) {
    ImGui::TextWrapped("The fit failed: %s", f.error.c_str());
    return;
  }
  const FsrsReport& r = f.report;
  ImGui::TextWrapped("Fitted to %s: %s (%s).", count_of(f.answers, "answer", "answers").c_str(),
                     r.fit.mode == FsrsFitMode::Full       ? "all 21 parameters"
                     : r.fit.mode == FsrsFitMode::Pretrain ? "the first stabilities only (few answers yet)"
                                                           : "nothing fitted, too few answers",
                     count_of(r.fit.items, "training item", "training items").c_str());
  evaluation_table(r);
  ImGui::PushStyleColor(ImGuiCol_Text, f.saved ? ImVec4(0.35f, 0.8f, 0.45f, 1.0f) : ImGui::GetStyleColorVec4(ImGuiCol_Text));
  ImGui::TextWrapped("%s %s", f.saved ? "Used and saved:" : "Not used:", r.reason.c_str());
  ImGui::PopStyleColor();
  const bool dismissed = ImGui::Button(f.saved ? "Keep it" : "OK");
  if (ss.show_fit_frames > 0) {  // the fit has just ended: its last line at the bottom of the view
    ImGui::Spacing();  // the button whole, with a little room under it
    ImGui::SetScrollHereY(1.0f);
    --ss.show_fit_frames;
  }
  if (dismissed) ss.fit.reset();
}

}  // namespace factdeck::ui
