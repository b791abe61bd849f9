/**
 * quoteKind and innerKind: what a quoted stretch is. Direct and partial quotations are speech;
 * scare quotes, titles, headline fragments and unclosed marks are not, and carry no speaker. Every
 * table runs with `all`, so the non-speech kinds are listed.
 */
import { describe, expect, it } from 'vitest';
import { ALL, check, quotes, type Row } from './rule-table.js';

/** A body paragraph, long enough that the short line above it reads as a title. */
const BODY = 'Port Aldane’s harbour master said on Monday that the pier rebuilding plan could not go ahead without money from the regional government, and that she would tell the council so.';

describe('quoteKind: direct, a sentence or more of speech', () => {
  it.each<Row>([
    ['a capitalised sentence next to its cue', '“Who pays for this?” asked Ines Kollberg.', [{ text: 'Who pays for this?', kind: 'direct' }]],
    ['a question standing as its own sentence, with no cue', '“Where?” The question hung in the council chamber.', [{ text: 'Where?', kind: 'direct', speaker: null }]],
    ['an exclamation that is the whole article', '“Enough!”', [{ text: 'Enough!', kind: 'direct' }]],
    ['a long sentence after a colon, with no cue', 'Everyone on the quay knew the words by heart: “We sail at dawn, we sail at dusk, we sail whatever the weather.”',
      [{ kind: 'direct', speaker: null }]],
    ['the second half of a split quotation, lower case and all', '“We will not close the harbour,” said Ines Kollberg, “not while I am here.”', [
      { text: 'We will not close the harbour,', kind: 'direct' },
      { text: 'not while I am here.', kind: 'direct' },
    ]],
  ])('%s', check(ALL));
});

describe('quoteKind: partial, a fragment of speech inside a paraphrase', () => {
  it.each<Row>([
    ['a word after a speech verb', 'Harbour master Ines Kollberg called the plan “reckless” on Tuesday.', [{ text: 'reckless', kind: 'partial' }]],
    ['a clause after “said the … was”', 'Ines Kollberg told the crews the plan was “a fantasy.”', [{ text: 'a fantasy.', kind: 'partial' }]],
    ['even capitalised, when it does not open the sentence', 'Ines Kollberg told the crews the plan was “A fantasy.”', [{ text: 'A fantasy.', kind: 'partial' }]],
    ['a long stretch inside a sentence with no cue: speech whose cue is elsewhere',
      'The harbour wall still carries the words “fair wind and a full net for every boat” in faded paint.',
      [{ kind: 'partial', speaker: null }]],
  ])('%s', check(ALL));
});

describe('quoteKind: scare, words held at arm’s length', () => {
  it.each<Row>([
    ['so-called', 'The so-called “experts” from the ministry never visited Port Aldane.', [{ text: 'experts', kind: 'scare', speaker: null }]],
    ['self-styled', 'Nobody on the quay believed the self-styled “saviour of the harbour” would keep his promise.', [{ kind: 'scare' }]],
    ['so-called, even in a sentence with a speech verb', 'Ines Kollberg said the so-called “rescue plan” was “a fantasy.”', [
      { text: 'rescue plan', kind: 'scare', speaker: null },
      { text: 'a fantasy.', kind: 'partial', speaker: 'Ines Kollberg' },
    ]],
    ['a short fragment nobody is said to have said', 'Locals gathered at the “harbour party” on Saturday.', [{ kind: 'scare', speaker: null }]],
    ['a single word closing a sentence with no cue', 'Boats lined up for the “blessing.”', [{ text: 'blessing.', kind: 'scare' }]],
  ])('%s', check(ALL));
});

describe('quoteKind: title, the name of a work, a nickname', () => {
  it.each<Row>([
    ['after a word that announces a title: the novel', 'The board met after the novel “The Long Winter at Aldane” became a bestseller.',
      [{ text: 'The Long Winter at Aldane', kind: 'title', speaker: null }]],
    ['after a word that announces a title: the podcast', 'The harbour master was interviewed for the podcast “Life on the Quay” last spring.', [{ kind: 'title' }]],
    ['a name in title case after an article, beside a speech verb', 'Marit Solberg said at the “Harbour Leaders Forum” that the ferry was safe.',
      [{ text: 'Harbour Leaders Forum', kind: 'title', speaker: null }]],
    ['a single capitalised word after “titled”', 'The council ran a poster campaign, titled “Stay,” across the town.', [{ text: 'Stay,', kind: 'title' }]],
    ['a motto in title case', 'The council’s motto, “Fair Winds for All,” hangs above the door.', [{ kind: 'title' }]],
    ['title case with no speech verb in the sentence', 'On Tuesday the harbour master appeared on “Harbour Hour” to talk about the ferry and the winter timetable.',
      [{ text: 'Harbour Hour', kind: 'title' }]],
    ['a title after a possessive, even beside a speech verb', 'Ines Kollberg told Aldane Radio’s “Morning Tide” that the harbour would close.',
      [{ text: 'Morning Tide', kind: 'title', speaker: null, method: 'none' }]],
    ['a nickname after “known … as”', 'Ines Kollberg, known to the fishermen as “the Admiral,” runs the harbour.', [{ text: 'the Admiral,', kind: 'title' }]],
    ['a name in title case after “is”, even with a speech verb earlier', 'Ines Kollberg says her favourite book is “The Salt Road Home”.',
      [{ text: 'The Salt Road Home', kind: 'title', speaker: null }]],
    ['a name in title case after “are”', 'Marit Solberg insists the loudest songs on the quay are “Harbour Lights” by a long way.',
      [{ text: 'Harbour Lights', kind: 'title', speaker: null }]],
    ['a lower-case word after “is” stays the speaker’s word', 'Marit Solberg insists the ferry plan is “bold”.',
      [{ text: 'bold', kind: 'partial', speaker: 'Marit Solberg' }]],
    ['a capitalised sentence after “is” next to its cue stays speech', 'Her answer is “No Boats Tonight,” Marit Solberg said.',
      [{ text: 'No Boats Tonight,', kind: 'direct', speaker: 'Marit Solberg' }]],
    ['a nickname after “nicknamed”', 'The striker nicknamed “the Hammer” scored twice for Aldane Rovers.', [{ text: 'the Hammer', kind: 'title' }]],
  ])('%s', check(ALL));
});

