// `factdeck fsrs optimize` and `factdeck fsrs evaluate`: fit FSRS-6 to a review history and score parameters on it.
//
// The history is the learner's database (--data-dir) or --reviews FILE: one card per line, in the
// shape `fsrs replay --batch` reads ({"card":"key","reviews":[{"t":"ISO time","rating":1-4},...]}),
// each review optionally with "options" (the options the answer was picked from: 0 typed, 2
// true/false, 4 a four-way choice) and "type" (the question type). Days between answers are UTC
// dates for a file, the study session's days for the database.
//
// optimize --json prints {"w":[21], "mode":"default"|"pretrain"|"full", "items":N,
//   "train":{"default":{metrics},"fit":{metrics}}, "test":{"default":{...},"fit":{...}},
//   "used":{"value":bool,"reason":"..."}, "calibration":{"default":[...],"fit":[...]}, "guess":bool,
//   "fit_ms":N}; metrics are {"n","log_loss","rmse_bins","auc"} (auc null when undefined).
// evaluate --json prints {"w":[21], "items":N, "all":{metrics}, "test":{metrics}, "calibration":[...]}.
// --no-guess scores every answer as recall (R) instead of R + (1 - R) / options.
//
// optimize on the learner's database records the fit in the settings table (fsrs.fit_reviews, fsrs.fit_time)
// and, when the health check says "used", saves the parameters (fsrs.w) for the scheduler; it says which.
// --dry-run saves nothing; a --reviews FILE fit never saves. Its JSON adds "saved" (bool).
// evaluate without --w scores the parameters in use (the saved fit, or the defaults).
// `factdeck fsrs reset` removes the saved parameters: the defaults schedule again.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "factdeck/fsrs_evaluate.h"
#include "factdeck/fsrs_learner.h"
#include "factdeck/fsrs_optimizer.h"
#include "factdeck/session.h"
#include "factdeck/store.h"

namespace factdeck::cli {

using nlohmann::json;

namespace {

// Reads the histories of --reviews FILE, or of the learner's database (then opened into `store`); false with a
// message.
bool read_histories(const CommonOptions& common, const std::optional<std::string>& file,
                    std::vector<FsrsCardHistory>& out, std::unique_ptr<Store>& store, std::string& err) {
  if (file) {
    std::ifstream in(*file);
    if (!in) {
      err = "cannot read " + *file;
      return false;
    }
    std::string line;
    for (long n = 1; std::getline(in, line); ++n) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      std::string e;
      const std::optional<ReplayInput> h = parse_replay_input(line, e);
      if (!h) {
        err = *file + ":" + std::to_string(n) + ": " + e;
        return false;
      }
      if (!h->reviews.empty()) out.push_back(history_from_replay(*h));
    }
    return true;
  }
  const Status st = Store::open(Store::default_path(common.data_dir), store);
  if (!st.ok()) {
    err = st.message();
    return false;
  }
  out = histories_from_reviews(store->all_reviews());
  return true;
}

json metrics_json(const FsrsMetrics& m) {
  json j = {{"n", m.n}, {"log_loss", m.log_loss}, {"rmse_bins", m.rmse_bins}};
  j["auc"] = m.auc ? json(*m.auc) : json(nullptr);
  return j;
}

json calibration_json(const std::vector<FsrsCalibration>& cs) {
  json a = json::array();
  for (const FsrsCalibration& c : cs)
    a.push_back({{"kind", c.kind}, {"n", c.n}, {"predicted", c.predicted}, {"observed", c.observed},
                 {"rmse_bins", c.rmse_bins}});
  return a;
}

std::string fmt(double x, const char* f = "%.4f") {
  char buf[32];
  std::snprintf(buf, sizeof buf, f, x);
  return buf;
}

std::string auc_text(const FsrsMetrics& m) { return m.auc ? fmt(*m.auc) : std::string("-"); }

void print_calibration(const char* title, const std::vector<FsrsCalibration>& cs) {
  if (cs.empty()) return;
  std::cout << title << "\n";
  for (const FsrsCalibration& c : cs)
    std::cout << "  " << c.kind << ": " << c.n << " answers, predicted " << fmt(c.predicted) << ", observed "
              << fmt(c.observed) << ", RMSE(bins) " << fmt(c.rmse_bins) << "\n";
}

const char* kUsage =
    "usage: factdeck fsrs optimize [--reviews FILE] [--json] [--no-guess] [--dry-run]\n"
    "       factdeck fsrs evaluate [--w '[21 numbers]'] [--reviews FILE] [--json] [--no-guess]\n"
    "       factdeck fsrs reset\n";

}  // namespace

