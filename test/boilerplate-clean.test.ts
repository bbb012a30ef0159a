import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cleanCommand, outputPath } from "../src/commands/clean.ts";
import { lineStatsCommand } from "../src/commands/line-stats.ts";
import { lineStatsOfInputs, loadLineStats } from "../src/boilerplate/first-pass.ts";
import { computeLineStats } from "../src/boilerplate/repetition.ts";
import { UsageError } from "../src/commands/usage.ts";

// Invented articles of an invented site: each ends with the site's tagline and a promotion.
const TAGLINE = "La Gazette du Val, l'info de votre canton";
const article = (body: string[]) => [...body, "Inscrivez-vous sur Bybit et profitez de 200 $ de bonus de bienvenue", TAGLINE].join("\n");
const bodies = [
  [
    "Le conseil départemental a voté jeudi la rénovation du collège Jean-Moulin, fermé depuis l'incendie de septembre.",
    "Les travaux commenceront au printemps et devraient durer dix-huit mois, selon le président du département.",
  ],
  [
    "La fête de la pomme a attiré plus de 8 000 visiteurs ce week-end dans le centre du village, un record selon les organisateurs.",
    "Les producteurs locaux ont vendu l'ensemble de leurs stocks dès le dimanche midi.",
  ],
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "verbatim-clean-"));
  await mkdir(join(dir, "in", "gazette"), { recursive: true });
  await writeFile(join(dir, "in", "gazette", "college.txt"), article(bodies[0]));
  await writeFile(join(dir, "in", "gazette", "pommes.md"), article(bodies[1]));
  await writeFile(join(dir, "in", "gazette", "vide.txt"), "   \n");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("verbatim clean", () => {
  it("writes the cleaned text of each input under the same relative path, as .txt", async () => {
    const code = await cleanCommand.run([join(dir, "in"), "--out", join(dir, "out"), "--quiet"]);
    expect(code).toBe(1); // the empty input failed
    expect(await readFile(join(dir, "out", "gazette", "college.txt"), "utf8")).toBe(bodies[0].join("\n") + "\n");
    expect(await readFile(join(dir, "out", "gazette", "pommes.txt"), "utf8")).toBe(bodies[1].join("\n") + "\n");
  });

  it("reports what was flagged and why, and the inputs that failed", async () => {
    const lines = (await readFile(join(dir, "out", "report.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["gazette/college.txt", "gazette/pommes.md", "gazette/vide.txt"]);
    const college = lines[0];
    expect(college.flagged.map((f: { label: string }) => f.label)).toEqual(["promo", "other"]);
    expect(college.flagged[0].reasons).toEqual(expect.arrayContaining(["brand:bybit", "imperative-cta", "money-amount"]));
    expect(college.flagged[1].reasons).toContain("repeated:2");
    expect(college.flagged[1].text).toBe(TAGLINE);
    expect(lines[2]).toMatchObject({ id: "gazette/vide.txt", error: "empty" });
  });

  it("gives the same result from a line-statistics file as from its own first pass", async () => {
    const stats = join(dir, "stats.json");
    expect(await lineStatsCommand.run([join(dir, "in"), "--out", stats])).toBe(0);
    expect((await loadLineStats(stats)).folders.gazette.articles).toBe(2);
    await cleanCommand.run([join(dir, "in"), "--out", join(dir, "out2"), "--line-stats", stats, "--quiet"]);
    const a = await readFile(join(dir, "out", "report.jsonl"), "utf8");
    const b = await readFile(join(dir, "out2", "report.jsonl"), "utf8");
    expect(b).toBe(a);
  });

  it("prunes each folder once counted, and ends with the same statistics as counting all at once", async () => {
    await mkdir(join(dir, "multi", "b"), { recursive: true });
    await mkdir(join(dir, "multi", "a", "sub"), { recursive: true });
    const files: Record<string, string> = {
      "a/1.txt": article(bodies[0]),
      "a/sub/1.txt": article(bodies[1]),
      "a/2.txt": article(bodies[1]),
      "b/1.txt": article(bodies[0]),
    };
    for (const [id, text] of Object.entries(files)) await writeFile(join(dir, "multi", id), text);
    const fromFiles = await lineStatsOfInputs([join(dir, "multi")], 1_000_000);
    expect(fromFiles).toEqual(computeLineStats(Object.entries(files).map(([id, text]) => ({ id, text }))));
    expect(fromFiles.folders.a.articles).toBe(2);
    expect(Object.keys(fromFiles.folders.b.lines)).toEqual([]);
  });

  it("refuses to run without --out or inputs (usage errors)", async () => {
    await expect(cleanCommand.run([join(dir, "in")])).rejects.toBeInstanceOf(UsageError);
    await expect(cleanCommand.run(["--out", join(dir, "x")])).rejects.toBeInstanceOf(UsageError);
  });

  it("names outputs without clashes when two inputs share a base name", () => {
    const taken = new Set<string>();
    expect(outputPath("site/a.txt", taken)).toBe("site/a.txt");
    expect(outputPath("site/a.html", taken)).toBe("site/a.html.txt");
    expect(outputPath("site/b.htm", taken)).toBe("site/b.txt");
  });
});
