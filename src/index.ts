/**
 * The library API.
 *   processText(text, options) → the article record of one text
 *   extract(inputs, options)   → an async iterable of article records and error records
 */
import { createHash } from "node:crypto";
import { createDoc, type Doc, type DocInit } from "./doc.ts";
import { createContext, type Context, type ContextOptions } from "./context.ts";
import { runPipeline, type StageTimings } from "./pipeline.ts";
import { toArticleRecord } from "./record.ts";
import { docInitFrom } from "./io/formats.ts";
import { listInputs, normalizeLineEndings, readInput } from "./io/read.ts";
import { internalError } from "./run/internal-error.ts";
import type { ArticleRecord, ErrorRecord } from "./schema.ts";

export type { ArticleRecord, QuoteRecord, SpeakerRecord, ErrorRecord, Summary } from "./schema.ts";
export { createContext } from "./context.ts";
export type { Context } from "./context.ts";

export interface ProcessOptions extends ContextOptions {
  /** the article id; defaults to "text" */
  id?: string;
  /** reuse a context across calls (lexicons and detectors are built once) */
  context?: Context;
  /** accumulates milliseconds per stage */
  timings?: StageTimings;
}

/** Runs the whole pipeline over one decoded text. */
export function processText(text: string, options: ProcessOptions = {}): ArticleRecord {
  const clean = normalizeLineEndings(text.replace(/^\uFEFF/, ""));
  const sha256 = createHash("sha256").update(text, "utf8").digest("hex");
  return processDoc({ id: options.id ?? "text", text: clean, sha256 }, options);
}

/** Runs the whole pipeline over a document whose text and metadata are already known. */
export function processDoc(init: DocInit, options: ProcessOptions = {}): ArticleRecord {
  const ctx = options.context ?? createContext(options);
  return toArticleRecord(analyse(createDoc(init), ctx, options.timings));
}

export function analyse(doc: Doc, ctx: Context, timings?: StageTimings): Doc {
  return runPipeline(doc, ctx, timings);
}

export type ExtractResult = { kind: "article"; article: ArticleRecord } | { kind: "error"; error: ErrorRecord };

export interface ExtractOptions extends ContextOptions {
  context?: Context;
  timings?: StageTimings;
}

/** Reads every input (files and folders, recursive, sorted) and yields one result per file. */
export async function* extract(inputs: string[], options: ExtractOptions = {}): AsyncGenerator<ExtractResult> {
  const ctx = options.context ?? createContext(options);
  const { files, missing } = await listInputs(inputs);
  for (const path of missing)
    yield { kind: "error", error: { path, error: "unreadable", message: "no such file or folder; check the path" } };
  for (const f of files) yield await processFile(f.file, f.id, ctx, options.timings);
}

/** One input file to one result; never throws. */
export async function processFile(file: string, id: string, ctx: Context, timings?: StageTimings): Promise<ExtractResult> {
  const decoded = await readInput(file, ctx.settings.maxBytes);
  if (!decoded.ok) return { kind: "error", error: { path: id, error: decoded.error, message: decoded.message } };
  try {
    const doc = createDoc(docInitFrom({ id, text: decoded.text, sha256: decoded.sha256, encoding: decoded.encoding }));
    return { kind: "article", article: toArticleRecord(analyse(doc, ctx, timings)) };
  } catch (err) {
    return { kind: "error", error: internalError(id, err) };
  }
}

export { internalError };
