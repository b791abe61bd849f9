/**
 * The phrase that names a speaker, read leftwards from a speech verb (phraseBefore, with its
 * appositives: phraseWithAppositives) or rightwards from it (phraseAfter): nominals, organisations,
 * quantities of people, and names joined by “and”.
 */
import { describe, it } from 'vitest';
import { ALL, check, type Row } from '../rule-table.js';

const FERRY = '“The ferry will run until March,”';
const QUOTA = '“The quota is not up for discussion,”';

describe('phraseBefore, phraseAfter: nominals and organisations as speakers', () => {
  it.each<Row>([
    ['a spokeswoman for …', `${QUOTA} a spokeswoman for the fisheries ministry said.`,
      [{ speaker: 'a spokeswoman for the fisheries ministry', mention: 'a spokeswoman for the fisheries ministry' }]],
    ['a senior official', 'A senior ministry official said the quota was “not up for discussion.”', [{ speaker: 'A senior ministry official' }]],
    ['a place and police', 'Vellmoor police said the harbour was “closed until further notice.”', [{ speaker: 'Vellmoor police' }]],
    ['a possessive nominal before the verb', 'The company’s spokeswoman said the quota was “a death sentence.”', [{ speaker: 'The company’s spokeswoman' }]],
    ['sources familiar with …', 'Sources familiar with the negotiations said the quota was “not up for discussion.”',
      [{ speaker: 'Sources familiar with the negotiations' }]],
    ['a source close to …', 'A source close to the minister said the quota was “not up for discussion.”',
      [{ speaker: 'A source close to the minister' }]],
    ['after the verb: a source close to …', `${QUOTA} said a source close to the minister.`, [{ speaker: 'a source close to the minister', method: 'cue' }]],
    ['after the verb: people familiar with …', `${QUOTA} said people familiar with the talks.`, [{ speaker: 'people familiar with the talks', method: 'cue' }]],
    ['a nominal ends before a trailing participle: a complaint | filed by …', 'According to a complaint filed by the crews, the timetable was “never published.”',
      [{ speaker: 'a complaint', method: 'according-to' }]],
    ['any noun after a determiner: The leaflet says', 'The leaflet says the quota is “a death sentence.”', [{ speaker: 'The leaflet', cue: 'says' }]],
    ['an organisation with “of” keeps its article', 'The Ministry of Fisheries said the quota was “not up for discussion.”',
      [{ speaker: 'the Ministry of Fisheries', mention: 'The Ministry of Fisheries' }]],
    ['a title word after “of” is part of the name: Ministry of Defence', 'The Vellmoor Ministry of Defence said the exercise was “routine.”',
      [{ speaker: 'the Vellmoor Ministry of Defence' }]],
    ['Chamber of Commerce', 'The Calder Bay Chamber of Commerce said the quota was “a death sentence.”',
      [{ speaker: 'the Calder Bay Chamber of Commerce' }]],
    ['an organisation keeps its article in the name and the mention', 'The Harbour Board said the talks had been “useful.”',
      [{ speaker: 'the Harbour Board', mention: 'The Harbour Board' }]],
    ['“which” stands for the organisation before it', 'The Vellmoor Harbour Authority, which runs the quay, said the quota was “a death sentence.”',
      [{ speaker: 'the Vellmoor Harbour Authority', cue: 'said' }]],
    // phraseBefore: a quantity of the people named after “of” (or a ratio with “in”), not the quantity alone
    ['a number of a group: Five of the members', 'Five of the members said the timetable was “a mess.”', [{ speaker: 'Five of the members' }]],
    ['a quantity of a group: Most of the crew', 'Most of the crew said the timetable was “a mess.”', [{ speaker: 'Most of the crew' }]],
    ['a ratio: Six in ten voters', 'Six in ten voters said the timetable was “a mess.”', [{ speaker: 'Six in ten voters', kind: 'partial' }]],
    // was: phraseBefore: a possessive inside an organisation’s name (“the Vellmoor Fishermen’s Association”) ends the name,
    // which becomes “Association”
    ['a possessive inside an organisation’s name', 'The Vellmoor Fishermen’s Association, which represents 300 crews, said the quota was “a death sentence.”',
      [{ speaker: 'the Vellmoor Fishermen’s Association' }], ALL],
    // was: phraseWithAppositives: an aside that opens with a preposition is skipped as no role, but a nominal head keeps
    // the end of the phrase past it, so the speaker reads “The harbour master, at a briefing on Monday,”
    ['an aside after a nominal is not part of it', 'The harbour master, at a briefing on Monday, said the ferry was “finished.”',
      [{ speaker: 'The harbour master', cue: 'said' }], ALL],
    // was: cueAfter/phraseAfter: after the quotation the name stops at “and”, so the verb is not found next to it and only
    // speechInSentence attributes it (method 'sentence')
    ['two people named together right after the quotation: a cue', '“We had no choice,” Nora Whitcombe and Ade Balogun said.',
      [{ speaker: 'Nora Whitcombe and Ade Balogun', method: 'cue' }], ALL],
    // was: phraseAfter: “White” passes as a name word and “House” (an honorific in the lexicon) ends the name, so the
    // speaker of “a White House spokeswoman” is “White”
    ['capitalised words before a role noun are no name: a White House spokeswoman', '“The harbour grant is under review,” said a White House spokeswoman.',
      [{ speaker: 'a White House spokeswoman', method: 'cue' }], ALL],
    // was: phraseAfter: the nominal stops at the possessive ’s, now that VERB_MODIFIERS holds ’s (for he’s, it’s), and the
    // speaker becomes “the company”
    ['a nominal after the verb: the company’s spokeswoman', `${FERRY} said the company’s spokeswoman.`,
      [{ speaker: 'the company’s spokeswoman', mention: 'the company’s spokeswoman', method: 'cue' }], ALL],
    // was: phraseBefore: “one lone common word that is not a role” refuses “the harbour master” (master is no ROLE_NOUN and
    // lower-case “the” is no capital), and subjectOf falls back to “the harbour”; “The harbour master” at a sentence
    // start passes only because “The” is capitalised
    ['after an opening phrase, a lower-case nominal subject: After the meeting, | the harbour master said',
      'After the meeting, the harbour master said the timetable was “final and binding.”',
      [{ speaker: 'the harbour master', cue: 'said' }], ALL],
    // was: isSpeechVerb/phraseAfter: “report” after a noun reads as a verb, so the nominal after “according to” stops
    // before it (“a 40-page council”), against the rule for “a 52-count civil complaint”
    ['after a determiner, a noun: according to a 40-page council report', 'According to a 40-page council report, the ferry is “beyond repair.”',
      [{ speaker: 'a 40-page council report', method: 'according-to' }], ALL],
    // was: phraseAfter: “State” and “Interim” read as titles before the name “Fisheries Board”, so the rule for a White
    // House spokeswoman (capitalised words from the phrase's start) does not hold and the speaker becomes “Fisheries Board”
    ['according to a … official keeps the whole phrase: a title word among the capitals', 'The quota was “halved,” according to a State Fisheries Board official.',
      [{ speaker: 'a State Fisheries Board official', method: 'according-to', speakerType: 'description' }], ALL],
    ['according to an … official before the quotation', 'According to an Interim Harbour Board official, the ferry is “beyond repair.”',
      [{ speaker: 'an Interim Harbour Board official', method: 'according-to', speakerType: 'description' }], ALL],
    // was: phraseBefore: the name read leftwards stops at the title word “State”, so the organisation is “Fisheries Board”
    ['a title word before an organisation word is part of the name: the State … Board', 'The State Fisheries Board said the quota was “final.”',
      [{ speaker: 'the State Fisheries Board', mention: 'The State Fisheries Board', speakerType: 'organization' }], ALL],
    // was: phraseAfter: the nominal at a clause's start reads “Hastily” (no verb modifier, no verb) as a noun phrase, and
    // the speaker becomes the adverb
    ['an adverb opening a clause is no speaker: Hastily blaming …',
      'Hastily blaming the storm on the council ― much as he did after the floods last spring ― Brandvold cast the blame on his rivals, and stressed the risk that “open borders” pose to the town.',
      [{ speaker: null }], ALL],
    ['said the … spokeswoman after the quotation', `${FERRY} said the State Fisheries Board spokeswoman.`,
      [{ speaker: 'the State Fisheries Board spokeswoman', method: 'cue', speakerType: 'description' }], ALL],
  ])('%s', check());
});

describe('phraseWithAppositives: a clause opened by a preposition and its object', () => {
  it.each<Row>([
    ['the object of the opening preposition is no speaker: the aside after it is',
      'Outside the town hall, the campaign manager, Ines Kollberg, said the vote had been “a disgrace.”',
      [{ speaker: 'Ines Kollberg', role: 'the campaign manager', mention: 'Ines Kollberg' }]],
    ['a possessive role in the aside', 'Outside the hall, Varga’s campaign manager, Tomas Reiter, said the result was “a clear mandate.”',
      [{ speaker: 'Tomas Reiter', role: 'Varga’s campaign manager' }]],
    ['a name right after the opening phrase', 'Before the vote, Tomas Reiter, the harbour master, said the ferry was “finished.”',
      [{ speaker: 'Tomas Reiter', role: 'the harbour master' }]],
    ['not: a name that opens the clause keeps its aside as the role', 'Tomas Reiter, the harbour master, said the ferry was “finished.”',
      [{ speaker: 'Tomas Reiter', role: 'the harbour master' }]],
  ])('%s', check());
});
