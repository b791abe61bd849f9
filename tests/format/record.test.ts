import { describe, expect, it } from 'vitest';
import { OPTIONAL_FIELDS, RECORD_FIELDS, toRecord, toRecords, type QuoteRecord } from '../../src/format/record.js';
import { quote } from '../helpers/quotes.js';

// Every field of QuoteRecord is in RECORD_FIELDS or OPTIONAL_FIELDS: when the core adds a field, this
// stops compiling (npm run typecheck) until the field is given its place in the formats.
type Missing = Exclude<keyof QuoteRecord, (typeof RECORD_FIELDS)[number] | (typeof OPTIONAL_FIELDS)[number]>;
const everyFieldListed: [Missing] extends [never] ? true : Missing = true;

describe('records', () => {
  it('lists the fields in the documented order', () => {
    expect(everyFieldListed).toBe(true);
    expect(RECORD_FIELDS).toEqual([
      'file', 'index', 'text', 'start', 'end', 'line', 'column', 'kind',
      'speaker', 'role', 'mention', 'cue', 'via', 'parent', 'confidence', 'method', 'speakerType', 'gender',
    ]);
  });

  it('puts the keys in record order whatever order the quote was built in', () => {
    const shuffled = Object.fromEntries(Object.entries(quote()).reverse()) as ReturnType<typeof quote>;
    expect(Object.keys(toRecord('a.txt', shuffled))).toEqual(RECORD_FIELDS);
  });

  it('puts the fields asked for last, only where the quote has them: context', () => {
    const context = { text: '“We will win,” Marquez said.', start: 0, end: 28 };
    const shuffled = Object.fromEntries(Object.entries(quote({ context })).reverse()) as ReturnType<typeof quote>;
    expect(OPTIONAL_FIELDS).toEqual(['context']);
    expect(Object.keys(toRecord('a.txt', shuffled))).toEqual([...RECORD_FIELDS, 'context']);
    expect(toRecord('a.txt', shuffled).context).toEqual(context);
    expect('context' in toRecord('a.txt', quote())).toBe(false);
  });

  it('keeps the values of the quote and adds the file', () => {
    expect(toRecord('a.txt', quote())).toEqual({ file: 'a.txt', ...quote() });
  });

  it('gives the records of one file in the order of its quotes', () => {
    const records = toRecords({ file: 'x', encoding: 'utf-8', quotes: [quote({ index: 0 }), quote({ index: 1 })] });
    expect(records.map((r) => [r.file, r.index])).toEqual([['x', 0], ['x', 1]]);
  });
});
