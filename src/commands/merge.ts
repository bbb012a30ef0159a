/**
 * `verbatim merge INPUT... --out DIR`: combines shard outputs into one quote database, the same
 * bytes as one run over the whole corpus would write.
 */
import { open, readFile, stat, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "../cli.ts";
import { parse, UsageError, requireOption, requireInputs } from "./usage.ts";
import { OUTPUT_FILES, OutputWriter } from "../io/write.ts";
import { completeLines, type LineRef } from "../run/lines.ts";
import { SCHEMA_VERSION, type ArticleRecord, type ErrorRecord, type Summary } from "../schema.ts";
import { VERSION } from "../version.ts";

const HELP = `Usage: verbatim merge INPUT... --out DIR [options]

Combines the outputs of several runs (shards of one corpus) into one output folder.
Each INPUT is either a folder written by "verbatim extract" (or "verbatim merge"), or a JSON
Lines file of article records, such as the output of the streaming mode "verbatim extract -
--out -" (or an articles.jsonl).

Articles are written in sorted id order and quotes.jsonl and speakers.json are rebuilt from
them, so merging the shards of a corpus gives the same files as one run over it. An article
found twice with identical bytes is kept once. errors.jsonl lists the shards' errors sorted by
path. summary.json: counts and languages are recomputed from the merged records (the same as
one run); timings are the sums over the shards (time spent, not wall time); inputs are the
shards' inputs in order; options are the shards' options (they must agree).

Options:
  --out DIR          output folder (required); may be one of the inputs: it is replaced at the end
  --quiet            no closing summary line on stderr
  -h, --help         this help
`;

const OPTIONS = {
  out: { type: "string" },
  quiet: { type: "boolean", default: false },
} as const;

export const mergeCommand: Command = {
  name: "merge",
  summary: "combine shard outputs (folders or article JSON Lines) into one quote database",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse(args, OPTIONS);
    requireOption(values.out, "--out DIR");
    requireInputs(positionals, "folder or JSON Lines file to merge");
    if (positionals.includes("-")) throw new UsageError("merge reads files, not stdin: save the stream to a file first");
    const shards = await Promise.all(positionals.map(locateShard));
    const counts = await mergeShards(shards, values.out);
    if (!values.quiet)
      process.stderr.write(
        `verbatim merge: ${shards.length} inputs → ${counts.articles} articles, ${counts.quotes} quotes, ` +
          `${counts.speakers} speakers, ${counts.errors} errors → ${values.out}\n`,
      );
    return 0;
  },
};

export interface Shard {
  input: string;
  articles: string | null;
  errors: string | null;
  summary: Summary | null;
}

async function locateShard(input: string): Promise<Shard> {
  const info = await stat(input).catch(() => null);
  if (!info) throw new UsageError(`${input}: no such file or folder`);
  if (!info.isDirectory()) return { input, articles: input, errors: null, summary: null };
  const exists = async (f: string) => ((await stat(f).catch(() => null)) ? f : null);
  const articles = await exists(join(input, OUTPUT_FILES.articles));
  if (!articles) throw new UsageError(`${input} has no ${OUTPUT_FILES.articles}: is it an output folder of verbatim extract?`);
  const summaryText = await readFile(join(input, OUTPUT_FILES.summary), "utf8").catch(() => null);
  return {
    input,
    articles,
    errors: await exists(join(input, OUTPUT_FILES.errors)),
    summary: summaryText ? (JSON.parse(summaryText) as Summary) : null,
  };
}

interface ArticleRef extends LineRef {
  id: string;
  shard: number;
}

