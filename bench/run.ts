/**
 * `npm run bench`: throughput, stage shares, memory and worst cases of the full pipeline on real
 * news (../shared/bench/*.jsonl.gz, streamed; skipped with a message when missing), side by side
 * with our I/O floor and with compromise's parse, then --jobs 2 against 1, memory for a small and
 * a large run, and 1 MB adversarial lines. Prints a report and writes bench/RESULTS.md.
 *
 *   npm run bench                       # full: every article, a few minutes to tens of minutes
 *   npm run bench -- --quick            # a few hundred articles per part: about a minute or two
 *   npm run bench -- --limit 2000 --compare 300 --compare-every 10 --compare-from 0 --jobs-articles 1500 --jobs-warm 500 --memory 1000,12000
 *   options: --data DIR  --out FILE  --ceiling-articles N  --skip-jobs  --skip-memory  --skip-adversarial
 */
import { spawn } from "node:child_process";
import { writeFile, rm } from "node:fs/promises";
import { cpus, platform, release, tmpdir, totalmem, availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createContext } from "../src/context.ts";
import { VERSION } from "../src/version.ts";
import { DEFAULT_DATA_DIR, hasCollections, readCollection, type BenchArticle } from "./corpus.ts";
import { measureLanguage, type Compared, type LanguageRun } from "./measure.ts";
import { runAdversarial, type AdversarialResult } from "./adversarial.ts";
import { measureCeiling, type CeilingRun } from "./ceiling.ts";
import { cliCode, measureCliMemory, type CliMemoryRun } from "./cli-memory.ts";
import { tuneV8 } from "../src/v8-tuning.ts";

// the V8 settings the CLI runs with (src/v8-tuning.ts)
tuneV8();

const LANGS = ["fr", "en"];
const BARS = { mbPerSec: 2, timesCompromise: 10, jobs2Speedup: 1.7, peakMB: 1024, adversarialMs: 1000 };

const { values } = parseArgs({
  options: {
    data: { type: "string", default: DEFAULT_DATA_DIR },
    out: { type: "string", default: resolve(import.meta.dirname, "RESULTS.md") },
    quick: { type: "boolean", default: false },
    limit: { type: "string" },
    compare: { type: "string" },
    "compare-every": { type: "string" },
    "compare-from": { type: "string" },
    "jobs-articles": { type: "string" },
    "jobs-warm": { type: "string" },
    memory: { type: "string" },
    "ceiling-articles": { type: "string" },
    "skip-jobs": { type: "boolean", default: false },
    "skip-memory": { type: "boolean", default: false },
    "skip-adversarial": { type: "boolean", default: false },
  },
});
const quick = values.quick ?? false;
const num = (v: string | undefined, full: number, fast: number) => (v !== undefined ? Number(v) : quick ? fast : full);
const limit = num(values.limit, Infinity, 400);
const compare = { first: num(values.compare, 500, 100), every: num(values["compare-every"], 10, 4), from: num(values["compare-from"], 0, 0) };
const jobsArticles = num(values["jobs-articles"], 4000, 400);
/** articles each analysing thread runs before the clock starts, in the --jobs comparison */
const jobsWarm = num(values["jobs-warm"], 1000, 100);
const JOBS_ROUNDS = 2;
const ceilingArticles = num(values["ceiling-articles"], 6000, 1000);
const memoryCounts = (values.memory ?? (quick ? "300,3000" : "1000,12000")).split(",").map(Number);
const dataDir = resolve(values.data!);
const log = (s: string) => process.stderr.write(s + "\n");
const fmt = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "–");
const mb = (bytes: number) => bytes / 1e6;

