import { describe, expect, it } from "vitest";
import { classifyLines } from "../src/boilerplate/classify.ts";
import {
  computeLineStats,
  lineKey,
  mergeLineStats,
  parseLineStats,
  pruneLineStats,
  repeatCount,
  type LineStats,
} from "../src/boilerplate/repetition.ts";

// Invented articles of two small local sites; "Le Petit Riverain" prints its tagline under each one.
const TAGLINE = "Le Petit Riverain, votre quotidien des bords de Loire";
const bodies = [
  [
    "La mairie de Saumur a annoncé lundi la fermeture du pont Cessart pendant trois semaines pour des travaux d'entretien.",
    "Les automobilistes devront emprunter le pont Fouchard, où la circulation sera alternée aux heures de pointe.",
  ],
  [
    "Le club d'aviron de Saumur a remporté dimanche trois médailles aux championnats régionaux organisés à Angers.",
    "L'entraîneur espère qualifier deux équipages pour les championnats de France au printemps prochain.",
  ],
  [
    "Les viticulteurs du Saumurois prévoient une récolte en baisse de 15 % après un été marqué par la grêle.",
    "La coopérative de la région estime que la qualité des raisins reste bonne malgré les pertes.",
  ],
];
const articles = bodies.map((lines, i) => ({ id: `riverain/${i}.txt`, text: [...lines, TAGLINE].join("\n") }));
const other = { id: "autre/0.txt", text: ["Un autre journal publie une autre histoire sur la Loire.", TAGLINE].join("\n") };

const decide = (id: string, text: string, stats: LineStats | null) =>
  classifyLines(text.split("\n"), { threshold: 0.5, repeatMinArticles: 2, headingMaxWords: 20, id, lineStats: stats });

describe("line statistics", () => {
  const stats = computeLineStats([...articles, other]);

  it("counts, per folder, the articles that hold each line", () => {
    expect(stats.folders.riverain.articles).toBe(3);
    expect(repeatCount(stats, "riverain/1.txt", TAGLINE)).toBe(3);
    expect(repeatCount(stats, "autre/0.txt", TAGLINE)).toBe(0); // counted once there: pruned
  });

  it("keys lines by their folded text, digits as zero", () => {
    expect(lineKey("Image 1 of 12")).toBe(lineKey("image 3 of 40"));
    expect(lineKey("Le Petit Riverain")).not.toBe(lineKey("Le Grand Riverain"));
    expect(lineKey("x".repeat(600))).toBeNull();
  });

  it("flags the repeated tagline as template text, and nothing else", () => {
    for (const a of articles) {
      const d = decide(a.id, a.text, stats);
      expect(d.map((x) => x.kind)).toEqual(["body", "body", "boilerplate"]);
      expect(d[2].boilerplate?.reasons).toContain("repeated:3");
    }
  });

  it("does not flag the tagline where its folder has it once, nor without statistics", () => {
    expect(decide(other.id, other.text, stats)[1].kind).not.toBe("boilerplate");
    expect(decide(articles[0].id, articles[0].text, null)[2].kind).not.toBe("boilerplate");
  });

  it("takes no template evidence from an article that copies another (a wire story printed twice)", () => {
    const copy = [articles[0], { id: "riverain/copie.txt", text: articles[0].text }];
    const s = computeLineStats(copy);
    expect(decide("riverain/copie.txt", articles[0].text, s).every((x) => x.kind === "body" || x.kind === "heading")).toBe(true);
  });

  it("gives the same statistics when shards are merged (sharded and parallel runs agree)", () => {
    const parts = [computeLineStats(articles.slice(0, 2), { keepSingletons: true }), computeLineStats([articles[2], other], { keepSingletons: true })];
    expect(pruneLineStats(mergeLineStats(parts))).toEqual(stats);
  });

  it("survives a JSON round trip (what workers and --line-stats files carry)", () => {
    const back = parseLineStats(JSON.parse(JSON.stringify(stats)));
    expect(back).toEqual(stats);
    expect(() => parseLineStats({ version: 99, folders: {} })).toThrow(/line-stats/);
  });
});

describe("line statistics and the classifier read the same line", () => {
  it("counts a line with typographic quotes and no-break spaces as the stage sees it (doc.norm)", () => {
    const line = "\u201CLe Petit Riverain\u201D : l\u2019info du canton\u00A0!";
    const texts = ["Un premier article sur le marché couvert de Saumur, rouvert samedi après travaux.", "Un second article sur la crue de la Loire, surveillée de près depuis lundi."];
    const stats = computeLineStats(texts.map((t, i) => ({ id: `r/${i}.txt`, text: `${t}\n${line}` })));
    const d = classifyLines([texts[0], line.replace(/[\u201C\u201D]/g, '"').replace("\u2019", "'").replace("\u00A0", " ")], {
      threshold: 0.5, repeatMinArticles: 2, headingMaxWords: 20, id: "r/0.txt", lineStats: stats,
    });
    expect(d[1].boilerplate?.reasons).toContain("repeated:2");
  });
});
