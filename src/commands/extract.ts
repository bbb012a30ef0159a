/**
 * `verbatim extract INPUT... --out DIR`: the main job. Also the streaming filter
 * `verbatim extract - --out -` (JSON Lines {"id", "text"} in, one article JSON per line out).
 */
import { createHash } from "node:crypto";
import { createInterface } from "node:readline";
import type { Command } from "../cli.ts";
import { parse, positiveInt, UsageError, requireOption, requireInputs } from "./usage.ts";
import type { ContextOptions } from "../context.ts";
import { loadTaxonomyFile } from "../topics/taxonomy.ts";
import { resolve } from "node:path";
import { listInputs, type InputFile } from "../io/read.ts";
import { createRunner, defaultJobs, type Runner } from "../run/pool.ts";
import { PreviousRecords, fileSha256 } from "../run/resume.ts";
import type { LinesResult, Task } from "../run/tasks.ts";
import { assertReplaceable, OutputWriter } from "../io/write.ts";
import { SCHEMA_VERSION, type Summary } from "../schema.ts";
import { VERSION } from "../version.ts";
import { Progress } from "./progress.ts";
import type { StageTimings } from "../pipeline.ts";

/** the first pass reads HTML (linkedom): loaded only when a run needs it, not by the streaming mode's main thread */
const firstPassModule = () => import("../boilerplate/first-pass.ts");

const HELP = `Usage: verbatim extract INPUT... --out DIR [options]
       verbatim extract - --out -            (streaming: JSON Lines on stdin, articles on stdout)

Reads articles (.txt and .md, one paragraph per line; .html and .htm pages) from files and
folders (recursive, in sorted path order) and writes the quote database into DIR:
articles.jsonl, quotes.jsonl, speakers.json, summary.json, errors.jsonl, schema/*.json.
DIR is replaced atomically at the end of the run. Output bytes are the same whatever --jobs.

Options:
  --out DIR          output folder (required); "-" with input "-" for the streaming mode
  --max-bytes N      inputs larger than N bytes are listed as too-large (default 5000000)
  --topics FILE      topic taxonomy (JSON) instead of the built-in one; see README, "Topics"
  --jobs N           worker threads (default: the number of cores); 1 runs in the main thread
  --resume           keep the records of inputs already in DIR (same path, same sha256), including
                     those a killed run had finished, and process only the others
  --line-stats FILE  line statistics from "verbatim line-stats" (boilerplate repetition); the folder
                     mode computes them itself in a first pass, the streaming mode needs this file
  --quiet            no progress and no closing summary line on stderr
  --debug            stack traces for internal errors
  -h, --help         this help

Exit codes: 0 every input processed, 1 some inputs failed (listed in errors.jsonl), 2 usage error.
`;

const OPTIONS = {
  out: { type: "string" },
  "max-bytes": { type: "string" },
  topics: { type: "string" },
  jobs: { type: "string" },
  resume: { type: "boolean", default: false },
  quiet: { type: "boolean", default: false },
  "line-stats": { type: "string" },
} as const;

export const extractCommand: Command = {
  name: "extract",
  summary: "turn articles into the quote database (files, folders, or JSON Lines on stdin)",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse(args, OPTIONS);
    requireOption(values.out, "--out DIR");
    requireInputs(positionals, "file or folder (or - for stdin)");
    const maxBytes = positiveInt(values["max-bytes"], "max-bytes", 5_000_000);
    const jobs = positiveInt(values.jobs, "jobs", defaultJobs());
    // Everything a worker needs to build its context: must stay serialisable (structured clone).
    const contextOptions: ContextOptions = { settings: { maxBytes } };
    if (values["line-stats"]) contextOptions.lineStats = await (await firstPassModule()).loadLineStats(values["line-stats"]);
    const options: Record<string, unknown> = { maxBytes };
    if (values.topics) {
      loadTaxonomyFile(values.topics); // a bad file is a usage error now, before any worker starts
      contextOptions.topicsFile = resolve(values.topics);
      options.topics = values.topics;
    }
    if (positionals.includes("-")) {
      if (positionals.length > 1) throw new UsageError('"-" (stdin) cannot be combined with other inputs');
      if (values.out !== "-") throw new UsageError('the streaming mode writes to stdout: use "--out -" with input "-"');
      if (values.resume) throw new UsageError("--resume needs an output folder; the streaming mode has none");
      return streamMode(createRunner({ jobs, options: contextOptions, output: "lines" }));
    }
    if (values.out === "-") throw new UsageError('"--out -" is for the streaming mode: use input "-" too');
    return folderMode(positionals, values.out, {
      contextOptions,
      options,
      jobs,
      resume: values.resume ?? false,
      quiet: values.quiet ?? false,
    });
  },
};

interface FolderRun {
  contextOptions: ContextOptions;
  /** what summary.json records as the options of the run (never --jobs: output does not depend on it) */
  options: Record<string, unknown>;
  jobs: number;
  resume: boolean;
  quiet: boolean;
}

