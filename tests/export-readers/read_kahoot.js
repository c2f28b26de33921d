// Reads a Kahoot .xlsx with SheetJS (xlsx): the template's header on row 8, one question a row from row 9, text cells.
// usage: node read_kahoot.js QUIZ.json FILE.xlsx STDERR
'use strict';
const XLSX = require('xlsx');
const c = require('./common');

const [quizPath, xlsxPath, stderrPath] = process.argv.slice(2);
const quiz = c.readQuiz(quizPath);
const skipped = new Set(c.leftOut(stderrPath));
const book = XLSX.readFile(xlsxPath, { cellFormula: true });
const sheet = book.Sheets[book.SheetNames[0]];
const cell = (col, row) => sheet[`${col}${row}`];

const HEADERS = {
  B: 'Question - max 120 characters',
  C: 'Answer 1 - max 75 characters',
  D: 'Answer 2 - max 75 characters',
  E: 'Answer 3 - max 75 characters',
  F: 'Answer 4 - max 75 characters',
  G: 'Time limit (sec) \u2013 5, 10, 20, 30, 60, 90, 120, or 240 secs',
  H: 'Correct answer(s) - choose at least one',
};
for (const [col, h] of Object.entries(HEADERS)) c.check(cell(col, 8) && cell(col, 8).v === h, `header ${col}8 is "${h}"`);

// What fits Kahoot's template, by the exporter's rules: 2-4 answers, 120 and 75 characters (code points).
const len = (s) => [...s].length;
const answersOf = (q) => (q.type === 'tf' ? ['True', 'False'] : c.choiceTypes.has(q.type) ? q.options.map(c.oneLine) : null);
const fits = (q) => {
  const a = answersOf(q);
  return a && a.length >= 2 && a.length <= 4 && len(c.oneLine(q.prompt)) <= 120 && a.every((x) => len(x) >= 1 && len(x) <= 75);
};
const expected = quiz.questions.filter(fits);
quiz.questions.filter((q) => !fits(q)).forEach((q) => c.check(skipped.has(q.id), `${q.id} does not fit and is reported as left out`));

const rows = [];
for (let r = 9; cell('B', r); r++) rows.push(r);
c.check(rows.length === expected.length, `${rows.length} question rows for the ${expected.length} questions that fit`);
c.check(!cell('B', 9 + rows.length + 1), 'nothing below the questions');
expected.forEach((q, i) => {
  const r = rows[i];
  if (r === undefined) return;
  const question = cell('B', r);
  c.check(question.t === 's' && question.v === c.oneLine(q.prompt), `row ${r}: question "${question.v}" for ${q.id}`);
  const answers = answersOf(q);
  ['C', 'D', 'E', 'F'].forEach((col, a) => {
    const x = cell(col, r);
    if (a < answers.length) {
      c.check(x && x.t === 's', `row ${r}: answer ${a + 1} is a text cell (t=${x && x.t})`);
      c.check(x && x.v === answers[a], `row ${r}: answer ${a + 1} is "${answers[a]}", got "${x && x.v}"`);
    } else {
      c.check(!x, `row ${r}: no answer ${a + 1}`);
    }
  });
  const t = cell('G', r);
  c.check(t && [5, 10, 20, 30, 60, 90, 120, 240].includes(t.v), `row ${r}: time limit ${t && t.v} is one Kahoot offers`);
  const right = cell('H', r);
  const want = q.type === 'tf' ? (q.answer ? 1 : 2) : q.answer + 1;
  c.check(right && Number(right.v) === want, `row ${r}: correct answer ${right && right.v}, expected ${want} (${c.keyAsText(q)})`);
});
// No formulas anywhere: a leading "=" must stay text.
for (const [ref, x] of Object.entries(sheet)) if (ref[0] !== '!') c.check(!x.f, `cell ${ref} is not a formula`);
c.done(`xlsx read ${rows.length} Kahoot questions (${skipped.size} reported as not fitting), answers and keys as in the quiz JSON`);
