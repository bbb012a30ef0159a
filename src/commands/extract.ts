/**
 * `verbatim extract INPUT... --out DIR`: the main job. Also the streaming filter
 * `verbatim extract - --out -` (JSON Lines {"id", "text"} in, one article JSON per line out).
 */
import { createHash } from "node:crypto";
import { createInterface } from "node:readline";
import type { Command } from "../cli.ts";
import { parse, positiveInt, UsageError } from "./usage.ts";
import { createContext, type Context } from "../context.ts";
import { extract, internalError, processDoc } from "../index.ts";
import { OutputWriter } from "../io/write.ts";
import { SCHEMA_VERSION, type Summary } from "../schema.ts";
import { VERSION } from "../version.ts";
import { Progress } from "./progress.ts";
import type { StageTimings } from "../pipeline.ts";

const HELP = `Usage: verbatim extract INPUT... --out DIR [options]
       verbatim extract - --out -            (streaming: JSON Lines on stdin, articles on stdout)

Reads articles (.txt and .md, one paragraph per line; .html and .htm pages) from files and
folders (recursive, in sorted path order) and writes the quote database into DIR:
articles.jsonl, quotes.jsonl, speakers.json, summary.json, errors.jsonl, schema/*.json.
DIR is replaced atomically at the end of the run.

Options:
  --out DIR          output folder (required); "-" with input "-" for the streaming mode
  --max-bytes N      inputs larger than N bytes are listed as too-large (default 5000000)
  --quiet            no progress and no closing summary line on stderr
  --debug            stack traces for internal errors
  -h, --help         this help

Exit codes: 0 every input processed, 1 some inputs failed (listed in errors.jsonl), 2 usage error.
`;

const OPTIONS = {
  out: { type: "string" },
  "max-bytes": { type: "string" },
  quiet: { type: "boolean", default: false },
} as const;

export const extractCommand: Command = {
  name: "extract",
  summary: "turn articles into the quote database (files, folders, or JSON Lines on stdin)",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse(args, OPTIONS);
    if (!values.out) throw new UsageError("--out DIR is required");
    if (positionals.length === 0) throw new UsageError("give at least one INPUT file or folder (or - for stdin)");
    const maxBytes = positiveInt(values["max-bytes"], "max-bytes", 5_000_000);
    const ctx = createContext({ settings: { maxBytes } });
    const options = { maxBytes };
    if (positionals.includes("-")) {
      if (positionals.length > 1) throw new UsageError('"-" (stdin) cannot be combined with other inputs');
      if (values.out !== "-") throw new UsageError('the streaming mode writes to stdout: use "--out -" with input "-"');
      return streamMode(ctx);
    }
    if (values.out === "-") throw new UsageError('"--out -" is for the streaming mode: use input "-" too');
    return folderMode(positionals, values.out, ctx, options, values.quiet ?? false);
  },
};

async function folderMode(
  inputs: string[],
  out: string,
  ctx: Context,
  options: Record<string, unknown>,
  quiet: boolean,
): Promise<number> {
  const t0 = performance.now();
  const timings: StageTimings = {};
  const writer = new OutputWriter(out);
  await writer.open();
  const progress = new Progress(quiet);
  try {
    for await (const result of extract(inputs, { context: ctx, timings })) {
      if (result.kind === "article") await writer.writeArticle(result.article);
      else await writer.writeError(result.error);
      progress.tick();
    }
    const summary = buildSummary(writer, inputs, options, performance.now() - t0, timings);
    await writer.commit(summary);
  } catch (err) {
    await writer.abort();
    throw err;
  }
  progress.done(
    `${writer.counts.articles} articles, ${writer.counts.quotes} quotes, ${writer.speakers.size} speakers, ` +
      `${writer.counts.errors} errors → ${writer.dir}`,
  );
  return writer.counts.errors > 0 ? 1 : 0;
}

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

/** JSON Lines in, one article JSON per line out; logs and bad lines go to stderr only. */
async function streamMode(ctx: Context): Promise<number> {
  let failed = 0;
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
    let out: string;
    try {
      out = JSON.stringify(processDoc({ id: record.id, text: record.text, sha256: record.sha256 }, { context: ctx }));
    } catch (err) {
      failed++;
      process.stderr.write(`verbatim extract: ${internalError(record.id, err).message}\n`);
      continue;
    }
    if (!process.stdout.write(out + "\n")) await new Promise((r) => process.stdout.once("drain", r));
  }
  return failed > 0 ? 1 : 0;
}

type StreamRecord = { id: string; text: string; sha256: string } | { problem: string };

function parseStreamLine(line: string): StreamRecord {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    return { problem: 'not JSON; each line must be an object {"id": "...", "text": "..."}' };
  }
  const o = obj as Record<string, unknown>;
  if (typeof o?.id !== "string" || typeof o?.text !== "string")
    return { problem: 'each line must be an object with string fields "id" and "text"' };
  const text = o.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  return { id: o.id, text, sha256: createHash("sha256").update(o.text, "utf8").digest("hex") };
}
