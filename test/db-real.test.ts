/**
 * The database on real extracts:
 * - the dev set (../shared/eval/dev/texts, outside the project: skipped cleanly when absent):
 *   counts per speaker and per topic agree between quotes.jsonl and the database, and every
 *   quote is found again by its own speaker's name and by a word of its text;
 * - the project's corpus/ (the seed article): full-text search finds "circulaire" whatever the
 *   accents and case. This needs the quote stage to extract the seed's quotes.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSource } from "../src/db/open.ts";
import { queryQuotes } from "../src/db/query.ts";
import { queryWords } from "../src/db/fold.ts";
import { fold } from "../src/text-utils.ts";
import { listSpeakers } from "../src/db/speakers.ts";
import type { QuoteRecord } from "../src/schema.ts";

const PROJECT = fileURLToPath(new URL("..", import.meta.url));
const DEV_TEXTS = join(PROJECT, "..", "shared", "eval", "dev", "texts");
const CORPUS = join(PROJECT, "corpus");
const SEED = "000_753db324fa68a1af.txt";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "verbatim-dbreal-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** Runs `verbatim extract` as a user would; exit 1 (some inputs failed) still writes the folder. */
async function extractTo(input: string, name: string): Promise<{ dir: string; quotes: QuoteRecord[] }> {
  const dir = join(root, name);
  await promisify(execFile)(process.execPath, [join(PROJECT, "bin", "verbatim.mjs"), "extract", input, "--out", dir, "--quiet"], {
    maxBuffer: 1 << 26,
  }).catch((err: { code?: number }) => {
    if (err.code !== 1) throw err;
  });
  const text = await readFile(join(dir, "quotes.jsonl"), "utf8");
  return { dir, quotes: text.split("\n").filter(Boolean).map((l) => JSON.parse(l)) };
}

const tally = (keys: string[]) => {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};

describe.skipIf(!existsSync(DEV_TEXTS))("an extract of the dev set (../shared)", () => {
  let db: Database.Database;
  let quotes: QuoteRecord[];
  beforeAll(async () => {
    const out = await extractTo(DEV_TEXTS, "dev");
    quotes = out.quotes;
    db = await openSource(out.dir);
  }, 120_000);
  afterAll(() => db?.close());

  it("holds every quote of quotes.jsonl", () => {
    expect(db.prepare("SELECT count(*) FROM quotes").pluck().get()).toBe(quotes.length);
    expect(queryQuotes(db, {}).map((q) => q.id)).toEqual(quotes.map((q) => q.id));
  });

  it("counts quotes per speaker as quotes.jsonl does", () => {
    const rows = db.prepare<{ n: string; c: number }>("SELECT speaker_name AS n, count(*) AS c FROM quotes WHERE speaker_name IS NOT NULL GROUP BY n").all();
    expect(new Map(rows.map((r) => [r.n, r.c]))).toEqual(tally(quotes.flatMap((q) => (q.speaker ? [q.speaker.name] : []))));
  });

  it("links every quote to an entry of speakers.json, whose quoteCount the database agrees with", async () => {
    const index: { id: string; quoteCount: number }[] = JSON.parse(await readFile(join(root, "dev", "speakers.json"), "utf8"));
    const listed = listSpeakers(db);
    expect(listed.map((s) => s.id).sort()).toEqual(index.map((s) => s.id).sort());
    const counted = new Map(listed.map((s) => [s.id, s.quotes]));
    for (const s of index) expect(counted.get(s.id), s.id).toBe(s.quoteCount);
    expect(db.prepare("SELECT count(*) FROM quotes WHERE speaker_id IS NULL").pluck().get()).toBe(quotes.filter((q) => !q.speaker).length);
  });

  it("counts quotes per topic as quotes.jsonl does", () => {
    const rows = db.prepare<{ t: string; c: number }>("SELECT topic_id AS t, count(*) AS c FROM quote_topics GROUP BY t").all();
    expect(new Map(rows.map((r) => [r.t, r.c]))).toEqual(tally(quotes.flatMap((q) => q.topics)));
    for (const [topic, n] of tally(quotes.flatMap((q) => q.topics))) expect(queryQuotes(db, { topic }).length, topic).toBe(n);
  });

  it("finds every quote by its own speaker's name", () => {
    const names = [...new Set(quotes.flatMap((q) => (q.speaker ? [q.speaker.name] : [])))];
    for (const name of names) {
      if (!queryWords(name).length) continue;
      const found = new Set(queryQuotes(db, { speaker: name }).map((q) => q.id));
      for (const q of quotes.filter((q) => q.speaker?.name === name)) expect(found.has(q.id), `${name}: ${q.id}`).toBe(true);
    }
  });

  it("finds every quote by the longest word of its text, upper-cased", () => {
    for (const q of quotes) {
      const word = queryWords(q.text).sort((a, b) => b.length - a.length)[0];
      if (!word) continue;
      expect(queryQuotes(db, { text: word.toUpperCase() }).map((r) => r.id), `${word} in ${q.id}`).toContain(q.id);
    }
  });
});

describe("an extract of corpus/ (the seed article)", () => {
  let db: Database.Database;
  beforeAll(async () => {
    db = await openSource((await extractTo(CORPUS, "corpus")).dir);
  }, 120_000);
  afterAll(() => db?.close());

  it.each(["circulaire", "CIRCULAIRE", "Circulaire", "círculairé", "ÇIRCULAIRE"])("--text %s finds the seed's quote", (text) => {
    const found = queryQuotes(db, { text });
    expect(found.some((q) => q.article === SEED)).toBe(true);
    for (const q of found) expect(fold(q.text)).toMatch(/\bcirculaire\b/);
    expect(found.map((q) => q.id)).toEqual(queryQuotes(db, { text: "circulaire" }).map((q) => q.id));
  });
});
