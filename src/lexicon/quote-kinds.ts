/**
 * The words before a quotation that tell what kind it is: a title (the book “…”), a scare quote
 * (the so-called “…”). Read as phrases that end right before the opening mark.
 */
import { words } from './list.js';

/** Words before a quotation that announce a title: the book “…”, a film called “…”. */
export const TITLE_CUES: readonly string[] = words(`book books novel film movie song album show series play poem report article
  essay column op-ed documentary program programme podcast headline titled entitled named episode broadcast edition segment forum
  event summit conference hashtag dubbed nicknamed slogan motto campaign ad painting bill act law doctrine operation initiative plan`);

/** Words before the place of a name: on “Meet the Press”, the NBC “Commander-in-Chief Forum”. */
export const TITLE_PLACE_WORDS: readonly string[] = words('the a an on in at of from during with');

/** Words that hold what follows at arm's length: the so-called “experts”. */
export const SCARE_CUES: readonly string[] = ['so-called', 'so called', 'alleged', 'supposed', 'self-styled', 'self-described',
  'quote-unquote', 'quote unquote', 'quote, unquote'];

/** The verbs of being right before a quotation that names or labels something: her favourite film is “…”, the plan is “…”. */
export const COPULAS: readonly string[] = words('is are was were');

/** Words a title leaves in lower case: One Hundred Years of Solitude, Meet the Press. */
export const TITLE_MINOR_WORDS: readonly string[] = words('a an the of in on at to for and or but with by from is as');
