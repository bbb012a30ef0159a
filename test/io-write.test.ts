import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OutputWriter, OUTPUT_FILES } from "../src/io/write.ts";
import { processText } from "../src/index.ts";
import { articleLines, quoteLines } from "../src/record.ts";
import { SCHEMA_VERSION, type Summary } from "../src/schema.ts";

const summary = (): Summary => ({
  tool: "verbatim",
  version: "test",
  schemaVersion: SCHEMA_VERSION,
  inputs: [],
  options: {},
  counts: { inputs: 1, articles: 1, errors: 0, quotes: 0, speakers: 0, paragraphs: 1, boilerplateParagraphs: 0, characters: 1 },
  languages: {},
  timings: { totalMs: 0, stagesMs: {} },
});

describe("OutputWriter", () => {
  let parent: string;
  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), "verbatim-write-"));
  });
  afterAll(() => rm(parent, { recursive: true, force: true }));

  const article = () => processText("La ministre a présenté le budget. Il sera voté en décembre.", { id: "budget.txt" });

  it("builds the folder aside and swaps it in at commit, leaving no temporary folder", async () => {
    const dir = join(parent, "out");
    const w = new OutputWriter(dir);
    await w.open();
    await w.writeArticle(article());
    expect(await readdir(parent)).not.toContain("out"); // nothing visible before the commit
    await w.commit(summary());
    expect((await readdir(dir)).sort()).toEqual(
      [OUTPUT_FILES.articles, OUTPUT_FILES.errors, OUTPUT_FILES.quotes, OUTPUT_FILES.schemaDir, OUTPUT_FILES.speakers, OUTPUT_FILES.summary].sort(),
    );
    expect(await readdir(parent)).toEqual(["out"]);
  });

  it("keeps the previous folder whole when a run is aborted, and cleans up after itself", async () => {
    const dir = join(parent, "out");
    const before = await readFile(join(dir, OUTPUT_FILES.articles), "utf8");
    const w = new OutputWriter(dir);
    await w.open();
    await w.writeArticle(processText("Un autre texte, qui ne doit pas apparaître.", { id: "other.txt" }));
    await w.abort();
    expect(await readFile(join(dir, OUTPUT_FILES.articles), "utf8")).toBe(before);
    expect(await readdir(parent)).toEqual(["out"]);
  });

  it("removes the temporary folders that killed runs left, once a run commits", async () => {
    const dir = join(parent, "out");
    const dead = join(parent, ".out.tmp-999999999-1700000000000"); // no such process
    await mkdir(dead);
    await writeFile(join(dead, OUTPUT_FILES.articles), "");
    const w = new OutputWriter(dir);
    await w.open();
    await w.commit(summary());
    expect(await readdir(parent)).toEqual(["out"]);
  });

  it.each([
    ["a folder Verbatim did not write", async (d: string) => (await mkdir(d), writeFile(join(d, "thesis.tex"), "x"))],
    ["a file", (d: string) => writeFile(d, "precious")],
  ])("refuses to replace %s", async (_name, make) => {
    const dir = join(parent, `precious-${Math.random().toString(36).slice(2)}`);
    await make(dir);
    await expect(new OutputWriter(dir).open()).rejects.toThrow(/--out/);
  });

  it("accepts an empty folder", async () => {
    const dir = join(parent, "empty");
    await mkdir(dir);
    const w = new OutputWriter(dir);
    await w.open();
    await w.commit(summary());
    expect(await readdir(dir)).toContain(OUTPUT_FILES.summary);
  });
});

describe("articles serialised by the thread that analysed them (ArticleLines)", () => {
  const texts = [
    "« Nous ouvrirons deux usines l'an prochain », a déclaré la directrice générale, Claire Vasseur.\nLe syndicat juge le calendrier « irréaliste ».",
    "\"We will not raise prices this winter,\" the utility's chief executive, Tom Hadley, told reporters.\nHe declined to comment further.",
    "Un texte sans citation ni orateur.",
  ];

  it.each(texts)("gives the very bytes of the record: %s", (text) => {
    const a = processText(text, { id: "a.txt" });
    const l = articleLines(a);
    expect(l.json).toBe(JSON.stringify(a));
    expect(l.quotes).toBe(quoteLines(a).map((q) => JSON.stringify(q) + "\n").join(""));
    expect(l.quoteCount).toBe(a.quotes.length);
    expect(l.speakers).toEqual(a.speakers);
    expect([l.paragraphs, l.boilerplateParagraphs, l.characters, l.language]).toEqual([
      a.paragraphs.length,
      a.paragraphs.filter((p) => p.kind === "boilerplate").length,
      a.text.length,
      a.language.code,
    ]);
  });

  it("gives the very bytes of records with odd characters, an undefined field, a quote carrying its own article, a clean text like or unlike the text", () => {
    const base = processText("« Les prix baisseront », a promis le ministre, Marc Vidal.\nIl n'a rien ajouté.", { id: 'odd "id" \\ \ud83d' });
    expect(base.quotes.length).toBeGreaterThan(0);
    const odd = (q: (typeof base.quotes)[number]) => ({ ...q, text: 'a "b" \\ \n\t \u0001 \ud800 \udc00 \ud83d\ude00 é ’' });
    const variants = [
      { ...base, quotes: base.quotes.map(odd) },
      { ...base, title: undefined } as unknown as typeof base,
      { ...base, quotes: [{ ...base.quotes[0], article: "elsewhere" } as (typeof base.quotes)[number]] },
      { ...base, quotes: [] },
      { ...base, cleanText: "Il n'a rien ajouté." },
      { ...base, cleanText: base.text.slice(0, 5) + base.text.slice(5) },
    ];
    expect(base.cleanText).toBe(base.text);
    for (const a of variants) {
      const l = articleLines(a);
      expect(l.json).toBe(JSON.stringify(a));
      expect(l.quotes).toBe(quoteLines(a).map((q) => JSON.stringify(q) + "\n").join(""));
    }
  });

  it("writes the same folder from lines as from records", async () => {
    const parent = await mkdtemp(join(tmpdir(), "verbatim-lines-"));
    const records = texts.map((t, i) => processText(t, { id: `a${i}.txt` }));
    const fromRecords = new OutputWriter(join(parent, "records"));
    const fromLines = new OutputWriter(join(parent, "lines"));
    await fromRecords.open();
    await fromLines.open();
    for (const r of records) {
      await fromRecords.writeArticle(r);
      await fromLines.writeLines(articleLines(r));
    }
    expect(fromLines.counts).toEqual(fromRecords.counts);
    expect(fromLines.languages).toEqual(fromRecords.languages);
    expect(fromLines.counts.quotes).toBeGreaterThan(0);
    await fromRecords.commit(summary());
    await fromLines.commit(summary());
    for (const name of [OUTPUT_FILES.articles, OUTPUT_FILES.quotes, OUTPUT_FILES.speakers])
      expect(await readFile(join(parent, "lines", name), "utf8")).toBe(await readFile(join(parent, "records", name), "utf8"));
    expect(await readFile(join(parent, "lines", OUTPUT_FILES.articles), "utf8")).toBe(records.map((r) => JSON.stringify(r) + "\n").join(""));
    await rm(parent, { recursive: true, force: true });
  });
});
