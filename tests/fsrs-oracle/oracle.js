// Reference side of the FSRS differential test: random review histories run through ts-fsrs, and the comparison.
//
//   node oracle.js generate --count N --seed S --out DIR
//       writes DIR/input.jsonl (one `factdeck fsrs replay` input per line) and
//       DIR/expected.jsonl (ts-fsrs' card after each review, one array per line)
//   node oracle.js compare DIR/expected.jsonl DIR/actual.jsonl DIR/input.jsonl
//       compares line by line; exits 1 and prints the first mismatches if any
//
// Histories are drawn from a seeded generator so every run (and every machine) tests the same ones.
'use strict';

const fs = require('fs');
const path = require('path');
const { fsrs, createEmptyCard, State, StrategyMode, DefaultInitSeedStrategy, default_w, FSRSVersion } =
  require('ts-fsrs');

const TOLERANCE = 1e-6;

// mulberry32: small, seeded, the same in every JavaScript engine.
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  next.pick = (items) => items[Math.floor(next() * items.length)];
  next.weighted = (pairs) => {  // [[weight, value], ...]
    let x = next() * pairs.reduce((s, [w]) => s + w, 0);
    for (const [w, v] of pairs) if ((x -= w) < 0) return v;
    return pairs[pairs.length - 1][1];
  };
  return next;
}

// The first number ts-fsrs' fuzz draws for a seed string: its Alea generator, copied from
// ts-fsrs 5.4.2 (MIT; it is not exported), so the C++ side can be given the same fuzz number.
function aleaFirst(seed) {
  let n = 4022871197;
  const mash = (data) => {
    data = String(data);
    for (let i = 0; i < data.length; i++) {
      n += data.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = h >>> 0;
      h -= n;
      h *= n;
      n = h >>> 0;
      h -= n;
      n += h * 4294967296;
    }
    return (n >>> 0) * 23283064365386963e-26;
  };
  let c = 1;
  let s0 = mash(' ');
  let s1 = mash(' ');
  let s2 = mash(' ');
  s0 -= mash(seed);
  if (s0 < 0) s0 += 1;
  s1 -= mash(seed);
  if (s1 < 0) s1 += 1;
  s2 -= mash(seed);
  if (s2 < 0) s2 += 1;
  const t = 2091639 * s0 + c * 23283064365386963e-26;
  c = t | 0;
  return t - c;
}

const LEARNING_STEPS = [[], ['1m'], ['5m'], ['1m', '10m', '1h'], ['10m', '1d'], ['30m', '2d'], ['1m', '0m'],
  ['15m', '8h']];
const RELEARNING_STEPS = [[], ['5m', '20m'], ['10m', '1h', '1d'], ['1h'], ['10m', '20m', '30m'], ['3d']];

// One random history's settings; the reviews are drawn while ts-fsrs runs (see runHistory).
function makeSettings(r) {
  const input = {
    retention: r.weighted([[3, 0.9], [7, Math.round((0.7 + r() * 0.27) * 100) / 100]]),
    short_term: r() < 0.5,
  };
  if (r() < 0.25) input.learning_steps = r.pick(LEARNING_STEPS);
  if (r() < 0.25) input.relearning_steps = r.pick(RELEARNING_STEPS);
  if (r() < 0.15) input.maximum_interval = r.pick([7, 30, 365, 3650]);
  if (r() < 0.15) input.w = default_w.map((w) => Math.round(w * (0.4 + r() * 1.4) * 1e4) / 1e4);
  if (r() < 0.2) input.enable_fuzz = true;
  input.reviews = [];
  return input;
}

// The gap before the next answer: about a third come when the card is due, as in real study;
// the rest anywhere from seconds to ten years.
function nextGap(r, dueIn) {
  switch (r.weighted([[30, 0], [25, 1], [10, 2], [20, 3], [10, 4], [5, 5]])) {
    case 0: return Math.max(0, dueIn + r.int(-120, 3600) * 1000);
    case 1: return r.int(0, 120 * 60) * 1000;
    case 2: return r.int(1, 23 * 3600) * 1000;
    case 3: return r.int(1, 60 * 86400) * 1000;
    case 4: return r.int(60 * 86400, 1500 * 86400) * 1000;
    default: return r.int(1500 * 86400, 3650 * 86400) * 1000;
  }
}

const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');

