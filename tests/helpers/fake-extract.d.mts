import type { Quote } from '../../src/core/types.js';

export function extractQuotes(text: string): Quote[];
export function fakeRecords(text: string): Quote[];