async function main(): Promise<void> {
  const ctx = createContext();
  const report: string[] = [];
  const section = (lines: string[]) => {
    report.push(...lines);
    process.stdout.write(lines.join("\n") + "\n");
  };
  const have = hasCollections(dataDir, LANGS);
  if (!have) log(`bench: ${dataDir} has no ${LANGS.map((l) => `${l}-news.jsonl.gz`).join(" / ")}; skipping the corpus parts.`);

  const runs: LanguageRun[] = [];
  if (have) {
    for (const lang of LANGS) {
      log(`bench: ${lang}: full pipeline, floor and compromise on ${Number.isFinite(limit) ? limit : "all"} articles…`);
      const sink = join(tmpdir(), `verbatim-bench-${process.pid}-${lang}.jsonl`);
      runs.push(await measureLanguage(lang, readCollection(dataDir, lang, limit), ctx, compare, sink));
      await rm(sink, { force: true });
    }
    section(throughputSection(runs));
  }

  let jobs: Awaited<ReturnType<typeof jobsComparison>> | null = null;
  if (have && !values["skip-jobs"]) {
    log(`bench: --jobs 2 against --jobs 1 on ${jobsArticles} articles…`);
    jobs = await jobsComparison(jobsArticles);
    section(jobsSection(jobs));
    log(`bench: the machine's two-core ceiling: the CLI as one process, two processes, and --jobs 2 on ${ceilingArticles} articles…`);
    section(ceilingSection(await ceilingComparison(ceilingArticles)));
  }

  let memory: MemoryRun[] = [];
  if (have && !values["skip-memory"]) {
    for (const jobs of [1, 2])
      for (const count of memoryCounts) {
        log(`bench: peak memory of a run over ${count} French articles with --jobs ${jobs} (child process)…`);
        memory.push({ count, jobs, ...(await memoryChild(count, jobs)) });
      }
    section(memorySection(memory));
    log(`bench: peak memory of the CLI itself (${cliCode()}) over ${memoryCounts.join(" and ")} French articles in folders…`);
    const french: BenchArticle[] = [];
    for await (const a of readCollection(dataDir, "fr", Math.max(...memoryCounts))) french.push(a);
    const cli = await measureCliMemory(french, memoryCounts, [1, 2]);
    if (cli) section(cliMemorySection(cli));
    if (!quick) {
      const long: LongMemoryRun[] = [];
      for (const jobs of [1, 2]) {
        log(`bench: peak memory along one long run (${LONG_RUN_LANGS}, checkpoints) with --jobs ${jobs} (child process)…`);
        long.push({ jobs, ...(await memoryChild(Infinity, jobs, ["--lang", LONG_RUN_LANGS, "--checkpoints", LONG_RUN_CHECKPOINTS.join(",")])) });
      }
      section(longMemorySection(long));
    }
  }

  let adversarial: AdversarialResult[] = [];
  if (!values["skip-adversarial"]) {
    log("bench: 1 MB adversarial lines…");
    adversarial = await runAdversarial((r) =>
      log(`  ${r.family}: ${r.timedOut ? "TIMED OUT after " : ""}${fmt(r.ms, 0)} ms (${r.stage ?? ""})${r.error ? ` threw: ${r.error}` : ""}`),
    );
    section(adversarialSection(adversarial));
  }

  const peakMB = process.resourceUsage().maxRSS / 1024;
  section([
    "",
    `Peak memory of this benchmark process (everything above but the memory children; the adversarial lines, ` +
      `with up to 80,000 quotes in one 1 MB article, weigh most): ${fmt(peakMB, 0)} MB.`,
  ]);
  const text = report.join("\n");
  if (!have) {
    log(`bench: not writing ${values.out}: the corpus parts were skipped.`);
    return;
  }
  await writeFile(values.out!, resultsMarkdown(text));
  log(`bench: wrote ${values.out}`);
}

