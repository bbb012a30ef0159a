/**
 * The one typed document that flows through the pipeline.
 * Every span is [start, end) in UTF-16 code units of `doc.text`; `doc.norm` has the same
 * length as `doc.text`, so an offset found in `norm` is an offset in `text`.
 */

export type Span = { start: number; end: number };

export type ParagraphKind = "body" | "heading" | "boilerplate";

export const BOILERPLATE_LABELS = [
  "promo",
  "source",
  "subscribe",
  "share",
  "related",
  "navigation",
  "disclaimer",
  "credit",
  "other",
] as const;
export type BoilerplateLabel = (typeof BOILERPLATE_LABELS)[number];

/** Read-only: the boilerplate stage shares one flag between lines judged alike (the record copies it). */
export interface BoilerplateFlag {
  readonly label: BoilerplateLabel;
  readonly score: number;
  /** rule ids that fired, e.g. "brand:bybit", "imperative-cta" */
  readonly reasons: readonly string[];
}

export interface Paragraph extends Span {
  kind: ParagraphKind;
  language: string;
  boilerplate: BoilerplateFlag | null;
}

export interface Sentence extends Span {
  /** index into doc.paragraphs */
  paragraph: number;
}

export interface Language {
  /** ISO 639-1, or "und" when undecidable */
  code: string;
  confidence: number;
}

export type QuoteType = "direct" | "indirect" | "mixed";
export type SpeakerKind = "person" | "organization" | "group" | "unknown";
export type Resolution = "explicit" | "alias" | "pronoun" | "nominal" | "continuation";

export interface Cue extends Span {
  text: string;
  lemma: string;
}

/** A place in the text that points at a speaker ("Michael", "il", "le PDG de CoreWeave"). */
export interface Mention extends Span {
  text: string;
  kind: SpeakerKind;
  /** index into doc.entities once resolved, else null */
  entity: number | null;
  resolution: Resolution;
  role: string | null;
}

/** One speaker of one article: a cluster of mentions. */
export interface Entity {
  /** canonical name: the fullest form in the article */
  name: string;
  aliases: string[];
  kind: SpeakerKind;
  roles: string[];
  gender: "m" | "f" | null;
}

export interface QuoteSpeaker {
  name: string;
  mention: string;
  mentionStart: number | null;
  mentionEnd: number | null;
  kind: SpeakerKind;
  role: string | null;
  resolution: Resolution;
  /** index into doc.entities, or null when the speaker is not an entity of the article */
  entity: number | null;
}

export interface Quote extends Span {
  type: QuoteType;
  language: string;
  speaker: QuoteSpeaker | null;
  cue: Cue | null;
  topics: string[];
  confidence: number;
  /** index into doc.paragraphs */
  paragraph: number;
  /** index of the sentence within its paragraph */
  sentence: number;
}

export interface Topic {
  id: string;
  score: number;
  evidence: string[];
}

export type MessageLevel = "info" | "warning";
export interface Message {
  level: MessageLevel;
  /** stable id, e.g. "unbalanced-quote-marks" */
  code: string;
  text: string;
  span?: Span;
}

export interface Doc {
  id: string;
  path: string;
  /** decoded input, never rewritten */
  text: string;
  /** same length as text; typographic variants folded */
  norm: string;
  sha256: string;
  encoding: string;
  title: string | null;
  source: string | null;
  /** extra metadata from the input format (HTML author, date, canonical URL) */
  meta: Record<string, string>;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  language: Language;
  quotes: Quote[];
  mentions: Mention[];
  entities: Entity[];
  topics: Topic[];
  messages: Message[];
}

export interface DocInit {
  id: string;
  path?: string;
  text: string;
  sha256?: string;
  encoding?: string;
  title?: string | null;
  source?: string | null;
  meta?: Record<string, string>;
}

export function createDoc(init: DocInit): Doc {
  return {
    id: init.id,
    path: init.path ?? init.id,
    text: init.text,
    norm: init.text,
    sha256: init.sha256 ?? "",
    encoding: init.encoding ?? "utf-8",
    title: init.title ?? null,
    source: init.source ?? null,
    meta: init.meta ?? {},
    paragraphs: [],
    sentences: [],
    language: { code: "und", confidence: 0 },
    quotes: [],
    mentions: [],
    entities: [],
    topics: [],
    messages: [],
  };
}

