/**
 * Running one task. The same function runs in the main thread (`--jobs 1`) and in each worker,
 * so the bytes written never depend on the number of workers. Loads the pipeline; the file
 * readers (HTML: linkedom and Readability, ~0.3 s and ~16 MB per thread) only on the first file
 * task, so workers of the streaming mode never load them.
 */
import type { Context } from "../context.ts";
import type { ExtractResult } from "../index.ts";
import { createDoc } from "../doc.ts";
import { runPipeline, type StageTimings } from "../pipeline.ts";
import { toArticleRecord } from "../record.ts";
import { internalError } from "./internal-error.ts";
import type { Task } from "./tasks.ts";

let readers: Promise<typeof import("../index.ts")> | null = null;
/**
 * index.ts with the file readers, imported on the first file task and kept: an import() per
 * task went through the module loader every time (under tsx, a round trip to its loader thread).
 */
const fileReaders = () => (readers ??= import("../index.ts"));

/** Runs one task to one result; never throws. */
export async function runTask(task: Task, ctx: Context, timings?: StageTimings): Promise<ExtractResult> {
  if (task.kind === "known") return task.result;
  if (task.kind === "file") return (await fileReaders()).processFile(task.file, task.id, ctx, timings);
  try {
    // processDoc of index.ts, without loading the file readers
    return { kind: "article", article: toArticleRecord(runPipeline(createDoc(task.init), ctx, timings)) };
  } catch (err) {
    return { kind: "error", error: internalError(task.init.id, err) };
  }
}
