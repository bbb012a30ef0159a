/**
 * Turns one word into the keys the topic matcher compares: its stem (Snowball, case- and
 * accent-folded) and its exact folded form, or null for a function word or an elided article.
 * One analyzer per language, built once; every word is analysed once and cached.
 */
import { newStemmer } from "snowball-stemmers";
import { LEXICONS } from "../lexicons/index.ts";

export interface WordKeys {
  /** folded stem: "énergies" → "energ" */
  stem: string;
  /** folded lower-case form: "Énergies" → "energies" */
  exact: string;
}

export interface Analyzer {
  /** keys of a word, or null when the word is ignored (function word, elision) */
  keys(word: string): WordKeys | null;
}

/** the cache is dropped when it grows past this many words (long runs over many languages) */
const MAX_CACHED_WORDS = 200_000;

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** lower case, no accents, ligatures spelled out: "Œuvre" → "oeuvre" */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  let out = lower;
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 0x7f) {
      out = lower.normalize("NFD").replace(COMBINING_MARKS, "").replace(/œ/g, "oe").replace(/æ/g, "ae");
      break;
    }
  }
  return out;
}

export function createAnalyzer(stemmerName: string | null, ignored: Iterable<string>): Analyzer {
  const stemmer = stemmerName ? newStemmer(stemmerName) : null;
  const ignoredSet = new Set<string>();
  for (const w of ignored) ignoredSet.add(fold(w));
  let cache = new Map<string, WordKeys | null>();
  return {
    keys(word) {
      const hit = cache.get(word);
      if (hit !== undefined) return hit;
      if (cache.size >= MAX_CACHED_WORDS) cache = new Map();
      const exact = fold(word);
      const keys = ignoredSet.has(exact) ? null : { stem: stemmer ? fold(stemmer.stem(word.toLowerCase())) : exact, exact };
      cache.set(word, keys);
      return keys;
    },
  };
}

const analyzers = new Map<string, Analyzer>();

/**
 * The analyzer of a language: the Snowball stemmer and function words its lexicon names; a
 * language Verbatim has no lexicon for gets folding only (no stemming, no function words).
 */
export function analyzerFor(code: string): Analyzer {
  let a = analyzers.get(code);
  if (!a) {
    const lex = LEXICONS[code];
    a = lex ? createAnalyzer(lex.topics.stemmer, [...lex.stopwords, ...lex.topics.elisions]) : createAnalyzer(null, []);
    analyzers.set(code, a);
  }
  return a;
}
