/**
 * Quoted passages that no cue claimed. They are direct quotes when they read like speech (enough
 * words, not a Title-Case name of a work), and not when they are scare quotes, labels or titles
 * ("les « gilets jaunes »", “Candy Quest”). A passage right after an incise ("« A », a-t-il
 * dit, « B »") shares the incise's speaker; others get none (the speaker stage decides continuation).
 */
import type { Doc, Paragraph } from "../doc.ts";
import type { Candidate } from "./view.ts";
import { tokenAtOrAfter, trimmedSpan } from "./view.ts";
import type { PairLookup } from "./pair-lookup.ts";
import type { Token } from "./tokens.ts";
import { SpanSet } from "./span-set.ts";

/** fewer words than this inside the marks and no cue: a term, a label or a scare quote */
const MIN_SPEECH_WORDS = 4;
/** share of capitalised words above which a quoted passage is a title */
const TITLE_CASE_SHARE = 0.6;

export function unclaimedPairQuotes(doc: Doc, para: Paragraph, toks: Token[], lookup: PairLookup, claimed: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  if (para.kind !== "body") return out;
  // the claimed spans, gathered at the first pair long enough to be read (most paragraphs have none)
  let taken: SpanSet<Candidate> | null = null;
  const pairs = lookup.openingIn(para.start, para.end);
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i];
    // fewer than 7 characters cannot hold MIN_SPEECH_WORDS words with letters and the spaces between them
    if (pair.close - pair.open - 1 < 2 * MIN_SPEECH_WORDS - 1) continue;
    taken ??= spanSetOf(claimed);
    if (taken.overlapsSpan(pair.open, pair.close + 1)) continue;
    const words = wordsOf(toks, pair.open + 1, pair.close);
    if (words.length < MIN_SPEECH_WORDS || isTitle(words)) continue;
    const mention = sharedIncise(doc, pair.open, taken);
    if (!mention && !standsAlone(doc.norm, para.start, pair)) continue;
    const { start, end } = trimmedSpan(doc.text, pair.open + 1, pair.close);
    if (end <= start) continue;
    out.push({ start, end, type: "direct", cue: null, mention, confidence: 0.5, pair, paragraph: -1 });
  }
  return out;
}

function spanSetOf(claimed: Candidate[]): SpanSet<Candidate> {
  const set = new SpanSet<Candidate>();
  for (let i = 0; i < claimed.length; i++) set.add(claimed[i]);
  return set;
}

/** made once: a regex literal inside a loop makes a RegExp object at each evaluation */
const LETTER = /\p{L}/u;
const SENTENCE_END = /[.!?…:"»”\u2019)\]—–-]$/u;
const ENDS_WITH_TERMINAL = /[.!?…]["»”\u2019\s]*$/u;

/** A quote of its own opens its sentence (or follows a colon), or ends like a sentence. */
function standsAlone(norm: string, paraStart: number, pair: { open: number; close: number }): boolean {
  const before = norm.slice(Math.max(paraStart, pair.open - 40), pair.open).trimEnd();
  if (pair.open - paraStart === 0 || before.length === 0 || SENTENCE_END.test(before)) return true;
  return ENDS_WITH_TERMINAL.test(norm.slice(pair.open + 1, pair.close));
}

function wordsOf(toks: Token[], from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let k = tokenAtOrAfter(toks, from); k < toks.length && toks[k].start < to; k++) if (toks[k].word && LETTER.test(toks[k].low)) out.push(toks[k]);
  return out;
}

function isTitle(words: Token[]): boolean {
  const long = words.filter((w) => w.low.length > 3);
  if (!long.length) return true;
  return long.filter((w) => w.cap).length / long.length >= TITLE_CASE_SHARE;
}

/** "« A », a-t-il dit, « B »": B follows the incise of A with only a comma between. */
function sharedIncise(doc: Doc, open: number, taken: SpanSet<Candidate>): Candidate["mention"] {
  const c = taken.before(open);
  if (!c || c.type !== "direct" || !c.cue || !c.mention || c.cue.start < c.end) return null;
  const tail = Math.max(c.cue.end, c.mention.end);
  if (tail > open || open - tail > 3) return null;
  const gap = doc.norm.slice(tail, open).trim();
  return gap === "," || gap === ":" || gap === "" ? c.mention : null;
}
