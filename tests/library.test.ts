import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeArticle, type Decoded, extractQuotes, type Quote, type Span, type SpeakerSummary, summarizeSpeakers } from '../src/index.js';
import { runMain } from './helpers/run-main.js';
import { utf16 } from './helpers/tmp.js';

// the library as a program imports it: what the command line does, on the real core
const root = path.resolve(import.meta.dirname, '..');
const sample = 'fixtures/sample/press-conference.txt';
const article = '“We will win,” said Ann Lee.\n';

describe('decodeArticle', () => {
  it.each([
    ['UTF-8', Buffer.from(article), 'utf-8'],
    ['UTF-8 with a byte order mark', Buffer.from('\uFEFF' + article), 'utf-8-bom'],
    ['UTF-16 LE', utf16(article, 'le'), 'utf-16le'],
    ['UTF-16 BE', utf16(article, 'be'), 'utf-16be'],
    ['windows-1252', new Uint8Array([0x93, ...Buffer.from('We will win,'), 0x94, ...Buffer.from(' said Ann Lee.\n')]), 'windows-1252'],
  ] as const)('reads %s as the command line does', (_name, bytes, encoding) => {
    expect(decodeArticle(bytes)).toEqual({ text: article, encoding });
  });

  it('refuses bytes with a NUL in them as binary', () => {
    const decoded: Decoded = decodeArticle(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]));
    expect(decoded).toEqual({ error: 'binary file (contains NUL bytes)' });
  });
});

describe('summarizeSpeakers', () => {
  it('counts as --by-speaker does', async () => {
    const files = [sample, 'fixtures/cases/nested-relay/input.txt'];
    const cli = await runMain(['--by-speaker', '--json', ...files], { cwd: root });
    expect([cli.code, cli.stderr]).toEqual([0, '']);
    const articles = files.map((file) => {
      const decoded = decodeArticle(fs.readFileSync(path.join(root, file)));
      if ('error' in decoded) throw new Error(decoded.error);
      return { file, quotes: extractQuotes(decoded.text) };
    });
    const summary: SpeakerSummary[] = summarizeSpeakers(articles);
    expect(summary.length).toBeGreaterThan(2);
    expect(summary).toEqual((JSON.parse(cli.stdout) as { speakers: SpeakerSummary[] }).speakers);
  });

  it('gives nothing for no articles', () => {
    expect(summarizeSpeakers([])).toEqual([]);
  });
});

describe('extractQuotes', () => {
  it('gives the records the command line writes, without file', async () => {
    const cli = await runMain(['--ndjson', sample], { cwd: root });
    const quotes: Quote[] = extractQuotes(fs.readFileSync(path.join(root, sample), 'utf8'));
    expect(cli.stdout).toBe(quotes.map((q) => JSON.stringify({ file: sample, ...q }) + '\n').join(''));
  });

  it('gives each record its context with { context: true }, as --context writes it', async () => {
    const cli = await runMain(['--ndjson', '--context', sample], { cwd: root });
    const text = fs.readFileSync(path.join(root, sample), 'utf8');
    const quotes: Quote[] = extractQuotes(text, { context: true });
    expect(cli.stdout).toBe(quotes.map((q) => JSON.stringify({ file: sample, ...q }) + '\n').join(''));
    const contexts: Span[] = quotes.map((q) => q.context!);
    expect(contexts.length).toBeGreaterThan(0);
    for (const { text: sentence, start, end } of contexts) expect(Array.from(text).slice(start, end).join('')).toBe(sentence);
  });
});

describe('wrong arguments', () => {
  const call = (f: (...args: never[]) => unknown, ...args: unknown[]) => () => (f as (...a: unknown[]) => unknown)(...args);
  it.each([
    ['bytes to extractQuotes', call(extractQuotes, Buffer.from('x')), 'extractQuotes: text must be a string (the decoded article), got a Buffer: decode the bytes with decodeArticle(bytes) first'],
    ['nothing to extractQuotes', call(extractQuotes), 'extractQuotes: text must be a string (the decoded article), got undefined'],
    ['a number to extractQuotes', call(extractQuotes, 42), 'extractQuotes: text must be a string (the decoded article), got a number (42)'],
    ['options as a string', call(extractQuotes, 'text', 'all'), 'extractQuotes: options must be an object such as { all: true }, got a string ("all")'],
    ['null options', call(extractQuotes, 'text', null), 'extractQuotes: options must be an object such as { all: true }, got null'],
    ['a string to decodeArticle', call(decodeArticle, 'text'), 'decodeArticle: bytes must be a Uint8Array or a Buffer (the file\'s contents), got a string ("text")'],
    ['an array to decodeArticle', call(decodeArticle, [1, 2]), "decodeArticle: bytes must be a Uint8Array or a Buffer (the file's contents), got an array"],
    ['a string to summarizeSpeakers', call(summarizeSpeakers, 'a.txt'), 'summarizeSpeakers: articles must be an array of { file, quotes }, got a string ("a.txt")'],
    ['an article without quotes', call(summarizeSpeakers, [{ file: 'a.txt' }]), 'summarizeSpeakers: articles[0] must be { file: string, quotes: Quote[] }, got an object (Object)'],
  ])('%s is a TypeError that names the argument', (_name, f, message) => {
    let thrown: unknown;
    try {
      f();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as TypeError).message).toBe(message);
  });
});
