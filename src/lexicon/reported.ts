/**
 * Words for speech without quotation marks (with `indirect`): reported speech and transcript turns.
 */
import { wordSet, words } from './list.js';

/**
 * Verbs whose first object is the one spoken to, not what was said: told reporters that …,
 * assured voters the plan …, asked him whether …
 */
export const ADDRESSEE_VERBS: ReadonlySet<string> = wordSet(words(`tell ask inform assure reassure remind warn urge brief notify
  promise advise convince persuade caution`));

/**
 * Words that may stand between a reported-speech verb and the “that” that opens what was said:
 * said on Tuesday that …, told the committee in a letter that …
 */
export const BEFORE_THAT: ReadonlySet<string> = wordSet(words(`during after before last earlier later also again repeatedly
  previously recently yesterday today tonight week month year morning afternoon evening night statement interview letter speech
  rally news conference briefing press release email post tweet video hearing remarks reporters journalists him her them us me
  privately publicly flatly separately once more late early then`));

/** Labels in capitals with a colon that open a paragraph but are nobody's turn: CORRECTION: …, UPDATE: … */
export const NOT_SPEAKER_LABELS: ReadonlySet<string> = wordSet(words(`correction update updated note editor editors editor’s
  editor's watch read related see also breaking photo photos video listen more advertisement disclosure clarification warning
  source sources credit transcript background`));

/** Role words that say who asks an interview's questions: staff reporter Joel Anand spoke to her. */
export const INTERVIEWER_ROLES: ReadonlySet<string> = wordSet(words(`reporter interviewer correspondent journalist editor host
  anchor writer columnist presenter moderator`));

/**
 * Speech verbs whose object is seldom what was said: she continued her tour, he began shouting,
 * polls rate him, he spoke to reporters, they thanked the crowd. No reported speech after them.
 */
export const NOT_REPORTING: ReadonlySet<string> = wordSet(words(`continue begin rate press make speak talk thank welcome cheer
  credit congratulate applaud hail commend laud attack knock rip lash blast slam read sing chant rap interrupt interject chime
  dismiss apologize apologise reference flag command compare liken term label dub brand`));
