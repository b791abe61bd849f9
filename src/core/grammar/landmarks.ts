/**
 * Where a run of tokens has the commas the clause rules look for, found once for the run and
 * then looked up, not scanned for again before each quotation (a sentence can hold thousands):
 *
 *     The harbour master, who had been told, said “…”      a relative clause: “, who”
 *     Reiter calls for calm, and Solberg said “…”           clauses joined: “, and”
 */
import type { Token } from '../read/tokens.js';

export interface Landmarks {
  /** token indices of every comma, in order */
  commas: number[];
  /** of the commas, those before “who” or “which” */
  relatives: number[];
  /** of the commas, those before “and”, “but”, “while” or “whereas” */
  joins: number[];
}

const found = new WeakMap<readonly Token[], Landmarks>();

/** The landmarks of `tokens` (a block's, or a quotation's inside), found the first time they are asked. */
export function landmarks(tokens: readonly Token[]): Landmarks {
  let known = found.get(tokens);
  if (known) return known;
  known = { commas: [], relatives: [], joins: [] };
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.text !== ',') continue;
    known.commas.push(k);
    const next = tokens[k + 1]?.lower ?? '';
    if (/^(?:who|which)$/.test(next)) known.relatives.push(k);
    if (/^(?:and|but|while|whereas)$/.test(next)) known.joins.push(k);
  }
  found.set(tokens, known);
  return known;
}