function throughputSection(runs: LanguageRun[]): string[] {
  const out = ["## Throughput, one worker (the main thread), every stage on", ""];
  out.push(
    "| lang | articles | MB of text | articles/s | MB/s | floor MB/s | % of floor | compromise MB/s | × compromise, first articles | × compromise, sampled | quotes |",
  );
  out.push("|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of runs) {
    const mbs = mb(r.bytes) / (r.fullMs / 1000);
    const floor = mb(r.bytes) / (r.floorMs / 1000);
    const s = r.sampled;
    const compMbs = mb(s.bytes) / (s.compromiseMs / 1000);
    out.push(
      `| ${r.lang} | ${r.articles} | ${fmt(mb(r.bytes))} | ${fmt(r.articles / (r.fullMs / 1000), 0)} | ${fmt(mbs, 2)} | ` +
        `${fmt(floor, 1)} | ${fmt((100 * r.floorMs) / r.fullMs, 1)} % | ${fmt(compMbs, 2)} | ${fmt(ratio(r.compared), 1)} | ` +
        `${fmt(ratio(s), 1)} | ${r.quotes} |`,
    );
  }
  out.push("");
  out.push(
    "MB/s is of article text (UTF-8). Floor: decode, normalise, build and write the JSON record, no analysis; " +
      "\"% of floor\" is our throughput as a fraction of it. × compromise: compromise's `nlp(text)` time over ours on the " +
      "same articles, timed article by article in turn, on two samples: the first " +
      `${runs[0]?.compared.articles ?? 0} articles of each language (a short run: both cold, JIT and caches filling) and ` +
      `every ${compare.every}th article of the whole run, from article ${compare.from} (${runs.map((r) => `${r.sampled.articles} ${r.lang}`).join(", ")}: ` +
      "what a long run sees, warm-up included in proportion). compromise MB/s is on the second sample.",
  );
  out.push("", "### Share of time per stage", "");
  const stages = [...new Set(runs.flatMap((r) => Object.keys(r.stagesMs)))];
  out.push(`| stage | ${runs.map((r) => r.lang).join(" | ")} |`, `|---|${runs.map(() => "---").join("|")}|`);
  for (const s of stages)
    out.push(`| ${s} | ${runs.map((r) => `${fmt((100 * (r.stagesMs[s] ?? 0)) / r.fullMs, 1)} %`).join(" | ")} |`);
  out.push("", "### Bars", "");
  for (const r of runs) {
    const mbs = mb(r.bytes) / (r.fullMs / 1000);
    const met = (x: number, bar: number) => (x >= bar ? "met" : "NOT met");
    const [cold, sampled] = [ratio(r.compared), ratio(r.sampled)];
    out.push(
      `- ${r.lang}: ${fmt(mbs, 2)} MB/s (bar ≥ ${BARS.mbPerSec}: ${met(mbs, BARS.mbPerSec)}); ` +
        `${fmt(sampled, 1)}× compromise over the run (bar ≥ ${BARS.timesCompromise}: ${met(sampled, BARS.timesCompromise)}), ` +
        `${fmt(cold, 1)}× on the first ${r.compared.articles} articles (${met(cold, BARS.timesCompromise)})`,
    );
  }
  return out;
}

const ratio = (c: Compared): number => c.compromiseMs / c.oursMs;

/** CPU ms of the timed section by thread (Linux): see bench/jobs.ts */
interface ThreadCpu {
  mainMs: number;
  workersMs: number;
  otherMs: number;
}

interface JobsRun {
  label: string;
  wallMs: number;
  cpuMs: number;
  threads: ThreadCpu | null;
}

interface JobsChildRun {
  wallMs: number;
  cpuMs: number;
  threads: ThreadCpu | null;
  bytes: number;
  articles: number;
  startMs: number;
  endMs: number;
}

/** a fresh child process per runner: bench/jobs.ts, equal warm-up per analysing thread */
function jobsChild(jobs: number, workers: boolean, count: number, offset = 0): Promise<JobsChildRun> {
  return new Promise((res, rej) => {
    const args = ["--import", "tsx", join(import.meta.dirname, "jobs.ts"), "--jobs", String(jobs), "--count", String(count)];
    args.push("--warm", String(jobsWarm), "--offset", String(offset), "--data", dataDir, ...(workers ? ["--workers"] : []));
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", rej);
    child.on("close", (code) => (code === 0 ? res(JSON.parse(out.trim().split("\n").pop()!)) : rej(new Error(`bench/jobs.ts exited with ${code}`))));
  });
}

/** two --jobs 1 processes at once on the two halves: from the first clock start to the last clock stop */
async function twoProcesses(count: number): Promise<JobsChildRun> {
  const half = Math.ceil(count / 2);
  const [a, b] = await Promise.all([jobsChild(1, false, half), jobsChild(1, false, half, Math.ceil(half / LANGS.length))]);
  const startMs = Math.min(a.startMs, b.startMs);
  const endMs = Math.max(a.endMs, b.endMs);
  const threads =
    a.threads && b.threads
      ? { mainMs: a.threads.mainMs + b.threads.mainMs, workersMs: a.threads.workersMs + b.threads.workersMs, otherMs: a.threads.otherMs + b.threads.otherMs }
      : null;
  return { wallMs: endMs - startMs, cpuMs: a.cpuMs + b.cpuMs, threads, bytes: a.bytes + b.bytes, articles: a.articles + b.articles, startMs, endMs };
}

/**
 * --jobs 1, one worker thread, --jobs 2, and two --jobs 1 processes on the two halves, on the same
 * articles, each in a fresh process whose analysing threads first warm up on the same number of
 * other articles each; the four runs
 * alternate JOBS_ROUNDS times and each keeps its fastest round (the machine is shared: a slow
 * round is other load, not ours).
 */