int run_fsrs_fit(const CommonOptions& common, const std::string& sub, std::vector<std::string> args) {
  const std::string who = "factdeck fsrs " + sub + ": ";
  std::string err;
  const bool as_json = take_flag(args, "--json");
  const bool no_guess = take_flag(args, "--no-guess");
  const bool dry_run = sub == "optimize" && take_flag(args, "--dry-run");
  const std::optional<std::string> file = take_option(args, "--reviews", err);
  std::optional<std::string> w_text;
  if (err.empty() && sub == "evaluate") w_text = take_option(args, "--w", err);
  if (err.empty() && !args.empty()) err = "unexpected argument '" + args[0] + "'";
  std::array<double, 21> w = kFsrsDefaultWeights;
  if (err.empty() && w_text) err = parse_fsrs_weights(*w_text, w);
  if (!err.empty()) {
    std::cerr << who << err << "\n" << kUsage;
    return 2;
  }
  std::vector<FsrsCardHistory> histories;
  std::unique_ptr<Store> store;
  if (!read_histories(common, file, histories, store, err)) {
    std::cerr << who << err << "\n";
    return file ? 2 : 1;
  }
  const FsrsDataset data = make_fsrs_dataset(std::move(histories));
  const bool guess = !no_guess;

  if (sub == "evaluate") {
    if (!w_text && store) w = fsrs_config(load_study_settings(*store)).w;  // the parameters in use
    const FsrsEvaluation e = evaluate_fsrs(data, w, guess);
    if (as_json) {
      std::cout << json({{"w", w}, {"items", e.items}, {"guess", guess}, {"all", metrics_json(e.all)},
                         {"test", metrics_json(e.test)}, {"calibration", calibration_json(e.calibration)}})
                       .dump()
                << "\n";
      return 0;
    }
    std::cout << e.items << " scored answers (a card's first of each day after its first)\n"
              << "log loss " << fmt(e.all.log_loss) << ", RMSE(bins) " << fmt(e.all.rmse_bins) << ", AUC "
              << auc_text(e.all) << "\n";
    print_calibration("calibration by kind of question:", e.calibration);
    return 0;
  }

  FsrsOptimizerOptions options;
  options.guess = guess;
  const auto start = std::chrono::steady_clock::now();
  const FsrsReport r = optimize_and_evaluate(data, options);
  const double fit_ms =
      std::round(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() * 10) / 10;
  // A fit of the learner's own database is recorded, and its parameters saved when used; never a file's.
  bool saved = false;
  std::string save_error;
  if (store && !dry_run && !r.stopped) {
    const Status st = record_fsrs_fit(*store, r, store->review_count(), common.clock());
    saved = st.ok() && r.used;
    if (!st.ok()) save_error = st.message();
  }
  if (!save_error.empty()) std::cerr << who << "not saved: " << save_error << "\n";
  if (as_json) {
    json out = {{"w", r.fit.w},
                {"mode", fit_mode_name(r.fit.mode)},
                {"items", r.fit.items},
                {"scored", r.items},
                {"guess", guess},
                {"train", {{"default", metrics_json(r.train_default)}, {"fit", metrics_json(r.train_fit)}}},
                {"test", {{"default", metrics_json(r.test_default)}, {"fit", metrics_json(r.test_fit)}}},
                {"used", {{"value", r.used}, {"reason", r.reason}}},
                {"calibration",
                 {{"default", calibration_json(r.calibration_default)}, {"fit", calibration_json(r.calibration_fit)}}},
                {"fit_ms", fit_ms},
                {"saved", saved}};
    std::cout << out.dump() << "\n";
    return 0;
  }
  std::cout << r.items << " scored answers; " << r.fit.items << " training items after the outlier filter; fit: "
            << fit_mode_name(r.fit.mode) << "\n";
  std::cout << "                 log loss  RMSE(bins)  AUC\n";
  auto row = [](const char* name, const FsrsMetrics& m) {
    std::cout << name << fmt(m.log_loss, "%8.4f") << fmt(m.rmse_bins, "%12.4f") << "  " << auc_text(m) << "\n";
  };
  row("past, defaults ", r.train_default);
  row("past, fit      ", r.train_fit);
  row("future, defaults", r.test_default);
  row("future, fit    ", r.test_fit);
  print_calibration("calibration on the future part, defaults:", r.calibration_default);
  print_calibration("calibration on the future part, fit:", r.calibration_fit);
  std::cout << (r.used ? "used: " : "not used: ") << r.reason << "\nw = [";
  for (std::size_t i = 0; i < 21; ++i) std::cout << (i ? ", " : "") << fmt(r.fit.w[i], "%.4f");
  std::cout << "]\n";
  if (saved) std::cout << "saved: the scheduler uses these parameters from now on ('factdeck fsrs reset' goes back to the defaults)\n";
  else if (!store) std::cout << "not saved: fitted on " << *file << ", not on your answers\n";
  else if (dry_run) std::cout << "not saved (--dry-run)\n";
  else if (!r.used) std::cout << "not saved: the parameters in use stay\n";
  return save_error.empty() ? 0 : 1;
}

int run_fsrs_reset(const CommonOptions& common, const std::vector<std::string>& args) {
  if (!args.empty()) {
    std::cerr << "factdeck fsrs reset: unexpected argument '" << args[0] << "'\n" << kUsage;
    return 2;
  }
  std::unique_ptr<Store> store;
  Status st = Store::open(Store::default_path(common.data_dir), store);
  if (st.ok()) st = reset_fsrs_weights(*store);
  if (!st.ok()) {
    std::cerr << "factdeck fsrs reset: " << st.message() << "\n";
    return 1;
  }
  std::cout << "The scheduler uses FSRS-6's default parameters again.\n";
  return 0;
}

}  // namespace factdeck::cli
