import type { ExtractOptions } from '../core/types.js';
import { analyze, type AnalyzeOptions } from './analyze.js';
import type { Jobs } from './jobs.js';

/**
 * How `--show` runs the batch: `analyze` on this thread, the decoded article kept in the
 * result (`text`) for the view to print. Articles shown are read by people, a few at a time,
 * so no worker threads.
 */
export function keepingText(options: ExtractOptions, how: AnalyzeOptions = {}): Jobs {
  return { work: (input) => analyze(input, options, { ...how, keepText: true }), concurrency: 1, close: async () => undefined };
}
