/**
 * One unit of work for the pool, and how to run it. The same function runs in the main thread
 * (`--jobs 1`) and in each worker, so the bytes written never depend on the number of workers.
 */
import type { Context } from "../context.ts";
import { internalError, processDoc, processFile, type ExtractResult } from "../index.ts";
import type { DocInit } from "../doc.ts";
import type { StageTimings } from "../pipeline.ts";

export type Task =
  /** a file on disk: read, decode and analyse it */
  | { kind: "file"; file: string; id: string }
  /** an already decoded document (the streaming mode) */
  | { kind: "doc"; init: DocInit }
  /** already known (an input reused by --resume): passed through in its place in the order */
  | { kind: "known"; result: ExtractResult };

/** Runs one task to one result; never throws. */
export async function runTask(task: Task, ctx: Context, timings?: StageTimings): Promise<ExtractResult> {
  if (task.kind === "known") return task.result;
  if (task.kind === "file") return processFile(task.file, task.id, ctx, timings);
  try {
    return { kind: "article", article: processDoc(task.init, { context: ctx, timings }) };
  } catch (err) {
    return { kind: "error", error: internalError(task.init.id, err) };
  }
}

/** The article id a task is about, for error records. */
export function taskId(task: Task): string {
  if (task.kind === "file") return task.id;
  if (task.kind === "doc") return task.init.id;
  return task.result.kind === "article" ? task.result.article.id : task.result.error.path;
}
