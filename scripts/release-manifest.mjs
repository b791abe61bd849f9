#!/usr/bin/env node
// The package.json that ships: the one of the repository without the scripts that build
// whosaid from its sources (prepare, prepack, postpack). A built package needs no build, and
// npm warns, on every install, about a package with a prepare script ("install scripts not
// yet covered by allowScripts"), even where it would not run it (a tarball).
//
//   node scripts/release-manifest.mjs strip     (prepack)  package.json → the shipped one;
//                                                           the repository's kept beside it
//   node scripts/release-manifest.mjs restore   (postpack) the repository's back
//
// scripts/prepare.mjs strips it too when npm builds a git URL in a clone of its own.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The scripts that build whosaid where it is installed from its sources. */
export const BUILD_SCRIPTS = ['prepare', 'prepack', 'postpack'];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = path.join(root, 'package.json');
/** The repository's package.json while `npm pack` runs (git-ignored). */
const kept = path.join(root, '.package.json.unpacked');

/** The text of package.json without BUILD_SCRIPTS, formatted as npm writes it. */
export function releaseManifest(text) {
  const pkg = JSON.parse(text);
  for (const name of BUILD_SCRIPTS) delete pkg.scripts?.[name];
  return JSON.stringify(pkg, null, 2) + '\n';
}

/** Writes the shipped package.json in place of the repository's, which is kept to be restored. */
export function strip() {
  // a pack that failed before postpack left the shipped one in place
  if (fs.existsSync(kept)) restore();
  const text = fs.readFileSync(manifest, 'utf8');
  fs.writeFileSync(kept, text);
  fs.writeFileSync(manifest, releaseManifest(text));
}

/** Puts the repository's package.json back. */
export function restore() {
  if (fs.existsSync(kept)) fs.renameSync(kept, manifest);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  if (command === 'strip') strip();
  else if (command === 'restore') restore();
  else {
    console.error('usage: node scripts/release-manifest.mjs strip|restore');
    process.exit(2);
  }
}
