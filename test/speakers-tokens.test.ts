import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createDoc } from "../src/doc.ts";
import { normalize } from "../src/stages/normalize.ts";
import { segment } from "../src/stages/segment.ts";
import { tokenAtOrAfter, tokenize, TokenLocator, type Token } from "../src/speakers/tokens.ts";
import { fold } from "../src/text-utils.ts";
import { foldedMentionWords } from "../src/speakers/quote-speakers.ts";
import { splitWords } from "../src/speakers/lexicon.ts";

// The speaker tokenizer scans characters through a class table; it must read text exactly as the
// Unicode word pattern it replaces, with the same shape facts (capital, acronym, lower, folded).
const WORD = /(?:\p{Lu}'(?=\p{Lu}))?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

function reference(norm: string, from: number, to: number) {
  const out = [];
  for (const m of norm.slice(from, to).matchAll(WORD)) {
    const text = m[0];
    const cap = /^\p{Lu}/u.test(text);
    out.push({ start: from + m.index!, text, lower: text.toLowerCase(), folded: fold(text), cap, acronym: cap && text.length >= 2 && !/\p{Ll}/u.test(text) });
  }
  return out;
}

const pieces = ["Jean-Marc", "L'Oréal", "O'Leary", "SNCF", "été", "Éric", "ÉTÉ", "d'", "-", "'", " ", ", ", ". ", "\u00e9", "e\u0301", "Å", "\u212a", "İ", "ß", "123", "x-1", "😀", "𝐀bc", "\ud83d", "Ω", "ǅ", "ǆ", "ŉ", "général", "Ⅻ", "co-op", "ABC-Def"];

describe("speaker tokenizer", () => {
  it("reads words as the Unicode word pattern, shapes included", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (a, b) => {
        const text = a.join("") + "\n" + b.join("");
        const doc = segment(normalize(createDoc({ id: "t", text })));
        const got = tokenize(doc).map(({ start, text, lower, folded, cap, acronym }) => ({ start, text, lower, folded, cap, acronym }));
        const want = doc.paragraphs.filter((p) => p.kind !== "boilerplate").flatMap((p) => reference(doc.norm, p.start, p.end));
        expect(got).toEqual(want);
      }),
      { numRuns: 400 },
    );
  });
});

describe("token locator", () => {
  // tokens at increasing offsets with gaps; queries in any order, near and far from the last one
  const tokensAt = (starts: number[]): Token[] =>
    starts.map((start) => ({ start, end: start + 1, text: "x", folded: "x", lower: "x", cap: false, acronym: false, sentence: 0, paragraph: 0 }));

  it("finds the first token at or after an offset as the binary search does, whatever the order of the questions", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(500), { maxLength: 80 }), fc.array(fc.integer({ min: -5, max: 510 }), { maxLength: 60 }), (starts, queries) => {
        const tokens = tokensAt(starts.sort((x, y) => x - y));
        const locate = new TokenLocator(tokens);
        for (const q of queries) expect(locate.at(q)).toBe(tokenAtOrAfter(tokens, q));
      }),
    );
  });

  it("answers at both ends of the list and in an empty one", () => {
    const tokens = tokensAt([3, 7, 20, 21, 40]);
    const locate = new TokenLocator(tokens);
    expect([41, 0, 40, 3, 4, 21, 22, 100, -1, 8].map((q) => locate.at(q))).toEqual([5, 0, 4, 0, 1, 3, 4, 5, 0, 2]);
    expect(new TokenLocator([]).at(5)).toBe(0);
  });
});

describe("mention words", () => {
  // the one-pass reading of a folded mention against the regexes it replaces
  const byRegex = (f: string) => splitWords(f.replace(/-t-/g, " ").replace(/-/g, " ").replace(/[^\p{L}\p{N}' ]+/gu, " "));
  const parts = ["a", "t", "-", "-t-", "il", "déclaré", "'", "’", " ", "  ", ",", ".", "«", "»", "\u00a0", "\t", "\n", "1", "x2", "é", "e\u0301", "œ", "Ω", "😀", "𝐀", "\ud83d", "_", "--", "a-t-elle", "-T-"];

  it("reads the same words as the regexes", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 25 }), (pieces) => {
        const folded = fold(pieces.join(""));
        expect(foldedMentionWords(folded)).toEqual(byRegex(folded));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["a-t-il", ["a", "il"]],
    ["x-t-t-y", ["x", "t", "y"]],
    ["-t-t-", ["t"]],
    ["a--t-b", ["a", "b"]],
    ["selon l'avocat, m. dupont", ["selon", "l", "avocat", "m", "dupont"]],
  ])("%s", (folded, words) => {
    expect(foldedMentionWords(folded)).toEqual(words);
    expect(byRegex(folded)).toEqual(words);
  });
});
