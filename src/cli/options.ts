import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { QuoteKind } from '../core/types.js';
import { MIB } from '../io/read.js';
import { QUOTE_KINDS, UNQUOTED_KINDS } from './kinds.js';

/** The output formats: a table for people, the others for programs. */
export type Format = 'table' | 'json' | 'ndjson' | 'csv';

/** When to color the table. */
export type ColorMode = 'auto' | 'always' | 'never';

/** What to print: the quotations, a summary per speaker (`--by-speaker`), or the articles themselves (`--show`). */
export type View = 'quotes' | 'by-speaker' | 'show';

/** What the inputs hold: articles as text files, or NDJSON records `{"id", "text"}`. */
export type InputFormat = 'text' | 'ndjson';

/** The command line, checked. */
export interface Options {
  /** files, directories, globs and `-`, as given (empty: read standard input, if it is not a terminal) */
  paths: string[];
  format: Format;
  /** `--all`: every kind of quotation */
  all: boolean;
  /** `--kind`: only these kinds (the extractor runs with every kind); undefined: the default kinds, or every kind with --all */
  kinds: readonly QuoteKind[] | undefined;
  /** `--min-confidence`: only records at least this sure (0–1), in every view and format */
  minConfidence: number | undefined;
  /** `--ascii-quotes`: read '' and `` as double quotation marks */
  asciiQuotes: boolean;
  /** `--indirect`, or a `--kind` of indirect or turn: also list speech without quotation marks */
  indirect: boolean;
  /** `--context`: each record with the sentence that holds its quotation (the quotation views only) */
  context: boolean;
  color: ColorMode;
  /** the per-file size limit, in bytes */
  maxBytes: number;
  bom: boolean;
  quiet: boolean;
  /** worker threads for the batch (`--jobs`); undefined: one per core */
  jobs: number | undefined;
  /** `--input`: what the paths (or standard input) hold */
  input: InputFormat;
  view: View;
  /** `--speaker`, repeatable: only the quotations of these speakers (in every view and format) */
  speaker: string[] | undefined;
}

/** The command line parsed, or the exit code when there is nothing to run (help, version, usage error: already printed). */
export type Parsed = { options: Options } | { exitCode: number };

