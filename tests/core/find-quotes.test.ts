/**
 * findQuotes: which marks open and close (markAt), how they pair (tryClose) and nest, and what is
 * an apostrophe. Every table runs with `all` so that unclosed quotations and non-speech kinds are
 * listed too; each row checks the quoted text (marks removed) and, where it matters, the kind and
 * the parent.
 */
import { describe, it } from 'vitest';
import { ALL, check, type Row, SPEECH } from './rule-table.js';

const ASCII = { asciiQuotes: true };

describe('tryClose: every kind of quotation mark pairs with its closer', () => {
  it.each<Row>([
    ['curly double “…”', '“We will rebuild the pier,” said Mayor Odile Varga.', [{ text: 'We will rebuild the pier,' }]],
    ['straight double "…"', '"We will rebuild the pier," said Mayor Odile Varga.', [{ text: 'We will rebuild the pier,' }]],
    ['curly single ‘…’', '‘We will rebuild the pier,’ said Mayor Odile Varga.', [{ text: 'We will rebuild the pier,' }]],
    ["straight single '…'", "'We will rebuild the pier,' said Mayor Odile Varga.", [{ text: 'We will rebuild the pier,' }]],
    ['French guillemets «…»', '«We will rebuild the pier,» said Mayor Odile Varga.', [{ text: 'We will rebuild the pier,' }]],
    ['German guillemets »…«', '»Wir bauen den Steg neu«, sagte Odile Varga.', [{ text: 'Wir bauen den Steg neu' }]],
    ['German low-high „…“', '„Wir bauen den Steg neu“, sagte Odile Varga.', [{ text: 'Wir bauen den Steg neu' }]],
    ['Polish low-high „…”', '„Wir bauen den Steg neu”, powiedziała Odile Varga.', [{ text: 'Wir bauen den Steg neu' }]],
    ['single guillemets ‹…›', '‹We will rebuild the pier,› said Mayor Odile Varga.', [{ text: 'We will rebuild the pier,' }]],
    ['German single ‚…‘', '‚Wir bauen den Steg neu‘, sagte Odile Varga.', [{ text: 'Wir bauen den Steg neu' }]],
    ['fullwidth ＂…＂', '＂We will rebuild the pier,＂ said Mayor Odile Varga.', [{ text: 'We will rebuild the pier,' }]],
    ['CJK 〝…〞', '〝We will rebuild the pier,〞 said Mayor Odile Varga.', [{ text: 'We will rebuild the pier,' }]],
    ['CJK 〝…〟', '〝We will rebuild the pier,〟 said Mayor Odile Varga.', [{ text: 'We will rebuild the pier,' }]],
    ['Swedish ”…”: a ” that only fits as an opener opens', '”Vi bygger om bryggan”, sa Odile Varga.', [{ text: 'Vi bygger om bryggan' }]],
    ['broken text “…": a straight closer ends a curly opener', '“We will rebuild the pier," said Mayor Odile Varga.', [{ text: 'We will rebuild the pier,' }]],
    ["broken text ‘…': a straight closer ends a curly single", "‘We will rebuild the pier,' said Mayor Odile Varga.", [{ text: 'We will rebuild the pier,' }]],
    // was: tryClose: a stray straight " opened inside a curly “…” takes the curly ” as its closer (" accepts ” for
    // broken text), so the curly “ is left unclosed and the stray's words become the quotation
    ['a stray straight " inside a curly quotation does not take its closer', '“The sign said "closed and nobody came,” said Odile Varga.',
      [{ text: 'The sign said "closed and nobody came,', kind: 'direct', speaker: 'Odile Varga' }], SPEECH],
  ])('%s', check(ALL));
});

describe('markAt: apostrophes never open or close', () => {
  it.each<Row>([
    ['inside a word: don’t, town’s, council’s', '“It’s the town’s pier, not the council’s, and we don’t sell it,” said Odile Varga.',
      [{ text: 'It’s the town’s pier, not the council’s, and we don’t sell it,' }]],
    ["straight: don't, O'Brien's, 'tis, the Jones' chandlery, the '90s",
      "\"We don't sell to O'Brien's boats, and 'tis no secret why,\" said Odile Varga, who has run the Jones' chandlery since the '90s.",
      [{ text: "We don't sell to O'Brien's boats, and 'tis no secret why," }]],
    ['an elision that begins a word: ’tis', '“’Tis the season for storms,” said Odile Varga.', [{ text: '’Tis the season for storms,' }]],
    ['a decade: the ’90s', '“Nobody has fished here since the ’90s,” said Odile Varga.', [{ text: 'Nobody has fished here since the ’90s,' }]],
    ['a year: since ’08', '“We have not had a good season since ’08,” said Odile Varga.', [{ text: 'We have not had a good season since ’08,' }]],
    ['rock ’n’ roll: both marks around the n', 'Odile Varga said the town played nothing but rock ’n’ roll at the harbour festival.', []],
    ['possessives outside any quotation', "The fishermen's nets can't be mended, Odile Varga said, and the boats' engines won't last.", []],
    ['the Joneses’: a single closer does not reach past an open double', '“The Joneses’ boat has not moved in years,” said Odile Varga.',
      [{ text: 'The Joneses’ boat has not moved in years,' }]],
    ['the players’ union: a possible apostrophe defers to a later closer', '‘The players’ union walked out,’ said Odile Varga.',
      [{ text: 'The players’ union walked out,' }]],
    ['the players’: with no later closer it closes', 'Odile Varga called it ‘a matter for the players’ and left the room.',
      [{ text: 'a matter for the players' }]],
    ['an unclosed straight single is an apostrophe or a slip: not listed', "Odile Varga said the pier was 'finished and later she left.", []],
    ['an unclosed curly ‘ is listed as unclosed', 'Odile Varga said the pier was ‘finished and later she left.',
      [{ text: 'finished and later she left.', kind: 'unclosed' }]],
  ])('%s', check(ALL));
});

