#!/usr/bin/env node
// Checks the per-speaker summary of a folder (default: the PolNeAR train split) and prints what
// it finds: descriptions spanning files, surnames apart from the one full name ending in them,
// lines without a type, speakers that begin with an adverb or end in punctuation, and the 30
// most quoted lines.
//
//     npm run build && node scripts/check-speakers.mjs [folder]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { ABBREVIATIONS, COMMON_WORDS } = await import(new URL('../dist/lexicon/words.js', import.meta.url).href);
const { isSentenceAdverb } = await import(new URL('../dist/core/grammar/name-words.js', import.meta.url).href);
const { isFirstName, LAST_NAMES } = await import(new URL('../dist/lexicon/people.js', import.meta.url).href);
const folder = process.argv[2] ?? '../shared/corpus/polnear/train';
if (!existsSync(resolve(root, folder))) {
  console.log(`check-speakers: ${folder} is not there; nothing to check`);
  process.exit(0);
}
const out = execFileSync('node', ['bin/whosaid.js', '--by-speaker', '--json', folder], { cwd: root, maxBuffer: 1 << 28 });
const { speakers, totals } = JSON.parse(out.toString());

const words = (name) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
const spanning = speakers.filter((s) => s.type === 'description' && s.files > 1);
const untyped = speakers.filter((s) => s.speaker !== null && !s.type);
const fullByLast = new Map();
for (const s of speakers) {
  if (s.speaker === null || s.type !== 'person') continue;
  const w = words(s.speaker);
  if (w.length >= 2) fullByLast.set(w.at(-1), [...(fullByLast.get(w.at(-1)) ?? []), s.speaker]);
}
const apart = speakers.filter((s) => s.speaker !== null && s.file === null && words(s.speaker).length === 1 && fullByLast.get(words(s.speaker)[0])?.length === 1);

// “Certainly Paul Kollberg”, “Hastily”, “Early”: a sentence adverb, or an -ly word that is no first name or surname
// (an ordinary one only alone: “Weekly Courier” reads as an adjective in a name)
const opensWithAdverb = (name) => {
  const all = name.split(/\s+/);
  const first = all[0].toLowerCase();
  return isSentenceAdverb(first) ||
    (/ly$/.test(first) && !isFirstName(first) && !LAST_NAMES.has(first) && (!COMMON_WORDS.has(first) || all.length === 1));
};
// “News?”, “Jones,”: punctuation at the end, other than an abbreviation's or an initial's full stop (Jr., U.S., R.)
const endsInPunctuation = (name) => {
  if (/[\p{L}\p{N}]$/u.test(name)) return false;
  const last = name.split(/\s+/).at(-1);
  return !(last.endsWith('.') && !last.endsWith('..') && (ABBREVIATIONS.has(last.slice(0, -1).toLowerCase()) || /^(?:\p{Lu}\.)+$/u.test(last)));
};
const malformed = speakers.filter((s) => s.speaker !== null && (opensWithAdverb(s.speaker) || endsInPunctuation(s.speaker)));

console.log(`lines: ${speakers.length}; totals: ${JSON.stringify(totals)}`);
console.log(`descriptions spanning more than one file: ${spanning.length}${spanning.length ? ' — ' + spanning.map((s) => `${s.speaker} (${s.files})`).join(', ') : ''}`);
console.log(`one-word surnames apart from the one full name ending in them: ${apart.length}${apart.length ? ' — ' + apart.map((s) => `${s.speaker} (${s.quotes}) / ${fullByLast.get(words(s.speaker)[0])[0]}`).join(', ') : ''}`);
console.log(`named lines without a type: ${untyped.length}`);
console.log(`speakers that begin with an adverb or end in punctuation: ${malformed.length}${malformed.length ? ' — ' + malformed.map((s) => `${s.speaker} (${s.quotes})`).join(', ') : ''}`);
console.log('the 30 most quoted:');
for (const [i, s] of speakers.slice(0, 30).entries()) {
  console.log(`${String(i + 1).padStart(3)}. ${s.speaker ?? '(unattributed)'} | ${s.type ?? '-'} | ${s.role ?? '-'} | ${s.gender ?? '-'} | ${s.quotes} quotes, ${s.files} files`);
}