/** Where the parser prints help, version and usage errors. */
export interface ParserOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The exit code of a usage error (commander's own is 1). */
export const USAGE_ERROR = 2;

/** The line after every usage error. */
export const HELP_HINT = "Try 'whosaid --help' for more information.\n";

const DEFAULT_MAX_MIB = 64;
/** The most worker threads `--jobs` starts: each holds a copy of the core's lexicons. */
const MOST_JOBS = 64;
/**
 * V8 strings hold at most 2^29 - 24 UTF-16 units (about 512 Mi): a larger article could not be
 * decoded into one string, so the limit stops below that.
 */
const LARGEST_MAX_MIB = 500;

const EXAMPLES = `
Examples:
  whosaid article.txt                      quotations of one article, as a table
  whosaid articles/                        every *.txt, *.text and *.md under a folder
  whosaid --csv --bom articles/ > q.csv    a folder to CSV (the BOM is for Excel)
  whosaid --ndjson 'news/**/*.txt' | jq -r 'select(.speaker) | .speaker'
                                           NDJSON into jq: who is quoted
  whosaid --json a.txt b.txt > out.json    one JSON document for the whole run
  curl -s https://example.com/a.txt | whosaid
                                           an article from standard input
  whosaid --all article.txt                scare quotes, titles, headlines too
  whosaid --kind scare --kind title a.txt  only scare quotes and titles
  whosaid --context --csv articles/ > q.csv
                                           each quotation with the sentence it stands in
  whosaid --min-confidence 0.8 --ndjson articles/
                                           only the attributions whosaid is sure of
  whosaid --indirect article.txt           reported speech and transcript turns too
  whosaid --by-speaker articles/           per-speaker summary: quotes, words, files
  whosaid --by-speaker --json articles/    the same as JSON, for scripts
  whosaid --show article.txt               the article, each quotation marked by speaker
  whosaid --show --color always a.txt | less -R
                                           the same, in color, one page at a time
  whosaid --speaker lavrov --csv articles/ > lavrov.csv
                                           one speaker's quotations (name or surname)
  whosaid --jobs 4 --ndjson corpus/ > q.ndjson
                                           four files at once: this thread and three
                                           workers (default: one job per core)
  whosaid --input ndjson --ndjson < records.ndjson
                                           {"id", "text"} records in, quote records out

Output goes to stdout; unreadable files are reported on stderr as
"whosaid: <path>: <message>" and the others are still processed.
Exit status: 0 done (even with no quotations), 1 some inputs could not be read,
2 usage error, 130/143 interrupted by SIGINT/SIGTERM.
`;

/** The `whosaid` command: its options, help and version, and errors that throw instead of exiting. */
function program(output: ParserOutput): Command {
  const formats = ['json', 'ndjson', 'csv'];
  const format = (name: string, description: string) =>
    new Option(`--${name}`, description).conflicts(formats.filter((other) => other !== name));
  return new Command('whosaid')
    .description('Find the direct quotations in news articles and name who said each.')
    .usage('[options] [paths...]')
    .argument('[paths...]', 'files, directories, globs, - for standard input (the default when it is piped)')
    .addOption(format('json', 'write one JSON document, file by file'))
    .addOption(format('ndjson', 'write one JSON quote record per line'))
    .addOption(format('csv', 'write CSV (RFC 4180) with a header row'))
    .option('--bom', 'with --csv: start with a UTF-8 byte order mark, for spreadsheet programs')
    .addOption(new Option('--all', 'also list scare quotes, titles, headline fragments and unclosed quotations').conflicts('kind'))
    .addOption(
      new Option('--kind <kind>', `list only quotations of this kind; repeat it, or give several as a,b (${QUOTE_KINDS.join(', ')})`)
        .argParser(parseKinds),
    )
    .addOption(new Option('--min-confidence <p>', 'only quotations attributed with at least this confidence, 0 to 1').argParser(parseConfidence))
    .option('--context', 'give each quotation the sentence that holds it; the table shows it under the quotation')
    .option('--ascii-quotes', "read '' and `` as double quotation marks (NYT archive text, LaTeX); by default '' is two apostrophes")
    .option('--indirect', 'also list speech without quotation marks: reported speech (X said that …) and transcript turns (PENCE: …)')
    .option('--by-speaker', 'print one line per speaker (type, role, gender, quotes, words, files) after the run')
    .addOption(
      new Option('--show', 'print the articles, each quotation colored by speaker, the name after it')
        .conflicts([...formats, 'bySpeaker']),
    )
    .addOption(new Option('--speaker <name>', 'only the quotations of this speaker (full name or surname, titles ignored; repeatable)').argParser(parseSpeaker))
    .addOption(
      new Option('--color <when>', 'when to color the table and --show (auto: on a terminal, unless NO_COLOR or TERM=dumb)')
        .choices(['auto', 'always', 'never'])
        .default('auto'),
    )
    .addOption(
      new Option('--max-size <MiB>', 'skip files larger than this many MiB')
        .argParser(parseMaxSize)
        .default(DEFAULT_MAX_MIB),
    )
    .option('-q, --quiet', 'no error lines and no progress line on stderr (the exit status still tells)')
    .addOption(new Option('--jobs <n>', 'analyse n files at once, on this thread and n-1 workers (default: one per core, workers started once the batch is big enough to pay for them)').argParser(parseJobs))
    .addOption(
      new Option('--input <format>', 'what the inputs hold: text (articles) or ndjson ({"id", "text"} records, one a line)')
        .choices(['text', 'ndjson'])
        .default('text'),
    )
    .version(readVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: output.stdout,
      writeErr: output.stderr,
      outputError: (message, write) => write(oneLine(message)),
    });
}

/**
 * Parses the arguments (without `node` and the script). Prints help or the version to stdout,
 * and a usage error to stderr as one line and a hint; never exits the process.
 */
