import { describe, expect, it } from "vitest";
import { lineFeatures, lineFeaturesByParts } from "../src/boilerplate/features.ts";
import { lineCore } from "../src/boilerplate/text.ts";
import { vocabulary, wordBitsKey, BRAND_BIT, CTA_BIT, OFFER_BIT, AGENCY_BIT, BYLINE_BIT, DATE_BIT, SHARE_BIT, HEADER_BIT, BIO_BIT } from "../src/boilerplate/vocabulary.ts";

// Lines written for these tests: the one-pass reading of a line must give the features of the
// reading in parts (fold, shape scan, words), on the characters where the two could part ways.
const LINES = [
  "Le Conseil d'État a rejeté mardi le recours déposé par l'association, a-t-on appris de source proche du dossier.",
  "ÉTÉ 2021 : À PARIS, LES TERRASSES RESTENT OUVERTES",
  "Source : AFP",
  "Source: AFP",
  "  Lire aussi  :  notre enquête sur les loyers  ",
  "Crédit photo\u00a0: Jeanne Martin / Agence Exemple",
  "Un prix de 12\u202f500 € hors taxes, soit 15 % de plus qu'en 2019.",
  "Un mot entre `backticks` dans une ligne accentuée é",
  "plain ascii with a `backtick`",
  "l'afp - sign-up. crypto.com a.b.c d' -x word- 'quoted' end.",
  "Contact : jean.dupont@example.fr ou https://www.example.com/page",
  "«Nous ne céderons pas», a déclaré le ministre.",
  "Naïve café crème brûlée façon Œuvre",
  "combining e\u0301 marks a\u0300 here",
  "Istanbul İzmir ǅemal Ω",
  "x\ty\u2009z",
  "Inscrivez-vous sur Bybit et gagnez 30 050 $ de bonus de bienvenue",
  "Sign up today and claim your free bonus of $500 on Binance!",
  "un emoji 😀 au milieu",
  "« " + "Le texte d'un long paragraphe répète ses mots, encore et encore. ".repeat(12) + "»",
  "mot ".repeat(200),
  "a".repeat(520) + " fin",
  "",
  " ",
  ":",
];

// lines holding words of the word sets the rules look up (agencies, bylines, dates, share calls, headers, bios)
const WORD_SET_LINES = [
  "Par Jean Dupont et Marie Martin",
  "By Jane Doe, AP Science Writer",
  "Mis à jour le 14 mai 2020 à 10h05",
  "Updated 4:12 am EST, Monday, March 2, 2020",
  "Suivez-nous sur Facebook et Instagram",
  "Follow Newsbeat on Instagram, Facebook and Twitter",
  "Le pont, en février. (Photo Reuters)",
  "Jane Doe is a reporter for the Daily Paper.",
  "More Top Tech Stories",
  "Nos derniers articles",
];

describe("lineFeatures in one pass equals the reading in parts", () => {
  const v = vocabulary();
  const keys = ["raw", "folded", "words", "wordCount", "tokenCount", "endsSentence", "endsColon", "stopRatio", "capRatio", "shouting", "link", "linkShare", "quoted"] as const;
  it.each(LINES)("%j", (line) => {
    const one = lineFeatures(line, v);
    const parts = lineFeaturesByParts(line, v);
    for (const k of keys) expect(one[k], k).toEqual(parts[k]);
  });

  it.each(LINES)("termBits covers every term set a word of %j may open", (line) => {
    const f = lineFeatures(line, v);
    for (const w of f.words) {
      const bits = v.firstBits[wordBitsKey(w.charCodeAt(0), w.charCodeAt(w.length > 1 ? 1 : 0), w.charCodeAt(w.length - 1), w.length)];
      expect(f.termBits & bits).toBe(bits);
    }
    const i = f.words.findIndex((_, k) => v.brands.matchAt(f.words, k) > 0);
    if (i >= 0) expect(f.termBits & BRAND_BIT).toBe(BRAND_BIT);
    if (f.words.some((_, k) => v.cta.matchAt(f.words, k) > 0)) expect(f.termBits & CTA_BIT).toBe(CTA_BIT);
    if (f.words.some((_, k) => v.offers.matchAt(f.words, k) > 0)) expect(f.termBits & OFFER_BIT).toBe(OFFER_BIT);
  });

  it.each([...LINES, ...WORD_SET_LINES])("termBits covers every word set a word of %j may belong to; maybeDated bounds the date words", (line) => {
    const f = lineFeatures(line, v);
    const w = f.words;
    const bitOf = (bit: number, holds: boolean) => (holds ? expect(f.termBits & bit).toBe(bit) : undefined);
    bitOf(AGENCY_BIT, w.some((_, k) => v.agencies.matchAt(w, k) > 0));
    bitOf(BYLINE_BIT, v.bylines.matchAt(w, 0) > 0);
    bitOf(DATE_BIT, w.some((x) => v.dateAnchors.has(x) || v.dateFillers.has(x)));
    bitOf(SHARE_BIT, w.some((x) => v.shareImperatives.has(x)));
    bitOf(HEADER_BIT, w.some((x) => v.headerNouns.has(x)));
    bitOf(BIO_BIT, w.some((x) => v.bioNouns.has(x)));
    const dated = w.filter((x) => v.dateAnchors.has(x) || v.dateFillers.has(x) || /^\d/.test(x)).length;
    expect(f.maybeDated).toBeGreaterThanOrEqual(dated);
    expect(f.maybeDated).toBeLessThanOrEqual(f.wordCount);
  });

  it("the word-set lines do hold such words (the test above reads them)", () => {
    const all = WORD_SET_LINES.map((l) => lineFeatures(l, v));
    for (const bit of [AGENCY_BIT, BYLINE_BIT, DATE_BIT, SHARE_BIT, HEADER_BIT, BIO_BIT]) expect(all.some((f) => f.termBits & bit)).toBe(true);
    expect(lineFeatures("Mis à jour le 14 mai 2020 à 10h05", v).maybeDated).toBeGreaterThanOrEqual(6);
  });
});

describe("a long line's core is not made when no rule can use it", () => {
  const v = vocabulary();
  it.each([
    ["a paragraph of more than 60 tokens", "Le conseil a voté le budget. ".repeat(14), true],
    ["a short caption", "Le pont, en février. Photo : Julien Moreau", false],
    ["61 tokens of punctuation and one word", "— ".repeat(60) + "fin", false],
  ])("%s", (_name, line, long) => {
    const f = lineFeatures(line, v);
    expect(f.longCore).toBe(long);
    // the folding made on first read is the reading in parts', and its core is as long as said
    expect(f.folded).toBe(lineFeaturesByParts(line, v).folded);
    if (long) expect(lineCore(f.folded).length).toBeGreaterThan(v.coreMaxLength);
  });
});
