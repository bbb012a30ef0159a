/**
 * topics — requires: paragraphs (kind, language), sentences, language, quotes. Assigns: topics
 * (article topics with score and evidence, best first) and quote.topics.
 * Terms of the taxonomy (ctx.taxonomy: the default one or the user's --topics file) are found
 * in the title and every non-boilerplate paragraph, each paragraph read with the analyzer of
 * its own language; see src/topics/ for matching and scoring.
 */
import { sentenceAt, type Doc, type Paragraph, type Quote, type Span } from "../doc.ts";
import type { Context } from "../context.ts";
import { compileTaxonomy, findHits, matchLanguage, tokensFor, type CompiledTaxonomy } from "../topics/matcher.ts";
import { articleTopics, quoteTopics, LEAD_BOOSTS, TITLE_BOOST, type ScoredHit } from "../topics/score.ts";
import { fold } from "../topics/analyzer.ts";

export function topics(doc: Doc, ctx: Context): Doc {
  const tax = compileTaxonomy(ctx.taxonomy);
  const { hits, words } = bodyHits(doc, tax);
  const all = [...titleHits(doc, tax), ...hits];
  const found = articleTopics(all, words, tax.ids, ctx.settings.topicThreshold);
  const foundIds = new Set(found.map((t) => t.id));
  const quotes = doc.quotes.map((q) => ({ ...q, topics: quoteTopics(q, sentencesOf(doc, q), hits, tax.ids, foundIds) }));
  return { ...doc, topics: found, quotes };
}

/** Hits of every content paragraph, the lead boosted, and the number of content words. */
function bodyHits(doc: Doc, tax: CompiledTaxonomy): { hits: ScoredHit[]; words: number } {
  const hits: ScoredHit[] = [];
  let words = 0;
  let index = 0;
  for (const p of doc.paragraphs) {
    if (p.kind === "boilerplate") continue;
    const code = matchLanguage(tax, p.language, doc.language.code);
    const tokens = tokensFor(tax, doc.norm, p.start, p.end, code);
    words += tokens.words;
    const boost = paragraphBoost(doc, p, index++);
    for (const h of findHits(tax, code, tokens)) hits.push({ ...h, boost, surface: doc.text.slice(h.start, h.end) });
  }
  return { hits, words };
}

function paragraphBoost(doc: Doc, p: Paragraph, index: number): number {
  if (index === 0 && isTitle(doc, p)) return TITLE_BOOST;
  return LEAD_BOOSTS[index] ?? 1;
}

/** The title when it is also the article's first line. */
const isTitle = (doc: Doc, p: Paragraph): boolean =>
  doc.title !== null && fold(doc.text.slice(p.start, p.end)).trim() === fold(doc.title).trim();

/** Hits of a title that is not also the article's first paragraph (offsets into the title). */
function titleHits(doc: Doc, tax: CompiledTaxonomy): ScoredHit[] {
  const title = doc.title;
  if (!title) return [];
  const first = doc.paragraphs.find((p) => p.kind !== "boilerplate");
  if (first && isTitle(doc, first)) return [];
  const code = matchLanguage(tax, doc.language.code, doc.language.code);
  return findHits(tax, code, tokensFor(tax, title, 0, title.length, code)).map((h) => ({
    ...h,
    boost: TITLE_BOOST,
    surface: title.slice(h.start, h.end),
  }));
}

/** The sentences a quote overlaps (sentences are sorted and disjoint). */
function sentencesOf(doc: Doc, q: Quote): Span[] {
  const out: Span[] = [];
  let i = sentenceAt(doc, q.start);
  if (i < 0) i = doc.sentences.findIndex((s) => s.end > q.start);
  for (; i >= 0 && i < doc.sentences.length && doc.sentences[i].start < q.end; i++) out.push(doc.sentences[i]);
  return out;
}
