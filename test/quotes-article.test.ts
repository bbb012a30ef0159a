// Whole-article behaviour of the quote stage: the seed article's direct quotes, quotation marks
// across paragraphs, unbalanced marks, quote language, boilerplate paragraphs.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createDoc } from "../src/doc.ts";
import { createContext } from "../src/context.ts";
import { normalize } from "../src/stages/normalize.ts";
import { segment } from "../src/stages/segment.ts";
import { boilerplate } from "../src/stages/boilerplate.ts";
import { language } from "../src/stages/language.ts";
import { quotes } from "../src/stages/quotes.ts";
import { quotesOf } from "./quotes-helpers.ts";

const ctx = createContext();
const analyse = (text: string) => quotes(language(boilerplate(segment(normalize(createDoc({ id: "t", text }))), ctx), ctx), ctx);
const texts = (d: ReturnType<typeof analyse>) => d.quotes.map((q) => d.text.slice(q.start, q.end));

describe("the seed article", () => {
  const doc = analyse(readFileSync(new URL("../corpus/000_753db324fa68a1af.txt", import.meta.url), "utf8"));
  const direct = doc.quotes.filter((q) => q.type === "direct").map((q) => doc.text.slice(q.start, q.end));

  it("finds every direct quote, content only", () => {
    expect(direct).toEqual([
      "Circulaire est la mauvaise façon de voir les choses",
      "C'est beaucoup d'entreprises qui travaillent à résoudre un déséquilibre qui déforme le monde.",
      "La principale contrainte est un goulot d'étranglement physique associé à la mise à disposition des capacités de calcul les plus performantes aux acteurs les plus avancés",
      "Nous devons travailler ensemble en tant que groupe",
      "Si je dis cela dans le domaine de l'IA, on m'accuse de faire partie d'une économie circulaire",
      "Donc tout ce que je dirai sur l'économie circulaire, c'est que vous faites cela en travaillant ensemble.",
      "Les raisons pour lesquelles vous avez des difficultés à fournir cette capacité de calcul sont dues à la politique, aux infrastructures physiques et à l'énergie",
      "Vous le faites en travaillant ensemble.",
    ]);
  });

  it("points the mining executive's quote at him and the first quote at the apposition", () => {
    const mining = doc.quotes.find((q) => doc.text.slice(q.start, q.end).startsWith("Nous devons"));
    expect(mining?.speaker?.mention).toBe("le dirigeant");
    expect(doc.quotes[0].speaker?.mention).toBe("Le PDG de CoreWeave, Michael Intrator");
    expect(doc.quotes[0].cue?.text).toBe("a déclaré");
  });

  it("finds nothing in the ad and source lines, and never a scare quote", () => {
    const all = texts(doc);
    expect(all.some((t) => t.includes("Bybit") || t.includes("https://"))).toBe(false);
    expect(all).not.toContain("chaos");
  });

  it("gives each quote its paragraph and its sentence within the paragraph", () => {
    for (const q of doc.quotes) {
      const p = doc.paragraphs[q.paragraph];
      expect(q.start >= p.start && q.end <= p.end).toBe(true);
      const sentences = doc.sentences.filter((s) => s.paragraph === q.paragraph);
      const s = sentences[q.sentence];
      expect(q.start >= s.start && q.start < s.end).toBe(true);
    }
  });
});

describe("quotation marks across a document", () => {
  it("continues a « quote into the next paragraph that opens «", () => {
    const text = "Le maire a déclaré : « Nous avons tout essayé pour sauver l'usine.\n« Nous continuerons à nous battre pour les salariés. »\nLa séance a été levée.";
    const doc = quotesOf(text, "fr");
    const q = doc.quotes.find((x) => x.type === "direct");
    expect(doc.text.slice(q!.start, q!.end)).toBe("Nous avons tout essayé pour sauver l'usine.\n« Nous continuerons à nous battre pour les salariés.");
    expect(doc.messages.filter((m) => m.code === "unbalanced-quote-marks")).toEqual([]);
  });

  it("reports an unclosed mark and still finds the other quotes", () => {
    const text = "« Nous avons tout essayé, a dit le maire.\n« La décision est prise », a tranché la présidente.\nRien ne sera changé.";
    const doc = quotesOf(text.replace("\n« La", "\nPuis « La"), "fr");
    expect(doc.messages.some((m) => m.code === "unbalanced-quote-marks")).toBe(true);
    expect(texts(doc)).toContain("La décision est prise");
  });

  it("never throws on long runs of marks, quotes and apostrophes", () => {
    const text = "«".repeat(5000) + " a dit " + "»".repeat(3000) + '"'.repeat(4001) + "’".repeat(3000) + " « x » ".repeat(2000);
    expect(() => quotesOf(text, "fr")).not.toThrow();
    expect(() => quotesOf(text, "en")).not.toThrow();
  });

  it("gives an English quote in a French article the language en", () => {
    const text =
      "Le patron de la banque a répondu en anglais. « We will not change our strategy because of one bad quarter », a-t-il déclaré devant les actionnaires réunis à Paris.";
    const doc = analyse(text);
    const q = doc.quotes.find((x) => x.type === "direct");
    expect(q?.language).toBe("en");
    expect(doc.paragraphs[q!.paragraph].language).toBe("fr");
  });

  it("keeps a short quote in its paragraph's language when the detector hesitates", () => {
    const doc = analyse("Le ministre a répondu aux élus réunis mardi soir à la mairie. « Respect total au coach », a-t-il dit.");
    const q = doc.quotes.find((x) => x.type === "direct");
    expect(q?.language).toBe("fr");
  });

  it("skips boilerplate paragraphs", () => {
    const doc = quotesOf("Le ministre a déclaré que la loi serait votée.\nAbonnez-vous", "fr");
    const flagged = { ...doc, paragraphs: doc.paragraphs.map((p, i) => (i === 0 ? { ...p, kind: "boilerplate" as const } : p)) };
    expect(quotes({ ...flagged, quotes: [] }, ctx).quotes).toEqual([]);
  });
});
