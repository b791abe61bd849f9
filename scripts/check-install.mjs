#!/usr/bin/env node
// Installs whosaid by every path the README gives, each into a temporary prefix, and runs the
// installed command on a fixture:
//
//   folder    a fresh clone, then `npm install -g .` in it
//   link      a fresh clone, then `npm link` in it
//   git       `npm install -g git+file://<a fresh clone>` (what a git URL does)
//   tarball   `npm pack` here, then `npm install -g whosaid-<version>.tgz`
//
//   npm run check:install [-- folder link git tarball]     (CI runs them all after the tests: .ci/run)
//
// The clones are of this repository's HEAD (commit first: uncommitted changes are not in
// them); the tarball is packed from this folder as it is, with its devDependencies installed.
// Each install must leave `whosaid` in <prefix>/bin, no compromise anywhere in what was
// installed, and a copy (git, tarball) of at most 6 MiB with its node_modules; the tarball's
// install must draw no npm warning, and needs no registry (--offline: its dependencies are
// bundled). npm installs from its cache where it can (--prefer-offline).
// Prints one line per path: seconds, installed size, warnings.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const MIB = 1024 * 1024;
const MOST_BYTES = 6 * MIB;
const FIXTURE = path.join(root, 'fixtures/sample/press-conference.txt');
/** What the installed command must say of FIXTURE: its first quotation's speaker. */
const FIRST_SPEAKER = 'Elena Marquez';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-install-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

// a user's shell: none of the npm_* settings of an `npm run` that started this
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
const npmFlags = ['--prefer-offline', '--no-audit', '--no-fund'];

async function sh(command, args, options = {}) {
  try {
    return await run(command, args, { env, maxBuffer: 64 * MIB, ...options });
  } catch (error) {
    const { stdout = '', stderr = '' } = error;
    throw new Error(`${command} ${args.join(' ')} failed (in ${options.cwd ?? process.cwd()}):\n${stdout}${stderr}`);
  }
}

async function freshClone(name) {
  const dir = path.join(tmp, name);
  await sh('git', ['clone', '--quiet', root, dir]);
  return dir;
}

/** Each path: how to install into `prefix`; the folder the installed package is. */
const PATHS = {
  async folder(prefix) {
    const clone = await freshClone('folder-clone');
    return sh('npm', ['install', '-g', '.', `--prefix=${prefix}`, ...npmFlags], { cwd: clone });
  },
  async link(prefix) {
    // `npm link --prefix` would name the package to link: the prefix comes from the environment
    const clone = await freshClone('link-clone');
    return sh('npm', ['link', ...npmFlags], { cwd: clone, env: { ...env, npm_config_prefix: prefix } });
  },
  async git(prefix) {
    const clone = await freshClone('git-clone');
    return sh('npm', ['install', '-g', `git+file://${clone}`, `--prefix=${prefix}`, ...npmFlags], { cwd: tmp });
  },
  async tarball(prefix) {
    const packed = path.join(tmp, 'packed');
    fs.mkdirSync(packed);
    await sh('npm', ['pack', '--silent', `--pack-destination=${packed}`], { cwd: root });
    return sh('npm', ['install', '-g', path.join(packed, `whosaid-${version}.tgz`), `--prefix=${prefix}`, '--offline', '--no-audit', '--no-fund'], { cwd: tmp });
  },
};

/** Bytes of a folder, as du counts them (blocks), following a top-level link; .git left out. */
async function diskUsage(dir) {
  const { stdout } = await sh('du', ['-skD', '--exclude=.git', dir]);
  return Number(stdout.split('\t')[0]) * 1024;
}

/** Folders named `name` in node_modules below `dir`, following a top-level link. */
function packagesNamed(dir, name) {
  const found = [];
  const visit = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === '.git') continue;
      const child = path.join(folder, entry.name);
      if (entry.name === name && path.basename(folder) === 'node_modules') found.push(child);
      visit(child);
    }
  };
  visit(fs.realpathSync(dir));
  return found;
}

async function check(name) {
  const prefix = path.join(tmp, `prefix-${name}`);
  const started = Date.now();
  const { stderr: installErr } = await PATHS[name](prefix);
  const seconds = (Date.now() - started) / 1000;
  const problems = [];
  const bin = path.join(prefix, 'bin', 'whosaid');
  const installedAt = path.join(prefix, 'lib', 'node_modules', 'whosaid');
  if (!fs.existsSync(bin)) problems.push(`no ${path.relative(tmp, bin)}`);
  else {
    const versionOut = (await sh(bin, ['--version'], { cwd: tmp })).stdout;
    if (versionOut !== `${version}\n`) problems.push(`--version printed ${JSON.stringify(versionOut)}`);
    const { stdout, stderr } = await sh(bin, ['--ndjson', FIXTURE], { cwd: tmp });
    const first = JSON.parse(stdout.split('\n')[0]);
    if (stderr !== '' || first.speaker !== FIRST_SPEAKER) problems.push(`on the fixture: ${stderr}${stdout.slice(0, 200)}`);
  }
  const isLink = fs.lstatSync(installedAt).isSymbolicLink();
  const bytes = await diskUsage(installedAt);
  if (!isLink && bytes > MOST_BYTES) problems.push(`installed size ${(bytes / MIB).toFixed(1)} MiB > 6 MiB`);
  const compromise = packagesNamed(installedAt, 'compromise');
  if (compromise.length > 0) problems.push(`compromise installed: ${compromise.join(', ')}`);
  const warned = /npm warn/i.test(installErr);
  if (name === 'tarball' && warned) problems.push(`npm warned:\n${installErr}`);
  return { name, seconds, bytes, isLink, warned, problems };
}

// two at a time: the paths that build run the compiler, and the machine may be shared
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in PATHS));
if (unknown.length > 0) {
  console.error(`check-install: no install path ${unknown.join(', ')} (there are: ${Object.keys(PATHS).join(', ')})`);
  process.exit(2);
}
const names = asked.length > 0 ? asked : Object.keys(PATHS);
const results = [];
for (let i = 0; i < names.length; i += 2) results.push(...(await Promise.all(names.slice(i, i + 2).map(check))));

let failed = false;
for (const { name, seconds, bytes, isLink, warned, problems } of results) {
  const size = `${(bytes / MIB).toFixed(1)} MiB${isLink ? ' (a link to the clone: its files and node_modules, .git left out)' : ''}`;
  console.log(`${name.padEnd(8)} ${seconds.toFixed(0).padStart(3)} s  ${size}${warned ? '  npm warned (install scripts)' : ''}  ${problems.length === 0 ? 'ok' : 'FAILED'}`);
  for (const problem of problems) console.log(`  ${problem}`);
  failed ||= problems.length > 0;
}
process.exitCode = failed ? 1 : 0;
