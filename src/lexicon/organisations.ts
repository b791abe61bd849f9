/**
 * Words for organisations: the words that mark a name as one (Ministry, Party, Times), and the
 * nouns that stand for whichever one was named last (the company, the firm).
 */
import * as compiled from './generated/compromise.js';
import { wordSet, words } from './list.js';

/** Words that mark an organisation: Ministry, Department, Party, Times, Post. */
export const ORG_WORDS: ReadonlySet<string> = wordSet(words(`ministry department office agency party committee commission council
  campaign administration government court police force army navy military union league federation foundation institute
  university college school hospital bank company corporation inc corp llc ltd group network news times post journal tribune
  herald gazette press service services bureau kremlin pentagon congress senate parliament assembly cabinet embassy consulate
  association society center centre authority board fund trust coalition alliance organization organisation
  movement front caucus team club federal reserve white house nation tribe chamber commerce fc
  rail railway railways water energy power gas oil motors systems technologies technology tech labs marine shipping
  logistics foods farms media capital partners holdings industries solutions networks pharmaceuticals insurance
  watch land homes properties airways transport transit telecom mobile software games studios records
  entertainment brewery brewing mining steel airlines airport port magazine channel radio tv
  ferries ferry sons stores pictures brothers associates outfitters supplies enterprises ventures cnn bbc nbc abc cbs fox msnbc reuters
  ap afp politico axios breitbart`), words(compiled.ORG_WORDS));

/** Nouns that stand for whatever organisation was named last: the company, the firm. */
export const GENERIC_ORGS: ReadonlySet<string> = wordSet(words(`company firm business group organisation organization corporation outlet
  network newspaper paper publication club team charity bank retailer maker manufacturer carrier airline startup brand chain lab
  studio agency`));
