// Checks the text pdftotext took from the printed HTML quiz against the quiz JSON: each version, each question, the key.
// usage: node read_pdf.js QUIZ.json PDF.txt VERSIONS
'use strict';
const fs = require('fs');
const c = require('./common');

const [quizPath, textPath, versionsArg] = process.argv.slice(2);
const quiz = c.readQuiz(quizPath);
const k = Number(versionsArg || 1);
// pdftotext joins a word hyphenated at a line end ("chip-\nmaking" -> "chipmaking"), so hyphens are
// dropped on both sides along with all whitespace.
const flat = (s) => c.bare(s).replace(/[-\u2010\u00ad]/g, '');
const text = flat(fs.readFileSync(textPath, 'utf8'));
const labels = Array.from({ length: k }, (_, i) => c.letter(i));

const keyAt = text.lastIndexOf(flat('Answer key'));
c.check(keyAt > 0, 'the PDF has an "Answer key" section');
const sheets = text.slice(0, keyAt);
const key = text.slice(keyAt);

// Where each version's sheet starts (the "Version X" badge; one sheet has none).
const starts = k === 1 ? [0] : labels.map((l) => sheets.indexOf(flat(`Version ${l}`)));
starts.forEach((s, i) => c.check(s >= 0, `the sheet of version ${labels[i]} is in the PDF`));
c.check(starts.every((s, i) => i === 0 || s > starts[i - 1]), 'the versions come in order A, B, ...');
const headerWords = ['Name', 'Class', 'Date'].map(c.bare);

const orders = [];
labels.forEach((label, v) => {
  const from = starts[v];
  const to = v + 1 < k ? starts[v + 1] : sheets.length;
  const sheet = sheets.slice(from, to);
  headerWords.forEach((w) => c.check(sheet.includes(w), `version ${label} has the ${w} field`));
  // Walk the sheet number by number: question n is the unplaced question whose "n. prompt" comes next. Ties
  // (one prompt the start of another, or two alike) go to the longer prompt, then to the question whose
  // options or items are printed under it.
  const texts = (q) => [...(q.options || []), ...(q.items || []), ...(q.left || []), ...(q.right || [])];
  const remaining = new Set(quiz.questions.map((_, i) => i));
  const ordered = [];
  let cursor = 0;
  for (let n = 1; n <= quiz.questions.length; n++) {
    let best = null;
    for (const i of remaining) {
      const q = quiz.questions[i];
      const at = sheet.indexOf(flat(`${n}. ${q.prompt}`), cursor);
      if (at < 0) continue;
      const next = sheet.indexOf(flat(`${n + 1}.`), at + flat(q.prompt).length);
      const region = sheet.slice(at, next < 0 ? sheet.length : next);
      const score = [at, -flat(q.prompt).length, -texts(q).filter((t) => region.includes(flat(t))).length];
      const better = (a, b) => a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
      if (!best || better(score, best.score)) best = { i, q, at, score };
    }
    if (!c.check(best, `version ${label}: a question numbered ${n}`)) break;
    remaining.delete(best.i);
    ordered.push({ i: best.i, q: best.q, at: best.at + flat(`${n}.`).length });
    cursor = best.at + 1;
  }
  c.check(remaining.size === 0, `version ${label}: every question is printed (missing: ${[...remaining].map((i) => quiz.questions[i].id).join(', ')})`);
  orders.push(ordered.map((f) => f.i));
  // The options of each question are printed within it, and the key as printed in this version's letters.
  const keyFrom = key.indexOf(flat(k === 1 ? 'Answer key' : `Version ${label}`));
  const keyTo = v + 1 < k ? key.indexOf(flat(`Version ${labels[v + 1]}`)) : key.length;
  const versionKey = key.slice(keyFrom, keyTo);
  ordered.forEach((f, n) => {
    const q = f.q;
    const region = sheet.slice(f.at, n + 1 < ordered.length ? ordered[n + 1].at : sheet.length);
    // The letter each item is printed with in this version: the X whose "X) item" is in the region and ends
    // where the next option, answer line or question starts ("Big Fund I" is not the start of "Big Fund II").
    const boundary = /^([A-Za-z]\)|\d+[.)]|Answer|Order|Factdeck|$)/;
    const printed = (list, mark) =>
      list.map((item) => {
        const found = [];
        for (let i = 0; i < 26; i++) {
          for (const l of [c.letter(i), c.lower(i)]) {
            const needle = flat(`${l}) ${item}`);
            for (let at = region.indexOf(needle); at >= 0; at = region.indexOf(needle, at + 1))
              if (boundary.test(region.slice(at + needle.length))) found.push(l);
          }
        }
        c.check(found.length === 1, `version ${label}: ${q.id} prints ${mark} "${item}" once (${found.join()})`);
        return found.length ? found[0] : '?';
      });
    let expected;
    if (c.choiceTypes.has(q.type)) {
      const letters = printed(q.options, 'option');
      expected = `${letters[q.answer]}) ${q.options[q.answer]}`;
      if (v === 0) c.check(letters.join('') === q.options.map((_, i) => c.letter(i)).join(''), `version A: ${q.id} keeps the options' order`);
    } else if (q.type === 'order') {
      const letters = printed(q.items, 'item');
      expected = q.order.map((i) => letters[i]).join(', ');
    } else if (q.type === 'match') {
      const letters = printed(q.right, 'right-hand item');
      q.left.forEach((l, i) => c.check(region.includes(flat(`${i + 1}) ${l}`)), `version ${label}: ${q.id} prints "${l}"`));
      expected = q.pairs.map((r, i) => `${i + 1}-${letters[r]}`).join(', ');
    } else {
      expected = c.keyOnPaper(q);
    }
    c.check(versionKey.includes(flat(`${n + 1}. ${expected}`)), `version ${label}: the key gives "${n + 1}. ${expected}" for ${q.id}`);
  });
});

c.check(orders[0].every((i, n) => i === n), 'version A keeps the quiz order');
for (let v = 1; v < k; v++) {
  c.check(orders[v].length === quiz.questions.length, `version ${labels[v]} has all ${quiz.questions.length} questions`);
  if (quiz.questions.length > 2) c.check(orders[v].join() !== orders[0].join(), `version ${labels[v]} has its own order`);
}
c.done(`pdf: ${quiz.questions.length} questions in ${k} version(s) and the key match the quiz JSON`);
