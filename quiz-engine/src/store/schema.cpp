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
      // 4: running totals so the statistics screen reads thousands of rows, not millions: answers per card and
      // answers per quarter hour (every real UTC offset is whole quarter hours, so any study day is a run of
      // buckets), kept by triggers in the same transaction as each review's insert, re-rate or removal. The
      // queue's counts read small indexes instead of the whole cards table; cards_queue leaves new cards (no due)
      // out so that new cards are still read through cards_new in their order.
      R"sql(
CREATE INDEX cards_queue ON cards (state, due) WHERE suspended = 0 AND hidden = 0 AND due IS NOT NULL;
CREATE INDEX cards_suspended ON cards (id) WHERE suspended != 0;
CREATE INDEX cards_hidden ON cards (id) WHERE hidden != 0;
CREATE TABLE card_answers (
  card    INTEGER PRIMARY KEY REFERENCES cards (id) ON DELETE CASCADE,
  answers INTEGER NOT NULL,
  correct INTEGER NOT NULL
);
CREATE TABLE review_buckets (
  bucket    INTEGER PRIMARY KEY,  -- time / 900
  reviews   INTEGER NOT NULL,
  correct   INTEGER NOT NULL,
  again     INTEGER NOT NULL,     -- rating = 1
  new_cards INTEGER NOT NULL,     -- prev_state = 0
  in_review INTEGER NOT NULL,     -- prev_state = 2
  passed    INTEGER NOT NULL      -- prev_state = 2 AND rating > 1
);
INSERT INTO card_answers SELECT card, count(*), sum(correct != 0) FROM reviews GROUP BY card;
INSERT INTO review_buckets
  SELECT time / 900, count(*), sum(correct != 0), sum(rating = 1), sum(prev_state = 0), sum(prev_state = 2),
         sum(prev_state = 2 AND rating > 1)
  FROM reviews GROUP BY time / 900;
CREATE TRIGGER reviews_totals_insert AFTER INSERT ON reviews BEGIN
  INSERT INTO card_answers VALUES (new.card, 1, new.correct != 0)
    ON CONFLICT (card) DO UPDATE SET answers = answers + 1, correct = correct + excluded.correct;
  INSERT INTO review_buckets VALUES (new.time / 900, 1, new.correct != 0, new.rating = 1, new.prev_state = 0,
                                     new.prev_state = 2, new.prev_state = 2 AND new.rating > 1)
    ON CONFLICT (bucket) DO UPDATE SET reviews = reviews + 1, correct = correct + excluded.correct,
      again = again + excluded.again, new_cards = new_cards + excluded.new_cards,
      in_review = in_review + excluded.in_review, passed = passed + excluded.passed;
END;
CREATE TRIGGER reviews_totals_delete AFTER DELETE ON reviews BEGIN
  UPDATE card_answers SET answers = answers - 1, correct = correct - (old.correct != 0) WHERE card = old.card;
  UPDATE review_buckets SET reviews = reviews - 1, correct = correct - (old.correct != 0),
    again = again - (old.rating = 1), new_cards = new_cards - (old.prev_state = 0),
    in_review = in_review - (old.prev_state = 2), passed = passed - (old.prev_state = 2 AND old.rating > 1)
    WHERE bucket = old.time / 900;
END;
CREATE TRIGGER reviews_totals_update AFTER UPDATE OF card, time, rating, correct, prev_state ON reviews BEGIN
  UPDATE card_answers SET answers = answers - 1, correct = correct - (old.correct != 0) WHERE card = old.card;
  UPDATE review_buckets SET reviews = reviews - 1, correct = correct - (old.correct != 0),
    again = again - (old.rating = 1), new_cards = new_cards - (old.prev_state = 0),
    in_review = in_review - (old.prev_state = 2), passed = passed - (old.prev_state = 2 AND old.rating > 1)
    WHERE bucket = old.time / 900;
  INSERT INTO card_answers VALUES (new.card, 1, new.correct != 0)
    ON CONFLICT (card) DO UPDATE SET answers = answers + 1, correct = correct + excluded.correct;
  INSERT INTO review_buckets VALUES (new.time / 900, 1, new.correct != 0, new.rating = 1, new.prev_state = 0,
                                     new.prev_state = 2, new.prev_state = 2 AND new.rating > 1)
    ON CONFLICT (bucket) DO UPDATE SET reviews = reviews + 1, correct = correct + excluded.correct,
      again = again + excluded.again, new_cards = new_cards + excluded.new_cards,
      in_review = in_review + excluded.in_review, passed = passed + excluded.passed;
END;
)sql",
      // 5: fewer pages written by each answer's durable commit. The per-card totals move into the card's own row,
      // which the answer rewrites anyway (their table cost a page per answer), and cards_due goes: cards_queue
      // serves every query that read it.
      R"sql(
