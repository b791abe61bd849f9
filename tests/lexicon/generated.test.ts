import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/tmp.js';

// src/lexicon/generated/compromise.ts is committed (a build needs no compromise); it must stay
// what scripts/compile-lexicon.mjs makes of the compromise in package-lock.json.

const root = path.resolve(import.meta.dirname, '../..');
const script = path.join(root, 'scripts/compile-lexicon.mjs');
const committed = path.join(root, 'src/lexicon/generated/compromise.ts');

async function check(file?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = [script, '--check', ...(file === undefined ? [] : ['--out', file])];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('the compiled lexicon', () => {
  it('is what compromise gives', async () => {
    expect(await check()).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('is refused when a word differs, or when it is missing', async () => {
    const dir = tmpDir();
    const edited = path.join(dir, 'edited.ts');
    fs.writeFileSync(edited, fs.readFileSync(committed, 'utf8').replace('|aaron|', '|aaronx|'));
    const version = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules/compromise/package.json'), 'utf8')) as { version: string }).version;
    expect(await check(edited)).toEqual({
      code: 1,
      stdout: '',
      stderr: `compile-lexicon: ${path.relative(root, edited)} is not what compromise ${version} gives: run \`npm run lexicon\` and commit it\n`,
    });
    const missing = path.join(dir, 'missing.ts');
    expect(await check(missing)).toEqual({
      code: 1,
      stdout: '',
      stderr: `compile-lexicon: ${path.relative(root, missing)} is missing: run \`npm run lexicon\` and commit it\n`,
    });
  });
});