async function jobsComparison(n: number) {
  const kinds = [
    { label: "--jobs 1 (main thread)", run: () => jobsChild(1, false, n) },
    { label: "one worker thread", run: () => jobsChild(1, true, n) },
    { label: "--jobs 2 (two worker threads)", run: () => jobsChild(2, false, n) },
    { label: "two --jobs 1 processes side by side, half each (the machine's ceiling)", run: () => twoProcesses(n) },
  ];
  const best: (JobsRun | null)[] = kinds.map(() => null);
  let size = { articles: 0, bytes: 0 };
  for (let round = 0; round < JOBS_ROUNDS; round++)
    for (const [i, k] of kinds.entries()) {
      const r = await k.run();
      if (i === 0) size = { articles: r.articles, bytes: r.bytes };
      if (!best[i] || r.wallMs < best[i]!.wallMs) best[i] = { label: k.label, wallMs: r.wallMs, cpuMs: r.cpuMs, threads: r.threads };
    }
  return { runs: best as JobsRun[], ...size };
}

function jobsSection(j: { runs: JobsRun[]; articles: number; bytes: number }): string[] {
  const [inline, oneWorker, two, ceiling] = j.runs as [JobsRun, JobsRun, JobsRun, JobsRun];
  const speedup = inline.wallMs / two.wallMs;
  const out = [
    "",
    `## --jobs 2 against --jobs 1 (${j.articles} articles, ${fmt(mb(j.bytes))} MB, French and English; ${availableParallelism()} cores)`,
    "",
    `Each runner in a fresh process; each thread that analyses articles first runs ${jobsWarm} other articles, so every ` +
      `runner is timed warm; the four alternate ${JOBS_ROUNDS} times and each keeps its fastest round.`,
    "",
    "| runner | seconds | MB/s | CPU seconds (all threads) | of which: main thread | worker threads | V8 background threads |",
    "|---|---|---|---|---|---|---|",
  ];
  const cpu = (ms: number | undefined) => (ms === undefined ? "" : fmt(ms / 1000, 2));
  for (const r of j.runs)
    out.push(
      `| ${r.label} | ${fmt(r.wallMs / 1000, 2)} | ${fmt(mb(j.bytes) / (r.wallMs / 1000), 2)} | ${fmt(r.cpuMs / 1000, 2)} | ` +
        `${cpu(r.threads?.mainMs)} | ${cpu(r.threads?.workersMs)} | ${cpu(r.threads?.otherMs)} |`,
    );
  out.push(
    "",
    `Speed-up of --jobs 2 over --jobs 1: ${fmt(speedup, 2)}× (bar ≥ ${BARS.jobs2Speedup}: ${speedup >= BARS.jobs2Speedup ? "met" : "NOT met"}); ` +
      `over one worker thread: ${fmt(oneWorker.wallMs / two.wallMs, 2)}×. Every runner writes every record as JSON lines from the ` +
      "main thread, as extract does (workers send them serialised). CPU seconds show whether the two workers really ran side by side " +
      "(wall ≈ CPU/2) or were starved by other load on the machine (wall ≈ CPU). " +
      `Two processes that share nothing, warm, on the two halves reach ${fmt(inline.wallMs / ceiling.wallMs, 2)}× --jobs 1: ` +
      "what two cores of this machine give this workload whatever the pool does.",
  );
  if (two.threads && inline.threads)
    out.push(
      "",
      `Where the CPU goes (Linux, per thread; the worker threads are the busiest threads but the main one): the two workers spent ` +
        `${cpu(two.threads.workersMs)} s analysing, against ${cpu(inline.threads.mainMs)} s for the main thread of --jobs 1 doing the same ` +
        `and writing; --jobs 2's main thread (receiving and writing) spent ${cpu(two.threads.mainMs)} s and V8's background threads ` +
        `(the optimising compiler, GC helpers, tsx's loaders) ${cpu(two.threads.otherMs)} s, against ${cpu(inline.threads.otherMs)} s ` +
        "beside --jobs 1, where they have the second core to themselves. Two cores give at most twice the wall time's worth of " +
        "CPU: what the workers do not use of it, the other threads do.",
    );
  return out;
}

async function ceilingComparison(n: number): Promise<{ runs: CeilingRun[]; articles: number; bytes: number }> {
  const articles: BenchArticle[] = [];
  for await (const a of readCollection(dataDir, "fr", n)) articles.push(a);
  const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
  return { runs: await measureCeiling(articles), articles: articles.length, bytes };
}

