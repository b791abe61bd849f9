/**
 * Words around a cue: what may stand between a speech verb and its quotation, what may follow
 * the verb, and what opens a phrase before the clause that holds it.
 */
import { WEEKDAYS } from './dates.js';
import { wordSet, words } from './list.js';

/** Words that may stand between a speech verb and the quotation it introduces: told reporters, wrote on Facebook: “…” */
export const OBJECT_WORDS: ReadonlySet<string> = wordSet([...words(`reporters journalists the a an press media crowd audience
  supporters him her them us me interviewer interview statement news conference briefing twitter facebook x instagram post letter
  email speech rally remarks message tweet on in at to during with told that this last week`), ...WEEKDAYS, ...words(`earlier later
  recently then also simply flatly via written radio television tv show program programme podcast video op-ed column book memoir
  his their its official blog website page account hearing testimony session panel phone telephone call same day night morning
  afternoon evening after before when asked about of for by back up out it again once`)]);

/** Words that open an adverbial after a speech verb, which then closes its clause: “…,” she said on Monday. */
export const ADVERBIAL_OPENERS: ReadonlySet<string> = wordSet(words(`in on at during after before to when while from via last this
  yesterday today earlier later recently adding noting and as of about with`));

/** Words that open a phrase before the main clause: In, After, Following, When, Asked … */
export const INTRODUCERS: ReadonlySet<string> = wordSet(words(`in on at after before during when while since because although though
  if despite following amid with without for from by under over unlike like once until earlier later meanwhile still yet now then
  asked speaking writing responding pressed last this separately similarly instead however`));

/**
 * Prepositions that open a sentence with a place or a time, whose object is never the speaker:
 * Outside the hall, the campaign manager, Derek Lyons, said … (with PREPOSITIONS: In, At, Of …).
 */
export const OPENING_PREPOSITIONS: ReadonlySet<string> = wordSet(words('outside inside after before since despite following amid beside behind beyond'));

/** Words before a verb's -ing form that make it a progressive, whose subject stands before them: is calling, she’s saying. */
export const PROGRESSIVE_AUXILIARIES: ReadonlySet<string> = wordSet(words('is was are were been be ’s \'s ’re \'re'));

/**
 * Prepositions that tie a noun phrase to the one it belongs to: a spokesman for the authority,
 * sources familiar with the matter, a source close to the delegation.
 */
export const OWNER_PREPOSITIONS: ReadonlySet<string> = wordSet(words('for of at with from to in close'));
