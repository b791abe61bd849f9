#!/usr/bin/env node
// Scores two simple approaches on a gold folder with the shared scorer, beside whosaid:
//
//   npm run baselines -- [GOLD_DIR]
//
// regex       quotations between double marks; the speaker is the capitalised words next to
//             "said" right before or after the quotation (a 30-line script)
// compromise  compromise's own quotations() on the article, and the first of its people() in the
//             quotation's sentence (compromise is slow: about 0.15 MiB/s)
//
// GOLD_DIR defaults to ../shared/corpus/polnear/dev. Each prints the scorer's last line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const goldDir = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'corpus', 'polnear', 'dev'));
const scorer = path.resolve(root, '..', 'shared', 'eval', 'score.mjs');
if (!fs.existsSync(goldDir) || !fs.existsSync(scorer)) {
  console.error(`baselines: needs ${goldDir} and ${scorer}`);
  process.exit(2);
}
const files = fs.readdirSync(goldDir).filter((f) => f.endsWith('.txt')).sort();
const articles = files.map((f) => [f, fs.readFileSync(path.join(goldDir, f), 'utf8')]);
const cp = (text, unit) => Array.from(text.slice(0, unit)).length;

const QUOTE = /[“"]([^”"\n]{2,2000})[”"]/g;
const NAME = String.raw`((?:[A-Z][\w’'-]+ ?){1,3})`;
const AFTER = new RegExp(String.raw`^[,.!?]?\s*(?:said ${NAME}|${NAME} said)`);
const BEFORE = new RegExp(String.raw`(?:${NAME} said|said ${NAME})[,:]?\s*$`);

function regex() {
  const out = [];
  for (const [file, text] of articles) {
    for (const m of text.matchAll(QUOTE)) {
      const end = m.index + m[0].length;
      const after = AFTER.exec(text.slice(end, end + 60));
      const before = after ? null : BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
      const speaker = (after?.[1] ?? after?.[2] ?? before?.[1] ?? before?.[2])?.trim() ?? null;
      out.push({ file, text: m[1], start: cp(text, m.index), end: cp(text, end), speaker, parent: null });
    }
  }
  return out;
}

async function compromise() {
  const { default: nlp } = await import('compromise');
  const out = [];
  for (const [file, text] of articles) {
    const doc = nlp(text);
    for (const s of doc.sentences().json({ offset: true })) {
      const sentence = nlp(s.text);
      const people = sentence.people().out('array');
      for (const q of sentence.quotations().out('array')) {
        const inner = q.replace(/^["“”']+|["“”']+$/g, '');
        const at = text.indexOf(inner, s.offset?.start ?? 0);
        if (at < 0) continue;
        out.push({ file, text: inner, start: cp(text, at - 1), end: cp(text, at + inner.length + 1), speaker: people[0] ?? null, parent: null });
      }
    }
  }
  return out;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-baselines-'));
for (const [name, run] of [['regex', regex], ['compromise', compromise]]) {
  const started = Date.now();
  const records = await run();
  const file = path.join(tmp, `${name}.ndjson`);
  fs.writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const scored = spawnSync(process.execPath, [scorer, goldDir, file], { encoding: 'utf8' });
  console.log(`${name} (${((Date.now() - started) / 1000).toFixed(1)} s): ${scored.stdout.trim().split('\n').pop()}`);
}
