import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { fasterRuntime, newStemmer } from "../src/topics/snowball.ts";
import { LEXICONS } from "../src/lexicons/index.ts";

const require = createRequire(import.meta.url);
const original = (require("snowball-stemmers") as typeof import("snowball-stemmers")).newStemmer;

/** every word in a lexicon (topic terms, function words, cues, titles…), lower case */
function lexiconWords(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === "string") for (const m of value.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) out.add(m[0]);
  else if (Array.isArray(value)) for (const v of value) lexiconWords(v, out);
  else if (value !== null && typeof value === "object") for (const v of Object.values(value)) lexiconWords(v, out);
  return out;
}

/** endings that send words down most branches of the English and French algorithms */
const ENDINGS = ["", "s", "es", "ed", "ing", "ly", "er", "est", "y", "ies", "ied", "ness", "ment", "ments", "ation", "ations", "ational",
  "ization", "ful", "fulness", "less", "ism", "ist", "ity", "ities", "ive", "ively", "able", "ible", "ance", "ence", "al", "ally", "ous",
  "ousness", "e", "é", "ée", "ées", "és", "er", "ez", "ait", "aient", "ant", "ante", "ement", "ements", "ité", "ités", "ique", "iques",
  "isme", "iste", "euse", "euses", "eux", "aux", "eaux", "ance", "ances", "ence", "ences", "ion", "ions", "ateur", "atrice", "logie",
  "amment", "emment", "issement", "ir", "issait", "èrent", "ière", "ier", "iers"];

describe("topics: the faster Snowball runtime", () => {
  it("is in use (the package's file has the expected shape)", () => {
    expect(fasterRuntime()).toBe(true);
  });

  it.each(Object.keys(LEXICONS))("gives the package's stems for the words of the %s lexicon and their inflections", (code) => {
    const algorithm = LEXICONS[code].topics.stemmer;
    const fast = newStemmer(algorithm);
    const slow = original(algorithm);
    const words = [...lexiconWords(LEXICONS[code], new Set())].flatMap((w) => ENDINGS.map((e) => w + e));
    words.push("", "a", "y", "yy", "'s", "skies", "dying", "generously", "communautés", "chevaux", "qu'il", "été", "Œuvre");
    expect(words.length).toBeGreaterThan(20_000);
    const differing = words.filter((w) => fast.stem(w) !== slow.stem(w));
    expect(differing).toEqual([]);
  });
});