/**
 * A first pass over every input before the pool starts, for what needs the whole batch
 * (e.g. line statistics for repeated-template detection). It returns the ContextOptions every
 * worker is built from (so every worker, and --resume, sees the statistics of the whole batch).
 */
async function firstPass(files: InputFile[], contextOptions: ContextOptions): Promise<ContextOptions> {
  if (contextOptions.lineStats) return contextOptions; // given with --line-stats
  const lineStats = await (await firstPassModule()).lineStatsOfFiles(files, contextOptions.settings?.maxBytes ?? 5_000_000);
  return { ...contextOptions, lineStats };
}

async function folderMode(inputs: string[], out: string, run: FolderRun): Promise<number> {
  const t0 = performance.now();
  await assertReplaceable(out); // refuse a bad --out before reading anything or starting workers
  const { files, missing } = await listInputs(inputs);
  const previous = run.resume ? await PreviousRecords.load(out) : null;
  if (previous?.previousOptions && !sameJson(previous.previousOptions, run.options))
    throw new UsageError(
      `${out} was written with other options (${JSON.stringify(previous.previousOptions)}); ` +
        "run again with the same options, or without --resume",
    );
  const contextOptions = await firstPass(files, run.contextOptions);
  const writer = new OutputWriter(out);
  await writer.open();
  // workers start last, right before the try that closes them: a live pool keeps the process up
  const runner = createRunner({ jobs: run.jobs, options: contextOptions, output: "lines" });
  const progress = new Progress(run.quiet, files.length);
  let reused = 0;
  try {
    for (const path of missing)
      await writer.writeError({ path, error: "unreadable", message: "no such file or folder; check the path" });
    async function* tasks(): AsyncGenerator<Task> {
      for (const f of files) {
        const sha = previous?.size ? await fileSha256(f.file) : null;
        const known = sha ? await previous!.find(f.id, sha) : null;
        if (known) reused++;
        yield known ? { kind: "known", result: { kind: "article", article: known } } : { kind: "file", ...f };
      }
    }
    for await (const result of runner.map(tasks())) {
      if (result.kind === "article") await writer.writeLines(result.article);
      else await writer.writeError(result.error);
      progress.tick();
    }
    const summary = buildSummary(writer, inputs, run.options, performance.now() - t0, await runner.timings());
    await writer.commit(summary);
  } catch (err) {
    await writer.abort();
    throw err;
  } finally {
    await runner.close();
  }
  await previous?.removeLeftovers();
  progress.done(
    `${writer.counts.articles} articles, ${writer.counts.quotes} quotes, ${writer.speakers.size} speakers, ` +
      `${writer.counts.errors} errors${previous ? ` (${reused} reused)` : ""} → ${writer.dir}`,
  );
  return writer.counts.errors > 0 ? 1 : 0;
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function buildSummary(
  writer: OutputWriter,
  inputs: string[],
  options: Record<string, unknown>,
  totalMs: number,
  stagesMs: StageTimings,
): Summary {
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    tool: "verbatim",
    version: VERSION,
    schemaVersion: SCHEMA_VERSION,
    inputs,
    options,
    counts: { inputs: writer.counts.articles + writer.counts.errors, speakers: writer.speakers.size, ...writer.counts },
    languages: Object.fromEntries(Object.entries(writer.languages).sort()),
    timings: { totalMs: round(totalMs), stagesMs: Object.fromEntries(Object.entries(stagesMs).map(([k, v]) => [k, round(v)])) },
  };
}

/** JSON Lines in, one article JSON per line out, in input order; logs and bad lines go to stderr only. */
async function streamMode(runner: Runner<LinesResult>): Promise<number> {
  let failed = 0;
  async function* tasks(): AsyncGenerator<Task> {
    let lineNo = 0;
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      const record = parseStreamLine(line);
      if ("problem" in record) {
        failed++;
        process.stderr.write(`verbatim extract: line ${lineNo}: ${record.problem}\n`);
        continue;
      }
      yield { kind: "doc", init: record };
    }
  }
  try {
    for await (const result of runner.map(tasks())) {
      if (result.kind === "error") {
        failed++;
        process.stderr.write(`verbatim extract: ${result.error.path}: ${result.error.message}\n`);
        continue;
      }
      if (!process.stdout.write(result.article.json + "\n"))
        await new Promise((r) => process.stdout.once("drain", r));
    }
  } finally {
    await runner.close();
  }
  return failed > 0 ? 1 : 0;
}

type StreamRecord = { id: string; text: string; sha256: string } | { problem: string };

function parseStreamLine(line: string): StreamRecord {
  let obj: unknown;
  try {
    obj = JSON.parse(line.replace(/^\uFEFF/, "")); // a file saved with a byte order mark
  } catch {
    return { problem: 'not JSON; each line must be an object {"id": "...", "text": "..."}' };
  }
  const o = obj as Record<string, unknown>;
  if (typeof o?.id !== "string" || typeof o?.text !== "string")
    return { problem: 'each line must be an object with string fields "id" and "text"' };
  const text = o.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  return { id: o.id, text, sha256: createHash("sha256").update(o.text, "utf8").digest("hex") };
}
