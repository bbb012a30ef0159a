/**
 * The only place the order of the stages lives. Order matters:
 * - segment before everything that works per paragraph or sentence;
 * - boilerplate before language, quotes and topics, which skip boilerplate paragraphs;
 * - quotes before speakers (speakers resolve the mentions the quote stage found);
 * - topics last, since quote topics need the final quotes.
 */
import type { Doc } from "./doc.ts";
import type { Context } from "./context.ts";
import { normalize } from "./stages/normalize.ts";
import { segment } from "./stages/segment.ts";
import { boilerplate } from "./stages/boilerplate.ts";
import { language } from "./stages/language.ts";
import { quotes } from "./stages/quotes.ts";
import { speakers } from "./stages/speakers.ts";
import { topics } from "./stages/topics.ts";

export type Stage = (doc: Doc, ctx: Context) => Doc;

export const STAGES: ReadonlyArray<readonly [name: string, stage: Stage]> = [
  ["normalize", normalize],
  ["segment", segment],
  ["boilerplate", boilerplate],
  ["language", language],
  ["quotes", quotes],
  ["speakers", speakers],
  ["topics", topics],
];

/** Time spent per stage, in milliseconds, accumulated across calls when a record is given. */
export type StageTimings = Record<string, number>;

export function runPipeline(doc: Doc, ctx: Context, timings?: StageTimings): Doc {
  let d = doc;
  for (const [name, stage] of STAGES) {
    if (!timings) {
      d = stage(d, ctx);
      continue;
    }
    const t0 = performance.now();
    d = stage(d, ctx);
    timings[name] = (timings[name] ?? 0) + (performance.now() - t0);
  }
  return d;
}