function ceilingSection(c: { runs: CeilingRun[]; articles: number; bytes: number }): string[] {
  const [one, two, pool] = c.runs as [CeilingRun, CeilingRun, CeilingRun];
  const out = [
    "",
    `## The machine's two-core ceiling (the CLI, start-up included, ${c.articles} French articles, ${fmt(mb(c.bytes))} MB)`,
    "",
    "| run | seconds | MB/s | × one process |",
    "|---|---|---|---|",
  ];
  for (const r of c.runs)
    out.push(`| ${r.label} | ${fmt(r.wallMs / 1000, 2)} | ${fmt(mb(c.bytes) / (r.wallMs / 1000), 2)} | ${fmt(one.wallMs / r.wallMs, 2)} |`);
  out.push(
    "",
    `Two independent processes share nothing but the machine, so their ${fmt(one.wallMs / two.wallMs, 2)}× is the most ` +
      `a pool of two threads can get here; --jobs 2 got ${fmt(one.wallMs / pool.wallMs, 2)}×.`,
  );
  return out;
}

interface MemoryRun {
  count: number;
  jobs: number;
  peakMB: number;
  liveMB: number;
  /** the same without the writer and its speaker index: what the stages keep */
  liveWithoutIndexMB: number;
  speakers: number;
  ms: number;
}

/** every collection in turn, French again at the end: long enough for each memo to reach its bound */
const LONG_RUN_LANGS = "fr,en,fr";
const LONG_RUN_CHECKPOINTS = [1000, 4000, 8000, 12000, 16000, 20000, 24000, 28000, 31000];

interface LongMemoryRun {
  jobs: number;
  articles: number;
  peakMB: number;
  /** [articles done, peak RSS so far in MB] */
  peaks: Array<[number, number]>;
}

