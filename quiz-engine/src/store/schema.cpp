// The SQL of each schema version; appended to, never edited once released.
#include "store/schema.h"

namespace factdeck::store_detail {

const std::vector<const char*>& migrations() {
  static const std::vector<const char*> all = {
      // 1: cards with their FSRS memory state, the review log, practice results, settings.
      R"sql(
CREATE TABLE cards (
  id             INTEGER PRIMARY KEY,
  article        TEXT    NOT NULL,
  fact           TEXT    NOT NULL,
  direction      INTEGER NOT NULL DEFAULT 0,
  state          INTEGER NOT NULL DEFAULT 0,
  stability      REAL    NOT NULL DEFAULT 0,
  difficulty     REAL    NOT NULL DEFAULT 0,
  step           INTEGER NOT NULL DEFAULT 0,
  reps           INTEGER NOT NULL DEFAULT 0,
  lapses         INTEGER NOT NULL DEFAULT 0,
  due            INTEGER,
  last_review    INTEGER,
  scheduled_days INTEGER NOT NULL DEFAULT 0,
  suspended      INTEGER NOT NULL DEFAULT 0,
  hidden         INTEGER NOT NULL DEFAULT 0,
  created        INTEGER NOT NULL,
  UNIQUE (article, fact, direction)
);
CREATE INDEX cards_due ON cards (due) WHERE suspended = 0 AND hidden = 0;
CREATE TABLE reviews (
  id                  INTEGER PRIMARY KEY,
  card                INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
  time                INTEGER NOT NULL,
  rating              INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
  question_type       TEXT    NOT NULL,
  correct             INTEGER NOT NULL,
  response_ms         INTEGER NOT NULL,
  answer              TEXT    NOT NULL DEFAULT '',
  elapsed_days        INTEGER NOT NULL DEFAULT 0,
  prev_state          INTEGER NOT NULL,
  prev_stability      REAL    NOT NULL,
  prev_difficulty     REAL    NOT NULL,
  prev_step           INTEGER NOT NULL,
  prev_reps           INTEGER NOT NULL,
  prev_lapses         INTEGER NOT NULL,
  prev_due            INTEGER,
  prev_last_review    INTEGER,
  prev_scheduled_days INTEGER NOT NULL
);
CREATE INDEX reviews_card ON reviews (card, time);
CREATE INDEX reviews_time ON reviews (time);
CREATE TABLE practice_results (
  id       INTEGER PRIMARY KEY,
  time     INTEGER NOT NULL,
  settings TEXT    NOT NULL,
  score    INTEGER NOT NULL,
  total    INTEGER NOT NULL,
  details  TEXT    NOT NULL DEFAULT '[]'
);
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
)sql",
      // 2: the automatic rating beside the stored one (overrides become visible); covering indexes so the
      // queue and the statistics read indexes only, even at millions of reviews.
      R"sql(
ALTER TABLE reviews ADD COLUMN auto_rating INTEGER;
UPDATE reviews SET auto_rating = rating;
DROP INDEX reviews_card;
DROP INDEX reviews_time;
CREATE INDEX reviews_card ON reviews (card, time, correct, rating, prev_state);
CREATE INDEX reviews_time ON reviews (time, prev_state, rating, correct, card);
CREATE INDEX cards_new ON cards (id) WHERE state = 0 AND suspended = 0 AND hidden = 0;
)sql",
      // 3: new cards newest first (an article added this week is studied this week), in content order
      // within one addition; the index serves that order directly.
      R"sql(
DROP INDEX cards_new;
CREATE INDEX cards_new ON cards (created DESC, id) WHERE state = 0 AND suspended = 0 AND hidden = 0;
)sql",
  };
  return all;
}

}  // namespace factdeck::store_detail
