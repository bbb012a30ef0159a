/**
 * `verbatim clean INPUT... --out DIR`: the cleaning job on its own. Writes the cleaned text of
 * each input (body and heading paragraphs, same relative path with .txt) and report.jsonl, one
 * line per input saying which paragraphs were flagged and why. Runs the stages up to and
 * including boilerplate, in the order src/pipeline.ts gives.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Command } from "../cli.ts";
import { parse, positiveInt, UsageError, requireOption, requireInputs } from "./usage.ts";
import type { Context } from "../context.ts";
import { createDoc, type Doc } from "../doc.ts";
import type { Stage } from "../pipeline.ts";
import { cleanText } from "../record.ts";
import type { docInitFrom } from "../io/formats.ts";
import { listInputs, readInput, type InputFile } from "../io/read.ts";

const HELP = `Usage: verbatim clean INPUT... --out DIR [options]

Flags the boilerplate of each article (ads, "Read more" links, newsletter boxes, credits, menus,
source lines: see README "Boilerplate and cleaning") and writes into DIR:
  <path>.txt     the cleaned text of each input: body and heading paragraphs, one per line
                 (same relative path as the input, extension replaced by .txt)
  report.jsonl   one line per input: title, source, and every flagged paragraph with its
                 label, score, reasons and text; inputs that could not be read, with the error
Inputs: .txt and .md (one paragraph per line), .html and .htm pages (main text extracted first).
Lines repeated across the articles of a folder count as template text: a first pass counts them.

Options:
  --out DIR          output folder (required; created if needed, files in it are overwritten)
  --line-stats FILE  line statistics from "verbatim line-stats" instead of the first pass
  --max-bytes N      inputs larger than N bytes are reported as too-large (default 5000000)
  --quiet            no closing summary line on stderr
  -h, --help         this help

Exit codes: 0 every input cleaned, 1 some inputs failed (listed in report.jsonl), 2 usage error.
`;

const OPTIONS = {
  out: { type: "string" },
  "line-stats": { type: "string" },
  "max-bytes": { type: "string" },
  quiet: { type: "boolean", default: false },
} as const;

/**
 * What a cleaning runs: the stages up to and including boilerplate, and the decoders. Loaded on
 * use: the CLI loads every command's module, and the pipeline costs ~0.3 GB and a second.
 */
async function loadCleaner(): Promise<Cleaner> {
  const [{ STAGES }, { createContext }, { docInitFrom }, firstPass] = await Promise.all([
    import("../pipeline.ts"),
    import("../context.ts"),
    import("../io/formats.ts"),
    import("../boilerplate/first-pass.ts"),
  ]);
  const stages = STAGES.slice(0, STAGES.findIndex(([name]) => name === "boilerplate") + 1).map(([, stage]) => stage);
  return { stages, createContext, docInitFrom, ...firstPass };
}

type Cleaner = {
  stages: Stage[];
  createContext: typeof import("../context.ts").createContext;
  docInitFrom: typeof docInitFrom;
} & typeof import("../boilerplate/first-pass.ts");

export const cleanCommand: Command = {
  name: "clean",
  summary: "write each article's cleaned text and a report of the boilerplate flagged",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse(args, OPTIONS);
    requireOption(values.out, "--out DIR");
    requireInputs(positionals, "file or folder");
    const maxBytes = positiveInt(values["max-bytes"], "max-bytes", 5_000_000);
    const { files, missing } = await listInputs(positionals);
    const cleaner = await loadCleaner();
    const lineStats = values["line-stats"] ? await cleaner.loadLineStats(values["line-stats"]) : await cleaner.lineStatsOfFiles(files, maxBytes);
    const ctx = cleaner.createContext({ settings: { maxBytes }, lineStats });
    const report: string[] = missing.map((path) => JSON.stringify({ id: path, error: "unreadable", message: "no such file or folder" }));
    const written = new Set<string>();
    let failed = missing.length;
    let flagged = 0;
    for (const f of files) {
      const result = await cleanFile(f, ctx, cleaner);
      report.push(JSON.stringify(result.report));
      if (!result.doc) {
        failed++;
        continue;
      }
      const target = outputPath(f.id, written);
      await mkdir(dirname(join(values.out, target)), { recursive: true });
      await writeFile(join(values.out, target), cleanText(result.doc) + "\n");
      flagged += result.doc.paragraphs.filter((p) => p.kind === "boilerplate").length;
    }
    await mkdir(values.out, { recursive: true });
    await writeFile(join(values.out, "report.jsonl"), report.map((l) => l + "\n").join(""));
    if (!values.quiet)
      process.stderr.write(`verbatim clean: ${files.length - (failed - missing.length)} inputs cleaned, ${flagged} paragraphs flagged, ${failed} failed → ${values.out}\n`);
    return failed > 0 ? 1 : 0;
  },
};

/** "a/b.html" → "a/b.txt"; when two inputs would share a name ("b.txt" and "b.html"), the later one keeps its extension ("b.html.txt"). */
export function outputPath(id: string, taken: Set<string>): string {
  let target = id.replace(/\.[^./]+$/, "") + ".txt";
  if (taken.has(target)) target = id + ".txt";
  taken.add(target);
  return target;
}

type CleanResult = { doc: Doc | null; report: Record<string, unknown> };

async function cleanFile(f: InputFile, ctx: Context, { stages, docInitFrom }: Cleaner): Promise<CleanResult> {
  const decoded = await readInput(f.file, ctx.settings.maxBytes);
  if (!decoded.ok) return { doc: null, report: { id: f.id, error: decoded.error, message: decoded.message } };
  try {
    let doc = createDoc(docInitFrom({ id: f.id, text: decoded.text, encoding: decoded.encoding, sha256: decoded.sha256 }));
    for (const stage of stages) doc = stage(doc, ctx);
    return { doc, report: reportOf(doc) };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { doc: null, report: { id: f.id, error: "internal", message: `Verbatim failed on this input (${why}); please report it` } };
  }
}

/** What was flagged and why: one entry per boilerplate paragraph, and the headings. */
export function reportOf(doc: Doc): Record<string, unknown> {
  const flagged = doc.paragraphs.flatMap((p, i) =>
    p.boilerplate
      ? [{ paragraph: i, label: p.boilerplate.label, score: Math.round(p.boilerplate.score * 1e4) / 1e4, reasons: p.boilerplate.reasons, text: doc.text.slice(p.start, p.end) }]
      : [],
  );
  const headings = doc.paragraphs.flatMap((p, i) => (p.kind === "heading" ? [i] : []));
  return { id: doc.id, title: doc.title, source: doc.source, paragraphs: doc.paragraphs.length, flagged, headings };
}
