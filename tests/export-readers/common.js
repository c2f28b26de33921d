// Shared by the export readers: the quiz JSON, each question's key in words, text normalisation and checks.
'use strict';
const fs = require('fs');

let failures = 0;
function check(ok, message) {
  if (!ok) {
    failures += 1;
    console.error('FAIL: ' + message);
  }
  return ok;
}
function done(what) {
  if (failures > 0) {
    console.error(`${what}: ${failures} check(s) failed`);
    process.exit(1);
  }
  console.log(`ok - ${what}`);
}

function readQuiz(path) {
  const quiz = JSON.parse(fs.readFileSync(path, 'utf8'));
  if (!Array.isArray(quiz.questions) || quiz.questions.length === 0) throw new Error(`${path}: no questions`);
  return quiz;
}

// As the exporters write one line: line breaks become spaces, other control characters go.
function oneLine(s) {
  return String(s).replace(/[\r\n]/g, ' ').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '');
}
// Runs of whitespace as one space, trimmed: what survives every format's layout.
function squash(s) {
  return String(s).replace(/[\s\u00a0]+/g, ' ').trim();
}
// No whitespace at all: for text extracted from a PDF, where line breaks and spacing are the layout's.
function bare(s) {
  return String(s).replace(/[\s\u00a0]+/g, '');
}

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(s) {
  return String(s).replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return String.fromCodePoint(cp);
    }
    return Object.prototype.hasOwnProperty.call(NAMED, e) ? NAMED[e] : m;
  });
}

function formatNumber(value, unit) {
  const n = String(value);
  if (!unit) return n;
  return unit === '%' || unit === '°C' || unit === '‰' ? n + unit : n + ' ' + unit;
}

const letter = (i) => String.fromCharCode(65 + i);
const lower = (i) => String.fromCharCode(97 + i);
const choiceTypes = new Set(['mcq', 'reverse', 'fact-or-opinion']);

// The key as every tool holds it (export_internal.h key_as_text).
function keyAsText(q) {
  switch (q.type) {
    case 'mcq':
    case 'reverse':
    case 'fact-or-opinion':
      return q.options[q.answer];
    case 'tf':
      return q.answer ? 'True' : 'False';
    case 'cloze':
      return q.accept[0];
    case 'numeric':
      return formatNumber(q.value, q.unit);
    case 'order':
      return q.order.map((i) => q.items[i]).join('; ');
    case 'match':
      return q.pairs.map((r, i) => `${q.left[i]}: ${q.right[r]}`).join('; ');
  }
  throw new Error('unknown type ' + q.type);
}

// The key as a grader reads it on paper (export_internal.h key_on_paper), given the options as printed.
function keyOnPaper(q) {
  switch (q.type) {
    case 'mcq':
    case 'reverse':
    case 'fact-or-opinion':
      return `${letter(q.answer)}) ${q.options[q.answer]}`;
    case 'tf':
      return q.answer ? 'True' : 'False';
    case 'cloze':
      return q.accept.length > 1 ? `${q.accept[0]} (also accepted: ${q.accept.slice(1).join('; ')})` : q.accept[0];
    case 'numeric':
      return `${formatNumber(q.value, q.unit)} (\u00b1${q.tolerance})`;
    case 'order':
      return q.order.map(letter).join(', ');
    case 'match':
      return q.pairs.map((r, i) => `${i + 1}-${lower(r)}`).join(', ');
  }
  throw new Error('unknown type ' + q.type);
}

function explanation(q) {
  const e = q.explanation || {};
  return [e.sentence, e.note].filter((x) => x).join(' ');
}

// The stderr of `factdeck quiz`: the questions the format could not hold ("not in this format: ID: why"), by id.
function leftOut(stderrPath) {
  if (!stderrPath || !fs.existsSync(stderrPath)) return [];
  return fs
    .readFileSync(stderrPath, 'utf8')
    .split('\n')
    .map((l) => /(?:left out|not in this format:) (\S+): /.exec(l))
    .filter((m) => m)
    .map((m) => m[1]);
}

module.exports = {
  check, done, readQuiz, oneLine, squash, bare, decodeEntities, formatNumber, letter, lower, choiceTypes,
  keyAsText, keyOnPaper, explanation, leftOut,
};
