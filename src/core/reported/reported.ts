/**
 * The reported-speech stage (with `indirect`): after a block's quotations are resolved, the
 * statements its sentences report without quotation marks (find-reported.ts) and the transcript
 * turns that open in it (turns.ts), each with its speaker read against the discourse.
 *
 *     Elena Marquez said that the bridge would open.  → indirect, Elena Marquez
 *     She also claimed that the city had paid.        → indirect, she → Elena Marquez
 *     HALVEY: It is more of a plan than you offered.  → turn, Dale Halvey
 *
 * Speakers are resolved in a fork of the discourse (Discourse.fork): the quotations are
 * attributed exactly as they are without `indirect`.
 */
import { INTERVIEWER_ROLES } from '../../lexicon/reported.js';
import { INDIRECT, INDIRECT_RESOLVED } from '../attribute/confidence.js';
import type { Phrase } from '../grammar/phrases.js';
import type { Article, ReadBlock } from '../read/blocks.js';
import type { Discourse, Entity, Resolved } from '../resolve-speakers/discourse.js';
import type { Finding } from '../resolve-speakers/finding.js';
import { interviewee, resolvePhrase } from '../resolve-speakers/resolve.js';
import type { AttributionMethod } from '../types.js';
import { findReported, type ReportedCue } from './find-reported.js';
import { findTurns, type Turn } from './turns.js';

/** A statement without quotation marks, before it becomes a record: code unit ranges, half-open. */
export interface Unquoted {
  kind: 'indirect' | 'turn';
  content: [number, number];
  speaker: Entity | null;
  mention: [number, number] | null;
  cue: [number, number] | null;
  method: AttributionMethod;
  confidence: number;
  /** the sentence that holds the content (a turn: the turn, its label included), for `context` */
  context: [number, number];
}

/** What is still to find in one article: its turns, found once. */
export class ReportedSpeechStage {
  private readonly turns: Turn[];
  private nextTurn = 0;

  constructor(private readonly article: Article) {
    this.turns = findTurns(article.doc);
  }

  /** The statements without quotation marks in a block (read, its quotations resolved as `findings`), in order of position. */
  read(read: ReadBlock, findings: readonly Finding[], d: Discourse): Unquoted[] {
    const { block, reader: r } = read;
    const first = block.opening[0];
    const whole = (quote: number) => {
      const kind = findings[quote - first]?.kind;
      return kind === 'direct' || this.article.quotes[quote]!.unclosed;
    };
    const pending: Array<{ at: number; resolve: (fork: Discourse) => Unquoted }> = [];
    for (const s of read.sentences) {
      for (const found of findReported(r, s, whole)) {
        const content: [number, number] = [r.tokens[found.from]!.start, r.tokens[found.to - 1]!.end];
        const sentence: [number, number] = [r.tokens[s.start]!.start, r.tokens[s.end - 1]!.end];
        pending.push({ at: content[0], resolve: (fork) => said(fork, read, found.cue, content, sentence) });
      }
    }
    while (this.nextTurn < this.turns.length && this.turns[this.nextTurn]!.first <= block.last) {
      const turn = this.turns[this.nextTurn++]!;
      if (turn.first >= block.first) pending.push({ at: turn.content[0], resolve: (fork) => this.turn(fork, read, turn) });
    }
    if (pending.length === 0) return [];
    const fork = d.fork();
    return pending.sort((a, b) => a.at - b.at).map((p) => p.resolve(fork));
  }

  /** A transcript turn: the speaker its label names; Q the interviewer's, A the interviewee's. */
  private turn(d: Discourse, read: ReadBlock, turn: Turn): Unquoted {
    const { reader: r, block } = read;
    const text = this.article.doc.text;
    let end = turn.content[1];
    while (end > turn.content[0] && /\s/.test(text[end - 1]!)) end--;
    const [labelStart, labelEnd] = turn.label;
    let resolved: Resolved;
    if (turn.interview === 'A') resolved = interviewee(d, labelStart, labelEnd);
    else if (turn.interview === 'Q') resolved = { entity: interviewer(d), mentionStart: labelStart, mentionEnd: labelEnd, how: 'interviewee' };
    else {
      const i = r.tokens.findIndex((t) => t.start === labelStart);
      let j = i;
      while (j >= 0 && j < r.tokens.length && r.tokens[j]!.end <= labelEnd) j++;
      const phrase: Phrase = { kind: 'name', start: i, end: j, nameStart: i, nameEnd: j, role: null };
      resolved = i >= 0 && j > i ? resolvePhrase(d, r, phrase, block.index) : { entity: null, mentionStart: labelStart, mentionEnd: labelEnd, how: null };
    }
    const confidence = turn.interview ? INDIRECT.interview : INDIRECT.turn;
    return unquoted('turn', [turn.content[0], end], resolved, [labelEnd, labelEnd + 1], 'transcript', confidence, [labelStart, end]);
  }
}

/** Reported speech: the speaker its cue names. */
function said(d: Discourse, read: ReadBlock, c: ReportedCue, content: [number, number], sentence: [number, number]): Unquoted {
  const { reader: r, block } = read;
  const resolved = resolvePhrase(d, r, c.phrase, block.index);
  const cue: [number, number] = [r.tokens[c.cueStart]!.start, r.tokens[c.cueEnd - 1]!.end];
  return unquoted('indirect', content, resolved, cue, c.method, c.confidence, sentence);
}

function unquoted(
  kind: Unquoted['kind'], content: [number, number], resolved: Resolved, cue: [number, number], method: AttributionMethod, confidence: number,
  context: [number, number],
): Unquoted {
  const speaker = resolved.entity;
  return {
    kind, content, speaker, mention: [resolved.mentionStart, resolved.mentionEnd], cue,
    method: speaker ? method : 'none', confidence: speaker && resolved.how ? confidence * INDIRECT_RESOLVED[resolved.how] : 0, context,
  };
}

/** Who asks an interview's questions: the last person named with a role such as reporter or interviewer, or null. */
function interviewer(d: Discourse): Entity | null {
  const mentions = d.mentions.recent;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const e = mentions[k]!.entity;
    const head = e.role?.split(' ').pop()?.toLowerCase();
    if (!e.group && e !== d.firstPerson && head && INTERVIEWER_ROLES.has(head)) return e;
  }
  return null;
}
