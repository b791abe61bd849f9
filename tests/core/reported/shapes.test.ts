/**
 * Speech without quotation marks (with `indirect`): one row per shape of reported speech and of
 * transcript turns. `text` is the reported content as it stands; a quotation in the sentence
 * keeps its own record beside it.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/index.js';
import { check, type Row } from '../rule-table.js';

const INDIRECT = { indirect: true };

const SHAPES: Row[] = [
  ['X said that …', 'Mayor Elena Marquez said that the bridge would open in May.',
    [{ kind: 'indirect', text: 'the bridge would open in May', speaker: 'Elena Marquez', cue: 'said', method: 'cue' }]],
  ['X said … (no that)', 'Mayor Elena Marquez said the bridge would open in May.',
    [{ kind: 'indirect', text: 'the bridge would open in May', speaker: 'Elena Marquez', cue: 'said', method: 'cue' }]],
  ['X said on Tuesday that …', 'Elena Marquez said on Tuesday in a statement that the bridge would open in May.',
    [{ kind: 'indirect', text: 'the bridge would open in May', speaker: 'Elena Marquez', cue: 'said' }]],
  ['X told reporters (that) …', 'Elena Marquez told reporters the bridge would open in May.',
    [{ kind: 'indirect', text: 'the bridge would open in May', speaker: 'Elena Marquez', cue: 'told' }]],
  ['X told the council that …', 'Elena Marquez told the council that the bridge would open in May.',
    [{ kind: 'indirect', text: 'the bridge would open in May', speaker: 'Elena Marquez', cue: 'told' }]],
  ['…, X said.', 'The bridge would open in May, Elena Marquez said.',
    [{ kind: 'indirect', text: 'The bridge would open in May', speaker: 'Elena Marquez', cue: 'said' }]],
  ['…, X said on Monday.', 'The bridge would open in May, Elena Marquez said on Monday.',
    [{ kind: 'indirect', text: 'The bridge would open in May', speaker: 'Elena Marquez', cue: 'said' }]],
  ['…, said X.', 'The bridge would open in May, said Elena Marquez.',
    [{ kind: 'indirect', text: 'The bridge would open in May', speaker: 'Elena Marquez', cue: 'said' }]],
  ['according to X, …', 'According to the harbour authority, the bridge would open in May.',
    [{ kind: 'indirect', text: 'the bridge would open in May', speaker: 'the harbour authority', cue: 'According to', method: 'according-to' }]],
  ['…, according to X.', 'The bridge would open in May, according to Elena Marquez.',
    [{ kind: 'indirect', text: 'The bridge would open in May', speaker: 'Elena Marquez', method: 'according-to' }]],
  ['X argued that …', 'Councillor Tomas Reyes argued that the bridge was too expensive.',
    [{ kind: 'indirect', text: 'the bridge was too expensive', speaker: 'Tomas Reyes', cue: 'argued' }]],
  ['X warned that …', 'Tomas Reyes warned that the bridge would cost twice the estimate.',
    [{ kind: 'indirect', text: 'the bridge would cost twice the estimate', speaker: 'Tomas Reyes', cue: 'warned' }]],
  ['X denied that …', 'Tomas Reyes denied that he had voted against the bridge.',
    [{ kind: 'indirect', text: 'he had voted against the bridge', speaker: 'Tomas Reyes', cue: 'denied' }]],
  ['X claimed that …', 'Tomas Reyes claimed that the builders had missed every deadline.',
    [{ kind: 'indirect', text: 'the builders had missed every deadline', speaker: 'Tomas Reyes', cue: 'claimed' }]],
  ['X insisted that …', 'Tomas Reyes insisted that the council had been misled.',
    [{ kind: 'indirect', text: 'the council had been misled', speaker: 'Tomas Reyes', cue: 'insisted' }]],
  ['X added that …', 'Tomas Reyes added that the vote should be held again.',
    [{ kind: 'indirect', text: 'the vote should be held again', speaker: 'Tomas Reyes', cue: 'added' }]],
  ['X noted that …', 'Tomas Reyes noted that the last bridge had taken nine years.',
    [{ kind: 'indirect', text: 'the last bridge had taken nine years', speaker: 'Tomas Reyes', cue: 'noted' }]],
  ['X announced that …', 'The harbour authority announced that the bridge would close for repairs.',
    [{ kind: 'indirect', text: 'the bridge would close for repairs', speaker: 'The harbour authority', cue: 'announced' }]],
  ['X said it would …', 'The harbour authority said it would close the bridge for repairs.',
    [{ kind: 'indirect', text: 'it would close the bridge for repairs', speaker: 'The harbour authority' }]],
  ['…, adding that …: two statements', 'Tomas Reyes said the bridge was too expensive, adding that the council had been misled.', [
    { kind: 'indirect', text: 'the bridge was too expensive', speaker: 'Tomas Reyes', cue: 'said' },
    { kind: 'indirect', text: 'the council had been misled', speaker: 'Tomas Reyes', cue: 'adding' },
  ]],
  ['he said that … after the name', 'Tomas Reyes voted against the bridge. He said that the council had been misled.',
    [{ kind: 'indirect', text: 'the council had been misled', speaker: 'Tomas Reyes', mention: 'He' }]],
  ['she told reporters … after the name', 'Elena Marquez opened the bridge on Sunday. She told reporters it had been worth the wait.',
    [{ kind: 'indirect', text: 'it had been worth the wait', speaker: 'Elena Marquez', mention: 'She' }]],
  ['a description as the speaker', 'A spokesman for the harbour authority said the bridge would reopen on Friday.',
    [{ kind: 'indirect', text: 'the bridge would reopen on Friday', speaker: 'A spokesman for the harbour authority' }]],
  ['a mixed sentence: the quotation keeps its record, the content gets one', 'Tomas Reyes said that the plan was “a disaster” for the town.', [
    { kind: 'indirect', text: 'the plan was “a disaster” for the town', speaker: 'Tomas Reyes' },
    { kind: 'partial', text: 'a disaster', speaker: 'Tomas Reyes' },
  ]],
  ['reported content ends where a quotation after a semicolon starts', 'Tomas Reyes said the bridge had failed; “we warned them for years.”', [
    { kind: 'indirect', text: 'the bridge had failed', speaker: 'Tomas Reyes' },
    { kind: 'partial', text: 'we warned them for years.', speaker: 'Tomas Reyes' },
  ]],
  ['a direct quotation is no reported speech', '“The bridge will open in May,” Elena Marquez said.',
    [{ kind: 'direct', text: 'The bridge will open in May,', speaker: 'Elena Marquez' }]],
  ['a quotation after the cue is no reported speech', 'Elena Marquez said: “The bridge will open in May.”',
    [{ kind: 'direct', text: 'The bridge will open in May.', speaker: 'Elena Marquez' }]],
  ['a passive names the one spoken to', 'Elena Marquez was asked by reporters about the delays at the bridge on Monday.', []],
  ['a verb whose object is no statement', 'Elena Marquez thanked the builders who had finished the bridge early.', []],
];

const TURNS: Row[] = [
  ['NAME: turns up to the next turn', 'Debate on the bridge, with Elena Marquez and Tomas Reyes.\n\nMARQUEZ: The bridge will open in May.\n\nIt is paid for.\n\nREYES: It will not.\n', [
    { kind: 'turn', text: 'The bridge will open in May.\n\nIt is paid for.', speaker: 'Elena Marquez', method: 'transcript' },
    { kind: 'turn', text: 'It will not.', speaker: 'Tomas Reyes', method: 'transcript' },
  ]],
  ['Q: the interviewer the article names, A: the interviewee', 'Elena Marquez became mayor in May. Staff reporter Ian Moss spoke to her.\n\nQ: Why now?\n\nA: Because nobody else would.\n', [
    { kind: 'turn', text: 'Why now?', speaker: 'Ian Moss' },
    { kind: 'turn', text: 'Because nobody else would.', speaker: 'Elena Marquez' },
  ]],
  ['Q: with no interviewer named', 'Elena Marquez became mayor in May.\n\nQ: Why now?\n\nA: Because nobody else would.\n', [
    { kind: 'turn', text: 'Why now?', speaker: null, method: 'none' },
    { kind: 'turn', text: 'Because nobody else would.', speaker: 'Elena Marquez' },
  ]],
  ['one label alone is no transcript', 'UPDATE: The bridge opened on Sunday after nine years of work.\n', []],
  ['labels that are nobody', 'CORRECTION: An earlier version misspelt a name.\n\nNOTE: The vote is on Monday.\n', []],
];

describe('reported speech, with indirect', () => {
  it.each(SHAPES)('%s', check(INDIRECT));
});

describe('transcript turns, with indirect', () => {
  it.each(TURNS)('%s', check(INDIRECT));
});

describe('without indirect', () => {
  it.each([...SHAPES, ...TURNS])('lists no speech without quotation marks: %s', (_name, text) => {
    expect(extractQuotes(text).filter((q) => q.kind === 'indirect' || q.kind === 'turn')).toEqual([]);
  });
});

describe('records with indirect', () => {
  it('are numbered among the quotations in order of position, parents renumbered', () => {
    const text = 'Elena Marquez said the bridge was late. “We told them ‘we will not wait for the bridge’ in writing,” she said.';
    expect(extractQuotes(text).map((q) => [q.index, q.kind, q.parent])).toEqual([[0, 'direct', null], [1, 'direct', 0]]);
    expect(extractQuotes(text, INDIRECT).map((q) => [q.index, q.kind, q.parent])).toEqual([[0, 'indirect', null], [1, 'direct', null], [2, 'direct', 1]]);
  });

  it('hold their content between their offsets, exactly', () => {
    const text = 'Über den Fluss 🌉: Elena Marquez said the bridge was late.\n\nMARQUEZ: It opens in May.\n\nREYES: It will not.\n';
    const records = extractQuotes(text, INDIRECT);
    expect(records.map((q) => q.kind)).toEqual(['indirect', 'turn', 'turn']);
    for (const q of records) expect(Array.from(text).slice(q.start, q.end).join('')).toBe(q.text);
  });
});
