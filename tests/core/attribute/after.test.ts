/**
 * Cues after the quotation (cueAfter): a name and a verb, a verb and a name, a dash, according to.
 */
import { describe, it } from 'vitest';
import { ALL, check, type Row } from '../rule-table.js';

const FERRY = '“The ferry will run until March,”';

describe('cueAfter: a name and its verb, or a verb and its name', () => {
  it.each<Row>([
    ['name, then verb: “…,” Drury said', `${FERRY} Anselm Drury said.`,
      [{ speaker: 'Anselm Drury', mention: 'Anselm Drury', cue: 'said', method: 'cue' }]],
    ['inverted: “…,” said Drury, with an appositive role', `${FERRY} said Anselm Drury, a councillor for Calder Bay.`,
      [{ speaker: 'Anselm Drury', role: 'a councillor for Calder Bay', cue: 'said', method: 'cue' }]],
    ['inverted, an adverbial after the name', `${FERRY} said Anselm Drury on Monday.`, [{ speaker: 'Anselm Drury', method: 'cue' }]],
    ['inverted, a participle after the name', `${FERRY} said Anselm Drury, adding that the winter timetable was final.`,
      [{ speaker: 'Anselm Drury', cue: 'said', method: 'cue' }]],
    ['a pronoun: “…,” he also said', `Anselm Drury runs the ferry. “It will run until March,” he also said.`,
      [{ speaker: 'Anselm Drury', mention: 'he', cue: 'said', method: 'cue' }]],
    ['a surname alone', `${FERRY} Drury insisted.`, [{ speaker: 'Drury', cue: 'insisted', method: 'cue' }]],
    ['a modifier between name and verb: later', `${FERRY} Anselm Drury later said.`, [{ speaker: 'Anselm Drury', cue: 'said', method: 'cue' }]],
    ['the verb’s object after it: told reporters', `${FERRY} Anselm Drury told reporters.`, [{ speaker: 'Anselm Drury', cue: 'told', method: 'cue' }]],
    ['a nominal: a spokesman for the authority', `${FERRY} a spokesman for the harbour authority said.`,
      [{ speaker: 'a spokesman for the harbour authority', method: 'cue' }]],
    ['two asides between name and verb', `${FERRY} Anselm Drury, the chief executive of Calder Bay Ferries, one of the two operators on the route, said.`,
      [{ speaker: 'Anselm Drury', role: 'the chief executive of Calder Bay Ferries', cue: 'said', method: 'cue' }]],
    ['after a closed sentence, a short cue sentence still counts: “….” Drury said.', '“The ferry will run until March.” Anselm Drury said.',
      [{ speaker: 'Anselm Drury', cue: 'said', method: 'cue' }]],
    ['after a closed sentence, a longer one is not its cue: “It’s time.” She also complained about …',
      'Marit Solberg chairs the council. “It’s time.” She also complained about the budget.',
      [{ speaker: null, method: 'none' }]],
    // was: cueAfter: phraseAfter (roleAfter) already ends the phrase on the comma that closes “, the auditor,”; the aside loop
    // reads that comma as the opening of another aside, finds the verb instead, and gives up, so only speechInSentence
    // finds “said” (method 'sentence')
    ['“…,” Drury, the auditor, said: a cue after one aside', `${FERRY} Anselm Drury, the auditor, said.`,
      [{ speaker: 'Anselm Drury', role: 'the auditor', cue: 'said', method: 'cue' }], ALL],
  ])('%s', check());
});

describe('cueAfter: a dash and a name', () => {
  it.each<Row>([
    ['a dash and a name: “…” — Drury', '“The ferry will run until March.” — Anselm Drury',
      [{ speaker: 'Anselm Drury', cue: '—', method: 'dash' }]],
    ['a dash, a role, a name, and words after it that do not matter',
      '“The ferry will run until March.” — Calder Bay Ferries manager Anselm Drury after Tuesday’s meeting',
      [{ speaker: 'Anselm Drury', role: 'Calder Bay Ferries manager', cue: '—', method: 'dash' }]],
    ['a horizontal bar ― as the dash', '“We are not going anywhere,” ― Marit Solberg', [{ speaker: 'Marit Solberg', cue: '―', method: 'dash' }]],
  ])('%s', check());
});

describe('cueAfter: according to', () => {
  it.each<Row>([
    ['“…,” according to an organisation', `${FERRY} according to Calder Bay Ferries.`,
      [{ speaker: 'Calder Bay Ferries', cue: 'according to', method: 'according-to' }]],
    ['“…,” according to a person, with a role after the name', `${FERRY} according to Anselm Drury, the operator’s chief executive.`,
      [{ speaker: 'Anselm Drury', role: 'the operator’s chief executive', cue: 'according to', method: 'according-to' }]],
  ])('%s', check());
});

describe('cueAfter: a quotation that is the object of a speech verb before it', () => {
  it.each<Row>([
    ['the clause after it is a new one: A says “…”, nobody believes them', 'When the ministry says “the mill will reopen”, nobody believes them.',
      [{ speaker: 'the ministry', cue: 'says' }]],
    ['a new clause with a name as its subject', 'When the ministry says “the mill will reopen”, Odile Varga laughs at them.',
      [{ speaker: 'the ministry', cue: 'says' }]],
    ['a cue that closes its clause still counts: Nothing A said “…,” B said', 'Nothing the minister said “will reopen the mill,” Odile Varga said.',
      [{ speaker: 'Odile Varga', cue: 'said', method: 'cue' }]],
    ['a participle before it takes the subject after it: Citing “…,” B told …', 'Citing “family reasons,” the mayor’s spokeswoman told reporters she would miss the vote.',
      [{ speaker: 'the mayor’s spokeswoman', method: 'cue' }]],
  ])('%s', check());
});

describe('cueAfter: joint speakers after the verb', () => {
  it.each<Row>([
    ['inverted, two names joined by and: “…,” replied A and B', '“We will not move,” replied Ines Okafor and Lars Vinter.',
      [{ speaker: 'Ines Okafor and Lars Vinter', cue: 'replied', method: 'cue' }]],
    ['inverted, two names and a relative clause after them', '“We are staying,” answered Ines Okafor and Lars Vinter, who run the bakery.',
      [{ speaker: 'Ines Okafor and Lars Vinter', cue: 'answered', method: 'cue' }]],
    ['two names before the verb: “…,” A and B said', '“It is settled,” Ines Okafor and Lars Vinter said.',
      [{ speaker: 'Ines Okafor and Lars Vinter', cue: 'said', method: 'cue' }]],
    ['a second clause is no joint speaker: “…,” said A, and B agreed', '“It is settled,” said Ines Okafor, and Lars Vinter agreed.',
      [{ speaker: 'Ines Okafor', cue: 'said', method: 'cue' }]],
  ])('%s', check());
});

describe('cueAfter: no inverted cue inside a clause, no subject after a participle', () => {
  it.each<Row>([
    ['a quotation inside a clause has no inverted cue: the “…” suggests the closure …',
      'Critics of the plan say the “temporary” suggests the closure could last for years.',
      [{ speaker: 'Critics of the plan', cue: 'say' }]],
    ['a participle after the quotation takes no subject after it: the verb later in the sentence does',
      '“Fair and reasonable,” referring to the new timetable, was how the board put it.',
      [{ speaker: 'the board', cue: 'put it', method: 'sentence' }]],
  ])('%s', check());
});
