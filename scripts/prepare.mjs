#!/usr/bin/env node
// npm's `prepare`: builds whosaid (dist/) where it is installed from its sources.
//
// npm runs it for a package installed from a folder (`npm install -g .`, `npm link`) and from
// a git URL (`npm install -g git+https://…`), and after `npm install` / `npm ci` in a clone;
// never for a tarball, which holds dist/ and its dependencies already. Each comes with
// different packages in node_modules:
//
//   after `npm ci` in a clone                 all: build
//   a git URL as a project's dependency       all (npm installs the devDependencies first): build
//   a git URL with -g                         none: npm passes npm_config_global=true on to the
//                                             `npm install` it runs in its clone, which so
//                                             installs nothing there and links the clone into
//                                             the global folder (npm/cli#4148, #8440; fixed in
//                                             pacote by npm/pacote#494, not yet in npm 11.19)
//   a fresh clone by `npm install -g .`,      none: npm links the folder and installs none of
//   or `npm link`                             its dependencies
//
// So where they are missing, this installs the dependencies into this folder (the command run
// from a linked folder needs them, and the build reads their types), and the compiler and the
// Node types, at the versions of package-lock.json, into a temporary folder of their own: a
// linked folder keeps only what the command needs. Never anything globally.
//
// In npm's own clone of a git URL, the package.json left there (the one npm packs and installs)
// loses its build scripts (scripts/release-manifest.mjs), so that npm does not build a second
// time; and where that clone was linked into the global folder (the bug above), the link, which
// would be left pointing at a deleted folder, becomes the empty folder npm then unpacks into.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { releaseManifest } from './release-manifest.mjs';

/** What the build needs beyond the dependencies: typescript's tsc, and the types it checks node: imports with. */
const BUILD_TOOLS = ['typescript', '@types/node'];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = path.join(root, 'package.json');
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
// set by npm (pacote) for the `npm install` it runs in its clone of a git URL
const inGitClone = process.env._PACOTE_NO_PREPARE_ !== undefined;
const installed = (name) => fs.existsSync(path.join(root, 'node_modules', name, 'package.json'));
// never the global folder, whatever npm_config_global the npm that runs us passes on
const local = ['--global=false', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund'];

const dependencies = Object.keys(manifest.dependencies ?? {});
if (!dependencies.every(installed)) {
  console.error(`whosaid: installing the dependencies into ${root}`);
  npm(['install', `--prefix=${root}`, '--omit=dev', ...local], root);
}

if (BUILD_TOOLS.every(installed)) npm(['run', 'build'], root);
else {
  const tools = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-build-tools-'));
  try {
    const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')).packages;
    const specs = BUILD_TOOLS.map((name) => `${name}@${lock[`node_modules/${name}`].version}`);
    console.error(`whosaid: installing ${specs.join(', ')} into ${tools} to build`);
    npm(['install', `--prefix=${tools}`, ...local, ...specs], tools);
    const bin = path.join(tools, 'node_modules', '.bin');
    npm(['run', 'build', '--', '--typeRoots', path.join(tools, 'node_modules', '@types')], root, {
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
    });
  } finally {
    fs.rmSync(tools, { recursive: true, force: true });
  }
}

if (inGitClone) {
  fs.writeFileSync(manifestPath, releaseManifest(fs.readFileSync(manifestPath, 'utf8')));
  unlinkFromGlobalFolder();
}

/** Runs npm in `cwd`: the npm that runs this script, else the one on PATH. */
function npm(args, cwd, env = {}) {
  const [command, first] = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
  execFileSync(command, [...first, ...args], { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
}

/** The global folder's entry for this package, when it is a link to this folder (npm/cli#4148): an empty folder in its place. */
function unlinkFromGlobalFolder() {
  const prefix = process.env.npm_config_global_prefix ?? process.env.npm_config_prefix;
  if (process.env.npm_config_global !== 'true' || prefix === undefined) return;
  for (const folder of [path.join(prefix, 'lib', 'node_modules'), path.join(prefix, 'node_modules')]) {
    const entry = path.join(folder, manifest.name);
    let linked;
    try {
      linked = fs.lstatSync(entry).isSymbolicLink() && fs.realpathSync(entry) === fs.realpathSync(root);
    } catch {
      continue;
    }
    if (!linked) continue;
    fs.unlinkSync(entry);
    fs.mkdirSync(entry);
  }
}
