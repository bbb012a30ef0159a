/**
 * A child process of the benchmark: times one runner (`--jobs 1` in the main thread, or a pool of
 * worker threads) on the same articles, each runner in a fresh process so none inherits another's
 * JIT-compiled code. Every thread that analyses articles first runs WARM articles of its own
 * before the clock starts (a cold thread spends several times the warm cost on its first
 * thousand articles), then the timed articles go through the runner, and the main thread writes
 * every record as JSON lines, as `verbatim extract` does. Prints {wallMs, cpuMs} as JSON.
 *   tsx bench/jobs.ts --jobs 2 [--workers] --count 4000 --warm 1000 [--offset 0] [--data DIR]
 * --workers with --jobs 1: one worker thread instead of the main thread. --offset K: the timed
 * articles start at the Kth of each language (two processes on the two halves of a set).
 * The printed startMs/endMs are wall-clock times, to time two processes run side by side.
 * On Linux it also prints where the CPU went, thread by thread (/proc/self/task): the main
 * thread, the analysing worker threads (the `jobs` busiest threads but the main one, when workers
 * run) and all the others (V8's background compiler and GC helpers, tsx's loader threads).
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createRunner, WorkerPool, type Runner } from "../src/run/pool.ts";
import type { LinesResult, Task } from "../src/run/tasks.ts";
import { DEFAULT_DATA_DIR, docInit, readCollection, type BenchArticle } from "./corpus.ts";
import { tuneV8 } from "../src/v8-tuning.ts";

// the V8 settings the CLI runs with (src/v8-tuning.ts)
tuneV8();

const { values } = parseArgs({
  options: {
    jobs: { type: "string", default: "1" },
    workers: { type: "boolean", default: false },
    count: { type: "string", default: "4000" },
    warm: { type: "string", default: "1000" },
    offset: { type: "string", default: "0" },
    data: { type: "string", default: DEFAULT_DATA_DIR },
  },
});
const LANGS = ["fr", "en"];
const jobs = Number(values.jobs);
const count = Number(values.count);
const warmPerThread = Number(values.warm);
const offset = Number(values.offset);

/** half French, half English, as the parent's other measures */
async function articlesOf(n: number, skip = 0): Promise<BenchArticle[]> {
  const out: BenchArticle[] = [];
  const per = Math.ceil(n / LANGS.length);
  for (const lang of LANGS) {
    let i = 0;
    for await (const a of readCollection(values.data!, lang, skip + per)) if (i++ >= skip) out.push(a);
  }
  return out;
}

const tasks = (list: BenchArticle[]): Task[] =>
  list.map((a) => ({
    kind: "doc",
    init: docInit(a),
  }));

const runner: Runner<LinesResult> =
  jobs === 1 && values.workers ? new WorkerPool<LinesResult>(1, {}, 8, undefined, "lines") : createRunner({ jobs, output: "lines" });
// warm-up articles come after the timed ones in each collection, so the clock sees articles no thread has seen
const timed = await articlesOf(count, offset);
const warm = await articlesOf(warmPerThread * jobs, offset + Math.ceil(count / LANGS.length));
for await (const r of runner.map(tasks(warm))) void r;

const sink = join(tmpdir(), `verbatim-bench-${process.pid}-jobs.jsonl`);
const fd = openSync(sink, "w");
const threads0 = threadCpuMs();
const c0 = process.cpuUsage();
const startMs = Date.now();
const t0 = performance.now();
try {
  for await (const r of runner.map(tasks(timed))) {
    if (r.kind !== "article") continue;
    writeSync(fd, r.article.json + "\n");
    if (r.article.quotes) writeSync(fd, r.article.quotes);
  }
} finally {
  closeSync(fd);
  rmSync(sink, { force: true });
}
const wallMs = performance.now() - t0;
const endMs = Date.now();
const c = process.cpuUsage(c0);
const threads = threadSplit(threads0, threadCpuMs());
await runner.close();
const bytes = timed.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
process.stdout.write(JSON.stringify({ articles: timed.length, bytes, wallMs, cpuMs: (c.user + c.system) / 1000, startMs, endMs, threads }) + "\n");

/** CPU ms so far of each thread of this process, by thread id; null where /proc is missing */
function threadCpuMs(): Map<string, number> | null {
  if (!existsSync("/proc/self/task")) return null;
  const ticksMs = 10; // USER_HZ is 100 on Linux
  const out = new Map<string, number>();
  for (const tid of readdirSync("/proc/self/task")) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    out.set(tid, (Number(fields[11]) + Number(fields[12])) * ticksMs);
  }
  return out;
}

/** the timed section's CPU split into main thread, analysing workers and the rest (see the header) */
function threadSplit(before: Map<string, number> | null, after: Map<string, number> | null) {
  if (!before || !after) return null;
  const main = String(process.pid);
  const spent = [...after].map(([tid, ms]) => ({ tid, ms: ms - (before.get(tid) ?? 0) }));
  const others = spent.filter((t) => t.tid !== main).sort((a, b) => b.ms - a.ms);
  const analysing = jobs > 1 || values.workers ? others.slice(0, jobs) : [];
  const sum = (ts: { ms: number }[]) => ts.reduce((s, t) => s + t.ms, 0);
  return { mainMs: sum(spent.filter((t) => t.tid === main)), workersMs: sum(analysing), otherMs: sum(others.slice(analysing.length)) };
}
