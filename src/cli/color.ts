import type { ColorMode } from './options.js';

/**
 * Whether to color the table. `always` and `never` are obeyed; `auto` colors only a terminal,
 * and not when NO_COLOR is set to anything but the empty string (https://no-color.org) or
 * TERM is `dumb`. A pipe or a file is never colored under `auto`.
 */
export function useColor(
  mode: ColorMode,
  stdout: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (mode !== 'auto') return mode === 'always';
  const noColor = env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '';
  return stdout.isTTY === true && !noColor && env['TERM'] !== 'dumb';
}

/** The width to fit the table into: the terminal's, else $COLUMNS, else 80. */
export function terminalWidth(
  stdout: { isTTY?: boolean; columns?: number },
  env: Readonly<Record<string, string | undefined>>,
): number {
  if (stdout.isTTY && stdout.columns !== undefined && stdout.columns > 0) return stdout.columns;
  const columns = Number(env['COLUMNS']);
  return Number.isInteger(columns) && columns > 0 ? columns : 80;
}
