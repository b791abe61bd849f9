/**
 * Clause grammar: where the main clause starts (clauseStart, lastClause) and the subject of a
 * speech verb (subjectOf, chainSubject, governed).
 */
import { describe, it } from 'vitest';
import { ALL, check, type Row } from '../rule-table.js';

describe('clauseStart: the main clause starts after an opening phrase', () => {
  it.each<Row>([
    ['Following a long, late-night meeting, | the Board issued …',
      'Following a long, late-night meeting, the Vellmoor Harbour Board issued a statement describing the timetable as “final and binding.”',
      [{ speaker: 'the Vellmoor Harbour Board', method: 'sentence', kind: 'partial' }]],
    ['a short phrase with no verb: Every winter, | Reiter looked … and said',
      'Every winter, Tomas Reiter looked at the engine and said “one more year.”',
      [{ speaker: 'Tomas Reiter', cue: 'said', method: 'cue' }]],
    ['a subordinate clause: When Solberg accused …, | Drury said — not Solberg',
      'When Marit Solberg accused the operator of neglect, Anselm Drury said it was “a cheap shot.”',
      [{ speaker: 'Anselm Drury', cue: 'said', method: 'sentence' }]],
    ['a subordinate clause: Asked whether …, | Drury said',
      'Asked whether the ferry would survive the winter, Anselm Drury said it was “safe for now.”',
      [{ speaker: 'Anselm Drury', cue: 'said' }]],
    ['a conjunction before the opening clause: So when …, | Mr. Drury said',
      'So when the ferry broke down, Mr. Drury said it was “a blessing in disguise.”',
      [{ speaker: 'Drury', mention: 'Drury', cue: 'said' }]],
    ['a dash can close the opening clause: When Solberg noted that … ― as it often is ― | Drury said',
      'When Marit Solberg noted that the ferry was late ― as it often is ― Anselm Drury said it was “running to time.”',
      [{ speaker: 'Anselm Drury', cue: 'said' }]],
    ['an opening phrase, then a name with an appositive: At a meeting in Vellmoor, | Drury, the chief executive …, told',
      'At a public meeting in Vellmoor, Anselm Drury, the chief executive of Calder Bay Ferries, told residents the service was “safe for now.”',
      [{ speaker: 'Anselm Drury', role: 'the chief executive of Calder Bay Ferries', cue: 'told' }]],
  ])('%s', check());
});

describe('lastClause: the last of clauses joined by “, and”', () => {
  it.each<Row>([
    // was: cueBefore: the leftmost speech verb wins even in an earlier coordinated clause (“calls for calm …, and X said”)
    ['a verb in an earlier coordinated clause is not the main one: …, and Solberg said',
      'Tomas Reiter calls for calm every week, and Marit Solberg said the ferry was “finished.”',
      [{ speaker: 'Marit Solberg', cue: 'said' }], ALL],
  ])('%s', check());
});

