/**
 * One machine and many: the worker pool gives the same bytes whatever --jobs, shards merge into
 * the same files as one run, and a run killed half-way then resumed gives the same files as an
 * uninterrupted one.
 */
import { spawn } from "node:child_process";
import { cp, readdir, readFile, rm, writeFile, appendFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli.ts";
import { createRunner } from "../src/run/pool.ts";
import type { Task } from "../src/run/tasks.ts";
import { quoteLines } from "../src/record.ts";
import { runTask } from "../src/run/run-task.ts";
import { createContext, processDoc } from "../src/index.ts";
import { articlePath, articleText, corpusJsonl, writeCorpus } from "./fixtures/scale-corpus.ts";
import { BIN, ROOT, expectSameOutput, outputFiles, summaryCore, tempDir, sh, writeLineStats } from "./scale-helpers.ts";

const N = 60;
let work: string;
let corpus: string;
let single: string;
let stats: string;

const extract = (args: string[]) => main(["extract", ...args, "--quiet"]);

beforeAll(async () => {
  work = await tempDir("scale");
  corpus = join(work, "corpus");
  await writeCorpus(corpus, N);
  stats = await writeLineStats(corpus, join(work, "line-stats.json"));
  single = join(work, "single");
  expect(await extract([corpus, "--out", single, "--jobs", "1"])).toBe(0);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** Modules that `from` loads through static value imports (type-only and dynamic imports are not followed). */
async function staticImports(from: string): Promise<Set<string>> {
  const seen = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = await readFile(file, "utf8");
    for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^;]*?\sfrom\s+)?"(\.[^"]+)"/gm))
      await visit(resolve(dirname(file), m[1]!));
  };
  await visit(resolve(ROOT, from));
  return new Set([...seen].map((f) => relative(ROOT, f)));
}

describe("the main thread of a pool", () => {
  it("loads no pipeline: the CLI and the pool reach neither the stages, nor the language tables, nor the HTML reader", async () => {
    const loaded = await staticImports("src/cli.ts");
    for (const f of await staticImports("src/run/pool.ts")) loaded.add(f);
    expect(loaded).toContain("src/commands/extract.ts");
    expect(loaded).toContain("src/io/write.ts");
    // (the normalize stage is a light text function the line statistics share)
    const heavy = /^src\/(pipeline|context|index)\.ts$|^src\/language\/|^src\/stages\/(?!normalize\.ts$)|^src\/io\/html\.ts$/;
    expect([...loaded].filter((f) => heavy.test(f))).toEqual([]);
  });

  it("workers of the streaming mode load no file reader (HTML), and a doc task gives processDoc's record", async () => {
    expect([...(await staticImports("src/run/worker.ts"))].filter((f) => f === "src/io/html.ts" || f === "src/index.ts")).toEqual([]);
    const ctx = createContext();
    for (let i = 0; i < 4; i++) {
      const init = { id: `d${i}`, text: articleText(i), sha256: "x" };
      expect(await runTask({ kind: "doc", init }, ctx)).toEqual({ kind: "article", article: processDoc(init, { context: ctx }) });
    }
  });
});

