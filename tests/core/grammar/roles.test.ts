/**
 * Roles: the words before a name (roleBefore), the appositive after it (roleAfter), and a role
 * around a name in an aside (phraseWithAppositives).
 */
import { describe, it } from 'vitest';
import { ALL, check, type Row } from '../rule-table.js';

const QUOTA = '“The quota is not up for discussion,”';

describe('roleBefore, roleAfter: roles before the name, after it, around it', () => {
  it.each<Row>([
    ['role words before the name, before the verb', 'Norwegian fisheries minister Halvard Lund said the quota was “not up for discussion.”',
      [{ speaker: 'Halvard Lund', role: 'Norwegian fisheries minister', mention: 'Halvard Lund' }]],
    ['role words before the name, after the verb', `${QUOTA} said Norwegian fisheries minister Halvard Lund.`,
      [{ speaker: 'Halvard Lund', role: 'Norwegian fisheries minister', mention: 'Halvard Lund' }]],
    ['a title with “of”: Secretary of State', 'Secretary of State Oona Halloran said the treaty was “not up for discussion.”',
      [{ speaker: 'Oona Halloran', role: 'Secretary of State' }]],
    ['an owner’s role: Northwind’s chief executive', 'Northwind’s chief executive Priya Venkatesan said the turbines were “here to stay.”',
      [{ speaker: 'Priya Venkatesan', role: 'Northwind’s chief executive' }]],
    ['a personal honorific is no role: Marine biologist Dr.', 'Marine biologist Dr. Ilse Varga said the quota was “not sustainable.”',
      [{ speaker: 'Ilse Varga', role: 'Marine biologist' }]],
    ['a few plain words as the role: said coxswain …', `${QUOTA} said coxswain Edda Brun.`, [{ speaker: 'Edda Brun', role: 'coxswain' }]],
    ['a few plain words as the role: said longtime harbour activist …', `${QUOTA} said longtime harbour activist Edda Brun.`,
      [{ speaker: 'Edda Brun', role: 'longtime harbour activist' }]],
    ['a speech word in its base form can qualify a role: Talk radio host …', 'Talk radio host Edda Brun said the harbour was “safe.”',
      [{ speaker: 'Edda Brun', role: 'Talk radio host' }]],
    ['a capitalised role the lexicon knows as a verb: Volunteer Coordinator', '“The harbour is safe,” said Volunteer Coordinator Edda Brun.',
      [{ speaker: 'Edda Brun', role: 'Volunteer Coordinator' }]],
    ['a number in the role: said 2019 regatta winner …', '“The harbour is safe,” said 2019 regatta winner Edda Brun.',
      [{ speaker: 'Edda Brun', role: '2019 regatta winner' }]],
    ['an appositive after the name, after the verb', `${QUOTA} said Halvard Lund, the fisheries minister.`,
      [{ speaker: 'Halvard Lund', role: 'the fisheries minister', mention: 'Halvard Lund' }]],
    ['an appositive after the name, before the verb', `${QUOTA} Halvard Lund, the fisheries minister, said.`,
      [{ speaker: 'Halvard Lund', role: 'the fisheries minister' }]],
    ['an appositive owned by someone: Lund’s lawyer', `${QUOTA} said Ivo Brandt, Lund’s lawyer.`, [{ speaker: 'Ivo Brandt', role: 'Lund’s lawyer' }]],
    ['role words, then what they are of: operations director at …', '“The turbines are here to stay,” said Ivo Brandt, operations director at Northwind Energy.',
      [{ speaker: 'Ivo Brandt', role: 'operations director at Northwind Energy' }]],
    ['the role first, the name in the aside: The fisheries minister, Halvard Lund, said',
      'The fisheries minister, Halvard Lund, said the quota was “not up for discussion.”',
      [{ speaker: 'Halvard Lund', role: 'The fisheries minister', mention: 'Halvard Lund' }]],
    ['a nominal with a name in apposition, after the verb: the name speaks', '“The ferry was a money pit,” said her predecessor, Walter Brande.',
      [{ speaker: 'Walter Brande', role: 'her predecessor', mention: 'Walter Brande', method: 'cue' }]],
    ['the same with an article: said the fisheries minister, Halvard Lund', `${QUOTA} said the fisheries minister, Halvard Lund.`,
      [{ speaker: 'Halvard Lund', mention: 'Halvard Lund', method: 'cue' }]],
    ['a chain of appositives: the nearest role wins', 'Halvard Lund, the fisheries minister, a former trawler captain, said the quota was “not up for discussion.”',
      [{ speaker: 'Halvard Lund', role: 'the fisheries minister' }]],
    ['a party tag in brackets and a “who” clause, skipped', 'Sen. Rhoda Quist (D-Maine), who chairs the oceans panel, said the quota was “not up for discussion.”',
      [{ speaker: 'Rhoda Quist', mention: 'Rhoda Quist', cue: 'said' }]],
    ['a party tag after the verb', `${QUOTA} said Rep. Rhoda Quist (D-Maine).`, [{ speaker: 'Rhoda Quist', mention: 'Rhoda Quist', method: 'cue' }]],
    ['a “who” clause is no role', 'Halvard Lund, who spent twenty years at sea, said the quota was “not up for discussion.”',
      [{ speaker: 'Halvard Lund', role: null }]],
    ['an aside that opens with a preposition is no role', 'Halvard Lund, at a later meeting, said the quota was “not up for discussion.”',
      [{ speaker: 'Halvard Lund', role: null, cue: 'said' }]],
    ['the poet Agnes Thorne: a role after an article', 'Marit Solberg quoted the poet Agnes Thorne, saying “the sea keeps what it is given.”',
      [{ speaker: 'Agnes Thorne', role: 'poet' }]],
    // was: phraseAfter/roleBefore: after the verb, the role stops at the speech word “talk”, though the comment promises
    // “talk radio host Rush Limbaugh”; before the name, at a sentence start, the same role is whole
    ['a speech word in its base form can qualify a role, after the verb: said talk radio host …', '“The harbour is safe,” said talk radio host Edda Brun.',
      [{ speaker: 'Edda Brun', role: 'talk radio host' }], ALL],
    // was: roleBefore/isTitleWord: “then” is a title word (for then-Senator …), so a sentence-initial “Then” becomes the role
    ['a sentence-initial “Then” is no role', 'Then Mrs. Kim Ostrova stood up. “We were not listened to,” she said.',
      [{ speaker: 'Kim Ostrova', role: null }], ALL],
  ])('%s', check());
});

describe('personInName: the person inside name words that hold an occupation or an affiliation', () => {
  it.each<Row>([
    ['an occupation before a first name is the role', 'Trawlerman Tomas Reiter said the quota was “a death sentence.”',
      [{ mention: 'Tomas Reiter', role: 'Trawlerman' }]],
    ['an occupation after the verb', '“We deserved it,” said Goalkeeper Arne Solberg.', [{ mention: 'Arne Solberg', role: 'Goalkeeper' }]],
    ['an affiliation after “of” is no part of the name', '“Prices will rise,” said Analyst Ines Kollberg of Vellmoor Capital.',
      [{ speaker: 'Ines Kollberg', mention: 'Ines Kollberg', role: 'Analyst' }]],
    ['before the verb, “of” and a place', 'Marit Solberg of Port Aldane said the ferry was “finished.”',
      [{ speaker: 'Marit Solberg', role: 'of Port Aldane' }]],
    ['not: an organisation named with “of”', 'The Bank of Vellmoor said rates would “stay low.”', [{ speaker: 'the Bank of Vellmoor' }]],
    ['not: a surname that is also a word', '“We won,” said Tomas Walker.', [{ speaker: 'Tomas Walker', mention: 'Tomas Walker' }]],
  ])('%s', check());
});
