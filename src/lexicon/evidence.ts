/**
 * The names of the evidence features an attribution's confidence is weighed from, besides its
 * cue rule (rule:NAME) and its resolution (resolved:NAME), which attribute/confidence.ts names;
 * resolve-speakers/evidence.ts says when each is present.
 */
import { wordSet, words } from './list.js';

/** Features of an attribution other than its rule and resolution, each present or not. */
export const OTHER_FEATURES: ReadonlySet<string> = wordSet(words(`
  kind:partial
  phrase:name phrase:pronoun phrase:nominal
  inverted shared turn nested via rival group oneWord roleGiven
  gap:0 gap:1-3 gap:4-10 gap:11+
  length:short length:long
  floating:paragraph between:pronoun between:name
  named:once named:often lastSpeaker
`));
