/**
 * Worst cases for regular expressions: 1 MB texts made of one repeated pattern per family
 * (runs of quote marks, spaces, capitals, apostrophes, "a-t-il", …) through every stage, as
 * processText runs them (stage by stage here, to name the slow one).
 * Linear regexes finish each in well under a second; super-linear backtracking would not finish.
 */
import { Worker } from "node:worker_threads";
import { createDoc } from "../src/doc.ts";
import { STAGES } from "../src/pipeline.ts";
import { toArticleRecord } from "../src/record.ts";
import { createContext } from "../src/context.ts";

const MB = 1 << 20;

/** [family, the unit repeated up to 1 MB] */
export const ADVERSARIAL_FAMILIES: ReadonlyArray<readonly [string, string]> = [
  ['straight double quotes "', '"'],
  ["guillemets « »", "« "],
  ["unclosed « with words", "« mot "],
  ["curly quotes “ ”", "“”"],
  ["spaces", " "],
  ["non-breaking spaces", "\u00a0"],
  ["capitals", "A"],
  ["capitalised words", "Jean "],
  ["capitals with dots (initials)", "J. "],
  ["apostrophes '", "'"],
  ["typographic apostrophes ’", "’"],
  ["elisions l'", "l'"],
  ['"a-t-il" repeated', "a-t-il "],
  ["hyphens", "-"],
  ["dots", "."],
  ["said-clauses", "said "],
  ["a déclaré que", "a déclaré que "],
  ["quote, comma, cue", '"x," he said '],
  ["colons and dashes", ": — "],
  ["digits and percent", "12 % "],
  // 1 MB of short lines: each paragraph is cheap, so a cost per paragraph that grows with the text is what shows
  ["short lines without a full stop", "mot mot\n"],
  ["short lines of sentences", "Il part. Il dit.\n"],
  ["short lines of quotes", "« Oui », dit-il.\n"],
  ["blank lines", "\n"],
  ["short English quote lines", '"Yes," he said.\n'],
];

export interface AdversarialResult {
  family: string;
  ms: number;
  quotes: number;
  error: string | null;
  timedOut?: boolean;
  /** the slowest stage, or the stage it was stuck in when it timed out */
  stage?: string;
}

/** One family in this thread: builds the 1 MB line and times processText on it. */
export function runFamily(family: string, unit: string, size = MB, onStage?: (stage: string) => void): AdversarialResult {
  const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const context = createContext();
  const doc = createDoc({ id: "adversarial", text, sha256: "" });
  const stageMs: Record<string, number> = {};
  const t0 = performance.now();
  let quotes = 0;
  let error: string | null = null;
  try {
    let d = doc;
    for (const [name, stage] of STAGES) {
      onStage?.(name);
      const t = performance.now();
      d = stage(d, context);
      stageMs[name] = performance.now() - t;
    }
    quotes = toArticleRecord(d).quotes.length;
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  const slowest = Object.entries(stageMs).sort((a, b) => b[1] - a[1])[0];
  return { family, ms: performance.now() - t0, quotes, error, stage: slowest ? `${slowest[0]} ${Math.round(slowest[1])} ms` : undefined };
}

/** Every family, each in a worker thread stopped after `timeoutMs` (a super-linear regex never ends). */
export async function runAdversarial(
  onResult: (r: AdversarialResult) => void,
  { size = MB, timeoutMs = 20_000 } = {},
): Promise<AdversarialResult[]> {
  const out: AdversarialResult[] = [];
  for (const [family, unit] of ADVERSARIAL_FAMILIES) {
    const worker = new Worker(new URL("./adversarial-worker.mjs", import.meta.url), { workerData: { family, unit, size } });
    const started = performance.now();
    const result = await new Promise<AdversarialResult>((resolve) => {
      const timer = setTimeout(() => {
        void worker.terminate();
        resolve({ family, ms: performance.now() - started, quotes: 0, error: null, timedOut: true, stage: current });
      }, timeoutMs);
      let current = "";
      worker.on("message", (m: { stage?: string; done?: AdversarialResult }) => {
        if (m.stage) current = `stuck in ${m.stage}`;
        if (!m.done) return;
        clearTimeout(timer);
        resolve(m.done);
      });
      worker.once("error", (err) => {
        clearTimeout(timer);
        resolve({ family, ms: performance.now() - started, quotes: 0, error: err.message });
      });
    });
    await worker.terminate();
    onResult(result);
    out.push(result);
  }
  return out;
}
