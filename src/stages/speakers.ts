/**
 * speakers — requires: paragraphs, sentences, language, quotes (each with its raw attribution
 * from the quote stage). Assigns: mentions, entities, and each quote's resolved speaker.
 * Names, role descriptions and appositions are found in one pass over the tokens; mentions are
 * clustered into entities (full name ← first name, surname, "M. X", role noun, pronoun); each
 * quote's mention is resolved to its entity, and a quote with no attribution that follows a
 * quote by a known speaker continues it. Helpers live in src/speakers/.
 */
import { quoteWithChanges, withChanges, type Doc, type Mention, type Quote } from "../doc.ts";
import type { Context } from "../context.ts";
import { lexiconFor } from "../lexicons/index.ts";
import { analyseArticle, flushMentions, type Article } from "../speakers/article.ts";
import { resolveQuoteSpeakers } from "../speakers/quote-speakers.ts";
import { canonical, toEntity } from "../speakers/clusters.ts";
import { expandAcronyms } from "../speakers/acronyms.ts";

export function speakers(doc: Doc, _ctx: Context): Doc {
  const a = analyseArticle(doc, lexiconFor(doc.language.code));
  // a literal array filled by push: one elements kind whether the article has quotes or not
  const quotes: Quote[] = [];
  // (index loops: a for-of makes an iterator result per step until the code is optimised, and a 1 MB article has 80,000 quotes)
  for (let i = 0; i < doc.quotes.length; i++) quotes.push(quoteWithChanges(doc.quotes[i], {}));
  resolveQuoteSpeakers(a, quotes);
  expandAcronyms(a);
  // names may have grown since a quote was resolved (an acronym spelled out)
  for (let i = 0; i < quotes.length; i++) {
    const s = quotes[i].speaker;
    if (s?.entity != null) s.name = canonical(a.clusters.all[s.entity]);
  }
  return withChanges(doc, { quotes, mentions: mentionsOf(a), entities: a.clusters.all.map(toEntity) });
}

function mentionsOf(a: Article): Mention[] {
  return flushMentions(a).map((m) => ({
    start: m.start,
    end: m.end,
    text: m.text,
    kind: m.cluster.kind,
    entity: m.cluster.id,
    resolution: m.source === "name" ? "explicit" : m.source === "role" ? "nominal" : "explicit",
    role: m.cluster.roles[0] ?? null,
  }));
}
