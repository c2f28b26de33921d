// ts-fsrs' side of the FSRS throughput comparison: the same histories and loop as `engine_bench fsrs`.
//   node fsrs_node.js HISTORIES RUNS   (run beside a node_modules holding the pinned ts-fsrs)
// Prints fsrs-node-per-s (median next states a second) and fsrs-node-checksum (sum of final stabilities).
'use strict';

const fs = require('fs');
const { fsrs, createEmptyCard } = require('ts-fsrs');

function main([file, runsText]) {
  const runs = Number(runsText || 5);
  // Parsed, and every Date made, before timing: only the scheduler is measured, as on the C++ side.
  const histories = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((line) => {
    const n = line.trim().split(/\s+/).map(Number);
    let t = n[0];
    const reviews = [{ t: new Date(t * 1000), rating: n[1] }];
    for (let i = 2; i + 1 < n.length; i += 2) {
      t += n[i];
      reviews.push({ t: new Date(t * 1000), rating: n[i + 1] });
    }
    return { start: new Date(n[0] * 1000), reviews };
  });
  const total = histories.reduce((s, h) => s + h.reviews.length, 0);
  const f = fsrs();  // the defaults: FSRS-6 weights, retention 0.9, steps 1m 10m / 10m, no fuzz
  const rates = [];
  let checksum = 0;
  for (let run = 0; run < runs + 1; run++) {  // the first pass lets the JIT compile and is not counted
    let sum = 0;
    const t0 = process.hrtime.bigint();
    for (const h of histories) {
      let card = createEmptyCard(h.start);
      for (const r of h.reviews) card = f.next(card, r.t, r.rating).card;
      sum += card.stability;
    }
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (run > 0) rates.push(total / seconds);
    checksum = sum;
  }
  rates.sort((a, b) => a - b);
  const m = rates.length % 2 ? rates[(rates.length - 1) / 2] : (rates[rates.length / 2 - 1] + rates[rates.length / 2]) / 2;
  console.log(`fsrs-node-per-s|${Math.round(m)}|next states/s`);
  console.log(`fsrs-node-checksum|${checksum.toFixed(6)}|sum of final stabilities`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