// Draws and runs one history through ts-fsrs: returns its replay input and ts-fsrs' results.
function runHistory(r) {
  const input = makeSettings(r);
  const f = fsrs({
    request_retention: input.retention,
    enable_short_term: input.short_term,
    maximum_interval: input.maximum_interval,
    learning_steps: input.learning_steps,
    relearning_steps: input.relearning_steps,
    w: input.w,
    enable_fuzz: !!input.enable_fuzz,
  });
  // Record the seed ts-fsrs derives for each answer, to hand the C++ side the same fuzz number.
  let seed = null;
  f.useStrategy(StrategyMode.SEED, function () {
    seed = DefaultInitSeedStrategy.call(this);
    return seed;
  });
  const count = r.weighted([[4, 1], [4, 2], [2, 3]]) === 1 ? r.int(1, 5) : r.int(6, 60);
  let t = Date.UTC(2019, 0, 1) + r.int(0, 6 * 365 * 86400) * 1000;
  let card = createEmptyCard(new Date(t));
  const out = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) t += nextGap(r, card.due.getTime() - t);
    const rev = { t: iso(t), rating: r.weighted([[20, 1], [15, 2], [50, 3], [15, 4]]) };
    const { card: next, log } = f.next(card, new Date(t), rev.rating);
    if (input.enable_fuzz) rev.fuzz = aleaFirst(seed);
    input.reviews.push(rev);
    out.push({
      state: State[next.state],
      stability: next.stability,
      difficulty: next.difficulty,
      elapsed_days: log.elapsed_days,
      scheduled_days: next.scheduled_days,
      due: iso(next.due.getTime()),
      retrievability: card.state === State.New ? null : f.forgetting_curve(log.elapsed_days, card.stability),
      step: next.learning_steps,
      reps: next.reps,
      lapses: next.lapses,
    });
    card = next;
  }
  return { input, out };
}

function generate(count, seed, outDir) {
  const r = rng(seed);
  fs.mkdirSync(outDir, { recursive: true });
  const inputs = [];
  const expected = [];
  let reviews = 0;
  for (let i = 0; i < count; i++) {
    const { input, out: result } = runHistory(r);
    inputs.push(JSON.stringify(input));
    expected.push(JSON.stringify(result));
    reviews += result.length;
  }
  fs.writeFileSync(path.join(outDir, 'input.jsonl'), inputs.join('\n') + '\n');
  fs.writeFileSync(path.join(outDir, 'expected.jsonl'), expected.join('\n') + '\n');
  console.log(`ts-fsrs ${FSRSVersion}: ${count} histories, ${reviews} reviews generated (seed ${seed})`);
}

const EXACT = ['state', 'elapsed_days', 'scheduled_days', 'due', 'step', 'reps', 'lapses'];
const NEAR = ['stability', 'difficulty', 'retrievability'];

function compare(expectedFile, actualFile, inputFile) {
  const lines = (f) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const expected = lines(expectedFile);
  const actual = lines(actualFile);
  const inputs = inputFile ? lines(inputFile) : [];
  const problems = [];
  let reviews = 0;
  const note = (h, i, field, want, got) => problems.push({ history: h, review: i, field, expected: want, actual: got });
  if (actual.length !== expected.length)
    note(-1, -1, 'history count', expected.length, actual.length);
  for (let h = 0; h < Math.min(expected.length, actual.length); h++) {
    const want = JSON.parse(expected[h]);
    let got;
    try {
      got = JSON.parse(actual[h]);
    } catch (e) {
      note(h, -1, 'output is not JSON', '', actual[h].slice(0, 200));
      continue;
    }
    if (!Array.isArray(got) || got.length !== want.length) {
      note(h, -1, 'review count', want.length, Array.isArray(got) ? got.length : typeof got);
      continue;
    }
    for (let i = 0; i < want.length; i++) {
      reviews++;
      for (const k of EXACT) if (want[i][k] !== got[i][k]) note(h, i, k, want[i][k], got[i][k]);
      for (const k of NEAR) {
        const a = want[i][k];
        const b = got[i][k];
        const same = a === null || b === null ? a === b : typeof b === 'number' && Math.abs(a - b) <= TOLERANCE;
        if (!same) note(h, i, k, a, b);
      }
    }
  }
  console.log(`compared ${Math.min(expected.length, actual.length)} histories, ${reviews} reviews ` +
    `(state, scheduled_days, due, step, reps, lapses exactly; stability, difficulty, R to ${TOLERANCE})`);
  if (problems.length === 0) {
    console.log('all agree with ts-fsrs');
    return 0;
  }
  const histories = new Set(problems.map((p) => p.history));
  console.log(`${problems.length} mismatches in ${histories.size} histories; the first ones:`);
  const shown = new Set();
  for (const p of problems.slice(0, 10)) {
    console.log(`  history ${p.history} review ${p.review}: ${p.field} expected ${JSON.stringify(p.expected)}, ` +
      `got ${JSON.stringify(p.actual)}`);
    if (p.history >= 0 && !shown.has(p.history) && shown.size < 3 && inputs[p.history]) {
      shown.add(p.history);
      console.log(`    input: ${inputs[p.history]}`);
    }
  }
  return 1;
}

function main(argv) {
  const [mode, ...rest] = argv;
  const opt = (name, fallback) => {
    const i = rest.indexOf(name);
    return i >= 0 && i + 1 < rest.length ? rest[i + 1] : fallback;
  };
  if (mode === 'generate') {
    generate(Number(opt('--count', 10000)), Number(opt('--seed', 1)), opt('--out', '.'));
    return 0;
  }
  if (mode === 'compare' && rest.length >= 2) return compare(rest[0], rest[1], rest[2]);
  console.error('usage: node oracle.js generate --count N --seed S --out DIR\n' +
    '       node oracle.js compare EXPECTED.jsonl ACTUAL.jsonl [INPUT.jsonl]');
  return 2;
}

process.exitCode = main(process.argv.slice(2));
