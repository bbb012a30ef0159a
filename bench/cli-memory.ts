/**
 * Peak memory of the CLI as a user runs it: `verbatim extract DIR --out OUT --jobs N` over the
 * first articles of a collection written as text files, one folder per source (the part of the
 * id before its first colon), as scraped news is usually kept. The peak is the child's VmHWM,
 * read from /proc while it runs (Linux only: elsewhere there is no measure). Beside what
 * bench/memory.ts measures, it counts the first pass's line statistics (kept per folder, see
 * src/boilerplate/first-pass.ts), reading the files, and the code bin/verbatim.mjs runs:
 * compiled dist/, or the sources through tsx when dist/ is not up to date.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { BenchArticle } from "./corpus.ts";
// @ts-expect-error: a plain .mjs module of bin/, without type declarations
import { compiledIsUpToDate } from "../bin/compiled.mjs";

const BIN = resolve(import.meta.dirname, "../bin/verbatim.mjs");
/** how often the child's peak is read; the last read before it exits misses at most this much of its end */
const POLL_MS = 20;

export interface CliMemoryRun {
  jobs: number;
  articles: number;
  folders: number;
  /** UTF-8 bytes of the articles' text */
  bytes: number;
  peakMB: number;
  ms: number;
}

export const cliCode = (): string => (compiledIsUpToDate() ? "compiled dist/" : "TypeScript sources through tsx (dist/ missing or older than src/)");

export async function measureCliMemory(articles: BenchArticle[], counts: number[], jobsList: number[]): Promise<CliMemoryRun[] | null> {
  if (!existsSync("/proc/self/status")) return null;
  const dir = await mkdtemp(join(tmpdir(), "verbatim-bench-cli-"));
  try {
    const out: CliMemoryRun[] = [];
    for (const count of counts) {
      const input = join(dir, `in-${count}`);
      const some = articles.slice(0, count);
      const folders = await writeFolders(input, some);
      const bytes = some.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
      for (const jobs of jobsList) out.push({ jobs, articles: some.length, folders, bytes, ...(await peakOfRun(input, join(dir, "out"), jobs)) });
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Writes each article to SOURCE/N.txt; returns the number of folders. */
async function writeFolders(dir: string, articles: BenchArticle[]): Promise<number> {
  const folders = new Set<string>();
  for (const [i, a] of articles.entries()) {
    const source = (a.id.split(":")[0] || "misc").replace(/[^\w.-]+/g, "_");
    if (!folders.has(source)) await mkdir(join(dir, source), { recursive: true });
    folders.add(source);
    await writeFile(join(dir, source, `${String(i).padStart(6, "0")}.txt`), a.text);
  }
  return folders.size;
}

function peakOfRun(input: string, output: string, jobs: number): Promise<{ peakMB: number; ms: number }> {
  return new Promise((res, rej) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [BIN, "extract", input, "--out", output, "--jobs", String(jobs), "--quiet"], { stdio: ["ignore", "ignore", "inherit"] });
    let peakKB = 0;
    const read = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (m) peakKB = Math.max(peakKB, Number(m[1]));
      } catch {
        // the child has just exited
      }
    };
    const timer = setInterval(read, POLL_MS);
    child.on("error", (e) => (clearInterval(timer), rej(e)));
    child.on("exit", (code) => {
      clearInterval(timer);
      if (code !== 0) return rej(new Error(`verbatim extract exited with ${code}`));
      res({ peakMB: peakKB / 1024, ms: performance.now() - t0 });
    });
  });
}
