/**
 * Speech verbs and speech nouns: the words that tell a reader someone said something.
 * Kept as data; `cueWord` (below) recognises their inflected forms: said → say, quipped → quip,
 * denied → deny, insisting → insist, argues → argue.
 */
import { wordMap, wordSet, words } from './list.js';

/** Verbs of saying, writing and asserting, in the infinitive. */
export const SPEECH_VERBS: ReadonlySet<string> = wordSet(words(`
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
dismiss
apologize apologise regret
testify attest vouch
disclose reveal divulge report
read quote cite paraphrase
opine muse ponder
inform notify brief
clarify elaborate specify detail
interject interrupt chime
gush rave enthuse marvel
rant rail fume vent fret
project
concur echo
relate narrate
summarize summarise
think believe feel hope fear expect react riff surmise command bemoan
liken compare rate exhort rule reference flag
sing chant rap
`));

/** Forms the regular rules of `inflections` do not reach: said → say. */
export const IRREGULAR_FORMS: ReadonlyMap<string, string> = wordMap([
  ['said', 'say'], ['told', 'tell'], ['wrote', 'write'], ['written', 'write'], ['spoke', 'speak'],
  ['spoken', 'speak'], ['swore', 'swear'], ['sworn', 'swear'], ['thought', 'think'], ['felt', 'feel'],
  ['began', 'begin'], ['begun', 'begin'], ['penned', 'pen'], ['read', 'read'], ['lashed', 'lash'],
  ['ripped', 'rip'], ['knocked', 'knock'], ['dubbed', 'dub'], ['dubs', 'dub'], ['texted', 'text'],
]);

/** Cues of two words: shot back, went on, as she put it. The first word's forms, and the word that must follow. */
export const TWO_WORD_CUES: ReadonlyMap<string, string> = wordMap([
  ['shot', 'back'], ['shoots', 'back'], ['shoot', 'back'], ['fired', 'back'], ['fires', 'back'], ['hit', 'back'], ['hits', 'back'],
  ['pushed', 'back'], ['pushes', 'back'], ['went', 'on'], ['goes', 'on'], ['put', 'it'], ['puts', 'it'], ['spelled', 'out'],
  ['weighed', 'in'], ['weighs', 'in'], ['chimed', 'in'], ['chimes', 'in'], ['piped', 'up'], ['opened', 'up'], ['summed', 'up'],
]);

/** Verbs that speak through a speech noun: he made the criticism, issued a statement, gave a speech. */
export const LIGHT_VERBS: ReadonlySet<string> = wordSet(words(`made makes make making issued issues issue gave gives give offered
  offers delivered delivers sent sends released releases put puts posted voiced voices raised raises levelled leveled`));

/** Nouns of speech: Putin’s first point; the ministry’s statement; his remarks. */
export const SPEECH_NOUNS: ReadonlySet<string> = wordSet(words(`
statement statements remark remarks comment comments point points words word message messages
tweet tweets post posts letter letters speech speeches testimony response reply answer argument arguments
claim claims view views explanation memo report email emails note notes interview address announcement
assessment verdict warning warnings promise pledge vow plea appeal complaint question questions
account version description retort quip joke reaction op-ed column essay book memoir
criticism criticisms accusation accusations allegation allegations charge charges case pitch
concern concerns objection objections apology
`));

/** Verbs by which one speaker relays another's words: Putin quoted Mark Twain, saying “…”. */
export const RELAY_VERBS: ReadonlySet<string> = wordSet(words('quote cite paraphrase echo recall repeat borrow invoke'));

/**
 * The plainest verbs of saying: a name and one of these after a closed quotation still belong
 * to its sentence (“We won.” Smith said.).
 */
const PLAINEST = words('say add tell ask write reply explain continue note');
export const PLAINEST_SAYING: ReadonlySet<string> = wordSet(PLAINEST);

/** Verbs that can follow a closed quotation as its cue: “We won.” Smith said. */
export const PLAIN_SAYING: ReadonlySet<string> = wordSet([...PLAINEST, ...words(`insist warn tweet post answer respond conclude declare
  announce argue claim recall admit joke quip`)]);

/**
 * Nouns for writings, which can speak though they name nobody: a report said; the study found.
 * Read as word endings, with an optional plural: (a) ministry report, statements.
 */
export const DOCUMENT_NOUNS: readonly string[] = words(`report study statement poll survey release document memo letter filing
  complaint lawsuit indictment analysis data records article story editorial ad post tweet book website site page account`);

/** Every form of every speech verb, by the regular English rules and the irregular table: built once. */
const FORMS: ReadonlyMap<string, string> = (() => {
  const forms = new Map<string, string>();
  for (const verb of SPEECH_VERBS) {
    for (const form of inflections(verb)) if (!forms.has(form)) forms.set(form, verb);
  }
  for (const [form, verb] of IRREGULAR_FORMS) forms.set(form, verb);
  return forms;
})();

/** The regular forms of an infinitive: argue → argues, argued, arguing; quip → quipped; deny → denied. */
function inflections(verb: string): string[] {
  const out = [verb];
  const last = verb[verb.length - 1]!;
  const consonantY = /[^aeiou]y$/.test(verb);
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  out.push(consonantY ? verb.slice(0, -1) + 'ies' : /(?:s|sh|ch|x|z|o)$/.test(verb) ? verb + 'es' : verb + 's');
  out.push(consonantY ? verb.slice(0, -1) + 'ied' : verb.endsWith('e') ? verb + 'd' : verb + 'ed');
  out.push(stem + 'ing');
  // quip → quipped, admit → admitted: a short vowel before a final consonant doubles it
  if (/[aeiou][bdgklmnprt]$/.test(verb)) out.push(verb + last + 'ed', verb + last + 'ing');
  return out;
}

/** What the cue rules ask of a word that can be a cue: its speech verb, its second word (shot back), whether it is a light verb. */
export interface CueWord {
  lemma: string | null;
  second: string | undefined;
  light: boolean;
}

/**
 * Every lower-case word that can be (part of) a cue, with its answers: one look-up per word
 * tells the rest of the words apart, which are most of any article.
 */
const CUE_WORDS: ReadonlyMap<string, CueWord> = (() => {
  const out = new Map<string, CueWord>();
  for (const w of new Set([...FORMS.keys(), ...TWO_WORD_CUES.keys(), ...LIGHT_VERBS])) {
    if (w !== w.toLowerCase()) continue;
    out.set(w, { lemma: FORMS.get(w) ?? null, second: TWO_WORD_CUES.get(w), light: LIGHT_VERBS.has(w) });
  }
  return out;
})();

/** The cue answers for a lower-case word, or null when it can be no part of a cue. */
export function cueWord(lower: string): CueWord | null {
  return CUE_WORDS.get(lower) ?? null;
}

