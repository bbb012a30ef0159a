import { describe, expect, it } from "vitest";
import { speakerId } from "../src/speaker-id.ts";
import { SpeakerIndex } from "../src/speaker-index.ts";
import type { SpeakerRecord } from "../src/schema.ts";

describe("speakerId", () => {
  it.each([
    ["Michael Intrator", "michael-intrator"],
    ["la SNCF", "sncf"],
    ["SNCF", "sncf"],
    ["l'Élysée", "elysee"],
    ["Les syndicats", "syndicats"],
    ["the EU", "eu"],
    ["The New York Times", "new-york-times"],
    ["Theresa May", "theresa-may"],
    ["Lavrov", "lavrov"],
    ["La", "la"],
  ])("%s → %s", (name, id) => expect(speakerId(name)).toBe(id));
});

describe("SpeakerIndex", () => {
  const rec = (name: string, article: string, quoteCount = 1): SpeakerRecord => ({
    id: "",
    name,
    aliases: [name],
    kind: "organization",
    roles: [],
    quoteCount,
    articles: [article],
  });

  it("merges one organisation written with and without its article, in any order", () => {
    const inputs = [rec("la SNCF", "a.txt", 2), rec("SNCF", "b.txt", 1), rec("Michael Intrator", "a.txt", 3)];
    const forward = new SpeakerIndex();
    inputs.forEach((s) => forward.add(s));
    const backward = new SpeakerIndex();
    [...inputs].reverse().forEach((s) => backward.add(s));
    expect(forward.list()).toEqual(backward.list());
    const sncf = forward.list().find((s) => s.id === "sncf");
    expect(sncf?.quoteCount).toBe(3);
    expect(sncf?.articles).toEqual(["a.txt", "b.txt"]);
    expect(forward.size).toBe(2);
  });

  it("keeps every article and alias of a speaker quoted in thousands of articles, once each, sorted", () => {
    const index = new SpeakerIndex();
    const articles = Array.from({ length: 3000 }, (_, i) => `site/${String(i).padStart(5, "0")}.txt`);
    for (const [i, article] of [...articles].reverse().entries()) {
      index.add({ ...rec("Emmanuel Macron", article), aliases: ["Emmanuel Macron", i % 3 ? "Macron" : "le président"], roles: i % 2 ? ["président"] : [] });
      if (i % 10 === 0) index.add(rec("Emmanuel Macron", article)); // the same article again
    }
    const [macron] = index.list();
    expect(macron?.articles).toEqual(articles);
    expect(macron?.aliases).toEqual(["Emmanuel Macron", "Macron", "le président"]);
    expect(macron?.roles).toEqual(["président"]);
    expect(macron?.quoteCount).toBe(3300);
  });
});