describe('findQuotes: single marks as the primary marks', () => {
  it.each<Row>([
    ['an elision right after an opening single: ‘’Twas …,’', 'Lars Vinter smiled. ‘’Twas the night before the vote,’ he said.',
      [{ text: '’Twas the night before the vote,', kind: 'direct', speaker: 'Lars Vinter' }]],
    ['a decade right after an opening single: ‘’90s …,’', '‘’90s songs were better,’ said Lars Vinter.',
      [{ text: '’90s songs were better,', kind: 'direct', speaker: 'Lars Vinter' }]],
    ['an elision inside: ’em', '‘We will build ’em all again,’ said Lars Vinter.', [{ text: 'We will build ’em all again,', speaker: 'Lars Vinter' }]],
    ['a two-line text: a cue and a second quotation on the next line', 'Lars Vinter runs the sawmill.\n‘We are not closing,’ he said. ‘The ’80s were worse.’', [
      { text: 'We are not closing,', kind: 'direct', speaker: 'Lars Vinter' },
      { text: 'The ’80s were worse.', kind: 'direct', speaker: 'Lars Vinter' },
    ]],
    ['paragraphs of single-marked quotations, two speakers',
      'Sawmill owner Ines Okafor spoke on Monday.\n\n‘We are not closing,’ she said. ‘We have orders until the spring, and the crews know it.’\n\n' +
      'Lars Vinter, who chairs the union, was less sure. ‘I have heard that before,’ he said.', [
        { text: 'We are not closing,', speaker: 'Ines Okafor' },
        { text: 'We have orders until the spring, and the crews know it.', speaker: 'Ines Okafor' },
        { text: 'I have heard that before,', speaker: 'Lars Vinter' },
      ]],
  ])('%s', check(ALL));
});

describe('mergeAndOrder: nesting', () => {
  it.each<Row>([
    ['‘…’ inside “…” is a child of it', '“My grandmother told me ‘never sell the boat,’ and I never did,” said Odile Varga.', [
      { text: 'My grandmother told me ‘never sell the boat,’ and I never did,', parent: null },
      { text: 'never sell the boat,', parent: 0 },
    ]],
    ["'…' inside \"…\" is a child of it", '"My grandmother told me \'never sell the boat,\' and I never did," said Odile Varga.', [
      { text: "My grandmother told me 'never sell the boat,' and I never did,", parent: null },
      { text: 'never sell the boat,', parent: 0 },
    ]],
    // (was one record of the inner words: the inner marks lost, and no record for the inner quotation)
    ['“‘…’”: marks that hold nothing but an inner quotation quote it whole, inner marks and all; it is their child',
      'Odile Varga ended with a line she attributed to her grandmother: “‘Never sell the boat.’”', [
        { text: '‘Never sell the boat.’', kind: 'direct', parent: null },
        { text: 'Never sell the boat.', kind: 'direct', parent: 0 },
      ]],
    ['an inner quotation among other words is not merged', '"We will rebuild the pier," said Odile Varga. "The money is there."', [
      { text: 'We will rebuild the pier,', parent: null },
      { text: 'The money is there.', parent: null },
    ]],
  ])('%s', check(ALL));
});

