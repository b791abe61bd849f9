/**
 * isSpeechVerb: whether a form of a speech verb is used as a verb where it stands, and cues of two
 * words (shot back, went on).
 */
import { describe, it } from 'vitest';
import { ALL, check, type Row } from '../rule-table.js';

describe('isSpeechVerb: a form that is also a noun is a noun after a possessive, a determiner or a preposition', () => {
  it.each<Row>([
    ['after a possessive: Reiter’s call for calm', 'Tomas Reiter’s call for calm was ignored, and Marit Solberg said the ferry was “finished.”',
      [{ speaker: 'Marit Solberg', cue: 'said' }]],
    ['after a possessive pronoun: His call', 'His call for calm was ignored, and Marit Solberg said the ferry was “finished.”',
      [{ speaker: 'Marit Solberg', cue: 'said' }]],
    ['after a determiner: A call from the ministry', 'A call from the ministry came on Monday, and Marit Solberg said the ferry was “finished.”',
      [{ speaker: 'Marit Solberg', cue: 'said' }]],
    ['an -ing form after an article: the briefing', 'After the briefing, Marit Solberg said the ferry was “finished.”',
      [{ speaker: 'Marit Solberg', cue: 'said' }]],
    ['said, told, added are never nouns: the crews were told', 'The crews were told by Marit Solberg that the ferry was “finished.”',
      [{ cue: 'told' }]],
    // isSpeechVerb: a speech word before an inflected speech verb is a noun
    ['a speech noun before the verb is part of the subject: a fundraising email said', 'A fundraising email said the rival was “out of touch.”',
      [{ speaker: 'A fundraising email', cue: 'said' }]],
    // was: isSpeechVerb: in “A ministry report said”, “report” after a noun modifier is read as the verb
    ['a noun after a noun: A ministry report said', 'A ministry report said the quota was “sustainable.”',
      [{ speaker: 'A ministry report', cue: 'said' }], ALL],
    // was: isSpeechVerb: “was brief” reads as the verb “brief”; a base form after a form of “be” is no verb
    ['an adjective after “was” is no speech verb: The ministry’s statement was brief: “…”',
      'The ministry’s statement was brief: “The quota stands until 2030.”',
      [{ cue: 'statement', method: 'possessive' }], ALL],
    // was: isSpeechVerb: the last token of a block passes the two-word-cue test (TWO_WORD_CUES.get(word) and the missing
    // next token are both undefined), so “crew” reads as a speech verb, the paragraph as reported speech by Reiter,
    // and the floating quotation goes to him instead of the last speaker
    ['a paragraph’s last word is no speech verb: … with the crew⏎ “…”',
      '“The ferry will stop in March,” said Marit Solberg.\n\nTomas Reiter, the chief engineer, stayed on board with the crew\n\n“We have done all we can.”',
      [{ speaker: 'Marit Solberg' }, { speaker: 'Marit Solberg', method: 'floating' }], ALL],
    // was: isSpeechVerb: a capitalised “Said” at a sentence start is refused (t.cap), so clauseAttribution's
    // “Said Putin: …” branch never runs
    ['Said X: “…” — the subject after a verb that opens its clause', 'Said Marit Solberg: “The operator had ten years to fix this.”',
      [{ speaker: 'Marit Solberg', cue: 'Said' }], ALL],
  ])('%s', check());
});

describe('isSpeechVerb: cues of two words', () => {
  it.each<Row>([
    ['shot back, after the quotation', '“The operator had ten years to fix this,” Marit Solberg shot back.',
      [{ speaker: 'Marit Solberg', method: 'cue' }]],
    ['chimed in, after the quotation', '“The operator had ten years to fix this,” Marit Solberg chimed in.',
      [{ speaker: 'Marit Solberg', method: 'cue' }]],
    ['weighed in, before the quotation', 'Marit Solberg weighed in: “The operator had ten years to fix this.”',
      [{ speaker: 'Marit Solberg', method: 'cue' }]],
    ['went on, before the quotation', 'Marit Solberg went on: “The operator had ten years to fix this.”',
      [{ speaker: 'Marit Solberg', method: 'cue' }]],
    ['as she put it', 'Marit Solberg did not hold back. The timetable was, as she put it, “a maze.”',
      [{ speaker: 'Marit Solberg', mention: 'she' }]],
  ])('%s', check());
});
