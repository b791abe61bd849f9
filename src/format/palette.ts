import { Chalk, type ChalkInstance } from 'chalk';

/**
 * The colors speakers get, in the order they are handed out: the six plain ANSI colors, then
 * their bright variants, all readable on dark and light backgrounds alike.
 */
const PALETTE = [
  'cyan',
  'magenta',
  'green',
  'yellow',
  'blue',
  'red',
  'cyanBright',
  'magentaBright',
  'greenBright',
  'yellowBright',
  'blueBright',
  'redBright',
] as const;

/** A function that wraps text in a color's escape codes (or leaves it as it is, without color). */
export type Paint = (text: string) => string;

/**
 * One color per speaker for a whole run: the first speaker met gets the first color, the next a
 * new one, and a speaker met again, in this file or a later one, gets the color it had. Colors
 * are reused only past the twelfth speaker. Quotations without a speaker are dim.
 *
 * It keeps one entry per speaker name, never records.
 */
export class SpeakerColors {
  readonly #paint: ChalkInstance;
  readonly #given = new Map<string, Paint>();

  /** `color` false: every paint returns its text unchanged. */
  constructor(color: boolean) {
    this.#paint = new Chalk({ level: color ? 1 : 0 });
  }

  /** The chalk instance colors come from (for dim, bold and the like). */
  get paint(): ChalkInstance {
    return this.#paint;
  }

  /** The paint of a speaker; `null` (no speaker) is dim. */
  of(speaker: string | null): Paint {
    if (speaker === null) return this.#paint.dim;
    let paint = this.#given.get(speaker);
    if (paint === undefined) {
      paint = this.#paint[PALETTE[this.#given.size % PALETTE.length]!];
      this.#given.set(speaker, paint);
    }
    return paint;
  }
}
