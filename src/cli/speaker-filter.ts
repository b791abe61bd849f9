import type { Quote } from '../core/types.js';
import type { Formatter } from '../format/record.js';
import { MENTION_PRONOUNS } from '../lexicon/people.js';
import { nameWords, withoutTitles } from '../format/speaker.js';
import { keepQuotes } from './filters.js';

export { nameWords };

/**
 * Whether a quotation is by the speaker `query` names (`--speaker`). It matches, without regard
 * to case or accents:
 *
 * - the canonical speaker: `--speaker "sergey lavrov"` for Sergey Lavrov;
 * - the end of it, the surname at least: `--speaker lavrov`, `--speaker "de gaulle"`;
 * - the name the article uses for this quotation (`mention`), when it is a name and not a
 *   pronoun or a description: `--speaker "Mr Lavrov"` where the article says “…,” Mr Lavrov said.
 *
 * Titles and honorifics in the query are ignored, as journalists write them: `--speaker "Mr
 * Lavrov"`, `--speaker "Gov. Landry"`, `--speaker "Dr Natarajan"`.
 *
 * A relayed quotation is its speaker's, not the relay's: Putin quoting Mark Twain is Twain's.
 */
export function matchesSpeaker(quote: Pick<Quote, 'speaker' | 'mention'>, query: string): boolean {
  const wanted = withoutTitles(nameWords(query));
  if (wanted.length === 0 || quote.speaker === null) return false;
  const names = [nameWords(quote.speaker)];
  if (quote.mention !== null && isName(quote.mention.text)) names.push(nameWords(quote.mention.text));
  return names.some((words) => endsWith(words, wanted));
}

/** A mention that names someone: it starts with a capital and is not a pronoun (`Lavrov`, not `he` or `a spokesman`). */
function isName(text: string): boolean {
  const words = nameWords(text);
  return /^\p{Lu}/u.test(text.trim()) && words.length > 0 && !(words.length === 1 && MENTION_PRONOUNS.has(words[0]!));
}


/** `words` ends with all of `tail`: ["sergey", "lavrov"] ends with ["lavrov"]. */
function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > words.length) return false;
  const offset = words.length - tail.length;
  return tail.every((word, i) => words[offset + i] === word);
}

/**
 * A formatter that sees only the quotations of the speakers `queries` name (`--speaker`, given
 * once or more), in any format. `skipFiles`: a file without any of theirs (and read without
 * error) is not passed on at all, so the table and --show print nothing for it.
 */
export function onlySpeaker(formatter: Formatter, queries: readonly string[], skipFiles = false): Formatter {
  const keep = (quote: Quote) => queries.some((query) => matchesSpeaker(quote, query));
  const kept = keepQuotes(formatter, keep);
  if (!skipFiles) return kept;
  return { ...kept, file: (result) => (result.error === undefined && !result.quotes.some(keep) ? [] : kept.file(result)) };
}