describe('findQuotes: a quotation left open goes on only where the next paragraph re-opens it', () => {
  it.each<Row>([
    ['re-opened on the next line: one quotation, the re-opening mark removed',
      '“In the past, the town paid for every repair.\n“Now it cannot pay for one,” said Odile Varga.',
      [{ text: 'In the past, the town paid for every repair.\nNow it cannot pay for one,', kind: 'direct' }]],
    ['re-opened after a blank line',
      '“In the past, the town paid for every repair.\n\n“Now it cannot pay for one,” said Odile Varga.',
      [{ text: 'In the past, the town paid for every repair.\n\nNow it cannot pay for one,', kind: 'direct' }]],
    ['re-opened twice, with a possessive ’ in between',
      'Odile Varga said of the harbour: “It is ours.\n“It was our parents’.\n“It will be our children’s.”',
      [{ text: 'It is ours.\nIt was our parents’.\nIt will be our children’s.', kind: 'direct' }]],
    ['a paragraph that does not re-open it leaves it unclosed',
      '“We will rebuild the pier,” said Odile Varga. “The money is there.\nThe council has not answered her letters.',
      [{ text: 'We will rebuild the pier,', kind: 'direct' }, { text: 'The money is there.', kind: 'unclosed' }]],
    ['a quotation inside a mark never closed is read as if that mark were not there',
      '“The pier is closed, said Odile Varga. “We will rebuild it,” said Tomas Reiter.', [
        { kind: 'unclosed', speaker: null },
        { text: 'We will rebuild it,', kind: 'direct', speaker: 'Tomas Reiter' },
      ]],
    ['a single mark does not re-open a double one',
      '“In the past, the town paid for every repair.\n‘Now it pays for nothing,’ said Odile Varga.',
      [{ text: 'In the past, the town paid for every repair.', kind: 'unclosed' }, { text: 'Now it pays for nothing,', kind: 'direct' }]],
    ['in curly text a straight " left open is a stray: the next paragraph does not continue it',
      '“The pier is closed,” said Odile Varga.\n\nThe fishermen said "nobody asked us.\n\n"We will be back," said Tomas Reiter.', [
        { text: 'The pier is closed,', kind: 'direct' },
        { text: 'nobody asked us.', kind: 'unclosed' },
        { text: 'We will be back,', kind: 'direct' },
      ]],
    ['in straight text the same " is re-opened by the next paragraph',
      '"The pier is closed," said Odile Varga.\n\nThe fishermen said "nobody asked us.\n\n"We will be back," said Tomas Reiter.', [
        { text: 'The pier is closed,' },
        { text: 'nobody asked us.\n\nWe will be back,' },
      ]],
  ])('%s', check(ALL));
});

describe('findQuotes: a quotation never re-opened runs on to a later line that opens with its closer', () => {
  it.each<Row>([
    ['a message set line by line: one direct quotation, and its cue',
      'The skipper texted the crew at dawn.\n\n“Morning all,\nNo sailing today, the gale is back.\nStay ashore,” Tomas Reiter wrote.',
      [{ text: 'Morning all,\nNo sailing today, the gale is back.\nStay ashore,', kind: 'direct', speaker: 'Tomas Reiter' }]],
    ['over two paragraphs, the second never re-opened',
      'Odile Varga wrote to the council.\n\n“Dear members,\n\nThe pier will close at noon on Friday,” she wrote.',
      [{ text: 'Dear members,\n\nThe pier will close at noon on Friday,', kind: 'direct', speaker: 'Odile Varga' }]],
    ['not: a later line that opens a quotation of its own',
      '“The pier is closed.\nThe fishermen said “nobody asked us.”',
      [{ text: 'The pier is closed.', kind: 'unclosed' }, { text: 'nobody asked us.', kind: 'partial' }]],
    ['not: past three lines with no marks',
      'Odile Varga wrote: “The pier is closed.\nOne.\nTwo.\nThree.\nFour.\nFive,” said nobody.',
      [{ text: 'The pier is closed.', kind: 'unclosed' }]],
  ])('%s', check(ALL));
});

describe("markAt: doubled apostrophes and backticks ('' ``), read as marks only with asciiQuotes", () => {
  it.each<Row>([
    ["'' is two apostrophes by default", "''We will rebuild the pier,'' said Mayor Odile Varga.", []],
    ["with asciiQuotes, ''…'' is a quotation", "''We will rebuild the pier,'' said Mayor Odile Varga.", [{ text: 'We will rebuild the pier,' }], ASCII],
    ["with asciiQuotes, ``…'' is a quotation", "``We will rebuild the pier,'' said Mayor Odile Varga.", [{ text: 'We will rebuild the pier,' }], ASCII],
    ["with asciiQuotes, a lone ' is still an apostrophe", "''We don't sell to O'Brien,'' said Odile Varga.", [{ text: "We don't sell to O'Brien," }], ASCII],
  ])('%s', check(ALL));
});

describe('markAt: markup', () => {
  it.each<Row>([
    ['an attribute value is no quotation', '<tweet author="Odile Varga" lang="en">The pier will reopen in spring.</tweet>', []],
    ['a quotation inside the element still is',
      '<blockquote cite="harbour-notice">The pier reopens in spring, and “all boats are welcome.”</blockquote>',
      [{ text: 'all boats are welcome.' }]],
  ])('%s', check(ALL));
});
