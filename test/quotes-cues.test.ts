// The cue lexicons: inflected forms derived by each language's conjugate.ts, and the counts the
// issue asks for. Forms are checked on verbs of every class, regular and irregular.
import { describe, expect, it } from "vitest";
import { lexiconFor } from "../src/lexicons/index.ts";
import { cueIndexFor } from "../src/quotes/cue-index.ts";
import { mayHold, wordFilter } from "../src/quotes/word-filter.ts";

const fr = cueIndexFor(lexiconFor("fr"));
const en = cueIndexFor(lexiconFor("en"));
const lemmasOf = (idx: typeof fr, form: string) => (idx.forms.get(form) ?? []).map((c) => `${c.lemma}/${c.kind}`);

describe("French cue forms", () => {
  it.each([
    ["déclare", "déclarer/finite"],
    ["déclarait", "déclarer/finite"],
    ["déclara", "déclarer/finite"],
    ["déclarèrent", "déclarer/finite"],
    ["déclarera", "déclarer/finite"],
    ["déclareraient", "déclarer/finite"],
    ["déclarées", "déclarer/participle"],
    ["déclarant", "déclarer/gerund"],
    ["annonçait", "annoncer/finite"],
    ["annonça", "annoncer/finite"],
    ["annonçant", "annoncer/gerund"],
    ["interrogeait", "s'interroger/finite"],
    ["avertissent", "avertir/finite"],
    ["averti", "avertir/participle"],
    ["répond", "répondre/finite"],
    ["répondu", "répondre/participle"],
    ["dit", "dire/finite"],
    ["disent", "dire/finite"],
    ["dites", "dire/participle"],
    ["reconnaît", "reconnaître/finite"],
    ["reconnue", "reconnaître/participle"],
    ["promis", "promettre/participle"],
    ["promise", "promettre/participle"],
    ["prévient", "prévenir/finite"],
    ["dément", "démentir/finite"],
    ["démenti", "démentir/participle"],
    ["martèle", "marteler/finite"],
    ["rappelle", "rappeler/finite"],
    ["répète", "répéter/finite"],
    ["fustige", "fustiger/finite"],
    ["renchérit", "renchérir/finite"],
    ["tranche", "trancher/finite"],
  ])("%s → %s", (form, expected) => {
    expect(lemmasOf(fr, form)).toContain(expected);
  });

  it("stores reflexive and phrasal cues with what they need", () => {
    const felicite = fr.forms.get("félicité")!.find((c) => c.lemma === "se féliciter")!;
    expect(felicite.reflexive).toBe(true);
    const fait = fr.forms.get("fait")!.map((c) => c.particle);
    expect(fait).toEqual(expect.arrayContaining(["valoir", "remarquer", "savoir"]));
  });

  it("has the lemma list the issue asks for", () => {
    const lemmas = new Set(lexiconFor("fr").quotes.verbs.map((v) => v.lemma));
    expect(lemmas.size).toBeGreaterThanOrEqual(110);
    for (const l of ["nier", "démentir", "marteler", "glisser", "lâcher", "fustiger", "renchérir", "ironiser", "tonner", "trancher", "s'interroger", "s'insurger", "s'étonner", "faire valoir", "faire remarquer"])
      expect(lemmas).toContain(l);
  });
});

describe("English cue forms", () => {
  it.each([
    ["says", "say/finite"],
    ["said", "say/participle"],
    ["saying", "say/gerund"],
    ["told", "tell/finite"],
    ["denies", "deny/finite"],
    ["denied", "deny/finite"],
    ["testifies", "testify/finite"],
    ["argued", "argue/finite"],
    ["arguing", "argue/gerund"],
    ["stresses", "stress/finite"],
    ["admitted", "admit/finite"],
    ["wrote", "write/finite"],
    ["written", "write/participle"],
    ["pointed", "point out/finite"],
    ["quipped", "quip/finite"],
    ["quipping", "quip/gerund"],
    ["snapped", "snap/finite"],
    ["concurred", "concur/finite"],
    ["swore", "swear/finite"],
    ["crowed", "crow/finite"],
    ["confessed", "confess/finite"],
    ["echoes", "echo/finite"],
  ])("%s → %s", (form, expected) => {
    expect(lemmasOf(en, form)).toContain(expected);
  });

  it("doubles a final consonant after one short vowel only", () => {
    expect(en.forms.has("quiped")).toBe(false);
    expect(lemmasOf(en, "shouted")).toContain("shout/finite");
    expect(lemmasOf(en, "scoffed")).toContain("scoff/finite");
    expect(en.forms.has("shoutted")).toBe(false);
  });

  it("has the lemma list the issue asks for", () => {
    expect(new Set(lexiconFor("en").quotes.verbs.map((v) => v.lemma)).size).toBeGreaterThanOrEqual(60);
  });
});

describe("cue lexicons", () => {
  // the index keeps the first entry of a lemma: a second one (say with a hearer or notBefore) would be silently ignored
  it.each(["fr", "en"])("list each %s lemma once", (code) => {
    const counts = new Map<string, number>();
    for (const v of lexiconFor(code).quotes.verbs) counts.set(v.lemma, (counts.get(v.lemma) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1).map(([lemma]) => lemma)).toEqual([]);
  });
});

describe("word filters read before the cue and source-marker look-ups", () => {
  it.each([
    ["fr", fr],
    ["en", en],
  ])("%s: every cue form and every source-marker first word passes (no false negative)", (_code, idx) => {
    const missed = [...idx.forms.keys()].filter((form) => !mayHold(idx.formFilter, form));
    expect(missed).toEqual([]);
    expect([...idx.markerFirstWords].filter((w) => !mayHold(idx.markerFilter, w))).toEqual([]);
  });

  it.each([
    ["fr", "le"],
    ["fr", "gouvernement"],
    ["en", "the"],
    ["en", "government"],
  ])("%s: a common word that is no cue form is mostly kept out (%s)", (code, word) => {
    const idx = code === "fr" ? fr : en;
    expect(idx.forms.has(word)).toBe(false);
    expect(mayHold(idx.formFilter, word)).toBe(false);
  });

  it("an empty string never passes", () => {
    expect(mayHold(wordFilter(["dit"]), "")).toBe(false);
  });
});
