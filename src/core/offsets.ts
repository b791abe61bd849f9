/**
 * From UTF-16 code units (what JavaScript strings index) to Unicode code points (what records
 * give), and to 1-based line and column.
 */
import { countBelow } from './sorted.js';

export interface Positions {
  /** code point offset of a code unit offset */
  codePoint(unit: number): number;
  /** 1-based line and column (in code points) of a code unit offset */
  lineColumn(unit: number): { line: number; column: number };
}

export function positions(text: string, lineStarts: readonly number[]): Positions {
  // offsets of the second half of each surrogate pair: each one before an offset is one code point fewer
  const lows: number[] = [];
  const pair = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
  for (let m = pair.exec(text); m; m = pair.exec(text)) lows.push(m.index + 1);
  const codePoint = (unit: number): number => (lows.length === 0 ? unit : unit - countBelow(lows, unit));
  return {
    codePoint,
    lineColumn(unit) {
      const line = countBelow(lineStarts, unit + 1);
      const lineStart = lineStarts[line - 1] ?? 0;
      return { line, column: codePoint(unit) - codePoint(lineStart) + 1 };
    },
  };
}
