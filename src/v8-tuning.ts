/**
 * V8 settings for Verbatim's workload, applied by the CLI (and the benchmarks, so they measure what
 * the CLI runs). Flags are process-wide, so worker threads get them too.
 *
 * - A smaller cumulative inlining budget: the pipeline is hundreds of small functions run on short
 *   articles, and with V8's default budget the optimising compiler spends a large share of a run's
 *   first thousand articles re-compiling big inlined graphs. Measured on 2,000 French bench
 *   articles (bench/stages.ts, CPU time, same record digest): about 8–20 % less CPU for the whole
 *   pipeline, the most on the first articles; the warm speed is unchanged. Inlining changes no
 *   result, only what the compiler does. At 120 rather than 300 the compiler threads do less
 *   again for the same speed, which --jobs 2 feels, as they take CPU from the two workers: warm,
 *   4,000 articles (bench/jobs.ts), three alternated rounds, background threads' CPU 0.67-0.72 s →
 *   0.51-0.57 beside --jobs 1 and 1.04-1.08 → 0.84-0.85 beside --jobs 2; --jobs 2 wall 2.62-2.71 s
 *   → 2.56-2.58, --jobs 1 3.42-3.59 → 3.34-3.47; the CLI over 12,000 French articles, three
 *   alternated rounds: --jobs 2 8.83 / 9.37 / 9.79 s → 8.66 / 9.06 / 8.93, --jobs 1 the same
 *   (10.69 / 10.05 / 9.97 → 10.67 / 10.84 / 9.80).
 * - A heap that grows by 30 % over what the last full collection kept, not by V8's own factor
 *   (up to 4 on a thread with a heap limit of 2 GB or more, such as the main thread). A run's
 *   live heap is small (25-40 MB) and what it promotes is mostly garbage, so with a factor of 4
 *   the main thread's old space held about four times its live data, and every megabyte the
 *   speaker index grew raised the peak by four. Measured with bench/memory.ts, French articles,
 *   peak RSS at 1,000 → 12,000 articles: --jobs 1 166-169 → 230 MB before, 165-168 → 194-195
 *   after; --jobs 2 317-322 → 400-413 before, 319 → 365-370 after. Speed unchanged
 *   (bench/jobs.ts, warm, 4,000 articles, three alternated rounds: --jobs 1 3.48-4.19 s before,
 *   3.37-3.61 after; --jobs 2 2.75-3.00 before, 2.78-2.95 after).
 */
import { setFlagsFromString } from "node:v8";

export const V8_FLAGS: readonly string[] = ["--max-inlined-bytecode-size-cumulative=120", "--heap-growing-percent=30"];

let applied = false;

/** Sets V8_FLAGS once, before the pipeline's code is hot (later calls do nothing). */
export function tuneV8(): void {
  if (applied) return;
  applied = true;
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