function memoryChild(count: number, jobs: number, extra: string[] = []): Promise<Omit<MemoryRun, "count" | "jobs"> & Omit<LongMemoryRun, "jobs">> {
  return new Promise((res, rej) => {
    const child = spawn(
      process.execPath,
      ["--expose-gc", "--import", "tsx", join(import.meta.dirname, "memory.ts"), "--count", String(count), "--jobs", String(jobs), "--data", dataDir, ...extra],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", rej);
    child.on("close", (code) => {
      if (code !== 0) return rej(new Error(`bench/memory.ts exited with ${code}`));
      const r = JSON.parse(out.trim().split("\n").pop()!);
      res({ peakMB: r.peakMB, liveMB: r.liveMB, liveWithoutIndexMB: r.liveWithoutIndexMB, speakers: r.speakers, ms: r.ms, articles: r.articles, peaks: r.peaks ?? [] });
    });
  });
}

function memorySection(all: MemoryRun[]): string[] {
  const out = ["", "## Peak memory of a whole run (child process, real writer and speaker index; --jobs 2 is the default here)", ""];
  out.push(
    "| --jobs | articles | speakers in the index | peak RSS MB | live heap at the end, after GC, MB (main thread) | the same without the speaker index | seconds |",
    "|---|---|---|---|---|---|---|",
  );
  for (const r of all)
    out.push(`| ${r.jobs} | ${r.count} | ${r.speakers} | ${fmt(r.peakMB, 0)} | ${fmt(r.liveMB, 0)} | ${fmt(r.liveWithoutIndexMB, 0)} | ${fmt(r.ms / 1000, 1)} |`);
  for (const jobs of [...new Set(all.map((r) => r.jobs))]) {
    const m = all.filter((r) => r.jobs === jobs);
    if (m.length < 2) continue;
    const growth = m[m.length - 1]!.peakMB - m[0]!.peakMB;
    const max = Math.max(...m.map((r) => r.peakMB));
    out.push(
      "",
      `--jobs ${jobs}: growth from ${m[0]!.count} to ${m[m.length - 1]!.count} articles: ${fmt(growth, 0)} MB ` +
        `(peak ${fmt(max, 0)} MB; bar < ${BARS.peakMB} MB: ${max < BARS.peakMB ? "met" : "NOT met"}); ` +
        `the main thread's live heap after GC grew ${fmt(m[m.length - 1]!.liveMB - m[0]!.liveMB, 0)} MB while the speaker index grew ` +
        `by ${m[m.length - 1]!.speakers - m[0]!.speakers} speakers (the index is the one thing meant to grow); without the index it grew ` +
        `${fmt(m[m.length - 1]!.liveWithoutIndexMB - m[0]!.liveWithoutIndexMB, 0)} MB.`,
    );
  }
  out.push(
    "",
    "Peak RSS also counts garbage V8 lets pile up between collections, in each thread's heap (up to 30 % over the live heap, src/v8-tuning.ts), " +
      "and the end of the run, where the writer sorts and writes the speaker index. With --jobs 1 the main thread runs every stage, so its live heap " +
      "without the index is what the analysis keeps; with --jobs 2 the stages run in the workers and the main thread only reads and writes.",
  );
  return out;
}

function cliMemorySection(runs: CliMemoryRun[]): string[] {
  const out = [
    "",
    `### The CLI as a user runs it: \`verbatim extract DIR --out OUT\`, ${cliCode()}`,
    "",
    "| --jobs | articles | folders (one per source) | peak RSS MB | seconds | MB/s, start-up and first pass included |",
    "|---|---|---|---|---|---|",
  ];
  for (const r of [...runs].sort((a, b) => a.jobs - b.jobs || a.articles - b.articles))
    out.push(`| ${r.jobs} | ${r.articles} | ${r.folders} | ${fmt(r.peakMB, 0)} | ${fmt(r.ms / 1000, 1)} | ${fmt(mb(r.bytes) / (r.ms / 1000), 2)} |`);
  out.push(
    "",
    "The same articles written as text files, one folder per source; the peak is the process's VmHWM read from /proc every 20 ms. " +
      "Beside the table above it counts reading the files and the first pass's line statistics, which are kept per folder " +
      "until the folder's last file is counted (src/boilerplate/first-pass.ts): a batch of one large folder holds more than many small ones.",
  );
  return out;
}

function longMemorySection(runs: LongMemoryRun[]): string[] {
  const points = LONG_RUN_CHECKPOINTS.filter((n) => runs.some((r) => r.peaks.some(([a]) => a === n)));
  const out = ["", `### Peak RSS so far along one long run (${runs[0]?.articles ?? 0} articles: ${LONG_RUN_LANGS.split(",").join(", then ")})`, ""];
  out.push(`| --jobs | ${points.map((n) => `${n / 1000}k`).join(" | ")} | end |`, `|---|${points.map(() => "---|").join("")}---|`);
  for (const r of runs) {
    const at = new Map(r.peaks);
    out.push(`| ${r.jobs} | ${points.map((n) => fmt(at.get(n) ?? NaN, 0)).join(" | ")} | ${fmt(r.peakMB, 0)} |`);
  }
  out.push("", "Each row is one run; a cell is the highest RSS the process had reached when that many articles were written. Where a row stops growing, the memos have reached their bounds.");
  return out;
}

function adversarialSection(results: AdversarialResult[]): string[] {
  const out = ["", "## 1 MB adversarial lines through the pipeline", "", "| family | ms | quotes | slowest stage | |", "|---|---|---|---|---|"];
  for (const r of results)
    out.push(
      `| ${r.family.replace(/\|/g, "\\|")} | ${r.timedOut ? `> ${fmt(r.ms, 0)}` : fmt(r.ms, 0)} | ${r.quotes} | ${r.stage ?? ""} | ` +
        `${r.timedOut ? "TIMED OUT (super-linear?)" : r.error ? `threw: ${r.error}` : r.ms < BARS.adversarialMs ? "ok" : "SLOW"} |`,
    );
  const worst = Math.max(...results.map((r) => r.ms));
  out.push("", `Slowest: ${fmt(worst, 0)} ms (bar: well under ${BARS.adversarialMs} ms).`);
  return out;
}

function resultsMarkdown(body: string): string {
  const cpu = cpus();
  return [
    "# Benchmark results",
    "",
    "Written by `npm run bench` (bench/run.ts); the lead reruns it. Absolute speeds on this shared machine vary up to 2×:",
    "the ratios measured side by side in one run are the figures that count.",
    "",
    `- Machine: ${cpu[0]?.model ?? "unknown CPU"}, ${availableParallelism()} cores, ${fmt(totalmem() / 2 ** 30, 1)} GB RAM, ${platform()} ${release()}`,
    `- Node ${process.version}, Verbatim ${VERSION}, ${new Date().toISOString()}`,
    `- Command: npm run bench -- ${process.argv.slice(2).join(" ")}`.trimEnd(),
    "",
    body,
    "",
  ].join("\n");
}

await main();
