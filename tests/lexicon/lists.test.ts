/**
 * The word lists are data in src/lexicon, each entry written once, and the rules in src/core hold
 * no list of their own (a list of eight words or more there belongs here).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writtenEntries } from '../../src/lexicon/list.js';

const LEXICON = path.resolve(import.meta.dirname, '../../src/lexicon');
const CORE = path.resolve(import.meta.dirname, '../../src/core');

const modules = fs.readdirSync(LEXICON).filter((f) => f.endsWith('.ts') && f !== 'list.ts');

/** Entries written more than once. */
function repeated(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const e of entries) (seen.has(e) ? twice : seen).add(e);
  return [...twice];
}

describe('every exported list of src/lexicon writes each entry once', () => {
  it.each(modules)('%s', async (file) => {
    const exports = (await import(path.join(LEXICON, file))) as Record<string, unknown>;
    const lists = Object.entries(exports).filter(([, v]) => Array.isArray(v) || v instanceof Set || v instanceof Map);
    expect(lists.length).toBeGreaterThan(0);
    for (const [name, list] of lists) {
      const entries = Array.isArray(list) ? (list as unknown[]).map(String) : writtenEntries(list as object);
      // a Set or Map hides an entry written twice: each is built by wordSet or wordMap, which keep what was written
      expect(entries, `${file}: ${name} is not built by wordSet or wordMap`).toBeDefined();
      expect(repeated(entries!), `${file}: ${name}`).toEqual([]);
    }
  });

  it('the lists compiled from compromise hold each word once', async () => {
    const compiled = (await import(path.join(LEXICON, 'generated/compromise.js'))) as Record<string, string>;
    for (const [name, list] of Object.entries(compiled)) expect(repeated(list.split('|')), name).toEqual([]);
  });
});

/** Lists of eight or more words written in a source file: `new Set(['a', 'b', …])`, `(?:a|b|…)`, a template of words. */
function wordLists(source: string): string[] {
  const found: string[] = [];
  // eight or more quoted words in a row, separated by commas
  for (const m of source.matchAll(/(?:'[\p{L}’ .-]+',\s*){7,}'[\p{L}’ .-]+'/gu)) found.push(m[0]);
  // a regex alternation of eight or more words
  for (const m of source.matchAll(/\(\?:((?:[\p{L}’'-]+\|){7,}[\p{L}’'-]+)\)/gu)) found.push(m[1]!);
  // a string of eight or more words and nothing else, read as words: words(`a b …`), 'a b …'.split(' ')
  for (const m of source.matchAll(/(?:\(|=\s*)`(\s*[\p{L}’'-]+(?:\s+[\p{L}’'-]+){7,}\s*)`/gu)) found.push(m[1]!.trim());
  for (const m of source.matchAll(/'([\p{L}-]+(?: [\p{L}-]+){7,})'\.split/gu)) found.push(m[1]!);
  return found;
}

describe('src/core holds no word list of eight or more words', () => {
  const files = fs.readdirSync(CORE, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  it.each(files)('%s', (file) => {
    expect(wordLists(fs.readFileSync(path.join(CORE, file), 'utf8'))).toEqual([]);
  });

  it('the check finds such lists', () => {
    expect(wordLists(`const A = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight']);`)).toHaveLength(1);
    expect(wordLists('const B = /^(?:in|on|at|during|after|before|to|when)$/;')).toHaveLength(1);
    expect(wordLists('const C = words(`one two three four five six seven eight`);')).toHaveLength(1);
    expect(wordLists("const F = new Set('one two three four five six seven eight'.split(' '));")).toHaveLength(1);
    expect(wordLists(`const D = /^(?:so|and|but|yet|or)$/; const E = ['a', 'b'];`)).toEqual([]);
  });
});