describe("--jobs", () => {
  it.each([["2"], ["3"]])("writes the same bytes with --jobs %s as with --jobs 1", async (jobs) => {
    const out = join(work, `jobs-${jobs}`);
    expect(await extract([corpus, "--out", out, "--jobs", jobs])).toBe(0);
    await expectSameOutput(out, single);
    expect(await summaryCore(out)).toEqual(await summaryCore(single));
    const articles = (await readFile(join(out, "articles.jsonl"), "utf8")).trim().split("\n");
    expect(articles).toHaveLength(N);
  });

  it.each([[1], [2]])("with --jobs %i, serialised articles (output lines) are the bytes of the records, in order", async (jobs) => {
    const tasks: Task[] = Array.from({ length: 6 }, (_, i) => ({ kind: "doc", init: { id: `d${i}`, text: articleText(i), sha256: "x" } }));
    const records = createRunner({ jobs: 1 });
    const lines = createRunner({ jobs, output: "lines" });
    const want: string[] = [];
    const got: string[] = [];
    try {
      for await (const r of records.map(tasks)) if (r.kind === "article") want.push(JSON.stringify(r.article) + "\n" + quoteLines(r.article).map((q) => JSON.stringify(q) + "\n").join(""));
      for await (const r of lines.map(tasks)) if (r.kind === "article") got.push(r.article.json + "\n" + r.article.quotes);
    } finally {
      await records.close();
      await lines.close();
    }
    expect(want).toHaveLength(6);
    expect(want.join("")).toContain('"speaker"');
    expect(got).toEqual(want);
  });

  it("keeps input order when later tasks finish first (small window, uneven sizes)", async () => {
    const runner = createRunner({ jobs: 3, windowPerJob: 1 });
    const ids = Array.from({ length: 24 }, (_, i) => `doc-${String(i).padStart(2, "0")}`);
    const tasks: Task[] = ids.map((id, i) => ({
      kind: "doc",
      // every third article is 40 times longer, so its neighbours overtake it
      init: { id, text: articleText(i).repeat(i % 3 === 0 ? 40 : 1), sha256: "x" },
    }));
    const got: string[] = [];
    try {
      for await (const r of runner.map(tasks)) got.push(r.kind === "article" ? r.article.id : r.error.path);
      const timings = await runner.timings();
      expect(Object.keys(timings)).toContain("normalize");
    } finally {
      await runner.close();
    }
    expect(got).toEqual(ids);
  });

  it("turns an article that kills its worker (heap exhausted) into an error record, and goes on in order", async () => {
    const runner = createRunner({ jobs: 2, resourceLimits: { maxOldGenerationSizeMb: 160 } });
    const small = (id: string): Task => ({ kind: "doc", init: { id, text: "« Bonjour », a-t-il dit.\n", sha256: "x" } });
    const huge: Task = { kind: "doc", init: { id: "huge", text: "« Oui », a dit Jean Dupont. ".repeat(400_000), sha256: "x" } };
    const got: string[] = [];
    try {
      for await (const r of runner.map([small("a"), huge, small("b"), small("c")]))
        got.push(r.kind === "article" ? `article ${r.article.id}` : `${r.error.error} ${r.error.path}`);
    } finally {
      await runner.close();
    }
    expect(got).toEqual(["article a", "internal huge", "article b", "article c"]);
  }, 180_000);

  it("runs an article that exhausts a worker's soft heap cap again on an uncapped worker: the same record as --jobs 1", async () => {
    // 1.35 MB of incises: more than 160 MB of old generation (with resourceLimits at 160 it is an error record)
    const big: Task = { kind: "doc", init: { id: "big", text: "« Oui », a dit Jean Dupont. ".repeat(50_000), sha256: "x" } };
    const small = (id: string): Task => ({ kind: "doc", init: { id, text: "« Bonjour », a-t-il dit.\n", sha256: "x" } });
    const tasks = [small("a"), big, small("b")];
    const capped = createRunner({ jobs: 2, heapCapMb: 160, output: "lines" });
    const inline = createRunner({ jobs: 1, output: "lines" });
    const got: string[] = [];
    const want: string[] = [];
    try {
      for await (const r of capped.map(tasks)) got.push(r.kind === "article" ? r.article.json : `error ${r.error.message}`);
      for await (const r of inline.map(tasks)) want.push(r.kind === "article" ? r.article.json : `error ${r.error.message}`);
    } finally {
      await capped.close();
      await inline.close();
    }
    expect(got.map((j) => JSON.parse(j).id)).toEqual(["a", "big", "b"]);
    expect(got).toEqual(want);
  }, 180_000);

  it("lists an unreadable input as an error and still writes the others, in order", async () => {
    const out = join(work, "with-missing");
    const code = await extract([corpus, join(work, "no-such-folder"), "--out", out, "--jobs", "2"]);
    expect(code).toBe(1);
    const errors = (await readFile(join(out, "errors.jsonl"), "utf8")).trim().split("\n");
    expect(errors).toHaveLength(1);
    expect((await outputFiles(out))["articles.jsonl"]).toBe((await outputFiles(single))["articles.jsonl"]);
  });

  it("rejects --jobs 0 as a usage error", async () => {
    expect(await extract([corpus, "--out", join(work, "bad"), "--jobs", "0"])).toBe(2);
  });
});