DROP INDEX cards_due;
ALTER TABLE cards ADD COLUMN answers INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cards ADD COLUMN correct_answers INTEGER NOT NULL DEFAULT 0;
UPDATE cards SET answers = a.answers, correct_answers = a.correct FROM card_answers a WHERE a.card = cards.id;
DROP TRIGGER reviews_totals_insert;
DROP TRIGGER reviews_totals_delete;
DROP TRIGGER reviews_totals_update;
DROP TABLE card_answers;
CREATE TRIGGER reviews_totals_insert AFTER INSERT ON reviews BEGIN
  UPDATE cards SET answers = answers + 1, correct_answers = correct_answers + (new.correct != 0) WHERE id = new.card;
  INSERT INTO review_buckets VALUES (new.time / 900, 1, new.correct != 0, new.rating = 1, new.prev_state = 0,
                                     new.prev_state = 2, new.prev_state = 2 AND new.rating > 1)
    ON CONFLICT (bucket) DO UPDATE SET reviews = reviews + 1, correct = correct + excluded.correct,
      again = again + excluded.again, new_cards = new_cards + excluded.new_cards,
      in_review = in_review + excluded.in_review, passed = passed + excluded.passed;
END;
CREATE TRIGGER reviews_totals_delete AFTER DELETE ON reviews BEGIN
  UPDATE cards SET answers = answers - 1, correct_answers = correct_answers - (old.correct != 0) WHERE id = old.card;
  UPDATE review_buckets SET reviews = reviews - 1, correct = correct - (old.correct != 0),
    again = again - (old.rating = 1), new_cards = new_cards - (old.prev_state = 0),
    in_review = in_review - (old.prev_state = 2), passed = passed - (old.prev_state = 2 AND old.rating > 1)
    WHERE bucket = old.time / 900;
END;
CREATE TRIGGER reviews_totals_update AFTER UPDATE OF card, time, rating, correct, prev_state ON reviews BEGIN
  UPDATE cards SET answers = answers - 1, correct_answers = correct_answers - (old.correct != 0) WHERE id = old.card;
  UPDATE review_buckets SET reviews = reviews - 1, correct = correct - (old.correct != 0),
    again = again - (old.rating = 1), new_cards = new_cards - (old.prev_state = 0),
    in_review = in_review - (old.prev_state = 2), passed = passed - (old.prev_state = 2 AND old.rating > 1)
    WHERE bucket = old.time / 900;
  UPDATE cards SET answers = answers + 1, correct_answers = correct_answers + (new.correct != 0) WHERE id = new.card;
  INSERT INTO review_buckets VALUES (new.time / 900, 1, new.correct != 0, new.rating = 1, new.prev_state = 0,
                                     new.prev_state = 2, new.prev_state = 2 AND new.rating > 1)
    ON CONFLICT (bucket) DO UPDATE SET reviews = reviews + 1, correct = correct + excluded.correct,
      again = again + excluded.again, new_cards = new_cards + excluded.new_cards,
      in_review = in_review + excluded.in_review, passed = passed + excluded.passed;
END;
)sql",
      // 6: study rules of issue 16. A card buried by hand (or by custom study) waits until `buried_until`; new
      // cards are read an article at a time so that a day's new cards rotate across the articles.
      R"sql(
ALTER TABLE cards ADD COLUMN buried_until INTEGER NOT NULL DEFAULT 0;
CREATE INDEX cards_new_article ON cards (article, id) WHERE state = 0 AND suspended = 0 AND hidden = 0;
)sql",
      // 7: what fitting FSRS with the guess model needs: the options each answer was picked from. Older
      // answers get the count their question type offers (mcq and reverse 4, tf and fact-or-opinion 2,
      // others 0: typed, ordered or matched, nothing to guess among); nothing is removed or changed.
      R"sql(
ALTER TABLE reviews ADD COLUMN options INTEGER NOT NULL DEFAULT 0;
UPDATE reviews SET options = CASE question_type WHEN 'mcq' THEN 4 WHEN 'reverse' THEN 4 WHEN 'tf' THEN 2
                                                WHEN 'fact-or-opinion' THEN 2 ELSE 0 END;
)sql",
      // 8: which device each answer was given on, for models that tell devices apart (issue 19). The database
      // gets a random id once, here (new files at their creation, older ones at this upgrade), kept in
      // settings; every new answer copies it. Older answers keep NULL: "before devices were recorded". This
      // file may have been copied from another machine or restored from a backup, so stamping them with
      // today's id could be false, and NULL is honest. Nothing else is changed.
      R"sql(
ALTER TABLE reviews ADD COLUMN device TEXT;
INSERT OR IGNORE INTO settings (key, value) VALUES ('device.id', lower(hex(randomblob(8))));
)sql",
  };
  return all;
}

}  // namespace factdeck::store_detail
