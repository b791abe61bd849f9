import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/types.js';
import { quoteMarks } from '../../src/format/marks.js';
import { createTableFormatter } from '../../src/format/table.js';
import { quote } from '../helpers/quotes.js';

/** The quotation over [start, end) of `text`, in code points, as number `index` of its file. */
function at(text: string, start: number, end: number, index = 0, kind: Quote['kind'] = 'direct'): Quote {
  return quote({ index, kind, start, end, text: Array.from(text).slice(start + 1, end - 1).join('') });
}

describe('quoteMarks', () => {
  it.each([
    ['curly doubles', '“Yes,” she said.', [[0, 6]], false, [['“', '”']]],
    ['single marks', 'She said ‘no’ twice.', [[9, 13]], false, [['‘', '’']]],
    ['guillemets', '«Oui», dit-elle.', [[0, 5]], false, [['«', '»']]],
    ['German low-high', '„Ja“, sagte sie.', [[0, 4]], false, [['„', '“']]],
    ['an inner quotation, with its own marks', '“He said ‘wait’ then,” she said.', [[0, 22], [9, 15]], false, [['“', '”'], ['‘', '’']]],
    ['after an emoji (code points, not UTF-16 units)', '🌉 “Open,” he said.', [[2, 9]], false, [['“', '”']]],
    ['ASCII doubles with --ascii-quotes', "``Fine,'' he said.", [[0, 9]], true, [['``', "''"]]],
    ['a straight double without --ascii-quotes', '"Fine," he said.', [[0, 7]], false, [['"', '"']]],
  ] as const)('%s', (_name, text, spans, ascii, expected) => {
    const quotes = spans.map(([start, end], index) => at(text, start, end, index));
    expect(quoteMarks(text, quotes, ascii)).toEqual(expected);
  });

  it('gives an unclosed quotation no closing mark', () => {
    const text = '“And then the rain came.\n\nNext paragraph.';
    expect(quoteMarks(text, [at(text, 0, 24, 0, 'unclosed')])).toEqual([['“', '']]);
  });

  it('keeps the marks by index, so that a filtered file still finds them', () => {
    const text = '“One,” ‘two,’ «three»';
    const quotes = [at(text, 0, 6, 0), at(text, 7, 13, 1), at(text, 14, 21, 2)];
    const marks = quoteMarks(text, quotes);
    const formatter = createTableFormatter({ width: 60, color: false });
    const out = formatter.file({ file: 'a.txt', encoding: 'utf-8', quotes: [quotes[2]!, quotes[1]!], marks });
    const shown = [...out].join('');
    expect(shown).toContain('«three»');
    expect(shown).toContain('‘two,’');
    expect(shown).not.toContain('“');
  });
});
