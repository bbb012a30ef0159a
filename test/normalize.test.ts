import { describe, expect, it } from "vitest";
import { normalizeText } from "../src/stages/normalize.ts";

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
