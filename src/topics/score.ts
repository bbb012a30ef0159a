/**
 * Topic scores. An article's score for a topic grows with the specificity (weight) of each
 * matched term and its frequency (each repeat of the same term counts a little less),
 * boosted in the title and the first paragraphs, normalised by the article's length, and
 * squashed into [0, 1). A quote's topics come from the terms inside it, plus, at a lower
 * weight, the terms of the sentences it sits in.
 */
import type { Span, Topic } from "../doc.ts";
import { STRONG_WEIGHT, type Hit } from "./matcher.ts";

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

/** A hit with its position boost and the words it matched. */
export interface ScoredHit extends Hit {
  boost: number;
  surface: string;
}

/**
 * Raw evidence per topic, each repeat of a term damped. Weak terms need company: they count
 * only for a topic that has at least one strong term in the article.
 */
function rawScores(hits: readonly ScoredHit[], topicCount: number): number[] {
  const strong = new Array<number>(topicCount).fill(0);
  const weak = new Array<number>(topicCount).fill(0);
  const seen = new Map<number, number>();
  for (const h of hits) {
    const k = (seen.get(h.term) ?? 0) + 1;
    seen.set(h.term, k);
    const value = (h.weight * h.boost) / Math.pow(k, REPEAT_DAMPING);
    if (h.weight < STRONG_WEIGHT) weak[h.topic] += value;
    else strong[h.topic] += value;
  }
  return strong.map((s, t) => (s > 0 ? s + weak[t] : 0));
}

/** The score of raw evidence in an article of `words` content words. */
export function squash(raw: number, words: number): number {
  const lengthNorm = Math.pow(Math.max(words, REFERENCE_WORDS) / REFERENCE_WORDS, LENGTH_EXPONENT);
  return 1 - Math.exp(-raw / (SATURATION * lengthNorm));
}

/** Matched forms of the wanted topics, the ones that weigh most in the score first, one per lower-case form. */
function evidence(hits: readonly ScoredHit[], wanted: ReadonlySet<number>): Map<number, string[]> {
  const byTopic = new Map<number, Map<string, { surface: string; n: number; first: number }>>();
  hits.forEach((h, i) => {
    if (!wanted.has(h.topic)) return;
    let forms = byTopic.get(h.topic);
    if (!forms) byTopic.set(h.topic, (forms = new Map()));
    const key = h.surface.toLowerCase();
    const c = forms.get(key);
    if (c) c.n += h.weight * h.boost;
    else forms.set(key, { surface: h.surface, n: h.weight * h.boost, first: i });
  });
  const out = new Map<number, string[]>();
  for (const [t, forms] of byTopic)
    out.set(
      t,
      [...forms.values()]
        .sort((a, b) => b.n - a.n || a.first - b.first)
        .slice(0, MAX_EVIDENCE)
        .map((c) => c.surface),
    );
  return out;
}

/** The article's topics at or above `threshold`, best first. */
export function articleTopics(hits: readonly ScoredHit[], words: number, ids: readonly string[], threshold: number): Topic[] {
  const raw = rawScores(hits, ids.length);
  const count = new Array<number>(ids.length).fill(0);
  for (const h of hits) count[h.topic]++;
  const kept = new Map<number, number>();
  raw.forEach((r, t) => {
    const score = squash(r, words);
    if (r > 0 && count[t] >= MIN_ARTICLE_HITS && score >= threshold) kept.set(t, score);
  });
  const forms = evidence(hits, new Set(kept.keys()));
  return [...kept]
    .map(([t, score]) => ({ id: ids[t], score, evidence: forms.get(t) ?? [] }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * Topic ids of one quote: terms inside the quote count fully, terms elsewhere in its sentences
 * count SENTENCE_WEIGHT, topics of the article count ARTICLE_TOPIC_PRIOR times more. As in
 * articles, weak terms need a strong term of their topic beside them.
 * `hits` are the body hits sorted by start.
 */
export function quoteTopics(
  quote: Span,
  sentences: readonly Span[],
  hits: readonly ScoredHit[],
  ids: readonly string[],
  articleTopicIds: ReadonlySet<string>,
): string[] {
  const from = Math.min(quote.start, ...sentences.map((s) => s.start));
  const to = Math.max(quote.end, ...sentences.map((s) => s.end));
  const raw = new Map<number, number>();
  const strong = new Set<number>();
  for (let i = firstStartingAt(hits, from); i < hits.length && hits[i].start < to; i++) {
    const h = hits[i];
    const inside = h.start >= quote.start && h.end <= quote.end;
    const inSentence = sentences.some((s) => h.start >= s.start && h.end <= s.end);
    if (!inside && !inSentence) continue;
    raw.set(h.topic, (raw.get(h.topic) ?? 0) + h.weight * (inside ? 1 : SENTENCE_WEIGHT));
    if (h.weight >= STRONG_WEIGHT) strong.add(h.topic);
  }
  return [...raw.entries()]
    .filter(([t]) => strong.has(t))
    .map(([t, r]) => [ids[t], articleTopicIds.has(ids[t]) ? r * ARTICLE_TOPIC_PRIOR : r] as const)
    .filter(([, r]) => r >= QUOTE_THRESHOLD)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id]) => id);
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
