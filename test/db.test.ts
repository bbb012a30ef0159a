/** The SQLite export: schema, round trip of every record, counts, atomic replacement, the cache. */
import { mkdtemp, readFile, readdir, rm, stat, utimes, writeFile, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDatabase } from "../src/db/build.ts";
import { CACHE_FILE, cachedDatabaseFor } from "../src/db/cache.ts";
import { DbInputError } from "../src/db/errors.ts";
import { openDatabase, openSource } from "../src/db/open.ts";
import { queryQuotes } from "../src/db/query.ts";
import { DB_SCHEMA_VERSION } from "../src/db/schema.ts";
import { listSpeakers } from "../src/db/speakers.ts";
import type { QuoteRecord, SpeakerRecord } from "../src/schema.ts";
import { FIXTURE_ARTICLES, writeFixtureOutput } from "./fixtures/query-output.ts";

let root: string;
let out: string;
let dbFile: string;
let quotesJsonl: QuoteRecord[];
let speakersJson: SpeakerRecord[];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "verbatim-db-"));
  out = join(root, "out");
  dbFile = join(root, "quotes.db");
  await writeFixtureOutput(out);
  await buildDatabase(out, dbFile);
  quotesJsonl = (await readFile(join(out, "quotes.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
  speakersJson = JSON.parse(await readFile(join(out, "speakers.json"), "utf8"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const withDb = <T>(fn: (db: Database.Database) => T): T => {
  const db = openDatabase(dbFile);
  try {
    return fn(db);
  } finally {
    db.close();
  }
};

describe("schema", () => {
  it("has the documented tables, the version and a valid foreign-key graph", () => {
    withDb((db) => {
      const tables = db.prepare<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'quotes_fts_%' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
      expect(tables).toEqual([
        "article_topics", "articles", "meta", "paragraphs", "quote_topics", "quotes", "quotes_fts",
        "speaker_aliases", "speaker_articles", "speakers", "topics",
      ]);
      expect(db.pragma("user_version", { simple: true })).toBe(DB_SCHEMA_VERSION);
      expect(db.pragma("foreign_key_check")).toEqual([]);
      expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'quotes_fts'").pluck().get()).toContain("remove_diacritics 2");
    });
  });

  it.each(["quotes_speaker", "quotes_language", "quotes_type", "quote_topics_topic", "article_topics_topic", "speaker_aliases_folded"])(
    "has the index %s",
    (name) => withDb((db) => expect(db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?").get(name)).toBeTruthy()),
  );
});

describe("contents", () => {
  it("gives back every line of quotes.jsonl unchanged, in file order", () => {
    withDb((db) => expect(queryQuotes(db, {})).toEqual(quotesJsonl));
  });

  it("holds every article, paragraph and article topic", () => {
    withDb((db) => {
      const count = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get();
      expect(count("articles")).toBe(FIXTURE_ARTICLES.length);
      expect(count("paragraphs")).toBe(FIXTURE_ARTICLES.reduce((n, a) => n + a.paragraphs.length, 0));
      expect(count("article_topics")).toBe(FIXTURE_ARTICLES.reduce((n, a) => n + a.topics.length, 0));
      const boiler = db.prepare("SELECT boilerplate_label FROM paragraphs WHERE kind = 'boilerplate'").pluck().all();
      expect(boiler).toEqual(["subscribe"]);
    });
  });

  it("links each quote to the speaker-index entry of its speaker, accents merged", () => {
    withDb((db) => {
      const rows = db.prepare<{ name: string; id: string }>("SELECT speaker_name AS name, speaker_id AS id FROM quotes WHERE speaker_id IS NOT NULL").all();
      for (const r of rows) {
        const entry = speakersJson.find((s) => s.id === r.id);
        expect(entry, r.name).toBeDefined();
      }
      expect(new Set(rows.filter((r) => /borne/i.test(r.name)).map((r) => r.id))).toEqual(new Set(["elisabeth-borne"]));
    });
  });

  it("counts quotes per speaker as quotes.jsonl does, and as speakers.json says", () => {
    const expected = new Map<string, number>();
    for (const q of quotesJsonl) if (q.speaker) expected.set(q.speaker.name, (expected.get(q.speaker.name) ?? 0) + 1);
    withDb((db) => {
      const byName = db.prepare<{ n: string; c: number }>("SELECT speaker_name AS n, count(*) AS c FROM quotes WHERE speaker_name IS NOT NULL GROUP BY speaker_name").all();
      expect(new Map(byName.map((r) => [r.n, r.c]))).toEqual(expected);
      const listed = listSpeakers(db);
      for (const s of speakersJson) expect(listed.find((l) => l.id === s.id)?.quotes, s.name).toBe(s.quoteCount);
    });
  });

  it("counts quotes per topic as quotes.jsonl does", () => {
    const expected = new Map<string, number>();
    for (const q of quotesJsonl) for (const t of q.topics) expected.set(t, (expected.get(t) ?? 0) + 1);
    withDb((db) => {
      const rows = db.prepare<{ t: string; c: number }>("SELECT topic_id AS t, count(*) AS c FROM quote_topics GROUP BY topic_id").all();
      expect(new Map(rows.map((r) => [r.t, r.c]))).toEqual(expected);
    });
  });
});

describe("speakers list", () => {
  it.each([
    [0, ["jensen-huang", "michael-intrator", "elisabeth-borne", "syndicats", "morgan-stanley"]],
    [2, ["jensen-huang", "michael-intrator", "elisabeth-borne"]],
    [4, ["michael-intrator"]],
    [5, []],
  ])("--min-quotes %i", (min, names) => {
    withDb((db) => {
      const rows = listSpeakers(db, min);
      expect(rows.map((r) => r.id).sort()).toEqual([...names].sort());
      for (let i = 1; i < rows.length; i++) expect(rows[i - 1].quotes).toBeGreaterThanOrEqual(rows[i].quotes);
    });
  });

  it("keeps roles, kind and article count of the merged entry", () => {
    withDb((db) => {
      const intrator = listSpeakers(db).find((s) => s.id === "michael-intrator");
      expect(intrator).toMatchObject({ kind: "person", roles: ["PDG de CoreWeave"], quotes: 4, articles: 2 });
      expect(intrator?.aliases).toEqual(expect.arrayContaining(["Intrator", "Le dirigeant"]));
    });
  });
});

describe("atomic re-export", () => {
  it("replaces the file, leaves no temporary file, and never disturbs a reader of the old one", async () => {
    const dir = join(root, "atomic");
    const file = join(root, "atomic.db");
    await writeFixtureOutput(dir, FIXTURE_ARTICLES.slice(0, 1));
    await buildDatabase(dir, file);
    const before = (await stat(file)).ino;
    const reader = openDatabase(file);
    await writeFixtureOutput(dir);
    await buildDatabase(dir, file);
    expect((await stat(file)).ino).not.toBe(before);
    expect(reader.prepare("SELECT count(*) FROM articles").pluck().get()).toBe(1);
    reader.close();
    const fresh = openDatabase(file);
    expect(fresh.prepare("SELECT count(*) FROM articles").pluck().get()).toBe(FIXTURE_ARTICLES.length);
    fresh.close();
    expect((await readdir(root)).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("removes the old file's journal and WAL, which would be replayed into the new one", async () => {
    const dir = join(root, "sidecars");
    const file = join(root, "sidecars.db");
    await writeFixtureOutput(dir);
    await buildDatabase(dir, file);
    const writer = new Database(file);
    writer.pragma("journal_mode = WAL");
    writer.pragma("wal_autocheckpoint = 0");
    writer.prepare("INSERT INTO meta (key, value) VALUES ('stale', 'yes')").run();
    await writeFile(`${file}-journal`, "left by a crash");
    expect(await stat(`${file}-wal`).catch(() => null)).not.toBeNull();
    await buildDatabase(dir, file);
    for (const suffix of ["-journal", "-wal", "-shm"]) expect(await stat(file + suffix).catch(() => null), suffix).toBeNull();
    const fresh = openDatabase(file);
    expect(fresh.prepare("SELECT value FROM meta WHERE key = 'stale'").get()).toBeUndefined();
    expect(fresh.prepare("SELECT count(*) FROM quotes").pluck().get()).toBe(quotesJsonl.length);
    fresh.close();
    writer.close();
  });

  it("deletes the temporary files of killed exports, not those of running ones", async () => {
    const file = join(root, "temps.db");
    const dead = join(root, ".temps.db.tmp-999999999-1");
    const alive = join(root, `.temps.db.tmp-${process.pid}-1`);
    await writeFile(dead, "half a database");
    await writeFile(alive, "being written");
    await buildDatabase(out, file);
    expect(await stat(dead).catch(() => null)).toBeNull();
    expect(await stat(alive).catch(() => null)).not.toBeNull();
    await rm(alive);
  });

  it("keeps the previous file when the export fails", async () => {
    const dir = join(root, "broken");
    const file = join(root, "broken.db");
    await writeFixtureOutput(dir);
    await buildDatabase(dir, file);
    await appendFile(join(dir, "quotes.jsonl"), '{"id": "half a line"\n');
    await expect(buildDatabase(dir, file)).rejects.toThrow(/quotes\.jsonl line \d+ is not JSON/);
    expect(openDatabase(file).prepare("SELECT count(*) FROM quotes").pluck().get()).toBe(quotesJsonl.length);
    expect((await readdir(root)).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });
});

describe("bad input is a DbInputError with one sentence", () => {
  it.each([
    ["a folder that is not an output", async () => root, /is not a Verbatim output folder/],
    ["a missing path", async () => join(root, "nope"), /does not exist/],
    [
      "an output missing quotes.jsonl",
      async () => {
        const d = join(root, "no-quotes");
        await writeFixtureOutput(d);
        await rm(join(d, "quotes.jsonl"));
        return d;
      },
      /quotes\.jsonl is missing/,
    ],
    [
      "a quote line of another shape",
      async () => {
        const d = join(root, "bad-shape");
        await writeFixtureOutput(d);
        await writeFile(join(d, "quotes.jsonl"), JSON.stringify({ ...quotesJsonl[0], type: "rumour" }) + "\n");
        return d;
      },
      /quotes\.jsonl line 1 does not match the Verbatim quote schema \(type:/,
    ],
    [
      "a speakers.json cut short",
      async () => {
        const d = join(root, "cut-speakers");
        await writeFixtureOutput(d);
        const text = await readFile(join(d, "speakers.json"), "utf8");
        await writeFile(join(d, "speakers.json"), text.slice(0, Math.floor(text.length / 2)));
        return d;
      },
      /speakers\.json is not valid JSON \(not one JSON array: .*\); run "verbatim extract" again/,
    ],
    [
      "a speaker of another shape",
      async () => {
        const d = join(root, "bad-speaker");
        await writeFixtureOutput(d);
        const index = JSON.parse(await readFile(join(d, "speakers.json"), "utf8"));
        await writeFile(join(d, "speakers.json"), JSON.stringify([index[0], { ...index[0], id: "other", quoteCount: "many" }], null, 1));
        return d;
      },
      /speakers\.json does not match the Verbatim speaker index schema \(1\.quoteCount:/,
    ],
    [
      "an output of another major schema version",
      async () => {
        const d = join(root, "v2");
        await writeFixtureOutput(d);
        const summary = JSON.parse(await readFile(join(d, "summary.json"), "utf8"));
        await writeFile(join(d, "summary.json"), JSON.stringify({ ...summary, schemaVersion: "2.0.0" }));
        return d;
      },
      /output schema 2\.0\.0/,
    ],
  ])("%s", async (_label, makeDir, message) => {
    const dir = await makeDir();
    const err = await buildDatabase(dir, join(root, "x.db")).catch((e) => e);
    expect(err).toBeInstanceOf(DbInputError);
    expect(err.message).toMatch(message);
    expect(err.message).not.toMatch(/\n/);
  });

  it.each([
    ["a text file", async (f: string) => writeFile(f, "not a database at all, just some words\n".repeat(20)), /is not a SQLite database/],
    [
      "another application's database",
      async (f: string) => new Database(f).exec("CREATE TABLE t (x)").close(),
      /not one written by "verbatim export"/,
    ],
    [
      "a Verbatim database of another schema version",
      async (f: string) => {
        await buildDatabase(out, f);
        const db = new Database(f);
        db.pragma(`user_version = ${DB_SCHEMA_VERSION + 1}`);
        db.close();
      },
      new RegExp(`schema version ${DB_SCHEMA_VERSION + 1} and this Verbatim reads version ${DB_SCHEMA_VERSION}`),
    ],
  ])("opening %s", async (label, make, message) => {
    const f = join(root, `${label.replace(/\W+/g, "-")}.db`);
    await make(f);
    expect(() => openDatabase(f)).toThrow(DbInputError);
    expect(() => openDatabase(f)).toThrow(message);
  });
});

describe("the cache of an output folder", () => {
  it("is built once, reused while the folder is unchanged, and rebuilt when a file changes", async () => {
    const dir = join(root, "cached");
    await writeFixtureOutput(dir, FIXTURE_ARTICLES.slice(0, 2));
    const file = await cachedDatabaseFor(dir);
    expect(file).toBe(join(dir, CACHE_FILE));
    const first = await stat(file);
    expect((await cachedDatabaseFor(dir)) === file && (await stat(file)).ino === first.ino).toBe(true);

    const quotesFile = join(dir, "quotes.jsonl");
    const lines = (await readFile(quotesFile, "utf8")).trim().split("\n");
    await writeFile(quotesFile, lines.slice(1).join("\n") + "\n");
    const later = new Date(Date.now() + 5000);
    await utimes(quotesFile, later, later);
    await cachedDatabaseFor(dir);
    expect((await stat(file)).ino).not.toBe(first.ino);
    const db = await openSource(dir);
    expect(db.prepare("SELECT count(*) FROM quotes").pluck().get()).toBe(lines.length - 1);
    db.close();
  });

  it("is dropped with the folder when extract rewrites it", async () => {
    const dir = join(root, "rewritten");
    await writeFixtureOutput(dir, FIXTURE_ARTICLES.slice(0, 1));
    await cachedDatabaseFor(dir);
    await writeFixtureOutput(dir);
    expect(await stat(join(dir, CACHE_FILE)).catch(() => null)).toBeNull();
    const db = await openSource(dir);
    expect(db.prepare("SELECT count(*) FROM articles").pluck().get()).toBe(FIXTURE_ARTICLES.length);
    db.close();
  });
});
