/**
 * One pass over the article's content paragraphs: word tokens with their offsets, folded form,
 * shape and sentence. Apostrophes and periods split words ("l'Intérieur" → "l", "Intérieur");
 * hyphens do not ("Jean-Marc").
 */
import type { Doc } from "../doc.ts";
import { sentenceAt } from "../doc.ts";
import { fold } from "../text-utils.ts";

export interface Token {
  start: number;
  end: number;
  text: string;
  folded: string;
  /** lower case, accents kept: for function words, where "a" and "à" differ */
  lower: string;
  /** first letter upper case */
  cap: boolean;
  /** two letters or more, all upper case ("SNCF", "PDG") */
  acronym: boolean;
  /** index in doc.sentences, or -1 */
  sentence: number;
  /** index in doc.paragraphs, or -1 */
  paragraph: number;
}

/** a word; a capital and an apostrophe before a capital belong to it ("O'Leary", "L'Oréal") */
const WORD = /(?:\p{Lu}'(?=\p{Lu}))?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const UPPER_FIRST = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

export function tokenize(doc: Doc): Token[] {
  const out: Token[] = [];
  const paras = doc.paragraphs.length
    ? doc.paragraphs.map((p, i) => ({ start: p.start, end: p.end, index: i, skip: p.kind === "boilerplate" }))
    : [{ start: 0, end: doc.norm.length, index: -1, skip: false }];
  for (const p of paras) {
    if (p.skip) continue;
    const slice = doc.norm.slice(p.start, p.end);
    for (const m of slice.matchAll(WORD)) {
      const start = p.start + m.index;
      const text = m[0];
      const cap = UPPER_FIRST.test(text);
      const lower = text.toLowerCase();
      out.push({
        start,
        end: start + text.length,
        text,
        lower,
        folded: isAscii(lower) ? lower : fold(text),
        cap,
        acronym: cap && text.length >= 2 && !HAS_LOWER.test(text),
        sentence: sentenceAt(doc, start),
        paragraph: p.index,
      });
    }
  }
  return out;
}

/** The characters between two tokens (what separates them in the text). */
export const gapBetween = (norm: string, a: Token, b: Token): string => norm.slice(a.end, b.start);

/** Index of the first token starting at or after `offset` (binary search), or tokens.length. */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Most words are plain ASCII: their folded form is their lower case, no Unicode normalisation needed. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
