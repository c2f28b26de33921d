// The learner's own FSRS model: fitted parameters saved, used by the scheduler and the simulator, bad ones ignored; when a fit is offered.
#include <doctest/doctest.h>

#include <limits>
#include <string>

#include "factdeck/fsrs_learner.h"
#include "factdeck/session.h"
#include "test_store.h"

using namespace factdeck;

namespace {

std::unique_ptr<Store> open_store(const std::string& name) { return test::open_fresh_store("fsrs_learner_test", name); }

// Parameters a fit could give: the defaults with longer initial stabilities and a flatter curve.
std::array<double, 21> fitted() {
  std::array<double, 21> w = kFsrsDefaultWeights;
  w[0] = 0.5;
  w[1] = 2.5;
  w[2] = 6.0;
  w[3] = 21.0;
  w[20] = 0.3;
  return w;
}

FsrsReport report(bool used, const std::array<double, 21>& w) {
  FsrsReport r;
  r.used = used;
  r.fit.w = w;
  r.fit.mode = FsrsFitMode::Full;
  return r;
}

// One fact, so the session's first question is its first new card.
const char* kFacts = R"toml([[fact]]
id = "canal"
kind = "year"
question = "In which year did the Suez Canal open?"
answer = 1869
statement = "The Suez Canal opened in {answer}."
)toml";

}  // namespace

TEST_CASE("fitted parameters round-trip through their JSON text exactly; only 21 finite numbers within bounds are usable") {
  const std::array<double, 21> w = fitted();
  std::array<double, 21> back{};
  CHECK(parse_fsrs_weights(fsrs_weights_json(w), back).empty());
  CHECK(back == w);
  CHECK(fsrs_weights_usable(kFsrsDefaultWeights));
  CHECK(fsrs_weights_usable(w));
  std::array<double, 21> bad = w;
  bad[4] = 0.5;  // w4 (initial difficulty) is at least 1
  CHECK_FALSE(fsrs_weights_usable(bad));
  bad = w;
  bad[0] = std::numeric_limits<double>::quiet_NaN();
  CHECK_FALSE(fsrs_weights_usable(bad));
  struct Case {
    const char* text;
    bool ok;
  };
  const Case cases[] = {{"[1,2]", false}, {"not json", false}, {"{\"w\":1}", false}, {"", false},
                        {"[0.2,1.3,2.3,8.3,6.4,0.8,3.0,0.001,1.9,0.17,0.8,1.5,0.06,0.26,1.6,0.6,1.9,0.5,0.09,0.07,\"x\"]", false},
                        {"[0.2,1.3,2.3,8.3,6.4,0.8,3.0,0.001,1.9,0.17,0.8,1.5,0.06,0.26,1.6,0.6,1.9,0.5,0.09,0.07,0.15]", true}};
  for (const Case& c : cases) {
    CAPTURE(c.text);
    std::array<double, 21> out = kFsrsDefaultWeights;
    CHECK(parse_fsrs_weights(c.text, out).empty() == c.ok);
    if (!c.ok) CHECK(out == kFsrsDefaultWeights);  // a failed parse leaves the parameters as they were
  }
}

TEST_CASE("a used fit is saved and read back as the scheduler's parameters; a fit not used records only the count") {
  auto store = open_store("record");
  CHECK_FALSE(load_study_settings(*store).w);
  CHECK(fsrs_config(load_study_settings(*store)).w == kFsrsDefaultWeights);
  CHECK(load_study_settings(*store).fit_reviews == -1);

  REQUIRE(record_fsrs_fit(*store, report(false, fitted()), 500, 1000).ok());
  StudySettings s = load_study_settings(*store);
  CHECK_FALSE(s.w);
  CHECK(s.fit_reviews == 500);
  CHECK(s.fit_time == 1000);

  REQUIRE(record_fsrs_fit(*store, report(true, fitted()), 900, 2000).ok());
  s = load_study_settings(*store);
  REQUIRE(s.w);
  CHECK(*s.w == fitted());
  CHECK(fsrs_config(s).w == fitted());
  CHECK(s.fit_reviews == 900);
  CHECK(s.fit_time == 2000);
  // Saving the other settings leaves the fit alone.
  s.new_per_day = 7;
  REQUIRE(save_study_settings(*store, s).ok());
  CHECK(load_study_settings(*store).w == fitted());

  // A later fit that is not used keeps the parameters in use.
  REQUIRE(record_fsrs_fit(*store, report(false, kFsrsDefaultWeights), 1400, 3000).ok());
  CHECK(load_study_settings(*store).w == fitted());

  // Reset: the defaults again; the record of the last fit stays.
  REQUIRE(reset_fsrs_weights(*store).ok());
  s = load_study_settings(*store);
  CHECK_FALSE(s.w);
  CHECK(fsrs_config(s).w == kFsrsDefaultWeights);
  CHECK(s.fit_reviews == 1400);
  CHECK(s.new_per_day == 7);
  REQUIRE(reset_fsrs_weights(*store).ok());  // twice is fine
}

