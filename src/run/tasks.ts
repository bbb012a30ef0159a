/**
 * One unit of work for the pool, and what comes back. Types only, and light: the main thread of
 * a pool imports this without loading the pipeline (see run-task.ts for running a task).
 */
import type { DocInit } from "../doc.ts";
import type { ExtractResult } from "../index.ts";
import type { ErrorRecord } from "../schema.ts";
import { articleLines, type ArticleLines } from "../record.ts";

export type Task =
  /** a file on disk: read, decode and analyse it */
  | { kind: "file"; file: string; id: string }
  /** an already decoded document (the streaming mode) */
  | { kind: "doc"; init: DocInit }
  /** already known (an input reused by --resume): passed through in its place in the order */
  | { kind: "known"; result: ExtractResult };

/** The article id a task is about, for error records. */
export function taskId(task: Task): string {
  if (task.kind === "file") return task.id;
  if (task.kind === "doc") return task.init.id;
  return task.result.kind === "article" ? task.result.article.id : task.result.error.path;
}

/** An article already serialised for the writers (see ArticleLines), or an error record. */
export type LinesResult = { kind: "article"; article: ArticleLines } | { kind: "error"; error: ErrorRecord };
export type AnyResult = ExtractResult | LinesResult;
/** what a runner yields: article records, or articles already serialised */
export type Output = "records" | "lines";

export const asLines = (r: ExtractResult): LinesResult => (r.kind === "article" ? { kind: "article", article: articleLines(r.article) } : r);
