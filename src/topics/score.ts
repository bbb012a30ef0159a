/**
 * Topic scores. An article's score for a topic grows with the specificity (weight) of each
 * matched term and its frequency (each repeat of the same term counts a little less),
 * boosted in the title and the first paragraphs, normalised by the article's length, and
 * squashed into [0, 1). A quote's topics come from the terms inside it, plus, at a lower
 * weight, the terms of the sentences it sits in.
 */
import type { Span, Topic } from "../doc.ts";
import { STRONG_WEIGHT, type Hit } from "./matcher.ts";
import { mapPacked } from "../packed-map.ts";

/** a match in the title counts this many times */
export const TITLE_BOOST = 2.5;
/** a match in the first, second… content paragraph (the lead) counts this many times */
export const LEAD_BOOSTS: readonly number[] = [2, 1.5];
/** articles up to this many content words are scored as if they had this many */
export const REFERENCE_WORDS = 150;
/** longer articles are scored as if their evidence were divided by (words / REFERENCE_WORDS) ^ LENGTH_EXPONENT */
export const LENGTH_EXPONENT = 0.35;
/**
 * raw evidence that gives a score of 1 − 1/e (≈ 0.63) in an article of REFERENCE_WORDS words:
 * one strong term in the body of a short article scores ≈ 0.26, two ≈ 0.41
 */
export const SATURATION = 3.3;
/** the k-th repeat of the same term counts 1 / k ^ REPEAT_DAMPING */
export const REPEAT_DAMPING = 0.25;
/** an article topic needs at least this many matches: one word is a passing word, not a subject */
export const MIN_ARTICLE_HITS = 2;
/** at most this many evidence strings per topic */
export const MAX_EVIDENCE = 8;
/** quotes: the terms of the quote's sentence outside the quote count this much */
export const SENTENCE_WEIGHT = 0.5;
/** quotes: a topic of the whole article counts this many times more in its quotes */
export const ARTICLE_TOPIC_PRIOR = 1.5;
/** quotes: a topic needs this much evidence */
export const QUOTE_THRESHOLD = 0.75;

/** A hit with its position boost and the text its offsets point into (the article's, or its title). */
export interface ScoredHit extends Hit {
  boost: number;
  source: string;
}

/** the words a hit matched, as written */
const surfaceOf = (h: ScoredHit): string => h.source.slice(h.start, h.end);

/** per term, how many times it was seen so far in the article (zeroed again after each article) */
let repeats = new Uint32Array(0);

/**
 * Raw evidence per topic, each repeat of a term damped. Weak terms need company: they count
 * only for a topic that has at least one strong term in the article.
 */
function rawScores(hits: readonly ScoredHit[], topicCount: number, termCount: number): Float64Array {
  const strong = new Float64Array(topicCount);
  const weak = new Float64Array(topicCount);
  if (repeats.length < termCount) repeats = new Uint32Array(termCount);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    const k = ++repeats[h.term];
    const value = (h.weight * h.boost) / Math.pow(k, REPEAT_DAMPING);
    if (h.weight < STRONG_WEIGHT) weak[h.topic] += value;
    else strong[h.topic] += value;
  }
  for (let i = 0; i < hits.length; i++) repeats[hits[i].term] = 0;
  for (let t = 0; t < topicCount; t++) strong[t] = strong[t] > 0 ? strong[t] + weak[t] : 0;
  return strong;
}

/** The score of raw evidence in an article of `words` content words. */
export function squash(raw: number, words: number): number {
  const lengthNorm = Math.pow(Math.max(words, REFERENCE_WORDS) / REFERENCE_WORDS, LENGTH_EXPONENT);
  return 1 - Math.exp(-raw / (SATURATION * lengthNorm));
}

interface Form {
  surface: string;
  n: number;
  first: number;
}

