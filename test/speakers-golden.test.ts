import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { goldenOf, GOLDEN_FILE, SEED_ARTICLE } from "./golden/seed.ts";

// The seed article (corpus/, part of the project) against its golden file; regenerate with
// `npx tsx scripts/update-golden.ts` after a deliberate change, and review the diff.
const root = fileURLToPath(new URL("..", import.meta.url));
const text = readFileSync(root + SEED_ARTICLE, "utf8");
const got = goldenOf(text);

describe("seed article speakers", () => {
  it("matches the golden file", () => {
    const want = JSON.parse(readFileSync(root + GOLDEN_FILE, "utf8"));
    expect(got).toEqual(want);
  });

  it("gives every quote to Michael Intrator but the mining executive's", () => {
    expect(got.quotes.length).toBeGreaterThan(10);
    for (const q of got.quotes) {
      if (q.text.includes("Nous devons travailler ensemble")) expect(q.speaker?.name).toMatch(/dirigeant/);
      else if (q.speaker?.kind === "person") expect(q.speaker?.name).toBe("Michael Intrator");
    }
  });

  it("lists Michael Intrator once, with his role and his aliases", () => {
    const michael = got.speakers.filter((s) => s.name === "Michael Intrator");
    expect(michael).toHaveLength(1);
    expect(michael[0].roles).toContain("PDG de CoreWeave");
    expect(michael[0].aliases).toContain("Michael");
  });
});
