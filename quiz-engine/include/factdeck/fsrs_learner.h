// The learner's own FSRS model: fitted parameters kept in the store, and the history and workload read from it.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "factdeck/clock.h"
#include "factdeck/fsrs_evaluate.h"
#include "factdeck/fsrs_simulate.h"
#include "factdeck/session.h"
#include "factdeck/status.h"
#include "factdeck/store.h"

namespace factdeck {

// Keys of the settings table. fsrs.w holds the fitted parameters in use (a JSON array of 21 numbers; absent:
// the defaults); fsrs.fit_reviews and fsrs.fit_time record the last fit (used or not): the answers in the
// log then and when it ran, so the desktop offers the next fit only once enough new answers piled up.
inline constexpr const char* kFsrsWeightsKey = "fsrs.w";
inline constexpr const char* kFsrsFitReviewsKey = "fsrs.fit_reviews";
inline constexpr const char* kFsrsFitTimeKey = "fsrs.fit_time";

// Reads `text` as a JSON array of 21 finite numbers into `w`; returns the error for the user, or "" on
// success (then every parameter is set).
std::string parse_fsrs_weights(const std::string& text, std::array<double, 21>& w);
// The parameters as fsrs.w stores them: a JSON array, each number in its shortest exact form.
std::string fsrs_weights_json(const std::array<double, 21>& w);
// Whether the scheduler may use these parameters: all finite and within fsrs-rs's training bounds (what the
// optimizer's clipping guarantees). A damaged or hand-edited fsrs.w outside them is ignored.
bool fsrs_weights_usable(const std::array<double, 21>& w);

// Records a fit of the learner's database: fsrs.fit_reviews and fsrs.fit_time always; fsrs.w only when the
// health check let the fit replace the defaults (report.used), else it is left as it was. One transaction.
Status record_fsrs_fit(Store& store, const FsrsReport& report, std::int64_t reviews, UnixSeconds now);
// Back to the default parameters: removes fsrs.w (the record of the last fit stays, so no new fit is
// offered until enough new answers piled up).
Status reset_fsrs_weights(Store& store);

// Offering a new fit: after this many answers since the last fit (or since the start, before any).
inline constexpr std::int64_t kOptimizeOfferAnswers = 400;
// Whether to offer fitting: at least kOptimizeOfferAnswers answers more than at the last fit (settings.fit_reviews,
// -1 before any).
bool optimize_offered(std::int64_t reviews_now, const StudySettings& settings);

// The workload simulator's start from the learner's database: the cards as they are (suspended and hidden
// ones left out; days counted from today's study day), and options from the settings (new cards a day,
// desired retention, maximum interval, the parameters in use) and from the review log (what an answer costs;
// how the learner rates; defaults where the log has fewer than 20 answers of a kind).
struct WorkloadSetup {
  std::vector<WorkloadCard> cards;
  WorkloadOptions options;
  long today = 0;  // the study day of day 0
};
WorkloadSetup workload_from_store(Store& store, const StudySettings& settings, UnixSeconds now);
// The retentions the desired retention against workload curve is drawn at.
const std::vector<double>& workload_curve_retentions();

}  // namespace factdeck