describe('subjectOf: the subject of the speech verb', () => {
  it.each<Row>([
    ['the relative pronoun a few words back stands for the subject: Lund, who in 2019 said',
      'Halvard Lund, who in 2019 said the quota was “fair,” now wants it cut.',
      [{ speaker: 'Halvard Lund', cue: 'said' }]],
    ['a participle right after a name is that person’s: shows Solberg asking, “…”', 'The video shows Marit Solberg asking, “Who pays for this?”',
      [{ speaker: 'Marit Solberg', cue: 'asking', kind: 'direct' }]],
    ['the subject of a verb chain: kept saying', 'Marit Solberg kept saying the ferry was “safe.”', [{ speaker: 'Marit Solberg', cue: 'saying' }]],
    ['the subject of a verb chain: could not resist pointing out', 'The crews could not resist pointing out that the timetable was “a maze.”',
      [{ speaker: 'The crews', cue: 'pointing' }]],
    ['a progressive takes the subject before its auxiliary: is calling', 'Marit Solberg is calling the plan “a fantasy.”',
      [{ speaker: 'Marit Solberg', cue: 'calling' }]],
    ['a quantity of people speaks: 63 percent said', 'In a survey of Vellmoor residents, 63 percent said the ferry was “essential.”',
      [{ speaker: '63 percent', cue: 'said' }]],
    ['a quantity of people speaks: most residents agreed', 'Most residents agreed the ferry was “essential.”', [{ speaker: 'Most residents', cue: 'agreed' }]],
    ['a modifier before the verb: has repeatedly said', 'Anselm Drury has repeatedly said the ferry is “safe for now.”',
      [{ speaker: 'Anselm Drury', cue: 'said' }]],
    ['a participle takes the clause’s subject: , adding that', 'Anselm Drury said the ferry would keep running, adding that “nobody will be left on the quay.”',
      [{ speaker: 'Anselm Drury' }]],
    ['a light verb with a speech noun: made the criticism', 'Marit Solberg made the criticism in a letter to the council: “The operator had ten years to fix this.”',
      [{ speaker: 'Marit Solberg', cue: 'made' }]],
    ['a participle after a lower-case subject: The harbour board met …, describing',
      'The harbour board met on Monday, describing the timetable as “final and binding.”',
      [{ speaker: 'The harbour board', cue: 'describing', kind: 'partial' }]],
    ['a light verb with a speech noun: issued a statement', 'The harbour board issued a statement describing the timetable as “final and binding.”',
      [{ speaker: 'The harbour board', cue: 'issued' }]],
    ['a participle after an object: posted a video … saying', 'Anselm Drury posted a video early Friday saying the ferry was “safe for now.”',
      [{ speaker: 'Anselm Drury' }]],
    ['went on to say', 'Marit Solberg went on to say the timetable was “beyond repair.”', [{ speaker: 'Marit Solberg', cue: 'say' }]],
    ['was quoted as saying', 'Anselm Drury was quoted as saying the ferry was “safe for now.”', [{ speaker: 'Anselm Drury' }]],
    ['declined to say', 'Anselm Drury declined to say whether the ferry was “safe for now.”', [{ speaker: 'Anselm Drury', cue: 'say' }]],
    ['asked the crowd to welcome', 'Marit Solberg asked the crowd to welcome “the crew who kept this boat alive.”',
      [{ speaker: 'Marit Solberg', cue: 'asked' }]],
    ['took to Facebook to accuse', 'Marit Solberg took to Facebook to accuse the operator of “gambling with our lifeline.”',
      [{ speaker: 'Marit Solberg', cue: 'accuse' }]],
    ['coordination: looked at the engine and said', 'Tomas Reiter looked at the engine and said “one more year.”',
      [{ speaker: 'Tomas Reiter', cue: 'said', method: 'cue' }]],
    ['the object of a preposition is nobody’s subject: marching through the streets of Vellmoor chanted',
      'Fishermen marching through the streets of Vellmoor chanted “save our ferry.”',
      [{ speaker: 'Fishermen', cue: 'chanted' }]],
    // was: subjectOf: phraseBefore finds the antecedent of “that” (“a letter from his doctor”) but it ends before “that”,
    // and subjectOf's `direct.end === j` check refuses it, so the quotation is left a scare quote
    ['“that” stands for the phrase before it: a letter from his doctor that says',
      'Tomas Reiter has a letter from his doctor that says he is “fit for sea.”',
      [{ speaker: 'a letter from his doctor', cue: 'says', kind: 'partial' }], ALL],
    // was: subjectOf: “always” is not a verb modifier, and phraseBefore takes it into the subject (ends in -s)
    ['a modifier before the verb: My father always told me ‘…’', '“My father always told me ‘an engine is only as old as its oil,’ and he was right,” said Tomas Reiter.', [
      { speaker: 'Tomas Reiter' },
      { speaker: 'My father', via: 'Tomas Reiter', method: 'relay' },
    ], ALL],
    // was: subjectOf: “meeting” (an -ing word the lexicon lists as a verb) after “left the” makes “insisting” look like the
    // end of a verb chain (“kept saying”), and the object “the meeting” becomes the subject
    ['a participle after an object whose noun ends in -ing: left the meeting insisting',
      'Anselm Drury left the meeting insisting that the ferry was “safe.”',
      [{ speaker: 'Anselm Drury', cue: 'insisting' }], ALL],
  ])('%s', check());
});