describe('quoteKind: headline, a fragment in a headline or subhead', () => {
  it.each<Row>([
    ['a short paragraph with no full stop', `Pier plan ‘dead in the water’, says harbour master\n\n${BODY}`,
      [{ text: 'dead in the water', kind: 'headline', speaker: null }]],
    ['the first line, short, above a longer paragraph, full stop or not', `Kollberg says pier plan “dead in the water” after budget vote.\n\n${BODY}`,
      [{ text: 'dead in the water', kind: 'headline' }]],
    ['a subhead in title case, full stop and all',
      `Boats returned to Vellmoor before noon on Friday after the coastguard warned of gales, and most crews stayed ashore.\n\nCrews Say ‘No Thanks’ to Ministry Storm Money.\n\n${BODY}`,
      [{ text: 'No Thanks', kind: 'headline' }]],
    ['not: a first line that is itself a quotation', `“We are not going anywhere,” says harbour master\n\n${BODY}`,
      [{ text: 'We are not going anywhere,', kind: 'direct' }]],
    ['not: two sentences are a paragraph, full stop or not', '“I can stay,” Marit Solberg said. “That is all”',
      [{ text: 'I can stay,', kind: 'direct', speaker: 'Marit Solberg' }, { text: 'That is all' }]],
    ['not: a paragraph that opens with a quoted sentence and a dash', '“We are not going anywhere,” ― Marit Solberg',
      [{ kind: 'direct', speaker: 'Marit Solberg', method: 'dash' }]],
    ['not: a short quotation before a titled name, the sentence closed', '“Not today,” said Deputy Mayor Ines Kollberg.',
      [{ text: 'Not today,', kind: 'direct', speaker: 'Ines Kollberg' }]],
    ['not: a one-word answer before a long title', '“No,” replied Norwegian Fisheries Minister Marit Solberg.',
      [{ text: 'No,', kind: 'direct', speaker: 'Marit Solberg' }]],
    ['not: a question before a titled name, between paragraphs', `${BODY}\n\n“Why now?” asked Port Aldane Council Leader Odile Varga.\n\n${BODY}`,
      [{ text: 'Why now?', kind: 'direct', speaker: 'Odile Varga' }]],
    ['not: a short paragraph whose quotation runs on, re-opened in the next',
      'Odile Varga spoke to the crews.\n\n“We are staying\n\n“Come what may,” she said.',
      [{ text: 'We are staying\n\nCome what may,', kind: 'direct', speaker: 'Odile Varga' }]],
    ['still: a title-case headline with no full stop', `“Not Today,” Says Harbour Master Kollberg\n\n${BODY}`,
      [{ text: 'Not Today,', kind: 'headline' }]],
  ])('%s', check(ALL));
});

describe('quoteKind: unclosed, an opening mark never closed within its paragraph', () => {
  it.each<Row>([
    ['a double mark left open at the end of the article', '“The pier is closed,” said Odile Varga, who called the report “a joke.',
      [{ kind: 'direct' }, { text: 'a joke.', kind: 'unclosed', speaker: null }]],
  ])('%s', check(ALL));
});

describe('innerKind: a quotation inside a quotation', () => {
  it.each<Row>([
    // was: attributeNested (extract.ts) sets every inner quotation to 'direct', so a scare quote inside a quotation becomes speech
    ['a scare quote inside a quotation stays a scare quote', '“The money went to the so-called ‘new marina’ instead,” said Odile Varga.', [
      { text: 'The money went to the so-called ‘new marina’ instead,', kind: 'direct' },
      { text: 'new marina', kind: 'scare' },
    ]],
  ])('%s', check(ALL));
});

describe('quoteKind: unclosed marks are not listed by default', () => {
  it('is not listed without --all', () => {
    expect(quotes('Odile Varga called the report “a joke.', [{ text: '' }])).toEqual([]);
  });
});
