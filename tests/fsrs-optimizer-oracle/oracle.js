// Reference side of the FSRS optimizer differential test: fsrs-rs (its Node binding) fits and scores the same histories.
//
//   node oracle.js fit FILE.jsonl
//       FILE holds one card per line as `factdeck fsrs optimize --reviews` reads it
//       ({"card":"c1","reviews":[{"t":"2024-01-01T09:00:00Z","rating":3},...]}). Prints one JSON object:
//       {"items":N, "w":[21], "fit_ms":ms of computeParameters, "train":{"log_loss","rmse_bins"} (fsrs-rs's
//        evaluate of the fit on every item, recency-weighted), "test":{"log_loss","rmse_bins"} and "test_ms"
//        (evaluateWithTimeSeriesSplits: five folds, each fitted on the items before its block)}.
//
// Items are built as Factdeck builds them (and as Anki does): days are differences of UTC dates; each of a
// card's answers after its first that is its first of a day (delta_t > 0) is an item holding the card's
// answers up to it; items are ordered by that answer's time, then by card (line) and answer.
'use strict';

const fs = require('fs');
const path = require('path');

function loadBinding() {
  const dir = path.join(__dirname, 'node_modules', 'fsrs-rs-nodejs-linux-x64-gnu');
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return require(path.join(dir, pkg.main));
}

function readItems(file, binding) {
  const { FSRSItem, FSRSReview } = binding;
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const order = [];
  lines.forEach((line, card) => {
    const reviews = JSON.parse(line).reviews;
    const days = reviews.map((r) => Math.floor(Date.parse(r.t) / 86400000));
    const fsrsReviews = reviews.map((r, i) => new FSRSReview(r.rating, i === 0 ? 0 : Math.max(0, days[i] - days[i - 1])));
    for (let i = 1; i < reviews.length; i++) {
      if (days[i] - days[i - 1] <= 0) continue;
      order.push({ time: Date.parse(reviews[i].t), card, i, item: new FSRSItem(fsrsReviews.slice(0, i + 1)) });
    }
  });
  order.sort((a, b) => a.time - b.time || a.card - b.card || a.i - b.i);
  return order.map((o) => o.item);
}

async function fit(file) {
  const binding = loadBinding();
  const items = readItems(file, binding);
  let start = process.hrtime.bigint();
  const w = Array.from(await new binding.FSRS([]).computeParameters(items));
  const fitMs = Number(process.hrtime.bigint() - start) / 1e6;
  const train = new binding.FSRS(w).evaluate(items);
  start = process.hrtime.bigint();
  const test = await binding.evaluateWithTimeSeriesSplits(items);
  const testMs = Number(process.hrtime.bigint() - start) / 1e6;
  return {
    items: items.length,
    w,
    fit_ms: fitMs,
    train: { log_loss: train.logLoss, rmse_bins: train.rmseBins },
    test: { log_loss: test.logLoss, rmse_bins: test.rmseBins },
    test_ms: testMs,
  };
}

async function main() {
  const [cmd, file] = process.argv.slice(2);
  if (cmd !== 'fit' || !file) {
    console.error('usage: node oracle.js fit FILE.jsonl');
    process.exit(2);
  }
  console.log(JSON.stringify(await fit(file)));
}

main().catch((e) => {
  console.error(`oracle.js: ${e.stack || e}`);
  process.exit(1);
});
