import { Writable } from 'node:stream';

/** A stream that writes to a fake terminal (as a TTY of its width), or past it (a pipe); `text()` is all written to it. */
export type TerminalStream = Writable & { isTTY: boolean; columns?: number; text: () => string };

/**
 * A terminal for tests: the lines on screen and a cursor, driven by what is written to it,
 * as a terminal shows it. It knows what whosaid writes: text, `\n`, `\r` (back to the start of
 * the line, which later text overwrites), `ESC[K` (erase to the end of the line); color codes
 * (`ESC[…m`) are dropped. Lines longer than the width are not wrapped: tests check widths.
 *
 * `stream()` gives one of its streams (stdout and stderr of one terminal share the screen),
 * or one that is not a TTY (`tty: false`: a pipe, whose text the terminal never sees).
 */
export class FakeTerminal {
  readonly columns: number;
  readonly lines: string[] = [''];
  #column = 0;
  /** the screen after each write, for tests of what was on it when */
  readonly history: string[] = [];

  constructor(columns: number) {
    this.columns = columns;
  }

  /** The screen as text: its lines joined by `\n`. */
  get screen(): string {
    return this.lines.join('\n');
  }

  /** The line the cursor is on. */
  get currentLine(): string {
    return this.lines[this.lines.length - 1]!;
  }

  write(text: string): void {
    for (const part of text.split(/(\r|\n|\u001b\[[0-9;]*[A-Za-z])/)) {
      if (part === '') continue;
      if (part === '\n') {
        this.lines.push('');
        this.#column = 0;
      } else if (part === '\r') this.#column = 0;
      else if (part === '\u001b[K') this.#setLine(this.currentLine.slice(0, this.#column));
      else if (part.startsWith('\u001b[')) continue;
      else {
        const line = this.currentLine;
        this.#setLine(line.slice(0, this.#column) + part + line.slice(this.#column + part.length));
        this.#column += part.length;
      }
    }
    this.history.push(this.screen);
  }

  stream(tty = true): TerminalStream {
    let written = '';
    const stream = new Writable({
      write: (chunk: Buffer, _encoding, callback) => {
        written += chunk.toString('utf8');
        if (tty) this.write(chunk.toString('utf8'));
        callback();
      },
    });
    return Object.assign(stream, tty ? { isTTY: true, columns: this.columns } : { isTTY: false }, { text: () => written });
  }

  #setLine(line: string): void {
    this.lines[this.lines.length - 1] = line;
  }
}
