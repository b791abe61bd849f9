/**
 * Speech verbs and speech nouns: the words that tell a reader someone said something.
 * Kept as data; `speechVerbLemma` (below) recognises their inflected forms.
 */

/** Verbs of saying, writing and asserting, in the infinitive. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(`
say tell write speak talk tweet post blog text email message
add note explain argue claim contend insist maintain assert state declare announce
reply respond answer retort counter rejoin reiterate repeat continue conclude
ask question query inquire wonder demand press probe
warn caution threaten predict forecast speculate estimate guess reckon
admit acknowledge concede confess deny reject refute dispute disagree agree confirm affirm
allege charge accuse blame
complain lament grumble protest object gripe moan
boast brag gloat
joke quip jest tease mock scoff sneer taunt deride ridicule
shout yell scream cry call exclaim bellow roar thunder snap bark hiss growl snarl
whisper mutter murmur mumble sigh
remark comment observe mention point
recall remember reminisce recount recollect
promise pledge vow swear guarantee assure reassure
urge implore beg plead appeal
suggest propose recommend advise hint imply indicate signal
emphasize emphasise stress underscore underline highlight
praise hail applaud commend laud credit thank congratulate welcome cheer
criticize criticise condemn denounce decry slam blast lash attack assail fault knock rip chide scold rebuke
describe characterize characterise portray depict label brand dub term deem refer
dismiss deride
acknowledge apologize apologise regret
testify attest vouch
announce disclose reveal divulge report
read quote cite paraphrase
write
opine muse ponder
inform notify brief tell
clarify elaborate specify detail
interject interrupt chime
gush rave enthuse marvel
rant rail fume vent fret
predict project
concur echo
recount relate narrate
summarize summarise
think believe feel hope fear expect react riff surmise command bemoan
liken compare rate exhort rule reference flag
sing chant rap
`.trim().split(/\s+/));

/** Forms the regular rules in `speechVerbLemma` do not reach: said → say. */
export const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map([
  ['said', 'say'], ['told', 'tell'], ['wrote', 'write'], ['written', 'write'], ['spoke', 'speak'],
  ['spoken', 'speak'], ['swore', 'swear'], ['sworn', 'swear'], ['thought', 'think'], ['felt', 'feel'],
  ['began', 'begin'], ['begun', 'begin'], ['penned', 'pen'], ['read', 'read'], ['lashed', 'lash'],
  ['ripped', 'rip'], ['knocked', 'knock'], ['dubbed', 'dub'], ['dubs', 'dub'], ['texted', 'text'],
]);

/** Cues of two words: shot back, went on, as she put it. The first word's forms, and the word that must follow. */
export const TWO_WORD_CUES: ReadonlyMap<string, string> = new Map([
  ['shot', 'back'], ['shoots', 'back'], ['shoot', 'back'], ['fired', 'back'], ['fires', 'back'], ['hit', 'back'], ['hits', 'back'],
  ['pushed', 'back'], ['pushes', 'back'], ['went', 'on'], ['goes', 'on'], ['put', 'it'], ['puts', 'it'], ['spelled', 'out'],
  ['weighed', 'in'], ['weighs', 'in'], ['chimed', 'in'], ['chimes', 'in'], ['piped', 'up'], ['opened', 'up'], ['summed', 'up'],
]);

/** Verbs that speak through a speech noun: he made the criticism, issued a statement, gave a speech. */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['made', 'makes', 'make', 'making', 'issued', 'issues', 'issue', 'gave', 'gives',
  'give', 'offered', 'offers', 'delivered', 'delivers', 'sent', 'sends', 'released', 'releases', 'put', 'puts', 'posted', 'voiced', 'voices',
  'raised', 'raises', 'levelled', 'leveled']);

/** Nouns of speech: Putin’s first point; the ministry’s statement; his remarks. */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(`
statement statements remark remarks comment comments point points words word message messages
tweet tweets post posts letter letters speech speeches testimony response reply answer argument arguments
claim claims view views explanation memo report email emails note notes interview address announcement
assessment verdict warning warnings promise pledge vow plea appeal complaint question questions
account version description retort quip joke reaction op-ed column essay book memoir
criticism criticisms accusation accusations allegation allegations charge charges case pitch plea argument remark
concern concerns objection objections apology pitch
`.trim().split(/\s+/));

/**
 * The speech verb a word is a form of, or null: said → say, quipped → quip, denied → deny,
 * insisting → insist, argues → argue.
 */
export function speechVerbLemma(word: string): string | null {
  let lemma = seen.get(word);
  if (lemma !== undefined) return lemma;
  const w = word.toLowerCase();
  lemma = SPEECH_VERBS.has(w) ? w : IRREGULAR_FORMS.get(w) ?? regularLemmas(w).find((c) => SPEECH_VERBS.has(c)) ?? null;
  if (seen.size > 50_000) seen.clear();
  seen.set(word, lemma);
  return lemma;
}

/** Words already looked up: an article repeats its words, a batch its vocabulary. */
const seen = new Map<string, string | null>();

/** Candidate infinitives of an inflected form, by the regular English rules. */
function regularLemmas(w: string): string[] {
  const out: string[] = [];
  const stem = (suffix: string): string | null => (w.endsWith(suffix) && w.length > suffix.length + 1 ? w.slice(0, -suffix.length) : null);
  const undouble = (s: string): string | null => (s.length > 2 && s[s.length - 1] === s[s.length - 2] ? s.slice(0, -1) : null);
  const ed = stem('ed');
  if (ed) out.push(ed, ed + 'e', ...[undouble(ed)].filter((x): x is string => x !== null));
  const ied = stem('ied');
  if (ied) out.push(ied + 'y');
  const ing = stem('ing');
  if (ing) out.push(ing, ing + 'e', ...[undouble(ing)].filter((x): x is string => x !== null));
  const ies = stem('ies');
  if (ies) out.push(ies + 'y');
  const es = stem('es');
  if (es) out.push(es);
  const s = stem('s');
  if (s) out.push(s);
  return out;
}
