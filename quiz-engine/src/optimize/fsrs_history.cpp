// Review histories for the optimizer, from `fsrs replay` input or from the learner's review log.
#include <algorithm>
#include <map>

#include "factdeck/fsrs_optimizer.h"

namespace factdeck {

FsrsCardHistory history_from_replay(const ReplayInput& in) {
  FsrsCardHistory h;
  h.card = in.card_key;
  for (std::size_t i = 0; i < in.reviews.size(); ++i) {
    const ReplayReview& r = in.reviews[i];
    FsrsTrainReview t;
    t.rating = r.rating;
    t.delta_t = i == 0 ? 0 : std::max(0, elapsed_days_utc(in.reviews[i - 1].t, r.t));
    t.options = r.options;
    t.time = r.t;
    t.question_type = r.type;
    h.reviews.push_back(std::move(t));
  }
  return h;
}

std::vector<FsrsCardHistory> histories_from_reviews(const std::vector<ReviewRow>& reviews) {
  std::map<std::int64_t, std::vector<const ReviewRow*>> by_card;
  for (const ReviewRow& r : reviews)
    if (r.rating >= 1 && r.rating <= 4) by_card[r.card].push_back(&r);
  std::vector<FsrsCardHistory> out;
  out.reserve(by_card.size());
  for (auto& [card, rows] : by_card) {
    std::stable_sort(rows.begin(), rows.end(), [](const ReviewRow* a, const ReviewRow* b) {
      return a->time != b->time ? a->time < b->time : a->id < b->id;
    });
    FsrsCardHistory h;
    h.card = std::to_string(card);
    for (const ReviewRow* r : rows) {
      FsrsTrainReview t;
      t.rating = static_cast<Rating>(r->rating);
      t.delta_t = h.reviews.empty() ? 0 : std::max(0, r->elapsed_days);
      t.options = std::max(0, r->options);
      t.time = r->time;
      t.question_type = r->question_type;
      h.reviews.push_back(std::move(t));
    }
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace factdeck
