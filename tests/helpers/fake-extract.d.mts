import type { Quote } from '../../src/core/types.js';

export function extractQuotes(text: string, options?: { all?: boolean }): Quote[];
export function fakeRecords(text: string, options?: { all?: boolean }): Quote[];
