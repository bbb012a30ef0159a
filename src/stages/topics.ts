/**
 * topics — requires: paragraphs (kind, language), sentences, language, quotes. Assigns: topics
 * (article topics with score and evidence, best first) and quote.topics.
 * Terms of the taxonomy (ctx.taxonomy: the default one or the user's --topics file) are found
 * in the title and every non-boilerplate paragraph, each paragraph read with the analyzer of
 * its own language; see src/topics/ for matching and scoring.
 */
import { quoteWithChanges, sentenceAt, withChanges, type Doc, type Paragraph, type Quote } from "../doc.ts";
import type { Context } from "../context.ts";
import { collectHits, compileTaxonomy, matchLanguage, scratchTokensFor, type CompiledTaxonomy } from "../topics/matcher.ts";
import { articleTopics, quoteTopics, LEAD_BOOSTS, TITLE_BOOST, type ScoredHit } from "../topics/score.ts";
import { fold } from "../topics/analyzer.ts";
import { mapPacked } from "../packed-map.ts";

export function topics(doc: Doc, ctx: Context): Doc {
  const tax = compileTaxonomy(ctx.taxonomy);
  const first = doc.paragraphs.find((p) => p.kind !== "boilerplate");
  const firstIsTitle = first !== undefined && isTitle(doc, first);
  const hits: ScoredHit[] = [];
  const words = bodyHits(doc, tax, firstIsTitle, hits);
  const all = firstIsTitle ? hits : titleHits(doc, tax, hits);
  const found = articleTopics(all, words, tax.ids, ctx.settings.topicThreshold, tax.terms.length);
  const foundIds = new Set(found.map((t) => t.id));
  const quotes = mapPacked(doc.quotes, (q) => quoteWithChanges(q, { topics: topicsOfQuote(doc, q, hits, tax, foundIds) }));
  return withChanges(doc, { topics: found, quotes });
}

/** Appends the hits of every content paragraph to `hits`, the lead boosted; returns the number of content words. */
function bodyHits(doc: Doc, tax: CompiledTaxonomy, firstIsTitle: boolean, hits: ScoredHit[]): number {
  let words = 0;
  let index = 0;
  for (const p of doc.paragraphs) {
    if (p.kind === "boilerplate") continue;
    const code = matchLanguage(tax, p.language, doc.language.code);
    const tokens = scratchTokensFor(tax, doc.norm, p.start, p.end, code);
    words += tokens.words;
    const boost = index === 0 && firstIsTitle ? TITLE_BOOST : (LEAD_BOOSTS[index] ?? 1);
    index++;
    collectHits(tax, code, tokens, boost, doc.text, hits);
  }
  return words;
}

/** The title when it is also the article's first line. */
const isTitle = (doc: Doc, p: Paragraph): boolean =>
  doc.title !== null && fold(doc.text.slice(p.start, p.end)).trim() === fold(doc.title).trim();

/** The hits of a title that is not also the article's first paragraph (offsets into the title), then `body`. */
function titleHits(doc: Doc, tax: CompiledTaxonomy, body: ScoredHit[]): ScoredHit[] {
  const title = doc.title;
  if (!title) return body;
  const code = matchLanguage(tax, doc.language.code, doc.language.code);
  const out: ScoredHit[] = [];
  collectHits(tax, code, scratchTokensFor(tax, title, 0, title.length, code), TITLE_BOOST, title, out);
  return out.length === 0 ? body : out.concat(body);
}

/** The topics of a quote, from the hits in it and in the sentences it overlaps (sentences are sorted and disjoint). */
function topicsOfQuote(doc: Doc, q: Quote, hits: readonly ScoredHit[], tax: CompiledTaxonomy, foundIds: ReadonlySet<string>): string[] {
  const sentences = doc.sentences;
  let first = sentenceAt(doc, q.start);
  if (first < 0) first = sentences.findIndex((s) => s.end > q.start);
  let last = first;
  if (first < 0) first = last = 0;
  else while (last < sentences.length && sentences[last].start < q.end) last++;
  return quoteTopics(q, sentences, first, last, hits, tax.ids, foundIds);
}
