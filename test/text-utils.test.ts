import { describe, expect, it } from "vitest";
import { detached, fold, slug } from "../src/text-utils.ts";

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
