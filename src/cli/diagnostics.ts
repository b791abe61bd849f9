/**
 * The line standard error gets for an input and what went wrong with it, as ripgrep writes it:
 *
 *     whosaid: archive/a.txt: permission denied
 *
 * The name is the one given on the command line, found in a directory, or an `--input ndjson`
 * id, so it may hold anything: its control characters are written as escapes (`\n`, `\t`,
 * `\x1b`, `\u009b`), and so is a backslash (`\\`), so that a line break in a name cannot
 * start a line of its own and an escape sequence cannot drive the terminal, and two names
 * never look alike.
 */
export function diagnostic(file: string, message: string): string {
  return `whosaid: ${escapeControls(file)}: ${escapeControls(message)}\n`;
}

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

/** `text` with its control characters (C0, DEL, C1) and backslashes written as escapes. */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\\]/g, (char) => {
    const named = NAMED[char];
    if (named !== undefined) return named;
    const code = char.charCodeAt(0);
    return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** The message of an exception that is a bug of whosaid: `internal error: <message>`. */
export function internalError(error: unknown): string {
  return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}
