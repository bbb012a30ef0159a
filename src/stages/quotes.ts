/**
 * quotes — requires: norm, paragraphs (kind, language), sentences. Assigns: quotes (span, type,
 * cue, raw speaker mention, paragraph, sentence, language, confidence), messages
 * ("unbalanced-quote-marks").
 * One pass per paragraph: quotation marks are paired over the document, each content paragraph
 * is tokenised once, cue verbs are looked up in a Map of inflected forms, and each sentence's
 * cues are framed into direct, indirect or mixed quotes (src/quotes/frames.ts). Quoted passages
 * that no cue claims are kept as direct quotes when they read like speech (src/quotes/unclaimed.ts),
 * with no speaker: the speaker stage decides continuation.
 */
import type { Doc, Message, Paragraph, Quote, QuoteSpeaker, Sentence } from "../doc.ts";
import { gallopAtOrAfter, inStartOrder, sentenceAt, withChanges } from "../doc.ts";
import { SpanSet } from "../quotes/span-set.ts";
import type { Context } from "../context.ts";
import { lexiconFor } from "../lexicons/index.ts";
import { cueIndexFor, type CueIndex } from "../quotes/cue-index.ts";
import { pairMarks, type MarkPair } from "../quotes/marks.ts";
import { tokenize, type Token } from "../quotes/tokens.ts";
import { findCueGroups } from "../quotes/cue-groups.ts";
import { sentenceQuotes } from "../quotes/frames.ts";
import { forgetTokenSearch, tokenAtOrAfter, type Candidate, type SentenceView } from "../quotes/view.ts";
import { unclaimedPairQuotes } from "../quotes/unclaimed.ts";
import { PairLookup } from "../quotes/pair-lookup.ts";
import { spanLanguage } from "../language/span.ts";
import { mapPacked } from "../packed-map.ts";

interface ParagraphWork {
  index: number;
  para: Paragraph;
  idx: CueIndex;
}

export function quotes(doc: Doc, ctx: Context): Doc {
  const work: ParagraphWork[] = [];
  doc.paragraphs.forEach((para, index) => {
    if (para.kind !== "boilerplate") work.push({ index, para, idx: cueIndexFor(lexiconFor(para.language)) });
  });
  const paired = pairMarks(
    doc.text,
    mapPacked(work, (w) => ({ start: w.para.start, end: w.para.end, singleQuoteMarks: w.idx.singleQuoteMarks })),
  );
  const marks = new MarkOffsets(paired.pairs);
  const lookup = new PairLookup(paired.pairs.filter((p) => p.depth === 0));
  const candidates: Candidate[] = [];
  const sentencesOf = sentencesByParagraph(doc);
  // (index loops here and in the rules a page of quotes runs tens of thousands of times: until a
  // function is optimised, each for-of step makes an iterator result object)
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    // a paragraph's tokens are made, read and dropped in turn (pairing reads the text only): on a
    // long text they die young instead of being copied through the young generation
    const toks = tokenize(doc.norm, w.para.start, w.para.end, w.idx);
    marks.flag(toks, w.para.start, w.para.end);
    const found = paragraphQuotes(doc, w, toks, lookup, sentencesOf);
    const unclaimed = unclaimedPairQuotes(doc, w.para, toks, lookup, found);
    for (let k = 0; k < found.length; k++) candidates.push(inParagraph(found[k], w.index));
    for (let k = 0; k < unclaimed.length; k++) candidates.push(inParagraph(unclaimed[k], w.index));
    forgetTokenSearch();
  }
  const quotes = mapPacked(dedupe(candidates), (c) => toQuote(doc, ctx, c, sentencesOf));
  const messages = [...doc.messages, ...unbalancedMessages(doc, paired.unbalanced)];
  return withChanges(doc, { quotes, messages });
}

/** The candidate, tagged with its paragraph (candidates are fresh objects of this stage: no copy). */
function inParagraph(c: Candidate, paragraph: number): Candidate {
  c.paragraph = paragraph;
  return c;
}

/**
 * The offsets of the paired quotation marks, to flag their tokens so phrases stop at them. The
 * offsets are read in text order (opening marks come sorted; closing marks are sorted apart) and
 * paragraphs are flagged in text order: a finger moves forward over each list, and one over a
 * paragraph's tokens: few marks cost a few searches, 1 MB of marks one walk.
 */
