/**
 * The error record of an input that made Verbatim fail (a bug, or a worker that died on it).
 * Light on purpose: a pool's main thread builds these without loading the pipeline.
 */
import type { ErrorRecord } from "../schema.ts";

export function internalError(path: string, err: unknown): ErrorRecord {
  const why = err instanceof Error ? err.message : String(err);
  return {
    path,
    error: "internal",
    message: `Verbatim failed on this input (${why}); please report it with the file attached`,
  };
}
