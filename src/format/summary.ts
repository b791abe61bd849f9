import type { FileResult } from './record.js';
import { count } from './speaker.js';

/**
 * What a run of the table found, for its closing line: counters and the set of speaker names,
 * never records.
 */
export class RunTally {
  /** inputs read (those that could not be read are reported on stderr, not counted) */
  files = 0;
  quotes = 0;
  /** of them, statements without quotation marks (--indirect): reported speech and transcript turns */
  reported = 0;
  unattributed = 0;
  readonly #speakers = new Set<string>();

  /** Counts one finished input. */
  add(result: FileResult): void {
    if (result.error !== undefined) return;
    this.files++;
    for (const quote of result.quotes) {
      this.quotes++;
      if (quote.kind === 'indirect' || quote.kind === 'turn') this.reported++;
      if (quote.speaker === null) this.unattributed++;
      else this.#speakers.add(quote.speaker);
    }
  }

  get speakers(): number {
    return this.#speakers.size;
  }
}

/**
 * The closing line of the table: what the run found, in words.
 *
 *     11 quotes from 6 speakers in 1 file (1 unattributed)
 *     1 quote from 1 speaker in 3 files
 *     no quotes in 2 files
 *     4 quotes from 2 speakers in 2 files (interrupted)
 *     3 quotes and 5 reported statements from 2 speakers in 1 file     (--indirect)
 *
 * Empty when no input could be read: stderr has said why.
 */
export function closingLine(tally: RunTally, interrupted = false): string {
  if (tally.files === 0 && !interrupted) return '';
  const found =
    tally.quotes === 0
      ? `no quotes in ${count(tally.files, 'file')}`
      : `${tally.reported === 0 ? count(tally.quotes, 'quote') : tally.reported === tally.quotes ? count(tally.reported, 'reported statement')
        : `${count(tally.quotes - tally.reported, 'quote')} and ${count(tally.reported, 'reported statement')}`} from ${count(tally.speakers, 'speaker')} in ${count(tally.files, 'file')}`;
  const notes = [
    ...(tally.unattributed > 0 ? [`${tally.unattributed} unattributed`] : []),
    ...(interrupted ? ['interrupted'] : []),
  ];
  return notes.length === 0 ? found : `${found} (${notes.join(', ')})`;
}
