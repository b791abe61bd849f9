import type { ExtractOptions, Quote } from './types.js';

/**
 * Finds the quotations in one article and names who said each.
 * (Work in progress: the pipeline is being written.)
 */
export function extractQuotes(text: string, options: ExtractOptions = {}): Quote[] {
  void text;
  void options;
  return [];
}
