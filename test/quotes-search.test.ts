/**
 * The searches the quote rules repeat tens of thousands of times on a page of quotes, against plain
 * scans: the galloping token search (from the last answer) and SpanSet's in-order shortcuts.
 */
import { describe, expect, it } from "vitest";
import { tokenAtOrAfter } from "../src/quotes/view.ts";
import { SpanSet } from "../src/quotes/span-set.ts";
import type { Token } from "../src/quotes/tokens.ts";

/** a seeded generator (mulberry32): the same cases on every run */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tokensAt(starts: number[]): Token[] {
  return starts.map((start) => ({ start, end: start + 1, low: "x", cap: false, word: true, mark: false, key: 0 }) as unknown as Token);
}

const scanFirstAtOrAfter = (toks: Token[], offset: number): number => {
  const i = toks.findIndex((t) => t.start >= offset);
  return i < 0 ? toks.length : i;
};

describe("tokenAtOrAfter", () => {
  it("finds what a scan finds, whatever the order of the questions and the arrays asked about", () => {
    const rnd = random(6);
    const arrays = [0, 1, 2, 7, 50, 1000, 1024, 1500, 3000].map((n) => {
      const starts: number[] = [];
      for (let i = 0, at = Math.floor(rnd() * 3); i < n; i++, at += 1 + Math.floor(rnd() * 4)) starts.push(at);
      return tokensAt(starts);
    });
    for (let q = 0; q < 20000; q++) {
      const toks = arrays[Math.floor(rnd() * arrays.length)];
      const span = toks.length ? toks[toks.length - 1].start + 3 : 3;
      // mostly near the last question, sometimes anywhere (before the first token and past the last)
      const offset = rnd() < 0.7 ? Math.floor(rnd() * 12) + (q % span) - 2 : Math.floor(rnd() * (span + 4)) - 2;
      expect(tokenAtOrAfter(toks, offset)).toBe(scanFirstAtOrAfter(toks, offset));
    }
  });
});

describe("SpanSet", () => {
  it("answers overlapsSpan and before as scans of its spans do, for questions in and out of text order", () => {
    const rnd = random(7);
    const set = new SpanSet<{ start: number; end: number }>();
    for (let i = 0; i < 300; i++) {
      const start = Math.floor(rnd() * 400);
      set.add({ start, end: start + Math.floor(rnd() * 6) });
    }
    const items = set.items;
    for (let q = 0; q < 3000; q++) {
      const start = Math.floor(rnd() * 420) - 5;
      const end = start + Math.floor(rnd() * 8);
      // (a span from the same offset overlaps even when one of them is empty)
      const overlaps = items.some((s) => (s.start >= start && s.start < end) || (s.start < start && s.end > start));
      expect(set.overlapsSpan(start, end)).toBe(overlaps);
      const before = items.filter((s) => s.start < start).pop() ?? null;
      expect(set.before(start)).toBe(before);
    }
  });
});
