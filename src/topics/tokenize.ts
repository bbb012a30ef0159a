/**
 * Splits a stretch of text into the words the topic matcher reads, with their offsets.
 * Words are runs of letters and digits, hyphenated compounds staying one word ("sous-traitant":
 * its parts alone mean something else); apostrophes split elisions ("l'énergie" → "l",
 * "énergie") and the analyzer drops the elided article. A phrase never runs across a
 * punctuation mark or a word that belongs to no term: `breakBefore` marks the words that
 * follow one. Only words that some term uses are kept.
 * One scan over character codes (no regular expression, no match objects): this runs over
 * every character of every article.
 */
import { HASH_SEED, IGNORED, OTHER_WORD, hashStep, type Analyzer, type WordKeys } from "./analyzer.ts";

export interface Tokens {
  start: number[];
  end: number[];
  keys: WordKeys[];
  /** true when punctuation or a word of no term separates this word from the previous kept word */
  breakBefore: boolean[];
  /** the number of kept words: the first `count` entries of the arrays (a list used again keeps longer arrays) */
  count: number;
  /** content words read, kept or not (function words excluded): the length of the text */
  words: number;
}

export const emptyTokens = (): Tokens => ({ start: [], end: [], keys: [], breakBefore: [], count: 0, words: 0 });

/** 1 for the letters and digits of the Basic Multilingual Plane (astral characters are not word characters) */
const WORD_CHAR = buildWordTable();

function buildWordTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const re = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && re.test(String.fromCharCode(c))) table[c] = 1;
  return table;
}

/** marks that end a phrase: sentence and clause punctuation, brackets, quotation marks, dashes */
const PHRASE_BREAK = new Uint8Array(0x10000);
for (const c of '.,;:!?()[]{}«»"“”„…—–/|\n') PHRASE_BREAK[c.charCodeAt(0)] = 1;

const HYPHEN = 0x2d;
/** longer runs of letters are no words of any term (URLs, hashes, glued text): never stemmed */
export const MAX_WORD_LENGTH = 40;

/** Appends the words of text[from, to) to `out` (after its first `out.count` words). */
export function tokenize(text: string, from: number, to: number, analyzer: Analyzer, out: Tokens): Tokens {
  let pendingBreak = true;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (WORD_CHAR[c] === 0) {
      if (PHRASE_BREAK[c] === 1) pendingBreak = true;
      i++;
      continue;
    }
    const start = i;
    let hash = hashStep(HASH_SEED, c);
    i++;
    while (i < to) {
      const d = text.charCodeAt(i);
      if (WORD_CHAR[d] === 1) {
        hash = hashStep(hash, d);
        i++;
      } else if (d === HYPHEN && i + 1 < to && WORD_CHAR[text.charCodeAt(i + 1)] === 1) {
        hash = hashStep(hashStep(hash, d), text.charCodeAt(i + 1));
        i += 2;
      } else break;
    }
    if (i - start > MAX_WORD_LENGTH || (analyzer.mayMatter && !analyzer.mayMatter(text, start, i))) {
      out.words++;
      pendingBreak = true;
      continue;
    }
    const keys = analyzer.analyseAt(text, start, i, hash);
    if (keys === IGNORED) continue;
    out.words++;
    if (keys === OTHER_WORD) {
      pendingBreak = true;
      continue;
    }
    const k = out.count++;
    out.start[k] = start;
    out.end[k] = i;
    out.keys[k] = keys;
    out.breakBefore[k] = pendingBreak;
    pendingBreak = false;
  }
  return out;
}
