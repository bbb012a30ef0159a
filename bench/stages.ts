/**
 * Per-stage profile of the pipeline on real news, for work on one stage's speed.
 * Reads ../shared/bench (says so and exits 0 without it).
 *
 *   npx tsx bench/stages.ts [--lang fr|en] [--limit 1000]
 *       CPU and wall time per stage, MB/s, and a digest of the final records.
 *   npx tsx bench/stages.ts --save-before STAGE --file F [--lang fr] [--limit 1000]
 *       runs the stages before STAGE and saves those documents to F (JSON Lines).
 *   npx tsx bench/stages.ts --replay STAGE --file F [--repeat 3]
 *   (any form) --no-v8-tuning: run without the CLI's V8 settings (src/v8-tuning.ts), to compare
 *       runs STAGE alone on the saved documents: its time and a digest of its output, so a
 *       faster version of one stage can be checked for the very same output, whatever the
 *       other stages are doing meanwhile.
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createContext } from "../src/context.ts";
import { createDoc, type Doc } from "../src/doc.ts";
import { STAGES } from "../src/pipeline.ts";
import { toArticleRecord } from "../src/record.ts";
import { DEFAULT_DATA_DIR, hasCollections, readCollection } from "./corpus.ts";
import { tuneV8 } from "../src/v8-tuning.ts";

const { values } = parseArgs({
  options: {
    lang: { type: "string", default: "fr" },
    limit: { type: "string", default: "1000" },
    "save-before": { type: "string" },
    replay: { type: "string" },
    file: { type: "string" },
    repeat: { type: "string", default: "3" },
    "no-v8-tuning": { type: "boolean", default: false },
  },
});
// the V8 settings the CLI runs with (src/v8-tuning.ts), unless asked to compare without them
if (!values["no-v8-tuning"]) tuneV8();

const ctx = createContext();
const stageIndex = (name: string): number => {
  const i = STAGES.findIndex(([n]) => n === name);
  if (i < 0) throw new Error(`unknown stage "${name}"; stages: ${STAGES.map(([n]) => n).join(", ")}`);
  return i;
};

async function loadArticles(): Promise<Array<{ id: string; text: string }>> {
  const out: Array<{ id: string; text: string }> = [];
  const limit = Number(values.limit);
  for await (const a of readCollection(DEFAULT_DATA_DIR, values.lang!)) {
    out.push({ id: a.id, text: a.text.replace(/\r\n?/g, "\n") });
    if (out.length >= limit) break;
  }
  return out;
}

function cpuMs(f: () => void): number {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

async function profile(): Promise<void> {
  const articles = await loadArticles();
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  for (const a of articles.slice(0, 50)) STAGES.reduce((d, [, s]) => s(d, ctx), createDoc(a)); // warm up
  const perStage = new Map<string, number>();
  const digest = createHash("sha256");
  const t0 = performance.now();
  const total = cpuMs(() => {
    for (const a of articles) {
      let doc = createDoc(a);
      for (const [name, stage] of STAGES) {
        const s0 = performance.now();
        doc = stage(doc, ctx);
        perStage.set(name, (perStage.get(name) ?? 0) + performance.now() - s0);
      }
      digest.update(JSON.stringify(toArticleRecord(doc)));
    }
  });
  const wall = performance.now() - t0;
  console.log(`${articles.length} ${values.lang} articles, ${(chars / 1e6).toFixed(2)} M chars`);
  console.log(`wall ${wall.toFixed(0)} ms (${(chars / 1e3 / wall).toFixed(2)} MB/s), cpu ${total.toFixed(0)} ms`);
  const sum = [...perStage.values()].reduce((a, b) => a + b, 0);
  for (const [name, ms] of perStage)
    console.log(`  ${name.padEnd(12)} ${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / sum).toFixed(1).padStart(5)}%  ${(chars / 1e3 / ms).toFixed(1)} MB/s`);
  console.log(`digest of the records: ${digest.digest("hex").slice(0, 16)}`);
}

async function saveBefore(stage: string, file: string): Promise<void> {
  const upto = stageIndex(stage);
  const out = createWriteStream(file);
  for (const a of await loadArticles()) {
    let doc = createDoc(a);
    for (const [, s] of STAGES.slice(0, upto)) doc = s(doc, ctx);
    out.write(JSON.stringify(doc) + "\n");
  }
  await new Promise<void>((res) => out.end(res));
  console.log(`saved the documents as they reach "${stage}" to ${file}`);
}

async function replay(stage: string, file: string): Promise<void> {
  const run = STAGES[stageIndex(stage)][1];
  const docs: Doc[] = [];
  for await (const line of createInterface({ input: createReadStream(file) })) if (line) docs.push(JSON.parse(line));
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const digest = createHash("sha256");
  for (const d of docs) digest.update(JSON.stringify(run(structuredClone(d), ctx)));
  const times: number[] = [];
  for (let r = 0; r < Number(values.repeat); r++) {
    const copies = docs.map((d) => structuredClone(d));
    times.push(cpuMs(() => copies.forEach((d) => run(d, ctx))));
  }
  const best = Math.min(...times);
  console.log(`${stage} on ${docs.length} documents: best cpu ${best.toFixed(0)} ms (${(chars / 1e3 / best).toFixed(1)} MB/s)`);
  console.log(`digest of its output: ${digest.digest("hex").slice(0, 16)}`);
}

if (!hasCollections(DEFAULT_DATA_DIR, [values.lang!]) && !values.replay) {
  console.log(`bench/stages: ${DEFAULT_DATA_DIR} is not here (the team's shared folder); nothing to profile.`);
} else if (values["save-before"]) {
  await saveBefore(values["save-before"], values.file ?? "/tmp/verbatim-stage-input.jsonl");
} else if (values.replay) {
  if (!values.file || !existsSync(values.file)) throw new Error("--replay needs --file F written by --save-before");
  await replay(values.replay, values.file);
} else {
  await profile();
}
