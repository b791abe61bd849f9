import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runMain } from '../helpers/run-main.js';
import { FakeTerminal } from '../helpers/terminal.js';
import { tmpDir } from '../helpers/tmp.js';

// views and formats without depending on how well the core attributes: a fake extractor
// (every “…”; "said Name" after it names the speaker)
vi.mock('../../src/core/extract.js', async () => ({
  extractQuotes: (await import('../helpers/fake-extract.js')).fakeExtract,
}));

const ESC = '\u001b';
const ERASE = '\r\u001b[K';
const plain = (text: string) => text.replace(/\u001b\[\d+m/g, '');

const cwd = tmpDir({
  'a.txt': '“One more time,” said Ann.\n“Two,” said Ann.\n',
  'b.txt': 'Intro.\n“Three words here,” said Bob.\n“Four,” said Ann.\n',
  'c.txt': '“Nobody said this.”\n',
  'none.txt': 'No quotations here.\n',
});
const run = (argv: string[], options: Parameters<typeof runMain>[1] = {}) => runMain(argv, { cwd, ...options });

describe('whosaid --by-speaker', () => {
  it('prints one row per speaker, merged across files, and a closing line', async () => {
    expect(await run(['--by-speaker', 'a.txt', 'b.txt', 'c.txt'])).toEqual({
      code: 0,
      stdout: [
        'speaker         type    gender  quotes  words  files',
        'Ann             person               3      5      2',
        'Bob             person               1      3      1',
        '(unattributed)                       1      3      1',
        '',
        '5 quotes from 2 speakers in 3 files: 4 named, 0 unnamed, 1 none',
        'by gender: female 0%, male 0%, unknown 100%',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('prints the counts as one JSON document with --json', async () => {
    const { code, stdout, stderr } = await run(['--by-speaker', '--json', 'a.txt', 'b.txt', 'c.txt', 'missing.txt']);
    expect([code, stderr]).toEqual([1, 'whosaid: missing.txt: no such file or directory\n']);
    expect(JSON.parse(stdout)).toEqual({
      schemaVersion: 1,
      speakers: [
        { speaker: 'Ann', role: null, quotes: 3, words: 5, files: 2, type: 'person', gender: null, file: null },
        { speaker: 'Bob', role: null, quotes: 1, words: 3, files: 1, type: 'person', gender: null, file: null },
        { speaker: null, role: null, quotes: 1, words: 3, files: 1, type: null, gender: null, file: null },
      ],
      totals: { quotes: 5, named: 4, unnamed: 0, none: 1, female: 0, male: 0, unknown: 5 },
    });
  });

  it('prints NDJSON and CSV rows too', async () => {
    expect(await run(['--by-speaker', '--ndjson', 'b.txt'])).toEqual({
      code: 0,
      stdout: '{"speaker":"Bob","role":null,"quotes":1,"words":3,"files":1,"type":"person","gender":null,"file":null}\n' +
        '{"speaker":"Ann","role":null,"quotes":1,"words":1,"files":1,"type":"person","gender":null,"file":null}\n',
      stderr: '',
    });
    expect(await run(['--by-speaker', '--csv', '--bom', 'a.txt'])).toEqual({
      code: 0,
      stdout: '\uFEFFspeaker,role,quotes,words,files,type,gender,file\r\nAnn,,2,4,1,person,,\r\n',
      stderr: '',
    });
  });
});

describe('whosaid --speaker', () => {
  it.each([
    ['the table', [], /^Ann {2}“One more time,”.*\nAnn {2}“Two,”.*\n\nAnn {2}“Four,”.*\n\n3 quotes from 1 speaker in 2 files\n$/s],
    ['NDJSON', ['--ndjson'], /^(\{"file":"[ab]\.txt".*"speaker":"Ann".*\}\n){3}$/],
    ['CSV', ['--csv'], /^file,.*\r\na\.txt,0,"One more time,".*\r\na\.txt,1,"Two,".*\r\nb\.txt,1,"Four,".*\r\n$/],
    ['JSON', ['--json'], /"speaker": "Ann"(?![^]*"speaker": "Bob")/],
    ['the summary', ['--by-speaker'], /^speaker +type +gender +quotes +words +files\nAnn +person +3 +5 +2\n\n3 quotes from 1 speaker in 2 files: 3 named, 0 unnamed, 0 none\nby gender: female 0%, male 0%, unknown 100%\n$/],
  ])('keeps only the quotations of that speaker in %s', async (_name, flags, pattern) => {
    const { code, stdout, stderr } = await run([...flags, '--speaker', 'ANN', 'a.txt', 'b.txt']);
    expect([code, stderr]).toEqual([0, '']);
    expect(plain(stdout).replace(/^\S+\.txt {2}\d+ quotes?\n/gm, '')).toMatch(pattern);
  });

  it('marks only that speaker’s quotations in --show', async () => {
    expect(await run(['--show', '--speaker', 'bob', 'b.txt'])).toEqual({
      code: 0,
      stdout: 'Intro.\n“Three words here,” ⟦Bob⟧ said Bob.\n“Four,” said Ann.\n',
      stderr: '',
    });
  });

  it('prints nothing in the table for a file without a quotation of theirs: no heading', async () => {
    expect(await run(['--speaker', 'bob', 'a.txt', 'b.txt', 'c.txt'])).toEqual({
      code: 0,
      stdout: 'b.txt  1 quote\nBob  “Three words here,”                                                 b.txt:2\n\n1 quote from 1 speaker in 1 file\n',
      stderr: '',
    });
  });

  it('prints only the articles with a quotation of theirs in --show', async () => {
    expect(await run(['--show', '--speaker', 'bob', 'a.txt', 'b.txt', 'c.txt'])).toEqual({
      code: 0,
      stdout: 'b.txt  1 quote\n\nIntro.\n“Three words here,” ⟦Bob⟧ said Bob.\n“Four,” said Ann.\n',
      stderr: '',
    });
  });

  it('takes several names, titles ignored', async () => {
    const { code, stdout, stderr } = await run(['--ndjson', '--speaker', 'bob', '--speaker', 'Mrs. Ann', 'b.txt']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { speaker: string }).speaker)).toEqual(['Bob', 'Ann']);
  });

  it('exits 2 on a blank name', async () => {
    expect(await run(['--speaker', ' ', 'a.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "whosaid: option '--speaker <name>' argument ' ' is invalid. It must name someone.\nTry 'whosaid --help' for more information.\n",
    });
  });
});

describe('whosaid --show', () => {
  it('prints the article with the speaker after each quotation', async () => {
    expect(await run(['--show', 'a.txt'])).toEqual({
      code: 0,
      stdout: '“One more time,” ⟦Ann⟧ said Ann.\n“Two,” ⟦Ann⟧ said Ann.\n',
      stderr: '',
    });
  });

  it('prints a heading per article in a batch, with its count of quotations', async () => {
    expect(await run(['--show', 'a.txt', 'c.txt', 'none.txt'])).toEqual({
      code: 0,
      stdout:
        'a.txt  2 quotes\n\n“One more time,” ⟦Ann⟧ said Ann.\n“Two,” ⟦Ann⟧ said Ann.\n\n' +
        'c.txt  1 quote\n\n“Nobody said this.” ⟦(unattributed)⟧\n\n' +
        'none.txt  no quotes\n\nNo quotations here.\n',
      stderr: '',
    });
  });

  it('counts in each heading only the quotations --speaker keeps, and gives none to a file without one', async () => {
    expect((await run(['--show', '--speaker', 'bob', 'a.txt', 'b.txt'])).stdout.split('\n').filter((line) => line.endsWith('quotes') || line.endsWith('quote'))).toEqual([
      'b.txt  1 quote',
    ]);
  });

  it('wraps the article on word boundaries at the width of the terminal', async () => {
    const dir = tmpDir({ 'long.txt': 'The mayor spoke at length. “We will build it, and we will pay for all 4,000 jobs,” said Ann.\n' });
    expect(await runMain(['--show', 'long.txt'], { cwd: dir, stdoutIsTTY: true, columns: 30, env: { NO_COLOR: '1' } })).toEqual({
      code: 0,
      stdout: 'The mayor spoke at length. “We\nwill build it, and we will pay\nfor all 4,000 jobs,” ⟦Ann⟧\nsaid Ann.\n',
      stderr: '',
    });
  });

  it.each([
    ['--json', "whosaid: option '--show' cannot be used with option '--json'"],
    ['--csv', "whosaid: option '--show' cannot be used with option '--csv'"],
    ['--by-speaker', "whosaid: option '--show' cannot be used with option '--by-speaker'"],
  ])('exits 2 with %s', async (flag, message) => {
    expect(await run(['--show', flag, 'a.txt'])).toEqual({ code: 2, stdout: '', stderr: `${message}\nTry 'whosaid --help' for more information.\n` });
  });
});

describe('whosaid: color in every human view', () => {
  it.each([
    ['auto on a terminal', [], { stdoutIsTTY: true }, true],
    ['auto into a pipe', [], {}, false],
    ['auto under NO_COLOR', [], { stdoutIsTTY: true, env: { NO_COLOR: '1' } }, false],
    ['auto with TERM=dumb', [], { stdoutIsTTY: true, env: { TERM: 'dumb' } }, false],
    ['never on a terminal', ['--color', 'never'], { stdoutIsTTY: true }, false],
    ['always into a pipe', ['--color', 'always'], {}, true],
  ])('%s', async (_name, flags, options, colored) => {
    for (const view of [[], ['--show'], ['--by-speaker']]) {
      const { code, stdout } = await run([...view, ...flags, 'a.txt', 'b.txt'], options);
      expect(code).toBe(0);
      expect(stdout.includes(ESC)).toBe(colored);
    }
  });

  it('never colors the summary as JSON, NDJSON or CSV', async () => {
    for (const format of ['--json', '--ndjson', '--csv']) {
      const { stdout } = await run(['--by-speaker', format, '--color', 'always', 'a.txt'], { stdoutIsTTY: true });
      expect(stdout).not.toContain(ESC);
    }
  });
});

describe('whosaid: the progress line', () => {
  it('is drawn on a terminal stderr for a batch, erased at the end, and leaves stdout alone', async () => {
    const quiet = await run(['--ndjson', 'a.txt', 'b.txt', 'c.txt']);
    const { code, stdout, stderr } = await run(['--ndjson', 'a.txt', 'b.txt', 'c.txt'], { stderrColumns: 80 });
    expect([code, stdout]).toEqual([0, quiet.stdout]);
    expect(stderr.startsWith(`${ERASE}whosaid  1/3 files `)).toBe(true);
    expect(stderr).toContain('whosaid  3/3 files ');
    expect(stderr.endsWith(ERASE)).toBe(true);
    for (const line of stderr.split(ERASE)) expect(line.length).toBeLessThan(80);
  });

  it('stays on screen, redrawn in place, while the output goes to a pipe', async () => {
    const terminal = new FakeTerminal(80);
    const stdout = terminal.stream(false);
    const argv = ['--ndjson', 'a.txt', 'b.txt', 'c.txt', 'none.txt'];
    const code = await main(argv, { stdout, stderr: terminal.stream(), env: {}, cwd, signals: new EventEmitter(), cores: 1 });
    expect([code, stdout.text()]).toEqual([0, (await run(argv)).stdout]);
    // drawn after the first file, then only redrawn: every screen until the last is one progress line
    const [last, ...before] = terminal.history.reverse();
    expect(last).toBe('');
    expect(before.length).toBeGreaterThan(0);
    for (const screen of before) expect(screen).toMatch(/^whosaid {2}[1-4]\/4 files [█░]+ +\d+%/);
    expect(before[0]).toMatch(/^whosaid {2}4\/4 files/);
  });

  it('leaves a terminal that shows both stdout and stderr holding what it would hold without it', async () => {
    // one screen for both streams: \r ESC[K erases the line the cursor is on
    const screen = async (isTTY: boolean) => {
      let shown = '';
      const terminal = () =>
        Object.assign(
          new Writable({
            write(chunk: Buffer, _encoding, callback) {
              for (const part of chunk.toString('utf8').split(/(\r\u001b\[K)/)) {
                if (part === ERASE) shown = shown.slice(0, shown.lastIndexOf('\n') + 1);
                else shown += part;
              }
              callback();
            },
          }),
          { isTTY, columns: 80 },
        );
      const argv = ['--color', 'never', 'a.txt', 'missing.txt', 'b.txt', 'c.txt'];
      const code = await main(argv, { stdout: terminal(), stderr: terminal(), env: {}, cwd, signals: new EventEmitter(), cores: 1 });
      return { code, shown };
    };
    const withProgress = await screen(true);
    const without = await screen(false);
    expect(withProgress).toEqual(without);
    expect(without.shown).toContain('Ann  “Two,”                                                              a.txt:2\nwhosaid: missing.txt: no such file or directory\n\nb.txt  2 quotes\n');
  });

  it('is erased before an error line, which stays whole', async () => {
    const { code, stderr } = await run(['--ndjson', 'a.txt', 'missing.txt', 'b.txt'], { stderrColumns: 80 });
    expect(code).toBe(1);
    expect(stderr).toContain(`${ERASE}whosaid: missing.txt: no such file or directory\n`);
  });

  it.each([
    ['one input', ['--ndjson', 'a.txt'], { stderrColumns: 80 }],
    ['--quiet', ['--ndjson', '--quiet', 'a.txt', 'b.txt'], { stderrColumns: 80 }],
    ['stderr not a terminal', ['--ndjson', 'a.txt', 'b.txt'], {}],
    ['TERM=dumb', ['--ndjson', 'a.txt', 'b.txt'], { stderrColumns: 80, env: { TERM: 'dumb' } }],
  ])('is not drawn for %s', async (_name, argv, options) => {
    expect((await run(argv, options)).stderr).toBe('');
  });
});

describe('whosaid --help', () => {
  it('lists every option with a one-line meaning, and ends with worked examples', async () => {
    const { code, stdout, stderr } = await run(['--help']);
    expect([code, stderr]).toEqual([0, '']);
    const options = stdout.slice(stdout.indexOf('Options:'), stdout.indexOf('Examples:'));
    for (const option of ['--json', '--ndjson', '--csv', '--bom', '--all', '--context', '--by-speaker', '--show', '--speaker <name>', '--color <when>', '--max-size <MiB>', '--quiet', '--jobs <n>', '--input <format>', '--version', '--help']) {
      expect(options).toMatch(new RegExp(`${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+\\S`));
    }
    const examples = stdout.slice(stdout.indexOf('Examples:'));
    expect(examples).toContain('whosaid article.txt');
    expect(examples).toContain('--csv --bom articles/ > q.csv');
    expect(examples).toContain('| jq');
    expect(examples).toContain('--by-speaker');
  });

  it('says what --jobs 4 starts as the option says it: this thread and n − 1 workers', async () => {
    const { code, stdout, stderr } = await run(['--help']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/--jobs <n> +analyse n files at once, on this thread and n-1 workers/);
    expect(stdout.replace(/\s+/g, ' ')).toContain('whosaid --jobs 4 --ndjson corpus/ > q.ndjson four files at once: this thread and three workers (default: one job per core)');
    expect(stdout).not.toContain('four worker threads');
  });
});
