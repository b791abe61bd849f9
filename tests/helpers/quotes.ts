import type { Quote } from '../../src/core/types.js';
import type { FileResult } from '../../src/format/record.js';

/** A hand-made quotation: `“We will win,” Marquez said.` at the start of an article, changed by `fields`. */
export function quote(fields: Partial<Quote> = {}): Quote {
  return {
    index: 0,
    text: 'We will win,',
    start: 0,
    end: 14,
    line: 1,
    column: 1,
    kind: 'direct',
    speaker: 'Elena Marquez',
    role: 'mayor',
    mention: { text: 'Marquez', start: 15, end: 22 },
    cue: { text: 'said', start: 23, end: 27 },
    via: null,
    parent: null,
    confidence: 0.9,
    method: 'cue',
    speakerType: 'person',
    gender: null,
    ...fields,
  };
}

/** The result of one file that was read. */
export function fileResult(file: string, quotes: Quote[], encoding: FileResult['encoding'] = 'utf-8'): FileResult {
  return { file, encoding, quotes };
}

/** The pieces of a formatter's `file()` as one text. */
export function joined(pieces: Iterable<string>): string {
  return [...pieces].join('');
}