/** Merges the shards into `out`; returns the counts written. */
export async function mergeShards(shards: Shard[], out: string) {
  const refs = await indexArticles(shards);
  const errors = await collectErrors(shards);
  const options = mergedOptions(shards);
  const writer = new OutputWriter(out);
  await writer.open();
  const handles = await Promise.all(shards.map((s) => (s.articles ? open(s.articles, "r") : null)));
  try {
    let last: { id: string; line: string } | null = null;
    for (const ref of refs) {
      const line = await readAt(handles[ref.shard]!, ref);
      if (last && last.id === ref.id && last.line === line) continue; // the same article from two shards
      last = { id: ref.id, line };
      await writer.writeArticle(JSON.parse(line) as ArticleRecord);
    }
    for (const e of errors) await writer.writeError(e);
    await writer.commit(mergedSummary(shards, writer, options));
  } catch (err) {
    await writer.abort();
    throw err;
  } finally {
    await Promise.all(handles.map((h) => h?.close()));
  }
  return { ...writer.counts, speakers: writer.speakers.size };
}

/** Where every article line is, sorted by id (ties: input order, then line order). */
async function indexArticles(shards: Shard[]): Promise<ArticleRef[]> {
  const refs: ArticleRef[] = [];
  for (const [shard, s] of shards.entries()) {
    if (!s.articles) continue;
    let lineNo = 0;
    for await (const { line, offset, length } of completeLines(s.articles)) {
      lineNo++;
      if (!line.trim()) continue;
      let id: unknown;
      try {
        id = (JSON.parse(line) as { id?: unknown }).id;
      } catch {
        throw new Error(`${s.articles}, line ${lineNo}: not JSON; merge takes the article records verbatim extract writes`);
      }
      if (typeof id !== "string")
        throw new Error(`${s.articles}, line ${lineNo}: no "id": merge takes the article records verbatim extract writes`);
      refs.push({ id, shard, offset, length });
    }
  }
  // Array.prototype.sort is stable, so equal ids keep input order
  return refs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function readAt(fh: FileHandle, ref: LineRef): Promise<string> {
  const buf = Buffer.alloc(ref.length);
  await fh.read(buf, 0, ref.length, ref.offset);
  return buf.toString("utf8");
}

async function collectErrors(shards: Shard[]): Promise<ErrorRecord[]> {
  const seen = new Set<string>();
  const out: ErrorRecord[] = [];
  for (const s of shards) {
    if (!s.errors) continue;
    for await (const { line } of completeLines(s.errors)) {
      if (!line.trim() || seen.has(line)) continue;
      seen.add(line);
      out.push(JSON.parse(line) as ErrorRecord);
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function mergedOptions(shards: Shard[]): Record<string, unknown> {
  const all = shards.flatMap((s) => (s.summary ? [s.summary.options] : []));
  const first = all[0] ?? {};
  const differ = all.find((o) => JSON.stringify(o) !== JSON.stringify(first));
  if (differ)
    throw new UsageError(
      `the shards were extracted with different options (${JSON.stringify(first)} and ${JSON.stringify(differ)}); ` +
        "extract them again with the same options",
    );
  return first;
}

function mergedSummary(shards: Shard[], writer: OutputWriter, options: Record<string, unknown>): Summary {
  const round = (x: number) => Math.round(x * 10) / 10;
  const stagesMs: Record<string, number> = {};
  let totalMs = 0;
  const inputs: string[] = [];
  for (const s of shards) {
    if (!s.summary) {
      inputs.push(s.input);
      continue;
    }
    inputs.push(...s.summary.inputs);
    totalMs += s.summary.timings.totalMs;
    for (const [k, v] of Object.entries(s.summary.timings.stagesMs)) stagesMs[k] = (stagesMs[k] ?? 0) + v;
  }
  return {
    tool: "verbatim",
    version: VERSION,
    schemaVersion: SCHEMA_VERSION,
    inputs,
    options,
    counts: { inputs: writer.counts.articles + writer.counts.errors, speakers: writer.speakers.size, ...writer.counts },
    languages: Object.fromEntries(Object.entries(writer.languages).sort()),
    timings: {
      totalMs: round(totalMs),
      stagesMs: Object.fromEntries(Object.entries(stagesMs).map(([k, v]) => [k, round(v)])),
    },
  };
}
