/** Helpers shared by the scale tests: temp folders, running the real bin, comparing output folders. */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { lineStatsOfInputs } from "../src/boilerplate/first-pass.ts";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect } from "vitest";

export const ROOT = resolve(import.meta.dirname, "..");
export const BIN = join(ROOT, "bin/verbatim.mjs");

export const tempDir = (name: string): Promise<string> => mkdtemp(join(tmpdir(), `verbatim-${name}-`));

/** Every file of an output folder except summary.json, whose timings differ between runs. */
export async function outputFiles(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of ["articles.jsonl", "quotes.jsonl", "speakers.json", "errors.jsonl"])
    out[name] = await readFile(join(dir, name), "utf8");
  for (const name of (await readdir(join(dir, "schema"))).sort())
    out[`schema/${name}`] = await readFile(join(dir, "schema", name), "utf8");
  return out;
}

/** summary.json without what depends on how the run was made (timings, the inputs named). */
export async function summaryCore(dir: string): Promise<unknown> {
  const s = JSON.parse(await readFile(join(dir, "summary.json"), "utf8"));
  delete s.timings;
  delete s.inputs;
  return s;
}

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a shell command line (with `verbatim` meaning the project's bin) to the end. */
export function sh(command: string, cwd = ROOT): Promise<Ran> {
  return new Promise((res, rej) => {
    const child = spawn("bash", ["-c", command], { cwd, env: { ...process.env, VERBATIM: `node ${BIN}` } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", rej);
    child.on("close", (code) => res({ code, stdout, stderr }));
  });
}

/** Asserts two output folders hold the same bytes (summary.json aside), naming the first difference. */
export async function expectSameOutput(got: string, want: string): Promise<void> {
  const a = await outputFiles(got);
  const b = await outputFiles(want);
  expect(Object.keys(a)).toEqual(Object.keys(b));
  for (const name of Object.keys(b)) {
    if (a[name] === b[name]) continue;
    const la = a[name]!.split("\n");
    const lb = b[name]!.split("\n");
    const i = lb.findIndex((line, k) => la[k] !== line);
    const at = i < 0 ? lb.length : i;
    const x = la[at] ?? "";
    const y = lb[at] ?? "";
    let c = 0;
    while (c < x.length && x[c] === y[c]) c++;
    const from = Math.max(0, c - 80);
    expect.fail(
      `${name} differs at line ${at + 1}, character ${c} (${la.length} vs ${lb.length} lines):\n` +
        `  got:  …${x.slice(from, c + 120)}\n  want: …${y.slice(from, c + 120)}`,
    );
  }
}

/**
 * The line statistics of a whole corpus (boilerplate repetition), as `--line-stats FILE` takes
 * them: shards and streaming runs need the statistics of the whole batch to write what one run
 * over it writes.
 */
export async function writeLineStats(corpus: string, file: string): Promise<string> {
  await writeFile(file, JSON.stringify(await lineStatsOfInputs([corpus], 5_000_000)));
  return file;
}