class MarkOffsets {
  private readonly opens: Int32Array;
  private readonly closes: Int32Array;
  /** the first open and close offsets not yet passed */
  private nextOpen = 0;
  private nextClose = 0;

  constructor(pairs: readonly MarkPair[]) {
    this.opens = new Int32Array(pairs.length);
    this.closes = new Int32Array(pairs.length);
    for (let i = 0; i < pairs.length; i++) {
      this.opens[i] = pairs[i].open;
      this.closes[i] = pairs[i].close;
    }
    this.closes.sort();
  }

  /** Flags the paragraph's mark tokens (paragraphs asked in text order). */
  flag(toks: Token[], start: number, end: number): void {
    this.nextOpen = flagAt(toks, this.opens, this.nextOpen, start, end);
    this.nextClose = flagAt(toks, this.closes, this.nextClose, start, end);
  }
}

/**
 * Flags the non-word token that starts at each offset in [start, end) of the increasing list,
 * reading it from position `from`; returns the first position at or after `end`.
 */
function flagAt(toks: Token[], offsets: Int32Array, from: number, start: number, end: number): number {
  let i = from;
  while (i < offsets.length && offsets[i] < start) i++;
  let k = 0;
  for (; i < offsets.length && offsets[i] < end; i++) {
    const offset = offsets[i];
    k = gallopAtOrAfter(toks, k, offset);
    if (k < toks.length && toks[k].start === offset && !toks[k].word) toks[k].mark = true;
  }
  return i;
}

/** Each paragraph's first sentence in doc.sentences (-1 when none) and its number of sentences: no array per paragraph. */
interface SentenceIndex {
  first: Int32Array;
  count: Int32Array;
}

function sentencesByParagraph(doc: Doc): SentenceIndex {
  const first = new Int32Array(doc.paragraphs.length).fill(-1);
  const count = new Int32Array(doc.paragraphs.length);
  doc.sentences.forEach((s, i) => {
    if (first[s.paragraph] < 0) first[s.paragraph] = i;
    count[s.paragraph]++;
  });
  return { first, count };
}

/**
 * A sentence's view; its pair look-ups are methods over the document's PairLookup (closures made
 * per document would each be named at run time by the CLI's compiler).
 */
class View implements SentenceView {
  constructor(
    readonly text: string,
    readonly toks: Token[],
    readonly start: number,
    readonly end: number,
    readonly idx: CueIndex,
    private readonly lookup: PairLookup,
  ) {}

  pairsWithin(from: number, to: number): MarkPair[] {
    return this.lookup.within(from, to);
  }

  pairAround(offset: number): MarkPair | null {
    return this.lookup.around(offset);
  }

  pairClosingAt(offset: number): MarkPair | null {
    return this.lookup.closingAt(offset);
  }

  pairOpeningAt(offset: number): MarkPair | null {
    return this.lookup.openingAt(offset);
  }
}

function paragraphQuotes(doc: Doc, w: ParagraphWork, toks: Token[], lookup: PairLookup, index: SentenceIndex): Candidate[] {
  const from = index.first[w.index];
  let left = index.count[w.index];
  // one sentence (short paragraphs, a page of quote lines): its quotes are already disjoint and in order
  if (left === 1 && from >= 0) return sentenceQuotesAt(doc, w, toks, lookup, doc.sentences[from]);
  const out = new SpanSet<Candidate>();
  for (let i = from; left > 0 && i >= 0 && i < doc.sentences.length; i++) {
    const s = doc.sentences[i];
    if (s.paragraph !== w.index) continue;
    left--;
    const found = sentenceQuotesAt(doc, w, toks, lookup, s);
    for (let k = 0; k < found.length; k++) out.add(found[k]);
  }
  return out.items;
}

/** The quotes of one sentence of the paragraph, disjoint and in text order. */
function sentenceQuotesAt(doc: Doc, w: ParagraphWork, toks: Token[], lookup: PairLookup, s: Sentence): Candidate[] {
  const start = tokenAtOrAfter(toks, s.start);
  const end = tokenAtOrAfter(toks, s.end);
  if (end <= start) return [];
  const view = new View(doc.text, toks, start, end, w.idx, lookup);
  return sentenceQuotes(view, findCueGroups(toks, start, end, w.idx));
}

