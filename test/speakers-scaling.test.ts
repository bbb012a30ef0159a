/**
 * Long repetitive lines (a thousand "“…,” he said" in one sentence, runs of initials) must not
 * make the speaker stage's work grow faster than the text: the work is counted, never timed.
 */
import { describe, expect, it } from "vitest";
import { createContext } from "../src/context.ts";
import { createDoc, type Doc, type Quote } from "../src/doc.ts";
import { normalize } from "../src/stages/normalize.ts";
import { segment } from "../src/stages/segment.ts";
import { speakers } from "../src/stages/speakers.ts";
import { antecedentWork } from "../src/speakers/salience.ts";

const ctx = createContext();
const INTRO = "Senator John Holt spoke to reporters on Monday. ";

/** A direct quote at [start, end) whose raw speaker is the words `mention` at `mentionStart`, as the quote stage leaves it. */
function directQuote(start: number, end: number, mention: string, mentionStart: number): Quote {
  return {
    start,
    end,
    type: "direct",
    language: "en",
    cue: null,
    topics: [],
    confidence: 1,
    paragraph: 0,
    sentence: 0,
    speaker: { name: mention, mention, mentionStart, mentionEnd: mentionStart + mention.length, kind: "unknown", role: null, resolution: "explicit", entity: null },
  };
}

const UNIT = '"Not now," he said ';

/**
 * The speaker stage on `intro` then `n` copies of `unit`: in each copy, each [quote, anchor,
 * mention] is a direct quote of those words whose raw speaker is `mention`, found where `anchor`
 * follows the quote (as the quote stage leaves them).
 */
function speakersOnRepeats(intro: string, unit: string, n: number, parts: [quote: string, anchor: string, mention: string][]): Doc {
  const text = intro + unit.repeat(n);
  const doc = segment(normalize(createDoc({ id: "t", text })));
  const quotes: Quote[] = [];
  for (let k = 0; k < n; k++) {
    const at = intro.length + k * unit.length;
    for (const [quote, anchor, mention] of parts) {
      const start = text.indexOf(quote, at);
      quotes.push(directQuote(start, start + quote.length, mention, text.indexOf(anchor, start)));
    }
  }
  return speakers({ ...doc, language: { code: "en", confidence: 1 }, quotes }, ctx);
}

/** The intro, then `n` short quotes each attributed to "he", all in one long sentence. */
const repeatedPronounQuotes = (n: number): Doc => speakersOnRepeats(INTRO, UNIT, n, [["Not now,", "he said", "he"]]);

describe("speakers on long repetitive lines", () => {
  it("gives every one of thousands of pronoun quotes in one sentence the same speaker as a short line does, with linear work", () => {
    const small = repeatedPronounQuotes(3);
    expect(small.quotes.map((q) => q.speaker?.name)).toEqual(["John Holt", "John Holt", "John Holt"]);
    const n = Math.ceil(100_000 / UNIT.length);
    antecedentWork.visited = 0;
    const big = repeatedPronounQuotes(n);
    expect(big.quotes).toHaveLength(n);
    for (const q of big.quotes) expect(q.speaker).toMatchObject({ name: "John Holt", resolution: "pronoun" });
    // one look at the run of earlier "he" mentions and one at the name, per quote; a quadratic scan looks at millions
    expect(antecedentWork.visited).toBeLessThan(5 * n);
  });

  it("keeps the work linear when two speakers alternate in one long sentence", () => {
    const intro = "Senator John Holt met Governor Mary Quinn on Monday. ";
    const unit = '"Not now," he said "Not yet," she said ';
    const run = (n: number): Doc =>
      speakersOnRepeats(intro, unit, n, [
        ["Not now,", "he said", "he"],
        ["Not yet,", "she said", "she"],
      ]);
    const small = run(2).quotes.map((q) => q.speaker?.name ?? null);
    expect(small).toEqual(["John Holt", "Mary Quinn", "John Holt", "Mary Quinn"]);
    const n = Math.ceil(50_000 / unit.length);
    antecedentWork.visited = 0;
    const big = run(n).quotes.map((q) => q.speaker?.name ?? null);
    expect(big.slice(0, small.length)).toEqual(small);
    expect(big.slice(-small.length)).toEqual(small);
    expect(antecedentWork.visited).toBeLessThan(10 * 2 * n);
  });

  it("lists mentions in text order, those at one offset in the order they were found (merged once, not inserted one by one)", () => {
    const intro = "Finance Minister Paul Roy spoke on Monday. ";
    const unit = '"Not now," said the minister. ';
    const n = 50;
    // the quote's words with their closing mark
    const out = speakersOnRepeats(intro, unit, n, [['Not now,"', "the minister", "the minister"]]);
    const starts = out.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    // the role found in the text comes before the quote's mention of the same words
    const first = out.mentions.filter((m) => m.start === intro.length + unit.indexOf("the minister"));
    expect(first.map((m) => m.resolution)).toEqual(["nominal", "explicit"]);
    expect(out.quotes.every((q) => q.speaker?.name === "Paul Roy")).toBe(true);
  });

  it("reads a long run of initials as the same names as a short one", () => {
    const names = (text: string) => {
      const doc = segment(normalize(createDoc({ id: "t", text })));
      return speakers({ ...doc, language: { code: "fr", confidence: 1 } }, ctx).entities.map((e) => e.name);
    };
    const intro = "Le ministre Jean Dupont est venu. ";
    expect(names(intro + "J. ".repeat(30_000))).toEqual(names(intro + "J. ".repeat(30)));
  });
});