export function parseArguments(argv: readonly string[], output: ParserOutput): Parsed {
  const command = program(output);
  try {
    command.parse([...argv], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // help and version end with exit code 0; every other stop is a usage error
    if (error.exitCode === 0) return { exitCode: 0 };
    output.stderr(HELP_HINT);
    return { exitCode: USAGE_ERROR };
  }
  const given = command.opts<{
    json?: true;
    ndjson?: true;
    csv?: true;
    bom?: true;
    all?: true;
    asciiQuotes?: true;
    indirect?: true;
    context?: true;
    color: ColorMode;
    maxSize: number;
    quiet?: true;
    jobs?: number;
    input: InputFormat;
    bySpeaker?: true;
    show?: true;
    speaker?: string[];
    kind?: QuoteKind[];
    minConfidence?: number;
  }>();
  const format: Format = given.json ? 'json' : given.ndjson ? 'ndjson' : given.csv ? 'csv' : 'table';
  if (given.bom && format !== 'csv') {
    output.stderr("whosaid: option '--bom' applies only to --csv\n" + HELP_HINT);
    return { exitCode: USAGE_ERROR };
  }
  return {
    options: {
      paths: command.args,
      format,
      all: given.all ?? false,
      kinds: given.kind,
      minConfidence: given.minConfidence,
      asciiQuotes: given.asciiQuotes ?? false,
      indirect: !!given.indirect || !!given.kind?.some((kind) => UNQUOTED_KINDS.includes(kind)),
      context: given.context ?? false,
      color: given.color,
      maxBytes: Math.ceil(given.maxSize * MIB),
      bom: given.bom ?? false,
      quiet: given.quiet ?? false,
      jobs: given.jobs,
      input: given.input,
      view: given.show ? 'show' : given.bySpeaker ? 'by-speaker' : 'quotes',
      speaker: given.speaker,
    },
  };
}

/**
 * A commander error as one line of ours:
 * "error: unknown option '--jsn'\n(Did you mean --json?)\n" → "whosaid: unknown option '--jsn' (did you mean --json?)\n"
 */
function oneLine(message: string): string {
  const text = message.trim().replace(/^error: /, '').replace(/\s*\n\(Did you mean (.*)\)$/, ' (did you mean $1)');
  return `whosaid: ${text.replace(/\s*\n\s*/g, ' ')}\n`;
}

/** `--max-size 16`, `--max-size 0.5`: a number of MiB, more than 0 and at most LARGEST_MAX_MIB. */
function parseMaxSize(value: string): number {
  const mib = /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (!(mib > 0 && mib <= LARGEST_MAX_MIB)) {
    throw new InvalidArgumentError(`It must be a number of MiB above 0 and at most ${LARGEST_MAX_MIB}.`);
  }
  return mib;
}

/** `--speaker lavrov`: a name, not blank, added to those of earlier `--speaker`s. */
function parseSpeaker(value: string, previous: string[] | undefined): string[] {
  if (value.trim() === '') throw new InvalidArgumentError('It must name someone.');
  return [...(previous ?? []), value];
}

/** `--kind scare`, `--kind scare,title`: kinds of quotation, added to those of earlier `--kind`s. */
function parseKinds(value: string, previous: QuoteKind[] | undefined): QuoteKind[] {
  const kinds = [...(previous ?? [])];
  for (const kind of value.split(',').map((k) => k.trim())) {
    if (!(QUOTE_KINDS as readonly string[]).includes(kind)) throw new InvalidArgumentError(`It must be one of ${QUOTE_KINDS.join(', ')}.`);
    if (!kinds.includes(kind as QuoteKind)) kinds.push(kind as QuoteKind);
  }
  return kinds;
}

/** `--min-confidence 0.8`: a number from 0 to 1. */
function parseConfidence(value: string): number {
  const p = /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : NaN;
  if (!(p >= 0 && p <= 1)) throw new InvalidArgumentError('It must be a number from 0 to 1.');
  return p;
}

/** `--jobs 4`: a whole number of worker threads, from 1 to MOST_JOBS. */
function parseJobs(value: string): number {
  const jobs = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!(jobs >= 1 && jobs <= MOST_JOBS)) throw new InvalidArgumentError(`It must be a whole number from 1 to ${MOST_JOBS}.`);
  return jobs;
}

/** The version in package.json (two folders up from src/cli and from dist/cli alike). */
function readVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
