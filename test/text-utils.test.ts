import { describe, expect, it } from "vitest";
import { detached, fold, slug } from "../src/text-utils.ts";
import { foldWord } from "../src/speakers/folding.ts";

const article = "Le président du conseil départemental, Valérie Simonet, a déclaré « nous avancerons ».";

describe("detached: a copy of a string cut from an article, equal to it", () => {
  it.each([
    ["a short word", article.slice(0, 2)],
    ["a name of 13 characters or more (a view into the article in V8)", article.slice(39, 54)],
    ["the whole article", article],
    ["an empty string", ""],
    ["a surrogate pair", "🙂 emoji"],
    ["a lone surrogate", "\ud83d x"],
  ])("%s", (_, s) => {
    const copy = detached(s);
    expect(copy).toBe(s);
    expect(copy.length).toBe(s.length);
  });
});

describe("fold and slug", () => {
  it.each([
    ["Valérie Simonet", "valerie simonet", "valerie-simonet"],
    ["l’Élysée", "l'elysee", "l-elysee"],
    ["Ça va", "ca va", "ca-va"],
  ])("%s", (s, folded, id) => {
    expect(fold(s)).toBe(folded);
    expect(slug(s)).toBe(id);
  });
});

describe("fold reads Latin strings character by character as the whole-string folding would", () => {
  // the reference: NFD, marks dropped, apostrophes unified, lower case, on the whole string
  const reference = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’‘`´]/g, "'").toLowerCase();
  const pieces = [..."AaÉéÈèÇçÆæŒœßİıǅǄǆŉſĲĳŁłØøÅåÑñÿŸ’‘`´'-", "\u0301", "\u0308", "Σ", "ς", "σ", "Ω", "\u00a0"];
  it("every character below U+0260, alone and between letters", () => {
    for (let c = 0; c < 0x260; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `Ré${ch}sumé`, `${ch}É`]) expect(fold(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
  it("strings of Latin letters, apostrophes, combining marks and Greek sigmas (Σ folds by its context)", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 3000; k++) {
      let s = "";
      const n = 1 + Math.floor(next() * 10);
      for (let i = 0; i < n; i++) s += pieces[Math.floor(next() * pieces.length)];
      expect(fold(s), JSON.stringify(s)).toBe(reference(s));
      expect(foldWord(s), `foldWord ${JSON.stringify(s)}`).toBe(reference(s));
    }
  });
});
