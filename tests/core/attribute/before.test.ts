/**
 * Cues before the quotation: a speech verb (cueBefore), a name and a colon (colonBefore), a
 * possessive and a speech noun (possessiveBefore), a clause ending in a colon (clauseColon).
 */
import { describe, it } from 'vitest';
import { ALL, check, type Row } from '../rule-table.js';

describe('cueBefore: the cue before the quotation', () => {
  it.each<Row>([
    ['verb and colon: Drury said: “…”', 'Anselm Drury said: “The ferry will run until March.”',
      [{ speaker: 'Anselm Drury', cue: 'said', method: 'cue', kind: 'direct' }]],
    ['verb, object and comma: told reporters, “…”', 'Anselm Drury told reporters, “The ferry will run until March.”',
      [{ speaker: 'Anselm Drury', cue: 'told', method: 'cue' }]],
    ['said that “…”', 'Anselm Drury said that “the ferry will run until March.”',
      [{ speaker: 'Anselm Drury', cue: 'said', method: 'cue', kind: 'partial' }]],
    ['wrote on Facebook: “…”', 'Anselm Drury wrote on Facebook: “The ferry will run until March.”',
      [{ speaker: 'Anselm Drury', cue: 'wrote', method: 'cue' }]],
    ['According to X, “…”', 'According to Anselm Drury, “the ferry will run until March.”',
      [{ speaker: 'Anselm Drury', cue: 'According to', method: 'according-to' }]],
    ['According to X, a clause with a quoted fragment', 'According to the harbour authority, the timetable change reeks of “desperation.”',
      [{ speaker: 'the harbour authority', cue: 'According to', method: 'according-to', kind: 'partial' }]],
    ['words between verb and quotation: the sentence’s speaker, not an adjacent cue',
      'In a Facebook post published late on Friday, Anselm Drury said the ferry would run until “the end of March.”',
      [{ speaker: 'Anselm Drury', cue: 'said', method: 'sentence' }]],
    ['the main clause’s verb comes first: said …, have come to believe “…”',
      'Anselm Drury said a majority of the crew have come to believe “the ferry is finished.”',
      [{ speaker: 'Anselm Drury', cue: 'said', method: 'sentence' }]],
    ['the main clause’s verb comes first: said …, which passengers describe as “…”',
      'Anselm Drury said the timetable, which passengers describe as “a maze,” would be simplified.',
      [{ speaker: 'Anselm Drury', cue: 'said', method: 'sentence' }]],
    // was: cueBefore: the second word of “shot back” is not among the words allowed between verb and quotation, so the
    // cue is not adjacent (method 'sentence')
    ['shot back, before the quotation', 'Marit Solberg shot back: “The operator had ten years to fix this.”',
      [{ speaker: 'Marit Solberg', method: 'cue' }], ALL],
    // was: cueBefore: the speech verb inside the relative clause (“who had been told”) comes first and becomes the cue
    ['a speech verb inside a “who” clause is not the main one', 'The harbour master, who had been told of the vote, said the ferry was “finished.”',
      [{ speaker: 'The harbour master', cue: 'said' }], ALL],
  ])('%s', check());
});

describe('colonBefore: a name, a colon, the quotation', () => {
  it.each<Row>([
    ['Reiter: “…”', 'Tomas Reiter: “The engine has one more winter in it.”',
      [{ speaker: 'Tomas Reiter', mention: 'Tomas Reiter', cue: ':', method: 'colon' }]],
    ['REITER: “…” in capitals is a transcript line', 'REITER: “The engine has one more winter in it.”',
      [{ speaker: 'REITER', cue: ':', method: 'transcript' }]],
    ['REITER, named in full before, is that person', 'Tomas Reiter, the chief engineer, spoke first.\n\nREITER: “The engine has one more winter in it.”',
      [{ speaker: 'Tomas Reiter', mention: 'REITER', method: 'transcript' }]],
  ])('%s', check());
});

describe('possessiveBefore: a possessive with a speech noun', () => {
  it.each<Row>([
    ['Drury’s statement: “…”', 'Anselm Drury’s statement: “The ferry will run until March.”',
      [{ speaker: 'Anselm Drury', cue: 'statement', method: 'possessive' }]],
    ['Reiter’s reply was short: “…”', 'Tomas Reiter’s reply was short: “Give me one more winter.”',
      [{ speaker: 'Tomas Reiter', cue: 'reply', method: 'possessive' }]],
    ['a possessive pronoun: His words to the board …: “…”',
      'Tomas Reiter has kept the ferry going for years. His words to the board were short: “Give me one more winter.”',
      [{ speaker: 'Tomas Reiter', mention: 'His', cue: 'words', method: 'possessive' }]],
    ['a possessive pronoun for an organisation: Its statement …: “…”',
      'The quota will not change, the ministry said. Its statement ended with a line: “The quota stands until 2030.”',
      [{ speaker: 'the ministry', mention: 'Its', cue: 'statement', method: 'possessive' }]],
  ])('%s', check());
});

describe('clauseColon: a clause ending in a colon introduces what its subject says', () => {
  it.each<Row>([
    ['She then turned to the crew again: “…”', 'Marit Solberg then turned to the crew again: “You have kept this boat alive.”',
      [{ speaker: 'Marit Solberg', cue: ':', method: 'sentence', kind: 'direct' }]],
    ['the name in the aside after a noun phrase wins over the speaker before',
      '“We tried,” Ines Kollberg said. Her husband, Arne, was more blunt: “We are done with this harbour.”', [
        { speaker: 'Ines Kollberg', method: 'cue' },
        { speaker: 'Arne', role: 'Her husband', method: 'sentence' },
      ]],
    ['a noun phrase with no name after it is no cue: the speaker before goes on',
      '“We tried,” Ines Kollberg said. The mood, however, was grim: “Nobody came to the quay.”', [
        { speaker: 'Ines Kollberg', method: 'cue' },
        { speaker: 'Ines Kollberg', method: 'floating' },
      ]],
  ])('%s', check());
});
