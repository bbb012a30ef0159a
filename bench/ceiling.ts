/**
 * How far can two cores go on this machine, whatever our pool does? Times the real CLI
 * (`verbatim extract - --out -`, start-up included) over the same articles three ways:
 * one process with --jobs 1, two independent --jobs 1 processes on the two halves at once,
 * and one process with --jobs 2. Two independent processes share nothing but the machine,
 * so their speed-up is the ceiling a thread pool can reach here.
 */
import { spawn } from "node:child_process";
import { createReadStream, createWriteStream, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { BenchArticle } from "./corpus.ts";

const BIN = resolve(import.meta.dirname, "../bin/verbatim.mjs");

export interface CeilingRun {
  label: string;
  wallMs: number;
}

function writeLines(path: string, articles: BenchArticle[]): Promise<void> {
  return new Promise((res, rej) => {
    const out = createWriteStream(path);
    out.on("error", rej).on("finish", () => res());
    for (const a of articles) out.write(JSON.stringify({ id: a.id, text: a.text }) + "\n");
    out.end();
  });
}

/** Runs `extract - --out -` on one input file, output discarded; resolves with its exit. */
function extract(input: string, jobs: number): Promise<void> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [BIN, "extract", "-", "--out", "-", "--jobs", String(jobs), "--quiet"], {
      stdio: ["pipe", "ignore", "inherit"],
    });
    createReadStream(input).pipe(child.stdin);
    child.on("error", rej);
    child.on("close", (code) => (code === 0 ? res() : rej(new Error(`verbatim extract exited with ${code}`))));
  });
}

async function timed(label: string, run: () => Promise<unknown>): Promise<CeilingRun> {
  const t0 = performance.now();
  await run();
  return { label, wallMs: performance.now() - t0 };
}

export async function measureCeiling(articles: BenchArticle[]): Promise<CeilingRun[]> {
  const dir = join(tmpdir(), `verbatim-ceiling-${process.pid}`);
  const all = `${dir}-all.jsonl`;
  const halves = [`${dir}-a.jsonl`, `${dir}-b.jsonl`];
  const mid = Math.ceil(articles.length / 2);
  try {
    await writeLines(all, articles);
    await writeLines(halves[0]!, articles.slice(0, mid));
    await writeLines(halves[1]!, articles.slice(mid));
    return [
      await timed("one process, --jobs 1", () => extract(all, 1)),
      await timed("two processes, --jobs 1, half each", () => Promise.all(halves.map((h) => extract(h, 1)))),
      await timed("one process, --jobs 2", () => extract(all, 2)),
    ];
  } finally {
    for (const f of [all, ...halves]) rmSync(f, { force: true });
  }
}
