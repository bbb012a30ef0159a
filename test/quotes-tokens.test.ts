/**
 * The quote tokeniser reads characters through a class table; these properties hold it to the
 * Unicode regex it replaces (/[\p{L}\p{M}\p{N}]+|\S/gu over the span, elisions and contractions
 * joined), on random strings of letters, accents, combining marks, astral characters, lone
 * surrogates, apostrophes and spaces. Each token's word-filter key is that of its lower case.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize, type TokenizeOptions } from "../src/quotes/tokens.ts";
import { filterKey } from "../src/quotes/word-filter.ts";

const PIECE = /[\p{L}\p{M}\p{N}]+|\S/gu;
const WORD_AT = /[\p{L}\p{M}\p{N}]+/uy;

/** the regex reading, kept here as the oracle */
function byRegex(norm: string, start: number, end: number, opts: TokenizeOptions) {
  const out = [];
  const slice = norm.slice(start, end);
  PIECE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PIECE.exec(slice)) !== null) {
    const text = m[0];
    const word = text.length > 1 || /[\p{L}\p{N}]/u.test(text);
    let low = text.toLowerCase();
    let stop = m.index + text.length;
    if (word && slice.charCodeAt(stop) === 39) {
      if (opts.elisions.has(low)) {
        low += "'";
        stop += 1;
      } else if (opts.contractions.size) {
        WORD_AT.lastIndex = stop + 1;
        const next = WORD_AT.exec(slice);
        if (next && opts.contractions.has(next[0].toLowerCase())) {
          low += "'" + next[0].toLowerCase();
          stop += 1 + next[0].length;
        }
      }
      PIECE.lastIndex = stop;
    }
    out.push({ start: start + m.index, end: start + stop, low, cap: word && text[0] !== low[0], word, key: filterKey(low) });
  }
  return out;
}

const PIECES = ["a", "B", "é", "É", "'", "’", " ", "\u00a0", "\n", ".", ",", "-", "1", "\u0301", "\u{1F600}", "\ud83d", "\ude00", "\u{1D400}", "t", "qu", "didn", "«", '"', "ß", "İ", "\u2028", "ǅ", "Σ", "ς", "è"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((a) => a.join(""));
const OPTIONS: TokenizeOptions[] = [
  { elisions: new Set(["qu", "l", "d"]), contractions: new Set() },
  { elisions: new Set(), contractions: new Set(["t", "s", "ll"]) },
];

describe("quote tokeniser", () => {
  it.each(OPTIONS.map((o, i) => [i, o] as const))("reads spans as the Unicode regex does (options %i)", (_, opts) => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const start = a % (s.length + 1);
        const end = start + (b % (s.length - start + 1));
        const got = tokenize(s, start, end, opts).map(({ mark: _mark, ...t }) => t);
        expect(got).toEqual(byRegex(s, start, end, opts));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["Qu'il l'a dit.", ["qu'", "il", "l'", "a", "dit", "."]],
    ["They didn't say.", ["they", "didn't", "say", "."]],
  ])("keeps elisions and contractions on their word: %s", (s, lows) => {
    const opts = { elisions: new Set(["qu", "l"]), contractions: new Set(["t"]) };
    expect(tokenize(s, 0, s.length, opts).map((t) => t.low)).toEqual(lows);
  });
});