/** Overlapping candidates: the more confident (then the earlier) one wins. */
function dedupe<T extends Candidate>(cs: T[]): T[] {
  // most articles have no overlap at all: then every candidate stays, in text order (the stage
  // makes them in text order nearly always: then they are read as they are, with no sorted copy)
  const byStart = inStartOrder(cs) ? cs : [...cs].sort((a, b) => a.start - b.start);
  let disjoint = true;
  // (two spans from one offset count as overlapping, as in SpanSet, even when one is empty)
  for (let i = 1; i < byStart.length && disjoint; i++) if (byStart[i - 1].end > byStart[i].start || byStart[i - 1].start === byStart[i].start) disjoint = false;
  if (disjoint) return unsuppressed(byStart);
  const sorted = [...cs].sort((a, b) => b.confidence - a.confidence || a.start - b.start);
  sorted.sort((a, b) => Number(!!b.suppress) - Number(!!a.suppress));
  const kept = new SpanSet<T>();
  for (let i = 0; i < sorted.length; i++) kept.add(sorted[i]);
  return unsuppressed(kept.items);
}

/** The candidates that are not suppressed, in their order (a loop: no callback per candidate). */
function unsuppressed<T extends Candidate>(cs: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < cs.length; i++) if (!cs[i].suppress) out.push(cs[i]);
  return out;
}

function toQuote(doc: Doc, ctx: Context, c: Candidate, index: SentenceIndex): Quote {
  const para = doc.paragraphs[c.paragraph];
  return {
    start: c.start,
    end: c.end,
    type: c.type,
    language: quoteLanguage(ctx, doc.text, c, para.language),
    speaker: c.mention ? rawSpeaker(doc, c.mention) : null,
    cue: c.cue ? { start: c.cue.start, end: c.cue.end, lemma: c.cue.lemma, text: doc.text.slice(c.cue.start, c.cue.end) } : null,
    topics: [],
    confidence: c.confidence,
    paragraph: c.paragraph,
    sentence: sentenceInParagraph(doc, c.start, c.paragraph, index),
  };
}

function rawSpeaker(doc: Doc, m: NonNullable<Candidate["mention"]>): QuoteSpeaker {
  const mention = doc.text.slice(m.start, m.end);
  return {
    name: mention,
    mention,
    mentionStart: m.start,
    mentionEnd: m.end,
    kind: "unknown",
    role: null,
    resolution: m.pronoun ? "pronoun" : "explicit",
    entity: null,
  };
}

/** A quote is speech: its language is detected with its paragraph's language as a slight prior (read in place: no copy of the quote). */
function quoteLanguage(ctx: Context, text: string, quote: Candidate, fallback: string): string {
  return spanLanguage(ctx.detectSpanLanguage, text, fallback, ctx.settings, quote.start, quote.end);
}

function sentenceInParagraph(doc: Doc, at: number, paragraph: number, index: SentenceIndex): number {
  const first = index.first[paragraph];
  const i = sentenceHolding(doc, at, first, first < 0 ? 0 : first + index.count[paragraph]);
  return i < 0 ? 0 : Math.max(0, i - (first >= 0 ? first : i));
}

/**
 * sentenceAt(doc, at), searched first among doc.sentences[from, to) (the quote's paragraph, which
 * nearly always holds it: a search over the few sentences near it, not over all the document's).
 */
function sentenceHolding(doc: Doc, at: number, from: number, to: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return sentenceAt(doc, at);
}

/** at most this many unbalanced-mark messages per article; the last one says how many more */
const MAX_MARK_MESSAGES = 10;

function unbalancedMessages(doc: Doc, offsets: number[]): Message[] {
  const shown = mapPacked(offsets.slice(0, MAX_MARK_MESSAGES), (at): Message => ({
    level: "warning" as const,
    code: "unbalanced-quote-marks",
    text: `quotation mark ${doc.text[at]} at offset ${at} has no partner; the quotes around it may be incomplete`,
    span: { start: at, end: at + 1 },
  }));
  const more = offsets.length - shown.length;
  if (more > 0) shown.push({ level: "warning", code: "unbalanced-quote-marks", text: `${more} more quotation marks have no partner` });
  return shown;
}

export type { MarkPair };
