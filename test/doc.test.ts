import { describe, expect, it } from "vitest";
import { createDoc, withChanges, type Doc } from "../src/doc.ts";

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