TEST_CASE("damaged stored parameters fall back to the defaults and keep the other settings") {
  auto store = open_store("damaged");
  const std::string too_big = "[0.2,1.3,2.3,8.3,6.4,0.8,3.0,0.001,1.9,0.17,0.8,1.5,0.06,0.26,1.6,0.6,1.9,0.5,0.09,0.07,9]";
  for (const std::string& text : {std::string("[1,2,3]"), std::string("garbage"), std::string("[]"), too_big,
                                  std::string("[null,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]")}) {
    CAPTURE(text);
    REQUIRE(store->set_settings({{kFsrsWeightsKey, text}, {"study.new_per_day", "9"}, {kFsrsFitReviewsKey, "x"}}).ok());
    const StudySettings s = load_study_settings(*store);
    CHECK_FALSE(s.w);
    CHECK(fsrs_config(s).w == kFsrsDefaultWeights);
    CHECK(s.new_per_day == 9);
    CHECK(s.fit_reviews == -1);
  }
  // validate() refuses parameters outside the bounds given directly.
  StudySettings s;
  std::array<double, 21> w = fitted();
  w[16] = 0;  // w16 (the Easy bonus) is at least 1
  s.w = w;
  CHECK_FALSE(validate(s).ok());
  CHECK_FALSE(save_study_settings(*store, s).ok());
  s.w = fitted();
  CHECK(validate(s).ok());
}

TEST_CASE("a session schedules with the saved parameters: its intervals differ from the defaults'") {
  LoadResult lr = load_content_texts({}, {{"a.toml", std::string("format = 1\n[article]\nid = \"a\"\ntitle = \"T\"\n") + kFacts}});
  REQUIRE_FALSE(lr.has_errors());
  const Content& content = lr.content;
  const UnixSeconds now = 1767225600;  // 2026-01-01
  // The Easy answer to a new card: its stability is w3 and its first interval follows from it.
  auto first_easy = [&](Store& store) {
    StudySettings settings = load_study_settings(store);
    settings.learn_first = false;
    StudySession session(content, store, settings);
    REQUIRE(session.sync_cards(now).ok());
    const std::optional<Prompt> p = session.next(now);
    REQUIRE(p);
    Response r;
    r.choice = p->question.answer;
    r.truth = p->question.truth;
    r.text = p->question.accept.empty() ? p->question.answer_text : p->question.accept.front();
    r.self_rating = 3;
    Outcome o;
    REQUIRE(session.answer(*p, r, now, o).ok());
    return o.options[3];
  };
  auto plain = open_store("session_defaults");
  const SchedulingResult d = first_easy(*plain);
  CHECK(d.card.stability == doctest::Approx(kFsrsDefaultWeights[3]));

  auto own = open_store("session_fitted");
  REQUIRE(record_fsrs_fit(*own, report(true, fitted()), 800, now).ok());
  const SchedulingResult f = first_easy(*own);
  CHECK(f.card.stability == doctest::Approx(fitted()[3]));
  CHECK(f.card.scheduled_days > d.card.scheduled_days);

  // A damaged fsrs.w schedules as the defaults.
  auto again = open_store("session_damaged");
  REQUIRE(again->set_setting(kFsrsWeightsKey, "[1,2,3]").ok());
  const SchedulingResult b = first_easy(*again);
  CHECK(b.card.stability == doctest::Approx(kFsrsDefaultWeights[3]));
  CHECK(b.card.scheduled_days == d.card.scheduled_days);
}

TEST_CASE("a fit is offered after 400 answers, then after 400 more than at the last fit") {
  StudySettings s;
  CHECK_FALSE(optimize_offered(0, s));
  CHECK_FALSE(optimize_offered(399, s));
  CHECK(optimize_offered(400, s));
  s.fit_reviews = 1000;
  CHECK_FALSE(optimize_offered(1399, s));
  CHECK(optimize_offered(1400, s));
  CHECK_FALSE(optimize_offered(10, s));  // answers removed since (undo): nothing to offer
}

TEST_CASE("the workload simulator starts from the store with the parameters in use") {
  auto store = open_store("workload");
  CardRow c;
  REQUIRE(store->ensure_card("a", "f", 0, 100, c).ok());
  StudySettings s = load_study_settings(*store);
  s.new_per_day = 3;
  s.desired_retention = 0.85;
  WorkloadSetup setup = workload_from_store(*store, s, 1767225600);
  REQUIRE(setup.cards.size() == 1);
  CHECK(setup.cards[0].is_new);
  CHECK(setup.options.new_per_day == 3);
  CHECK(setup.options.retention == doctest::Approx(0.85));
  CHECK(setup.options.w == kFsrsDefaultWeights);
  REQUIRE(record_fsrs_fit(*store, report(true, fitted()), 0, 1).ok());
  setup = workload_from_store(*store, load_study_settings(*store), 1767225600);
  CHECK(setup.options.w == fitted());
  CHECK(workload_curve_retentions().front() == doctest::Approx(0.70));
}
