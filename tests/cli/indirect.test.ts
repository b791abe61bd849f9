/**
 * `--indirect` on the real extractor: speech without quotation marks in every view, marked apart
 * from quotations (no marks, `reported:` / `turn:`), counted in a column of its own by
 * --by-speaker, found by --speaker, picked by --kind; and nothing of it without the flag.
 */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/types.js';
import { runMain } from '../helpers/run-main.js';
import { tmpDir } from '../helpers/tmp.js';

const cwd = tmpDir({
  'a.txt': 'Mayor Elena Marquez said the bridge would open in May. “It is paid for,” she said.\n',
  'b.txt': 'A debate with Elena Marquez and Tomas Reyes.\n\nMARQUEZ: It opens in May.\n\nREYES: It will not.\n',
});
const run = (argv: string[]) => runMain(argv, { cwd });
const ndjson = (stdout: string) => stdout.trimEnd().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Quote & { file: string });

describe('whosaid --indirect', () => {
  it('adds records of kind indirect and turn among the quotations, in order, in NDJSON', async () => {
    const { code, stdout, stderr } = await run(['--ndjson', '--indirect', 'a.txt', 'b.txt']);
    expect([code, stderr]).toEqual([0, '']);
    expect(ndjson(stdout).map((r) => [r.file, r.index, r.kind, r.speaker, r.text])).toEqual([
      ['a.txt', 0, 'indirect', 'Elena Marquez', 'the bridge would open in May'],
      ['a.txt', 1, 'direct', 'Elena Marquez', 'It is paid for,'],
      ['b.txt', 0, 'turn', 'Elena Marquez', 'It opens in May.'],
      ['b.txt', 1, 'turn', 'Tomas Reyes', 'It will not.'],
    ]);
  });

  it('lists nothing of it without the flag', async () => {
    const { code, stdout, stderr } = await run(['--ndjson', 'a.txt', 'b.txt']);
    expect([code, stderr]).toEqual([0, '']);
    expect(ndjson(stdout).map((r) => r.kind)).toEqual(['direct']);
  });

  it('shows it in the table without quotation marks, after what it is, and counts it apart', async () => {
    const { code, stdout, stderr } = await run(['--indirect', '--color', 'never', 'a.txt']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/Elena Marquez +reported: the bridge would open in May +line 1\n/);
    expect(stdout).toMatch(/“It is paid for,” +line 1\n/);
    expect(stdout).toMatch(/1 quote and 1 reported statement from 1 speaker in 1 file\n$/);
  });

  it('labels it in --show as reported speech or a turn', async () => {
    const { code, stdout, stderr } = await run(['--indirect', '--show', '--color', 'never', 'a.txt', 'b.txt']);
    expect([code, stderr]).toEqual([0, '']);
    // (lines wrapped to the width, read as one)
    const shown = stdout.replace(/\s+/g, ' ');
    expect(shown).toContain('said the bridge would open in May ⟦reported: Elena Marquez⟧. “It is paid for,” ⟦Elena Marquez⟧ she said.');
    expect(shown).toContain('MARQUEZ: It opens in May. ⟦turn: Elena Marquez⟧');
    expect(shown).toContain('a.txt 1 quote, 1 reported');
  });

  it('counts quotations and reported statements in separate columns with --by-speaker', async () => {
    const { code, stdout, stderr } = await run(['--indirect', '--by-speaker', '--csv', 'a.txt', 'b.txt']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe('speaker,role,quotes,reported,words,files,type,gender,file\r\nElena Marquez,Mayor,1,2,4,2,person,female,\r\nTomas Reyes,,0,1,0,1,person,,\r\n');
    expect((await run(['--by-speaker', '--csv', 'a.txt'])).stdout).toBe('speaker,role,quotes,words,files,type,gender,file\r\nElena Marquez,Mayor,1,4,1,person,female,\r\n');
  });

  it('finds both with --speaker, and --kind indirect or turn turns it on', async () => {
    const speaker = await run(['--ndjson', '--indirect', '--speaker', 'reyes', 'b.txt']);
    expect([speaker.code, speaker.stderr, ndjson(speaker.stdout).map((r) => r.kind)]).toEqual([0, '', ['turn']]);
    const kind = await run(['--ndjson', '--kind', 'indirect', 'a.txt', 'b.txt']);
    expect([kind.code, kind.stderr, ndjson(kind.stdout).map((r) => [r.index, r.kind])]).toEqual([0, '', [[0, 'indirect']]]);
  });
});
