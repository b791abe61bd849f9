#!/usr/bin/env node
// Summarises a V8 CPU profile (node --cpu-prof) of whosaid: where the time goes by file, and
// the functions with the most time of their own.
//
//   npm run bench -- --keep                      # keeps the corpus, prints its path
//   node --cpu-prof --cpu-prof-dir=prof bin/whosaid.js --jobs 1 --ndjson <corpus> > /dev/null
//   node scripts/profile-summary.mjs prof/*.cpuprofile [--top N]
//
// With --jobs N, node writes one profile per thread: summarise each.
import fs from 'node:fs';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt === -1 ? 20 : Number(args.splice(topAt, 2)[1]);
if (args.length === 0) {
  console.error('usage: node scripts/profile-summary.mjs <file.cpuprofile>... [--top N]');
  process.exit(2);
}

for (const file of args) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFile = new Map();
  const byFunction = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const where = place(url, functionName);
    add(byFile, where, ms);
    add(byFunction, `${functionName || '(anonymous)'}  ${where}${url ? `:${lineNumber + 1}` : ''}`, ms);
  });
  console.log(`${file}: ${(total / 1000).toFixed(2)} s sampled\n\nby file (self time)`);
  print(byFile, total, top);
  console.log('\nfunctions (self time)');
  print(byFunction, total, top);
  console.log('');
}

/** A sample's place: a file of dist/, a package, node itself, or V8's own entries ((garbage collector), (idle)). */
function place(url, functionName) {
  if (url.includes('/dist/')) return url.slice(url.indexOf('/dist/') + 6);
  if (url.includes('/node_modules/')) return 'node_modules/' + url.split('/node_modules/').at(-1).split('/')[0];
  if (url.startsWith('node:')) return 'node internals';
  if (url === '') return functionName.startsWith('(') ? functionName : `native (${functionName})`;
  return url;
}

function add(map, key, ms) {
  map.set(key, (map.get(key) ?? 0) + ms);
}

function print(map, total, count) {
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key.length > 110 ? key.slice(0, 107) + '…' : key}`);
  }
}
