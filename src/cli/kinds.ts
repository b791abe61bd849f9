import type { QuoteKind } from '../core/types.js';

/**
 * Every kind of quotation the core gives, for `--kind`: the kinds it lists by default first.
 * A kind the core adds to `QuoteKind` must be added here: the check below fails to compile
 * until it is.
 */
export const QUOTE_KINDS = ['direct', 'partial', 'scare', 'title', 'headline', 'unclosed', 'indirect', 'turn'] as const satisfies readonly QuoteKind[];

/** Speech without quotation marks, listed only with --indirect (or a --kind of them): reported speech and transcript turns. */
export const UNQUOTED_KINDS: readonly QuoteKind[] = ['indirect', 'turn'];

/** The kinds listed when none is asked for: speech, whole or in fragments (as the core lists them). */
export const DEFAULT_KINDS: readonly QuoteKind[] = ['direct', 'partial'];

// every QuoteKind is in QUOTE_KINDS (this fails to compile otherwise)
const complete: [Exclude<QuoteKind, (typeof QUOTE_KINDS)[number]>] extends [never] ? true : never = true;
void complete;
