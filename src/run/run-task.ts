/**
 * Running one task. The same function runs in the main thread (`--jobs 1`) and in each worker,
 * so the bytes written never depend on the number of workers. Loads the whole pipeline.
 */
import type { Context } from "../context.ts";
import { internalError, processDoc, processFile, type ExtractResult } from "../index.ts";
import type { StageTimings } from "../pipeline.ts";
import type { Task } from "./tasks.ts";

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
