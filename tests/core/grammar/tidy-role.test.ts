/**
 * tidyRole: a role as the per-speaker summary states it, no clause, no finite verb.
 */
import { describe, expect, it } from 'vitest';
import { tidyRole } from '../../../src/core/grammar/roles.js';

describe('tidyRole', () => {
  it.each<[string | null, string | null]>([
    ['the harbour master', 'the harbour master'],
    ['the former ferry captain who retired in June', 'the former ferry captain'],
    ['the auditor, who found the gap', 'the auditor'],
    ['Harbour Gazette reporter Ann Lee conflated board chair', 'board chair'],
    ['telegraphed the coming change of course', null],
    ['later joined by the mayor and others', null],
    ['made a dent in the budget', null],
    ['endorsement of Sen.', null],
    ['council leader.', 'council leader'],
    ['Sen.', 'Sen.'],
    ['chair of the harbour board', 'chair of the harbour board'],
    ['retired general', 'retired general'],
    ['Mr.', null],
    [null, null],
  ])('%j → %j', (role, want) => {
    expect(tidyRole(role)).toBe(want);
  });
});
