/**
 * From the final Doc to the records the user gets: one article record (with its quotes and
 * speakers) and the flat quote lines. The writer and the streaming mode both go through here.
 */
import type { Doc } from "./doc.ts";
import type { ArticleRecord, ArticleSpeakerRecord, QuoteRecord, ArticleQuoteRecord } from "./schema.ts";
import { speakerId } from "./speaker-id.ts";
import { mapPacked } from "./packed-map.ts";

export function toArticleRecord(doc: Doc): ArticleRecord {
  const quotes: ArticleQuoteRecord[] = mapPacked(doc.quotes, (q, i) => ({
    id: `${doc.id}#q${i + 1}`,
    text: doc.text.slice(q.start, q.end),
    start: q.start,
    end: q.end,
    type: q.type,
    language: q.language,
    speaker: q.speaker
      ? {
          name: q.speaker.name,
          mention: q.speaker.mention,
          mentionStart: q.speaker.mentionStart,
          mentionEnd: q.speaker.mentionEnd,
          kind: q.speaker.kind,
          role: q.speaker.role,
          resolution: q.speaker.resolution,
        }
      : null,
    cue: q.cue ? { text: q.cue.text, lemma: q.cue.lemma, start: q.cue.start, end: q.cue.end } : null,
    topics: q.topics,
    confidence: round(q.confidence),
    paragraph: q.paragraph,
    sentence: q.sentence,
  }));
  return {
    id: doc.id,
    path: doc.path,
    sha256: doc.sha256,
    encoding: doc.encoding,
    text: doc.text,
    title: doc.title,
    source: doc.source,
    meta: doc.meta,
    language: { code: doc.language.code, confidence: round(doc.language.confidence) },
    paragraphs: mapPacked(doc.paragraphs, (p) => ({
      start: p.start,
      end: p.end,
      kind: p.kind,
      language: p.language,
      // a copy of the shared flag (the boilerplate stage gives lines judged alike one flag object)
      boilerplate: p.boilerplate ? { ...p.boilerplate, score: round(p.boilerplate.score), reasons: p.boilerplate.reasons.slice() } : null,
    })),
    cleanText: cleanText(doc),
    topics: mapPacked(doc.topics, (t) => ({ ...t, score: round(t.score) })),
    quotes,
    speakers: articleSpeakers(doc),
    messages: mapPacked(doc.messages, (m) => ({ level: m.level, code: m.code, text: m.text, ...(m.span ?? {}) })),
  };
}

/** Body and heading paragraphs joined by "\n". */
export function cleanText(doc: Doc): string {
  // pushed, not filter().map(): an inlined .map() makes a HOLEY array, the interpreter's a PACKED one (see packed-map.ts)
  const parts: string[] = [];
  for (const p of doc.paragraphs) if (p.kind !== "boilerplate") parts.push(doc.text.slice(p.start, p.end));
  return parts.join("\n");
}

/** The article's speakers: its entities that speak at least once, in order of first quote. */
function articleSpeakers(doc: Doc): ArticleSpeakerRecord[] {
  const counts = new Map<number, number>();
  for (const q of doc.quotes) {
    const e = q.speaker?.entity;
    if (e != null) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  const out: ArticleSpeakerRecord[] = [];
  for (const [index, quoteCount] of counts) {
    const e = doc.entities[index];
    if (!e) continue;
    out.push({ id: speakerId(e.name), name: e.name, aliases: e.aliases, kind: e.kind, roles: e.roles, quoteCount });
  }
  return out;
}

/** The flat lines of quotes.jsonl for one article. */
export function quoteLines(article: ArticleRecord): QuoteRecord[] {
  return mapPacked(article.quotes, (q) => ({ ...q, article: article.id }));
}

/**
 * An article as the writers need it: its line of articles.jsonl, its lines of quotes.jsonl, and
 * the little the run's totals and speaker index read. A worker sends this (strings copy fast
 * between threads; a record object is cloned field by field and then serialised again).
 */
export interface ArticleLines {
  id: string;
  /** JSON of the article record, no newline */
  json: string;
  /** the quote records' JSON, one line each, every line ending in "\n"; "" when there is no quote */
  quotes: string;
  quoteCount: number;
  speakers: ArticleSpeakerRecord[];
  paragraphs: number;
  boilerplateParagraphs: number;
  characters: number;
  language: string;
}

export function articleLines(a: ArticleRecord): ArticleLines {
  // each quote is serialised once: for the article's "quotes" and, with its article id, for its line
  const quoteJson = mapPacked(a.quotes, (q) => JSON.stringify(q));
  let quotes = "";
  const idJson = JSON.stringify(a.id);
  for (let i = 0; i < quoteJson.length; i++) quotes += quoteLine(a.quotes[i], quoteJson[i], a.id, idJson) + "\n";
  let boilerplateParagraphs = 0;
  for (const p of a.paragraphs) if (p.kind === "boilerplate") boilerplateParagraphs++;
  return {
    id: a.id,
    json: articleJson(a, quoteJson),
    quotes,
    quoteCount: a.quotes.length,
    speakers: a.speakers,
    paragraphs: a.paragraphs.length,
    boilerplateParagraphs,
    characters: a.text.length,
    language: a.language.code,
  };
}

/** JSON.stringify of the quote's line, `{ ...q, article }`, from the quote's own JSON and the id's. */
function quoteLine(q: ArticleQuoteRecord, json: string, article: string, articleJson: string): string {
  if ("article" in q || json.length < 3) return JSON.stringify({ ...q, article });
  return `${json.slice(0, -1)},"article":${articleJson}}`;
}

/**
 * JSON.stringify(a), with the quotes' JSON already made, and the clean text's JSON taken from the
 * text's when they are the same string (most articles: no boilerplate, one line per paragraph):
 * the same keys, in the same order.
 */
function articleJson(a: ArticleRecord, quoteJson: string[]): string {
  let json = "";
  let textJson: string | undefined;
  for (const key of Object.keys(a) as Array<keyof ArticleRecord>) {
    let value: string | undefined;
    if (key === "quotes") value = `[${quoteJson.join(",")}]`;
    else if (key === "cleanText" && textJson !== undefined && a.cleanText === a.text) value = textJson;
    else value = JSON.stringify(a[key]);
    if (key === "text") textJson = value;
    if (value === undefined) continue; // as JSON.stringify leaves out an undefined value
    json += `${json ? "," : "{"}${keyJson(key)}:${value}`;
  }
  return json ? json + "}" : "{}";
}

/** JSON of a record key, made once per key name (the same fifteen keys in every article) */
const KEY_JSON = new Map<string, string>();
function keyJson(key: string): string {
  let json = KEY_JSON.get(key);
  if (json === undefined) KEY_JSON.set(key, (json = JSON.stringify(key)));
  return json;
}

/** Scores and confidences are written with 4 decimals, so output bytes do not depend on float noise. */
const round = (x: number): number => Math.round(x * 1e4) / 1e4;