/**
 * The doc with `changes` applied, as `{ ...doc, ...changes }` gives it, but built from one literal
 * of every field (in the interface's order), so that every doc has the same hidden class. A spread
 * of a 17-field object is copied property by property once V8's clone cache has seen a few
 * shapes, into an object of a shape of its own: 500 articles then left the pipeline with 500
 * shapes, each spread cost ~20 µs and every read of a doc field in every stage was megamorphic.
 * Stages return `withChanges(doc, { … })` and never write to the doc they were given.
 */
export function withChanges(doc: Doc, changes: Partial<Doc>): Doc {
  const next: Doc = {
    id: doc.id,
    path: doc.path,
    text: doc.text,
    norm: doc.norm,
    sha256: doc.sha256,
    encoding: doc.encoding,
    title: doc.title,
    source: doc.source,
    meta: doc.meta,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    language: doc.language,
    quotes: doc.quotes,
    mentions: doc.mentions,
    entities: doc.entities,
    topics: doc.topics,
    messages: doc.messages,
  };
  // writes to fields the literal already has: the hidden class stays the same
  return Object.assign(next, changes);
}

/**
 * The quote with `changes` applied, as `{ ...q, ...changes }` gives it, built from one literal of
 * every field (the order toQuote makes them in) so that every quote keeps one hidden class, for
 * the reason given at withChanges: after two spreads each quote of a run had a shape of its own.
 */
export function quoteWithChanges(q: Quote, changes: Partial<Quote>): Quote {
  const next: Quote = {
    start: q.start,
    end: q.end,
    type: q.type,
    language: q.language,
    speaker: q.speaker,
    cue: q.cue,
    topics: q.topics,
    confidence: q.confidence,
    paragraph: q.paragraph,
    sentence: q.sentence,
  };
  return Object.assign(next, changes);
}

export const spanText = (doc: Doc, s: Span): string => doc.text.slice(s.start, s.end);
export const spanNorm = (doc: Doc, s: Span): string => doc.norm.slice(s.start, s.end);
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Shrinks a span so it neither starts nor ends with white space. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Index of the span holding offset `at` in sorted, disjoint spans, or -1 (binary search). */
export function spanIndexAt(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first item whose start is >= offset (items.length when none), in items sorted by start. */
export function firstAtOrAfter(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * firstAtOrAfter(items, offset), searched outwards from index `from` in steps that double: a few
 * steps when the answer is near `from` (offsets asked in text order, near the last answer), where
 * a binary search over a long list (a 1 MB paragraph: 480,000 tokens) takes twenty.
 */
export function gallopAtOrAfter(items: readonly { start: number }[], from: number, offset: number): number {
  const f = from < items.length ? from : items.length;
  let lo: number;
  let hi: number;
  let step = 1;
  if (f < items.length && items[f].start < offset) {
    // the answer is after f: every item up to lo - 1 starts before the offset
    lo = f + 1;
    hi = f + 1;
    while (hi < items.length && items[hi].start < offset) {
      lo = hi + 1;
      step *= 2;
      hi = f + step;
    }
    if (hi > items.length) hi = items.length;
  } else {
    // the answer is at or before f: every item from hi on starts at or after the offset
    hi = f;
    lo = f - 1;
    while (lo >= 0 && items[lo].start >= offset) {
      hi = lo;
      step *= 2;
      lo = f - step;
    }
    lo = lo < 0 ? 0 : lo + 1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items are already sorted by start (ties allowed): a stable sort would leave them as they are, so it can be skipped. */
export function inStartOrder(items: readonly { start: number }[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i].start < items[i - 1].start) return false;
  return true;
}

/** Index of the paragraph holding offset `at`, or -1. */
export const paragraphAt = (doc: Doc, at: number): number => spanIndexAt(doc.paragraphs, at);

/** Index (in doc.sentences) of the sentence holding offset `at`, or -1. */
export const sentenceAt = (doc: Doc, at: number): number => spanIndexAt(doc.sentences, at);

/** Paragraphs whose text the analysis stages should read (not boilerplate). */
export const contentParagraphs = (doc: Doc): Paragraph[] => doc.paragraphs.filter((p) => p.kind !== "boilerplate");
