import { closeSync, fstatSync, openSync } from 'node:fs';
import { WriteStream } from 'node:tty';
import type { ColorMode } from './options.js';

/**
 * Whether to color the table and `--show`. `always` and `never` are obeyed. Under `auto`,
 * FORCE_COLOR decides when it is set, as for chalk and Node: `0` or `false` turns color off,
 * `1`, `2`, `3`, `true` or empty turns it on, into a pipe or a file too, as `--color always`
 * (other values are ignored). Otherwise `auto` colors only a terminal, and not when NO_COLOR is
 * set to anything but the empty string (https://no-color.org) or TERM is `dumb`.
 */
export function useColor(
  mode: ColorMode,
  stdout: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (mode !== 'auto') return mode === 'always';
  const forced = forceColor(env['FORCE_COLOR']);
  if (forced !== undefined) return forced;
  const noColor = env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '';
  return stdout.isTTY === true && !noColor && env['TERM'] !== 'dumb';
}

/** FORCE_COLOR as chalk (supports-color) reads it: on, off, or undefined when unset or not a level. */
function forceColor(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === '' || value === 'true') return true;
  if (value === 'false') return false;
  const level = /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isNaN(level) ? undefined : level > 0;
}

/** What `terminalWidth` needs of an output stream: process.stdout and process.stderr have it all. */
export interface Sized {
  isTTY?: boolean;
  columns?: number;
  /** the file descriptor, to tell a pipe from a file */
  fd?: number;
}

/**
 * The width to fit the table and `--show` into: the terminal's, when stdout is one; else
 * $COLUMNS; else, when stdout is a pipe (`whosaid a.txt | less`), the width of the terminal
 * the pipe is read on: standard error's, or that of the process's terminal (/dev/tty);
 * else 80 (a file, or no terminal at all).
 */
export function terminalWidth(
  stdout: Sized,
  env: Readonly<Record<string, string | undefined>>,
  stderr: Sized = {},
  ttyColumns: () => number | undefined = controllingTerminalColumns,
): number {
  if (stdout.isTTY && stdout.columns !== undefined && stdout.columns > 0) return stdout.columns;
  const columns = Number(env['COLUMNS']);
  if (Number.isInteger(columns) && columns > 0) return columns;
  if (isPipe(stdout)) {
    if (stderr.isTTY && stderr.columns !== undefined && stderr.columns > 0) return stderr.columns;
    const tty = ttyColumns();
    if (tty !== undefined && tty > 0) return tty;
  }
  return 80;
}

/** Whether a stream writes to a pipe or a socket (another process reads it), not a file or a terminal. */
function isPipe(stream: Sized): boolean {
  if (stream.isTTY || typeof stream.fd !== 'number') return false;
  try {
    const stats = fstatSync(stream.fd);
    return stats.isFIFO() || stats.isSocket();
  } catch {
    return false;
  }
}

/** The columns of the process's terminal (/dev/tty), if it has one. */
function controllingTerminalColumns(): number | undefined {
  let fd: number;
  try {
    fd = openSync('/dev/tty', 'r+');
  } catch {
    return undefined;
  }
  try {
    const stream = new WriteStream(fd);
    const { columns } = stream;
    stream.destroy();
    return columns;
  } catch {
    closeSync(fd);
    return undefined;
  }
}
