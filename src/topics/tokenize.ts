/**
 * Splits a stretch of text into the words the topic matcher reads, with their offsets.
 * Words are runs of letters and digits, hyphenated compounds staying one word ("sous-traitant":
 * its parts alone mean something else); apostrophes split elisions ("l'énergie" → "l",
 * "énergie") and the analyzer drops the elided article. A phrase never runs across a
 * punctuation mark: `breakBefore` marks the words that follow one.
 */
import type { Analyzer } from "./analyzer.ts";

export interface Tokens {
  start: number[];
  end: number[];
  stem: string[];
  exact: string[];
  /** true when punctuation separates this word from the previous kept word */
  breakBefore: boolean[];
}

export const emptyTokens = (): Tokens => ({ start: [], end: [], stem: [], exact: [], breakBefore: [] });

// a hyphen must sit between two letters or digits, so the two runs never overlap (linear time)
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
/** marks that end a phrase: sentence and clause punctuation, brackets, quotation marks, dashes */
const PHRASE_BREAK = /[.,;:!?()[\]{}«»"“”„…—–/|\n]/;

/** Appends the words of text[from, to) to `out`. */
export function tokenize(text: string, from: number, to: number, analyzer: Analyzer, out: Tokens): Tokens {
  const re = new RegExp(WORD.source, WORD.flags);
  re.lastIndex = from;
  let gapStart = from;
  let pendingBreak = true;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    if (!pendingBreak && PHRASE_BREAK.test(text.slice(gapStart, m.index))) pendingBreak = true;
    gapStart = end;
    const keys = analyzer.keys(m[0]);
    if (!keys) continue;
    out.start.push(m.index);
    out.end.push(end);
    out.stem.push(keys.stem);
    out.exact.push(keys.exact);
    out.breakBefore.push(pendingBreak);
    pendingBreak = false;
  }
  return out;
}
