#!/usr/bin/env node
// Checks the per-speaker summary of a folder (default: the PolNeAR train split) and prints what
// it finds: descriptions spanning files, surnames apart from the one full name ending in them,
// lines without a type, and the 30 most quoted lines.
//
//     npm run build && node scripts/check-speakers.mjs [folder]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
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

console.log(`lines: ${speakers.length}; totals: ${JSON.stringify(totals)}`);
console.log(`descriptions spanning more than one file: ${spanning.length}${spanning.length ? ' — ' + spanning.map((s) => `${s.speaker} (${s.files})`).join(', ') : ''}`);
console.log(`one-word surnames apart from the one full name ending in them: ${apart.length}${apart.length ? ' — ' + apart.map((s) => `${s.speaker} (${s.quotes}) / ${fullByLast.get(words(s.speaker)[0])[0]}`).join(', ') : ''}`);
console.log(`named lines without a type: ${untyped.length}`);
console.log('the 30 most quoted:');
for (const [i, s] of speakers.slice(0, 30).entries()) {
  console.log(`${String(i + 1).padStart(3)}. ${s.speaker ?? '(unattributed)'} | ${s.type ?? '-'} | ${s.role ?? '-'} | ${s.gender ?? '-'} | ${s.quotes} quotes, ${s.files} files`);
}
