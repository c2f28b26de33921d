// Splits a Quizlet import file the way Quizlet's import box does, with the separators the exporter reported.
// usage: node read_quizlet.js QUIZ.json FILE.txt STDERR
'use strict';
const fs = require('fs');
const c = require('./common');

const [quizPath, txtPath, stderrPath] = process.argv.slice(2);
const quiz = c.readQuiz(quizPath);
const report = fs.readFileSync(stderrPath, 'utf8');
const m = /quizlet separators: term ("(?:[^"\\]|\\.)*") card ("(?:[^"\\]|\\.)*")/.exec(report);
if (!m) {
  console.error('FAIL: the export did not report its separators');
  process.exit(1);
}
const termSep = JSON.parse(m[1]);
const cardSep = JSON.parse(m[2]);
const text = fs.readFileSync(txtPath, 'utf8');
// Quizlet drops empty rows, such as the one after a final line break.
const rows = text.split(cardSep).filter((r) => r.length > 0);
const trim = (s) => s.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, '');
const termOf = (q) => {
  let t = q.prompt;
  if (q.type === 'order') t += ` (${q.items.join(' / ')})`;
  if (q.type === 'match') t += ` (${q.left.join(' / ')})`;
  return trim(t.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, ''));
};
c.check(rows.length === quiz.questions.length, `${rows.length} cards for ${quiz.questions.length} questions`);
quiz.questions.forEach((q, i) => {
  const fields = (rows[i] || '').split(termSep);
  if (!c.check(fields.length === 2, `card ${i + 1} splits into a term and a definition (${fields.length} parts)`)) return;
  c.check(fields[0] === termOf(q), `card ${i + 1}: term "${fields[0]}" for ${q.id}`);
  c.check(fields[1] === trim(c.keyAsText(q)), `card ${i + 1}: definition "${fields[1]}" is the key "${c.keyAsText(q)}"`);
});
c.done(`quizlet: ${rows.length} cards split by ${JSON.stringify(termSep)} and ${JSON.stringify(cardSep)}, terms and keys as in the quiz JSON`);
