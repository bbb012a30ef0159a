import { describe, expect, it } from "vitest";
import { createDoc, firstAtOrAfter, gallopAtOrAfter, inStartOrder, quoteWithChanges, withChanges, type Doc, type Quote } from "../src/doc.ts";

const base = (): Doc =>
  withChanges(createDoc({ id: "a1", text: "« Oui », a-t-il dit.", title: "Titre", meta: { author: "X" } }), {
    norm: '" Oui ", a-t-il dit.',
  });

describe("withChanges", () => {
  it.each<[string, Partial<Doc>]>([
    ["one field", { title: null }],
    ["several fields", { source: "https://example.org/a", messages: [{ level: "info", code: "c", text: "t" }] }],
    ["no field", {}],
    ["a field set to the value it has", { id: "a1" }],
  ])("gives what a spread gives, keys in the same order: %s", (_, changes) => {
    const doc = base();
    const next = withChanges(doc, changes);
    const spread = { ...doc, ...changes };
    expect(next).toEqual(spread);
    expect(Object.keys(next)).toEqual(Object.keys(spread));
  });

  it("copies every field of a doc made by createDoc (a field added to Doc must be added to withChanges)", () => {
    const doc = createDoc({ id: "x", text: "t" });
    expect(Object.keys(withChanges(doc, {}))).toEqual(Object.keys(doc));
  });

  it("leaves the doc it was given as it was", () => {
    const doc = base();
    const before = structuredClone(doc);
    withChanges(doc, { title: "Autre", paragraphs: [] });
    expect(doc).toEqual(before);
  });
});

describe("quoteWithChanges", () => {
  // a quote as the quotes stage makes it (toQuote's field order)
  const quote = (): Quote => ({
    start: 2,
    end: 5,
    type: "direct",
    language: "fr",
    speaker: null,
    cue: { start: 12, end: 19, lemma: "dire", text: "a-t-il dit" },
    topics: [],
    confidence: 0.9,
    paragraph: 0,
    sentence: 0,
  });

  it.each<[string, Partial<Quote>]>([
    ["a copy", {}],
    ["its topics", { topics: ["energy"] }],
    ["its speaker", { speaker: { name: "Il", mention: "il", mentionStart: 12, mentionEnd: 14, kind: "unknown", role: null, resolution: "pronoun", entity: null } }],
  ])("gives what a spread gives, keys in the same order: %s", (_, changes) => {
    const q = quote();
    const next = quoteWithChanges(q, changes);
    expect(next).toEqual({ ...q, ...changes });
    expect(Object.keys(next)).toEqual(Object.keys({ ...q, ...changes }));
    expect(next).not.toBe(q);
  });
});

describe("gallopAtOrAfter", () => {
  // starts with ties and gaps, as tokens and quotes have them
  const items = [0, 2, 2, 3, 7, 7, 7, 8, 15, 16, 16, 30].map((start) => ({ start }));
  it("answers as firstAtOrAfter from every starting index, for every offset (before, inside and past the list)", () => {
    for (let from = 0; from <= items.length + 2; from++)
      for (let offset = -1; offset <= 32; offset++)
        expect(gallopAtOrAfter(items, from, offset), `from ${from}, offset ${offset}`).toBe(firstAtOrAfter(items, offset));
  });
  it("answers on an empty list", () => {
    expect(gallopAtOrAfter([], 0, 5)).toBe(0);
  });
});

describe("inStartOrder", () => {
  it.each([
    [[], true],
    [[1, 1, 4], true],
    [[1, 4, 3], false],
  ])("%j: %s", (starts, sorted) => {
    expect(inStartOrder(starts.map((start) => ({ start })))).toBe(sorted);
  });
});
