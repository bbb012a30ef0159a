/**
 * `verbatim query` filters on the self-written fixture: every combination of filters against a
 * plain reference filter over quotes.jsonl; speaker names and full-text search whatever the
 * accents and case; the table, CSV and JSON formats.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDatabase } from "../src/db/build.ts";
import { DbInputError } from "../src/db/errors.ts";
import { cut, cutStart, formatCsv, formatTable } from "../src/db/format.ts";
import { openDatabase } from "../src/db/open.ts";
import { buildQuoteQuery, queryHits, queryQuotes, type QueryFilters } from "../src/db/query.ts";
import { render } from "../src/commands/query.ts";
import type { QuoteRecord, SpeakerRecord } from "../src/schema.ts";
import { fold } from "../src/text-utils.ts";
import { speakerId as slug } from "../src/speaker-id.ts";
import { quoteLines } from "../src/record.ts";
import { SpeakerIndex } from "../src/speaker-index.ts";
import { buildArticle, FIXTURE_ARTICLES, writeFixtureOutput } from "./fixtures/query-output.ts";

let root: string;
let db: Database.Database;
// the records as the writer lays them out, known at collection time for the it.each tables
const articles = [...FIXTURE_ARTICLES].sort((a, b) => (a.id < b.id ? -1 : 1)).map(buildArticle);
const quotes: QuoteRecord[] = articles.flatMap(quoteLines);
const index = new SpeakerIndex();
for (const a of articles) index.addArticle(a);
const speakers: SpeakerRecord[] = index.list();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "verbatim-query-"));
  await writeFixtureOutput(join(root, "out"));
  await buildDatabase(join(root, "out"), join(root, "q.db"));
  db = openDatabase(join(root, "q.db"));
  const written = (await readFile(join(root, "out", "quotes.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
  expect(written).toEqual(quotes);
  expect(JSON.parse(await readFile(join(root, "out", "speakers.json"), "utf8"))).toEqual(speakers);
});
afterAll(async () => {
  db?.close();
  await rm(root, { recursive: true, force: true });
});

// ---- a plain reference implementation of each filter, over the JSON records ----

const words = (s: string) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const hasWords = (haystack: string, needle: string) => {
  const h = words(haystack).join(" ");
  return ` ${h} `.includes(` ${words(needle).join(" ")} `);
};

const reference: Record<keyof Omit<QueryFilters, "limit">, (q: QuoteRecord, value: string) => boolean> = {
  speaker: (q, v) => {
    if (!q.speaker) return false;
    const entry = speakers.find((s) => s.id === slug(q.speaker!.name));
    return [q.speaker.name, ...(entry ? [entry.name, ...entry.aliases] : [])].some((n) => hasWords(n, v));
  },
  topic: (q, v) => q.topics.includes(v),
  lang: (q, v) => q.language === v,
  type: (q, v) => q.type === v,
  article: (q, v) => q.article === v || q.article.endsWith(`/${v}`),
  text: (q, v) => words(v).every((w) => words(q.text).includes(w)),
};

const VALUES = { speaker: "intrator", topic: "energy", lang: "fr", type: "direct", article: "sobriete.txt", text: "ÉNERGIE" } as const;
const KEYS = Object.keys(VALUES) as (keyof typeof VALUES)[];
const COMBINATIONS: [string, QueryFilters][] = Array.from({ length: 2 ** KEYS.length }, (_, mask) => {
  const f: QueryFilters = {};
  for (const [i, k] of KEYS.entries()) if (mask & (1 << i)) Object.assign(f, { [k]: VALUES[k] });
  return [Object.keys(f).join("+") || "(none)", f];
});

const expectedIds = (f: QueryFilters) =>
  quotes.filter((q) => KEYS.every((k) => f[k] === undefined || reference[k](q, f[k] as string))).map((q) => q.id);

describe("every combination of filters", () => {
  it.each(COMBINATIONS)("%s", (_label, f) => {
    const got = queryQuotes(db, f).map((q) => q.id);
    expect([...got].sort()).toEqual(expectedIds(f).sort());
    if (f.text === undefined) expect(got).toEqual(expectedIds(f)); // file order without --text
  });

  it("is a table where most single and paired filters match something", () => {
    const nonEmpty = COMBINATIONS.filter(([, f]) => expectedIds(f).length > 0);
    for (const [, f] of COMBINATIONS.filter(([, f]) => Object.keys(f).length <= 1)) expect(expectedIds(f).length).toBeGreaterThan(0);
    expect(nonEmpty.length).toBeGreaterThanOrEqual(20);
  });

  it.each(COMBINATIONS.filter(([, f]) => expectedIds(f).length > 1))("%s --limit 1 gives the first match", (_l, f) => {
    const all = queryQuotes(db, f);
    expect(queryQuotes(db, { ...f, limit: 1 })).toEqual(all.slice(0, 1));
  });
});

describe("--speaker: canonical names and aliases, any case and accents, whole words", () => {
  const ids = (speaker: string) => [...new Set(queryQuotes(db, { speaker }).map((q) => slug(q.speaker!.name)))].sort();
  it.each([
    ["intrator", ["michael-intrator"]],
    ["Michael", ["michael-intrator"]],
    ["MICHAEL INTRATOR", ["michael-intrator"]],
    ["le dirigeant", ["michael-intrator"]],
    ["elisabeth", ["elisabeth-borne"]],
    ["Élisabeth Borne", ["elisabeth-borne"]],
    ["la premiere ministre", ["elisabeth-borne"]],
    ["huang", ["jensen-huang"]],
    ["les syndicats", ["syndicats"]],
    ["morgan stanley", ["morgan-stanley"]],
    ["Intr", []],
    ["Michael Borne", []],
  ])("%s", (name, expected) => expect(ids(name)).toEqual(expected));

  it.each(["fr/2024/coreweave.txt", "./fr/2024/coreweave.txt", "2024/coreweave.txt", "coreweave.txt"])("--article %s", (article) => {
    expect(queryQuotes(db, { article }).map((q) => q.id)).toEqual(quotes.filter((q) => q.article === "fr/2024/coreweave.txt").map((q) => q.id));
  });

  it.each(["weave.txt", "coreweave", "fr/2024"])("--article %s matches no article (whole path segments only)", (article) => {
    expect(queryQuotes(db, { article })).toEqual([]);
  });

  it("finds the quotes of a merged speaker in every article", () => {
    const articles = new Set(queryQuotes(db, { speaker: "intrator" }).map((q) => q.article));
    expect(articles).toEqual(new Set(["fr/2024/coreweave.txt", "en/2024/nvidia-deals.txt"]));
  });
});

describe("--text: full-text search whatever the accents and case", () => {
  const texts = (text: string) => queryQuotes(db, { text }).map((q) => q.text);
  it.each([
    ["circulaire", ["Circulaire est la mauvaise façon de voir les choses"]],
    ["CIRCULAIRE", ["Circulaire est la mauvaise façon de voir les choses"]],
    ["círculairé", ["Circulaire est la mauvaise façon de voir les choses"]],
    ["mauvaise facon", ["Circulaire est la mauvaise façon de voir les choses"]],
    ["circular", ["We are not doing circular deals,", "A circular economy of promises,"]],
    ["energie menages", ["Nous ne couperons pas l'énergie aux ménages"]],
    ["l'énergie", ["Nous ne couperons pas l'énergie aux ménages"]],
    ['sans "précédent"', ["la demande d'énergie des centres de données restait « sans précédent »"]],
    ["pétrole", []],
    ['"mauvaise façon"', ["Circulaire est la mauvaise façon de voir les choses"]],
    ['"façon mauvaise"', []],
    ["circula*", ["Circulaire est la mauvaise façon de voir les choses", "We are not doing circular deals,", "A circular economy of promises,"]],
    ["CIRCULAI*", ["Circulaire est la mauvaise façon de voir les choses"]],
    ['"sans préc"*', []],
  ])("%s", (text, expected) => expect(texts(text).sort()).toEqual([...expected].sort()));

  it("never passes user words to FTS5 as syntax", () => {
    for (const text of ['"', "NOT", "a OR b", "x AND", "NEAR(", "*", "col:word", "-minus"])
      expect(() => buildQuoteQuery({ text }).params).not.toThrow(SyntaxError);
    expect(queryQuotes(db, { text: "circulaire OR pétrole" })).toEqual([]);
    expect(queryQuotes(db, { text: "text:circulaire" }).length).toBe(0);
    expect(queryQuotes(db, { text: 'circulaire "unclosed' }).length).toBe(0);
    expect(queryQuotes(db, { text: 'circulaire "' }).length).toBe(1);
  });

  it.each(['"', "« »", "--"])("refuses %j, which has no words", (text) => {
    expect(() => queryQuotes(db, { text })).toThrow(DbInputError);
  });
});

describe("--topic", () => {
  it("refuses an unknown topic id, listing the known ones", () => {
    expect(() => queryQuotes(db, { topic: "sport" })).toThrow(
      'unknown topic id "sport"; the topics of this database are: circularity, compute, energy, finance, policy, supply-chain',
    );
  });

  it("accepts a taxonomy topic that no quote has", () => {
    expect(quotes.some((q) => q.topics.includes("supply-chain"))).toBe(false);
    expect(queryQuotes(db, { topic: "supply-chain" })).toEqual([]);
  });

  it("binds every value as a parameter", () => {
    const f = { speaker: "o'brien", topic: "x'; DROP TABLE quotes; --", article: "100%_sure" };
    const { sql, params } = buildQuoteQuery(f);
    expect(sql).not.toContain("DROP");
    expect(params).toContain(f.topic);
    expect(queryQuotes(db, { article: "100%_sure" })).toEqual([]);
    expect(queryQuotes(db, { article: "%" })).toEqual([]);
  });
});

describe("formats", () => {
  const hits = () => queryHits(db, {});

  it.each([
    [40, /^speaker\s+type\s+quote$/],
    [60, /^speaker\s+type\s+quote\s+article$/],
    [80, /^speaker\s+type\s+topics\s+quote\s+article$/],
    [100, /^speaker\s+type\s+topics\s+quote\s+article$/],
    [160, /^speaker\s+type\s+topics\s+quote\s+article$/],
  ])("the table fits %i columns", (width, header) => {
    const text = render(hits(), "table", width);
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toMatch(header);
    for (const line of lines.slice(0, -1)) expect(Array.from(line).length, line).toBeLessThanOrEqual(width);
    expect(lines.at(-1)).toBe(`(${quotes.length} quotes)`);
  });

  it("shows speaker, type, topics, the quote cut with …, and the article", () => {
    const line = render(hits().slice(0, 1), "table", 100).split("\n")[1];
    const q = quotes[0];
    expect(line.startsWith(q.speaker!.name)).toBe(true);
    expect(line).toContain(q.type);
    expect(line).toContain(q.topics.join(","));
    expect(line.endsWith(q.article) || line.includes("…")).toBe(true);
    const wide = render(hits().slice(0, 1), "table", 400).split("\n")[1];
    expect(wide).toContain(q.text);
  });

  it("names a speaker as the index does, the same in every article", () => {
    const borne = queryHits(db, { speaker: "borne" });
    expect(new Set(borne.map((h) => h.quote.speaker!.name))).toEqual(new Set(["Élisabeth Borne", "Elisabeth Borne"]));
    const index = speakers.find((s) => s.id === "elisabeth-borne")!.name;
    const lines = render(borne, "table", 120).trimEnd().split("\n").slice(1, -1);
    expect(lines.length).toBe(3);
    for (const line of lines) expect(line.startsWith(`${index} `)).toBe(true);
  });

  it("says so when nothing matches", () => expect(render([], "table", 80)).toBe("(no quotes match)\n"));

  it("writes JSON that parses back to the records", () => {
    expect(JSON.parse(render(hits(), "json"))).toEqual(quotes);
    expect(JSON.parse(render([], "json"))).toEqual([]);
  });

  it("writes CSV with quoted fields where needed", () => {
    const csv = render(hits(), "csv");
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("id,article,speaker,speaker_id,speaker_kind,role,type,language,topics,text,start,end,confidence");
    expect(csv).toContain('"We are not doing circular deals,"');
    expect(lines.length).toBe(quotes.length + 2);
  });

  it.each([
    ["abcdef", 10, "abcdef", "abcdef"],
    ["abcdef", 4, "abc…", "…def"],
    ["éàü😀xyz", 4, "éàü…", "…xyz"],
  ])("cuts %j to %i code points", (s, w, end, start) => {
    expect(cut(s, w)).toBe(end);
    expect(cutStart(s, w)).toBe(start);
  });

  it("quotes CSV fields with commas, quotes and line breaks", () => {
    const rows = [{ a: 'say "hi", then\nleave' }];
    expect(formatCsv(rows, [{ header: "a", value: (r) => r.a }])).toBe('a\r\n"say ""hi"", then\nleave"\r\n');
  });

  it("puts text on one line in a table", () => {
    const t = formatTable([{ a: "one\ntwo\t three" }], [{ header: "a", value: (r) => r.a, fill: true }], 80);
    expect(t).toBe("a\none two three\n");
  });
});