describe("merge", () => {
  it("merges folder shards into the same files as one run, whatever the shard order", async () => {
    // three shards that keep the article paths relative to the corpus root
    const shards = [0, 1, 2].map((k) => join(work, `shard-${k}`));
    for (let i = 0; i < N; i++) {
      const rel = articlePath(i);
      await cp(join(corpus, rel), join(shards[i % 3]!, rel));
    }
    const outs = shards.map((s) => `${s}-out`);
    // every shard gets the line statistics of the whole corpus, as one run computes them
    for (const [k, s] of shards.entries())
      expect(await extract([s, "--out", outs[k]!, "--jobs", "1", "--line-stats", stats])).toBe(0);
    const merged = join(work, "merged");
    expect(await main(["merge", outs[2]!, outs[0]!, outs[1]!, "--out", merged, "--quiet"])).toBe(0);
    await expectSameOutput(merged, single);
    expect(await summaryCore(merged)).toEqual(await summaryCore(single));
    const summary = JSON.parse(await readFile(join(merged, "summary.json"), "utf8"));
    const shardMs = await Promise.all(
      outs.map(async (o) => JSON.parse(await readFile(join(o, "summary.json"), "utf8")).timings.totalMs as number),
    );
    expect(summary.timings.totalMs).toBeCloseTo(shardMs.reduce((a, b) => a + b, 0), 0);
    // merging a merged folder with one of its own shards changes nothing
    const again = join(work, "merged-again");
    expect(await main(["merge", merged, outs[1]!, "--out", again, "--quiet"])).toBe(0);
    await expectSameOutput(again, single);
  });

  it("merges article JSON Lines from the streaming mode", async () => {
    const parts = [corpusJsonl(N / 2, 0), corpusJsonl(N, N / 2)];
    const files: string[] = [];
    for (const [k, part] of parts.entries()) {
      const input = join(work, `stream-in-${k}.jsonl`);
      const output = join(work, `stream-out-${k}.jsonl`);
      await writeFile(input, part);
      const ran = await sh(`node ${BIN} extract - --out - --jobs 2 --line-stats ${stats} < ${input} > ${output}`);
      expect(ran.stderr).toBe("");
      expect(ran.code).toBe(0);
      files.push(output);
    }
    // Hadoop streaming may end each output line with a tab (JSON white space): merge takes it as is
    const tabbed = (await readFile(files[1]!, "utf8")).replace(/\n/g, "\t\n");
    await writeFile(files[1]!, tabbed);
    const merged = join(work, "merged-stream");
    expect(await main(["merge", files[1]!, files[0]!, "--out", merged, "--quiet"])).toBe(0);
    await expectSameOutput(merged, single);
  });

  it("merges the shards' errors.jsonl into the one a single run writes", async () => {
    const root = join(work, "with-errors");
    await writeCorpus(root, 6);
    await writeFile(join(root, "fr/00/empty.txt"), "  \n");
    await writeFile(join(root, "en/01/binary.txt"), Buffer.from([0x41, 0x00, 0x42]));
    const one = join(work, "with-errors-single");
    expect(await extract([root, "--out", one, "--jobs", "1"])).toBe(1);
    const errors = (await readFile(join(one, "errors.jsonl"), "utf8")).trim().split("\n");
    expect(errors.map((l) => JSON.parse(l).error)).toEqual(["binary", "empty"]);
    // shard A: the fr folder with the empty file; shard B: the en folder with the binary one
    const shardStats = await writeLineStats(root, join(work, "with-errors-stats.json"));
    const outs: string[] = [];
    for (const lang of ["fr", "en"]) {
      const shard = join(work, `with-errors-${lang}`);
      await cp(join(root, lang), join(shard, lang), { recursive: true });
      const out = `${shard}-out`;
      expect(await extract([shard, "--out", out, "--jobs", "2", "--line-stats", shardStats])).toBe(1);
      outs.push(out);
    }
    const merged = join(work, "with-errors-merged");
    expect(await main(["merge", ...outs, "--out", merged, "--quiet"])).toBe(0);
    await expectSameOutput(merged, one);
    expect(await summaryCore(merged)).toEqual(await summaryCore(one));
  });

  it("refuses a folder that is not an output folder, as a usage error", async () => {
    expect(await main(["merge", corpus, "--out", join(work, "nope"), "--quiet"])).toBe(2);
  });
});

