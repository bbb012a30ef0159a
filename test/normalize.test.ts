import { describe, expect, it } from "vitest";
import { normalizeText } from "../src/stages/normalize.ts";
import { fold } from "../src/text-utils.ts";

describe("normalize", () => {
  const cases: Array<[string, string]> = [
    ["l\u2019énergie", "l'énergie"],
    ["\u201CIt\u2019s fine,\u201D he said", `"It's fine," he said`],
    ["\u00AB\u00A0Bonjour\u202F!\u00A0\u00BB", "\u00AB Bonjour !\u00A0\u00BB".replace("\u00A0", " ")],
    ["\u201Ebitte\u201C", '"bitte"'],
    ["30\u00A0050\u00A0$", "30 050 $"],
    ["Paris \u2013 Lyon \u2014 Nice", "Paris \u2013 Lyon \u2014 Nice"],
    ["Prix\u2009: 12\u2006€\u2005!", "Prix : 12 € !"],
    ["aujourd\u02BChui, l\u2018État", "aujourd'hui, l'État"],
  ];
  it.each(cases)("folds %j to one form of the same length", (input, want) => {
    const out = normalizeText(input);
    expect(out).toBe(want);
    expect(out.length).toBe(input.length);
  });
});

describe("fold (text-utils)", () => {
  /** the reference: NFD, marks dropped, apostrophes unified, lower case */
  const reference = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’‘`´]/g, "'").toLowerCase();
  it.each([
    ["Élisabeth Borne", "elisabeth borne"],
    ["O’Brien", "o'brien"],
    ["O`Brien", "o'brien"],
    ["JOE BIDEN", "joe biden"],
    ["Kyïv", "kyiv"],
  ])("folds %j to %j", (text, folded) => {
    expect(fold(text)).toBe(folded);
  });
  it("folds any text as the reference does (ASCII takes a shorter way)", async () => {
    const fc = await import("fast-check");
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => fold(s) === reference(s)), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => fold(s) === reference(s)), { numRuns: 3000 });
  });
});
