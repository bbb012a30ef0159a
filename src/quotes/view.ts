/**
 * What the frame rules share: the candidate quote they produce, the view of one sentence they read,
 * and small helpers over its tokens.
 */
import { firstAtOrAfter, gallopAtOrAfter, type QuoteType } from "../doc.ts";
import type { CueIndex } from "./cue-index.ts";
import type { MarkPair } from "./marks.ts";
import type { Token } from "./tokens.ts";
import { isSpaceUnit } from "./tokens.ts";
import type { CueGroup } from "./cue-groups.ts";
import type { Phrase } from "./phrases.ts";

export interface Candidate {
  start: number;
  end: number;
  type: QuoteType;
  cue: { start: number; end: number; lemma: string } | null;
  /** offsets of the speaker mention, or null */
  mention: { start: number; end: number; pronoun: boolean } | null;
  confidence: number;
  /** the pair a direct quote is made of */
  pair: MarkPair | null;
  /** the rest of a quote that its incise interrupted ("« A, a-t-il dit. B »") */
  tail?: Candidate;
  /** a quoted passage the narrator says ("“…,” I said"): not a quote, and no other rule may take it */
  suppress?: boolean;
  /**
   * its paragraph (doc.paragraphs), set by the stage: -1 where a candidate is made, so setting it
   * changes no value's shape (adding the property to each candidate made V8 give it a new one)
   */
  paragraph: number;
}

export interface SentenceView {
  /** the document's text */
  text: string;
  toks: Token[];
  start: number;
  /** exclusive */
  end: number;
  idx: CueIndex;
  /** top-level pairs that open at or after `from` and close before `to` */
  pairsWithin: (from: number, to: number) => MarkPair[];
  /** the top-level pair whose content holds an offset, or null */
  pairAround: (offset: number) => MarkPair | null;
  pairClosingAt: (offset: number) => MarkPair | null;
  pairOpeningAt: (offset: number) => MarkPair | null;
}

export const OPENING_MARKS = new Set(["«", '"', "‹", "\u201C", "\u201E", "\u2018"]);

/**
 * The array and the answer of the last tokenAtOrAfter in a long paragraph: the rules read a paragraph in text order and
 * ask about offsets near the last one, so a search that starts there takes a few steps where a
 * binary search over a paragraph of 480,000 tokens takes 19.
 */
let fingerToks: Token[] | null = null;
let finger = 0;

/** Drops the last search's tokens (the stage calls it after each paragraph: no paragraph's tokens outlive it). */
export function forgetTokenSearch(): void {
  fingerToks = null;
  finger = 0;
}

/** below this many tokens (nearly every paragraph), a plain binary search: a few steps, no state */
const LONG_PARAGRAPH = 1024;

/** Index of the first token starting at or after an offset (in a long paragraph, a galloping search from the last answer in the same tokens). */
export function tokenAtOrAfter(toks: Token[], offset: number): number {
  if (toks.length < LONG_PARAGRAPH) return firstAtOrAfter(toks, offset);
  const found = toks === fingerToks ? gallopAtOrAfter(toks, finger, offset) : firstAtOrAfter(toks, offset);
  fingerToks = toks;
  finger = found;
  return found;
}

/** Number of word tokens between two offsets. */
export function wordsBetween(toks: Token[], from: number, to: number): number {
  let n = 0;
  for (let k = tokenAtOrAfter(toks, from); k < toks.length && toks[k].start < to; k++) if (toks[k].word) n++;
  return n;
}

export function firstContentToken(v: SentenceView, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const t = v.toks[k];
    if (t.word || OPENING_MARKS.has(t.low) || v.pairOpeningAt(t.start)) return k;
  }
  return -1;
}

export function onlyOpeners(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (v.toks[k].low !== "," && !v.idx.clauseOpeners.has(v.toks[k].low)) return false;
  return true;
}

export function onlyPunctuationBetween(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (v.toks[k].word) return false;
  return true;
}

/** The first word token after an offset in the sentence, or -1 when only punctuation follows. */
export function nextWordAfter(v: SentenceView, offset: number): number {
  for (let k = tokenAtOrAfter(v.toks, offset + 1); k < v.end; k++) if (v.toks[k].word) return k;
  return -1;
}

/** Is the token before an offset (in the sentence) a word? */
export function precededByWord(v: SentenceView, offset: number): boolean {
  const k = tokenAtOrAfter(v.toks, offset) - 1;
  return k >= v.start && v.toks[k].word;
}

export function trimmedSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && isSpaceUnit(text.charCodeAt(s))) s++;
  while (e > s && isSpaceUnit(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

export function cueOf(v: SentenceView, g: CueGroup) {
  const first = v.toks[g.first];
  const last = v.toks[g.inverted >= 0 && g.inverted > g.verb ? g.verb : g.last];
  return { start: first.start, end: Math.max(last.end, v.toks[g.verb].end), lemma: g.lemma };
}

export function mentionOf(v: SentenceView, p: Phrase | null): Candidate["mention"] {
  if (!p || p.kind === "first-person") return null;
  return { start: v.toks[p.start].start, end: v.toks[p.end].end, pronoun: p.kind === "pronoun" };
}
