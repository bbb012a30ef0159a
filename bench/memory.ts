/**
 * A child process of the benchmark: runs the first COUNT articles of a collection the way
 * `verbatim extract` does (runner, ordered results, the real writer with its speaker index) into
 * a temporary folder, and prints its peak memory as JSON. Run by bench/run.ts, twice with
 * different counts, to check that memory stays flat, and once over several collections in turn
 * (--lang fr,en,fr: a collection read again gets its ids suffixed) with --checkpoints, the peak
 * RSS so far at those article counts: where a long run levels off.
 *   tsx bench/memory.ts --count 1000 --lang fr --jobs 1 [--checkpoints 1000,4000] [--data DIR]
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { OutputWriter } from "../src/io/write.ts";
import { createRunner } from "../src/run/pool.ts";
import type { Task } from "../src/run/tasks.ts";
import { DEFAULT_DATA_DIR, docInit, readCollection } from "./corpus.ts";
import { SCHEMA_VERSION } from "../src/schema.ts";
import { tuneV8 } from "../src/v8-tuning.ts";

// the V8 settings the CLI runs with (src/v8-tuning.ts)
tuneV8();

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "1000" },
    lang: { type: "string", default: "fr" },
    jobs: { type: "string", default: "1" },
    checkpoints: { type: "string", default: "" },
    data: { type: "string", default: DEFAULT_DATA_DIR },
  },
});
const count = Number(values.count);
const dir = await mkdtemp(join(tmpdir(), "verbatim-bench-mem-"));
const out = join(dir, "out");
// serialised results, as `verbatim extract` asks of its runner (workers send ready JSON lines)
const runner = createRunner({ jobs: Number(values.jobs), output: "lines" });
// dropped at the end, to weigh the live heap without the speaker index it holds
let writer: OutputWriter | undefined = new OutputWriter(out);
await writer.open();

const checkpoints = new Set(values.checkpoints!.split(",").filter(Boolean).map(Number));
/** [articles done, peak RSS so far in MB] at each checkpoint */
const peaks: Array<[number, number]> = [];
const peakRssMB = () => process.resourceUsage().maxRSS / 1024;

async function* tasks(): AsyncGenerator<Task> {
  let sent = 0;
  const langs = values.lang!.split(",");
  for (const [pass, lang] of langs.entries()) {
    const again = langs.indexOf(lang) < pass;
    for await (const a of readCollection(values.data!, lang, count - sent)) {
      const init = docInit(a);
      yield { kind: "doc", init: again ? { ...init, id: `${init.id}#${pass}` } : init };
      sent++;
    }
    if (sent >= count) return;
  }
}

const t0 = performance.now();
let articles = 0;
for await (const r of runner.map(tasks())) {
  if (r.kind === "article") await writer.writeLines(r.article);
  else await writer.writeError(r.error);
  articles++;
  if (checkpoints.has(articles)) peaks.push([articles, peakRssMB()]);
}
await writer.commit({
  tool: "verbatim",
  version: "bench",
  schemaVersion: SCHEMA_VERSION,
  inputs: [],
  options: {},
  counts: { inputs: articles, speakers: writer.speakers.size, ...writer.counts },
  languages: writer.languages,
  timings: { totalMs: 0, stagesMs: {} },
});
await runner.close();
const ms = performance.now() - t0;
await rm(dir, { recursive: true, force: true });
const peakMB = peakRssMB();
// live memory at the end (run with --expose-gc): what the run really keeps, the speaker index
// included; then without the writer and its index: what the stages keep (memos, lexicons, code)
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const liveMB = process.memoryUsage().heapUsed / 1e6;
const speakers = writer.speakers.size;
writer = undefined;
gc?.();
const liveWithoutIndexMB = process.memoryUsage().heapUsed / 1e6;
process.stdout.write(JSON.stringify({ articles, speakers, ms, peakMB, liveMB, liveWithoutIndexMB, peaks }) + "\n");
