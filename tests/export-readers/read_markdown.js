// Renders a Markdown export with marked and checks versions, questions and the key, and that no markup got through.
// usage: node read_markdown.js QUIZ.json FILE.md VERSIONS
'use strict';
const fs = require('fs');
const { marked } = require('marked');
const c = require('./common');

const [quizPath, mdPath, versionsArg] = process.argv.slice(2);
const quiz = c.readQuiz(quizPath);
const k = Number(versionsArg || 1);
const rendered = marked.parse(fs.readFileSync(mdPath, 'utf8'));
// Only the elements Markdown itself makes; content must arrive as text.
const tags = new Set((rendered.match(/<\/?([a-zA-Z0-9]+)/g) || []).map((t) => t.replace(/[</]/g, '').toLowerCase()));
const allowed = new Set(['h1', 'h2', 'h3', 'p', 'ol', 'ul', 'li', 'br', 'hr', 'em', 'strong', 'blockquote', 'code', 'pre']);
tags.forEach((t) => c.check(allowed.has(t), `rendered Markdown has only Markdown's own elements, found <${t}>`));
const text = c.bare(c.decodeEntities(rendered.replace(/<[^>]*>/g, ' ')));
for (let v = 0; v < k; v++) {
  const label = c.letter(v);
  if (k > 1) c.check(text.includes(c.bare(`(version ${label})`)), `version ${label} has its heading`);
}
for (const q of quiz.questions) {
  let from = 0;
  for (let v = 0; v < k; v++) {
    const at = text.indexOf(c.bare(q.prompt), from);
    c.check(at >= 0, `question ${q.id} appears in version ${c.letter(v)}`);
    from = at + 1;
  }
}
c.check(text.includes(c.bare('Answer key')), 'an answer key');
c.done(`marked rendered ${quiz.questions.length} questions in ${k} version(s) as text`);
