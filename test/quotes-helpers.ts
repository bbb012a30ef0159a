// Runs the stages the quote stage needs over a text whose language is given, so the tables test
// the quote rules and nothing else (language detection has its own tests).
import { createDoc, type Doc } from "../src/doc.ts";
import { createContext } from "../src/context.ts";
import { normalize } from "../src/stages/normalize.ts";
import { segment } from "../src/stages/segment.ts";
import { quotes } from "../src/stages/quotes.ts";

const ctx = createContext();

export function quotesOf(text: string, lang: string): Doc {
  let doc = segment(normalize(createDoc({ id: "t", text })));
  doc = {
    ...doc,
    language: { code: lang, confidence: 1 },
    paragraphs: doc.paragraphs.map((p) => ({ ...p, language: lang })),
  };
  return quotes(doc, ctx);
}

export interface Found {
  text: string;
  type: string;
  mention: string | null;
  resolution: string | null;
  lemma: string | null;
}

export function found(text: string, lang: string): Found[] {
  const doc = quotesOf(text, lang);
  return doc.quotes.map((q) => ({
    text: doc.text.slice(q.start, q.end),
    type: q.type,
    mention: q.speaker?.mention ?? null,
    resolution: q.speaker?.resolution ?? null,
    lemma: q.cue?.lemma ?? null,
  }));
}
