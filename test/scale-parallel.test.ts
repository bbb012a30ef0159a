/**
 * The README's GNU parallel recipe, run for real on this machine: the corpus as JSON Lines is cut
 * into blocks, each block runs through the streaming mode in its own process, and the shard
 * outputs merge into the same database as one folder-mode run. Needs GNU parallel (Debian
 * package `parallel`; .ci/run installs it); skipped with a message when it is missing.
 */
import { spawnSync } from "node:child_process";
import { readdir, writeFile, mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli.ts";
import { corpusJsonl, writeCorpus } from "./fixtures/scale-corpus.ts";
import { BIN, expectSameOutput, summaryCore, tempDir, sh, writeLineStats } from "./scale-helpers.ts";

const hasParallel = spawnSync("parallel", ["--version"]).status === 0;
if (!hasParallel)
  console.warn("scale-parallel.test.ts: GNU parallel is not installed (apt-get install parallel); skipping its test");

const N = 40;

describe.skipIf(!hasParallel)("GNU parallel over the streaming mode, then merge", () => {
  let work: string;
  let single: string;
  beforeAll(async () => {
    work = await tempDir("parallel");
    await writeCorpus(join(work, "corpus"), N);
    await writeFile(join(work, "corpus.jsonl"), corpusJsonl(N));
    // the line statistics of the whole corpus, which every block needs (README: "Running on many machines")
    await writeLineStats(join(work, "corpus"), join(work, "line-stats.json"));
    single = join(work, "single");
    expect(await main(["extract", join(work, "corpus"), "--out", single, "--jobs", "1", "--quiet"])).toBe(0);
  });

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("gives the same files as one run, from several shard files", async () => {
    await mkdir(join(work, "shards"));
    // small blocks so that the 40 articles really are cut into several jobs
    const ran = await sh(
      `parallel --will-cite --pipe --block 8k -j 2 ` +
        `'node ${BIN} extract - --out - --jobs 1 --line-stats line-stats.json > shards/part-{#}.jsonl' < corpus.jsonl`,
      work,
    );
    expect(ran.stderr).toBe("");
    expect(ran.code).toBe(0);
    const parts = (await readdir(join(work, "shards"))).map((f) => join(work, "shards", f));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    const merged = join(work, "merged");
    expect(await main(["merge", ...parts, "--out", merged, "--quiet"])).toBe(0);
    await expectSameOutput(merged, single);
    // streaming shards carry no options, so only the counts are compared (see merge --help)
    const { counts, languages } = (await summaryCore(merged)) as Record<string, unknown>;
    expect({ counts, languages }).toEqual(pick(await summaryCore(single)));
  });

  it("gives the same files as one run, from one interleaved output stream", async () => {
    const ran = await sh(
      `parallel --will-cite --pipe --block 8k -j 2 'node ${BIN} extract - --out - --jobs 1 --line-stats line-stats.json' < corpus.jsonl > all.jsonl`,
      work,
    );
    expect(ran.code).toBe(0);
    const merged = join(work, "merged-one");
    expect(await main(["merge", join(work, "all.jsonl"), "--out", merged, "--quiet"])).toBe(0);
    await expectSameOutput(merged, single);
  });
});

function pick(summary: unknown) {
  const { counts, languages } = summary as Record<string, unknown>;
  return { counts, languages };
}
