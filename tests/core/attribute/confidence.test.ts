/**
 * The confidence: the weights' file (it loads, every feature it names exists), and the evidence
 * each kind of attribution carries, with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { confidenceOf, CUE, FEATURES, FLOATING, RESOLVED } from '../../../src/core/attribute/confidence.js';
import { WEIGHTS } from '../../../src/core/attribute/confidence-weights.js';
import { extractWithEvidence } from '../../../src/core/extract.js';

describe('the confidence weights', () => {
  it('name only features that exist, each with a finite weight', () => {
    expect(Number.isFinite(WEIGHTS.bias)).toBe(true);
    const named = Object.keys(WEIGHTS.features);
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((f) => !FEATURES.has(f))).toEqual([]);
    expect(Object.values(WEIGHTS.features).filter((w) => !Number.isFinite(w))).toEqual([]);
  });

  it('cover every cue rule, resolution and floating context by name in FEATURES', () => {
    for (const k of Object.keys(CUE)) expect(FEATURES.has(`rule:${k}`)).toBe(true);
    for (const k of Object.keys(FLOATING)) expect(FEATURES.has(`rule:${k}`)).toBe(true);
    for (const k of Object.keys(RESOLVED)) expect(FEATURES.has(`resolved:${k}`)).toBe(true);
  });

  it('give a probability: the logistic of the bias and the weights', () => {
    expect(confidenceOf([])).toBeCloseTo(1 / (1 + Math.exp(-WEIGHTS.bias)), 12);
    const [f, w] = Object.entries(WEIGHTS.features)[0]!;
    expect(confidenceOf([f])).toBeCloseTo(1 / (1 + Math.exp(-(WEIGHTS.bias + w))), 12);
    expect(confidenceOf(['no such feature'])).toBe(confidenceOf([]));
  });
});

type EvidenceRow = [name: string, text: string, quote: number, has: string[], lacks?: string[]];

describe('the evidence of an attribution', () => {
  const rows: EvidenceRow[] = [
    ['a name after the quotation', '“We will open the pier in May,” Ines Kollberg said.', 0, ['rule:cueAfterName', 'resolved:name', 'phrase:name', 'gap:0', 'named:once']],
    ['one word for a name', '“The pier opens in May,” Kollberg said.', 0, ['oneWord']],
    ['a verb before the name after it', '“We will open the pier in May,” said Ines Kollberg, the harbour master.', 0, ['rule:cueAfterVerb', 'phrase:name']],
    ['a pronoun of known gender', 'Ines Kollberg spoke first.\n\n“We will open the pier in May,” she said.', 0, ['rule:cueAfterPronoun', 'resolved:pronounKnownGender', 'phrase:pronoun']],
    ['a pronoun with a rival close behind', 'Ines Kollberg met Maria Duarte on Monday.\n\n“We will open the pier in May,” she said.', 0, ['rule:cueAfterPronoun', 'rival']],
    ['a pronoun with no rival', 'Ines Kollberg spoke first.\n\n“We will open the pier in May,” she said.', 0, [], ['rival']],
    ['the source after according to', '“The pier opens in May,” according to the harbour board.', 0, ['rule:accordingTo']],
    ['a verb before the quotation', 'Ines Kollberg told reporters: “We will open the pier in May.”', 0, ['rule:verbBefore', 'resolved:name']],
    ['the verb earlier in the sentence, words between', 'Ines Kollberg said the plan for the pier was “nearly settled” by then.', 0, ['rule:verbEarlierInSentence', 'kind:partial', 'gap:4-10']],
    ['a speaker and a colon', 'Kollberg: “We will open the pier in May.”', 0, ['rule:colon']],
    ['the subject after a verb that opens the clause', 'Said Ines Kollberg: “We will open the pier in May.”', 0, ['inverted']],
    ['the quotation before in the paragraph', '“We will open the pier in May,” said Ines Kollberg. “The boats are ready.”', 1, ['rule:sameBlock', 'floating:paragraph', 'lastSpeaker']],
    ['the last speaker a paragraph back', '“We will open the pier in May,” said Ines Kollberg.\n\n“The boats are ready.”', 1, ['rule:earlier', 'lastSpeaker'], ['floating:paragraph']],
    ['an organisation', '“The pier opens in May,” the Harbour Board said.', 0, ['group']],
    ['a speaker named often', 'Ines Kollberg came on Monday. Then Ines Kollberg sat, and later Ines Kollberg stood.\n\n“The pier opens in May,” Kollberg said.', 0, ['named:often'], ['named:once']],
    ['a pronoun between the cue and the quotation', 'Ines Kollberg said he had called the plan “a farce” twice.', 0, ['between:pronoun'], ['between:name']],
    ['another name between the cue and the quotation', 'Ines Kollberg said Tomas Berg had called the plan “a farce” twice.', 0, ['between:name']],
    ['a quotation inside another', '“My father told me ‘never sell the boat’ when I was ten,” said Ines Kollberg.', 1, ['nested']],
  ];
  it.each(rows)('%s', (_name, text, quote, has, lacks = []) => {
    const q = extractWithEvidence(text)[quote]!;
    expect(q.speaker).not.toBeNull();
    const evidence = q.evidence ?? [];
    expect(has.filter((f) => !evidence.includes(f))).toEqual([]);
    expect(lacks.filter((f) => evidence.includes(f))).toEqual([]);
    expect(evidence.filter((f) => !FEATURES.has(f))).toEqual([]);
    expect(q.confidence).toBe(Math.round(confidenceOf(evidence) * 100) / 100);
  });

  it('is none where no speaker is found, and the confidence 0', () => {
    const [q] = extractWithEvidence('The pier was full.\n\n“Never again.”');
    expect([q!.speaker, q!.evidence, q!.confidence, q!.method]).toEqual([null, null, 0, 'none']);
  });

  it('gives a named cue a surer confidence than a speaker carried over a paragraph', () => {
    const [named, carried] = extractWithEvidence('“We will open the pier in May,” said Ines Kollberg.\n\n“The boats are ready.”');
    expect(named!.confidence).toBeGreaterThan(carried!.confidence);
    expect(named!.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
