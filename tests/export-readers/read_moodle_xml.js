// Reads a Moodle XML export (fast-xml-parser) and checks names, types, fractions on Moodle's grade list and keys.
// usage: node read_moodle_xml.js QUIZ.json FILE.xml [STDERR]
'use strict';
const fs = require('fs');
const { XMLParser, XMLValidator } = require('fast-xml-parser');
const c = require('./common');

const [quizPath, xmlPath, stderrPath] = process.argv.slice(2);
const quiz = c.readQuiz(quizPath);
const skipped = new Set(c.leftOut(stderrPath));
const xml = fs.readFileSync(xmlPath, 'utf8');
const valid = XMLValidator.validate(xml);
if (valid !== true) {
  console.error('FAIL: not well-formed XML: ' + JSON.stringify(valid.err));
  process.exit(1);
}
const doc = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['question', 'answer', 'subquestion'].includes(name),
}).parse(xml);

const GRADES = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0];
const onGradeList = (f) => GRADES.some((g) => Math.abs(Math.abs(Number(f)) - g) < 1e-6);
const text = (el) => (el && el.text !== undefined ? String(el.text) : '');
const html = (el) => c.squash(c.decodeEntities(text(el)));  // format="html": XML-decoded by the parser, then HTML
const plain = (el) => c.squash(text(el));

const all = doc.quiz.question;
const categories = all.filter((q) => q['@type'] === 'category').map((q) => text(q.category));
const questions = all.filter((q) => q['@type'] !== 'category');
[...new Set(quiz.questions.map((q) => q.article))].forEach((a) =>
  c.check(categories.includes(`$course$/top/Factdeck/${a}`), `a category for article ${a}`));
const expected = quiz.questions.filter((q) => !skipped.has(q.id));
c.check(questions.length === expected.length, `${questions.length} questions for ${expected.length} in the quiz`);

const typeOf = { mcq: 'multichoice', reverse: 'multichoice', 'fact-or-opinion': 'multichoice', tf: 'truefalse', cloze: 'shortanswer', numeric: 'numerical', match: 'matching', order: 'matching' };
const byName = new Map();
for (const x of questions) {
  const name = plain(x.name);
  c.check(name.length > 0, 'every question has a name');
  c.check(!byName.has(name), `question name ${name} is unique`);
  byName.set(name, x);
  for (const a of x.answer || []) c.check(onGradeList(a['@fraction']), `${name}: fraction ${a['@fraction']} is on Moodle's grade list`);
  c.check(onGradeList(Number(x.penalty) * 100), `${name}: penalty ${x.penalty} is on Moodle's grade list`);
}
for (const q of expected) {
  const x = byName.get(q.id);
  if (!c.check(x, `question ${q.id} is named by its id`)) continue;
  c.check(x['@type'] === typeOf[q.type], `${q.id}: type ${x['@type']}, expected ${typeOf[q.type]}`);
  const stem = q.type === 'order' ? q.prompt + ' Match each item to its place: 1 is the earliest.' : q.prompt;
  c.check(html(x.questiontext) === c.squash(c.oneLine(stem)), `${q.id}: question text "${html(x.questiontext)}"`);
  c.check(html(x.generalfeedback) === c.squash(c.explanation(q)), `${q.id}: general feedback is the explanation`);
  const right = (x.answer || []).filter((a) => Number(a['@fraction']) === 100);
  switch (q.type) {
    case 'mcq':
    case 'reverse':
    case 'fact-or-opinion':
      c.check(JSON.stringify(x.answer.map(html)) === JSON.stringify(q.options.map((o) => c.squash(o))), `${q.id}: options in order`);
      c.check(right.length === 1 && html(right[0]) === c.squash(q.options[q.answer]), `${q.id}: 100% for "${q.options[q.answer]}" only`);
      break;
    case 'tf':
      c.check(right.length === 1 && plain(right[0]) === String(q.answer), `${q.id}: 100% for ${q.answer}`);
      break;
    case 'cloze':
      c.check(JSON.stringify(right.map(plain)) === JSON.stringify(q.accept.map((a) => c.squash(a))), `${q.id}: accepts ${JSON.stringify(right.map(plain))}`);
      break;
    case 'numeric':
      c.check(right.length === 1 && Number(plain(right[0])) === q.value && Number(right[0].tolerance) === q.tolerance, `${q.id}: ${q.value} within ${q.tolerance}`);
      break;
    case 'match':
    case 'order': {
      const got = x.subquestion.map((s) => `${html(s)} -> ${html(s.answer[0])}`);
      const want = q.type === 'match'
        ? q.left.map((l, i) => `${c.squash(l)} -> ${c.squash(q.right[q.pairs[i]])}`)
        : q.order.map((item, place) => `${c.squash(q.items[item])} -> ${place + 1}`);
      c.check(JSON.stringify(got) === JSON.stringify(want), `${q.id}: pairs ${JSON.stringify(got)}`);
      break;
    }
  }
}
c.done(`moodle xml: ${questions.length} named questions, fractions on the grade list, keys as in the quiz JSON`);
