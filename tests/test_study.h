// Answering in a study session for a test: the response that answers a question rightly (or not), and the next card answered.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "factdeck/clock.h"
#include "factdeck/session.h"

inline factdeck::UnixSeconds at(const char* iso) {
  auto t = factdeck::parse_iso8601(iso);
  REQUIRE(t);
  return *t;
}

// The response that answers `q` rightly (or wrongly).
inline factdeck::Response respond(const factdeck::Question& q, bool right) {
  factdeck::Response r;
  r.choice = right ? q.answer : (q.answer + 1) % static_cast<int>(std::max<std::size_t>(q.options.size(), 1));
  r.truth = right ? q.truth : !q.truth;
  r.text = right ? (q.type == factdeck::QuestionType::Numeric ? q.answer_text : q.accept.empty() ? "" : q.accept.front())
                 : "no idea";
  r.order = right ? q.order : std::vector<int>{};
  r.pairs = right ? q.pairs : std::vector<int>{};
  r.self_rating = right ? 3 : 1;  // a flip card: the learner's own Good or Again
  return r;
}

// Asks the session's next card at `now` and answers it (rightly unless told), with a response time of `ms`.
inline factdeck::Outcome answer(factdeck::StudySession& s, factdeck::UnixSeconds now, bool right = true, int ms = 0) {
  auto p = s.next(now);
  REQUIRE(p);
  factdeck::Response r = respond(p->question, right);
  r.response_ms = ms;
  factdeck::Outcome o;
  REQUIRE(s.answer(*p, r, now, o).ok());
  CHECK(o.correct == right);
  return o;
}
