// Parses a GIFT export with gift-pegjs and compares every question, its type and its key with the quiz JSON.
// usage: node read_gift.js QUIZ.json FILE.gift [STDERR]
'use strict';
const fs = require('fs');
const { parse } = require('gift-pegjs');
const c = require('./common');

const [quizPath, giftPath, stderrPath] = process.argv.slice(2);
const quiz = c.readQuiz(quizPath);
const skipped = new Set(c.leftOut(stderrPath));
let parsed;
try {
  parsed = parse(fs.readFileSync(giftPath, 'utf8'));
} catch (e) {
  console.error(`FAIL: gift-pegjs cannot parse ${giftPath}: ${e.message}` + (e.location ? ` at line ${e.location.start.line}` : ''));
  process.exit(1);
}

// [html] text from the parser, as a student would read it.
const html = (t) => c.squash(c.decodeEntities(t.text));
const plain = (s) => c.squash(s);
// gift-pegjs leaves its placeholders (&&126; for \~ ...) in matching answers; Moodle's escapedchar_post
// turns them back into the characters, so the reader does the same.
const moodlePost = (s) => s.replace(/&&(\d{3});?/g, (m, n) => String.fromCharCode(Number(n)));

const categories = parsed.filter((p) => p.type === 'Category').map((p) => p.title);
const questions = parsed.filter((p) => p.type !== 'Category');
const articles = [...new Set(quiz.questions.map((q) => q.article))];
articles.forEach((a) => c.check(categories.includes(`$course$/top/Factdeck/${a}`), `a $CATEGORY for article ${a}`));

const expected = quiz.questions.filter((q) => !skipped.has(q.id));
c.check(questions.length === expected.length, `${questions.length} GIFT questions for ${expected.length} quiz questions (${skipped.size} reported as left out)`);
const byTitle = new Map(questions.map((p) => [p.title, p]));
const typeOf = { mcq: 'MC', reverse: 'MC', 'fact-or-opinion': 'MC', tf: 'TF', cloze: 'Short', numeric: 'Numerical', match: 'Matching', order: 'Matching' };
for (const q of expected) {
  const p = byTitle.get(q.id);
  if (!c.check(p, `question ${q.id} is in the file under its id`)) continue;
  c.check(p.type === typeOf[q.type], `${q.id}: GIFT type ${p.type}, expected ${typeOf[q.type]}`);
  const stem = q.type === 'order' ? q.prompt + ' Match each item to its place: 1 is the earliest.' : q.prompt;
  // [html] text must carry content as escaped text: no "<" of its own.
  const raw = [p.stem.text, ...(q.type === 'match' || q.type === 'order' ? p.matchPairs.flatMap((m) => [m.subquestion.text, m.subanswer]) : []),
    ...(c.choiceTypes.has(q.type) ? p.choices.map((ch) => ch.text.text) : [])];
  raw.forEach((t) => c.check(!t.includes('<'), `${q.id}: no raw markup in its HTML text (${t})`));
  c.check(html(p.stem) === c.squash(c.oneLine(stem)), `${q.id}: question text "${html(p.stem)}" is "${stem}"`);
  if (c.explanation(q)) c.check(p.globalFeedback && html(p.globalFeedback) === c.squash(c.oneLine(c.explanation(q))), `${q.id}: general feedback is the explanation`);
  switch (q.type) {
    case 'mcq':
    case 'reverse':
    case 'fact-or-opinion': {
      const texts = p.choices.map((ch) => html(ch.text));
      c.check(JSON.stringify(texts) === JSON.stringify(q.options.map((o) => c.squash(c.oneLine(o)))), `${q.id}: options ${JSON.stringify(texts)}`);
      const right = p.choices.filter((ch) => ch.isCorrect).map((ch) => html(ch.text));
      c.check(right.length === 1 && right[0] === c.squash(q.options[q.answer]), `${q.id}: the one right answer is "${q.options[q.answer]}", got ${JSON.stringify(right)}`);
      break;
    }
    case 'tf':
      c.check(p.isTrue === q.answer, `${q.id}: ${p.isTrue} for a ${q.answer} statement`);
      break;
    case 'cloze': {
      const accepted = p.choices.filter((ch) => ch.isCorrect).map((ch) => plain(ch.text.text));
      c.check(JSON.stringify(accepted) === JSON.stringify(q.accept.map((a) => c.squash(a))), `${q.id}: accepts ${JSON.stringify(accepted)}`);
      break;
    }
    case 'numeric': {
      const n = Array.isArray(p.choices) ? p.choices[0].text : p.choices;
      c.check(n.number === q.value && n.range === q.tolerance, `${q.id}: ${n.number}:${n.range} for ${q.value}:${q.tolerance}`);
      break;
    }
    case 'match':
    case 'order': {
      const got = p.matchPairs.map((m) => `${html(m.subquestion)} -> ${c.squash(c.decodeEntities(moodlePost(m.subanswer)))}`);
      const want = q.type === 'match'
        ? q.left.map((l, i) => `${c.squash(l)} -> ${c.squash(q.right[q.pairs[i]])}`)
        : q.order.map((item, place) => `${c.squash(q.items[item])} -> ${place + 1}`);
      c.check(JSON.stringify(got) === JSON.stringify(want), `${q.id}: pairs ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
      break;
    }
  }
}
c.done(`gift-pegjs read ${questions.length} questions in ${categories.length} categories, all keys as in the quiz JSON`);
