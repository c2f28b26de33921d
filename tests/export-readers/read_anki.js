// Opens an Anki .apkg with anki-reader and checks schema 11, graves, checksums, GUIDs, note types, fields and keys.
// usage: node read_anki.js QUIZ.json FILE.apkg [EARLIER.apkg]   (EARLIER: the same quiz exported before, for updates)
'use strict';
const fs = require('fs');
const crypto = require('crypto');
const c = require('./common');

const [quizPath, apkgPath, earlierPath] = process.argv.slice(2);
const quiz = c.readQuiz(quizPath);

const BASE91 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';
function guidFor(key) {
  let n = BigInt('0x' + crypto.createHash('sha1').update(key, 'utf8').digest('hex').slice(0, 16));
  let s = '';
  while (n > 0n) {
    s = BASE91[Number(n % 91n)] + s;
    n /= 91n;
  }
  return s;
}
// Anki's strip_html_preserving_media_filenames for fields without media.
function strip(html) {
  let t = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '');
  if (t.includes('&')) t = c.decodeEntities(t).replace(/\u00a0/g, ' ');
  return t;
}
const csum = (field) => parseInt(crypto.createHash('sha1').update(strip(field), 'utf8').digest('hex').slice(0, 8), 16);
const rows = (db, sql) => {
  const r = db.exec(sql);
  return r.length ? r[0].values : [];
};

async function open(path) {
  const { readAnkiPackage } = await import('anki-reader');
  return readAnkiPackage(new Blob([fs.readFileSync(path)]));
}

(async () => {
  const { collection } = await open(apkgPath);
  const db = collection.getRawCollection();
  c.check(collection.getVersion() === 11, `collection version ${collection.getVersion()} is schema 11`);
  const tables = rows(db, "select name from sqlite_master where type = 'table'").map((r) => r[0]);
  ['col', 'notes', 'cards', 'revlog', 'graves'].forEach((t) => c.check(tables.includes(t), `table ${t} exists`));
  const modelList = Object.values(collection.getModels());
  const choice = modelList.find((m) => m.getName() === 'Factdeck multiple choice');
  const cloze = modelList.find((m) => m.getName() === 'Factdeck cloze');
  c.check(choice && choice.getType() === 0, 'a standard note type "Factdeck multiple choice"');
  c.check(cloze && cloze.getType() === 1, 'a cloze note type "Factdeck cloze"');
  if (cloze) c.check(cloze.getTemplates()[0].qfmt.includes('{{cloze:Text}}'), 'the cloze template asks {{cloze:Text}}');
  if (choice) c.check(choice.getFields().map((f) => f.name).join() === 'Question,Options,Answer,Explanation,Article', 'the multiple-choice fields');

  // Every card through anki-reader's decks, by note.
  const cards = [];
  for (const deck of Object.values(collection.getDecks())) {
    for (const card of Object.values(deck.getCards())) cards.push({ deck: deck.getName(), card });
  }
  c.check(cards.length === quiz.questions.length, `${cards.length} cards for ${quiz.questions.length} questions`);
  const notes = new Map(rows(db, 'select id, guid, mid, flds, sfld, csum, tags, mod from notes').map((r) => [String(r[0]), r]));
  const byGuid = new Map();
  for (const { deck, card } of cards) {
    const n = notes.get(card.getNoteId());
    if (!c.check(n, `card ${card.getId()} has a note`)) continue;
    const [, guid, mid, flds, sfld, sum] = n;
    byGuid.set(guid, { deck, card, mid: String(mid), fields: card.getOrderedFields(), named: card.getFields(), sfld, sum, raw: flds });
  }
  for (const q of quiz.questions) {
    const note = byGuid.get(guidFor('factdeck/' + q.id));
    if (!c.check(note, `${q.id}: a note with the GUID derived from its id`)) continue;
    c.check(note.deck.startsWith('Factdeck::'), `${q.id}: in a Factdeck deck (${note.deck})`);
    c.check(note.sum === csum(note.fields[0]), `${q.id}: csum ${note.sum} is sha1 of the stripped first field (${csum(note.fields[0])})`);
    c.check(String(note.sfld) === strip(note.fields[0]), `${q.id}: sfld is the stripped first field`);
    const text = (f) => c.decodeEntities(f.replace(/<br>/g, '\n'));
    // anki-reader renders a card's front from the note type's template (not cloze filters, which it lacks).
    const fronts = note.card.getQuestions().map((x) => x.getQuestionString());
    if (note.mid === String(cloze && cloze.getId())) {
      c.check(q.type === 'cloze', `${q.id}: only cloze questions use the cloze note type`);
      const m = /\{\{c1::(.*?)\}\}/.exec(note.fields[0]);
      if (!c.check(m, `${q.id}: the text has a c1 deletion`)) continue;
      c.check(text(m[1]) === q.accept[0], `${q.id}: the deletion is "${text(m[1])}", the key "${q.accept[0]}"`);
      c.check(text(note.fields[0].replace(m[0], '____')) === q.text, `${q.id}: the rest of the text is the question's`);
    } else {
      c.check(note.mid === String(choice && choice.getId()), `${q.id}: the multiple-choice note type`);
      c.check(note.named.Question === note.fields[0], `${q.id}: the first field is named Question`);
      c.check(fronts.length === 1 && fronts[0].includes(note.fields[0]), `${q.id}: the card's one front shows the question`);
      c.check(text(note.fields[0]) === c.oneLine(q.prompt), `${q.id}: Question field "${text(note.fields[0])}"`);
      c.check(text(note.fields[2]) === c.keyAsText(q), `${q.id}: Answer field "${text(note.fields[2])}" is the key`);
      if (c.choiceTypes.has(q.type)) {
        const options = [...note.fields[1].matchAll(/<li>(.*?)<\/li>/g)].map((x) => text(x[1]));
        c.check(JSON.stringify(options) === JSON.stringify(q.options), `${q.id}: Options field lists the options`);
      }
    }
  }
  // No markup of the content survives as markup: every "<" in a field is one of the exporter's own tags.
  for (const [, n] of byGuid) {
    const tags = n.raw.match(/<[^>]*>/g) || [];
    tags.forEach((t) => c.check(/^<\/?(ol|li|br|table|tr|td)( type="A")?>$/.test(t), `field markup ${t} is the exporter's own`));
  }
  if (earlierPath) {
    const before = (await open(earlierPath)).collection.getRawCollection();
    const old = new Map(rows(before, 'select guid, mod from notes').map((r) => [r[0], r[1]]));
    const now = rows(db, 'select guid, mod from notes');
    c.check(now.length === old.size && now.every(([g]) => old.has(g)), 'a re-export has the same GUIDs (Anki updates the notes)');
    c.check(now.every(([g, mod]) => mod > old.get(g)), 'a re-export has newer modification times');
  }
  c.done(`anki-reader read ${cards.length} cards; schema 11, graves, checksums, GUIDs and keys as in the quiz JSON`);
})().catch((e) => {
  console.error('FAIL: ' + (e && e.stack ? e.stack : e));
  process.exit(1);
});