describe("--resume", () => {
  it("reuses unchanged inputs and processes changed and new ones", async () => {
    const src = join(work, "resume-corpus");
    await writeCorpus(src, 10);
    const out = join(work, "resume-out");
    expect(await extract([src, "--out", out, "--jobs", "1"])).toBe(0);
    // the changed and the new articles sit in folders of their own (articlePath: i % 7), so the
    // per-folder line statistics of the kept articles are the same as in a fresh run
    await appendFile(join(src, articlePath(3)), "Une phrase de plus, ajoutée après coup.\n");
    await writeCorpus(src, 12, 10);
    expect(await extract([src, "--out", out, "--jobs", "2", "--resume"])).toBe(0);
    const fresh = join(work, "resume-fresh");
    expect(await extract([src, "--out", fresh, "--jobs", "1"])).toBe(0);
    await expectSameOutput(out, fresh);
    const text = (await readFile(join(out, "articles.jsonl"), "utf8")).trim().split("\n");
    expect(text).toHaveLength(12);
    expect(JSON.parse(text.find((l) => l.includes(articlePath(3)))!).text).toContain("ajoutée après coup");
  });

  it("after a real run is killed half-way, resuming gives the files of an uninterrupted run", async () => {
    const big = join(work, "kill-corpus");
    const total = 1500;
    await writeCorpus(big, total);
    const uninterrupted = join(work, "kill-reference");
    expect(await extract([big, "--out", uninterrupted, "--jobs", "1"])).toBe(0);

    const out = join(work, "kill-out");
    const child = spawn(process.execPath, [BIN, "extract", big, "--out", out, "--jobs", "2", "--quiet"], {
      stdio: "ignore",
    });
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    let done = 0;
    for (let tries = 0; tries < 6000 && done < 200; tries++) {
      await new Promise((r) => setTimeout(r, 10));
      done = await linesInTempFolders(work, "kill-out");
    }
    child.kill("SIGKILL");
    await exited;
    const atKill = await linesInTempFolders(work, "kill-out");
    expect(atKill).toBeGreaterThanOrEqual(200);
    expect(atKill).toBeLessThan(total); // really half-way: the run had not finished

    const rerun = await sh(`node ${BIN} extract ${big} --out ${out} --jobs 2 --resume`);
    expect(rerun.code).toBe(0);
    const reused = Number(/\((\d+) reused\)/.exec(rerun.stderr)?.[1]);
    expect(reused).toBeGreaterThanOrEqual(200);
    await expectSameOutput(out, uninterrupted);
    expect(await summaryCore(out)).toEqual(await summaryCore(uninterrupted));
    // the killed run's temporary folder is gone once the resumed run has committed
    expect((await readdir(work)).filter((n) => n.startsWith(".kill-out.tmp-"))).toEqual([]);
  }, 240_000);

  it("refuses to resume a folder written with other options", async () => {
    const src = join(work, "resume-opts");
    await writeCorpus(src, 3);
    const out = join(work, "resume-opts-out");
    expect(await extract([src, "--out", out, "--jobs", "1"])).toBe(0);
    expect(await extract([src, "--out", out, "--jobs", "1", "--resume", "--max-bytes", "123456"])).toBe(2);
    await rm(src, { recursive: true });
  });
});

async function linesInTempFolders(parent: string, name: string): Promise<number> {
  let n = 0;
  for (const entry of await readdir(parent)) {
    if (!entry.startsWith(`.${name}.tmp-`)) continue;
    const text = await readFile(join(parent, entry, "articles.jsonl"), "utf8").catch(() => "");
    n += text.split("\n").length - 1;
  }
  return n;
}