/** Matched forms of one topic, the ones that weigh most in the score first, one per lower-case form. */
function evidence(hits: readonly ScoredHit[], topic: number): string[] {
  const forms = new Map<string, Form>();
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h.topic !== topic) continue;
    const surface = surfaceOf(h);
    const key = surface.toLowerCase();
    const c = forms.get(key);
    if (c) c.n += h.weight * h.boost;
    else forms.set(key, { surface, n: h.weight * h.boost, first: i });
  }
  const sorted = [...forms.values()].sort((a, b) => b.n - a.n || a.first - b.first);
  const out: string[] = [];
  for (let i = 0; i < sorted.length && i < MAX_EVIDENCE; i++) out.push(sorted[i].surface);
  return out;
}

/** The article's topics at or above `threshold`, best first; `termCount`: the number of terms of the taxonomy. */
export function articleTopics(
  hits: readonly ScoredHit[],
  words: number,
  ids: readonly string[],
  threshold: number,
  termCount: number,
): Topic[] {
  if (hits.length === 0) return [];
  const raw = rawScores(hits, ids.length, termCount);
  const count = new Uint32Array(ids.length);
  for (let i = 0; i < hits.length; i++) count[hits[i].topic]++;
  const out: Topic[] = [];
  for (let t = 0; t < ids.length; t++) {
    const r = raw[t];
    if (r <= 0 || count[t] < MIN_ARTICLE_HITS) continue;
    const score = squash(r, words);
    if (score >= threshold) out.push({ id: ids[t], score, evidence: evidence(hits, t) });
  }
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** evidence per topic of the quote being scored, and which topics have a strong term (zeroed after each quote) */
let quoteRaw = new Float64Array(0);
let quoteStrong = new Uint8Array(0);

/**
 * Topic ids of one quote: terms inside the quote count fully, terms elsewhere in its sentences
 * (`sentences[first, last)`, sorted and disjoint) count SENTENCE_WEIGHT, topics of the article
 * count ARTICLE_TOPIC_PRIOR times more. As in articles, weak terms need a strong term of their
 * topic beside them. `hits` are the body hits sorted by start.
 */
export function quoteTopics(
  quote: Span,
  sentences: readonly Span[],
  first: number,
  last: number,
  hits: readonly ScoredHit[],
  ids: readonly string[],
  articleTopicIds: ReadonlySet<string>,
): string[] {
  let from = quote.start;
  let to = quote.end;
  for (let s = first; s < last; s++) {
    if (sentences[s].start < from) from = sentences[s].start;
    if (sentences[s].end > to) to = sentences[s].end;
  }
  if (quoteRaw.length < ids.length) {
    quoteRaw = new Float64Array(ids.length);
    quoteStrong = new Uint8Array(ids.length);
  }
  const touched: number[] = [];
  for (let i = firstStartingAt(hits, from); i < hits.length && hits[i].start < to; i++) {
    const h = hits[i];
    const inside = h.start >= quote.start && h.end <= quote.end;
    if (!inside && !inSomeSentence(h, sentences, first, last)) continue;
    if (!touched.includes(h.topic)) touched.push(h.topic);
    quoteRaw[h.topic] += h.weight * (inside ? 1 : SENTENCE_WEIGHT);
    if (h.weight >= STRONG_WEIGHT) quoteStrong[h.topic] = 1;
  }
  const kept: Array<{ id: string; r: number }> = [];
  for (const t of touched) {
    const r = articleTopicIds.has(ids[t]) ? quoteRaw[t] * ARTICLE_TOPIC_PRIOR : quoteRaw[t];
    if (quoteStrong[t] === 1 && r >= QUOTE_THRESHOLD) kept.push({ id: ids[t], r });
    quoteRaw[t] = 0;
    quoteStrong[t] = 0;
  }
  if (kept.length > 1) kept.sort((a, b) => b.r - a.r || a.id.localeCompare(b.id));
  return mapPacked(kept, (k) => k.id);
}

function inSomeSentence(h: Span, sentences: readonly Span[], first: number, last: number): boolean {
  for (let s = first; s < last; s++) if (h.start >= sentences[s].start && h.end <= sentences[s].end) return true;
  return false;
}

/** index of the first hit starting at or after `at` (hits sorted by start) */
function firstStartingAt(hits: readonly ScoredHit[], at: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
