/**
 * Words for what people do: role nouns (the senator, a spokesman, the auditor), the adjectives
 * that qualify them (former, deputy, foreign), and the roles that fix a gender. The long list of
 * role nouns comes partly from compromise's lexicon, compiled at build time.
 */
import * as compiled from './generated/compromise.js';
import type { Gender } from './people.js';
import { wordMap, wordSet, words } from './list.js';

/** Nouns that name a person by what they do: the senator, a spokesman, the auditor. */
export const ROLE_NOUNS: ReadonlySet<string> = wordSet(words(`official officials spokesman spokeswoman spokesperson spokespeople
  representative representatives aide aides adviser advisers advisor advisors source sources senator senators governor congressman
  congresswoman lawmaker lawmakers candidate nominee president secretary minister ministers chancellor premier mayor councillor
  councilor chairman chairwoman chair director executive ceo founder analyst analysts expert experts economist economists
  strategist strategists pollster pollsters researcher researchers scientist scientists professor lawyer lawyers attorney attorneys
  prosecutor prosecutors judge justice detective detectives officer officers police policeman investigator investigators agent agents
  auditor auditors critic critics supporter supporters opponent opponents protester protesters voter voters resident residents
  witness witnesses neighbor neighbors neighbour neighbours friend friends member members leader leaders organizer organizers
  activist activists campaign manager managers employee employees worker workers staffer staffers diplomat diplomats
  ambassador envoy commander general colonel captain sheriff deputy commissioner superintendent inspector coach player players
  owner owners father mother son daughter wife husband brother sister parent parents family relative relatives
  host anchor reporter reporters journalist journalists editor editors columnist columnists author writer writers
  historian historians veteran veterans student students teacher teachers doctor doctors nurse nurses
  person people man woman men women one another someone somebody nobody everyone
  spokesmen spokeswomen insider insiders observer observers commentator commentators blogger bloggers
  delegate delegates speaker surrogate surrogates backer backers donor donors chief chiefs head`), words(compiled.ROLE_NOUNS));

/** Adjectives and nouns that qualify a role before a name: former deputy foreign minister, White House press secretary. */
export const ROLE_ADJECTIVES: ReadonlySet<string> = wordSet(words(`former foreign deputy senior chief vice assistant acting prime general
  state press national security defense defence interior finance justice health education energy trade economic attorney district
  county city federal regional local top lead leading longtime veteran retired then incoming outgoing interim executive managing
  communications campaign white house senate congressional republican democratic democrat gop conservative liberal
  independent progressive presidential party opposition majority minority ranking junior new first spokesperson
  political legal military intelligence police fire transportation homeland`));

/** Endings (and last words) of a word that can end a role: organiser, minister, chairwoman, chief, Secretary of State. */
export const ROLE_HEAD_ENDINGS: readonly string[] = words(`er eer or ist ian ant ent man woman person chair chief head member leader
  officer secretary general director state`);

/** Role nouns that fix a gender: the spokeswoman → she. */
export const ROLE_GENDER: ReadonlyMap<string, Gender> = wordMap<Gender>([
  ...words(`spokesman congressman chairman councilman assemblyman businessman man father son husband brother king prince uncle
    grandfather boy policeman actor nephew widower`).map((w): [string, Gender] => [w, 'm']),
  ...words(`spokeswoman congresswoman chairwoman councilwoman assemblywoman businesswoman woman mother daughter wife sister queen
    princess aunt grandmother girl policewoman actress niece widow`).map((w): [string, Gender] => [w, 'f']),
]);

/** Words that open a clause after a role, where the summary cuts it: the former CEO | who dropped her bid. */
export const ROLE_CLAUSE_OPENERS: readonly string[] = words('who whom whose which that where when while after before because as');
