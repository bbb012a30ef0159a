/**
 * V8 settings for Verbatim's workload, applied by the CLI (and the benchmarks, so they measure what
 * the CLI runs). Flags are process-wide, so worker threads get them too.
 *
 * - A smaller cumulative inlining budget: the pipeline is hundreds of small functions run on short
 *   articles, and with V8's default budget the optimising compiler spends a large share of a run's
 *   first thousand articles re-compiling big inlined graphs. Measured on 2,000 French bench
 *   articles (bench/stages.ts, CPU time, same record digest): about 8–20 % less CPU for the whole
 *   pipeline, the most on the first articles; the warm speed is unchanged. Inlining changes no
 *   result, only what the compiler does.
 */
import { setFlagsFromString } from "node:v8";

export const V8_FLAGS: readonly string[] = ["--max-inlined-bytecode-size-cumulative=300"];

let applied = false;

/** Sets V8_FLAGS once, before the pipeline's code is hot (later calls do nothing). */
export function tuneV8(): void {
  if (applied) return;
  applied = true;
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
